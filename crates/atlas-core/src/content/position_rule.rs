//! Position rules (`position-rules.toml`): which positions need which precaution, with the
//! thresholds and the sources that say so. The build measures every guide with the rig
//! ([`crate::rig::position`]) and gives a move every precaution whose rule one of its poses
//! meets (`crosscheck::precautions`); a hand-written `precautions` list may add to that,
//! never remove.
//!
//! A modification may state the position it keeps to (`within`): a condition that lists a
//! precaution may link a move the rig says needs it only when the move's modification for it
//! keeps out of every rule the move meets. Words alone ("kneel on a cushion") still show on
//! the page, but cannot make a provoking move safe to offer.

use serde::{Deserialize, Serialize};

use super::validate::is_kebab;
use super::{ContentError, KnowledgeBase};
use crate::rig::position::{Measure, Position};

/// One rule: a position (every test true on one side of one phase) and the precaution it
/// needs.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PositionRule {
    /// Unique kebab-case id, named in build messages, e.g. `hip-replacement-flexion`.
    pub id: String,
    /// The precaution a move in this position needs (an id in `precautions.toml`).
    pub precaution: String,
    /// The position in words, for messages, e.g. "the hip bent past a right angle".
    pub says: String,
    /// The tests, all of which must hold on one side of one phase.
    pub when: Vec<PositionTest>,
    /// Ids of the sources that name this position; at least one.
    pub sources: Vec<String>,
    /// File the entry was loaded from; set by the loader, used in error messages. Never
    /// serialized (`serde(skip)`), so no bundle carries it to the browser.
    #[serde(skip)]
    pub file: String,
}

/// One test of a rule: a measure over or under a number, or one of some positions.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PositionTest {
    /// A measure's id (`hip-flexion`, …; see `rig::position::Measure`).
    #[serde(default)]
    pub measure: Option<String>,
    /// The test holds when the measure is more than this.
    #[serde(default)]
    pub over: Option<i32>,
    /// The test holds when the measure is less than this.
    #[serde(default)]
    pub under: Option<i32>,
    /// The test holds when the body rests in one of these positions (`on-back`, …).
    #[serde(default)]
    pub position: Vec<String>,
}

/// A limit a modification keeps to, e.g. the hip bent no more than 90 degrees.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PositionBound {
    /// A measure's id.
    pub measure: String,
    /// The measure stays at or below this.
    #[serde(default)]
    pub at_most: Option<i32>,
    /// The measure stays at or above this.
    #[serde(default)]
    pub at_least: Option<i32>,
}

impl PositionTest {
    /// Whether a measured phase meets this test (unknown names never do; validation reports
    /// them).
    pub fn holds(&self, value_of: impl Fn(Measure) -> f64, position: Position) -> bool {
        if let Some(m) = self.measure.as_deref().and_then(Measure::from_id) {
            let v = value_of(m);
            return self.over.is_none_or(|t| v > f64::from(t))
                && self.under.is_none_or(|t| v < f64::from(t));
        }
        self.position
            .iter()
            .filter_map(|p| Position::from_id(p))
            .any(|p| p == position)
    }

    /// Whether a modification's bound makes this test fail whatever the pose (a bound at or
    /// below an "over" line, or at or above an "under" line, of the same measure).
    pub fn ruled_out_by(&self, bound: &PositionBound) -> bool {
        if self.measure.as_deref() != Some(bound.measure.as_str()) {
            return false;
        }
        let below = matches!((self.over, bound.at_most), (Some(t), Some(b)) if b <= t);
        let above = matches!((self.under, bound.at_least), (Some(t), Some(b)) if b >= t);
        below || above
    }

    /// The test in words for messages, e.g. "hip-flexion over 90°".
    pub fn words(&self) -> String {
        match (self.measure.as_deref(), self.over, self.under) {
            (Some(m), over, under) => {
                let unit = Measure::from_id(m).map_or("", Measure::unit);
                let mut parts = vec![m.to_string()];
                if let Some(t) = over {
                    parts.push(format!("over {t}{unit}"));
                }
                if let Some(t) = under {
                    parts.push(format!("under {t}{unit}"));
                }
                parts.join(" ")
            }
            (None, _, _) => format!("position {}", self.position.join(" or ")),
        }
    }
}

