//! The content file, fetched by the boot module beside the wasm (so the two download at once)
//! and handed over as `window.atlasContent`, a promise of its bytes (see
//! `scripts/build/externalize-inline-scripts.mjs`); and what the page says when it cannot be
//! read.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The global the boot module leaves the content's promise in.
const PROMISE: &str = "atlasContent";
/// The event the boot watchdog (`assets/boot-watchdog.js`) answers with its "could not load"
/// message and reload button.
const FAILED: &str = "atlas-boot-failed";

/// The content file's bytes, or why they did not arrive (the boot module rejects with the file
/// and the HTTP status, or the network's error).
pub async fn fetched() -> Result<Vec<u8>, String> {
    let window = gloo::utils::window();
    let promise = js_sys::Reflect::get(&window, &PROMISE.into())
        .ok()
        .and_then(|value| value.dyn_into::<js_sys::Promise>().ok())
        .ok_or("the page's boot module fetched no content file")?;
    let buffer = JsFuture::from(promise)
        .await
        .map_err(|error| format!("the content file did not arrive: {}", describe(&error)))?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// Says the app cannot start, through the boot watchdog's message (a pre-rendered page stays
/// readable under it; the offline shell offers a reload), and logs why. Nothing saved on the
/// device is touched.
pub fn failed(reason: &str) {
    gloo::console::error!(format!("Hip & Back Atlas could not start: {reason}"));
    if let Ok(event) = web_sys::Event::new(FAILED) {
        let _ = gloo::utils::window().dispatch_event(&event);
    }
}

/// A rejection's message (an `Error`'s, else its text).
fn describe(error: &wasm_bindgen::JsValue) -> String {
    error
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| error.as_string())
        .unwrap_or_else(|| "unknown error".into())
}
