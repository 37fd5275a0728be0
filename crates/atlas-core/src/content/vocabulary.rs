//! The everyday-words vocabulary (`vocabulary.toml`): what clients type, and what it means in
//! the atlas's own words. Search uses it so "office chair" finds what the atlas files under
//! "sitting", and "hurts" finds "pain".
//!
//! Each entry is a `[[synonym]]`:
//!
//! ```toml
//! [[synonym]]
//! words = ["office chair", "desk chair", "sitting all day"]
//! means = ["sitting"]
//! ```
//!
//! `words` are what a client might type (a word or a short phrase, matched whole before its
//! words one by one: "at night", "sitting at desk"); `means` are words the
//! content already uses as a name, also-known-as or keyword of some entry, so the build can
//! check that each one leads somewhere. A query matches its own words first; a match
//! through the vocabulary ranks a little lower and says so in the reader's words ("for “office chair”: about
//! “sitting”"). `feeling = true` marks words that name a feeling ("hurts", "stiff"):
//! a query naming one ranks conditions and moves above articles.

use super::search::{terms, STOP_WORDS};
use super::{ContentError, Kind, KnowledgeBase};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// Everyday words and what they mean in the atlas.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Synonym {
    /// What a client might type: words or short phrases, e.g. "office chair".
    pub words: Vec<String>,
    /// What they mean in the content's own words: each a name, also-known-as or keyword of
    /// some entry (or whole words of one), e.g. "sitting".
    pub means: Vec<String>,
    /// Whether these words name a feeling ("hurts", "stiff"): a query that names one ranks
    /// conditions and moves above articles, since the reader is asking what to do about it.
    #[serde(default)]
    pub feeling: bool,
    /// File the entry was loaded from; set by the loader, used in error messages. Never
    /// serialized (`serde(skip)`), so no bundle carries it to the browser.
    #[serde(skip)]
    pub file: String,
}

impl Synonym {
    /// How the entry reads in error messages: `synonym "office chair"` (its first word).
    pub fn label(&self) -> String {
        let first = self.words.first().map(String::as_str).unwrap_or_default();
        format!("synonym \"{first}\"")
    }
}

/// An error about one field of one vocabulary entry.
fn synonym_err(s: &Synonym, field: &str, message: impl Into<String>) -> ContentError {
    ContentError::in_labelled(&s.file, s.label(), field, message)
}

/// Whether `needle` appears as consecutive whole words in `hay`.
fn contains_words(hay: &[String], needle: &[String]) -> bool {
    !needle.is_empty() && hay.windows(needle.len()).any(|w| w == needle)
}

/// Every vocabulary entry has words and meanings; each everyday word is listed once; each
/// meaning is (whole words of) a name, also-known-as or keyword of some entry.
pub(crate) fn check_vocabulary(kb: &KnowledgeBase, errors: &mut Vec<ContentError>) {
    // The words search ranks highest, per entry: names, also-known-as and keywords.
    let labels: Vec<Vec<String>> = kb
        .entities()
        .into_iter()
        .filter(|e| e.kind() != Kind::Source)
        .flat_map(|e| {
            let mut texts = vec![e.title()];
            texts.extend(e.aliases().iter().map(String::as_str));
            texts.extend(e.keywords().iter().map(String::as_str));
            texts.into_iter().map(terms)
        })
        .collect();
    let mut first_seen: HashMap<Vec<String>, String> = HashMap::new();
    for synonym in &kb.synonyms {
        if synonym.words.is_empty() {
            errors.push(synonym_err(synonym, "words", "lists no words"));
        }
        if synonym.means.is_empty() {
            errors.push(synonym_err(synonym, "means", "lists no meaning"));
        }
        for word in &synonym.words {
            let key = terms(word);
            if key.iter().all(|t| STOP_WORDS.contains(&t.as_str())) {
                let msg = format!(
                    "\"{word}\" has no word to search for (small words such as \"the\" are ignored)"
                );
                errors.push(synonym_err(synonym, "words", msg));
            } else if let Some(other) = first_seen.insert(key, synonym.label()) {
                let msg = format!("\"{word}\" is also listed in {other}");
                errors.push(synonym_err(synonym, "words", msg));
            }
        }
        for meaning in &synonym.means {
            let wanted = terms(meaning);
            if !labels.iter().any(|label| contains_words(label, &wanted)) {
                let msg =
                    format!("\"{meaning}\" is not the name, also-known-as or keyword of any entry");
                errors.push(synonym_err(synonym, "means", msg));
            }
        }
    }
}
