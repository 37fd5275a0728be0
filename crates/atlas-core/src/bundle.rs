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

/// The knowledge base as the compact binary bundle the app embeds (postcard).
///
/// Postcard, not JSON: the browser then needs no text parser, field-name matching or float
/// parsing, which kept the wasm a third larger, and the bundle itself is smaller.
pub fn encode_kb(kb: &KnowledgeBase) -> Vec<u8> {
    postcard::to_allocvec(kb).expect("the content model always serializes")
}

/// The stretch guides as the binary bundle the app embeds.
pub fn encode_guides(guides: &[Guide]) -> Vec<u8> {
    postcard::to_allocvec(guides).expect("the guide model always serializes")
}

/// Reads a bundle written by [`encode_kb`].
pub fn decode_kb(bytes: &[u8]) -> Result<KnowledgeBase, String> {
    postcard::from_bytes(bytes).map_err(|e| format!("content bundle: {e}"))
}

/// Reads a bundle written by [`encode_guides`].
pub fn decode_guides(bytes: &[u8]) -> Result<Vec<Guide>, String> {
    postcard::from_bytes(bytes).map_err(|e| format!("guide bundle: {e}"))
}
