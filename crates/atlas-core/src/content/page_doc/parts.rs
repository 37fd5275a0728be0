//! Small pieces every builder shares: links to entries that exist, the other names before a
//! lead, a headed list of links.

use crate::content::{also_called, Entity, EntityRef, Kind, KnowledgeBase};

use super::Block;

/// References of one kind to entries that exist, in order: an id the knowledge base does not
/// hold is left out rather than shown as a broken link.
pub(super) fn existing(kb: &KnowledgeBase, kind: Kind, ids: &[String]) -> Vec<EntityRef> {
    ids.iter()
        .map(|id| EntityRef::new(kind, id))
        .filter(|entry| kb.contains(entry))
        .collect()
}

/// References to entries the graph returned, in order.
pub(super) fn refs_of<T: Entity>(entries: &[&T]) -> Vec<EntityRef> {
    entries.iter().map(|e| e.entity_ref()).collect()
}

/// A page's lead after the entry's other names ("Also called …"), when it has some.
pub(super) fn named<'a>(
    kb: &KnowledgeBase,
    aka: &[String],
    lead: Vec<Block<'a>>,
) -> Vec<Block<'a>> {
    also_called(kb, aka)
        .map(Block::OtherNames)
        .into_iter()
        .chain(lead)
        .collect()
}

/// A headed list of links (nothing shown when empty).
pub(super) fn links(heading: &str, entries: Vec<EntityRef>) -> Block<'_> {
    Block::Links {
        heading,
        entries,
        empty: None,
    }
}
