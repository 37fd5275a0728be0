//! The content file the build writes and the app reads (postcard, behind a magic and the model
//! code's stamp), and the checks across content and guides the build runs before writing it
//! (see [`crate::crosscheck`]).
//!
//! Postcard, not JSON: the browser then needs no text parser, field-name matching or float
//! parsing, which kept the wasm a third larger, and the file itself is smaller.

use crate::clinic::Clinic;
use crate::content::KnowledgeBase;
use crate::rig::Guide;

/// Every mismatch between the content and the guides, each naming the file, the entry and the
/// field (guides and stretches pair up, muscle lists match the rig, "start here" sets fit in
/// five minutes). Kept here because the build script calls it by this path.
pub use crate::crosscheck::cross_check;

/// Everything the app shows, as one file: the knowledge base, the stretch guides and the
/// clinic's profile. The build writes it (`content-<hash>.bin` beside the wasm), the app
/// fetches it while the wasm downloads, so the wasm is the same for every clinic and every
/// content edit.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Bundle {
    /// The knowledge base (build-only fields never serialized).
    pub kb: KnowledgeBase,
    /// Every stretch guide.
    pub guides: Vec<Guide>,
    /// The clinic's profile.
    pub clinic: Clinic,
}

/// The first bytes of every content file: what it is, before the stamp of the code it was
/// written for. ASCII, so a service worker or a person with `head -c` can read it.
pub const MAGIC: &[u8; 8] = b"HBAtlas:";
/// How many bytes the stamp takes after [`MAGIC`] (hexadecimal digits).
pub const STAMP_LEN: usize = 16;

/// The content file: [`MAGIC`], `stamp` (the build's fingerprint of the model code, exactly
/// [`STAMP_LEN`] ASCII characters) and the bundle as postcard. The stamp lets the app refuse a
/// file written for other code instead of misreading it: postcard carries no field names, so
/// bytes of another model could decode into nonsense.
pub fn encode_bundle(stamp: &str, bundle: &Bundle) -> Vec<u8> {
    assert_eq!(stamp.len(), STAMP_LEN, "a stamp is {STAMP_LEN} characters");
    let mut bytes = Vec::with_capacity(64 * 1024);
    bytes.extend_from_slice(MAGIC);
    bytes.extend_from_slice(stamp.as_bytes());
    postcard::to_extend(bundle, bytes).expect("the content model always serializes")
}

/// Reads a content file written by [`encode_bundle`] for the code stamped `stamp`; an error
/// says what is wrong (not a content file, another build's, cut short) in a sentence.
pub fn decode_bundle(bytes: &[u8], stamp: &str) -> Result<Bundle, String> {
    let head = MAGIC.len() + STAMP_LEN;
    if bytes.len() < head || &bytes[..MAGIC.len()] != MAGIC {
        return Err("the content file is not an atlas content file".into());
    }
    let found = &bytes[MAGIC.len()..head];
    if found != stamp.as_bytes() {
        return Err(format!(
            "the content file was written for build {}, not {stamp}",
            String::from_utf8_lossy(found)
        ));
    }
    postcard::from_bytes(&bytes[head..]).map_err(|e| format!("content file: {e}"))
}
