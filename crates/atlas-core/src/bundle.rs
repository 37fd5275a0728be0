//! Checks that span the knowledge base and the stretch guides: every guide animates a stretch
//! that exists, and every stretch has a guide. Used by the app's build script and by tests.

use crate::content::KnowledgeBase;
use crate::rig::Guide;

/// Every mismatch between guides and stretches, each naming the file, the entry and the field.
pub fn cross_check(kb: &KnowledgeBase, guides: &[Guide]) -> Vec<String> {
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
        if !guides.iter().any(|g| g.stretch == stretch.id) {
            let file = if stretch.file.is_empty() {
                "assets/content"
            } else {
                &stretch.file
            };
            problems.push(format!(
                "{file}: stretch \"{}\", field \"id\": has no animated guide in assets/guides",
                stretch.id
            ));
        }
    }
    problems
}
