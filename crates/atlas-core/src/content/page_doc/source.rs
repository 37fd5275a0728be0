//! A source's page, and what a source's kind means to a client.

use crate::content::{AppSection, EntityRef, Kind, KnowledgeBase, Source, SourceKind};

use super::parts::links;
use super::{Block, DocSection, Look, PageDoc, SectionLink, Subject, TextLook};

/// What a source's kind means to a client: its label and one line of help.
pub fn source_kind_words(kind: SourceKind) -> (&'static str, &'static str) {
    match kind {
        SourceKind::Seed => ("Clinic document", "One of our clinic's own documents."),
        SourceKind::Reference => (
            "Published reference",
            "A published source: an anatomy reference, textbook, study or guideline.",
        ),
    }
}

/// Headings for the groups of entries citing a source, one per kind, in reading order.
const CITED_BY: [(Kind, &str); 6] = [
    (Kind::Condition, "Conditions"),
    (Kind::Muscle, "Muscle groups"),
    (Kind::Technique, "Massage techniques"),
    (Kind::Stretch, "Stretches"),
    (Kind::Article, "Visit articles"),
    (Kind::Note, "A traditional perspective"),
];

/// A source: what it is, how to find it, and everything that cites it, grouped by kind.
pub(super) fn source_doc<'a>(kb: &'a KnowledgeBase, source: &'a Source) -> PageDoc<'a> {
    let citing = kb.cited_by(&source.id);
    let mut lead = vec![Block::SourceKind(source.kind)];
    if !source.citation.is_empty() {
        lead.push(Block::Text(TextLook::Citation, &source.citation));
    }
    let cited_by = if citing.is_empty() {
        Block::Text(
            TextLook::Plain,
            "Nothing in the atlas cites this source yet.",
        )
    } else {
        let groups = CITED_BY
            .iter()
            .map(|(kind, heading)| {
                let of_kind = citing.iter().filter(|e| e.kind() == *kind).cloned();
                links(heading, of_kind.collect())
            })
            .collect();
        Block::Section(DocSection::group(Look::CitedBy, groups))
    };
    PageDoc {
        subject: Subject::Entry(EntityRef::Source(source.id.clone())),
        kicker: Some(SectionLink {
            to: AppSection::Visit,
            label: "Sources",
        }),
        title: &source.title,
        lead,
        sections: vec![DocSection::headed(
            Look::Bare,
            "What cites it",
            vec![cited_by],
        )],
        onward: vec![SectionLink {
            to: AppSection::Visit,
            label: "Your visit",
        }],
    }
}
