//! The texts of the app's own pages (home, body map, the lists and "Your visit"): their title,
//! lead, hint, cards and featured article, from `assets/content/pages.toml`, so a clinic edits
//! them where it edits everything else and the page code holds no prose.
//!
//! Notices (`[[notice]]`) are texts the app shows outside any one page's own texts: the footer's
//! disclaimer on every page, and the plain lines under the explain mode's live model.
//!
//! Pages are not linked entities: they have no id in the link graph and are never search
//! results. Each is one of the app's fixed [`AppSection`]s, and every page in [`REQUIRED_PAGES`]
//! must exist (the build checks this), so the app's lookups never come back empty.

use super::{Claim, KnowledgeBase};
use serde::{Deserialize, Serialize};

use super::{EntityRef, Kind};
use std::fmt;

/// The app's fixed sections: the pages a card may link to (`to = "stretches"`), and the ids a
/// `[[page]]` entry may take (those in [`REQUIRED_PAGES`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AppSection {
    /// The welcome page (`"home"`).
    Home,
    /// The body map with the list of muscle groups (`"atlas"`).
    Atlas,
    /// All conditions (`"conditions"`).
    Conditions,
    /// All massage techniques (`"techniques"`).
    Techniques,
    /// All stretches (`"stretches"`).
    Stretches,
    /// "Your visit": the articles, techniques, conditions and notes (`"visit"`).
    Visit,
    /// Search over everything (`"search"`).
    Search,
    /// The therapist's explain mode (`"explain"`).
    Explain,
    /// The client's home program (`"program"`).
    Program,
}

impl AppSection {
    /// Every section, in the order error messages list them.
    pub const ALL: [AppSection; 9] = [
        AppSection::Home,
        AppSection::Atlas,
        AppSection::Conditions,
        AppSection::Techniques,
        AppSection::Stretches,
        AppSection::Visit,
        AppSection::Search,
        AppSection::Explain,
        AppSection::Program,
    ];

    /// The word the content uses for this section, e.g. `"stretches"`.
    pub fn as_str(self) -> &'static str {
        match self {
            AppSection::Home => "home",
            AppSection::Atlas => "atlas",
            AppSection::Conditions => "conditions",
            AppSection::Techniques => "techniques",
            AppSection::Stretches => "stretches",
            AppSection::Visit => "visit",
            AppSection::Search => "search",
            AppSection::Explain => "explain",
            AppSection::Program => "program",
        }
    }

    /// The inverse of [`AppSection::as_str`]; `None` for a word that names no section.
    pub fn parse(word: &str) -> Option<AppSection> {
        AppSection::ALL.into_iter().find(|s| s.as_str() == word)
    }

    /// The words of `sections`, comma-separated, for error messages.
    pub fn list(sections: &[AppSection]) -> String {
        let words: Vec<&str> = sections.iter().map(|s| s.as_str()).collect();
        words.join(", ")
    }
}

impl fmt::Display for AppSection {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The pages whose texts come from the content; each must have a `[[page]]` entry, and no
/// other page id is accepted.
pub const REQUIRED_PAGES: [AppSection; 6] = [
    AppSection::Home,
    AppSection::Atlas,
    AppSection::Conditions,
    AppSection::Techniques,
    AppSection::Stretches,
    AppSection::Visit,
];

/// The texts of one of the app's pages (`[[page]]` in `pages.toml`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Page {
    /// Which page: one of [`REQUIRED_PAGES`], e.g. `"atlas"`.
    pub id: String,
    /// The page's heading, also its name in the browser tab (the home page's tab shows only
    /// the app's name).
    pub title: String,
    /// The sentence or two under the heading, with its sources.
    pub lead: Claim,
    /// A short instruction on using the page, e.g. how to choose a muscle on the body map.
    /// Not a claim: it says how the app works, not something about the body.
    #[serde(default)]
    pub hint: Option<String>,
    /// Ways on from the page, each a card (the home page's three ways in).
    #[serde(default)]
    pub cards: Vec<Card>,
    /// Everyday ways in, in a client's words ("I sit all day"), each leading to the entries
    /// that answer it (the home page's "Start from the problem").
    #[serde(default)]
    pub ways_in: Vec<WayIn>,
    /// An article the page links to by name (the techniques page: the article presenting the
    /// traditional techniques as one sequence, shown with those techniques).
    #[serde(default)]
    pub featured: Option<FeaturedArticle>,
    /// File the entry was loaded from; set by the loader, used in error messages. Never
    /// serialized (`serde(skip)`), so no bundle carries it to the browser.
    #[serde(skip)]
    pub file: String,
}

