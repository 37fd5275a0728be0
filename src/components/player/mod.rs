//! The stretch player: the pure core's `Schedule` (what happens when) and `Session` (phases,
//! events exactly once, the end, speed) driven by `platform::clock`, with the figure, a text
//! panel, a breathing pacer, a chime at the end of each hold, optional spoken cues, and the
//! screen kept awake while it plays.
//!
//! Cheap by construction: the frame loop only sets the guide time; the figure, panel and
//! pacer are separate components with small props, so most frames re-render only the figure.
//! The loop stops when paused, finished or unmounted.
//!
//! Fitting the screen: pressing Start (not Space, which must not move the page) brings the
//! player into view when its figure, countdown and controls are not all on screen, and a
//! "Full screen" button (where the browser allows it) shows the player alone, large, for a
//! client across the room. The decisions are here; `platform::{screen, fullscreen}` only
//! measure, scroll and call the browser.

mod engine;
pub mod panel;
pub mod stage;

use std::rc::Rc;

use atlas_core::content::Goal;
use atlas_core::rig::{Guide, GuideDose, Phase, Schedule, SpanKind};
use yew::prelude::*;

use crate::components::clinic::book_visit;
use crate::components::precautions::stop_signs;
use crate::data::{show, word, Word};
use crate::platform::clock::Clock;
use crate::platform::{fullscreen, motion, screen, speech};
use engine::{Action, Engine, Handles};
use panel::{phase_name, CheckFirst, PlayerPanel};
use stage::{frame_at, view_at, Meta, Stage, StageSlot};

/// The speed factor to warn about, as a whole number, when the page runs the guide faster than
/// real time (a benchmark build's `?speed=`, clamped in `Clock::from_page`): no one may get
/// shortened holds without seeing it. Manual test clocks are not the reader's concern.
#[cfg(feature = "bench")]
fn test_speed(clock: &Clock) -> Option<u32> {
    let speed = clock.speed();
    (!clock.is_manual() && speed > 1.0).then(|| speed.round() as u32)
}

/// Never: a release build's clock runs at normal speed (and the notice's words stay out of it).
#[cfg(not(feature = "bench"))]
fn test_speed(_clock: &Clock) -> Option<u32> {
    None
}

/// Whether the part of the player needed while playing, from its top (`top`) to the lower of
/// the bottoms of its figure and its controls (`bottom`), is not wholly inside a viewport `height` pixels tall, so Start
/// should scroll it into view. One that is already on screen stays put: the page does not
/// jump under a reader who can see everything.
pub fn needs_reveal(top: f64, bottom: f64, height: f64) -> bool {
    top < 0.0 || bottom > height
}

/// The full-screen button's label: what pressing it will do.
pub fn fullscreen_label(showing: bool) -> &'static str {
    word(if showing {
        Word::PlayerExitFullScreen
    } else {
        Word::PlayerFullScreen
    })
}

/// Props for [`Player`].
#[derive(Properties, Clone)]
pub struct PlayerProps {
    /// The guide to play.
    pub guide: &'static Guide,
    /// How much of it: hold length, repetitions, sides (`GuideDose::from(&stretch.dose)`, the
    /// same conversion the build's five-minute check uses).
    pub dose: GuideDose,
    /// The stretch's name, for the figure's description.
    pub name: AttrValue,
    /// The clock to run on. `None` uses a [`Clock`] from the context if there is one, else
    /// the browser's clock (with the page URL's `?speed=`). Tests pass a manual clock.
    #[prop_or_default]
    pub clock: Option<Clock>,
    /// The stretch's precautions, one short line each, shown before the first hold (before
    /// Start and during the get-ready countdown).
    #[prop_or_default]
    pub precautions: Vec<AttrValue>,
    /// A stretch (the default) or a strengthening exercise, which lights and names the muscles
    /// it works rather than the ones it stretches.
    #[prop_or_default]
    pub goal: Goal,
    /// Start as soon as it appears (the next stretch of a home program played in a row).
    #[prop_or_default]
    pub autostart: bool,
    /// Told once when the guide has played to its end.
    #[prop_or_default]
    pub ondone: Option<Callback<()>>,
    /// Offer "Book a visit" when the guide has played to its end (a client's stretch page;
    /// not a program played in a row, which goes on to the next stretch).
    #[prop_or_default]
    pub book_when_done: bool,
}

