//! What the app remembers for this browser tab only (`sessionStorage`): small choices such as
//! whether the therapist's notes are showing. Storage that is missing or refused (private
//! browsing, a policy) is not an error: the choice then lasts as long as the page.

/// The value remembered under `key` for this tab, if any.
pub fn recall(key: &str) -> Option<String> {
    // A server render has no tab to remember anything.
    if cfg!(not(target_arch = "wasm32")) {
        return None;
    }
    let storage = web_sys::window()?.session_storage().ok()??;
    storage.get_item(key).ok()?
}

/// Remembers `value` under `key` for this tab; a refusal is silently ignored.
pub fn remember(key: &str, value: &str) {
    let storage = web_sys::window().and_then(|w| w.session_storage().ok().flatten());
    if let Some(storage) = storage {
        let _ = storage.set_item(key, value);
    }
}
