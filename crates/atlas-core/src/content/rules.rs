//! Content rules beyond well-formedness: nothing unreachable, doses a timer can safely run,
//! articles with a body.

use super::validate::err;
use super::{ContentError, Entity, KnowledgeBase};
use std::collections::HashSet;

/// Longest hold the timer will run, in seconds (seed 004's "full minute", with room).
pub const MAX_HOLD_SECONDS: u32 = 120;
/// Allowed repetitions per side.
pub const REPETITIONS: std::ops::RangeInclusive<u32> = 1..=10;
/// Allowed breath-cycle length for dynamic moves, in seconds.
pub const BREATH_SECONDS: std::ops::RangeInclusive<u32> = 3..=12;

/// Every condition, technique, stretch and note leads to a muscle; every muscle has a
/// stretch and a condition or technique; every source is cited.
pub(crate) fn check_reachability(kb: &KnowledgeBase, errors: &mut Vec<ContentError>) {
    let muscle_less: Vec<(&dyn Entity, bool)> = kb
        .conditions
        .iter()
        .map(|e| (e as &dyn Entity, e.muscles.is_empty()))
        .chain(
            kb.techniques
                .iter()
                .map(|e| (e as &dyn Entity, e.muscles.is_empty())),
        )
        .chain(
            kb.stretches
                .iter()
                .map(|e| (e as &dyn Entity, e.muscles.is_empty())),
        )
        .chain(
            kb.notes
                .iter()
                .map(|e| (e as &dyn Entity, e.muscles.is_empty())),
        )
        .collect();
    for (entity, empty) in muscle_less {
        if empty {
            let msg = "links to no muscle, so nothing on the body map leads here";
            errors.push(err(entity, "muscles", msg.into()));
        }
    }
    for muscle in &kb.muscles {
        if kb.stretches_for_muscle(&muscle.id).is_empty() {
            let msg = "no stretch lengthens this muscle (add it to a stretch's \"muscles\")";
            errors.push(err(muscle, "id", msg.into()));
        }
        if kb.conditions_for_muscle(&muscle.id).is_empty()
            && kb.techniques_for_muscle(&muscle.id).is_empty()
        {
            let msg = "no condition or technique links to this muscle";
            errors.push(err(muscle, "id", msg.into()));
        }
    }
    let cited: HashSet<&str> = kb
        .entities()
        .into_iter()
        .flat_map(|e| e.cited_sources())
        .chain(super::safety::cited_by_precautions(kb))
        .chain(
            kb.position_rules
                .iter()
                .flat_map(|r| r.sources.iter().map(String::as_str)),
        )
        .chain(super::page_rules::cited_by_pages(kb))
        .chain(super::explain::cited_by_explain(kb))
        .chain(super::home_program::cited_by_program(kb))
        .collect();
    for source in &kb.sources {
        if !cited.contains(source.id.as_str()) {
            errors.push(err(source, "id", "is never cited".into()));
        }
    }
}

/// Doses stay in ranges a timer and a client can follow; a move is either held or
/// paced by the breath, never both or neither.
pub(crate) fn check_doses(kb: &KnowledgeBase, errors: &mut Vec<ContentError>) {
    for stretch in &kb.stretches {
        let dose = &stretch.dose;
        let mut bad = |field: &str, msg: String| errors.push(err(stretch, field, msg));
        if dose.hold_seconds > MAX_HOLD_SECONDS {
            let msg = format!(
                "{} s is longer than {MAX_HOLD_SECONDS} s",
                dose.hold_seconds
            );
            bad("dose.hold_seconds", msg);
        }
        if !REPETITIONS.contains(&dose.repetitions) {
            bad(
                "dose.repetitions",
                format!("{} is not 1 to 10", dose.repetitions),
            );
        }
        if dose.breath_seconds != 0 && !BREATH_SECONDS.contains(&dose.breath_seconds) {
            let msg = format!("{} s is not 0 or 3 to 12 s", dose.breath_seconds);
            bad("dose.breath_seconds", msg);
        }
        if dose.hold_seconds == 0 && dose.breath_seconds == 0 {
            let msg = "a moving stretch (hold_seconds = 0) needs a breath length";
            bad("dose.breath_seconds", msg.into());
        }
        if dose.hold_seconds > 0 && dose.breath_seconds > 0 {
            let msg = "a held stretch takes breath_seconds = 0";
            bad("dose.breath_seconds", msg.into());
        }
    }
}

/// Articles have at least one section, and each section a heading and a paragraph.
pub(crate) fn check_articles(kb: &KnowledgeBase, errors: &mut Vec<ContentError>) {
    for article in &kb.articles {
        if article.sections.is_empty() {
            errors.push(err(article, "sections", "has no section".into()));
        }
        for (i, section) in article.sections.iter().enumerate() {
            if section.heading.trim().is_empty() {
                let field = format!("sections[{i}].heading");
                errors.push(err(article, &field, "is empty".into()));
            }
            if section.paragraphs.is_empty() {
                let field = format!("sections[{i}].paragraphs");
                errors.push(err(article, &field, "has no paragraph".into()));
            }
        }
    }
}
