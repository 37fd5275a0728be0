//! The pictures say what the words say: for every checkable phrase of [`crate::rig::words`]
//! that a stretch's steps or modifications use, its guide's poses must agree, or the build
//! fails naming the guide, the keyframe and the joint. A picture that teaches the wrong
//! position is a safety problem, not a style one.

use crate::content::KnowledgeBase;
use crate::rig::still::key_index;
use crate::rig::words::RULES;
use crate::rig::Guide;

/// The words of a stretch a client reads: its steps and its modifications, lower case.
fn words_of(kb: &KnowledgeBase, id: &str) -> Option<String> {
    let s = kb.stretch(id)?;
    let steps = s.steps.iter().map(|c| c.text.as_str());
    let mods = s.modifications.iter().map(|m| m.text.as_str());
    Some(
        steps
            .chain(mods)
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase(),
    )
}

/// One line per guide keyframe that contradicts a checkable phrase of its stretch's words.
pub(super) fn check_steps(kb: &KnowledgeBase, guides: &[Guide]) -> Vec<String> {
    let mut problems = Vec::new();
    for guide in guides {
        let Some(words) = words_of(kb, &guide.stretch) else {
            continue;
        };
        let working = kb.stretch(&guide.stretch).is_some_and(|s| s.is_exercise());
        let key = key_index(guide, working);
        for rule in RULES.iter().filter(|r| words.contains(r.words)) {
            if let Some(c) = rule.check(guide, key) {
                problems.push(format!(
                    "assets/guides/{}.toml: guide \"{}\", {}, joint {}: the steps say \"{}\" \
                     but {} is {:.0} (the words need {}); correct the pose or the words",
                    guide.stretch,
                    guide.stretch,
                    c.field,
                    c.joint,
                    rule.words,
                    rule.what,
                    c.value,
                    range(rule.min, rule.max),
                ));
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
