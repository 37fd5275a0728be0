//! All massage techniques, clinical ones first, then the traditional sequence with the article
//! the page features; each a card with its other names and what it is.

use crate::content::{
    also_called, AppSection, Entity, EntityRef, KnowledgeBase, Page, Technique, Tradition, Word,
};

use super::super::{Block, DocSection, EntryCard, Look, SectionLink};
use super::onward;

/// The groups (clinical, then traditional; a group with none is left out) and the ways on.
pub(super) fn sections<'a>(
    kb: &'a KnowledgeBase,
    page: &'a Page,
) -> (Vec<DocSection<'a>>, Vec<SectionLink>) {
    let (traditional, clinical): (Vec<&Technique>, Vec<&Technique>) = kb
        .techniques
        .iter()
        .partition(|t| t.tradition == Tradition::Traditional);
    let cards =
        |items: Vec<&'a Technique>| Block::Cards(items.into_iter().map(|t| card(kb, t)).collect());
    let mut sections = Vec::new();
    if !clinical.is_empty() {
        // With no traditional group, the one group is every technique.
        let heading = kb.word(if traditional.is_empty() {
            Word::TechniquesAll
        } else {
            Word::TechniquesClinical
        });
        sections.push(DocSection::headed(
            Look::ListGroup("techniques-clinical"),
            heading,
            vec![cards(clinical)],
        ));
    }
    if !traditional.is_empty() {
        let featured = page
            .featured
            .as_ref()
            .filter(|f| kb.article(&f.article).is_some());
        let blocks = featured
            .map(|f| Block::Featured {
                intro: &f.intro,
                article: EntityRef::Article(f.article.clone()),
            })
            .into_iter()
            .chain([cards(traditional)])
            .collect();
        sections.push(DocSection::headed(
            Look::ListGroup("techniques-traditional"),
            kb.word(Word::TechniquesTraditional),
            blocks,
        ));
    }
    let onward = vec![
        onward(AppSection::Visit, Word::ToVisit),
        onward(AppSection::Conditions, Word::ToConditions),
    ];
    (sections, onward)
}

/// A technique's card: its name, other names and what it is.
fn card<'a>(kb: &KnowledgeBase, technique: &'a Technique) -> EntryCard<'a> {
    EntryCard {
        other_names: also_called(kb, &technique.aka),
        ..EntryCard::new(technique.entity_ref(), &technique.name, &technique.summary)
    }
}
