//! The player plan: a guide and a dose become a timed list of segments, and any moment of it
//! can be looked up as a [`PlayerState`]. Pure: time is an argument.

use std::ops::Range;

use super::events::Event;
use super::guide::{Breath, Guide, Motion};
use super::joints::Side;
use super::pose::Pose;

/// Seconds of the get-ready countdown.
pub const GET_READY_SECONDS: f64 = 5.0;
/// Seconds of rest between repetitions.
pub const REST_SECONDS: f64 = 5.0;
/// Seconds to change sides.
pub const SWITCH_SECONDS: f64 = 6.0;

/// How much of a guide to do (the shell converts the content's dose into this).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GuideDose {
    /// Seconds each hold lasts (0 for dynamic guides, or to use the guide's own hold).
    pub hold_seconds: u32,
    /// Repetitions per side (holds, or breath cycles for dynamic guides).
    pub repetitions: u32,
    /// Do both sides, left first.
    pub each_side: bool,
    /// Length of one moving cycle for dynamic guides (0 for static, or the guide's own).
    pub breath_seconds: u32,
}

/// What the player is doing in a segment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SpanKind {
    /// Countdown before the first repetition.
    GetReady,
    /// Easing into a static stretch.
    EaseIn,
    /// Holding a static stretch.
    Hold,
    /// Easing out of a static stretch.
    EaseOut,
    /// Short rest between repetitions.
    Rest,
    /// Changing to the other side.
    SwitchSides,
    /// One moving cycle of a dynamic guide.
    Move,
    /// Finished (zero length, at the end).
    Done,
}

/// One timed part of the plan.
#[derive(Clone, Debug, PartialEq)]
pub struct Span {
    /// What happens.
    pub kind: SpanKind,
    /// The side being worked (None when the guide is not done per side).
    pub side: Option<Side>,
    /// Repetition, 1-based (0 for get-ready and done).
    pub repetition: u32,
    /// Start time in the plan (seconds).
    pub start: f64,
    /// Length (seconds).
    pub duration: f64,
    /// Guide keyframes played in this segment (empty for still segments).
    pub(super) steps: Range<usize>,
    /// Seconds per keyframe index inside this segment.
    pub(super) step_seconds: Vec<f64>,
}

impl Span {
    /// End time in the plan.
    pub fn end(&self) -> f64 {
        self.start + self.duration
    }
}

/// The player's state at one moment.
#[derive(Clone, Debug, PartialEq)]
pub struct PlayerState {
    /// Current segment kind.
    pub kind: SpanKind,
    /// Side being worked.
    pub side: Option<Side>,
    /// Current repetition, 1-based (0 before the first and after the last).
    pub repetition: u32,
    /// Repetitions per side.
    pub repetitions: u32,
    /// Seconds until this segment ends (for countdowns).
    pub seconds_left_in_segment: f64,
    /// Plan time elapsed (clamped to the plan).
    pub total_elapsed: f64,
    /// Plan length.
    pub total_duration: f64,
    /// The instruction to show.
    pub cue: String,
    /// The breath to pace.
    pub breath: Breath,
    /// Progress through the current breath, 0..=1 (the pacer).
    pub breath_progress: f64,
    /// The figure's pose (mirrored for the right side).
    pub pose: Pose,
}

/// The player plan for one guide and dose.
#[derive(Clone, Debug, PartialEq)]
pub struct Schedule {
    guide: Guide,
    dose: GuideDose,
    pub(super) segments: Vec<Span>,
    pub(super) events: Vec<(f64, Event)>,
}

fn still(kind: SpanKind, side: Option<Side>, rep: u32, start: f64, d: f64) -> Span {
    Span {
        kind,
        side,
        repetition: rep,
        start,
        duration: d,
        steps: 0..0,
        step_seconds: Vec::new(),
    }
}

impl Schedule {
    /// Builds the plan.
    pub fn new(guide: &Guide, dose: GuideDose) -> Schedule {
        let n = guide.keyframes.len();
        let own: Vec<f64> = guide
            .keyframes
            .iter()
            .map(|k| k.duration.max(0.0))
            .collect();
        let reps = dose.repetitions.max(1);
        let sides: Vec<Option<Side>> = if dose.each_side {
            vec![Some(Side::Left), Some(Side::Right)]
        } else {
            vec![None]
        };
        // Keyframe groups and their timing for one repetition.
        let mut plan: Vec<(SpanKind, Range<usize>, Vec<f64>)> = Vec::new();
        match (guide.kind, guide.hold_index()) {
            (Motion::Static, Some(h)) => {
                let mut hold = own.clone();
                if dose.hold_seconds > 0 {
                    if let Some(d) = hold.get_mut(h) {
                        *d = f64::from(dose.hold_seconds);
                    }
                }
                plan.push((SpanKind::EaseIn, 0..h, own.clone()));
                plan.push((SpanKind::Hold, h..h + 1, hold));
                plan.push((SpanKind::EaseOut, h + 1..n, own.clone()));
            }
            (Motion::Static, None) => plan.push((SpanKind::EaseIn, 0..n, own.clone())),
            (Motion::Dynamic, _) => {
                let cycle: f64 = own.iter().sum();
                let scale = if dose.breath_seconds > 0 && cycle > 0.0 {
                    f64::from(dose.breath_seconds) / cycle
                } else {
                    1.0
                };
                plan.push((
                    SpanKind::Move,
                    0..n,
                    own.iter().map(|d| d * scale).collect(),
                ));
            }
        }
        let mut segs = vec![still(
            SpanKind::GetReady,
            sides[0],
            0,
            0.0,
            GET_READY_SECONDS,
        )];
        let mut t = GET_READY_SECONDS;
        for (si, side) in sides.iter().enumerate() {
            if si > 0 {
                segs.push(still(SpanKind::SwitchSides, *side, 0, t, SWITCH_SECONDS));
                t += SWITCH_SECONDS;
            }
            for rep in 1..=reps {
                if rep > 1 && guide.kind == Motion::Static {
                    segs.push(still(SpanKind::Rest, *side, rep - 1, t, REST_SECONDS));
                    t += REST_SECONDS;
                }
                for (kind, steps, secs) in &plan {
                    let d: f64 = steps.clone().filter_map(|i| secs.get(i)).sum();
                    segs.push(Span {
                        kind: *kind,
                        side: *side,
                        repetition: rep,
                        start: t,
                        duration: d,
                        steps: steps.clone(),
                        step_seconds: secs.clone(),
                    });
                    t += d;
                }
            }
        }
        segs.push(still(SpanKind::Done, None, 0, t, 0.0));
        let mut s = Schedule {
            guide: guide.clone(),
            dose,
            segments: segs,
            events: Vec::new(),
        };
        s.events = s.build_events();
        s
    }

