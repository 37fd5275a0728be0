//! Full screen for one element (the Fullscreen API), so a therapist can show a guide to a
//! client across the room. Thin: whether it is available, enter, leave, and a listener for
//! changes (the browser leaves full screen by itself on Escape). `requestFullscreen` and
//! `exitFullscreen` return promises in current browsers; they are called through
//! `js_sys::Reflect` so a refusal is caught instead of reaching the console as an unhandled
//! rejection. Where the API is missing (iPhone Safari, a frame without permission, outside a
//! browser) `is_available` is false and callers show no control for it.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Whether this page may show an element in full screen (`document.fullscreenEnabled`).
pub fn is_available() -> bool {
    #[cfg(target_arch = "wasm32")]
    {
        web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| js_sys::Reflect::get(&d, &JsValue::from_str("fullscreenEnabled")).ok())
            .and_then(|v| v.as_bool())
            .unwrap_or(false)
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        false
    }
}

/// Whether `element` is the one in full screen now.
pub fn is_showing(element: &web_sys::Element) -> bool {
    gloo::utils::document()
        .fullscreen_element()
        .is_some_and(|shown| &shown == element)
}

/// Asks the browser to show `element` in full screen (only granted inside a user gesture).
pub fn enter(element: &web_sys::Element) {
    call_quietly(element, "requestFullscreen");
}

/// Leaves full screen, if anything is in it.
pub fn exit() {
    let document = gloo::utils::document();
    if document.fullscreen_element().is_some() {
        call_quietly(&document, "exitFullscreen");
    }
}

/// Calls `on_change` whenever an element enters or leaves full screen (the button, Escape, the
/// browser's own controls). Dropping the listener stops it.
pub fn on_change(on_change: impl FnMut(&web_sys::Event) + 'static) -> gloo::events::EventListener {
    gloo::events::EventListener::new(&gloo::utils::document(), "fullscreenchange", on_change)
}

/// `target[method]()`, with any returned promise's rejection caught.
fn call_quietly(target: &JsValue, method: &str) {
    let Some(function) = js_sys::Reflect::get(target, &JsValue::from_str(method))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
    else {
        return;
    };
    let Ok(result) = function.call0(target) else {
        return;
    };
    // A refusal (no user gesture, permissions policy) leaves the page as it was. The handler
    // frees itself when called; one that never runs stays as a few bytes per press.
    let catch = js_sys::Reflect::get(&result, &JsValue::from_str("catch"))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    if let Some(catch) = catch {
        let ignore: JsValue = Closure::once_into_js(|_: JsValue| {});
        let _ = catch.call1(&result, &ignore);
    }
}
