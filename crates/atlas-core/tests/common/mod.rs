//! Reading the real assets for tests (tests may do I/O; the core may not).
#![allow(dead_code)]

use atlas_core::content::{load_toml, KnowledgeBase};
use atlas_core::rig::{load_guides, Guide};
use std::path::Path;

/// Every `*.toml` in `dir` (relative to the repository root), sorted by name so the order is the
/// same on every machine, as (`dir/name` for messages, text).
pub fn read_toml_dir(dir: &str) -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(dir);
    let mut files: Vec<(String, String)> = std::fs::read_dir(&root)
        .unwrap_or_else(|e| panic!("{dir} exists: {e}"))
        .map(|e| e.expect("readable entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .map(|p| {
            let name = format!("{dir}/{}", p.file_name().unwrap().to_string_lossy());
            (name, std::fs::read_to_string(&p).expect("readable file"))
        })
        .collect();
    files.sort();
    files
}

/// Borrows (path, text) pairs the way the loaders take them.
pub fn as_refs(files: &[(String, String)]) -> Vec<(&str, &str)> {
    files
        .iter()
        .map(|(n, t)| (n.as_str(), t.as_str()))
        .collect()
}

/// The real knowledge base from `assets/content`, loaded and validated.
pub fn load_assets() -> KnowledgeBase {
    let files = read_toml_dir("assets/content");
    load_toml(&as_refs(&files)).unwrap_or_else(|e| panic!("content errors:\n{e}"))
}

pub mod fixture;
pub mod rng;

/// The real guides from `assets/guides`, loaded and validated.
pub fn load_guide_assets() -> Vec<Guide> {
    let files = read_toml_dir("assets/guides");
    load_guides(&as_refs(&files)).unwrap_or_else(|e| panic!("guide errors:\n{e}"))
}

/// A minimal valid guide, for tests that break one thing in it.
pub const MINIMAL_GUIDE: &str = r#"
stretch = "hip-rocks"
view = "sagittal"
kind = "dynamic"
muscles = ["erector-spinae"]
[base]
root_pitch = -90
[[keyframes]]
duration = 2.0
breath = "exhale"
cue = "Breathe out"
pose = { pelvis_tilt = -5 }
[[keyframes]]
duration = 2.0
breath = "inhale"
cue = "Breathe in"
"#;

/// What the guide loader says about one guide file (`assets/guides/test.toml`), empty if it
/// loads.
pub fn guide_errors(text: &str) -> String {
    match load_guides(&[("assets/guides/test.toml", text)]) {
        Ok(_) => String::new(),
        Err(e) => e.to_string(),
    }
}
