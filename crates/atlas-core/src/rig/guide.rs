//! Stretch guides as data: a base pose and keyframes, and pure sampling over time.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::contact::Contact;
use super::easing::Easing;
use super::muscles::MuscleId;
use super::pose::Pose;

/// The drawing plane a guide is shown in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum View {
    /// Side view from the subject's left; the figure faces right.
    Sagittal,
    /// Front view; the subject's left appears on the viewer's right.
    Frontal,
    /// View from above (kept for clinics' own guides; the shipped ones no longer use it: few
    /// people read a body seen from above).
    Top,
    /// Three-quarter view of a body lying on its back: from beyond the feet, raised 50 degrees
    /// above the floor, the head at the top. Knees that drop sideways move across the screen
    /// and a bent knee still shows its bend; what is higher is nearer (drawn in front).
    #[serde(rename = "three-quarter")]
    ThreeQuarter,
    /// A camera placed for what the move is about: `azimuth` degrees around the body from the
    /// side view (0, from the subject's left) toward the front view (90, from in front of a
    /// standing body, beyond the feet of one lying on its back), raised `elevation` degrees
    /// above the floor. A crossed ankle, a knee taken across the body or knees dropping to a
    /// side read in depth here, where a side view stacks them. Written in a guide as
    /// `view = { oblique = { azimuth = 60, elevation = 30 } }`.
    #[serde(rename = "oblique")]
    Oblique {
        /// Degrees from the side view toward the front view.
        azimuth: i16,
        /// Degrees above the floor.
        elevation: i16,
    },
}

/// Whether a guide moves continuously with the breath or eases into a held position.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Motion {
    /// Repeated moving cycles paced by the breath.
    Dynamic,
    /// Ease in, hold, ease out.
    Static,
}

/// The breathing instruction during a keyframe.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Breath {
    /// Breathe in.
    Inhale,
    /// Breathe out.
    Exhale,
    /// Pause the breath briefly.
    Hold,
    /// Breathe naturally.
    Natural,
}

/// One step of a guide: move from the previous pose to `pose` over `duration`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Keyframe {
    /// The pose reached at the end of the step (complete: the base with overrides applied).
    pub pose: Pose,
    /// Seconds the step takes.
    pub duration: f64,
    /// Shape of the motion.
    pub easing: Easing,
    /// Calm, client-facing instruction shown (and spoken) during the step.
    pub cue: String,
    /// Breathing instruction during the step.
    pub breath: Breath,
    /// For static guides: this step is the hold (the player stretches it to the dose).
    #[serde(default)]
    pub hold: bool,
    /// What rests on the floor at the end of this step; `None` keeps the previous step's.
    #[serde(default)]
    pub contacts: Option<Vec<Contact>>,
    /// Contacts placed anew during this step (a hand walked back, feet drawn in): on the
    /// floor at its end, but free to move on the way, so they are not held where they were.
    #[serde(default)]
    pub moves: Vec<Contact>,
    /// The pose halfway through the step, solved when the guide loads so contacts held
    /// through the step stay down and moving ones clear the floor; `None` interpolates
    /// straight from the pose before.
    #[serde(default)]
    pub via: Option<Pose>,
}

/// An animated stretch guide.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Guide {
    /// Stretch id, as the content names it (`bundle::cross_check` checks it exists).
    pub stretch: String,
    /// Drawing plane.
    pub view: View,
    /// Dynamic or static.
    pub kind: Motion,
    /// Muscles this stretch lengthens (to light).
    pub muscles: Vec<MuscleId>,
    /// The starting position (before the first keyframe).
    pub base: Pose,
    /// What rests on the floor in the starting position.
    #[serde(default)]
    pub contacts: Vec<Contact>,
    /// The steps, in order.
    pub keyframes: Vec<Keyframe>,
    /// The keyframe whose pose best shows the move: the one picture of it in lists, pages
    /// and the handout (`None`: the hold, or the most lit keyframe; see `still::key_pose`).
    #[serde(default)]
    pub key: Option<usize>,
    /// The move as a modification has it, by the modification's precaution id (e.g. the
    /// knee-to-chest hold with the hip no more than a right angle, for a new hip): the
    /// checkable words of that modification are measured on this pose, not on the key
    /// picture (`crosscheck::steps`). Written over the base, like a keyframe's pose.
    #[serde(default)]
    pub modifications: BTreeMap<String, Pose>,
}

/// A sampled moment of a guide: what the player shows at one time.
#[derive(Clone, Debug, PartialEq)]
pub struct Moment {
    /// Interpolated pose.
    pub pose: Pose,
    /// Cue of the current step.
    pub cue: String,
    /// Breath of the current step.
    pub breath: Breath,
    /// Progress through the current step's breath, 0..=1 (drives the breathing pacer).
    pub breath_progress: f64,
}

impl Guide {
    /// Total length of one pass through the keyframes (one cycle for dynamic guides).
    pub fn cycle_seconds(&self) -> f64 {
        self.keyframes.iter().map(|k| k.duration.max(0.0)).sum()
    }

    /// The pose a step starts from: the previous keyframe's pose, or the base for the first.
    pub fn pose_before(&self, index: usize) -> Pose {
        index
            .checked_sub(1)
            .and_then(|i| self.keyframes.get(i))
            .map(|k| k.pose)
            .unwrap_or(self.base)
    }

