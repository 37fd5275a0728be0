//! The home program's texts (`assets/content/program.toml`), so a clinic edits them where it
//! edits everything else and the program's code holds no prose:
//!
//! - `[[aftercare]]`: the aftercare a therapist may tick in "today's treatment" (water, rest,
//!   mobility later the same day or the next morning; seeds 000, 001).
//! - `[[encouragement]]`: the kind words under the client's log, chosen by how many days they
//!   practised this week. A kind log: the words never speak of a streak, of missing or of
//!   failing (the build rejects them), because seed 003's point is to keep going.
//! - `[[program_note]]`: notes the builder and the client's page show, such as why fewer
//!   stretches work better (seed 003), shown before a third stretch is added; each of
//!   [`REQUIRED_PROGRAM_NOTES`] must exist.
//!
//! Every text is a [`Claim`] with its sources; errors name the file, the entry and the field.

use super::page_rules::claim_problems;
use super::{Claim, ContentError, KnowledgeBase};
use serde::{Deserialize, Serialize};
use std::collections::HashSet;

/// The program notes the app shows; each must have a `[[program_note]]` entry, and no other id
/// is accepted.
pub const REQUIRED_PROGRAM_NOTES: [&str; 5] = [
    "fewer-works-better",
    "over-five-minutes",
    "why-daily",
    "red-flags",
    "no-home-move",
];

/// Words the encouragement may not use: the log is kind, with no streak to break.
pub const UNKIND_WORDS: [&str; 6] = ["streak", "broke", "missed", "failed", "fail", "behind"];

/// Where the day count goes in an encouragement's text: "3 days", "1 day".
pub const DAYS_PLACEHOLDER: &str = "{days}";

/// One piece of aftercare a therapist may choose for today's treatment.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Aftercare {
    /// Lowercase-kebab id, stored in program links (`water`), so never renamed once used.
    pub id: String,
    /// What to do, short, e.g. "Drink water"; the builder's checkbox label.
    pub name: String,
    /// The advice as the client reads it, with its sources.
    pub text: Claim,
    /// File the entry was loaded from; set by the loader, used in error messages. Never
    /// serialized (`serde(skip)`), so no bundle carries it to the browser.
    #[serde(skip)]
    pub file: String,
}

/// Kind words for a number of days practised this week.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Encouragement {
    /// The fewest days this week (0 to 7) these words are for; the entry with the largest
    /// `from_days` not above the client's count is shown.
    pub from_days: u8,
    /// The words; `{days}` becomes "1 day" or "3 days".
    pub text: Claim,
    /// File the entry was loaded from; set by the loader, used in error messages. Never
    /// serialized (`serde(skip)`), so no bundle carries it to the browser.
    #[serde(skip)]
    pub file: String,
}

impl Encouragement {
    /// The text with the days filled in: "3 days this week — …".
    pub fn words(&self, days: usize) -> String {
        let count = if days == 1 {
            "1 day".to_string()
        } else {
            format!("{days} days")
        };
        self.text.text.replace(DAYS_PLACEHOLDER, &count)
    }
}

/// A note the program's pages show (`[[program_note]]`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProgramNote {
    /// Which note: one of [`REQUIRED_PROGRAM_NOTES`].
    pub id: String,
    /// The text, with its sources.
    pub text: Claim,
    /// File the entry was loaded from; set by the loader, used in error messages. Never
    /// serialized (`serde(skip)`), so no bundle carries it to the browser.
    #[serde(skip)]
    pub file: String,
}

impl KnowledgeBase {
    /// The aftercare with this id.
    pub fn aftercare_entry(&self, id: &str) -> Option<&Aftercare> {
        self.aftercare.iter().find(|a| a.id == id)
    }

    /// The program note with this id (one of [`REQUIRED_PROGRAM_NOTES`], which validated
    /// content all has).
    pub fn program_note(&self, id: &str) -> Option<&ProgramNote> {
        self.program_notes.iter().find(|n| n.id == id)
    }

    /// The kind words for `days` practised this week: the entry with the largest `from_days`
    /// not above `days` (validated content has one from 0, so there always are some).
    pub fn encouragement(&self, days: usize) -> Option<&Encouragement> {
        self.encouragement
            .iter()
            .filter(|e| usize::from(e.from_days) <= days)
            .max_by_key(|e| e.from_days)
    }
}

/// Source ids the program's texts cite, so the "every source is cited" rule counts them.
pub(crate) fn cited_by_program(kb: &KnowledgeBase) -> impl Iterator<Item = &str> {
    let aftercare = kb.aftercare.iter().map(|a| &a.text);
    let words = kb.encouragement.iter().map(|e| &e.text);
    let notes = kb.program_notes.iter().map(|n| &n.text);
    aftercare
        .chain(words)
        .chain(notes)
        .flat_map(|claim| claim.sources.iter().map(String::as_str))
}

