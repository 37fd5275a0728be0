//! The knowledge base: muscles, conditions, techniques, stretches, notes and visit
//! articles, every sentence backed by a source.
//!
//! - `model`, `body`, `practice`: the serde types (the TOML a clinic edits, and the JSON
//!   the app receives).
//! - `refs`: typed links ([`EntityRef`], [`Kind`]); `entity`: one trait over all kinds.
//! - `lookup`: by-id access; `graph`: links both ways (stored once, reverse derived).
//! - `load` (feature `toml`): parse the clinic's TOML texts; `validate`/`rules`: checks
//!   with errors naming file, entry and field; `search`: search as you type.
//! - `precaution`: the precautions stretches, techniques and conditions name, and their
//!   lookups; `safety`: the checks on them (a condition never suggests a stretch that
//!   carries one of its precautions without a written modification).
//! - `page`: the texts of the app's own pages (home, body map, lists, visit) and the notices
//!   around every page (the disclaimer), so page code holds no prose; `page_rules`: their checks.
//! - `page_doc`: an entry's or a list's page as a document ([`PageDoc`]: kicker, title, lead,
//!   sections of typed blocks), built from the knowledge base for the app's one renderer.
//! - `explain`: explain mode's steps (`[[explain_step]]`), each telling one section of an
//!   article on the therapist's tablet, and their checks.
//! - `home_program`: the home program's texts: aftercare choices (`[[aftercare]]`), the kind
//!   words under the log (`[[encouragement]]`) and notes such as why fewer stretches work
//!   better (`[[program_note]]`), with their checks.
//! - `dose_words`: a dose in a client's words, shared by the stretch page and the program.
//! - `aka_words`: an entry's other names in a client's words ("Also called …").
//! - `vocabulary`: the clinic's everyday words (`[[synonym]]`, "office chair" means
//!   "sitting") that search uses, checked so each meaning leads somewhere.
//!
//! Architecture invariant: nothing here reads files or the clock; callers hand in text.

mod aka_words;
mod body;
mod dose_words;
mod entity;
mod error;
mod explain;
mod graph;
mod home_program;
mod interface;
#[cfg(feature = "toml")]
mod load;
mod lookup;
mod model;
mod page;
mod page_doc;
mod page_rules;
mod position_rule;
mod practice;
mod precaution;
mod refs;
mod rules;
mod safety;
mod search;
mod validate;
mod vocabulary;

pub use aka_words::also_called;
pub use body::{Condition, Muscle, Technique};
pub use dose_words::{amount_in_words, times_in_words};
pub use entity::Entity;
pub use error::{ContentError, ContentErrors};
pub use explain::{ExplainModel, ExplainStep};
pub use home_program::{
    Aftercare, Encouragement, ProgramNote, DAYS_PLACEHOLDER, REQUIRED_PROGRAM_NOTES, UNKIND_WORDS,
};
pub use interface::{fill, placeholders, Interface, LoadedWord, Word};
#[cfg(feature = "toml")]
pub(crate) use load::line_of;
#[cfg(feature = "toml")]
pub use load::{load_toml, parse_toml};
pub use model::{Area, Claim, Depth, KnowledgeBase, Region, Source, SourceKind, Tradition};
pub use page::{
    AppSection, Card, FeaturedArticle, Notice, Page, WayIn, REQUIRED_NOTICES, REQUIRED_PAGES,
};
pub use page_doc::{
    add_sources, document_for, list_document, missing, precaution_sources, source_kind_words,
    sources_of, stop_signs, Block, DocSection, EntryCard, ListLook, Look, Missing, MusclePart,
    PageDoc, SectionLink, Subject, TextLook, LIST_PAGES,
};
pub use position_rule::{whole, PositionBound, PositionRule, PositionTest};
pub use practice::{Article, Dose, Goal, Note, Related, Section, Stretch};
pub use precaution::{Modification, Precaution, PrecautionNote, REQUIRED_PRECAUTIONS};
pub use refs::{EntityRef, Kind};
pub use rules::{BREATH_SECONDS, MAX_HOLD_SECONDS, REPETITIONS};
pub use safety::START_HERE_MAX;
pub use search::{
    capped_query, distance_within, max_typos, SearchHit, SearchIndex, MAX_QUERY_CHARS,
    MAX_QUERY_WORDS, STOP_WORDS,
};
pub use validate::{is_kebab, validate};
pub use vocabulary::Synonym;
