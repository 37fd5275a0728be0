//! The real content and guides agree with each other, and a mismatch is reported precisely.
#![cfg(feature = "toml")]

use atlas_core::{bundle::cross_check, content, rig};
use std::fs;
use std::path::Path;

fn read_dir(dir: &str) -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(dir);
    let mut files: Vec<(String, String)> = fs::read_dir(&root)
        .expect("assets folder exists")
        .map(|e| e.expect("readable entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .map(|p| {
            let name = format!("{dir}/{}", p.file_name().unwrap().to_string_lossy());
            (name, fs::read_to_string(&p).expect("readable file"))
        })
        .collect();
    files.sort();
    files
}

fn load() -> (content::KnowledgeBase, Vec<rig::Guide>) {
    let c = read_dir("assets/content");
    let g = read_dir("assets/guides");
    let c: Vec<(&str, &str)> = c.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
    let g: Vec<(&str, &str)> = g.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
    let kb = content::load_toml(&c).unwrap_or_else(|e| panic!("{e}"));
    let guides = rig::load_guides(&g).unwrap_or_else(|e| panic!("{e}"));
    (kb, guides)
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