impl PartialEq for PlayerProps {
    fn eq(&self, other: &Self) -> bool {
        // Guides live for the whole page: identity is enough, and cheaper than comparing poses.
        std::ptr::eq(self.guide, other.guide)
            && self.dose == other.dose
            && self.name == other.name
            && self.clock == other.clock
            && self.precautions == other.precautions
            && self.goal == other.goal
            && self.autostart == other.autostart
            && self.ondone == other.ondone
            && self.book_when_done == other.book_when_done
    }
}

/// The animated, timed stretch guide.
#[component]
pub fn Player(props: &PlayerProps) -> Html {
    let context_clock = use_context::<Clock>();
    let clock = use_memo(props.clock.clone(), |clock| {
        clock
            .clone()
            .or(context_clock)
            .unwrap_or_else(Clock::from_page)
    });
    let guide = props.guide;
    let schedule = use_memo((guide.stretch.clone(), props.dose), |_| {
        Rc::new(Schedule::new(guide, props.dose))
    });
    let meta = use_memo((guide.stretch.clone(), props.name.clone()), |(_, name)| {
        Rc::new(Meta::new(
            guide,
            name.clone(),
            props.dose.each_side,
            props.goal,
        ))
    });
    let reduced = motion::use_reduced_motion();
    let engine = use_mut_ref(|| Engine::new(clock.speed()));
    let view = use_state_eq(|| view_at(&meta, &schedule, 0.0, Phase::Idle));
    let slot = use_memo((), |_| Rc::new(StageSlot::default()));
    let initial = use_memo((), |_| {
        frame_at(&meta, &schedule, 0.0, Phase::Idle, reduced, None)
    });
    let speak = use_state_eq(|| false);
    let can_speak = use_state(speech::is_supported);
    let phase = view.readout.phase;
    let player_ref = use_node_ref();
    let controls_ref = use_node_ref();
    // Set by the Start button; the effect below scrolls once the playing layout has rendered.
    let reveal = use_mut_ref(|| false);
    let can_fullscreen = use_state(fullscreen::is_available);
    let showing_full = use_state_eq(|| false);

    let handles = Handles {
        engine: engine.clone(),
        clock: (*clock).clone(),
        schedule: (*schedule).clone(),
        meta: (*meta).clone(),
        set_view: view.setter(),
        slot: (*slot).clone(),
    };

    // Frames run only while playing; the cleanup (pause, finish, unmount) stops the loop and
    // lets the screen sleep.
    {
        let handles = handles.clone();
        use_effect_with(phase == Phase::Playing, move |playing| {
            let frames = playing.then(|| handles.start_frames());
            move || {
                if let Some(frames) = frames {
                    drop(frames);
                    handles.stopped();
                }
            }
        });
    }
    // The motion preference can change at any time: redraw the current moment accordingly.
    {
        let handles = handles.clone();
        use_effect_with(reduced, move |still| {
            handles.engine.borrow_mut().still = *still;
            handles.tick();
        });
    }
    {
        let handles = handles.clone();
        use_effect_with((), move |_| {
            let keys = handles.listen_keys();
            move || {
                drop(keys);
                // Leaving the page silences the guide (finishing does not: see `stopped`).
                speech::cancel();
            }
        });
    }

    // A home program plays its stretches in a row: the next one starts by itself, and the
    // owner hears when each is done.
    {
        let handles = handles.clone();
        let autostart = props.autostart;
        let reveal = reveal.clone();
        use_effect_with((), move |_| {
            if autostart {
                // Started without a tap on Start (Play, or the stretch before ending): bring it
                // on screen as Start would.
                *reveal.borrow_mut() = true;
                handles.act(Action::Toggle);
            }
        });
    }
    {
        let ondone = props.ondone.clone();
        use_effect_with(phase == Phase::Done, move |done| {
            if let (true, Some(ondone)) = (*done, ondone) {
                ondone.emit(());
            }
        });
    }

    // Start (or Start again) from the button: bring the figure, countdown and controls on
    // screen, after the render that shows the countdown. Smooth unless motion is reduced.
    {
        let reveal = reveal.clone();
        let player_ref = player_ref.clone();
        let controls_ref = controls_ref.clone();
        use_effect_with(phase, move |phase| {
            // Taken only once playing: an autostart asks before its first render shows it.
            if *phase == Phase::Playing && std::mem::take(&mut *reveal.borrow_mut()) {
                if let (Some(player), Some(controls)) =
                    (screen::element(&player_ref), screen::element(&controls_ref))
                {
                    let (top, _) = screen::vertical_span(&player);
                    let (_, controls_bottom) = screen::vertical_span(&controls);
                    // Beside the readout (tablets), the figure can reach lower than the buttons.
                    let stage_bottom = screen::find(&player, ".player__stage")
                        .map_or(0.0, |stage| screen::vertical_span(&stage).1);
                    let bottom = controls_bottom.max(stage_bottom);
                    if needs_reveal(top, bottom, screen::viewport_height()) {
                        screen::scroll_to_top_of(&player, !reduced);
                    }
                }
            }
        });
    }
    // The label follows full screen however it is left (the button, Escape, the browser).
    {
        let player_ref = player_ref.clone();
        let showing = showing_full.setter();
        use_effect_with(*can_fullscreen, move |available| {
            let listener = available.then(|| {
                fullscreen::on_change(move |_| {
                    let shown = screen::element(&player_ref)
                        .is_some_and(|player| fullscreen::is_showing(&player));
                    showing.set(shown);
                })
            });
            move || drop(listener)
        });
    }

    let act = |action: Action| {
        let handles = handles.clone();
        Callback::from(move |_: MouseEvent| handles.act(action))
    };
    let on_primary = {
        let handles = handles.clone();
        let reveal = reveal.clone();
        Callback::from(move |_: MouseEvent| {
            if matches!(phase, Phase::Idle | Phase::Done) {
                *reveal.borrow_mut() = true;
            }
            handles.act(Action::Toggle);
        })
    };
    let on_fullscreen = {
        let player_ref = player_ref.clone();
        let showing = *showing_full;
        Callback::from(move |_: MouseEvent| {
            if showing {
                fullscreen::exit();
            } else if let Some(player) = screen::element(&player_ref) {
                fullscreen::enter(&player);
            }
        })
    };
    let on_speak = {
        let handles = handles.clone();
        let speak = speak.clone();
        Callback::from(move |_: Event| {
            let on = !*speak;
            handles.set_speech(on);
            speak.set(on);
        })
    };
    let primary = show(match phase {
        Phase::Idle => Word::PlayerStart,
        Phase::Playing => Word::PlayerPause,
        Phase::Paused => Word::PlayerResume,
        Phase::Done => Word::PlayerStartAgain,
    });
    // The list shows until the stretch begins; below the controls, so its going away never
    // moves a button the reader is about to press.
    let before_first_hold =
        phase == Phase::Idle || (phase != Phase::Done && view.readout.kind == SpanKind::GetReady);
    let total = (schedule.total_duration().ceil() as u32).to_string();

    html! {
        <section class={classes!("player", reduced.then_some("player--still"), meta.wide.then_some("player--wide"))}
            ref={player_ref}
            aria-label={word(if meta.working { Word::PlayerGuidedExercise } else { Word::PlayerGuidedStretch })} data-phase={phase_name(phase, view.readout.kind)}>
            <Stage slot={(*slot).clone()} initial={(*initial).clone()} meta={(*meta).clone()} />
            <div class="player__panel">
                <PlayerPanel ..view.readout.clone() />
                <progress class="player__progress" max={total} value={view.elapsed.to_string()}
                    aria-label={word(Word::PlayerProgress)} />
                <div class="player__controls" ref={controls_ref}>
                    <button type="button" class="button button--primary player__play"
                        onclick={on_primary} aria-keyshortcuts="Space">{ primary }</button>
                    <button type="button" class="button player__restart"
                        onclick={act(Action::Restart)} aria-keyshortcuts="R">{ show(Word::PlayerRestart) }</button>
                    if *can_fullscreen {
                        <button type="button" class="button player__full" data-device=""
                            onclick={on_fullscreen}>{ fullscreen_label(*showing_full) }</button>
                    }
                </div>
                if before_first_hold {
                    <CheckFirst items={props.precautions.clone()} />
                }
                if *can_speak {
                    <label class="player__toggle" data-device="">
                        <input type="checkbox" checked={*speak} onchange={on_speak} />
                        { " " }{ show(Word::PlayerSpeak) }
                    </label>
                }
                if phase == Phase::Done && props.book_when_done {
                    { book_visit(Some(word(Word::PlayerWellDone))) }
                }
                <p class="player__keys">{ show(Word::PlayerKeys) }</p>
                { for stop_signs().into_iter().map(|claim| html! {
                    <p class="player__safety">{ claim.text.clone() }</p>
                }) }
                if let Some(speed) = test_speed(&clock) {
                    <p class="player__test-speed">
                        { format!("Test speed \u{d7}{speed}: every hold and breath runs faster than real time.") }
                    </p>
                }
            </div>
        </section>
    }
}
