//! Keyboard shortcuts: one way to listen for them, and the shared question of where focus is
//! and whether it already uses the key.

use wasm_bindgen::JsCast;

/// Calls `handler` for each key pressed anywhere on the page without Ctrl, Meta or Alt (those
/// belong to the browser), with the element that has focus. The listener is registered
/// non-passive: gloo's `EventListener::new` is passive, and in a passive listener
/// `preventDefault` is ignored (with a console warning), so Space would also scroll the page.
/// Dropping the returned listener stops it.
pub fn on_key(
    handler: impl Fn(&web_sys::KeyboardEvent, Option<&web_sys::Element>) + 'static,
) -> Option<gloo::events::EventListener> {
    use gloo::events::{EventListener, EventListenerOptions};
    let window = web_sys::window()?;
    Some(EventListener::new_with_options(
        &window,
        "keydown",
        EventListenerOptions::enable_prevent_default(),
        move |event| {
            let Some(key) = event.dyn_ref::<web_sys::KeyboardEvent>() else {
                return;
            };
            if key.ctrl_key() || key.meta_key() || key.alt_key() {
                return;
            }
            let target = key
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok());
            handler(key, target.as_ref());
        },
    ))
}

/// Whether the focused element takes typing, and whether it is a control that already
/// answers Space (a button, link, checkbox): then our shortcut must not toggle a second time.
pub fn focus_kind(target: Option<&web_sys::Element>) -> (bool, bool) {
    let Some(element) = target else {
        return (false, false);
    };
    let editable = element
        .dyn_ref::<web_sys::HtmlElement>()
        .is_some_and(|e| e.is_content_editable());
    match element.tag_name().to_ascii_uppercase().as_str() {
        "TEXTAREA" | "SELECT" => (true, false),
        "INPUT" => {
            let kind = element.get_attribute("type").unwrap_or_default();
            let text = !matches!(
                kind.as_str(),
                "checkbox" | "radio" | "button" | "submit" | "reset" | "range"
            );
            (text, !text)
        }
        "BUTTON" | "A" | "SUMMARY" => (false, true),
        _ => (editable, false),
    }
}
