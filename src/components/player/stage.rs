//! What the player shows at a plan time, split in two so each frame re-renders as little as
//! possible: the [`Stage`] (figure and pacer, changes every frame while moving) owns its own
//! state and is pushed frames through a [`StageSlot`]; the text side ([`PlayerView`]) is a
//! state of the player that only changes when a second ticks over or a step begins.

use std::cell::RefCell;
use std::rc::Rc;

use atlas_core::content::Goal;
use atlas_core::rig::{Breath, Guide, MuscleId, Phase, Pose, Schedule, Side, View};
use yew::prelude::*;

use super::panel::{pacer_step, Pacer, Readout};
use crate::components::figure::{guide_view_box, Figure};
use crate::data::{kb, word, words, Word};

/// Facts about the guide that never change while it plays, computed once.
pub struct Meta {
    /// The guide.
    pub guide: &'static Guide,
    /// The stretch's name.
    pub name: AttrValue,
    /// "erector spinae and multifidus".
    pub muscle_words: String,
    /// A strengthening exercise: the lit muscles are worked, not stretched.
    pub working: bool,
    /// The muscles to light.
    pub muscles: Rc<[MuscleId]>,
    /// The figure's view box for this guide.
    pub view_box: AttrValue,
    /// Whether the figure is much wider than tall (a lying stretch): in full screen on a
    /// landscape screen it goes above the readout, not beside it, to be drawn large.
    pub wide: bool,
    /// The instruction shown before the start.
    pub preview: AttrValue,
    /// Whether the dose is done on each side.
    pub each_side: bool,
}

impl Meta {
    /// Computes the facts for a guide.
    pub fn new(guide: &'static Guide, name: AttrValue, each_side: bool, goal: Goal) -> Meta {
        let first = guide
            .keyframes
            .first()
            .map(|k| k.cue.as_str())
            .unwrap_or("");
        let view_box = guide_view_box(guide);
        Meta {
            guide,
            name,
            muscle_words: muscle_phrase(&guide.muscles),
            working: goal == Goal::Strengthen,
            muscles: Rc::from(guide.muscles.clone().into_boxed_slice()),
            view_box: AttrValue::from(view_box.attr()),
            wide: is_wide(view_box.width, view_box.height),
            preview: AttrValue::from(words(
                Word::PlayerPreview,
                &[("first", &lower_first(first))],
            )),
            each_side,
        }
    }
}

/// Whether a figure `width` by `height` is wide enough to be laid out above the readout.
pub fn is_wide(width: f32, height: f32) -> bool {
    width >= 1.6 * height
}

/// The text side of the player at one moment (equal views skip the player's re-render).
#[derive(Clone, Debug, PartialEq)]
pub struct PlayerView {
    /// Status, countdown and cue.
    pub readout: Readout,
    /// Whole seconds elapsed (the progress bar).
    pub elapsed: u32,
}

/// The figure and pacer at one moment.
#[derive(Clone, Debug, PartialEq)]
pub struct StageFrame {
    /// The pose to draw.
    pub pose: Pose,
    /// The side whose muscles are lit.
    pub side: Option<Side>,
    /// The figure's description (changes with the step).
    pub label: AttrValue,
    /// The breath being paced.
    pub breath: Breath,
    /// The pacer's step.
    pub step: u8,
    /// Reduced motion: still poses, still pacer.
    pub still: bool,
}

/// The text side at plan time `t`.
pub fn view_at(meta: &Meta, schedule: &Schedule, t: f64, phase: Phase) -> PlayerView {
    let state = schedule.at(t);
    PlayerView {
        readout: Readout {
            phase,
            kind: state.kind,
            side: state.side,
            repetition: state.repetition,
            repetitions: state.repetitions,
            seconds_left: state.seconds_left_in_segment.ceil().max(0.0) as u32,
            cue: AttrValue::from(state.cue),
            preview: meta.preview.clone(),
        },
        elapsed: state.total_elapsed.floor().max(0.0) as u32,
    }
}

/// The stage at plan time `t`. `previous` lets an unchanged label be reused, not rebuilt.
pub fn frame_at(
    meta: &Meta,
    schedule: &Schedule,
    t: f64,
    phase: Phase,
    still: bool,
    previous: Option<&StageFrame>,
) -> StageFrame {
    let state = schedule.at(t);
    let guide = meta.guide;
    let pose = match phase {
        Phase::Idle => {
            // Before the start: the stretch position itself (the hold), or the first move.
            let index = guide.hold_index().unwrap_or(0);
            guide
                .keyframes
                .get(index)
                .map(|k| k.pose)
                .unwrap_or(guide.base)
        }
        _ if still => schedule.still_pose_at(t),
        _ => state.pose,
    };
    let side = match phase {
        Phase::Idle if meta.each_side => Some(Side::Left),
        _ => state.side,
    };
    let label = figure_label(meta, phase, &state.cue);
    let label = match previous {
        Some(p) if p.label.as_str() == label => p.label.clone(),
        _ => AttrValue::from(label),
    };
    let active = matches!(phase, Phase::Playing | Phase::Paused);
    StageFrame {
        pose,
        side,
        label,
        breath: if active {
            state.breath
        } else {
            Breath::Natural
        },
        step: pacer_step(state.breath_progress),
        still,
    }
}

