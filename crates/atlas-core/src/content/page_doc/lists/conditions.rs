//! All conditions, grouped into hip and low back, each a card with what it is and the
//! muscles involved.

use crate::content::{AppSection, Area, Condition, Entity, KnowledgeBase, Word};

use super::super::{Block, DocSection, EntryCard, Look, SectionLink};
use super::onward;

/// The groups (hip, then low back; a group with no condition is left out) and the ways on.
pub(super) fn sections(kb: &KnowledgeBase) -> (Vec<DocSection<'_>>, Vec<SectionLink>) {
    let (back, hip): (Vec<&Condition>, Vec<&Condition>) =
        kb.conditions.iter().partition(|c| c.area == Area::LowBack);
    let groups = [
        (Word::ConditionsHip, "conditions-hip", hip),
        (Word::ConditionsBack, "conditions-back", back),
    ];
    let sections = groups
        .into_iter()
        .filter(|(_, _, items)| !items.is_empty())
        .map(|(heading, id, items)| {
            let cards = items.into_iter().map(|c| card(kb, c)).collect();
            DocSection::headed(
                Look::ListGroup(id),
                kb.word(heading),
                vec![Block::Cards(cards)],
            )
        })
        .collect();
    let onward = vec![
        onward(AppSection::Techniques, Word::ToTechniques),
        onward(AppSection::Stretches, Word::ToStretches),
        onward(AppSection::Atlas, Word::OpenTheBodyMap),
    ];
    (sections, onward)
}

/// A condition's card: its name, what it is, and the muscles involved.
fn card<'a>(kb: &'a KnowledgeBase, condition: &'a Condition) -> EntryCard<'a> {
    EntryCard {
        meta: Some((
            kb.word(Word::CardMuscles),
            kb.muscle_names(&condition.muscles),
        )),
        ..EntryCard::new(condition.entity_ref(), &condition.name, &condition.summary)
    }
}
