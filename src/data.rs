//! The knowledge base, the stretch guides and the clinic's profile, validated by `build.rs` and
//! embedded as binary bundles (see `atlas_core::bundle`).
//! Parsed once, on first use, and kept for the life of the page.

use std::sync::OnceLock;

use atlas_core::clinic::Clinic;
use atlas_core::content::{AppSection, KnowledgeBase, Page, SearchIndex};
use atlas_core::rig::Guide;

/// The validated content bundle, written by build.rs.
const CONTENT_BUNDLE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/content.bin"));
/// The validated guide bundle, written by build.rs.
const GUIDES_BUNDLE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/guides.bin"));

/// The validated clinic profile, written by build.rs.
const CLINIC_BUNDLE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/clinic.bin"));

/// The clinic whose atlas this is (chosen at build time, see README).
pub fn clinic() -> &'static Clinic {
    static CLINIC: OnceLock<Clinic> = OnceLock::new();
    CLINIC.get_or_init(|| {
        atlas_core::bundle::decode_clinic(CLINIC_BUNDLE).expect("clinic bundle parses")
    })
}

/// The whole knowledge base.
pub fn kb() -> &'static KnowledgeBase {
    static KB: OnceLock<KnowledgeBase> = OnceLock::new();
    // The build validated this exact text, so failing to parse it is a build defect, and the
    // panic screen (not a blank page) is the honest answer.
    KB.get_or_init(|| atlas_core::bundle::decode_kb(CONTENT_BUNDLE).expect("content bundle parses"))
}

/// The texts of one of the app's pages (title, lead, hint, cards) from `pages.toml`. `section`
/// is one of [`atlas_core::content::REQUIRED_PAGES`], which the build checks all exist.
pub fn page(section: AppSection) -> &'static Page {
    kb().page(section.as_str())
        .expect("the build checks that every page the app shows has its texts")
}

/// The search index over the knowledge base, built on first search.
pub fn search_index() -> &'static SearchIndex {
    static INDEX: OnceLock<SearchIndex> = OnceLock::new();
    INDEX.get_or_init(|| SearchIndex::new(kb()))
}

/// Every stretch guide.
pub fn guides() -> &'static [Guide] {
    static GUIDES: OnceLock<Vec<Guide>> = OnceLock::new();
    GUIDES.get_or_init(|| {
        atlas_core::bundle::decode_guides(GUIDES_BUNDLE).expect("guide bundle parses")
    })
}

/// The guide that animates stretch `id`, if any.
pub fn guide_for(stretch_id: &str) -> Option<&'static Guide> {
    guides().iter().find(|g| g.stretch == stretch_id)
}
