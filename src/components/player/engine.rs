//! The player's imperative side: play/pause/restart on the pure `Playback`, the per-frame
//! tick (time in, events out), keyboard shortcuts, and the side effects events trigger
//! (chime, speech, wake lock). The component only renders what this sets.

use std::cell::RefCell;
use std::rc::Rc;

use atlas_core::rig::{Event, Playback, Schedule};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::panel::Phase;
use super::stage::{frame_at, view_at, Meta, PlayerView, StageFrame, StageSlot};
use crate::platform::clock::{self, Clock, FrameLoop};
use crate::platform::{speech, tone, wake_lock};

/// What a button or key asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// Start, pause, resume or start again, depending on the phase.
    Toggle,
    /// Back to the beginning, playing.
    Restart,
}

/// Mutable player state that must not cause a render by itself.
pub struct Engine {
    /// Play/pause arithmetic (the core never reads the clock).
    pub playback: Playback,
    /// The source of truth for the phase (the component's state mirrors it for rendering).
    pub phase: Phase,
    /// Guide time up to which events have been handled (negative: include time 0).
    pub last: f64,
    /// Speak cues aloud.
    pub speech: bool,
    /// Reduced motion: still poses.
    pub still: bool,
    /// The stage frame last shown (its label is reused while the step lasts).
    shown: Option<StageFrame>,
    speed: f64,
}

impl Engine {
    /// Idle, at the start, at `speed` guide seconds per clock second.
    pub fn new(speed: f64) -> Engine {
        Engine {
            playback: Playback::new().with_speed(speed),
            phase: Phase::Idle,
            last: -1.0,
            speech: false,
            still: false,
            shown: None,
            speed,
        }
    }
}

/// Everything a tick or an action needs; cheap to clone (reference counts and setters).
#[derive(Clone)]
pub struct Handles {
    /// Shared mutable state.
    pub engine: Rc<RefCell<Engine>>,
    /// The time source.
    pub clock: Clock,
    /// The plan.
    pub schedule: Rc<Schedule>,
    /// The guide's fixed facts.
    pub meta: Rc<Meta>,
    /// Sets the text side.
    pub set_view: UseStateSetter<PlayerView>,
    /// Where stage frames go.
    pub slot: Rc<StageSlot>,
}

impl Handles {
    /// Carries out a button press or key.
    pub fn act(&self, action: Action) {
        // Sound may only start inside a user gesture: this is the one chance to unlock it.
        tone::prepare();
        let now = self.clock.now();
        let phase = {
            let mut e = self.engine.borrow_mut();
            match (action, e.phase) {
                (Action::Toggle, Phase::Playing) => {
                    e.playback.pause(now);
                    e.phase = Phase::Paused;
                }
                (Action::Toggle, Phase::Paused) => {
                    e.playback.play(now);
                    e.phase = Phase::Playing;
                }
                (Action::Toggle, _) | (Action::Restart, _) => {
                    e.playback = Playback::new().with_speed(e.speed);
                    e.playback.play(now);
                    e.last = -1.0;
                    e.phase = Phase::Playing;
                }
            }
            e.phase
        };
        if phase != Phase::Playing {
            speech::cancel();
        }
        self.tick();
    }

    /// One frame: reads the clock, advances the plan, reacts to the events passed, and sets
    /// the guide time. Returns whether another frame is wanted.
    pub fn tick(&self) -> bool {
        clock::bench_frame_start();
        let now = self.clock.now();
        let total = self.schedule.total_duration();
        let (t, events, playing, speak) = {
            let mut e = self.engine.borrow_mut();
            let t = e.playback.elapsed(now).min(total);
            let events = if e.phase == Phase::Playing {
                self.schedule.events_between(e.last, t)
            } else {
                Vec::new()
            };
            e.last = e.last.max(t);
            let finished = e.phase == Phase::Playing && t >= total;
            if finished {
                e.playback.pause(now);
                e.phase = Phase::Done;
            }
            (t, events, e.phase == Phase::Playing, e.speech)
        };
        // Borrow released: the reactions and setters may run other code.
        react(&events, speak);
        self.show(t);
        playing
    }

    /// Renders plan time `t`: a stage frame (every call) and the text side (which re-renders
    /// only when it differs).
    fn show(&self, t: f64) {
        let (phase, still, previous) = {
            let mut e = self.engine.borrow_mut();
            (e.phase, e.still, e.shown.take())
        };
        let frame = frame_at(
            &self.meta,
            &self.schedule,
            t,
            phase,
            still,
            previous.as_ref(),
        );
        self.engine.borrow_mut().shown = Some(frame.clone());
        self.slot.show(frame);
        self.set_view
            .set(view_at(&self.meta, &self.schedule, t, phase));
    }

    /// Starts the frame loop and keeps the screen awake.
    pub fn start_frames(&self) -> FrameLoop {
        wake_lock::acquire();
        let handles = self.clone();
        self.clock.frames(move || handles.tick())
    }

    /// The loop has stopped (pause, finish or unmount): let the screen sleep, stop speaking.
    pub fn stopped(&self) {
        wake_lock::release();
        speech::cancel();
    }

    /// Space toggles (unless focus is on a control, which handles Space itself), R restarts.
    pub fn listen_keys(&self) -> Option<gloo::events::EventListener> {
        let window = web_sys::window()?;
        let handles = self.clone();
        Some(gloo::events::EventListener::new(
            &window,
            "keydown",
            move |event| {
                let Some(key) = event.dyn_ref::<web_sys::KeyboardEvent>() else {
                    return;
                };
                if key.ctrl_key() || key.meta_key() || key.alt_key() || key.repeat() {
                    return;
                }
                let target = key
                    .target()
                    .and_then(|t| t.dyn_into::<web_sys::Element>().ok());
                let (typing, control) = focus_kind(target.as_ref());
                match key.key().as_str() {
                    " " if !typing && !control => {
                        key.prevent_default();
                        handles.act(Action::Toggle);
                    }
                    "r" | "R" if !typing => handles.act(Action::Restart),
                    _ => {}
                }
            },
        ))
    }
}

/// Whether the focused element takes typing, and whether it is a control that already
/// answers Space (a button, link, checkbox): then our shortcut must not toggle a second time.
fn focus_kind(target: Option<&web_sys::Element>) -> (bool, bool) {
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

/// Side effects of the events a frame passed: a chime when a hold ends and at the end, and
/// the newest cue spoken (if several fell in one frame, only the last is still current).
fn react(events: &[Event], speak: bool) {
    let mut chime = false;
    let mut cue = None;
    for event in events {
        match event {
            Event::HoldEnded { .. } | Event::Done => chime = true,
            Event::Cue { text, .. } => cue = Some(text.as_str()),
            _ => {}
        }
    }
    if chime {
        tone::chime();
    }
    if let (true, Some(text)) = (speak, cue) {
        speech::speak(text);
    }
}
