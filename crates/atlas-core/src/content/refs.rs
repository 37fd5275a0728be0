//! Typed links between entities: which kind of thing, and its id.

use serde::{Deserialize, Serialize};
use std::fmt;

/// The seven kinds of entity in the knowledge base, in the order the UI lists them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// A muscle group ([`super::Muscle`]).
    Muscle,
    /// A condition such as sciatica ([`super::Condition`]).
    Condition,
    /// A massage technique ([`super::Technique`]).
    Technique,
    /// A home or in-session stretch ([`super::Stretch`]).
    Stretch,
    /// A traditional-perspective note ([`super::Note`]).
    Note,
    /// A visit article ([`super::Article`]).
    Article,
    /// A source that claims cite ([`super::Source`]).
    Source,
}

impl Kind {
    /// Every kind, in display order.
    pub const ALL: [Kind; 7] = [
        Kind::Muscle,
        Kind::Condition,
        Kind::Technique,
        Kind::Stretch,
        Kind::Note,
        Kind::Article,
        Kind::Source,
    ];

    /// The lowercase word used in TOML table names, error messages and URLs.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Muscle => "muscle",
            Kind::Condition => "condition",
            Kind::Technique => "technique",
            Kind::Stretch => "stretch",
            Kind::Note => "note",
            Kind::Article => "article",
            Kind::Source => "source",
        }
    }

    /// The inverse of [`Kind::as_str`], e.g. for reading a route segment.
    pub fn parse(word: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.as_str() == word)
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A link to one entity. Serialized as `{"kind": "muscle", "id": "piriformis"}`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(tag = "kind", content = "id", rename_all = "lowercase")]
pub enum EntityRef {
    /// A muscle group id.
    Muscle(String),
    /// A condition id.
    Condition(String),
    /// A technique id.
    Technique(String),
    /// A stretch id.
    Stretch(String),
    /// A note id.
    Note(String),
    /// An article id.
    Article(String),
    /// A source id.
    Source(String),
}

impl EntityRef {
    /// Builds a reference from a kind and an id.
    pub fn new(kind: Kind, id: impl Into<String>) -> Self {
        let id = id.into();
        match kind {
            Kind::Muscle => EntityRef::Muscle(id),
            Kind::Condition => EntityRef::Condition(id),
            Kind::Technique => EntityRef::Technique(id),
            Kind::Stretch => EntityRef::Stretch(id),
            Kind::Note => EntityRef::Note(id),
            Kind::Article => EntityRef::Article(id),
            Kind::Source => EntityRef::Source(id),
        }
    }

    /// Which kind of entity this points at.
    pub fn kind(&self) -> Kind {
        match self {
            EntityRef::Muscle(_) => Kind::Muscle,
            EntityRef::Condition(_) => Kind::Condition,
            EntityRef::Technique(_) => Kind::Technique,
            EntityRef::Stretch(_) => Kind::Stretch,
            EntityRef::Note(_) => Kind::Note,
            EntityRef::Article(_) => Kind::Article,
            EntityRef::Source(_) => Kind::Source,
        }
    }

    /// The id of the entity pointed at.
    pub fn id(&self) -> &str {
        match self {
            EntityRef::Muscle(id)
            | EntityRef::Condition(id)
            | EntityRef::Technique(id)
            | EntityRef::Stretch(id)
            | EntityRef::Note(id)
            | EntityRef::Article(id)
            | EntityRef::Source(id) => id,
        }
    }
}

/// Shows as `muscle "piriformis"`, the form used in error messages.
impl fmt::Display for EntityRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} \"{}\"", self.kind(), self.id())
    }
}
