//! A source's page, and what a source's kind means to a client.

use crate::content::{AppSection, EntityRef, Kind, KnowledgeBase, Source, SourceKind, Word};

use super::parts::links;
use super::{Block, DocSection, Look, PageDoc, SectionLink, Subject, TextLook};

/// What a source's kind means to a client: its label and one line of help.
pub fn source_kind_words(kb: &KnowledgeBase, kind: SourceKind) -> (&str, &str) {
    let (label, help) = match kind {
        SourceKind::Seed => (Word::SourceSeed, Word::SourceSeedHelp),
        SourceKind::Reference => (Word::SourceReference, Word::SourceReferenceHelp),
    };
    (kb.word(label), kb.word(help))
}

/// Headings for the groups of entries citing a source, one per kind, in reading order.
const CITED_BY: [(Kind, Word); 6] = [
    (Kind::Condition, Word::LinkedConditions),
    (Kind::Muscle, Word::LinkedMuscleGroups),
    (Kind::Technique, Word::LinkedTechniques),
    (Kind::Stretch, Word::LinkedStretches),
    (Kind::Article, Word::LinkedArticles),
    (Kind::Note, Word::LinkedNotes),
];

/// A source: what it is, how to find it, and everything that cites it, grouped by kind.
pub(super) fn source_doc<'a>(kb: &'a KnowledgeBase, source: &'a Source) -> PageDoc<'a> {
    let citing = kb.cited_by(&source.id);
    let mut lead = vec![Block::SourceKind(source.kind)];
    if !source.citation.is_empty() {
        lead.push(Block::Text(TextLook::Citation, &source.citation));
    }
    let cited_by = if citing.is_empty() {
        Block::Text(TextLook::Plain, kb.word(Word::SourceUncited))
    } else {
        let groups = CITED_BY
            .iter()
            .map(|(kind, heading)| {
                let of_kind = citing.iter().filter(|e| e.kind() == *kind).cloned();
                links(kb.word(*heading), of_kind.collect())
            })
            .collect();
        Block::Section(DocSection::group(Look::CitedBy, groups))
    };
    PageDoc {
        subject: Subject::Entry(EntityRef::Source(source.id.clone())),
        kicker: Some(SectionLink {
            to: AppSection::Visit,
            label: Word::ToSources,
        }),
        title: &source.title,
        lead,
        sections: vec![DocSection::headed(
            Look::Bare,
            kb.word(Word::SourceCitedBy),
            vec![cited_by],
        )],
        onward: vec![SectionLink {
            to: AppSection::Visit,
            label: Word::ToVisit,
        }],
    }
}
