//! Text from the URL is capped before it is searched and echoed only as a short excerpt: a
//! link can be any length, a page and a search must not grow with it.
#![cfg(feature = "toml")]

use std::time::{Duration, Instant};

use atlas_core::content::{capped_query, SearchIndex, MAX_QUERY_CHARS, MAX_QUERY_WORDS};
use atlas_core::echo::{echo_excerpt, ECHO_CHARS};

mod common;
use common::load_assets;

#[test]
fn a_100_000_word_query_returns_quickly_with_the_result_of_its_capped_prefix() {
    let index = SearchIndex::new(&load_assets());
    let words = ["sciatica", "numb"];
    let huge: String = (0..100_000)
        .map(|i| words[i % words.len()])
        .collect::<Vec<_>>()
        .join(" ");
    let start = Instant::now();
    let hits = index.search(&huge);
    let took = start.elapsed();
    // Uncapped, this took about 6 s in a release build; capped it is one short search.
    assert!(took < Duration::from_millis(200), "{took:?}");
    let prefix = capped_query(&huge);
    assert!(huge.starts_with(prefix));
    assert_eq!(prefix.split_whitespace().count(), MAX_QUERY_WORDS);
    assert_eq!(hits, index.search(prefix));
    assert!(!hits.is_empty());
}

#[test]
fn queries_are_capped_in_characters_then_words() {
    // Short queries are searched whole.
    for q in ["", "numb", "pain when sitting", "  hip   pain  "] {
        assert_eq!(capped_query(q), q);
    }
    // One enormous word: cut at the character cap (on a character boundary).
    let long = "é".repeat(100_000);
    assert_eq!(capped_query(&long).chars().count(), MAX_QUERY_CHARS);
    // Many short words: the first MAX_QUERY_WORDS, ending after the last one kept.
    let many = "a b c d e f g h i j k l m n o p";
    assert_eq!(capped_query(many), "a b c d e f g h i j k l");
    assert_eq!(MAX_QUERY_WORDS, 12);
    // A sentence a person might type is not cut.
    let sentence = "my lower back hurts when I sit all day at work";
    assert_eq!(capped_query(sentence), sentence);
}

#[test]
fn echoed_text_is_a_short_excerpt() {
    assert_eq!(echo_excerpt("piriformis-x"), "piriformis-x");
    assert_eq!(echo_excerpt("  lower \n\t back  "), "lower back");
    assert_eq!(echo_excerpt(""), "");
    let forty = "x".repeat(ECHO_CHARS);
    assert_eq!(echo_excerpt(&forty), forty, "exactly the cap is kept whole");
    let long = "x".repeat(100_000);
    let shown = echo_excerpt(&long);
    assert_eq!(shown.chars().count(), ECHO_CHARS);
    assert!(shown.ends_with('…'));
    let crafted = "This clinic has moved. Please call 555 0100 to book your next visit.";
    let shown = echo_excerpt(crafted);
    assert!(shown.chars().count() <= ECHO_CHARS, "{shown}");
    assert_eq!(shown, "This clinic has moved. Please call 555…");
}
