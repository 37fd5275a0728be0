//! The real content and guides agree with each other, and a mismatch is reported precisely.
#![cfg(feature = "toml")]

use atlas_core::{bundle::cross_check, content, rig};

mod common;

fn load() -> (content::KnowledgeBase, Vec<rig::Guide>) {
    (common::load_assets(), common::load_guide_assets())
}

#[test]
fn every_stretch_has_a_guide_and_every_guide_a_stretch() {
    let (kb, guides) = load();
    assert_eq!(cross_check(&kb, &guides), Vec::<String>::new());
}

#[test]
fn a_guide_for_an_unknown_stretch_is_named() {
    let (kb, mut guides) = load();
    guides[0].stretch = "cat-cows".to_string();
    let problems = cross_check(&kb, &guides);
    assert!(
        problems.iter().any(|p| p
            == "assets/guides: guide \"cat-cows\", field \"stretch\": unknown stretch \"cat-cows\" (not in assets/content)"),
        "{problems:?}"
    );
}

#[test]
fn a_stretch_without_a_guide_is_named_with_its_file() {
    let (kb, mut guides) = load();
    let first = kb.stretches[0].clone();
    guides.retain(|g| g.stretch != first.id);
    let problems = cross_check(&kb, &guides);
    assert_eq!(
        problems,
        vec![format!(
            "{}: stretch \"{}\", field \"id\": has no animated guide in assets/guides",
            first.file, first.id
        )]
    );
}
