//! Checks on precautions and the stretches a condition suggests. The point of these rules is
//! that advice which could hurt someone fails the build: a condition never suggests a stretch
//! that carries one of the condition's precautions unless the stretch says how to do it
//! safely (a written modification).

use super::validate::{err, is_kebab};
use super::{Condition, ContentError, Entity, KnowledgeBase, Modification, Precaution, Stretch};
use std::collections::HashSet;

/// Most stretches a condition's "start here" set may hold (seed 003: "one or two stretches").
pub const START_HERE_MAX: usize = 2;

/// Runs every precaution rule, adding one error per problem.
pub(crate) fn check_safety(kb: &KnowledgeBase, errors: &mut Vec<ContentError>) {
    let sources: HashSet<&str> = kb.sources.iter().map(|s| s.id.as_str()).collect();
    check_precaution_entries(&kb.precautions, &sources, errors);
    super::position_rule::check_position_rules(kb, errors);
    let known: HashSet<&str> = kb.precautions.iter().map(|p| p.id.as_str()).collect();
    for stretch in &kb.stretches {
        // A stretch's precautions are also derived from its guide's poses (after loading the
        // guides, `crosscheck::precautions`), so a modification may answer one not typed here;
        // that check runs there.
        check_tagged(
            stretch,
            &stretch.precautions,
            &stretch.modifications,
            Answers::AnyKnown,
            &known,
            errors,
        );
    }
    for technique in &kb.techniques {
        check_tagged(
            technique,
            &technique.precautions,
            &technique.modifications,
            Answers::Listed,
            &known,
            errors,
        );
    }
    for condition in &kb.conditions {
        check_id_list(
            condition,
            "precautions",
            &condition.precautions,
            &known,
            errors,
        );
        check_start_here(condition, errors);
        check_conflicts(kb, condition, errors);
    }
}

/// Source ids the precautions cite, so the "every source is cited" rule counts them.
pub(crate) fn cited_by_precautions(kb: &KnowledgeBase) -> impl Iterator<Item = &str> {
    kb.precautions
        .iter()
        .flat_map(|p| p.advice.sources.iter().map(String::as_str))
}

/// An error about one field of one precaution.
fn precaution_err(p: &Precaution, field: &str, message: impl Into<String>) -> ContentError {
    ContentError::in_labelled(&p.file, format!("precaution \"{}\"", p.id), field, message)
}

/// Precaution ids are unique kebab-case, each has a name and sourced advice.
fn check_precaution_entries(
    precautions: &[Precaution],
    sources: &HashSet<&str>,
    errors: &mut Vec<ContentError>,
) {
    let mut seen: Vec<&Precaution> = Vec::new();
    for p in precautions {
        if !is_kebab(&p.id) {
            let msg = "id must be lowercase words joined by hyphens, e.g. \"hip-replacement\"";
            errors.push(precaution_err(p, "id", msg));
        }
        if let Some(first) = seen.iter().find(|q| q.id == p.id) {
            let msg = format!("duplicate id (also defined in {})", first.file);
            errors.push(precaution_err(p, "id", msg));
        }
        seen.push(p);
        if p.name.trim().is_empty() {
            errors.push(precaution_err(p, "name", "is empty"));
        }
        if p.advice.text.trim().is_empty() {
            errors.push(precaution_err(p, "advice", "text is empty"));
        }
        if p.advice.sources.is_empty() {
            errors.push(precaution_err(p, "advice", "no source given"));
        }
        for id in &p.advice.sources {
            if !sources.contains(id.as_str()) {
                errors.push(precaution_err(
                    p,
                    "advice",
                    format!("unknown source \"{id}\""),
                ));
            }
        }
    }
}

/// A list of precaution ids names known precautions, each once.
fn check_id_list(
    entity: &dyn Entity,
    field: &str,
    ids: &[String],
    known: &HashSet<&str>,
    errors: &mut Vec<ContentError>,
) {
    let mut seen = HashSet::new();
    for id in ids {
        if !known.contains(id.as_str()) {
            let msg = format!(
                "unknown precaution \"{id}\" (precautions are defined in \
                 assets/content/precautions.toml)"
            );
            errors.push(err(entity, field, msg));
        } else if !seen.insert(id.as_str()) {
            errors.push(err(
                entity,
                field,
                format!("precaution \"{id}\" is listed twice"),
            ));
        }
    }
}

