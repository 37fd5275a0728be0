//! Shared building blocks of the model: claims, sources, enums and the whole knowledge base.

use super::{
    Aftercare, Article, Condition, Encouragement, ExplainStep, Interface, Muscle, Note, Notice,
    Page, PositionRule, Precaution, ProgramNote, Stretch, Synonym, Technique,
};
use serde::{Deserialize, Serialize};

/// One piece of prose together with the sources that back it.
///
/// Every sentence a client reads is a claim, so a clinic can always answer "says who?".
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Claim {
    /// Plain, client-facing text (short paragraphs).
    pub text: String,
    /// Ids of [`Source`]s that back the text; at least one.
    pub sources: Vec<String>,
}

impl Claim {
    /// Builds a claim; handy in tests and tools.
    pub fn new(text: impl Into<String>, sources: &[&str]) -> Self {
        Claim {
            text: text.into(),
            sources: sources.iter().map(|s| s.to_string()).collect(),
        }
    }
}

/// Where a muscle group sits, for grouping on the body map.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Region {
    /// Around the hip joint and thigh.
    Hip,
    /// Inside or on the pelvis.
    Pelvis,
    /// The low back.
    Lumbar,
}

/// Which part of the body a condition is mainly about (groups the conditions list).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Area {
    /// The hip and buttock (`area = "hip"`).
    Hip,
    /// The low back (`area = "low-back"`), including pain that starts there and travels.
    LowBack,
}

/// Where a massage technique comes from (groups the techniques list).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Tradition {
    /// Western clinical massage (`tradition = "clinical"`).
    Clinical,
    /// The clinic's traditional low-back sequence (`tradition = "traditional"`).
    Traditional,
}

/// How deep a muscle group lies, so the map can draw it under or over others.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Depth {
    /// Near the skin; can be felt directly.
    Superficial,
    /// Under other muscles.
    Deep,
}

/// Whether a source is one of the clinic's own documents or a published reference.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SourceKind {
    /// A clinic document (the seeds).
    Seed,
    /// A published reference (anatomy site, textbook, study, guideline).
    Reference,
}

/// A document that claims cite.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Lowercase-kebab id, e.g. `hip-pain-massage-guide` or `cherkin-2011`. Readable, because
    /// it is the source page's address a client sees.
    pub id: String,
    /// Title as the source gives it.
    pub title: String,
    /// Clinic document or published reference.
    pub kind: SourceKind,
    /// Authors, journal, year, edition or web site: enough to find it again.
    #[serde(default)]
    pub citation: String,
    /// File the entry was loaded from; set by the loader, used in error messages. Never
    /// serialized (`serde(skip)`), so no bundle carries it to the browser.
    #[serde(skip)]
    pub file: String,
}

/// The whole knowledge base, in the order the files listed the entries.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct KnowledgeBase {
    /// Everything a claim can cite.
    pub sources: Vec<Source>,
    /// The twelve muscle groups.
    pub muscles: Vec<Muscle>,
    /// Hip and low-back conditions.
    pub conditions: Vec<Condition>,
    /// Massage techniques.
    pub techniques: Vec<Technique>,
    /// Stretches and mobility moves.
    pub stretches: Vec<Stretch>,
    /// Traditional-perspective notes, kept apart from the anatomy.
    pub notes: Vec<Note>,
    /// The visit articles, in Visit index order.
    pub articles: Vec<Article>,
    /// The precautions stretches, techniques and conditions name (`precautions.toml`).
    pub precautions: Vec<Precaution>,
    /// Which positions need which precaution (`position-rules.toml`); build-time only (the
    /// build clears them before the bundle: the derived precautions are on the stretches).
    pub position_rules: Vec<PositionRule>,
    /// The texts of the app's own pages: titles, leads, hints, cards (`pages.toml`).
    pub pages: Vec<Page>,
    /// Texts shown on every page, such as the footer's disclaimer (`pages.toml`).
    pub notices: Vec<Notice>,
    /// Everyday words and what they mean in the atlas, for search (`vocabulary.toml`).
    pub synonyms: Vec<Synonym>,
    /// Explain mode's steps, in the order the therapist walks through them (`explain.toml`).
    pub explain: Vec<ExplainStep>,
    /// The aftercare a therapist may choose for a home program (`program.toml`).
    pub aftercare: Vec<Aftercare>,
    /// Kind words under the client's log, by days practised this week (`program.toml`).
    pub encouragement: Vec<Encouragement>,
    /// Notes the home program's pages show, e.g. why fewer stretches work better.
    pub program_notes: Vec<ProgramNote>,
    /// The interface's own words: buttons, labels, headings (`interface.toml`).
    pub interface: Interface,
}
