//! Precautions: the fixed, clinic-editable set of reasons a stretch or technique may not suit
//! someone ("If you have had a hip replacement, ask your surgeon first"), the modifications a
//! stretch offers for them, and the lookups the stretch page and the player's get-ready use.
//!
//! Precautions live in their own list, not among the linked entity kinds: they have no page
//! of their own and are always shown next to the stretch, technique or condition that names
//! them.

use super::{Claim, KnowledgeBase};
use serde::{Deserialize, Serialize};

/// The precaution ids the product promises (issue 9): every stretch and technique names its
/// precautions from a set that contains at least these. A test on the shipped content checks
/// that each exists; a clinic may add more.
pub const REQUIRED_PRECAUTIONS: [&str; 13] = [
    "hip-impingement",
    "gluteal-tendinopathy",
    "hip-replacement",
    "sciatica",
    "pregnancy",
    "osteoporosis",
    "knee-problems",
    "spinal-stenosis",
    "balance",
    "blood-thinners-or-fragile-skin",
    "oil-allergy-or-broken-skin",
    "inflamed-area",
    "fever-infection-or-clot",
];

/// One reason a stretch or technique may not suit someone, with plain advice for them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Precaution {
    /// Fixed lowercase-kebab id that stretches, techniques and conditions name, e.g.
    /// `hip-replacement`.
    pub id: String,
    /// Short name a client recognises, e.g. "Hip replacement".
    pub name: String,
    /// What to do, in the client's words, e.g. "If you have had a hip replacement, ask your
    /// surgeon first, before you do this."
    pub advice: Claim,
    /// File the entry was loaded from; set by the loader, used in error messages. Never
    /// serialized (`serde(skip)`), so no bundle carries it to the browser.
    #[serde(skip)]
    pub file: String,
}

/// A written way to do a stretch (or have a technique) despite one of its precautions.
///
/// A condition may suggest a stretch that carries one of the condition's precautions only when
/// the stretch has a modification for it; the build checks this.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Modification {
    /// Id of the precaution this modification answers; one of the entry's `precautions`.
    pub precaution: String,
    /// How to do it instead, in the client's words.
    pub text: String,
    /// Ids of the sources that back the text; at least one.
    pub sources: Vec<String>,
    /// The position this way of doing it keeps to (e.g. `[{ measure = "hip-flexion",
    /// at_most = 90 }]`): what lets a condition that lists the precaution offer a move the rig
    /// says needs it. Empty for advice in words only (a cushion under the knee).
    #[serde(default)]
    pub within: Vec<super::PositionBound>,
    /// What the modification's own picture shows, for screen readers (e.g. "With a hip
    /// replacement: the thigh no further than straight up"): said where the stretch's guide
    /// draws the move as this modification has it (`[modifications.<precaution>]` in the
    /// guide). Words about the picture, backed by the modification's sources.
    #[serde(default)]
    pub picture: Option<String>,
}

/// A precaution as the stretch page and the player's get-ready show it: the precaution's own
/// advice, and the entry's modification for it when there is one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PrecautionNote<'a> {
    /// The precaution (its `name` for a heading, its `advice` as the text).
    pub precaution: &'a Precaution,
    /// How this stretch or technique is done differently for it, if written.
    pub modification: Option<&'a Modification>,
}

/// The notes for a list of precaution ids and the modifications beside it, in list order.
/// Unknown ids are skipped (validation reports them).
fn notes<'a>(
    kb: &'a KnowledgeBase,
    ids: &[String],
    modifications: &'a [Modification],
) -> Vec<PrecautionNote<'a>> {
    ids.iter()
        .filter_map(|id| kb.precaution(id))
        .map(|precaution| PrecautionNote {
            precaution,
            modification: modifications.iter().find(|m| m.precaution == precaution.id),
        })
        .collect()
}

impl KnowledgeBase {
    /// The precaution with this id.
    pub fn precaution(&self, id: &str) -> Option<&Precaution> {
        self.precautions.iter().find(|p| p.id == id)
    }

    /// A stretch's precautions, each with its advice and the stretch's modification for it,
    /// in the order the stretch lists them. Empty for an unknown stretch.
    ///
    /// The stretch page lists these; the player shows them during get-ready.
    pub fn precautions_for_stretch(&self, id: &str) -> Vec<PrecautionNote<'_>> {
        self.stretch(id)
            .map(|s| notes(self, &s.precautions, &s.modifications))
            .unwrap_or_default()
    }

    /// A technique's precautions, each with its advice and the technique's modification for
    /// it, in list order. Empty for an unknown technique.
    pub fn precautions_for_technique(&self, id: &str) -> Vec<PrecautionNote<'_>> {
        self.technique(id)
            .map(|t| notes(self, &t.precautions, &t.modifications))
            .unwrap_or_default()
    }

    /// The precautions that apply to someone with this condition, in list order (no
    /// modification: a condition has none). Empty for an unknown condition.
    pub fn precautions_for_condition(&self, id: &str) -> Vec<&Precaution> {
        self.condition(id)
            .map(|c| {
                c.precautions
                    .iter()
                    .filter_map(|p| self.precaution(p))
                    .collect()
            })
            .unwrap_or_default()
    }

    /// The stretches a condition offers first ("start here", one or two that take five
    /// minutes or less in the player), in list order. Empty for an unknown condition.
    pub fn start_here_for_condition(&self, id: &str) -> Vec<&super::Stretch> {
        self.condition(id)
            .map(|c| {
                c.start_here
                    .iter()
                    .filter_map(|s| self.stretch(s))
                    .collect()
            })
            .unwrap_or_default()
    }

    /// The rest of a condition's stretches ("more to try"): its `stretches` without the
    /// `start_here` ones, in list order. Empty for an unknown condition.
    pub fn more_to_try_for_condition(&self, id: &str) -> Vec<&super::Stretch> {
        self.condition(id)
            .map(|c| {
                c.stretches
                    .iter()
                    .filter(|s| !c.start_here.contains(s))
                    .filter_map(|s| self.stretch(s))
                    .collect()
            })
            .unwrap_or_default()
    }
}
