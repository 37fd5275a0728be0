//! Where an element is on screen, and scrolling it into view (the player, when Start is
//! pressed, so the figure, countdown and controls are on one screen).

use wasm_bindgen::JsCast;

/// The viewport-relative top and bottom of `element`, in CSS pixels.
pub fn vertical_span(element: &web_sys::Element) -> (f64, f64) {
    let rect = element.get_bounding_client_rect();
    (rect.top(), rect.bottom())
}

/// The first element inside `element` matching `selector`.
pub fn find(element: &web_sys::Element, selector: &str) -> Option<web_sys::Element> {
    element.query_selector(selector).ok().flatten()
}

/// The viewport's height in CSS pixels (0 if unknown).
pub fn viewport_height() -> f64 {
    web_sys::window()
        .and_then(|w| w.inner_height().ok())
        .and_then(|h| h.as_f64())
        .unwrap_or(0.0)
}

/// Scrolls so that `element`'s top meets the top of the viewport (less its CSS
/// `scroll-margin-top`); smoothly, or at once for readers who ask for reduced motion.
pub fn scroll_to_top_of(element: &web_sys::Element, smooth: bool) {
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Start);
    options.set_behavior(if smooth {
        web_sys::ScrollBehavior::Smooth
    } else {
        web_sys::ScrollBehavior::Instant
    });
    element.scroll_into_view_with_scroll_into_view_options(&options);
}

/// The element of a node reference, if it is mounted.
pub fn element(node: &yew::NodeRef) -> Option<web_sys::Element> {
    node.get()
        .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
}

/// Scrolls the element with this `id` to the top of the viewport and moves focus to it (it
/// needs `tabindex="-1"`), for a button that jumps further down the page.
pub fn bring_into_view(id: &str) {
    let Some(element) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
    else {
        return;
    };
    scroll_to_top_of(&element, !crate::platform::motion::prefers_reduced_motion());
    if let Some(html) = element.dyn_ref::<web_sys::HtmlElement>() {
        let _ = html.focus();
    }
}
