//! A soft chime at the end of each hold, synthesised with Web Audio (a sine oscillator through
//! a gain envelope; no audio file). Browsers only allow sound after a user gesture, so the
//! audio context is created lazily by [`prepare`], called from the Play button and keys.

use std::cell::RefCell;

use web_sys::{AudioContext, OscillatorType};

thread_local! {
    /// The one audio context of the page, created on the first gesture.
    static CONTEXT: RefCell<Option<AudioContext>> = const { RefCell::new(None) };
}

/// Creates (or resumes) the audio context. Call from a click or key handler.
pub fn prepare() {
    CONTEXT.with(|cell| {
        let mut context = cell.borrow_mut();
        if context.is_none() {
            *context = AudioContext::new().ok();
        }
        if let Some(context) = context.as_ref() {
            // A suspended context (autoplay policy) resumes inside a gesture; ignore the promise.
            let _ = context.resume();
        }
    });
}

/// Plays a short, quiet two-note chime. Does nothing before [`prepare`] or without Web Audio.
pub fn chime() {
    CONTEXT.with(|cell| {
        if let Some(context) = cell.borrow().as_ref() {
            let start = context.current_time();
            note(context, 659.25, start, 0.9);
            note(context, 880.0, start + 0.18, 1.1);
        }
    });
}

/// One sine note: a 30 ms attack to a low level, then an exponential fade (no click).
fn note(context: &AudioContext, frequency: f32, at: f64, length: f64) -> Option<()> {
    let oscillator = context.create_oscillator().ok()?;
    let gain = context.create_gain().ok()?;
    oscillator.set_type(OscillatorType::Sine);
    oscillator.frequency().set_value(frequency);
    let level = gain.gain();
    level.set_value_at_time(0.0001, at).ok()?;
    level.linear_ramp_to_value_at_time(0.12, at + 0.03).ok()?;
    level
        .exponential_ramp_to_value_at_time(0.0001, at + length)
        .ok()?;
    oscillator.connect_with_audio_node(&gain).ok()?;
    gain.connect_with_audio_node(&context.destination()).ok()?;
    oscillator.start_with_when(at).ok()?;
    // Stopping lets the browser free both nodes once the note has faded.
    oscillator.stop_with_when(at + length + 0.05).ok()?;
    Some(())
}
