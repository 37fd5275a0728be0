//! An entry's page as a document: the kicker, title, other names, lead and sections of typed
//! blocks (claims, lists of links, precautions, …) that the app's one renderer draws.
//!
//! Why a document: the entry pages repeated one skeleton in hand-written markup, which was
//! most of the wasm's size and let two pages word one thing two ways. Here each kind says
//! *what* its page shows, from the knowledge base, in one place a native test can read
//! ("every technique's page lists its precautions"); how a block looks is the renderer's.
//! A section's sources are gathered here too, so each section's one "Sources" line lists
//! every source of every claim it shows.

use super::{
    also_called, AppSection, Article, Claim, Condition, Depth, EntityRef, KnowledgeBase, Muscle,
    Note, PrecautionNote, Region, Source, SourceKind, Stretch, Technique,
};

/// A link to one of the app's own pages, with its text: the kicker above a title, and the
/// "Keep exploring" links at a page's foot.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SectionLink {
    /// The page it leads to.
    pub to: AppSection,
    /// The link's text, e.g. "All massage techniques".
    pub label: &'static str,
}

/// One entry's page.
#[derive(Clone, Debug, PartialEq)]
pub struct PageDoc<'a> {
    /// The entry the page shows (its kind picks the page's look).
    pub entry: EntityRef,
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
    /// A move's dose in words ([`super::Dose::in_words`], the one wording) with its own
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
    /// Another part nested in this one (the sections of a group).
    Section(DocSection<'a>),
}

/// What a missing entry's page says and offers: the kind in words and the list to go back to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Missing {
    /// The kind as a reader says it, e.g. "massage technique".
    pub kind: &'static str,
    /// The list where entries of that kind are.
    pub back: SectionLink,
}

/// The page for `entry`, or `None` when no such entry exists.
pub fn document_for<'a>(kb: &'a KnowledgeBase, entry: &EntityRef) -> Option<PageDoc<'a>> {
    match entry {
        EntityRef::Note(id) => kb.note(id).map(|note| note_doc(kb, note)),
        EntityRef::Source(id) => kb.source(id).map(|source| source_doc(kb, source)),
        EntityRef::Technique(id) => kb.technique(id).map(|t| technique_doc(kb, t)),
        EntityRef::Article(id) => kb.article(id).map(|article| article_doc(kb, article)),
        EntityRef::Condition(id) => kb.condition(id).map(|c| condition_doc(kb, c)),
        EntityRef::Stretch(id) => kb.stretch(id).map(|stretch| stretch_doc(kb, stretch)),
        EntityRef::Muscle(id) => kb.muscle(id).map(|muscle| muscle_doc(kb, muscle)),
    }
}

/// What the page of a missing entry of this kind says (see [`Missing`]).
pub fn missing(kind: super::Kind) -> Missing {
    use super::Kind;
    let (kind, to, label) = match kind {
        Kind::Muscle => ("muscle group", AppSection::Atlas, "Open the body map"),
        Kind::Condition => ("condition", AppSection::Conditions, "All conditions"),
        Kind::Technique => (
            "massage technique",
            AppSection::Techniques,
            "All massage techniques",
        ),
        Kind::Stretch => ("stretch", AppSection::Stretches, "All stretches"),
        Kind::Note => ("note", AppSection::Atlas, "Explore the muscles"),
        Kind::Article => ("article", AppSection::Visit, "Your visit"),
        Kind::Source => ("source", AppSection::Visit, "Your visit"),
    };
    Missing {
        kind,
        back: SectionLink { to, label },
    }
}

/// The sources of some claims, each once, in first-cited order.
pub fn sources_of<'c>(claims: impl IntoIterator<Item = &'c Claim>) -> Vec<String> {
    let mut ids: Vec<String> = Vec::new();
    for claim in claims {
        add_sources(&mut ids, &claim.sources);
    }
    ids
}

/// Adds `more` source ids to `ids`, skipping those already there (order kept).
pub fn add_sources(ids: &mut Vec<String>, more: &[String]) {
    for id in more {
        if !ids.contains(id) {
            ids.push(id.clone());
        }
    }
}

