//! An entry's page as a document: the kicker, title, other names, lead and sections of typed
//! blocks (claims, lists of links, precautions, …) that the app's one renderer draws.
//!
//! Why a document: the entry pages repeated one skeleton in hand-written markup, which was
//! most of the wasm's size and let two pages word one thing two ways. Here each kind says
//! *what* its page shows, from the knowledge base, in one place a native test can read
//! ("every technique's page lists its precautions"); how a block looks is the renderer's.
//! A section's sources are gathered here too, so each section's one "Sources" line lists
//! every source of every claim it shows.
//!
//! One module per job: `types` (the document and its blocks), `sources` (a section's one
//! "Sources" line), `parts` (what every builder shares), and one builder per entry kind.

mod article;
mod condition;
mod lists;
mod muscle;
mod note;
mod parts;
mod source;
mod sources;
mod stretch;
mod technique;
mod types;

pub use lists::{list_document, LIST_PAGES};
pub use source::source_kind_words;
pub use sources::{add_sources, precaution_sources, sources_of};
pub use stretch::stop_signs;
pub use types::{
    Block, DocSection, EntryCard, ListLook, Look, Missing, MusclePart, PageDoc, SectionLink,
    Subject, TextLook,
};

use crate::content::{AppSection, EntityRef, Kind, KnowledgeBase, Word};

/// The page for `entry`, or `None` when no such entry exists.
pub fn document_for<'a>(kb: &'a KnowledgeBase, entry: &EntityRef) -> Option<PageDoc<'a>> {
    match entry {
        EntityRef::Note(id) => kb.note(id).map(|note| note::note_doc(kb, note)),
        EntityRef::Source(id) => kb.source(id).map(|source| source::source_doc(kb, source)),
        EntityRef::Technique(id) => kb.technique(id).map(|t| technique::technique_doc(kb, t)),
        EntityRef::Article(id) => kb
            .article(id)
            .map(|article| article::article_doc(kb, article)),
        EntityRef::Condition(id) => kb.condition(id).map(|c| condition::condition_doc(kb, c)),
        EntityRef::Stretch(id) => kb
            .stretch(id)
            .map(|stretch| stretch::stretch_doc(kb, stretch)),
        EntityRef::Muscle(id) => kb.muscle(id).map(|muscle| muscle::muscle_doc(kb, muscle)),
    }
}

/// What the page of a missing entry of this kind says (see [`Missing`]).
pub fn missing(kind: Kind) -> Missing {
    let (kind, to, label) = match kind {
        Kind::Muscle => (Word::KindMuscle, AppSection::Atlas, Word::OpenTheBodyMap),
        Kind::Condition => (
            Word::KindCondition,
            AppSection::Conditions,
            Word::ToAllConditions,
        ),
        Kind::Technique => (
            Word::KindTechnique,
            AppSection::Techniques,
            Word::ToAllTechniques,
        ),
        Kind::Stretch => (
            Word::KindStretch,
            AppSection::Stretches,
            Word::ToAllStretches,
        ),
        Kind::Note => (Word::KindNote, AppSection::Atlas, Word::ToExploreMuscles),
        Kind::Article => (Word::KindArticle, AppSection::Visit, Word::ToVisit),
        Kind::Source => (Word::KindSource, AppSection::Visit, Word::ToVisit),
    };
    Missing {
        kind,
        back: SectionLink { to, label },
    }
}
