//! Muscle groups, conditions and techniques: the anatomy and the hands-on work.

use super::{Area, Claim, Depth, Modification, Region, Tradition};
use serde::{Deserialize, Serialize};

/// A muscle group of the hip, pelvis or low back.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Muscle {
    /// Fixed lowercase-kebab id shared with the body map, e.g. `piriformis`.
    pub id: String,
    /// Display name.
    pub name: String,
    /// Other names people use (also searched).
    #[serde(default)]
    pub aka: Vec<String>,
    /// Where it sits.
    pub region: Region,
    /// How deep it lies.
    pub depth: Depth,
    /// What it does, in everyday words.
    pub plain: Claim,
    /// Where it starts.
    pub origin: Claim,
    /// Where it ends.
    pub insertion: Claim,
    /// Its movements, in anatomy terms.
    pub action: Claim,
    /// Its part in "hips are for mobility, the low back is for stability".
    pub mobility_role: Claim,
    /// Everyday words for search (not shown as prose).
    #[serde(default)]
    pub keywords: Vec<String>,
    /// File the entry was loaded from; set by the loader. Never
    /// serialized (`serde(skip)`), so no bundle carries it to the browser.
    #[serde(skip)]
    pub file: String,
}

/// A hip or low-back condition a client may come in with.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Condition {
    /// Lowercase-kebab id, e.g. `piriformis-syndrome`.
    pub id: String,
    /// Display name.
    pub name: String,
    /// Hip or low back: where the conditions list files it.
    pub area: Area,
    /// Other names people use.
    #[serde(default)]
    pub aka: Vec<String>,
    /// What it is.
    pub summary: Claim,
    /// Ids of the muscle groups involved.
    pub muscles: Vec<String>,
    /// What massage can do for it.
    pub massage: Claim,
    /// What to expect from treatment.
    pub expect: Claim,
    /// When to see a physician instead of (or before) massage and stretching.
    #[serde(default)]
    pub see_physician: Vec<Claim>,
    /// Ids of techniques that suit it.
    #[serde(default)]
    pub techniques: Vec<String>,
    /// Ids of stretches that suit it.
    #[serde(default)]
    pub stretches: Vec<String>,
    /// The one or two of `stretches` to start with: together they take five minutes or less
    /// in the player (seed 003's advice); the rest of `stretches` is "more to try".
    #[serde(default)]
    pub start_here: Vec<String>,
    /// Ids of the [`super::Precaution`]s that apply to someone with this condition. The build
    /// refuses a stretch in `stretches` that carries one of them unless the stretch has a
    /// written modification for it.
    #[serde(default)]
    pub precautions: Vec<String>,
    /// Everyday words for search.
    #[serde(default)]
    pub keywords: Vec<String>,
    /// File the entry was loaded from; set by the loader. Never
    /// serialized (`serde(skip)`), so no bundle carries it to the browser.
    #[serde(skip)]
    pub file: String,
}

/// A massage technique the clinic uses.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Technique {
    /// Lowercase-kebab id, e.g. `trigger-point`.
    pub id: String,
    /// Display name.
    pub name: String,
    /// Clinical or traditional: where the techniques list files it.
    pub tradition: Tradition,
    /// Other names a client may use (shown as "also called" and searched).
    #[serde(default)]
    pub aka: Vec<String>,
    /// Therapist-side names, e.g. the traditional "gun" for rolling and "mo" for kneading.
    /// Kept for the therapist's explain mode; client pages do not show them. Empty for most
    /// techniques.
    #[serde(default)]
    pub therapist_aka: Vec<String>,
    /// What it is, in a sentence or two.
    pub summary: Claim,
    /// What it feels like on the table.
    pub feels: Claim,
    /// How much pressure to expect.
    pub pressure: Claim,
    /// How the therapist does it, step by step (optional).
    #[serde(default)]
    pub steps: Vec<Claim>,
    /// What to expect afterwards.
    pub afterwards: Claim,
    /// Ids of the muscle groups it works on.
    pub muscles: Vec<String>,
    /// Ids of the [`super::Precaution`]s that apply to this technique, e.g.
    /// `blood-thinners-or-fragile-skin` for cupping.
    #[serde(default)]
    pub precautions: Vec<String>,
    /// Written ways the technique is adapted for one of its precautions (at most one each).
    #[serde(default)]
    pub modifications: Vec<Modification>,
    /// Everyday words for search.
    #[serde(default)]
    pub keywords: Vec<String>,
    /// File the entry was loaded from; set by the loader. Never
    /// serialized (`serde(skip)`), so no bundle carries it to the browser.
    #[serde(skip)]
    pub file: String,
}