/// The sources of some precautions' advice and modifications, each once, in order.
pub fn precaution_sources(notes: &[PrecautionNote<'_>]) -> Vec<String> {
    let mut ids = Vec::new();
    for note in notes {
        add_sources(&mut ids, &note.precaution.advice.sources);
        if let Some(modification) = note.modification {
            add_sources(&mut ids, &modification.sources);
        }
    }
    ids
}

/// The sources a section's own "Sources" line lists for its blocks: claims shown bare and
/// precautions (a [`Block::Cited`] or [`Block::Lead`] lists its own; a nested section its own).
fn sources_of_blocks(blocks: &[Block<'_>]) -> Vec<String> {
    let mut ids = Vec::new();
    for block in blocks {
        match block {
            Block::Claim(claim)
            | Block::Perspective(claim)
            | Block::StopSign(claim)
            | Block::Opening(claim) => add_sources(&mut ids, &claim.sources),
            Block::Claims(_, claims) => {
                for claim in claims {
                    add_sources(&mut ids, &claim.sources);
                }
            }
            Block::Precautions(notes) => add_sources(&mut ids, &precaution_sources(notes)),
            Block::Terms(terms) => {
                for (_, claim) in terms {
                    add_sources(&mut ids, &claim.sources);
                }
            }
            _ => {}
        }
    }
    ids
}

/// References of one kind to entries that exist, in order: an id the knowledge base does not
/// hold is left out rather than shown as a broken link.
fn existing(kb: &KnowledgeBase, kind: super::Kind, ids: &[String]) -> Vec<EntityRef> {
    ids.iter()
        .map(|id| EntityRef::new(kind, id))
        .filter(|entry| kb.contains(entry))
        .collect()
}

/// References to entries the graph returned, in order.
fn refs_of<T: super::Entity>(entries: &[&T]) -> Vec<EntityRef> {
    entries.iter().map(|e| e.entity_ref()).collect()
}

/// A page's lead after the entry's other names ("Also called …"), when it has some.
fn named<'a>(aka: &[String], lead: Vec<Block<'a>>) -> Vec<Block<'a>> {
    also_called(aka)
        .map(Block::OtherNames)
        .into_iter()
        .chain(lead)
        .collect()
}

/// A headed list of links (nothing shown when empty).
fn links(heading: &str, entries: Vec<EntityRef>) -> Block<'_> {
    Block::Links {
        heading,
        entries,
        empty: None,
    }
}

/// A note: framed as a perspective, not anatomy; its disclaimer first; then its card.
fn note_doc<'a>(kb: &'a KnowledgeBase, note: &'a Note) -> PageDoc<'a> {
    let this = EntityRef::Note(note.id.clone());
    let card = DocSection::headed(
        Look::Card,
        "Questions to sit with",
        vec![
            Block::Perspective(&note.perspective),
            Block::Claims(ListLook::Themes, note.themes.iter().collect()),
        ],
    );
    PageDoc {
        entry: this.clone(),
        kicker: Some(SectionLink {
            to: AppSection::Atlas,
            label: "A traditional perspective",
        }),
        title: &note.title,
        lead: vec![Block::Text(
            TextLook::Framing,
            "Something to reflect on, not anatomy and not a diagnosis. Take from it only what feels useful.",
        )],
        sections: vec![
            DocSection::headed(
                Look::Disclaimer,
                "Please read first",
                vec![Block::Claim(&note.disclaimer)],
            )
            .about("the disclaimer"),
            card,
            DocSection::group(
                Look::Bare,
                vec![
                    links(
                        "The low-back muscles it is linked to",
                        existing(kb, super::Kind::Muscle, &note.muscles),
                    ),
                    links("Read more", refs_of(&kb.articles_for(&this))),
                ],
            ),
        ],
        onward: vec![
            SectionLink {
                to: AppSection::Atlas,
                label: "Explore the muscles",
            },
            SectionLink {
                to: AppSection::Visit,
                label: "Your visit",
            },
        ],
    }
}

