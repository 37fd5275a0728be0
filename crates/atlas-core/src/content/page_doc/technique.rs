//! A massage technique's page.

use crate::content::{AppSection, EntityRef, KnowledgeBase, Technique, Word};

use super::parts::{existing, links, named, refs_of};
use super::{Block, DocSection, ListLook, Look, PageDoc, SectionLink, Subject};

/// A massage technique: what it feels like, the pressure, what to tell the therapist first,
/// how it is done, afterwards, and the muscles and conditions it is for. The therapist's own
/// names for it (`therapist_aka`) stay for explain mode.
pub(super) fn technique_doc<'a>(kb: &'a KnowledgeBase, technique: &'a Technique) -> PageDoc<'a> {
    use crate::content::Kind;
    let this = EntityRef::Technique(technique.id.clone());
    let mut sections = vec![DocSection::group(
        Look::Facts,
        vec![
            Block::Section(DocSection::headed(
                Look::Fact,
                kb.word(Word::TechniqueFeels),
                vec![Block::Claim(&technique.feels)],
            )),
            Block::Section(DocSection::headed(
                Look::Fact,
                kb.word(Word::TechniquePressure),
                vec![Block::Claim(&technique.pressure)],
            )),
        ],
    )];
    let notes = kb.precautions_for_technique(&technique.id);
    if !notes.is_empty() {
        sections.push(DocSection::headed(
            Look::Safety,
            kb.word(Word::TechniqueTellFirst),
            vec![Block::Precautions(notes)],
        ));
    }
    if !technique.steps.is_empty() {
        sections.push(DocSection::headed(
            Look::Plain,
            kb.word(Word::TechniqueSteps),
            vec![Block::Claims(
                ListLook::Steps,
                technique.steps.iter().collect(),
            )],
        ));
    }
    sections.push(DocSection::headed(
        Look::Plain,
        kb.word(Word::TechniqueAfterwards),
        vec![Block::Claim(&technique.afterwards)],
    ));
    let main = DocSection::group(
        Look::Main,
        vec![
            links(
                kb.word(Word::MusclesItWorks),
                existing(kb, Kind::Muscle, &technique.muscles),
            ),
            links(
                kb.word(Word::TechniqueUsedFor),
                refs_of(&kb.conditions_for_technique(&technique.id)),
            ),
            links(kb.word(Word::ReadMore), refs_of(&kb.articles_for(&this))),
        ],
    );
    sections.push(DocSection::group(
        Look::Split,
        vec![
            Block::Section(main),
            Block::MusclesMap {
                heading: kb.word(Word::TechniqueWhere),
                muscles: &technique.muscles,
            },
        ],
    ));
    PageDoc {
        subject: Subject::Entry(this),
        kicker: Some(SectionLink {
            to: AppSection::Techniques,
            label: Word::ToTechniques,
        }),
        title: &technique.name,
        lead: named(kb, &technique.aka, vec![Block::Lead(&technique.summary)]),
        sections,
        onward: vec![
            SectionLink {
                to: AppSection::Techniques,
                label: Word::ToAllTechniques,
            },
            SectionLink {
                to: AppSection::Visit,
                label: Word::ToVisit,
            },
        ],
    }
}