/// Runs every rule on the program's texts, adding one error per problem.
pub(crate) fn check_program_texts(kb: &KnowledgeBase, errors: &mut Vec<ContentError>) {
    let sources: HashSet<&str> = kb.sources.iter().map(|s| s.id.as_str()).collect();
    check_aftercare(kb, &sources, errors);
    check_encouragement(kb, &sources, errors);
    check_notes(kb, &sources, errors);
}

fn check_aftercare(kb: &KnowledgeBase, sources: &HashSet<&str>, errors: &mut Vec<ContentError>) {
    let mut ids = HashSet::new();
    for a in &kb.aftercare {
        let error = |field: &str, msg: String| {
            ContentError::in_labelled(&a.file, format!("aftercare \"{}\"", a.id), field, msg)
        };
        if !super::is_kebab(&a.id) {
            let msg = "id must be lowercase words joined by hyphens, e.g. \"water\"";
            errors.push(error("id", msg.into()));
        }
        if !ids.insert(a.id.as_str()) {
            errors.push(error("id", "duplicate aftercare id".into()));
        }
        if a.name.trim().is_empty() {
            errors.push(error("name", "is empty".into()));
        }
        for msg in claim_problems(&a.text, sources) {
            errors.push(error("text", msg));
        }
    }
}

fn check_encouragement(
    kb: &KnowledgeBase,
    sources: &HashSet<&str>,
    errors: &mut Vec<ContentError>,
) {
    let mut seen = HashSet::new();
    for e in &kb.encouragement {
        let error = |field: &str, msg: String| {
            let label = format!("encouragement from {} days", e.from_days);
            ContentError::in_labelled(&e.file, label, field, msg)
        };
        if e.from_days > 7 {
            errors.push(error("from_days", "a week has 7 days".into()));
        }
        if !seen.insert(e.from_days) {
            errors.push(error(
                "from_days",
                "another entry starts at the same day".into(),
            ));
        }
        for msg in claim_problems(&e.text, sources) {
            errors.push(error("text", msg));
        }
        let lower = e.text.text.to_lowercase();
        let unkind: Vec<&str> = lower
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| UNKIND_WORDS.contains(w))
            .collect();
        if !unkind.is_empty() {
            let msg = format!(
                "says \"{}\"; the log is kind: no streak, nothing missed or failed",
                unkind.join("\", \"")
            );
            errors.push(error("text", msg));
        }
        if e.text
            .text
            .replace(DAYS_PLACEHOLDER, "")
            .contains(['{', '}'])
        {
            let msg = "the only placeholder is {days}";
            errors.push(error("text", msg.into()));
        }
    }
    if !kb.encouragement.is_empty() && !seen.contains(&0) {
        let file = &kb.encouragement[0].file;
        let msg = "no entry has from_days = 0, so a week with no practice would show no words";
        errors.push(ContentError::in_labelled(
            file,
            "encouragement",
            "from_days",
            msg,
        ));
    }
    if kb.encouragement.is_empty() {
        let file = kb.program_notes.first().map_or("", |n| n.file.as_str());
        let msg = "is missing; add [[encouragement]] entries, one with from_days = 0";
        errors.push(ContentError::in_labelled(file, "encouragement", "", msg));
    }
}

fn check_notes(kb: &KnowledgeBase, sources: &HashSet<&str>, errors: &mut Vec<ContentError>) {
    let mut ids = HashSet::new();
    for n in &kb.program_notes {
        let error = |field: &str, msg: String| {
            ContentError::in_labelled(&n.file, format!("program note \"{}\"", n.id), field, msg)
        };
        if !REQUIRED_PROGRAM_NOTES.contains(&n.id.as_str()) {
            let msg = format!(
                "unknown program note; the notes are: {}",
                REQUIRED_PROGRAM_NOTES.join(", ")
            );
            errors.push(error("id", msg));
        }
        if !ids.insert(n.id.as_str()) {
            errors.push(error("id", "duplicate program note".into()));
        }
        for msg in claim_problems(&n.text, sources) {
            errors.push(error("text", msg));
        }
    }
    let file = kb.program_notes.first().map_or("", |n| n.file.as_str());
    for id in REQUIRED_PROGRAM_NOTES {
        if !ids.contains(id) {
            let msg = format!(
                "is missing; the home program shows it, so add a [[program_note]] with id = \
                 \"{id}\" and a text"
            );
            errors.push(ContentError::in_labelled(
                file,
                format!("program note \"{id}\""),
                "",
                msg,
            ));
        }
    }
}
