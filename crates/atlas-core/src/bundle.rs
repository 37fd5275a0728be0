//! The binary bundles the build writes and the app reads (postcard), and the checks across
//! content and guides the build runs before writing them (see [`crate::crosscheck`]).

use crate::clinic::Clinic;
use crate::content::KnowledgeBase;
use crate::rig::Guide;

/// Every mismatch between the content and the guides, each naming the file, the entry and the
/// field (guides and stretches pair up, muscle lists match the rig, "start here" sets fit in
/// five minutes). Kept here because the build script calls it by this path.
pub use crate::crosscheck::cross_check;

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

/// The clinic profile as the binary bundle the app embeds.
pub fn encode_clinic(clinic: &Clinic) -> Vec<u8> {
    postcard::to_allocvec(clinic).expect("the clinic model always serializes")
}

/// Reads a bundle written by [`encode_clinic`].
pub fn decode_clinic(bytes: &[u8]) -> Result<Clinic, String> {
    postcard::from_bytes(bytes).map_err(|e| format!("clinic bundle: {e}"))
}
