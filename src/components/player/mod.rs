//! The stretch player: the pure core's `Schedule` (what happens when) and `Playback` (play,
//! pause, restart arithmetic) driven by `platform::clock`, with the figure, a text panel, a
//! breathing pacer, a chime at the end of each hold, optional spoken cues, and the screen
//! kept awake while it plays.
//!
//! Cheap by construction: the frame loop only sets the guide time; the figure, panel and
//! pacer are separate components with small props, so most frames re-render only the figure.
//! The loop stops when paused, finished or unmounted.

mod engine;
pub mod panel;

use std::rc::Rc;

use atlas_core::content::Dose;
use atlas_core::rig::{Guide, GuideDose, MuscleId, Schedule};
use yew::prelude::*;

use crate::components::figure::{frame_for, Figure};
use crate::data::kb;
use crate::platform::clock::Clock;
use crate::platform::{motion, speech};
use engine::{Action, Engine, Handles};
use panel::{pacer_step, phase_name, Pacer, Phase, PlayerPanel, Readout};

/// The safety line shown with every guide (seed 000: pain-free, controlled movement).
pub const SAFETY: &str = "Pain-free, controlled movement; stop if pain increases.";

/// The player's plan for a stretch's dose (the content model and the rig use their own types).
pub fn guide_dose(dose: &Dose) -> GuideDose {
    GuideDose {
        hold_seconds: dose.hold_seconds,
        repetitions: dose.repetitions,
        each_side: dose.each_side,
        breath_seconds: dose.breath_seconds,
    }
}

/// Props for [`Player`].
#[derive(Properties, Clone)]
pub struct PlayerProps {
    /// The guide to play.
    pub guide: &'static Guide,
    /// How much of it: hold length, repetitions, sides.
    pub dose: GuideDose,
    /// The stretch's name, for the figure's description.
    pub name: AttrValue,
    /// The clock to run on. `None` uses a [`Clock`] from the context if there is one, else
    /// the browser's clock (with the page URL's `?speed=`). Tests pass a manual clock.
    #[prop_or_default]
    pub clock: Option<Clock>,
}