/// Which precautions an entry's modifications may answer.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Answers {
    /// Only those the entry lists (a technique: nothing derives more).
    Listed,
    /// Any known precaution (a stretch: its guide may need more than it lists).
    AnyKnown,
}

/// An entry's precautions are known, and each modification answers one of them (or, for a
/// stretch, any known one), once, with text and sane limits.
fn check_tagged(
    entity: &dyn Entity,
    precautions: &[String],
    modifications: &[Modification],
    answers: Answers,
    known: &HashSet<&str>,
    errors: &mut Vec<ContentError>,
) {
    check_id_list(entity, "precautions", precautions, known, errors);
    let mut answered = HashSet::new();
    for (i, m) in modifications.iter().enumerate() {
        let field = format!("modifications[{i}].precaution");
        if answers == Answers::AnyKnown && !known.contains(m.precaution.as_str()) {
            let msg = format!("unknown precaution \"{}\"", m.precaution);
            errors.push(err(entity, &field, msg));
        } else if answers == Answers::Listed && !precautions.contains(&m.precaution) {
            let msg = format!(
                "\"{}\" is not one of this entry's precautions (add it to \"precautions\" or \
                 remove the modification)",
                m.precaution
            );
            errors.push(err(entity, &field, msg));
        } else if !answered.insert(m.precaution.as_str()) {
            let msg = format!("a second modification for \"{}\"", m.precaution);
            errors.push(err(entity, &field, msg));
        }
        for (j, b) in m.within.iter().enumerate() {
            if let Some(msg) = super::position_rule::bound_problem(b) {
                errors.push(err(entity, &format!("modifications[{i}].within[{j}]"), msg));
            }
        }
        if m.text.trim().is_empty() {
            errors.push(err(
                entity,
                &format!("modifications[{i}].text"),
                "is empty".into(),
            ));
        }
    }
}

/// "Start here" is one or two of the condition's own stretches, when it has any.
fn check_start_here(condition: &Condition, errors: &mut Vec<ContentError>) {
    let list = &condition.start_here;
    if list.is_empty() && !condition.stretches.is_empty() {
        let msg = "is empty: name the one or two stretches to start with";
        errors.push(err(condition, "start_here", msg.into()));
    }
    if list.len() > START_HERE_MAX {
        let msg = format!(
            "has {} stretches; start with at most {START_HERE_MAX} (the rest of \"stretches\" \
             shows as more to try)",
            list.len()
        );
        errors.push(err(condition, "start_here", msg));
    }
    let mut seen = HashSet::new();
    for id in list {
        if !condition.stretches.contains(id) {
            let msg = format!("stretch \"{id}\" is not in this condition's \"stretches\"");
            errors.push(err(condition, "start_here", msg));
        } else if !seen.insert(id.as_str()) {
            errors.push(err(
                condition,
                "start_here",
                format!("stretch \"{id}\" is listed twice"),
            ));
        }
    }
}

/// A condition's stretches carry none of its precautions, unless the stretch has a written
/// modification for that precaution.
fn check_conflicts(kb: &KnowledgeBase, condition: &Condition, errors: &mut Vec<ContentError>) {
    for id in &condition.stretches {
        let Some(stretch) = kb.stretch(id) else {
            continue; // An unknown stretch is reported by the link check.
        };
        for precaution in &condition.precautions {
            if conflicts(stretch, precaution) {
                errors.push(err(
                    condition,
                    "stretches",
                    conflict_message(stretch, precaution),
                ));
            }
        }
    }
}

/// Whether the stretch carries this precaution with no modification for it.
fn conflicts(stretch: &Stretch, precaution: &str) -> bool {
    stretch.precautions.iter().any(|p| p == precaution)
        && !stretch
            .modifications
            .iter()
            .any(|m| m.precaution == precaution)
}

/// What is wrong and the two ways to fix it.
fn conflict_message(stretch: &Stretch, precaution: &str) -> String {
    let file = if stretch.file.is_empty() {
        "its file"
    } else {
        &stretch.file
    };
    format!(
        "stretch \"{}\" carries the precaution \"{precaution}\", which this condition lists, \
         and has no written modification for it; remove the stretch from this list, or add \
         modifications = [{{ precaution = \"{precaution}\", text = \"...\", sources = [...] }}] \
         to the stretch in {file}",
        stretch.id
    )
}
