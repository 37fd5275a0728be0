//! The player's imperative side: reads the clock and hands it to the core's [`Session`] (which
//! decides phases, the events passed, the end and speed) and [`CuePacer`] (which decides what
//! to say aloud), then runs the side effects they call for (chime, speech, wake lock) and
//! renders. Keyboard shortcuts live here too. The component only renders what this sets.

use std::cell::RefCell;
use std::rc::Rc;

use atlas_core::rig::{reactions, CuePacer, Event, Phase, Schedule, Session};
use yew::prelude::*;

use super::stage::{frame_at, view_at, Meta, PlayerView, StageFrame, StageSlot};
use crate::platform::clock::{self, Clock, FrameLoop};
use crate::platform::{keys, speech, tone, wake_lock};

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
    /// The player's state machine (the core never reads the clock; `Handles` feeds it).
    session: Session,
    /// Which cues to say, so each is heard whole and once (the core decides; we speak).
    pacer: CuePacer,
    /// Speak cues aloud.
    speech: bool,
    /// Reduced motion: still poses.
    pub still: bool,
    /// The stage frame last shown (its label is reused while the step lasts).
    shown: Option<StageFrame>,
}

impl Engine {
    /// Idle, at the start, at `speed` guide seconds per clock second (clamped by the core).
    pub fn new(speed: f64) -> Engine {
        Engine {
            session: Session::new(speed),
            pacer: CuePacer::new(speed),
            speech: false,
            still: false,
            shown: None,
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
        {
            let mut e = self.engine.borrow_mut();
            let before = e.session.phase();
            let phase = match action {
                Action::Toggle => e.session.toggle(now),
                Action::Restart => e.session.restart(now),
            };
            if action == Action::Restart || matches!(before, Phase::Idle | Phase::Done) {
                // From the top: what was said before is said again.
                speech::cancel();
                e.pacer.restart();
            } else if phase != Phase::Playing {
                // Paused: stop speaking; a sentence cut short is said again on resume.
                speech::cancel();
                let t = e.session.tick(now, &self.schedule).t;
                e.pacer.interrupted(t);
            }
        }
        self.tick();
    }

    /// Turns speaking cues on or off; off silences what is being said.
    pub fn set_speech(&self, on: bool) {
        let now = self.clock.now();
        let mut e = self.engine.borrow_mut();
        e.speech = on;
        if !on {
            speech::cancel();
            let t = e.session.tick(now, &self.schedule).t;
            e.pacer.interrupted(t);
        }
    }

    /// One frame: reads the clock, lets the session advance, reacts to the events it passed,
    /// and renders. Returns whether another frame is wanted.
    pub fn tick(&self) -> bool {
        clock::bench_frame_start();
        let now = self.clock.now();
        let (tick, say) = {
            let mut e = self.engine.borrow_mut();
            let tick = e.session.tick(now, &self.schedule);
            // Only while time runs (the finishing tick included, for "Well done").
            let say = (e.speech && (tick.playing() || tick.finished))
                .then(|| e.pacer.pace(&self.schedule, tick.t))
                .flatten();
            (tick, say)
        };
        // Borrow released: the reactions and setters may run other code.
        react(&tick.events, say.as_deref());
        self.show(tick.t, tick.phase);
        tick.playing()
    }

    /// Renders plan time `t` in `phase`: a stage frame (every call) and the text side (which
    /// re-renders only when it differs).
    fn show(&self, t: f64, phase: Phase) {
        let (still, previous) = {
            let mut e = self.engine.borrow_mut();
            (e.still, e.shown.take())
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
        wake_lock::acquire(wake_lock::Holder::Guide);
        let handles = self.clone();
        self.clock.frames(move || handles.tick())
    }

    /// The loop has stopped (pause, finish or unmount): let the screen sleep. Speech is not
    /// stopped here: at the end, "Well done" is still being said (a pause and leaving the
    /// page stop it themselves).
    pub fn stopped(&self) {
        wake_lock::release(wake_lock::Holder::Guide);
    }

    /// Space toggles (unless focus is on a control, which handles Space itself), R restarts;
    /// Space's scroll is prevented so the figure stays in view.
    pub fn listen_keys(&self) -> Option<gloo::events::EventListener> {
        let handles = self.clone();
        keys::on_key(move |key, target| {
            if key.repeat() {
                return;
            }
            let (typing, control) = keys::focus_kind(target);
            match key.key().as_str() {
                " " if !typing && !control => {
                    key.prevent_default();
                    handles.act(Action::Toggle);
                }
                "r" | "R" if !typing => handles.act(Action::Restart),
                _ => {}
            }
        })
    }
}

/// Runs the side effects the core says a frame calls for: the chime its events ask for, and
/// the words the pacer chose (already `None` when speech is off).
fn react(events: &[Event], say: Option<&str>) {
    if reactions(events).chime {
        tone::chime();
    }
    if let Some(text) = say {
        speech::speak(text);
    }
}
