//! The interface's words in one table (`interface.toml`): the build names the file and the key
//! of every word missing, unknown, given twice, empty or with the wrong placeholders, and the
//! app's words come from the table, placeholders filled by one function.
#![cfg(feature = "toml")]

mod common;

use atlas_core::content::{fill, load_toml, placeholders, Word};
use common::fixture::{as_files, fixture_texts};

const FILE: &str = "fixtures/content/minimal/interface.toml";

/// The minimal fixture with its interface table's text changed by `edit`.
fn messages_with(edit: impl Fn(&str) -> String) -> Vec<String> {
    let texts: Vec<(String, String)> = fixture_texts(&[])
        .into_iter()
        .map(|(name, text)| {
            let text = if name == FILE { edit(&text) } else { text };
            (name, text)
        })
        .collect();
    match load_toml(&as_files(&texts)) {
        Ok(_) => Vec::new(),
        Err(e) => e.messages(),
    }
}

#[test]
fn the_fixture_table_loads_and_every_word_has_its_text_in_order() {
    let kb = common::fixture::load(&[]).expect("the minimal fixture is valid");
    assert_eq!(kb.interface.words.len(), Word::ALL.len());
    assert_eq!(kb.word(Word::BuilderTitle), "Make a home program");
    assert_eq!(kb.word(Word::BuilderAskFirst), "Ask first: ");
    // The content file carries the texts only, in order: the keys stay at build time.
    for (i, word) in Word::ALL.iter().enumerate() {
        assert_eq!(*word as usize, i, "{word:?}");
        assert!(!kb.word(*word).is_empty(), "{word:?}");
    }
}

#[test]
fn every_key_is_kebab_case_and_unique() {
    let mut keys: Vec<&str> = Word::ALL.iter().map(|w| w.key()).collect();
    assert!(
        keys.iter().all(|k| atlas_core::content::is_kebab(k)),
        "{keys:?}"
    );
    keys.sort_unstable();
    let before = keys.len();
    keys.dedup();
    assert_eq!(keys.len(), before, "a key is given to two words");
}

#[test]
fn a_missing_word_is_named_with_the_file_and_key() {
    let messages = messages_with(|t| t.replace("builder-keep-two = \"Keep two\"\n", ""));
    assert_eq!(
        messages,
        [format!(
            "{FILE}: interface word \"builder-keep-two\": missing: the app shows this word, so the [interface] table needs it"
        )]
    );
}

#[test]
fn content_with_no_interface_table_is_told_so_once() {
    let texts: Vec<(String, String)> = fixture_texts(&[])
        .into_iter()
        .filter(|(name, _)| name != FILE)
        .collect();
    let messages = load_toml(&as_files(&texts)).unwrap_err().messages();
    assert_eq!(
        messages,
        ["<no file>: no file has an [interface] table: the app's own words (interface.toml) are missing"]
    );
}

#[test]
fn an_unknown_duplicate_or_empty_word_is_named() {
    let messages = messages_with(|t| {
        format!("{t}no-such-word = \"Hello\"\n").replace(
            "builder-keep-two = \"Keep two\"",
            "builder-keep-two = \"  \"",
        )
    });
    assert_eq!(
        messages,
        [
            format!("{FILE}: interface word \"builder-keep-two\": empty text"),
            format!(
                "{FILE}: interface word \"no-such-word\": unknown word: the app never shows it"
            ),
        ]
    );
    // A second file giving a word again is named, with the first file.
    let mut texts = fixture_texts(&[]);
    texts.push((
        "fixtures/content/more.toml".into(),
        "[interface]\nbuilder-title = \"Again\"\n".into(),
    ));
    let messages = load_toml(&as_files(&texts)).unwrap_err().messages();
    assert_eq!(
        messages,
        [format!(
            "fixtures/content/more.toml: interface word \"builder-title\": duplicate word (also in {FILE})"
        )]
    );
}

#[test]
fn a_word_must_hold_exactly_the_placeholders_the_app_fills() {
    let messages = messages_with(|t| {
        t.replace("{count} of {max}", "{count} of {most}")
            .replace("Started from {condition}:", "Started from it:")
            .replace("Keep two\"", "Keep {two\"")
    });
    assert_eq!(
        messages,
        [
            format!("{FILE}: interface word \"builder-count\": placeholders {{count}}, {{most}} where the app fills {{count}}, {{max}}"),
            format!("{FILE}: interface word \"builder-keep-two\": a \"{{\" is never closed"),
            format!("{FILE}: interface word \"builder-started-from\": placeholders none where the app fills {{condition}}"),
        ]
    );
}

#[test]
fn fill_puts_each_value_in_its_place_in_any_order() {
    assert_eq!(
        fill(
            "The program ({count} of {max})",
            &[("max", "2"), ("count", "1")]
        ),
        "The program (1 of 2)"
    );
    assert_eq!(fill("{a}{a} {b}", &[("a", "x"), ("b", "")]), "xx ");
    // A name with no value and a lone brace stay as written (the build refuses both).
    assert_eq!(fill("{who} { and }", &[]), "{who} { and }");
    assert_eq!(fill("", &[("a", "x")]), "");
    assert_eq!(fill("Näh {a}…", &[("a", "é")]), "Näh é…");
}

#[test]
fn placeholders_are_read_in_order_and_bad_braces_refused() {
    assert_eq!(placeholders("{count} of {max}"), Ok(vec!["count", "max"]));
    assert_eq!(placeholders("none"), Ok(vec![]));
    assert!(placeholders("a } b").is_err());
    assert!(placeholders("{Count}").is_err());
    assert!(placeholders("{}").is_err());
}

#[test]
fn a_suggested_search_that_finds_nothing_is_named() {
    let messages = messages_with(|t| {
        t.replace(
            "search-suggestions = \"piriformis\"",
            "search-suggestions = \"piriformis, , knitting\"",
        )
    });
    assert_eq!(
        messages,
        [format!(
            "{FILE}: interface word \"search-suggestions\": the suggested search \"knitting\" finds nothing in the atlas"
        )]
    );
    let kb = common::fixture::load(&[]).expect("the minimal fixture is valid");
    assert_eq!(kb.search_suggestions(), ["piriformis"]);
}
