//! A modification's own pose keeps to the position the modification states. A guide may draw
//! a modification (`[modifications.<precaution>]`, e.g. knee to chest for a new hip) and the
//! modification may say what it keeps to (`within`, e.g. the hip bent at most 90 degrees);
//! that `within` is what lets a condition listing the precaution offer the move, so a pose
//! that goes past it would show the client the very position the modification promises to
//! avoid. The build measures the pose with the rig and names the guide, the modification
//! and the measure.

use crate::content::KnowledgeBase;
use crate::rig::position::{measure, Measure, Position};
use crate::rig::{Guide, Side};

/// One line per bound of a modification's `within` that its pose in the guide goes past.
pub(super) fn check_modification_poses(kb: &KnowledgeBase, guides: &[Guide]) -> Vec<String> {
    let mut problems = Vec::new();
    for guide in guides {
        let Some(stretch) = kb.stretch(&guide.stretch) else {
            continue;
        };
        for m in &stretch.modifications {
            let Some(pose) = guide.modifications.get(&m.precaution) else {
                continue;
            };
            let position = Position::of(&guide.contacts, pose);
            for bound in &m.within {
                let Some(what) = Measure::from_id(&bound.measure) else {
                    continue;
                };
                // Guides are written for the left side; the player mirrors them.
                let value = measure(what, Side::Left, pose, position);
                let past = match (bound.at_most, bound.at_least) {
                    (Some(max), _) if value > f64::from(max) + 0.5 => {
                        Some(format!("at most {max}"))
                    }
                    (_, Some(min)) if value < f64::from(min) - 0.5 => {
                        Some(format!("at least {min}"))
                    }
                    _ => None,
                };
                if let Some(limit) = past {
                    problems.push(format!(
                        "assets/guides/{}.toml: guide \"{}\", modifications.{}, {}: the \
                         modification keeps to {} {limit} but its pose measures {value:.0}{}; \
                         correct the pose or the modification's within",
                        guide.stretch,
                        guide.stretch,
                        m.precaution,
                        bound.measure,
                        bound.measure,
                        what.unit(),
                    ));
                }
            }
        }
    }
    problems
}
