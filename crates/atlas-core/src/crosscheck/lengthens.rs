//! The rig is the one truth about what a stretch lengthens: a stretch's `muscles` in the
//! content, and the muscles its guide lights, must both be the set the rig's muscle model
//! computes the guide lengthens.
//!
//! The rule (a modelling choice, stated once here): a guide lengthens a muscle when, on either
//! side, the muscle in the guide's peak pose is longer than both standing and the guide's
//! starting position by at least a stated share of a comfortable end-of-range stretch
//! ([`comfortable_stretch`]). Measuring from the longer of standing and the start means a
//! muscle left long by the starting posture itself (gluteus maximus when sitting for the
//! butterfly, or on hands and knees for cat-cow) is not credited to the stretch, and a muscle
//! the move shortens never counts.
//!
//! Strengthening exercises (`goal = "strengthen"`) list the muscles they work, not the ones
//! they lengthen; [`super::works`] checks them, and this check leaves them out.
//!
//! The peak pose of a held stretch is its hold. A moving guide (cat-cow, hip rocks, supine
//! rotation) has no hold: each of its keyframes is a turning point of the movement, so every
//! keyframe counts as a peak and the muscles of all of them are taken together.

use crate::content::KnowledgeBase;
use crate::rig::{comfortable_stretch, stretch, Guide, Motion, MuscleId, Pose, Side};

use super::guides::file_of;

/// Share of a comfortable end-of-range stretch a held stretch must add for a muscle to count
/// as lengthened. Holds go toward a comfortable end of range (seed 004's full minute), so
/// the main muscles reach well past a third of it; 0.4 keeps those and leaves out what is only
/// eased a little (in the shipped guides the kept muscles add 0.41 or more and the rest 0.39
/// or less).
pub const HELD_LENGTHENING: f64 = 0.4;

/// Share of a comfortable end-of-range stretch a moving guide must reach for a muscle to count.
/// Mobility moves stay small and pain-free on purpose (seed 000: "pain-free, controlled
/// movement"; hip rocks are "small and easy"), so they are judged on a quarter rather than
/// the held stretches' two fifths (in the shipped guides the kept muscles reach 0.26 or more,
/// the rest 0.21 or less).
pub const MOVING_LENGTHENING: f64 = 0.25;

/// How far a pose takes a muscle beyond both standing and the guide's start, as a share of a
/// comfortable end-of-range stretch (negative or zero when it does not lengthen it).
pub fn added_lengthening(m: MuscleId, side: Side, pose: &Pose, start: &Pose) -> f64 {
    let from = stretch(m, side, start).max(0.0);
    (stretch(m, side, pose) - from) / comfortable_stretch(m)
}

/// The poses that count as a guide's peak: the hold of a held stretch, every keyframe of a
/// moving guide (or of a held guide without a hold step, which validation does not allow).
pub(super) fn peak_poses(guide: &Guide) -> Vec<Pose> {
    match (guide.kind, guide.hold_index()) {
        (Motion::Static, Some(h)) => guide
            .keyframes
            .get(h)
            .map(|k| vec![k.pose])
            .unwrap_or_default(),
        _ => guide.keyframes.iter().map(|k| k.pose).collect(),
    }
}

/// The threshold that applies to a guide: held or moving.
pub fn threshold(guide: &Guide) -> f64 {
    match guide.kind {
        Motion::Static => HELD_LENGTHENING,
        Motion::Dynamic => MOVING_LENGTHENING,
    }
}

/// The muscles the rig computes a guide lengthens, in [`MuscleId::ALL`] order.
pub fn lengthened_muscles(guide: &Guide) -> Vec<MuscleId> {
    let peaks = peak_poses(guide);
    let min = threshold(guide);
    MuscleId::ALL
        .into_iter()
        .filter(|m| {
            peaks.iter().any(|pose| {
                [Side::Left, Side::Right]
                    .into_iter()
                    .any(|side| added_lengthening(*m, side, pose, &guide.base) >= min)
            })
        })
        .collect()
}

/// Ids written as a list the way the TOML writes them: `["a", "b"]`.
pub(super) fn list<'a>(ids: impl IntoIterator<Item = &'a str>) -> String {
    let quoted: Vec<String> = ids.into_iter().map(|id| format!("\"{id}\"")).collect();
    format!("[{}]", quoted.join(", "))
}

/// Whether two id lists hold the same ids (order does not matter, repeats are reported by
/// validation).
pub(super) fn same_set(a: &[&str], b: &[&str]) -> bool {
    a.iter().all(|x| b.contains(x)) && b.iter().all(|x| a.contains(x))
}

/// One problem per stretch whose content list, and per guide whose lit list, differs from
/// what the rig computes.
pub(super) fn check_muscle_lists(kb: &KnowledgeBase, guides: &[Guide]) -> Vec<String> {
    let mut problems = Vec::new();
    for guide in guides {
        // An exercise's list means "works"; `works` checks it.
        if kb.stretch(&guide.stretch).is_some_and(|s| s.is_exercise()) {
            continue;
        }
        let rig = lengthened_muscles(guide);
        let rig_ids: Vec<&str> = rig.iter().map(|m| m.id()).collect();
        let rule = format!(
            "the rig's muscle model lengthens {} in guide \"{}\" ({} of a comfortable \
             end-of-range stretch or more beyond standing and the starting position, in {})",
            list(rig_ids.iter().copied()),
            guide.stretch,
            share(threshold(guide)),
            if guide.kind == Motion::Static {
                "the hold"
            } else {
                "any keyframe"
            }
        );
        if let Some(s) = kb.stretch(&guide.stretch) {
            let content: Vec<&str> = s.muscles.iter().map(String::as_str).collect();
            if !same_set(&content, &rig_ids) {
                problems.push(format!(
                    "{}: stretch \"{}\", field \"muscles\": lists {} but {rule}; list exactly \
                     those muscles, or correct the guide's pose if it does not show the stretch",
                    file_of(&s.file),
                    s.id,
                    list(content.iter().copied()),
                ));
            }
        }
        let lit: Vec<&str> = guide.muscles.iter().map(|m| m.id()).collect();
        if !same_set(&lit, &rig_ids) {
            problems.push(format!(
                "assets/guides: guide \"{}\", field \"muscles\": lights {} but {rule}; light \
                 exactly those muscles",
                guide.stretch,
                list(lit.iter().copied()),
            ));
        }
    }
    problems
}

/// A share as a whole percentage, e.g. `40%` (integer arithmetic: no float formatting).
pub(super) fn share(x: f64) -> String {
    format!("{}%", (x * 100.0).round() as i64)
}
