//! A note's page.

use crate::content::{AppSection, EntityRef, Kind, KnowledgeBase, Note, Word};

use super::parts::{existing, links, refs_of};
use super::{Block, DocSection, ListLook, Look, PageDoc, SectionLink, Subject, TextLook};

/// A note: framed as a perspective, not anatomy; its disclaimer first; then its card.
pub(super) fn note_doc<'a>(kb: &'a KnowledgeBase, note: &'a Note) -> PageDoc<'a> {
    let this = EntityRef::Note(note.id.clone());
    let card = DocSection::headed(
        Look::Card,
        kb.word(Word::NoteQuestions),
        vec![
            Block::Perspective(&note.perspective),
            Block::Claims(ListLook::Themes, note.themes.iter().collect()),
        ],
    );
    PageDoc {
        subject: Subject::Entry(this.clone()),
        kicker: Some(SectionLink {
            to: AppSection::Atlas,
            label: Word::ToTraditional,
        }),
        title: &note.title,
        lead: vec![Block::Text(TextLook::Framing, kb.word(Word::NoteFraming))],
        sections: vec![
            DocSection::headed(
                Look::Disclaimer,
                kb.word(Word::NoteReadFirst),
                vec![Block::Claim(&note.disclaimer)],
            )
            .about(kb.word(Word::NoteDisclaimerAbout)),
            card,
            DocSection::group(
                Look::Bare,
                vec![
                    links(
                        kb.word(Word::NoteMuscles),
                        existing(kb, Kind::Muscle, &note.muscles),
                    ),
                    links(kb.word(Word::ReadMore), refs_of(&kb.articles_for(&this))),
                ],
            ),
        ],
        onward: vec![
            SectionLink {
                to: AppSection::Atlas,
                label: Word::ToExploreMuscles,
            },
            SectionLink {
                to: AppSection::Visit,
                label: Word::ToVisit,
            },
        ],
    }
}