/// What a source's kind means to a client: its label and one line of help.
pub fn source_kind_words(kind: SourceKind) -> (&'static str, &'static str) {
    match kind {
        SourceKind::Seed => ("Clinic document", "One of our clinic's own documents."),
        SourceKind::Reference => (
            "Published reference",
            "A published source: an anatomy reference, textbook, study or guideline.",
        ),
    }
}

/// Headings for the groups of entries citing a source, one per kind, in reading order.
const CITED_BY: [(super::Kind, &str); 6] = [
    (super::Kind::Condition, "Conditions"),
    (super::Kind::Muscle, "Muscle groups"),
    (super::Kind::Technique, "Massage techniques"),
    (super::Kind::Stretch, "Stretches"),
    (super::Kind::Article, "Visit articles"),
    (super::Kind::Note, "A traditional perspective"),
];

/// A source: what it is, how to find it, and everything that cites it, grouped by kind.
fn source_doc<'a>(kb: &'a KnowledgeBase, source: &'a Source) -> PageDoc<'a> {
    let citing = kb.cited_by(&source.id);
    let mut lead = vec![Block::SourceKind(source.kind)];
    if !source.citation.is_empty() {
        lead.push(Block::Text(TextLook::Citation, &source.citation));
    }
    let cited_by = if citing.is_empty() {
        Block::Text(
            TextLook::Plain,
            "Nothing in the atlas cites this source yet.",
        )
    } else {
        let groups = CITED_BY
            .iter()
            .map(|(kind, heading)| {
                let of_kind = citing.iter().filter(|e| e.kind() == *kind).cloned();
                links(heading, of_kind.collect())
            })
            .collect();
        Block::Section(DocSection::group(Look::CitedBy, groups))
    };
    PageDoc {
        entry: EntityRef::Source(source.id.clone()),
        kicker: Some(SectionLink {
            to: AppSection::Visit,
            label: "Sources",
        }),
        title: &source.title,
        lead,
        sections: vec![DocSection::headed(
            Look::Bare,
            "What cites it",
            vec![cited_by],
        )],
        onward: vec![SectionLink {
            to: AppSection::Visit,
            label: "Your visit",
        }],
    }
}

/// A massage technique: what it feels like, the pressure, what to tell the therapist first,
/// how it is done, afterwards, and the muscles and conditions it is for. The therapist's own
/// names for it (`therapist_aka`) stay for explain mode.
fn technique_doc<'a>(kb: &'a KnowledgeBase, technique: &'a Technique) -> PageDoc<'a> {
    use super::Kind;
    let this = EntityRef::Technique(technique.id.clone());
    let mut sections = vec![DocSection::group(
        Look::Facts,
        vec![
            Block::Section(DocSection::headed(
                Look::Fact,
                "What it feels like",
                vec![Block::Claim(&technique.feels)],
            )),
            Block::Section(DocSection::headed(
                Look::Fact,
                "Pressure",
                vec![Block::Claim(&technique.pressure)],
            )),
        ],
    )];
    let notes = kb.precautions_for_technique(&technique.id);
    if !notes.is_empty() {
        sections.push(DocSection::headed(
            Look::Safety,
            "Tell your therapist first",
            vec![Block::Precautions(notes)],
        ));
    }
    if !technique.steps.is_empty() {
        sections.push(DocSection::headed(
            Look::Plain,
            "How your therapist does it",
            vec![Block::Claims(
                ListLook::Steps,
                technique.steps.iter().collect(),
            )],
        ));
    }
    sections.push(DocSection::headed(
        Look::Plain,
        "Afterwards",
        vec![Block::Claim(&technique.afterwards)],
    ));
    let main = DocSection::group(
        Look::Main,
        vec![
            links(
                "Muscles it works",
                existing(kb, Kind::Muscle, &technique.muscles),
            ),
            links(
                "Used for",
                refs_of(&kb.conditions_for_technique(&technique.id)),
            ),
            links("Read more", refs_of(&kb.articles_for(&this))),
        ],
    );
    sections.push(DocSection::group(
        Look::Split,
        vec![
            Block::Section(main),
            Block::MusclesMap {
                heading: "Where it works",
                muscles: &technique.muscles,
            },
        ],
    ));
    PageDoc {
        entry: this,
        kicker: Some(SectionLink {
            to: AppSection::Techniques,
            label: "Massage techniques",
        }),
        title: &technique.name,
        lead: named(&technique.aka, vec![Block::Lead(&technique.summary)]),
        sections,
        onward: vec![
            SectionLink {
                to: AppSection::Techniques,
                label: "All massage techniques",
            },
            SectionLink {
                to: AppSection::Visit,
                label: "Your visit",
            },
        ],
    }
}

