//! The player's text side and breathing pacer: small components with cheap props, so the
//! 60 fps loop re-renders them only when what they show changes (a second ticks over, a step
//! begins, the pacer moves a visible step).

use atlas_core::rig::{Breath, Phase, Side, SpanKind};
use yew::prelude::*;

use crate::data::{show, show_with, word, words, Word};

/// Everything the text panel shows. Equal readouts skip the panel's re-render.
#[derive(Clone, Debug, PartialEq, Properties)]
pub struct Readout {
    /// Play state.
    pub phase: Phase,
    /// What the guide is doing now.
    pub kind: SpanKind,
    /// The side being worked, for guides done on each side.
    pub side: Option<Side>,
    /// Current repetition, 1-based (0 outside repetitions).
    pub repetition: u32,
    /// Repetitions per side.
    pub repetitions: u32,
    /// Whole seconds left in the current part (rounded up, so a countdown ends on 1).
    pub seconds_left: u32,
    /// The current instruction (announced politely when it changes).
    pub cue: AttrValue,
    /// What the figure is doing once the guide starts, shown before it does.
    pub preview: AttrValue,
}

/// A stable name for the current part, used as `data-phase` by tests and styles.
pub fn phase_name(phase: Phase, kind: SpanKind) -> &'static str {
    match (phase, kind) {
        (Phase::Idle, _) => "idle",
        (Phase::Done, _) | (_, SpanKind::Done) => "done",
        (_, SpanKind::GetReady) => "get-ready",
        (_, SpanKind::EaseIn) => "ease-in",
        (_, SpanKind::Hold) => "hold",
        (_, SpanKind::EaseOut) => "ease-out",
        (_, SpanKind::Rest) => "rest",
        (_, SpanKind::SwitchSides) => "switch-sides",
        (_, SpanKind::Move) => "move",
    }
}

/// "Left side" / "Right side".
pub fn side_label(side: Side) -> &'static str {
    word(match side {
        Side::Left => Word::SideLeft,
        Side::Right => Word::SideRight,
    })
}

/// The headline of the current part and whether its seconds are counted down.
fn headline(readout: &Readout) -> (&'static str, bool) {
    let (title, counted) = match (readout.phase, readout.kind) {
        (Phase::Idle, _) => (Word::PhaseReady, false),
        (Phase::Done, _) | (_, SpanKind::Done) => (Word::PhaseDone, false),
        (_, SpanKind::GetReady) => (Word::PhaseGetReady, true),
        (_, SpanKind::EaseIn) => (Word::PhaseEaseIn, false),
        (_, SpanKind::Hold) => (Word::PhaseHold, true),
        (_, SpanKind::EaseOut) => (Word::PhaseEaseOut, false),
        (_, SpanKind::Rest) => (Word::PhaseRest, true),
        (_, SpanKind::SwitchSides) => (Word::PhaseSwitchSides, true),
        (_, SpanKind::Move) => (Word::PhaseMove, false),
    };
    (word(title), counted)
}

/// Status, countdown and cue of the player.
#[component]
pub fn PlayerPanel(readout: &Readout) -> Html {
    let (title, counted) = headline(readout);
    let counting = counted && readout.phase != Phase::Idle;
    let unit = word(if readout.seconds_left == 1 {
        Word::PlayerSecondLeft
    } else {
        Word::PlayerSecondsLeft
    });
    let side = readout.side.map(side_label);
    let next_side = match (readout.kind, readout.side) {
        (SpanKind::SwitchSides, Some(side)) => Some(side_label(side)),
        _ => None,
    };
    let repetition = (readout.repetition > 0 && readout.phase != Phase::Done).then(|| {
        words(
            Word::PlayerRepetition,
            &[
                ("count", &readout.repetition.to_string()),
                ("total", &readout.repetitions.to_string()),
            ],
        )
    });
    let cue = if readout.phase == Phase::Idle {
        readout.preview.clone()
    } else {
        readout.cue.clone()
    };
    html! {
        <div class="player__readout">
            <p class="player__where">
                if let Some(side) = side.filter(|_| readout.phase != Phase::Done) {
                    <span class="player__side">{ side }</span>
                }
                if let Some(repetition) = repetition {
                    <span class="player__rep">{ repetition }</span>
                }
            </p>
            <p class="player__headline">{ title }</p>
            if counting {
                <p class="player__count">
                    <span class="player__seconds">{ readout.seconds_left }</span>
                    <span class="player__unit">{ " " }{ unit }</span>
                </p>
            }
            if let Some(next) = next_side {
                <p class="player__switch">{ show_with(Word::PlayerNextSide, &[("side", next)]) }</p>
            }
            <p class="player__cue" aria-live="polite">{ cue }</p>
        </div>
    }
}

/// Props for [`CheckFirst`].
#[derive(Clone, Debug, PartialEq, Properties)]
pub struct CheckFirstProps {
    /// One line per precaution of the stretch (see `components::precautions::get_ready_line`).
    pub items: Vec<AttrValue>,
}

/// The stretch's precautions as a short list the client sees before the first hold: the
/// page shows them in full above the player, but someone who scrolls straight to Start, or
/// uses the player elsewhere, still reads them before stretching.
#[component]
pub fn CheckFirst(props: &CheckFirstProps) -> Html {
    if props.items.is_empty() {
        return Html::default();
    }
    html! {
        <div class="player__check">
            <p class="player__check-title">{ show(Word::PlayerCheckFirst) }</p>
            <ul class="player__check-list">
                { for props.items.iter().map(|item| html! { <li>{ item.clone() }</li> }) }
            </ul>
        </div>
    }
}

/// Props for [`Pacer`].
#[derive(Clone, Debug, PartialEq, Properties)]
pub struct PacerProps {
    /// The breath being paced.
    pub breath: Breath,
    /// Progress through the breath in steps of 1/[`PACER_STEPS`].
    pub step: u8,
    /// Words only, no growing circle (reduced motion).
    pub still: bool,
}

/// How finely the pacer circle moves: 40 steps over a breath is below a pixel per step at
/// phone size, and far fewer re-renders than one per frame.
pub const PACER_STEPS: u8 = 40;

/// The pacer step for a breath progress in 0..=1.
pub fn pacer_step(progress: f64) -> u8 {
    if progress.is_finite() {
        (atlas_core::bounds::within(progress, 0.0, 1.0) * f64::from(PACER_STEPS)).round() as u8
    } else {
        0
    }
}

/// The breathing pacer: a circle that fills on the in-breath and empties on the out-breath,
/// with the words. Its radius is an SVG attribute (no inline style).
#[component]
pub fn Pacer(props: &PacerProps) -> Html {
    let p = f64::from(props.step.min(PACER_STEPS)) / f64::from(PACER_STEPS);
    let (said, radius) = match props.breath {
        Breath::Inhale => (Word::BreatheIn, 14.0 + 18.0 * p),
        Breath::Exhale => (Word::BreatheOut, 32.0 - 18.0 * p),
        Breath::Hold => (Word::BreathePause, 32.0),
        Breath::Natural => (Word::BreatheEasily, 24.0),
    };
    let words = word(said);
    let radius = if props.still { 24.0 } else { radius };
    html! {
        <div class="pacer">
            <svg class="pacer__svg" viewBox="0 0 80 80" aria-hidden="true" focusable="false">
                <circle class="pacer__ring" cx="40" cy="40" r="34" />
                <circle class="pacer__breath" cx="40" cy="40" r={atlas_core::svg_number::num(radius)} />
            </svg>
            <p class="pacer__words">{ words }</p>
        </div>
    }
}
