//! The build's checks of the interface table: every word the app asks for is there once, no
//! unknown key, no empty text, each text holds exactly the placeholders the code fills, and
//! every suggested search finds something.

use super::{placeholders, suggestions, Word};
use crate::content::{ContentError, KnowledgeBase, SearchIndex};
use std::collections::HashMap;

/// Adds a message naming the file and the key for each problem of `kb.interface`.
pub(crate) fn check_interface(kb: &KnowledgeBase, errors: &mut Vec<ContentError>) {
    let known: HashMap<&str, Word> = Word::ALL.iter().map(|w| (w.key(), *w)).collect();
    let mut seen: HashMap<&str, &str> = HashMap::new();
    let at = |file: &str, key: &str, message: String| {
        ContentError::in_labelled(file, format!("interface word \"{key}\""), "", message)
    };
    for loaded in &kb.interface.loaded {
        let (file, key) = (loaded.file.as_str(), loaded.key.as_str());
        if let Some(first) = seen.insert(key, file) {
            errors.push(at(file, key, format!("duplicate word (also in {first})")));
            continue;
        }
        let Some(word) = known.get(key) else {
            errors.push(at(file, key, "unknown word: the app never shows it".into()));
            continue;
        };
        if loaded.text.trim().is_empty() {
            errors.push(at(file, key, "empty text".into()));
            continue;
        }
        match placeholders(&loaded.text) {
            Err(why) => errors.push(at(file, key, why)),
            Ok(mut found) => {
                let mut wanted = word.placeholders().to_vec();
                found.sort_unstable();
                wanted.sort_unstable();
                if found != wanted {
                    let list = |names: &[&str]| {
                        let names: Vec<String> = names.iter().map(|n| format!("{{{n}}}")).collect();
                        if names.is_empty() {
                            "none".to_string()
                        } else {
                            names.join(", ")
                        }
                    };
                    errors.push(at(
                        file,
                        key,
                        format!(
                            "placeholders {} where the app fills {}",
                            list(&found),
                            list(&wanted)
                        ),
                    ));
                }
            }
        }
    }
    // A missing word is named in the file that holds the table (the first one, if several do);
    // with no table at all, one message says so instead of one per word.
    let Some(table_file) = kb.interface.loaded.first().map(|l| l.file.as_str()) else {
        errors.push(ContentError::at_line(
            "",
            None,
            "no file has an [interface] table: the app's own words (interface.toml) are missing",
        ));
        return;
    };
    for word in Word::ALL {
        if !seen.contains_key(word.key()) {
            errors.push(at(
                table_file,
                word.key(),
                "missing: the app shows this word, so the [interface] table needs it".into(),
            ));
        }
    }
    check_suggestions(kb, errors);
}

/// Each suggested search (a link on the search page when nothing is found) finds something in
/// this content: a suggestion that leads to "no results" is a dead end for a client.
fn check_suggestions(kb: &KnowledgeBase, errors: &mut Vec<ContentError>) {
    let key = Word::SearchSuggestions.key();
    let Some(loaded) = kb.interface.loaded.iter().find(|l| l.key == key) else {
        return; // Missing: named above.
    };
    let found = suggestions(&loaded.text);
    if found.is_empty() {
        return; // Empty: named above.
    }
    let index = SearchIndex::new(kb);
    for search in found {
        if index.search(search).is_empty() {
            errors.push(ContentError::in_labelled(
                &loaded.file,
                format!("interface word \"{key}\""),
                "",
                format!("the suggested search \"{search}\" finds nothing in the atlas"),
            ));
        }
    }
}
