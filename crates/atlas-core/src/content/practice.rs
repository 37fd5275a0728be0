//! Stretches with their dose, traditional notes, and visit articles.

use super::{Claim, EntityRef, Kind, Modification};
use serde::{Deserialize, Serialize};

/// What a guided move is for, which decides what its `muscles` list means and how the build
/// checks it against the rig (`crosscheck::lengthens` or `crosscheck::works`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Goal {
    /// A stretch or mobility move: the listed muscles are the ones it lengthens.
    #[default]
    Lengthen,
    /// A strengthening exercise (bridge, clamshell): the listed muscles are the ones it works,
    /// which shorten as the move goes to its top position.
    Strengthen,
}

/// A stretch, mobility move or strengthening exercise, with a dose the timer can run.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Stretch {
    /// Fixed lowercase-kebab id shared with the animations, e.g. `figure-4`.
    pub id: String,
    /// Display name.
    pub name: String,
    /// Other names people use.
    #[serde(default)]
    pub aka: Vec<String>,
    /// Lengthen (a stretch, the default) or strengthen (an exercise), written `goal =
    /// "strengthen"` in the TOML.
    #[serde(default)]
    pub goal: Goal,
    /// Why to do it.
    pub purpose: Claim,
    /// Ids of the muscle groups it lengthens, or for an exercise the ones it works.
    pub muscles: Vec<String>,
    /// How long, how many, how often.
    pub dose: Dose,
    /// Step-by-step cues, in order.
    pub steps: Vec<Claim>,
    /// Safety cues.
    pub cautions: Vec<Claim>,
    /// Ids of the [`super::Precaution`]s that apply to this stretch, e.g. `hip-replacement`
    /// for a deep hip bend. Shown on the stretch page and in the player's get-ready.
    #[serde(default)]
    pub precautions: Vec<String>,
    /// Written ways to do the stretch despite one of its precautions (at most one each).
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

impl Stretch {
    /// True for moves done with the breath rather than held (cat-cow, hip rocks).
    pub fn is_dynamic(&self) -> bool {
        self.dose.hold_seconds == 0
    }

    /// True for a strengthening exercise rather than a stretch.
    pub fn is_exercise(&self) -> bool {
        self.goal == Goal::Strengthen
    }
}

/// The structured dose of a stretch, kept as numbers so a timer can run it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dose {
    /// Seconds to hold each repetition; 0 for a moving (dynamic) stretch.
    pub hold_seconds: u32,
    /// Repetitions (per side when `each_side`), 1 to 10.
    pub repetitions: u32,
    /// Whether the dose is done on the left and then the right.
    pub each_side: bool,
    /// Seconds of one breath cycle for dynamic moves (one repetition per breath); else 0.
    pub breath_seconds: u32,
    /// How often, as the client reads it, e.g. "daily or near daily".
    pub frequency: Claim,
    /// Sources for the numbers above.
    pub sources: Vec<String>,
}

impl Dose {
    /// Seconds one side takes: holds, or breaths for a dynamic move.
    pub fn seconds_per_side(&self) -> u32 {
        let each = if self.hold_seconds > 0 {
            self.hold_seconds
        } else {
            self.breath_seconds
        };
        each.saturating_mul(self.repetitions)
    }

    /// Seconds for the whole dose, both sides included.
    pub fn total_seconds(&self) -> u32 {
        let sides = if self.each_side { 2 } else { 1 };
        self.seconds_per_side().saturating_mul(sides)
    }
}

/// A traditional perspective the clinic offers, shown apart from the anatomy.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Note {
    /// Lowercase-kebab id.
    pub id: String,
    /// Display title.
    pub title: String,
    /// How to read the note: a reflective, traditional view, not a finding.
    pub perspective: Claim,
    /// The themes, one claim each.
    pub themes: Vec<Claim>,
    /// The source's own disclaimer, verbatim.
    pub disclaimer: Claim,
    /// Ids of the muscle groups it is linked to.
    pub muscles: Vec<String>,
    /// Everyday words for search.
    #[serde(default)]
    pub keywords: Vec<String>,
    /// File the entry was loaded from; set by the loader. Never
    /// serialized (`serde(skip)`), so no bundle carries it to the browser.
    #[serde(skip)]
    pub file: String,
}

/// A visit article: what happens, why, and what to do at home.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Article {
    /// Lowercase-kebab id.
    pub id: String,
    /// Display title.
    pub title: String,
    /// One or two sentences for the Visit index.
    pub summary: Claim,
    /// The body, in reading order.
    pub sections: Vec<Section>,
    /// Links to related entries (stored here only; the graph derives the reverse).
    #[serde(default)]
    pub related: Related,
    /// Everyday words for search.
    #[serde(default)]
    pub keywords: Vec<String>,
    /// File the entry was loaded from; set by the loader. Never
    /// serialized (`serde(skip)`), so no bundle carries it to the browser.
    #[serde(skip)]
    pub file: String,
}

/// One headed part of an article.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    /// The heading.
    pub heading: String,
    /// Paragraphs, each a claim.
    pub paragraphs: Vec<Claim>,
    /// Therapist-side: the session plan's "Suggested therapist script" lines, verbatim (what a
    /// therapist says to a client). They belong to the therapist's explain mode; client pages
    /// do not show them.
    #[serde(default)]
    pub scripts: Vec<Claim>,
}

/// An article's links, grouped by kind so the TOML reads naturally.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Related {
    /// Muscle group ids.
    pub muscles: Vec<String>,
    /// Condition ids.
    pub conditions: Vec<String>,
    /// Technique ids.
    pub techniques: Vec<String>,
    /// Stretch ids.
    pub stretches: Vec<String>,
    /// Note ids.
    pub notes: Vec<String>,
}

impl Related {
    /// All links as typed references, with the field each came from.
    pub fn refs(&self) -> Vec<(&'static str, EntityRef)> {
        let groups: [(&'static str, Kind, &Vec<String>); 5] = [
            ("related.muscles", Kind::Muscle, &self.muscles),
            ("related.conditions", Kind::Condition, &self.conditions),
            ("related.techniques", Kind::Technique, &self.techniques),
            ("related.stretches", Kind::Stretch, &self.stretches),
            ("related.notes", Kind::Note, &self.notes),
        ];
        groups
            .into_iter()
            .flat_map(|(field, kind, ids)| {
                ids.iter().map(move |id| (field, EntityRef::new(kind, id)))
            })
            .collect()
    }
}