impl PartialEq for PlayerProps {
    fn eq(&self, other: &Self) -> bool {
        // Guides live for the whole page: identity is enough, and cheaper than comparing poses.
        std::ptr::eq(self.guide, other.guide)
            && self.dose == other.dose
            && self.name == other.name
            && self.clock == other.clock
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
    let muscles: Rc<Rc<[MuscleId]>> = use_memo(guide.stretch.clone(), |_| {
        Rc::from(guide.muscles.clone().into_boxed_slice())
    });
    let frame = use_memo(guide.stretch.clone(), |_| frame_for(guide));
    let muscle_words = use_memo(guide.stretch.clone(), |_| muscle_phrase(&guide.muscles));
    let engine = use_mut_ref(|| Engine::new(clock.speed()));
    let time = use_state_eq(|| 0.0_f64);
    let phase = use_state_eq(|| Phase::Idle);
    let speak = use_state_eq(|| false);
    let can_speak = use_state(speech::is_supported);
    let reduced = motion::use_reduced_motion();

    let handles = Handles {
        engine: engine.clone(),
        clock: (*clock).clone(),
        schedule: (*schedule).clone(),
        set_time: time.setter(),
        set_phase: phase.setter(),
    };

    // Frames run only while playing; the cleanup (pause, finish, unmount) stops the loop,
    // lets the screen sleep and silences speech.
    {
        let handles = handles.clone();
        use_effect_with(*phase == Phase::Playing, move |playing| {
            let frames = playing.then(|| handles.start_frames());
            move || {
                if let Some(frames) = frames {
                    drop(frames);
                    handles.stopped();
                }
            }
        });
    }
    {
        let handles = handles.clone();
        use_effect_with((), move |_| {
            let keys = handles.listen_keys();
            move || drop(keys)
        });
    }
    // Benchmark builds (`?bench`) measure each frame from the tick to the committed render.
    use_effect(crate::platform::clock::bench_frame_rendered);

    let t = *time;
    let state = schedule.at(t);
    let pose = match *phase {
        Phase::Idle => preview_pose(guide),
        _ if reduced => schedule.still_pose_at(t),
        _ => state.pose,
    };
    // Before the start, the preview shows the first side's stretch.
    let side = match *phase {
        Phase::Idle if props.dose.each_side => Some(atlas_core::rig::Side::Left),
        _ => state.side,
    };
    let label = figure_label(&props.name, *phase, &state.cue, &muscle_words);
    let readout = Readout {
        phase: *phase,
        kind: state.kind,
        side: state.side,
        repetition: state.repetition,
        repetitions: state.repetitions,
        seconds_left: state.seconds_left_in_segment.ceil().max(0.0) as u32,
        cue: AttrValue::from(state.cue),
        preview: AttrValue::from(preview_text(guide)),
    };
    let pacer_active = matches!(*phase, Phase::Playing | Phase::Paused);
    let breath = if pacer_active {
        state.breath
    } else {
        atlas_core::rig::Breath::Natural
    };

    let act = |action: Action| {
        let handles = handles.clone();
        Callback::from(move |_: MouseEvent| handles.act(action))
    };
    let on_speak = {
        let engine = engine.clone();
        let speak = speak.clone();
        Callback::from(move |_: Event| {
            let on = !*speak;
            engine.borrow_mut().speech = on;
            if !on {
                speech::cancel();
            }
            speak.set(on);
        })
    };
    let primary = match *phase {
        Phase::Idle => "Start",
        Phase::Playing => "Pause",
        Phase::Paused => "Resume",
        Phase::Done => "Start again",
    };
    let elapsed = format!("{:.0}", state.total_elapsed.floor());
    let total = format!("{:.0}", state.total_duration.ceil());

    html! {
        <section class={classes!("player", reduced.then_some("player--still"))}
            aria-label="Guided stretch" data-phase={phase_name(*phase, state.kind)}>
            <div class="player__stage">
                <Figure pose={pose} view={guide.view} muscles={(*muscles).clone()} label={label} side={side}
                    frame={(*frame).clone()} />
                <Pacer breath={breath} step={pacer_step(state.breath_progress)} still={reduced} />
            </div>
            <div class="player__panel">
                <PlayerPanel ..readout />
                <progress class="player__progress" max={total} value={elapsed}
                    aria-label="Progress through the guide" />
                <div class="player__controls">
                    <button type="button" class="button button--primary player__play"
                        onclick={act(Action::Toggle)} aria-keyshortcuts="Space">{ primary }</button>
                    <button type="button" class="button player__restart"
                        onclick={act(Action::Restart)} aria-keyshortcuts="R">{ "Restart" }</button>
                </div>
                if *can_speak {
                    <label class="player__toggle">
                        <input type="checkbox" checked={*speak} onchange={on_speak} />
                        { " Speak the cues aloud" }
                    </label>
                }
                <p class="player__keys">{ "Keys: Space to pause or resume, R to restart." }</p>
                <p class="player__safety">{ SAFETY }</p>
            </div>
        </section>
    }
}

/// The pose shown before the guide starts: the stretch position itself (the hold), or the
/// first step of a moving guide, so the page shows what the stretch looks like.
fn preview_pose(guide: &Guide) -> atlas_core::rig::Pose {
    let index = guide.hold_index().unwrap_or(0);
    guide
        .keyframes
        .get(index)
        .map(|k| k.pose)
        .unwrap_or(guide.base)
}

/// The instruction shown before the guide starts.
fn preview_text(guide: &Guide) -> String {
    let first = guide
        .keyframes
        .first()
        .map(|k| k.cue.as_str())
        .unwrap_or("");
    format!(
        "Press Start, then follow the figure. First: {}.",
        lower_first(first)
    )
}

/// "erector spinae and multifidus" from the guide's muscles, named as the atlas names them.
fn muscle_phrase(muscles: &[MuscleId]) -> String {
    let names: Vec<String> = muscles
        .iter()
        .map(|m| {
            kb().muscle(m.id())
                .map(|muscle| muscle.name.to_lowercase())
                .unwrap_or_else(|| m.id().replace('-', " "))
        })
        .collect();
    match names.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
    }
}

/// The figure's description: "Cat-cow: breathe out, round your back…; erector spinae
/// lengthening".
fn figure_label(name: &str, phase: Phase, cue: &str, muscles: &str) -> String {
    let doing = match phase {
        Phase::Idle => "the stretch position".to_string(),
        _ if cue.is_empty() => "resting".to_string(),
        _ => lower_first(cue.trim_end_matches('.')),
    };
    if muscles.is_empty() {
        format!("{name}: {doing}")
    } else {
        format!("{name}: {doing}; {muscles} lengthening")
    }
}

/// The text with its first letter in lower case, for use mid-sentence.
fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}
