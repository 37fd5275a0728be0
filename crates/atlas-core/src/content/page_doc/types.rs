//! The types of a page document: the page, its sections and their typed blocks, and how
//! each is set apart; what a missing entry's page offers.

use crate::content::{
    AppSection, Claim, Condition, EntityRef, PrecautionNote, Region, SourceKind, Stretch, Word,
};

use super::sources::sources_of_blocks;

/// A link to one of the app's own pages, with its text: the kicker above a title, and the
/// "Keep exploring" links at a page's foot.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SectionLink {
    /// The page it leads to.
    pub to: AppSection,
    /// The link's text (the interface word, e.g. "All massage techniques").
    pub label: Word,
}

/// What a page shows: one entry, or one of the app's lists of entries.
#[derive(Clone, Debug, PartialEq)]
pub enum Subject {
    /// An entry's own page (its kind picks the page's look).
    Entry(EntityRef),
    /// A list page: conditions, massage techniques, stretches or "Your visit".
    List(AppSection),
}

/// One page: an entry's, or a list's.
#[derive(Clone, Debug, PartialEq)]
pub struct PageDoc<'a> {
    /// What the page shows.
    pub subject: Subject,
    /// The list the entry belongs to, shown small above the title.
    pub kicker: Option<SectionLink>,
    /// The page's heading and title.
    pub title: &'a str,
    /// What comes before the first section: the entry's other names (when it has some), the
    /// lead and what frames it.
    pub lead: Vec<Block<'a>>,
    /// The sections, in reading order.
    pub sections: Vec<DocSection<'a>>,
    /// Where to go next (the renderer adds search): no page is a dead end.
    pub onward: Vec<SectionLink>,
}

impl<'a> PageDoc<'a> {
    /// Every section, nested ones too, in reading order.
    pub fn all_sections(&self) -> Vec<&DocSection<'a>> {
        fn walk<'d, 'a>(part: &'d DocSection<'a>, out: &mut Vec<&'d DocSection<'a>>) {
            out.push(part);
            for block in &part.blocks {
                if let Block::Section(inner) = block {
                    walk(inner, out);
                }
            }
        }
        let mut out = Vec::new();
        for part in &self.sections {
            walk(part, &mut out);
        }
        out
    }

    /// Every block: the lead's, then every section's (nested ones too), in reading order.
    pub fn all_blocks(&self) -> Vec<&Block<'a>> {
        let mut out: Vec<&Block<'a>> = self.lead.iter().collect();
        for part in self.all_sections() {
            out.extend(part.blocks.iter());
        }
        out
    }

    /// Every entry a headed list of links leads to, with that list's heading, in reading order.
    pub fn all_links(&self) -> Vec<(&'a str, &EntityRef)> {
        self.all_blocks()
            .into_iter()
            .flat_map(|block| match block {
                Block::Links {
                    heading, entries, ..
                } => entries.iter().map(|e| (*heading, e)).collect(),
                _ => Vec::new(),
            })
            .collect()
    }
}

/// How a section is set apart on the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Look {
    /// A headed section of an entry.
    Plain,
    /// A headed section of a visit article.
    ArticlePart,
    /// One of a few short facts shown side by side (a technique's feel and pressure).
    Fact,
    /// What to tell the therapist or check first: marked with a warning sign.
    Safety,
    /// A note's disclaimer, read before the rest.
    Disclaimer,
    /// A note's card: its perspective, then its heading and questions.
    Card,
    /// No frame: the heading and blocks sit in the page itself.
    Bare,
    /// Facts side by side (its blocks are [`Look::Fact`] sections).
    Facts,
    /// The links to related entries, set off from the text above.
    Related,
    /// The groups of entries that cite a source.
    CitedBy,
    /// The text beside a body map ([`Block::MusclesMap`]) where the screen is wide.
    Split,
    /// The text column of a [`Look::Split`].
    Main,
    /// When to see a physician instead: marked with a warning sign, linked from the first
    /// screen.
    WarningSigns,
    /// The parts of a muscle's page beside each other where the screen is wide.
    MuscleLayout,
    /// One of those parts.
    MusclePart(MusclePart),
    /// A muscle's traditional notes, set apart after everything else.
    Traditional,
    /// A headed section of a stretch's or exercise's page.
    MovePart,
    /// A group of a list page's cards under its heading; the id the heading takes, which
    /// names the group for screen readers.
    ListGroup(&'static str),
}