    /// Index of the step active at `t` within one pass and the time into it. A time exactly
    /// on a boundary belongs to the step that ends there, so keyframe poses are hit exactly.
    pub fn step_at(&self, t: f64) -> Option<(usize, f64)> {
        let mut start = 0.0;
        let last = self.keyframes.len().checked_sub(1)?;
        for (i, k) in self.keyframes.iter().enumerate() {
            let end = start + k.duration.max(0.0);
            if t <= end || i == last {
                return Some((
                    i,
                    crate::bounds::within(t - start, 0.0, k.duration.max(0.0)),
                ));
            }
            start = end;
        }
        None
    }

    /// Samples the guide at `t` seconds. Dynamic guides loop (so `sample(0)` equals
    /// `sample(cycle_seconds())`); static guides clamp to their first and last moment.
    pub fn sample(&self, t: f64) -> Moment {
        let cycle = self.cycle_seconds();
        let t = if !t.is_finite() {
            0.0
        } else if self.kind == Motion::Dynamic && cycle > 0.0 && t > cycle {
            t.rem_euclid(cycle)
        } else {
            crate::bounds::within(t, 0.0, cycle)
        };
        self.sample_step(t, None)
    }

    /// Samples one pass with the step durations overridden by `durations` (used by the player
    /// to scale a cycle to the breath or stretch the hold to the dose).
    pub(crate) fn sample_step(&self, t: f64, durations: Option<&[f64]>) -> Moment {
        let dur = |i: usize| -> f64 {
            durations
                .and_then(|d| d.get(i).copied())
                .or_else(|| self.keyframes.get(i).map(|k| k.duration))
                .unwrap_or(0.0)
                .max(0.0)
        };
        self.sample_steps(0..self.keyframes.len(), &dur, t)
    }

    /// Samples the steps in `steps` played back to back from time 0, with durations from
    /// `dur(index)`. Times past the end give the last step's end.
    pub(crate) fn sample_steps(
        &self,
        steps: std::ops::Range<usize>,
        dur: &dyn Fn(usize) -> f64,
        t: f64,
    ) -> Moment {
        let mut start = 0.0;
        let last = steps.end.saturating_sub(1);
        for i in steps.clone() {
            let Some(k) = self.keyframes.get(i) else {
                break;
            };
            let d = dur(i);
            let end = start + d;
            if t <= end || i == last {
                let s = if d > 0.0 {
                    crate::bounds::within((t - start) / d, 0.0, 1.0)
                } else {
                    1.0
                };
                return Moment {
                    pose: self.step_pose(i, k.easing.apply(s)),
                    cue: k.cue.clone(),
                    breath: k.breath,
                    breath_progress: s,
                };
            }
            start = end;
        }
        Moment {
            pose: self.pose_before(steps.start),
            cue: String::new(),
            breath: Breath::Natural,
            breath_progress: 0.0,
        }
    }

    /// The contacts of phase `phase`: 0 is the base, `i + 1` the end of keyframe `i`.
    pub fn contacts_at(&self, phase: usize) -> &[Contact] {
        let mut current: &[Contact] = &self.contacts;
        for k in self.keyframes.iter().take(phase) {
            if let Some(c) = &k.contacts {
                current = c;
            }
        }
        current
    }

    /// The contacts held in place from phase `phase - 1` to phase `phase`: on the floor at
    /// both ends and not moved during the step.
    pub fn held_at(&self, phase: usize) -> Vec<Contact> {
        let moved: &[Contact] = phase
            .checked_sub(1)
            .and_then(|i| self.keyframes.get(i))
            .map_or(&[], |k| &k.moves);
        let before = self.contacts_at(phase.saturating_sub(1));
        self.contacts_at(phase)
            .iter()
            .filter(|c| before.contains(c) && !moved.contains(c))
            .copied()
            .collect()
    }

    /// The pose of phase `phase`: 0 is the base, `i + 1` the end of keyframe `i`.
    pub fn pose_at(&self, phase: usize) -> Pose {
        self.pose_before(phase)
    }

    /// The pose a fraction `s` (0..=1, after easing) through step `i`: straight from the pose
    /// before, or through the step's solved halfway pose.
    pub fn step_pose(&self, i: usize, s: f64) -> Pose {
        let before = self.pose_before(i);
        let Some(k) = self.keyframes.get(i) else {
            return before;
        };
        match k.via {
            Some(via) if s < 0.5 => before.lerp(&via, s * 2.0),
            Some(via) => via.lerp(&k.pose, s * 2.0 - 1.0),
            None => before.lerp(&k.pose, s),
        }
    }

    /// Index of the hold step of a static guide.
    pub fn hold_index(&self) -> Option<usize> {
        self.keyframes.iter().position(|k| k.hold)
    }

    /// What a modification's own pose rests on: the contacts of the keyframe it stands in
    /// for, the guide's `key` (else its hold, else the start's).
    pub fn modification_contacts(&self) -> &[Contact] {
        let phase = self.key.or_else(|| self.hold_index()).map_or(0, |k| k + 1);
        self.contacts_at(phase)
    }
}
