//! The minimal valid content fixture (tests/fixtures/content/minimal) with broken files
//! (tests/fixtures/content/broken) added, for the tests of content errors.

use atlas_core::content::{load_toml, parse_toml, ContentErrors, KnowledgeBase};
use std::path::PathBuf;

/// The minimal valid fixture plus the named broken files, read from disk (tests may do I/O).
pub fn fixture_texts(broken: &[&str]) -> Vec<(String, String)> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests");
    let mut names: Vec<String> = [
        "sources",
        "muscles",
        "links",
        "pages",
        "program",
        "interface",
    ]
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

/// The (name, text) pairs as the loader takes them.
pub fn as_files(texts: &[(String, String)]) -> Vec<(&str, &str)> {
    texts
        .iter()
        .map(|(n, t)| (n.as_str(), t.as_str()))
        .collect()
}

/// Loads the minimal fixture plus broken files.
pub fn load(broken: &[&str]) -> Result<KnowledgeBase, ContentErrors> {
    load_toml(&as_files(&fixture_texts(broken)))
}

/// The messages of a load that must fail.
pub fn messages(broken: &[&str]) -> Vec<String> {
    load(broken).expect_err("must fail").messages()
}

/// The minimal fixture plus broken files, parsed but not validated, for a test to break in
/// code and validate.
pub fn parsed(broken: &[&str]) -> KnowledgeBase {
    parse_toml(&as_files(&fixture_texts(broken))).expect("the fixture parses")
}