/// A visit article: its summary, its sections (their therapist scripts stay for explain mode),
/// what it relates to and the next article to read.
fn article_doc<'a>(kb: &'a KnowledgeBase, article: &'a Article) -> PageDoc<'a> {
    use super::Kind;
    let related = &article.related;
    // Exercises (`Goal::Strengthen`) are linked under their own heading, not as stretches.
    let (exercises, stretches): (Vec<String>, Vec<String>) = related
        .stretches
        .iter()
        .cloned()
        .partition(|id| kb.stretch(id).is_some_and(|s| s.is_exercise()));
    let mut sections: Vec<DocSection<'a>> = article
        .sections
        .iter()
        .map(|section| {
            let paragraphs = section.paragraphs.iter().map(Block::Claim).collect();
            DocSection::headed(Look::ArticlePart, &section.heading, paragraphs)
        })
        .collect();
    sections.push(DocSection::group(
        Look::Related,
        vec![
            links(
                "Conditions",
                existing(kb, Kind::Condition, &related.conditions),
            ),
            links("Muscles", existing(kb, Kind::Muscle, &related.muscles)),
            links(
                "Massage techniques",
                existing(kb, Kind::Technique, &related.techniques),
            ),
            links("Stretches", existing(kb, Kind::Stretch, &stretches)),
            links("Guided exercises", existing(kb, Kind::Stretch, &exercises)),
            links(
                "A traditional perspective",
                existing(kb, Kind::Note, &related.notes),
            ),
        ],
    ));
    if let Some(next) = next_article(&kb.articles, &article.id) {
        sections.push(DocSection::group(
            Look::Bare,
            vec![Block::NextArticle(EntityRef::Article(next.id.clone()))],
        ));
    }
    PageDoc {
        entry: EntityRef::Article(article.id.clone()),
        kicker: Some(SectionLink {
            to: AppSection::Visit,
            label: "Your visit",
        }),
        title: &article.title,
        lead: vec![Block::Lead(&article.summary)],
        sections,
        onward: vec![SectionLink {
            to: AppSection::Visit,
            label: "All visit articles",
        }],
    }
}

/// The article after `id` in Visit order (wrapping), so reading can go on; none when it is the
/// only one.
fn next_article<'a>(articles: &'a [Article], id: &str) -> Option<&'a Article> {
    let at = articles.iter().position(|a| a.id == id)?;
    articles
        .get((at + 1) % articles.len())
        .filter(|a| a.id != id)
}

