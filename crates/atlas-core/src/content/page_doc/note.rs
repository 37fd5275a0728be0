//! A note's page.

use crate::content::{AppSection, EntityRef, Kind, KnowledgeBase, Note};

use super::parts::{existing, links, refs_of};
use super::{Block, DocSection, ListLook, Look, PageDoc, SectionLink, Subject, TextLook};

/// A note: framed as a perspective, not anatomy; its disclaimer first; then its card.
pub(super) fn note_doc<'a>(kb: &'a KnowledgeBase, note: &'a Note) -> PageDoc<'a> {
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
        subject: Subject::Entry(this.clone()),
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
                        existing(kb, Kind::Muscle, &note.muscles),
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
