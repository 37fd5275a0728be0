//! The pictures say what the words say: for every checkable phrase of [`crate::rig::words`]
//! that a stretch's steps or modifications use, its guide's poses must agree, or the build
//! fails naming the guide, the keyframe and the joint. A picture that teaches the wrong
//! position is a safety problem, not a style one.

use crate::content::{KnowledgeBase, Stretch};
use crate::rig::still::key_index;
use crate::rig::words::RULES;
use crate::rig::Guide;

/// What a client reads of a stretch, lower case, with the guide it is checked on and, for a
/// modification with its own pose, that modification's precaution: the steps (and the
/// modifications without a pose of their own) on the guide as it plays; a modification whose
/// precaution the guide gives a pose (`modifications` in the guide file) on that pose, put in
/// the key picture's place. A knee-to-chest for a new hip stops at a right angle; the default
/// hold may bring the knee further in.
fn readings(stretch: &Stretch, guide: &Guide, key: Option<usize>) -> Vec<Reading> {
    let mut shared: Vec<&str> = stretch.steps.iter().map(|c| c.text.as_str()).collect();
    let mut out = Vec::new();
    for m in &stretch.modifications {
        match guide.modifications.get(&m.precaution) {
            Some(pose) => {
                let mut modified = guide.clone();
                match key.and_then(|k| modified.keyframes.get_mut(k)) {
                    Some(k) => k.pose = *pose,
                    None => modified.base = *pose,
                }
                out.push(Reading {
                    words: m.text.to_lowercase(),
                    guide: modified,
                    modification: Some(m.precaution.clone()),
                });
            }
            None => shared.push(m.text.as_str()),
        }
    }
    out.insert(
        0,
        Reading {
            words: shared.join(" ").to_lowercase(),
            guide: guide.clone(),
            modification: None,
        },
    );
    out
}

/// Words and the poses they are checked on.
struct Reading {
    words: String,
    guide: Guide,
    /// The modification's precaution, when the poses are that modification's own.
    modification: Option<String>,
}

/// One line per guide keyframe that contradicts a checkable phrase of its stretch's words,
/// and one per modification pose a guide gives for a modification its stretch does not have.
pub(super) fn check_steps(kb: &KnowledgeBase, guides: &[Guide]) -> Vec<String> {
    let mut problems = Vec::new();
    for guide in guides {
        let Some(stretch) = kb.stretch(&guide.stretch) else {
            continue;
        };
        for precaution in guide.modifications.keys() {
            let written = stretch
                .modifications
                .iter()
                .enumerate()
                .find(|(_, m)| &m.precaution == precaution);
            match written {
                None => problems.push(format!(
                    "assets/guides/{}.toml: guide \"{}\", modifications.{precaution}: the \
                     stretch has no modification for \"{precaution}\"; remove the pose or \
                     write the modification",
                    guide.stretch, guide.stretch,
                )),
                // The stretch page shows this pose beside the modification's words; a screen
                // reader hears what it shows from `picture`.
                Some((i, m)) if m.picture.as_deref().is_none_or(|w| w.trim().is_empty()) => {
                    problems.push(format!(
                        "{}: stretch \"{}\", field \"modifications[{i}].picture\": its guide \
                         draws this modification (modifications.{precaution}), so say in a few \
                         words what the picture shows, e.g. \"With a hip replacement: the thigh \
                         no further than straight up\"",
                        stretch.file, stretch.id,
                    ));
                }
                Some(_) => {}
            }
        }
        let key = key_index(guide, stretch.is_exercise());
        for reading in readings(stretch, guide, key) {
            for rule in RULES.iter().filter(|r| reading.words.contains(r.words)) {
                if let Some(c) = rule.check(&reading.guide, key) {
                    let field = match &reading.modification {
                        Some(p) => format!("modifications.{p}"),
                        None => c.field,
                    };
                    problems.push(format!(
                        "assets/guides/{}.toml: guide \"{}\", {}, joint {}: the steps say \"{}\" \
                         but {} is {:.0} (the words need {}); correct the pose or the words",
                        guide.stretch,
                        guide.stretch,
                        field,
                        c.joint,
                        rule.words,
                        rule.what,
                        c.value,
                        range(rule.min, rule.max),
                    ));
                }
            }
        }
    }
    problems
}

/// A range in words, with "or more" / "or less" for an open end.
fn range(min: f64, max: f64) -> String {
    const OPEN: f64 = 1e5;
    match (min <= -OPEN, max >= OPEN) {
        (true, false) => format!("{max:.0} or less"),
        (false, true) => format!("{min:.0} or more"),
        _ => format!("{min:.0} to {max:.0}"),
    }
}
