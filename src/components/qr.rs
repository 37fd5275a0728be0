//! A QR code for a link, drawn by the core as one SVG path: sharp at any size and in print.

use atlas_core::qr::qr_drawing;
use yew::prelude::*;

/// Props for [`QrCode`].
#[derive(Properties, PartialEq)]
pub struct QrCodeProps {
    /// The text to encode (a link).
    pub text: AttrValue,
    /// What the code opens, for screen readers ("QR code: open this program on your phone").
    pub label: AttrValue,
}

/// The QR code for `text`, black on white with its quiet zone; nothing if the text is too
/// long for a QR code (the link beside it still works).
#[component]
pub fn QrCode(props: &QrCodeProps) -> Html {
    let drawing = use_memo(props.text.clone(), |text| qr_drawing(text));
    let Some(drawing) = drawing.as_ref() else {
        return Html::default();
    };
    let size = drawing.size.to_string();
    html! {
        <svg class="qr" viewBox={format!("0 0 {size} {size}")} role="img" aria-label={props.label.clone()}
            shape-rendering="crispEdges">
            <rect width={size.clone()} height={size} fill="#fff" />
            <path d={drawing.path.clone()} fill="#000" />
        </svg>
    }
}
