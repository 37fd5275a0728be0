//! A muscle group's page.

use crate::content::{also_called, AppSection, Depth, EntityRef, KnowledgeBase, Muscle, Stretch};

use super::parts::{links, refs_of};
use super::{Block, DocSection, Look, MusclePart, PageDoc, SectionLink, Subject, TextLook};

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
pub(super) fn muscle_doc<'a>(kb: &'a KnowledgeBase, muscle: &'a Muscle) -> PageDoc<'a> {
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
        subject: Subject::Entry(this),
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
