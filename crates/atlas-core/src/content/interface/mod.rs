//! The app's interface words in one table (`assets/content/interface.toml`, an `[interface]`
//! table of `key = "text"`), so a clinic reads and edits every word a client sees where it
//! edits everything else, and page code holds no prose (issue 25).
//!
//! The code asks for a [`Word`], one variant per word, so a view cannot ask for a word that
//! does not exist; the build refuses a table that lacks a word, holds an unknown one or gets
//! a word's placeholders wrong, naming the file and the key ([`check_interface`]). The words
//! travel in the content file in [`Word`] order, without their keys, so the wasm holds
//! neither the words nor the keys: a word is an index.

mod check;
mod words;

pub(crate) use check::check_interface;
pub use words::Word;

use serde::{Deserialize, Serialize};

/// The interface's words, as the content file carries them.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Interface {
    /// Each word's text, in [`Word::ALL`] order (filled by the loader).
    pub words: Vec<String>,
    /// The words as the files gave them, for the build's checks and messages. Never
    /// serialized (`serde(skip)`): the content file carries only the texts, in order.
    #[serde(skip)]
    pub loaded: Vec<LoadedWord>,
}

/// One `key = "text"` line of an `[interface]` table, where it came from.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LoadedWord {
    /// The key, e.g. `my-program`.
    pub key: String,
    /// The text the clinic wrote.
    pub text: String,
    /// The file it is in, for messages.
    pub file: String,
}

impl Interface {
    /// Orders the loaded words as [`Word::ALL`] (a word no file gave is left empty: the
    /// check names it and the build stops).
    pub fn arrange(&mut self) {
        self.words = Word::ALL
            .iter()
            .map(|word| {
                (self.loaded.iter())
                    .find(|l| l.key == word.key())
                    .map_or_else(String::new, |l| l.text.clone())
            })
            .collect();
    }

    /// The text of `word` (empty only for content the build did not check).
    pub fn get(&self, word: Word) -> &str {
        self.words.get(word as usize).map_or("", String::as_str)
    }
}

/// `text` with each `{name}` replaced by its value from `values`; a `{name}` with no value,
/// or a brace that opens no name, stays as written (the build checks every word's
/// placeholders, so in shipped content neither happens).
pub fn fill(text: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let value = after.find('}').and_then(|close| {
            let name = &after[..close];
            let value = values.iter().find(|(n, _)| *n == name)?.1;
            Some((value, close))
        });
        match value {
            Some((value, close)) => {
                out.push_str(value);
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The placeholder names in `text` in order (`{count}` → `count`); `Err` with the reason when
/// a brace is unmatched or a name is not lowercase-kebab.
pub fn placeholders(text: &str) -> Result<Vec<&str>, String> {
    let mut names = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find(['{', '}']) {
        if rest[open..].starts_with('}') {
            return Err("a \"}\" closes no placeholder".into());
        }
        let after = &rest[open + 1..];
        let close = after
            .find('}')
            .ok_or_else(|| "a \"{\" is never closed".to_string())?;
        let name = &after[..close];
        if !crate::content::is_kebab(name) {
            return Err(format!("\"{{{name}}}\" is not a placeholder name"));
        }
        names.push(name);
        rest = &after[close + 1..];
    }
    Ok(names)
}

impl super::KnowledgeBase {
    /// The text of an interface word (validated content has every one).
    pub fn word(&self, word: Word) -> &str {
        self.interface.get(word)
    }

    /// The searches the search page suggests when nothing is found, in order.
    pub fn search_suggestions(&self) -> Vec<&str> {
        suggestions(self.word(Word::SearchSuggestions))
    }
}

/// The comma-separated searches of a suggestions text, trimmed, none empty.
fn suggestions(text: &str) -> Vec<&str> {
    text.split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect()
}
