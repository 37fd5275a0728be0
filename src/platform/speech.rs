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

/// Speaks `text` calmly, after whatever is still being said: a cue is never cut off mid-word
/// (the core's `CuePacer` chooses cues that fit, so nothing piles up; only a pause, turning
/// speech off or leaving the page [`cancel`]s).
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
    // The rate the pacer's duration estimates assume.
    utterance.set_rate(atlas_core::rig::SPEECH_RATE as f32);
    utterance.set_lang("en");
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