impl PositionRule {
    /// Whether every bound of a modification's `within`, taken together, rules this
    /// position out.
    pub fn ruled_out_by(&self, within: &[PositionBound]) -> bool {
        self.when
            .iter()
            .any(|t| within.iter().any(|b| t.ruled_out_by(b)))
    }

    /// The rule's tests in words, joined with "and".
    pub fn words(&self) -> String {
        let tests: Vec<String> = self.when.iter().map(PositionTest::words).collect();
        tests.join(" and ")
    }
}

/// A number as a whole number for messages (integer arithmetic: no float formatting).
pub fn whole(x: f64) -> i64 {
    x.round() as i64
}

/// An error about one field of one rule.
fn rule_err(r: &PositionRule, field: &str, message: impl Into<String>) -> ContentError {
    ContentError::in_labelled(
        &r.file,
        format!("position_rule \"{}\"", r.id),
        field,
        message,
    )
}

/// Rules have unique kebab ids, a known precaution, words, tests that each name one known
/// measure (with a line) or known positions, and known sources.
pub(crate) fn check_position_rules(kb: &KnowledgeBase, errors: &mut Vec<ContentError>) {
    let mut seen: Vec<&str> = Vec::new();
    for r in &kb.position_rules {
        if !is_kebab(&r.id) {
            errors.push(rule_err(
                r,
                "id",
                "must be lowercase words joined by hyphens",
            ));
        }
        if seen.contains(&r.id.as_str()) {
            errors.push(rule_err(r, "id", "duplicate id"));
        }
        seen.push(&r.id);
        if kb.precaution(&r.precaution).is_none() {
            let msg = format!(
                "unknown precaution \"{}\" (precautions are defined in \
                 assets/content/precautions.toml)",
                r.precaution
            );
            errors.push(rule_err(r, "precaution", msg));
        }
        if r.says.trim().is_empty() {
            errors.push(rule_err(r, "says", "is empty"));
        }
        if r.when.is_empty() {
            errors.push(rule_err(r, "when", "names no test"));
        }
        for (i, t) in r.when.iter().enumerate() {
            if let Some(msg) = test_problem(t) {
                errors.push(rule_err(r, &format!("when[{i}]"), msg));
            }
        }
        if r.sources.is_empty() {
            errors.push(rule_err(r, "sources", "no source given"));
        }
        for id in &r.sources {
            if !kb.sources.iter().any(|s| &s.id == id) {
                errors.push(rule_err(r, "sources", format!("unknown source \"{id}\"")));
            }
        }
    }
}

/// What is wrong with one test, if anything.
fn test_problem(t: &PositionTest) -> Option<String> {
    match (&t.measure, t.position.is_empty()) {
        (Some(_), false) => Some("names both a measure and a position; use one".into()),
        (None, true) => Some("names neither a measure nor a position".into()),
        (Some(m), true) => {
            if Measure::from_id(m).is_none() {
                Some(format!(
                    "unknown measure \"{m}\" (known: {})",
                    measure_names()
                ))
            } else if t.over.is_none() && t.under.is_none() {
                Some(format!(
                    "measure \"{m}\" needs a line: over = … or under = …"
                ))
            } else {
                None
            }
        }
        (None, false) => t
            .position
            .iter()
            .find(|p| Position::from_id(p).is_none())
            .map(|p| format!("unknown position \"{p}\" (known: {})", position_names())),
    }
}

/// What is wrong with one bound of a modification, if anything.
pub(crate) fn bound_problem(b: &PositionBound) -> Option<String> {
    if Measure::from_id(&b.measure).is_none() {
        return Some(format!(
            "unknown measure \"{}\" (known: {})",
            b.measure,
            measure_names()
        ));
    }
    if b.at_most.is_none() && b.at_least.is_none() {
        return Some(format!(
            "measure \"{}\" needs a limit: at_most = … or at_least = …",
            b.measure
        ));
    }
    None
}

/// Every measure's id, for messages.
fn measure_names() -> String {
    let names: Vec<&str> = Measure::ALL.iter().map(|m| m.id()).collect();
    names.join(", ")
}

/// Every position's id, for messages.
fn position_names() -> String {
    let names: Vec<&str> = Position::ALL.iter().map(|p| p.id()).collect();
    names.join(", ")
}
