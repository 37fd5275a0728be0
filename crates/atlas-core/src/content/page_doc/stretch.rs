//! A stretch's or strengthening exercise's page, and the stop signs every move's page, player
//! and handout say first.

use crate::content::{Claim, EntityRef, KnowledgeBase, Stretch, Word};

use super::parts::{existing, links, named, refs_of};
use super::sources::add_sources;
use super::{Block, DocSection, ListLook, Look, PageDoc, Subject, TextLook};

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
pub(super) fn stretch_doc<'a>(kb: &'a KnowledgeBase, stretch: &'a Stretch) -> PageDoc<'a> {
    use crate::content::Kind;
    let exercise = stretch.is_exercise();
    let mut dose_sources = stretch.dose.sources.clone();
    add_sources(&mut dose_sources, &stretch.dose.frequency.sources);
    let notes = kb.precautions_for_stretch(&stretch.id);
    let mut safety: Vec<Block<'a>> = stop_signs(kb).into_iter().map(Block::StopSign).collect();
    if !notes.is_empty() {
        safety.push(Block::Text(TextLook::Intro, kb.word(Word::MoveCheckFirst)));
        safety.push(Block::Precautions(notes.clone()));
    }
    let without = kb.word(if exercise {
        Word::ExerciseNoGuide
    } else {
        Word::StretchNoGuide
    });
    let muscles_heading = kb.word(if exercise {
        Word::MusclesItWorks
    } else {
        Word::MusclesItLengthens
    });
    PageDoc {
        subject: Subject::Entry(EntityRef::Stretch(stretch.id.clone())),
        kicker: None,
        title: &stretch.name,
        lead: named(
            kb,
            &stretch.aka,
            vec![Block::Dose {
                words: stretch.dose.in_words(stretch.goal),
                sources: dose_sources,
            }],
        ),
        sections: vec![
            DocSection::headed(Look::Safety, kb.word(Word::MoveBeforeYouStart), safety),
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
                        kb.word(Word::MoveWhy),
                        vec![Block::Claim(&stretch.purpose)],
                    )),
                    Block::Section(DocSection::headed(
                        Look::MovePart,
                        kb.word(Word::MoveHow),
                        vec![Block::Claims(
                            ListLook::MoveSteps,
                            stretch.steps.iter().collect(),
                        )],
                    )),
                    Block::Section(DocSection::headed(
                        Look::MovePart,
                        kb.word(Word::MoveTakeCare),
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
                        kb.word(Word::MoveHelpsWith),
                        refs_of(&kb.conditions_for_stretch(&stretch.id)),
                    ),
                    Block::BookVisit,
                ],
            ),
        ],
        onward: Vec::new(),
    }
}
