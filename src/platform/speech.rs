//! Spoken cues with the Web Speech API (`speechSynthesis`). Off unless the reader turns it on;
//! every call is a quiet no-op where speech is unavailable.

/// The browser's speech synthesiser, if it has one.
fn synth() -> Option<web_sys::SpeechSynthesis> {
    web_sys::window()?.speech_synthesis().ok()
}

/// Whether this browser can speak (false outside a browser, e.g. in server rendering).
pub fn is_supported() -> bool {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsValue;
        web_sys::window().is_some_and(|w| {
            js_sys::Reflect::has(&w, &JsValue::from_str("speechSynthesis")).unwrap_or(false)
        })
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        false
    }
}

/// Speaks `text` calmly, interrupting whatever was still being said (a cue that is late is
/// worse than one cut short).
pub fn speak(text: &str) {
    if text.is_empty() || !is_supported() {
        return;
    }
    let (Some(synth), Ok(utterance)) = (
        synth(),
        web_sys::SpeechSynthesisUtterance::new_with_text(text),
    ) else {
        return;
    };
    utterance.set_rate(0.95);
    utterance.set_lang("en");
    synth.cancel();
    synth.speak(&utterance);
}

/// Stops speaking (on pause, finish, or leaving the page).
pub fn cancel() {
    if is_supported() {
        if let Some(synth) = synth() {
            synth.cancel();
        }
    }
}
