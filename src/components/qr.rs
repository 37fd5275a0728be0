//! A QR code for a link, drawn by the core as one SVG path: sharp at any size and in print.

use atlas_core::qr::qr_drawing;
use yew::prelude::*;

/// The QR code for `text`, black on white with its quiet zone, described to screen readers by
/// `label`; nothing if the text is too long for a QR code (the link beside it still works).
/// A plain function: it holds no state.
pub fn qr_code(text: &str, label: &str) -> Html {
    let Some(drawing) = qr_drawing(text) else {
        return Html::default();
    };
    let size = drawing.size.to_string();
    html! {
        <svg class="qr" viewBox={format!("0 0 {size} {size}")} role="img" aria-label={label.to_string()}
            shape-rendering="crispEdges">
            <rect width={size.clone()} height={size} fill="#fff" />
            <path d={drawing.path} fill="#000" />
        </svg>
    }
}