    /// The segments in order.
    pub fn segments(&self) -> &[Span] {
        &self.segments
    }

    /// The dose the plan was built from.
    pub fn dose(&self) -> GuideDose {
        self.dose
    }

    /// The guide the plan plays.
    pub fn guide(&self) -> &Guide {
        &self.guide
    }

    /// Plan length in seconds.
    pub fn total_duration(&self) -> f64 {
        self.segments.last().map(Span::end).unwrap_or(0.0)
    }

    /// Seconds spent on one side (its repetitions and rests).
    pub fn side_seconds(&self, side: Side) -> f64 {
        self.segments
            .iter()
            .filter(|s| {
                s.side == Some(side)
                    && !matches!(s.kind, SpanKind::GetReady | SpanKind::SwitchSides)
            })
            .map(|s| s.duration)
            .sum()
    }

    /// The segment active at `t` (clamped into the plan; the end is `Done`).
    pub fn segment_at(&self, t: f64) -> Option<&Span> {
        let t = self.clamp(t);
        self.segments
            .iter()
            .find(|s| t >= s.start && t < s.end())
            .or(self.segments.last())
    }

    fn clamp(&self, t: f64) -> f64 {
        if t.is_finite() {
            t.clamp(0.0, self.total_duration())
        } else {
            0.0
        }
    }

    fn side_pose(side: Option<Side>, pose: Pose) -> Pose {
        match side {
            Some(Side::Right) => pose.mirrored(),
            _ => pose,
        }
    }

    pub(super) fn still_cue(&self, seg: &Span) -> String {
        match seg.kind {
            SpanKind::GetReady => "Get ready: settle into the starting position".into(),
            SpanKind::Rest => "Rest and breathe easily".into(),
            SpanKind::SwitchSides => "Switch sides".into(),
            SpanKind::Done => "Well done. Notice how your body feels".into(),
            _ => String::new(),
        }
    }

    /// The player's state at plan time `t`.
    pub fn at(&self, t: f64) -> PlayerState {
        let t = self.clamp(t);
        let total = self.total_duration();
        let Some(seg) = self.segment_at(t) else {
            return self.empty_state();
        };
        let local = t - seg.start;
        let (pose, cue, breath, progress) = if seg.steps.is_empty() {
            let p = if seg.duration > 0.0 {
                local / seg.duration
            } else {
                1.0
            };
            (self.guide.base, self.still_cue(seg), Breath::Natural, p)
        } else {
            let secs = &seg.step_seconds;
            let dur = |i: usize| secs.get(i).copied().unwrap_or(0.0);
            let f = self.guide.sample_steps(seg.steps.clone(), &dur, local);
            (f.pose, f.cue, f.breath, f.breath_progress)
        };
        PlayerState {
            kind: seg.kind,
            side: seg.side,
            repetition: seg.repetition,
            repetitions: self.dose.repetitions.max(1),
            seconds_left_in_segment: (seg.end() - t).max(0.0),
            total_elapsed: t,
            total_duration: total,
            cue,
            breath,
            breath_progress: progress,
            pose: Self::side_pose(seg.side, pose),
        }
    }

    fn empty_state(&self) -> PlayerState {
        PlayerState {
            kind: SpanKind::Done,
            side: None,
            repetition: 0,
            repetitions: 0,
            seconds_left_in_segment: 0.0,
            total_elapsed: 0.0,
            total_duration: 0.0,
            cue: String::new(),
            breath: Breath::Natural,
            breath_progress: 0.0,
            pose: self.guide.base,
        }
    }

    /// For reduced motion: the target keyframe pose of the current step, without
    /// interpolation (the base pose in still segments), on the same timer.
    pub fn still_pose_at(&self, t: f64) -> Pose {
        let t = self.clamp(t);
        let Some(seg) = self.segment_at(t) else {
            return self.guide.base;
        };
        let mut pose = self.guide.base;
        let mut start = seg.start;
        for i in seg.steps.clone() {
            pose = self.guide.keyframes.get(i).map(|k| k.pose).unwrap_or(pose);
            start += seg.step_seconds.get(i).copied().unwrap_or(0.0);
            if t < start {
                break;
            }
        }
        Self::side_pose(seg.side, pose)
    }
}