/// A card on a page: a heading that links to one of the app's sections, and a sentence on what
/// the reader finds there.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Card {
    /// The heading, which is also the link text, e.g. "Stretch at home".
    pub title: String,
    /// What the reader finds there, with its sources.
    pub text: Claim,
    /// The section the card opens, one of [`AppSection::ALL`]'s words, e.g. `"stretches"`.
    pub to: String,
}

impl Card {
    /// The section the card opens; `None` only for content that failed validation.
    pub fn section(&self) -> Option<AppSection> {
        AppSection::parse(&self.to)
    }
}

/// A way in from a problem as a client would put it: what they say, a sentence on what may be
/// going on, and where to go from there.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WayIn {
    /// What the client says, in their own words, e.g. "I sit all day".
    pub says: String,
    /// What may be behind it and what helps, with its sources.
    pub text: Claim,
    /// Where it leads, as `kind:id` (`condition:sciatica`, `stretch:figure-4`,
    /// `article:aftercare`), the main one first.
    pub leads: Vec<String>,
}

impl WayIn {
    /// The entries it leads to; `None` in place of one that is not `kind:id` (only in content
    /// that failed validation).
    pub fn targets(&self) -> impl Iterator<Item = Option<EntityRef>> + '_ {
        self.leads.iter().map(|lead| {
            let (kind, id) = lead.split_once(':')?;
            Some(EntityRef::new(Kind::parse(kind.trim())?, id.trim()))
        })
    }
}

/// An article a page names, with the words that introduce the link:
/// "<intro>: <article title>."
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FeaturedArticle {
    /// Id of the article, e.g. `lower-back-relaxation-routine`.
    pub article: String,
    /// The words before the link, e.g. "Used together as one relaxing sequence".
    pub intro: Claim,
}

/// The notices the app shows (`[[notice]]`); each must exist once. `disclaimer`: the footer's,
/// on every page. `model-bend`, `model-stride`: under the live hip–lumbar model (bending
/// forward, a walking stride), saying it is a simplified model and what it rests on.
pub const REQUIRED_NOTICES: [&str; 4] =
    ["disclaimer", "model-bend", "model-stride", "when-to-stop"];

/// A text the app shows outside any one page's own texts (`[[notice]]` in `pages.toml`), e.g.
/// the disclaimer in the footer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Notice {
    /// Which notice: one of [`REQUIRED_NOTICES`], e.g. `"disclaimer"`.
    pub id: String,
    /// The text, with its sources.
    pub text: Claim,
    /// File the entry was loaded from; set by the loader, used in error messages. Never
    /// serialized (`serde(skip)`), so no bundle carries it to the browser.
    #[serde(skip)]
    pub file: String,
}

impl KnowledgeBase {
    /// The notice with this id (one of [`REQUIRED_NOTICES`], which validated content all has).
    pub fn notice(&self, id: &str) -> Option<&Notice> {
        self.notices.iter().find(|n| n.id == id)
    }

    /// The texts of the page with this id (a [`AppSection`] word such as `"atlas"`). Every page in
    /// [`REQUIRED_PAGES`] exists in validated content.
    pub fn page(&self, id: &str) -> Option<&Page> {
        self.pages.iter().find(|p| p.id == id)
    }

    /// The article a page features, if it names one that exists.
    pub fn featured_article(&self, page_id: &str) -> Option<&super::Article> {
        let featured = self.page(page_id)?.featured.as_ref()?;
        self.article(&featured.article)
    }
}
