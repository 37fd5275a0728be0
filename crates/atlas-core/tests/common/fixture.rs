//! The minimal valid content fixture (tests/fixtures/content/minimal) with broken files
//! (tests/fixtures/content/broken) added, for the tests of content errors.

use atlas_core::content::{load_toml, parse_toml, ContentErrors, KnowledgeBase};
use std::path::PathBuf;

/// The minimal valid fixture plus the named broken files, read from disk (tests may do I/O).
pub fn fixture_texts(broken: &[&str]) -> Vec<(String, String)> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests");
    let mut names: Vec<String> = ["sources", "muscles", "links", "pages", "program"]
        .iter()
        .map(|n| format!("fixtures/content/minimal/{n}.toml"))
        .collect();
    names.extend(
        broken
            .iter()
            .map(|n| format!("fixtures/content/broken/{n}.toml")),
    );
    names
        .into_iter()
        .map(|name| {
            let text = std::fs::read_to_string(root.join(&name)).expect("fixture exists");
            (name, text)
        })
        .collect()
}

/// Loads the minimal fixture plus broken files.
pub fn load(broken: &[&str]) -> Result<KnowledgeBase, ContentErrors> {
    let texts = fixture_texts(broken);
    let files: Vec<(&str, &str)> = texts
        .iter()
        .map(|(n, t)| (n.as_str(), t.as_str()))
        .collect();
    load_toml(&files)
}

/// The messages of a load that must fail.
pub fn messages(broken: &[&str]) -> Vec<String> {
    load(broken).expect_err("must fail").messages()
}

/// The minimal fixture parsed but not validated, for a test to break in code and validate.
pub fn parsed_minimal() -> KnowledgeBase {
    let texts = fixture_texts(&[]);
    let files: Vec<(&str, &str)> = texts
        .iter()
        .map(|(n, t)| (n.as_str(), t.as_str()))
        .collect();
    parse_toml(&files).expect("the minimal fixture parses")
}
