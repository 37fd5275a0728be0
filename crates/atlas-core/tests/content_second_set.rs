//! The second content set (`tests/fixtures/second-content`, another clinic's atlas: other
//! names, fewer moves) is valid content, and different enough from `assets/` that an app or a
//! test that leans on the sample content's names or ids shows it when CI builds the app with it.
#![cfg(feature = "toml")]

use atlas_core::bundle::cross_check;
use atlas_core::content::load_toml;
use atlas_core::rig::load_guides;

mod common;

const SECOND: &str = "tests/fixtures/second-content";

fn load_second() -> (
    atlas_core::content::KnowledgeBase,
    Vec<atlas_core::rig::Guide>,
) {
    let content = common::read_toml_dir(&format!("{SECOND}/content"));
    let guides = common::read_toml_dir(&format!("{SECOND}/guides"));
    let kb =
        load_toml(&common::as_refs(&content)).unwrap_or_else(|e| panic!("content errors:\n{e}"));
    let guides =
        load_guides(&common::as_refs(&guides)).unwrap_or_else(|e| panic!("guide errors:\n{e}"));
    (kb, guides)
}

#[test]
fn the_second_set_loads_and_its_guides_match_its_moves() {
    let (kb, guides) = load_second();
    assert_eq!(cross_check(&kb, &guides), Vec::<String>::new());
}

#[test]
fn the_second_set_names_no_muscle_or_move_as_the_sample_does() {
    let (second, _) = load_second();
    let sample = common::load_assets();
    for muscle in &second.muscles {
        assert!(
            sample.muscles.iter().all(|m| m.name != muscle.name),
            "muscle {} keeps the sample's name {:?}",
            muscle.id,
            muscle.name
        );
    }
    for stretch in &second.stretches {
        assert!(
            sample.stretches.iter().all(|s| s.name != stretch.name),
            "move {} keeps the sample's name {:?}",
            stretch.id,
            stretch.name
        );
    }
    assert!(
        second.stretches.len() < sample.stretches.len(),
        "the second set has fewer moves, so a page that assumes every sample move exists shows it"
    );
}

/// The second set words some interface words otherwise, so the render tests run with it
/// (`tests/render_program.rs`, `tests/render_pages.rs`, `tests/render_any_content.rs`) see
/// that the pages read the table, not words in the code.
#[test]
fn the_second_set_words_the_link_pages_heading_and_start_here_otherwise() {
    use atlas_core::content::Word;
    let (second, _) = load_second();
    let sample = common::load_assets();
    for word in [
        Word::LinkTitle,
        Word::StartHere,
        Word::ConditionMuscles,
        Word::MusclesItLengthens,
    ] {
        assert_ne!(
            second.word(word),
            sample.word(word),
            "the second content set must word {} its own way",
            word.key()
        );
    }
}
