//! A condition's page.

use crate::content::{AppSection, Condition, EntityRef, KnowledgeBase, Word};

use super::parts::{existing, links, named, refs_of};
use super::{Block, DocSection, ListLook, Look, PageDoc, SectionLink, Subject};

/// A condition: its first screen (what it is in one line, the warning signs, the moves to
/// start with), then what it is, the muscles involved beside the body map, what massage can
/// do and what to expect, when to see a physician instead, the techniques, the home stretches
/// (its checks before the moves) and what to read.
pub(super) fn condition_doc<'a>(kb: &'a KnowledgeBase, condition: &'a Condition) -> PageDoc<'a> {
    use crate::content::Kind;
    let this = EntityRef::Condition(condition.id.clone());
    let mut main = vec![
        Block::Section(DocSection::headed(
            Look::Plain,
            kb.word(Word::ConditionWhatItIs),
            vec![Block::Cited(&condition.summary)],
        )),
        links(
            kb.word(Word::ConditionMuscles),
            existing(kb, Kind::Muscle, &condition.muscles),
        ),
        Block::Section(DocSection::headed(
            Look::Plain,
            kb.word(Word::ConditionMassage),
            vec![Block::Claim(&condition.massage)],
        )),
        Block::Section(DocSection::headed(
            Look::Plain,
            kb.word(Word::ConditionExpect),
            vec![Block::Claim(&condition.expect)],
        )),
    ];
    if !condition.see_physician.is_empty() {
        main.push(Block::Section(DocSection::headed(
            Look::WarningSigns,
            kb.word(Word::ConditionSeePhysician),
            vec![Block::Claims(
                ListLook::WarningSigns,
                condition.see_physician.iter().collect(),
            )],
        )));
    }
    PageDoc {
        subject: Subject::Entry(this.clone()),
        kicker: Some(SectionLink {
            to: AppSection::Conditions,
            label: Word::ToConditions,
        }),
        title: &condition.name,
        lead: named(kb, &condition.aka, vec![Block::FirstScreen(condition)]),
        sections: vec![
            DocSection::group(
                Look::Split,
                vec![
                    Block::Section(DocSection::group(Look::Main, main)),
                    Block::MusclesMap {
                        heading: kb.word(Word::ConditionWhereMuscles),
                        muscles: &condition.muscles,
                    },
                ],
            ),
            DocSection::group(
                Look::Bare,
                vec![
                    links(
                        kb.word(Word::ConditionTechniques),
                        existing(kb, Kind::Technique, &condition.techniques),
                    ),
                    Block::HomeStretches(condition),
                    links(kb.word(Word::ReadMore), refs_of(&kb.articles_for(&this))),
                ],
            ),
        ],
        onward: vec![
            SectionLink {
                to: AppSection::Conditions,
                label: Word::ToAllConditions,
            },
            SectionLink {
                to: AppSection::Atlas,
                label: Word::OpenTheBodyMap,
            },
        ],
    }
}
