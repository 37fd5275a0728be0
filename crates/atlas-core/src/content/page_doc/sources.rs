//! A section's one "Sources" line: the sources of what it shows, each once, in first-cited
//! order.

use crate::content::{Claim, PrecautionNote};

use super::Block;

/// The sources of some claims, each once, in first-cited order.
pub fn sources_of<'c>(claims: impl IntoIterator<Item = &'c Claim>) -> Vec<String> {
    let mut ids: Vec<String> = Vec::new();
    for claim in claims {
        add_sources(&mut ids, &claim.sources);
    }
    ids
}

/// Adds `more` source ids to `ids`, skipping those already there (order kept).
pub fn add_sources(ids: &mut Vec<String>, more: &[String]) {
    for id in more {
        if !ids.contains(id) {
            ids.push(id.clone());
        }
    }
}

/// The sources of some precautions' advice and modifications, each once, in order.
pub fn precaution_sources(notes: &[PrecautionNote<'_>]) -> Vec<String> {
    let mut ids = Vec::new();
    for note in notes {
        add_sources(&mut ids, &note.precaution.advice.sources);
        if let Some(modification) = note.modification {
            add_sources(&mut ids, &modification.sources);
        }
    }
    ids
}

/// The sources a section's own "Sources" line lists for its blocks: claims shown bare and
/// precautions (a [`Block::Cited`] or [`Block::Lead`] lists its own; a nested section its own).
pub(super) fn sources_of_blocks(blocks: &[Block<'_>]) -> Vec<String> {
    let mut ids = Vec::new();
    for block in blocks {
        match block {
            Block::Claim(claim)
            | Block::Perspective(claim)
            | Block::StopSign(claim)
            | Block::Opening(claim) => add_sources(&mut ids, &claim.sources),
            Block::Claims(_, claims) => {
                for claim in claims {
                    add_sources(&mut ids, &claim.sources);
                }
            }
            Block::Precautions(notes) => add_sources(&mut ids, &precaution_sources(notes)),
            Block::Terms(terms) => {
                for (_, claim) in terms {
                    add_sources(&mut ids, &claim.sources);
                }
            }
            _ => {}
        }
    }
    ids
}
