//! A strengthening exercise works the muscles it lists: each one gets shorter as the guide
//! goes from its starting position to the top (a muscle that lifts a limb against gravity
//! shortens as it does so), by the rig's muscle model.
//!
//! The rule (a modelling choice, stated once here): a muscle is worked when, on either side,
//! it is shorter in one of the guide's peak poses than in its starting position by at least
//! [`WORKED_SHORTENING`] of a comfortable end-of-range stretch. Peak poses are chosen as for
//! stretches (`lengthens::peak_poses`): the hold of a held guide, every keyframe of a moving
//! one, so the top of a bridge or a clamshell counts.
//!
//! Shortening is necessary for a muscle to be working through the move, not proof that it is
//! the one doing the work (a muscle can be carried shorter passively), so the check runs one
//! way: every listed muscle must shorten, and the content chooses which of those to name.
//! A listed muscle the move lengthens instead is refused, so an exercise can never claim to
//! work what it in fact stretches. The guide lights exactly the content's list.

use crate::content::KnowledgeBase;
use crate::rig::{shortening, Guide, MuscleId, Side};

use super::guides::file_of;
use super::lengthens::{list, peak_poses, same_set, share};

/// Share of a comfortable end-of-range stretch a listed muscle must shorten by, from the
/// guide's start to its top, to count as worked. A quarter matches the moving stretches'
/// threshold; in the shipped exercises the named muscles shorten by 0.32 or more.
pub const WORKED_SHORTENING: f64 = 0.25;

/// The most a guide shortens a muscle from its start, on either side, over its peak poses.
pub fn most_shortening(guide: &Guide, m: MuscleId) -> f64 {
    peak_poses(guide)
        .iter()
        .flat_map(|pose| {
            [Side::Left, Side::Right].map(|side| shortening(m, side, pose, &guide.base))
        })
        .fold(f64::MIN, f64::max)
}

/// Whether a guide takes a muscle longer than its start in some peak pose, on either side.
fn lengthens(guide: &Guide, m: MuscleId) -> bool {
    peak_poses(guide).iter().any(|pose| {
        [Side::Left, Side::Right]
            .into_iter()
            .any(|side| shortening(m, side, pose, &guide.base) < 0.0)
    })
}

/// The muscles the rig computes a guide works, in [`MuscleId::ALL`] order.
pub fn worked_muscles(guide: &Guide) -> Vec<MuscleId> {
    MuscleId::ALL
        .into_iter()
        .filter(|m| most_shortening(guide, *m) >= WORKED_SHORTENING)
        .collect()
}

/// One problem per exercise that lists a muscle its guide does not work, and per exercise
/// guide whose lit muscles are not the content's list.
pub(super) fn check_worked_muscles(kb: &KnowledgeBase, guides: &[Guide]) -> Vec<String> {
    let mut problems = Vec::new();
    for guide in guides {
        let Some(exercise) = kb.stretch(&guide.stretch).filter(|s| s.is_exercise()) else {
            continue;
        };
        let rig = worked_muscles(guide);
        let rig_ids: Vec<&str> = rig.iter().map(|m| m.id()).collect();
        let not_worked: Vec<&str> = exercise
            .muscles
            .iter()
            .map(String::as_str)
            .filter(|id| !rig_ids.contains(id))
            .collect();
        if !not_worked.is_empty() {
            let lengthened: Vec<&str> = not_worked
                .iter()
                .copied()
                .filter(|id| MuscleId::from_id(id).is_some_and(|m| lengthens(guide, m)))
                .collect();
            let stretched = if lengthened.is_empty() {
                String::new()
            } else {
                format!(
                    " ({} it lengthens instead: that would be a stretch, not work)",
                    list(lengthened.iter().copied())
                )
            };
            problems.push(format!(
                "{}: exercise \"{}\", field \"muscles\": lists {} as worked, but the rig's \
                 muscle model does not shorten {}{stretched} from the start to the top of \
                 guide \"{}\" by {} of a comfortable end-of-range stretch or more; it works {}. \
                 Name only muscles the move works, or correct the guide's top pose",
                file_of(&exercise.file),
                exercise.id,
                list(exercise.muscles.iter().map(String::as_str)),
                list(not_worked.iter().copied()),
                guide.stretch,
                share(WORKED_SHORTENING),
                list(rig_ids.iter().copied()),
            ));
        }
        let lit: Vec<&str> = guide.muscles.iter().map(|m| m.id()).collect();
        let content: Vec<&str> = exercise.muscles.iter().map(String::as_str).collect();
        if !same_set(&lit, &content) {
            problems.push(format!(
                "assets/guides: guide \"{}\", field \"muscles\": lights {} but exercise \"{}\" \
                 works {}; light exactly the muscles the exercise names",
                guide.stretch,
                list(lit.iter().copied()),
                exercise.id,
                list(content.iter().copied()),
            ));
        }
    }
    problems
}
