//! A condition's page.

use crate::content::{AppSection, Condition, EntityRef, KnowledgeBase};

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
        subject: Subject::Entry(this.clone()),
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