/// The parts of a muscle's page, each placed by the page's layout.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MusclePart {
    /// What it does.
    Plain,
    /// Where it is (the body map).
    Map,
    /// Its origin, insertion and action.
    Anatomy,
    /// Its part in mobility and stability.
    Role,
}

/// How a list of claims is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ListLook {
    /// Numbered steps.
    Steps,
    /// A note's questions to sit with.
    Themes,
    /// The signs that call for a physician instead.
    WarningSigns,
    /// A move's numbered steps.
    MoveSteps,
    /// What to take care of while doing a move.
    Cautions,
}

/// How a line of plain (not sourced) text is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextLook {
    /// A plain paragraph.
    Plain,
    /// The words framing a note as a perspective, not anatomy.
    Framing,
    /// A source's citation (authors, journal, year).
    Citation,
    /// The words introducing a list in a safety section ("Check these first:").
    Intro,
    /// The words framing a muscle's traditional notes as no medical finding.
    Traditional,
}

/// One headed part of a page.
#[derive(Clone, Debug, PartialEq)]
pub struct DocSection<'a> {
    /// How it is set apart.
    pub look: Look,
    /// Its heading (an `h2`); none for a group of other sections.
    pub heading: Option<&'a str>,
    /// What it shows, in order.
    pub blocks: Vec<Block<'a>>,
    /// Its one "Sources" line: every source of every claim its blocks show, each once.
    pub sources: Vec<String>,
    /// What the "Sources" line is for, told to screen readers, when not the heading.
    pub sources_about: Option<&'a str>,
}

impl<'a> DocSection<'a> {
    /// A headed section whose "Sources" line lists what `blocks` cite.
    pub fn headed(look: Look, heading: &'a str, blocks: Vec<Block<'a>>) -> Self {
        let sources = sources_of_blocks(&blocks);
        DocSection {
            look,
            heading: Some(heading),
            blocks,
            sources,
            sources_about: None,
        }
    }

    /// A group of other parts, with no heading or sources line of its own.
    pub fn group(look: Look, blocks: Vec<Block<'a>>) -> Self {
        DocSection {
            look,
            heading: None,
            blocks,
            sources: Vec::new(),
            sources_about: None,
        }
    }

    /// What the section's sources line is told to be for, instead of its heading.
    pub fn about(mut self, about: &'a str) -> Self {
        self.sources_about = Some(about);
        self
    }
}