/// Where the player pushes stage frames: the stage registers its state setter here.
#[derive(Default)]
pub struct StageSlot(RefCell<Option<UseStateSetter<StageFrame>>>);

impl StageSlot {
    /// Shows `frame` (ignored before the stage has mounted).
    pub fn show(&self, frame: StageFrame) {
        if let Some(setter) = self.0.borrow().as_ref() {
            setter.set(frame);
        }
    }
}

/// Props for [`Stage`].
#[derive(Properties, Clone)]
pub struct StageProps {
    /// Where frames arrive.
    pub slot: Rc<StageSlot>,
    /// The frame shown first (and in server rendering).
    pub initial: StageFrame,
    /// The guide's facts.
    pub meta: Rc<Meta>,
}

impl PartialEq for StageProps {
    fn eq(&self, other: &Self) -> bool {
        // Later frames arrive through the slot; `initial` only seeds the state.
        Rc::ptr_eq(&self.slot, &other.slot) && Rc::ptr_eq(&self.meta, &other.meta)
    }
}

/// The figure and the pacer.
#[component]
pub fn Stage(props: &StageProps) -> Html {
    let frame = use_state_eq(|| props.initial.clone());
    {
        let slot = props.slot.clone();
        let setter = frame.setter();
        use_effect_with((), move |_| {
            *slot.0.borrow_mut() = Some(setter);
            move || {
                slot.0.borrow_mut().take();
            }
        });
    }
    // Benchmark builds (`?bench`) measure each frame from the tick to this committed render.
    use_effect(crate::platform::clock::bench_frame_rendered);
    let meta = &props.meta;
    let view: View = meta.guide.view;
    html! {
        <div class="player__stage">
            <Figure pose={frame.pose} view={view} muscles={meta.muscles.clone()}
                label={frame.label.clone()} side={frame.side} view_box={meta.view_box.clone()}
                working_from={meta.working.then_some(meta.guide.base)} />
            if !meta.muscle_words.is_empty() {
                <p class="player__legend">{ legend(meta) }</p>
            }
            <Pacer breath={frame.breath} step={frame.step} still={frame.still} />
        </div>
    }
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
    // A name with its own "and" ("piriformis and deep hip rotators"): commas only, so the
    // phrase does not read "a and b and c". The joining word is the table's.
    let and = words(Word::MusclesAnd, &[("names", ""), ("last", "")]);
    match names.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) if names.iter().any(|n| n.contains(and.as_str())) => {
            format!("{}, {last}", rest.join(", "))
        }
        Some((last, rest)) => words(
            Word::MusclesAnd,
            &[("names", &rest.join(", ")), ("last", last)],
        ),
    }
}

/// What the lit lines on the figure are: "Stretching: piriformis and gluteus maximus", or for
/// an exercise "Working: gluteus maximus and hamstrings".
pub fn legend(meta: &Meta) -> String {
    let what = if meta.working {
        Word::PlayerWorking
    } else {
        Word::PlayerStretching
    };
    words(what, &[("muscles", &meta.muscle_words)])
}

/// The figure's description: "Cat-cow: breathe out, round your back…; erector spinae
/// lengthening", or for an exercise "…; gluteus maximus and hamstrings working".
fn figure_label(meta: &Meta, phase: Phase, cue: &str) -> String {
    let doing = match phase {
        Phase::Idle if meta.working => word(Word::FigureAtTop).to_string(),
        Phase::Idle => word(Word::FigureAtStretch).to_string(),
        _ if cue.is_empty() => word(Word::FigureResting).to_string(),
        _ => lower_first(cue.trim_end_matches('.')),
    };
    if meta.muscle_words.is_empty() {
        words(
            Word::FigureDoing,
            &[("name", &meta.name), ("doing", &doing)],
        )
    } else {
        let how = if meta.working {
            Word::FigureWorking
        } else {
            Word::FigureLengthening
        };
        let lit = words(how, &[("muscles", &meta.muscle_words)]);
        words(
            Word::FigureDoingLit,
            &[("name", &meta.name), ("doing", &doing), ("lit", &lit)],
        )
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