/// A condition: its first screen (what it is in one line, the warning signs, the moves to
/// start with), then what it is, the muscles involved beside the body map, what massage can
/// do and what to expect, when to see a physician instead, the techniques, the home stretches
/// (its checks before the moves) and what to read.
fn condition_doc<'a>(kb: &'a KnowledgeBase, condition: &'a Condition) -> PageDoc<'a> {
    use super::Kind;
    let this = EntityRef::Condition(condition.id.clone());
    let mut main = vec![
        Block::Section(DocSection::headed(
            Look::Plain,
            "What it is",
            vec![Block::Cited(&condition.summary)],
        )),
        links(
            "Muscles involved",
            existing(kb, Kind::Muscle, &condition.muscles),
        ),
        Block::Section(DocSection::headed(
            Look::Plain,
            "What massage can do",
            vec![Block::Claim(&condition.massage)],
        )),
        Block::Section(DocSection::headed(
            Look::Plain,
            "What to expect",
            vec![Block::Claim(&condition.expect)],
        )),
    ];
    if !condition.see_physician.is_empty() {
        main.push(Block::Section(DocSection::headed(
            Look::WarningSigns,
            "When to see a physician instead",
            vec![Block::Claims(
                ListLook::WarningSigns,
                condition.see_physician.iter().collect(),
            )],
        )));
    }
    PageDoc {
        entry: this.clone(),
        kicker: Some(SectionLink {
            to: AppSection::Conditions,
            label: "Conditions",
        }),
        title: &condition.name,
        lead: named(&condition.aka, vec![Block::FirstScreen(condition)]),
        sections: vec![
            DocSection::group(
                Look::Split,
                vec![
                    Block::Section(DocSection::group(Look::Main, main)),
                    Block::MusclesMap {
                        heading: "Where they are",
                        muscles: &condition.muscles,
                    },
                ],
            ),
            DocSection::group(
                Look::Bare,
                vec![
                    links(
                        "Massage techniques that can help",
                        existing(kb, Kind::Technique, &condition.techniques),
                    ),
                    Block::HomeStretches(condition),
                    links("Read more", refs_of(&kb.articles_for(&this))),
                ],
            ),
        ],
        onward: vec![
            SectionLink {
                to: AppSection::Conditions,
                label: "All conditions",
            },
            SectionLink {
                to: AppSection::Atlas,
                label: "Open the body map",
            },
        ],
    }
}

/// What every stretch page (and player, and handout) says before the first move: when to stop
/// (the clinic's notice) and when to see a doctor (the program's note), each a sourced claim.
pub fn stop_signs(kb: &KnowledgeBase) -> Vec<&Claim> {
    let feel = kb.notice("when-to-stop").map(|n| &n.text);
    let doctor = kb.program_note("red-flags").map(|n| &n.text);
    feel.into_iter().chain(doctor).collect()
}

/// A stretch or strengthening exercise: its dose, what to check before starting, the guide,
/// why it helps, how to do it, what to take care of, the muscles it lengthens (a stretch) or
/// works (an exercise) and the conditions it helps. An exercise's page never calls it a
/// stretch.
fn stretch_doc<'a>(kb: &'a KnowledgeBase, stretch: &'a Stretch) -> PageDoc<'a> {
    use super::Kind;
    let exercise = stretch.is_exercise();
    let mut dose_sources = stretch.dose.sources.clone();
    add_sources(&mut dose_sources, &stretch.dose.frequency.sources);
    let notes = kb.precautions_for_stretch(&stretch.id);
    let mut safety: Vec<Block<'a>> = stop_signs(kb).into_iter().map(Block::StopSign).collect();
    if !notes.is_empty() {
        safety.push(Block::Text(TextLook::Intro, "Check these first:"));
        safety.push(Block::Precautions(notes.clone()));
    }
    let without = if exercise {
        "There is no animation for this exercise yet: follow the steps below."
    } else {
        "There is no animation for this stretch yet: follow the steps below."
    };
    let muscles_heading = if exercise {
        "Muscles it works"
    } else {
        "Muscles it lengthens"
    };
    PageDoc {
        entry: EntityRef::Stretch(stretch.id.clone()),
        kicker: None,
        title: &stretch.name,
        lead: named(
            &stretch.aka,
            vec![Block::Dose {
                words: stretch.dose.in_words(stretch.goal),
                sources: dose_sources,
            }],
        ),
        sections: vec![
            DocSection::headed(Look::Safety, "Before you start", safety),
            DocSection::group(
                Look::Bare,
                vec![
                    Block::Guide {
                        stretch,
                        precautions: notes,
                        without,
                    },
                    Block::Section(DocSection::headed(
                        Look::MovePart,
                        "Why it helps",
                        vec![Block::Claim(&stretch.purpose)],
                    )),
                    Block::Section(DocSection::headed(
                        Look::MovePart,
                        "How to do it",
                        vec![Block::Claims(
                            ListLook::MoveSteps,
                            stretch.steps.iter().collect(),
                        )],
                    )),
                    Block::Section(DocSection::headed(
                        Look::MovePart,
                        "Take care",
                        vec![Block::Claims(
                            ListLook::Cautions,
                            stretch.cautions.iter().collect(),
                        )],
                    )),
                    links(
                        muscles_heading,
                        existing(kb, Kind::Muscle, &stretch.muscles),
                    ),
                    links(
                        "Helps with",
                        refs_of(&kb.conditions_for_stretch(&stretch.id)),
                    ),
                    Block::BookVisit,
                ],
            ),
        ],
        onward: Vec::new(),
    }
}

