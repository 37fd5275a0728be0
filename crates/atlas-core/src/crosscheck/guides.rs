//! Guides and stretches come in pairs: every guide animates a stretch that exists, and every
//! stretch has a guide.

use crate::content::KnowledgeBase;
use crate::rig::Guide;

/// The file a stretch came from, or a stand-in when it was not loaded from one.
pub(crate) fn file_of(file: &str) -> &str {
    if file.is_empty() {
        "assets/content"
    } else {
        file
    }
}

/// Guides without a stretch, stretches without a guide, and stretches with two.
pub(super) fn check_pairs(kb: &KnowledgeBase, guides: &[Guide]) -> Vec<String> {
    let mut problems = Vec::new();
    for guide in guides {
        if kb.stretch(&guide.stretch).is_none() {
            problems.push(format!(
                "assets/guides: guide \"{}\", field \"stretch\": unknown stretch \"{}\" (not in assets/content)",
                guide.stretch, guide.stretch
            ));
        }
    }
    for stretch in &kb.stretches {
        match guides.iter().filter(|g| g.stretch == stretch.id).count() {
            0 => problems.push(format!(
                "{}: stretch \"{}\", field \"id\": has no animated guide in assets/guides",
                file_of(&stretch.file),
                stretch.id
            )),
            1 => {}
            n => problems.push(format!(
                "assets/guides: stretch \"{}\" has {n} guides; keep one (the player would not know which to play)",
                stretch.id
            )),
        }
    }
    problems
}
