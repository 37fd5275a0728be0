//! Reading the clinic-editable TOML. The caller hands in texts; this module never touches
//! the filesystem, so the core stays free of I/O.
//!
//! Which kinds a file holds comes from its top-level arrays of tables (`[[muscle]]`,
//! `[[stretch]]`, ...), so a clinic may split, merge or rename files freely.

use super::{
    validate, Aftercare, Article, Condition, ContentError, ContentErrors, Encouragement,
    ExplainStep, KnowledgeBase, Muscle, Note, Notice, Page, PositionRule, Precaution, ProgramNote,
    Source, Stretch, Synonym, Technique,
};
use serde::Deserialize;
use std::collections::BTreeMap;

/// The shape of one TOML file: any mix of entity arrays.
#[derive(Deserialize, Default)]
#[serde(default, deny_unknown_fields)]
struct FileDoc {
    source: Vec<Source>,
    muscle: Vec<Muscle>,
    condition: Vec<Condition>,
    technique: Vec<Technique>,
    stretch: Vec<Stretch>,
    note: Vec<Note>,
    article: Vec<Article>,
    precaution: Vec<Precaution>,
    position_rule: Vec<PositionRule>,
    page: Vec<Page>,
    notice: Vec<Notice>,
    synonym: Vec<Synonym>,
    explain_step: Vec<ExplainStep>,
    aftercare: Vec<Aftercare>,
    encouragement: Vec<Encouragement>,
    program_note: Vec<ProgramNote>,
    /// The interface's words (`[interface]`, `key = "text"`).
    interface: BTreeMap<String, String>,
}

/// Parses and validates; the entry point for the build script and tests.
///
/// Each item is `(path used in messages, file text)`. All problems are reported at once.
pub fn load_toml(files: &[(&str, &str)]) -> Result<KnowledgeBase, ContentErrors> {
    let kb = parse_toml(files)?;
    validate(&kb)?;
    Ok(kb)
}

/// Parses without validating (for tools that want to inspect broken content).
///
/// Fails only on TOML syntax or shape errors, each naming its file and line.
pub fn parse_toml(files: &[(&str, &str)]) -> Result<KnowledgeBase, ContentErrors> {
    let mut kb = KnowledgeBase::default();
    let mut errors = Vec::new();
    for (path, text) in files {
        match toml::from_str::<FileDoc>(text) {
            Ok(doc) => append(&mut kb, doc, path),
            Err(err) => errors.push(syntax_error(path, text, &err)),
        }
    }
    kb.interface.arrange();
    ContentErrors(errors).into_result().map(|()| kb)
}

/// Moves one file's entries into the knowledge base, remembering where they came from.
fn append(kb: &mut KnowledgeBase, doc: FileDoc, path: &str) {
    macro_rules! take {
        ($from:ident, $to:ident) => {
            kb.$to.extend(doc.$from.into_iter().map(|mut e| {
                e.file = path.to_string();
                e
            }));
        };
    }
    take!(source, sources);
    take!(muscle, muscles);
    take!(condition, conditions);
    take!(technique, techniques);
    take!(stretch, stretches);
    take!(note, notes);
    take!(article, articles);
    take!(precaution, precautions);
    take!(position_rule, position_rules);
    take!(page, pages);
    take!(notice, notices);
    take!(synonym, synonyms);
    take!(explain_step, explain);
    take!(aftercare, aftercare);
    take!(encouragement, encouragement);
    take!(program_note, program_notes);
    kb.interface.loaded.extend(
        doc.interface
            .into_iter()
            .map(|(key, text)| super::LoadedWord {
                key,
                text,
                file: path.to_string(),
            }),
    );
}

/// Turns a TOML error into a one-line message with the file and 1-based line.
fn syntax_error(path: &str, text: &str, err: &toml::de::Error) -> ContentError {
    let line = err.span().map(|span| line_of(text, span.start));
    let message = err.message().trim().replace('\n', " ");
    ContentError::at_line(path, line, message)
}

/// 1-based line number of a byte offset (TOML errors give offsets; people read lines).
pub(crate) fn line_of(text: &str, offset: usize) -> usize {
    let end = offset.min(text.len());
    text.as_bytes()[..end]
        .iter()
        .filter(|b| **b == b'\n')
        .count()
        + 1
}