/// Where a muscle lies, in words ("deep, under other muscles").
fn depth_words(depth: Depth) -> &'static str {
    match depth {
        Depth::Deep => "deep, under other muscles",
        Depth::Superficial => "near the surface",
    }
}

/// A muscle group: where and how deep it is, what it does, the body map with it chosen, its
/// anatomy, its part in "hips move, the low back stays steady", then everything linked to it;
/// the clinic's traditional notes on it come last, as links only, apart from the anatomy.
fn muscle_doc<'a>(kb: &'a KnowledgeBase, muscle: &'a Muscle) -> PageDoc<'a> {
    let this = EntityRef::Muscle(muscle.id.clone());
    // One list means "lengthens it", the other "works it" (`Goal`), so they stay apart.
    let (exercises, stretches): (Vec<&Stretch>, Vec<&Stretch>) = kb
        .stretches_for_muscle(&muscle.id)
        .into_iter()
        .partition(|s| s.is_exercise());
    let part = |at: MusclePart, heading: &'a str, blocks: Vec<Block<'a>>| {
        Block::Section(DocSection::headed(Look::MusclePart(at), heading, blocks))
    };
    let layout = DocSection::group(
        Look::MuscleLayout,
        vec![
            part(
                MusclePart::Plain,
                "What it does",
                vec![Block::Opening(&muscle.plain)],
            ),
            part(
                MusclePart::Map,
                "Where it is",
                vec![Block::BodyMap(&muscle.id)],
            ),
            part(
                MusclePart::Anatomy,
                "Anatomy",
                vec![Block::Terms(vec![
                    ("Starts at (origin)", &muscle.origin),
                    ("Ends at (insertion)", &muscle.insertion),
                    ("Movement (action)", &muscle.action),
                ])],
            ),
            part(
                MusclePart::Role,
                "Mobility and stability",
                vec![Block::Claim(&muscle.mobility_role)],
            ),
        ],
    );
    let mut linked = vec![
        Block::Links {
            heading: "Conditions it is involved in",
            entries: refs_of(&kb.conditions_for_muscle(&muscle.id)),
            empty: Some("No condition in the atlas lists this muscle group yet."),
        },
        links(
            "Massage techniques used on it",
            refs_of(&kb.techniques_for_muscle(&muscle.id)),
        ),
        Block::Moves {
            heading: "Stretches that lengthen it",
            moves: stretches,
        },
        Block::Moves {
            heading: "Exercises that work it",
            moves: exercises,
        },
        links("About your visit", refs_of(&kb.articles_for(&this))),
        Block::BookVisit,
    ];
    let notes = kb.notes_for_muscle(&muscle.id);
    if !notes.is_empty() {
        linked.push(Block::Section(DocSection::headed(
            Look::Traditional,
            "A traditional perspective",
            vec![
                Block::Text(
                    TextLook::Traditional,
                    "Apart from the anatomy, our clinic also offers a traditional, reflective view of this area. It is not a medical finding.",
                ),
                Block::LinkList(refs_of(&notes)),
            ],
        )));
    }
    PageDoc {
        entry: this,
        kicker: Some(SectionLink {
            to: AppSection::Atlas,
            label: "Body map",
        }),
        title: &muscle.name,
        // Where it is and how deep come before its other names, as tags under the title.
        lead: [Block::MuscleMeta {
            region: muscle.region,
            depth: depth_words(muscle.depth),
        }]
        .into_iter()
        .chain(also_called(&muscle.aka).map(Block::OtherNames))
        .collect(),
        sections: vec![layout, DocSection::group(Look::Bare, linked)],
        onward: Vec::new(),
    }
}
