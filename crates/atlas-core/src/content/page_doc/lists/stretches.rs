//! All stretches, then the strengthening exercises under their own heading: each a card with a
//! still of the move, its dose and the muscles it lengthens or works.

use crate::content::{AppSection, Entity, KnowledgeBase, Stretch, Word};

use super::super::{Block, DocSection, EntryCard, Look, SectionLink};
use super::onward;

/// The stretches, the exercises (left out when there are none) and the ways on.
pub(super) fn sections<'a>(kb: &'a KnowledgeBase) -> (Vec<DocSection<'a>>, Vec<SectionLink>) {
    let (exercises, stretches): (Vec<&Stretch>, Vec<&Stretch>) =
        kb.stretches.iter().partition(|s| s.is_exercise());
    let cards =
        |moves: Vec<&'a Stretch>| Block::Cards(moves.into_iter().map(|s| card(kb, s)).collect());
    let mut sections = vec![DocSection::group(Look::Bare, vec![cards(stretches)])];
    if !exercises.is_empty() {
        sections.push(DocSection::headed(
            Look::ListGroup("exercises-title"),
            kb.word(Word::ExercisesHeading),
            vec![cards(exercises)],
        ));
    }
    let onward = vec![
        onward(AppSection::Program, Word::ToProgram),
        onward(AppSection::Conditions, Word::ToConditions),
        onward(AppSection::Atlas, Word::OpenTheBodyMap),
    ];
    (sections, onward)
}

/// A move's card: its name, its still, its dose (a stretch's amount; an exercise's, with how
/// often, as its page words it), why to do it, and the muscles it lengthens or works.
fn card<'a>(kb: &'a KnowledgeBase, stretch: &'a Stretch) -> EntryCard<'a> {
    let (dose, label) = if stretch.is_exercise() {
        (stretch.dose.in_words(stretch.goal), Word::CardWorks)
    } else {
        (stretch.dose.amount(stretch.goal), Word::CardLengthens)
    };
    EntryCard {
        still: Some(stretch),
        dose: Some(dose),
        meta: Some((kb.word(label), kb.muscle_names(&stretch.muscles))),
        ..EntryCard::new(stretch.entity_ref(), &stretch.name, &stretch.purpose)
    }
}
