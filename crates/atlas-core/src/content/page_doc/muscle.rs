//! A muscle group's page.

use crate::content::{
    also_called, AppSection, Depth, EntityRef, KnowledgeBase, Muscle, Stretch, Word,
};

use super::parts::{links, refs_of};
use super::{Block, DocSection, Look, MusclePart, PageDoc, SectionLink, Subject, TextLook};

/// Where a muscle lies, in words ("deep, under other muscles").
fn depth_words(kb: &KnowledgeBase, depth: Depth) -> &str {
    kb.word(match depth {
        Depth::Deep => Word::MuscleDeep,
        Depth::Superficial => Word::MuscleSuperficial,
    })
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
                kb.word(Word::MuscleWhatItDoes),
                vec![Block::Opening(&muscle.plain)],
            ),
            part(
                MusclePart::Map,
                kb.word(Word::MuscleWhereItIs),
                vec![Block::BodyMap(&muscle.id)],
            ),
            part(
                MusclePart::Anatomy,
                kb.word(Word::MuscleAnatomy),
                vec![Block::Terms(vec![
                    (kb.word(Word::MuscleOrigin), &muscle.origin),
                    (kb.word(Word::MuscleInsertion), &muscle.insertion),
                    (kb.word(Word::MuscleAction), &muscle.action),
                ])],
            ),
            part(
                MusclePart::Role,
                kb.word(Word::MuscleRole),
                vec![Block::Claim(&muscle.mobility_role)],
            ),
        ],
    );
    let mut linked = vec![
        Block::Links {
            heading: kb.word(Word::MuscleConditions),
            entries: refs_of(&kb.conditions_for_muscle(&muscle.id)),
            empty: Some(kb.word(Word::MuscleNoConditions)),
        },
        links(
            kb.word(Word::MuscleTechniques),
            refs_of(&kb.techniques_for_muscle(&muscle.id)),
        ),
        Block::Moves {
            heading: kb.word(Word::MuscleStretches),
            moves: stretches,
        },
        Block::Moves {
            heading: kb.word(Word::MuscleExercises),
            moves: exercises,
        },
        links(
            kb.word(Word::MuscleArticles),
            refs_of(&kb.articles_for(&this)),
        ),
        Block::BookVisit,
    ];
    let notes = kb.notes_for_muscle(&muscle.id);
    if !notes.is_empty() {
        linked.push(Block::Section(DocSection::headed(
            Look::Traditional,
            kb.word(Word::MuscleTraditional),
            vec![
                Block::Text(
                    TextLook::Traditional,
                    kb.word(Word::MuscleTraditionalFraming),
                ),
                Block::LinkList(refs_of(&notes)),
            ],
        )));
    }
    PageDoc {
        subject: Subject::Entry(this),
        kicker: Some(SectionLink {
            to: AppSection::Atlas,
            label: Word::ToBodyMap,
        }),
        title: &muscle.name,
        // Where it is and how deep come before its other names, as tags under the title.
        lead: [Block::MuscleMeta {
            region: muscle.region,
            depth: depth_words(kb, muscle.depth),
        }]
        .into_iter()
        .chain(also_called(kb, &muscle.aka).map(Block::OtherNames))
        .collect(),
        sections: vec![layout, DocSection::group(Look::Bare, linked)],
        onward: Vec::new(),
    }
}