/// One typed piece of a page.
#[derive(Clone, Debug, PartialEq)]
pub enum Block<'a> {
    /// A claim's text; its section's "Sources" line lists its sources.
    Claim(&'a Claim),
    /// A claim standing on its own, with its own "Sources" line right under it.
    Cited(&'a Claim),
    /// The entry's other names, in the one wording ([`also_called`]).
    OtherNames(String),
    /// Where a muscle is and how deep, as two tags.
    MuscleMeta {
        /// Its region of the body.
        region: Region,
        /// How deep it lies, in words.
        depth: &'a str,
    },
    /// A section's opening claim, set larger; its section's "Sources" line lists its sources.
    Opening(&'a Claim),
    /// The body map with this muscle chosen; choosing another opens its page.
    BodyMap(&'a str),
    /// Named claims as a list of terms (a muscle's anatomy); its section lists their sources.
    Terms(Vec<(&'a str, &'a Claim)>),
    /// A headed list of moves as links, each with its small still; nothing when empty.
    Moves {
        /// The list's heading (an `h2`).
        heading: &'a str,
        /// The moves, in order.
        moves: Vec<&'a Stretch>,
    },
    /// Links to entries with no heading of their own (the section's is theirs).
    LinkList(Vec<EntityRef>),
    /// The page's lead: a claim with its own "Sources" line.
    Lead(&'a Claim),
    /// A note's perspective, opening its [`Look::Card`].
    Perspective(&'a Claim),
    /// Claims as a list, each an item.
    Claims(ListLook, Vec<&'a Claim>),
    /// Words that are the app's own, not a sourced claim.
    Text(TextLook, &'a str),
    /// A headed list of links to entries; `empty` is said when there are none (else nothing
    /// is shown). A reference to an entry that does not exist is left out, never a broken
    /// link.
    Links {
        /// The list's heading (an `h2`).
        heading: &'a str,
        /// The entries, in order.
        entries: Vec<EntityRef>,
        /// What to say when there are none.
        empty: Option<&'a str>,
    },
    /// Precautions with the entry's modifications, each named.
    Precautions(Vec<PrecautionNote<'a>>),
    /// Whether a source is the clinic's own document or a published reference.
    SourceKind(SourceKind),
    /// "Next: …", the article to read after this one.
    NextArticle(EntityRef),
    /// The body map with these muscles marked, under a heading.
    MusclesMap {
        /// The heading above the map.
        heading: &'a str,
        /// The muscles to mark.
        muscles: &'a [String],
    },
    /// A condition's first screen on a phone (what it is in one line, the warning signs, the
    /// moves to start with, booking), drawn by its own component.
    FirstScreen(&'a Condition),
    /// A condition's moves to try at home with the checks before them (its precautions, the
    /// start-here set timed in the player, the rest), drawn by its own component.
    HomeStretches(&'a Condition),
    /// When to stop, set apart in a safety section; its section's "Sources" line lists its
    /// sources.
    StopSign(&'a Claim),
    /// A move's dose in words ([`crate::content::Dose::in_words`], the one wording) with its own
    /// "Sources" line.
    Dose {
        /// The dose as a client reads it.
        words: String,
        /// The sources of the dose and of how often.
        sources: Vec<String>,
    },
    /// A move's animated guide, drawn by the player, with the get-ready lines of its
    /// precautions; `without` is said where the move has no guide yet.
    Guide {
        /// The move.
        stretch: &'a Stretch,
        /// Its precautions, each with its modification.
        precautions: Vec<PrecautionNote<'a>>,
        /// What to say when there is no guide.
        without: &'a str,
    },
    /// The clinic's "Book a visit".
    BookVisit,
    /// Entries as cards; a card's title is a heading one level under its section's.
    Cards(Vec<EntryCard<'a>>),
    /// "<intro>: <article>." — an article a list page features, with the intro's own
    /// "Sources" line.
    Featured {
        /// The sentence leading to the article.
        intro: &'a Claim,
        /// The article.
        article: EntityRef,
    },
    /// The clinic's name, contact and hours.
    ClinicCard,
    /// A link to a whole list, under a shorter list of links.
    SeeAll(SectionLink),
    /// Another part nested in this one (the sections of a group).
    Section(DocSection<'a>),
}

/// One entry on a list page: its name as a link, with its picture and a few words.
#[derive(Clone, Debug, PartialEq)]
pub struct EntryCard<'a> {
    /// The entry the card links to.
    pub entry: EntityRef,
    /// The link's text: the entry's name.
    pub title: &'a str,
    /// A move whose still the card shows.
    pub still: Option<&'a Stretch>,
    /// The entry's other names, in the one wording.
    pub other_names: Option<String>,
    /// A move's dose, in the one wording.
    pub dose: Option<String>,
    /// What it is, in one claim: its sources are on the entry's own page, one tap away.
    pub text: &'a Claim,
    /// A labelled line at the card's foot, e.g. ("Muscles: ", the muscles' names).
    pub meta: Option<(&'a str, String)>,
}

impl<'a> EntryCard<'a> {
    /// A card with its link and text, and nothing else yet.
    pub fn new(entry: EntityRef, title: &'a str, text: &'a Claim) -> Self {
        EntryCard {
            entry,
            title,
            still: None,
            other_names: None,
            dose: None,
            text,
            meta: None,
        }
    }
}

/// What a missing entry's page says and offers: the kind in words and the list to go back to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Missing {
    /// The kind as a reader says it in a sentence (the interface word, e.g. "massage
    /// technique").
    pub kind: Word,
    /// The list where entries of that kind are.
    pub back: SectionLink,
}
