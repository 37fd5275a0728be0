//! The animation moves as the words say: a move paced by the breath plays one cycle of its
//! guide per breath of the dose's length ("one breath of about 8 seconds each", the dose's
//! words), so a cycle must be one repetition (the other side comes after "switch sides", not
//! inside the cycle: `rig::words`), and what the dose calls "slow" must be slow: no step of
//! the cycle, stretched to the breath, turns a joint faster than [`SLOW_DEGREES_PER_SECOND`]
//! on average or lasts less than [`SHORTEST_STEP_SECONDS`].

use crate::content::KnowledgeBase;
use crate::rig::{Guide, Joint, Motion};

/// The fastest average turn of any joint in one step of a "slow" move (degrees a second). A
/// modelling choice: a calm, controlled movement (seed 000: "pain-free, controlled
/// movement"), about a quarter turn in three seconds.
pub const SLOW_DEGREES_PER_SECOND: f64 = 30.0;

/// The shortest step of a "slow" move that moves at all (seconds).
pub const SHORTEST_STEP_SECONDS: f64 = 1.5;

/// A step moving less than this (degrees) is a pause, not a move.
const STILL_DEGREES: f64 = 3.0;

/// One line per step of a breath-paced guide that is faster than the dose's words allow.
pub(super) fn check_pace(kb: &KnowledgeBase, guides: &[Guide]) -> Vec<String> {
    let mut problems = Vec::new();
    for guide in guides.iter().filter(|g| g.kind == Motion::Dynamic) {
        let Some(stretch) = kb.stretch(&guide.stretch) else {
            continue;
        };
        let breath = f64::from(stretch.dose.breath_seconds);
        let cycle = guide.cycle_seconds();
        if breath <= 0.0 || cycle <= 0.0 {
            continue;
        }
        let scale = breath / cycle;
        for (i, k) in guide.keyframes.iter().enumerate() {
            let before = guide.pose_before(i);
            let Some((joint, turn)) = Joint::all()
                .filter(|j| *j != Joint::RootX)
                .map(|j| (j, (k.pose.get(j) - before.get(j)).abs()))
                .max_by(|a, b| a.1.total_cmp(&b.1))
            else {
                continue;
            };
            if turn < STILL_DEGREES {
                continue;
            }
            let seconds = k.duration * scale;
            let speed = turn / seconds;
            if speed > SLOW_DEGREES_PER_SECOND || seconds < SHORTEST_STEP_SECONDS {
                problems.push(format!(
                    "assets/guides/{}.toml: guide \"{}\", keyframes[{i}].duration, joint {}: \
                     the dose says slow, one breath of about {breath:.0} seconds, but this step \
                     turns {} {turn:.0} degrees in {seconds:.1} s ({speed:.0} degrees a second; \
                     a slow move takes at least {SHORTEST_STEP_SECONDS} s and turns at most \
                     {SLOW_DEGREES_PER_SECOND:.0} a second); give it a larger share of the cycle \
                     or a smaller move",
                    guide.stretch,
                    guide.stretch,
                    joint.name(),
                    joint.name(),
                ));
            }
        }
    }
    problems
}
