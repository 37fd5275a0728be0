//! Five minutes, as seed 003 says: "one or two stretches that take no longer than 5 minutes
//! to do". A condition's "start here" set must play in the stretch player in 300 seconds or
//! less, counted from the content's dose and the guide's own timings (get ready, easing in
//! and out, rests, switching sides).

use crate::content::{Dose, KnowledgeBase};
use crate::rig::{Guide, GuideDose, Schedule};

use super::guides::file_of;

/// Longest a condition's "start here" set may take in the player, in seconds (seed 003).
pub const START_HERE_SECONDS: f64 = 300.0;

/// The player's dose for a stretch: the content's dose, field for field. The app's player and
/// this check use the same conversion, so the time checked is the time played.
impl From<&Dose> for GuideDose {
    fn from(dose: &Dose) -> Self {
        GuideDose {
            hold_seconds: dose.hold_seconds,
            repetitions: dose.repetitions,
            each_side: dose.each_side,
            breath_seconds: dose.breath_seconds,
        }
    }
}

/// Seconds the player takes for one guide at one dose, start to finish.
pub fn player_seconds(guide: &Guide, dose: &Dose) -> f64 {
    guide_seconds(guide, GuideDose::from(dose))
}

/// Seconds the player takes for one guide at a player's dose (the home program's dose, which
/// the therapist may have changed), start to finish.
pub fn guide_seconds(guide: &Guide, dose: GuideDose) -> f64 {
    Schedule::new(guide, dose).total_duration()
}

/// Seconds the player takes for a condition's "start here" set, with each stretch's own time,
/// in list order. Stretches without a guide are left out (the pairing check reports them).
pub fn start_here_seconds<'a>(
    kb: &'a KnowledgeBase,
    guides: &[Guide],
    condition_id: &str,
) -> Vec<(&'a str, f64)> {
    let Some(condition) = kb.condition(condition_id) else {
        return Vec::new();
    };
    condition
        .start_here
        .iter()
        .filter_map(|id| {
            let stretch = kb.stretch(id)?;
            let guide = guides.iter().find(|g| g.stretch == stretch.id)?;
            Some((stretch.id.as_str(), player_seconds(guide, &stretch.dose)))
        })
        .collect()
}

/// Whole seconds for a message, rounded up so "300 s" never hides 300.4 s.
fn whole(seconds: f64) -> i64 {
    seconds.ceil() as i64
}

/// One problem per condition whose "start here" set takes longer than five minutes.
pub(super) fn check_start_here(kb: &KnowledgeBase, guides: &[Guide]) -> Vec<String> {
    let mut problems = Vec::new();
    for condition in &kb.conditions {
        let parts = start_here_seconds(kb, guides, &condition.id);
        let total: f64 = parts.iter().map(|(_, s)| s).sum();
        if total > START_HERE_SECONDS {
            let each: Vec<String> = parts
                .iter()
                .map(|(id, s)| format!("\"{id}\" {} s", whole(*s)))
                .collect();
            problems.push(format!(
                "{}: condition \"{}\", field \"start_here\": takes {} s in the player ({}), \
                 more than the {} s (five minutes) a start-here set may take; start with fewer \
                 or shorter stretches, or shorten a dose",
                file_of(&condition.file),
                condition.id,
                whole(total),
                each.join(" + "),
                whole(START_HERE_SECONDS),
            ));
        }
    }
    problems
}
