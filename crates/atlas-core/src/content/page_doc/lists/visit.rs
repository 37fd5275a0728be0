//! "Your visit": the articles as cards, the clinic's card, then every technique, condition and
//! traditional note as links, so nothing in the atlas is out of reach from this section.

use crate::content::{AppSection, Entity, EntityRef, KnowledgeBase, Word};

use super::super::parts::links;
use super::super::{Block, DocSection, EntryCard, Look, SectionLink};
use super::onward;

/// The page's one group of parts and the ways on.
pub(super) fn sections(kb: &KnowledgeBase) -> (Vec<DocSection<'_>>, Vec<SectionLink>) {
    let articles = kb
        .articles
        .iter()
        .map(|a| EntryCard::new(a.entity_ref(), &a.title, &a.summary))
        .collect();
    let parts = vec![
        Block::Cards(articles),
        Block::ClinicCard,
        links(kb.word(Word::LinkedTechniques), all_of(&kb.techniques)),
        Block::SeeAll(onward(AppSection::Techniques, Word::SeeAllTechniques)),
        links(kb.word(Word::VisitConditions), all_of(&kb.conditions)),
        Block::SeeAll(onward(AppSection::Conditions, Word::SeeAllConditions)),
        links(kb.word(Word::LinkedNotes), all_of(&kb.notes)),
    ];
    let onward = vec![
        onward(AppSection::Stretches, Word::ToStretches),
        onward(AppSection::Atlas, Word::OpenTheBodyMap),
    ];
    (vec![DocSection::group(Look::Bare, parts)], onward)
}

/// References to every entry of one kind, in the content's order.
fn all_of<T: Entity>(entries: &[T]) -> Vec<EntityRef> {
    entries.iter().map(Entity::entity_ref).collect()
}
