//! The rig is the one truth about which precautions a move needs, as it is for which muscles
//! it lengthens: every guide is measured ([`crate::rig::position`]) and a move needs each
//! precaution whose position rule (`position-rules.toml`) one of its phases meets, on either
//! side. A hand-typed `precautions` list may add to the derived ones, never remove them.
//!
//! A condition that lists a precaution may offer (in `stretches`, and so in `start_here`) a
//! move that needs it only when the move's modification for that precaution keeps to a
//! position (`within`) outside every rule the move meets. Anything else fails the build with
//! the condition, the move, the guide, the phase, the side, the measure and the rule.

use crate::content::{KnowledgeBase, PositionRule, Stretch};
use crate::rig::position::{guide_measures, phase_words, Measure, PhaseMeasures};
use crate::rig::{Guide, Side};

use super::guides::file_of;

/// One rule a guide meets: where first, and what the rig measured there.
#[derive(Clone, Debug, PartialEq)]
pub struct Finding<'a> {
    /// The rule met.
    pub rule: &'a PositionRule,
    /// The first phase that meets it (0 the start, `i + 1` the end of keyframe `i`).
    pub phase: usize,
    /// The side measured there.
    pub side: Side,
    /// Each measure the rule tests, with the value there.
    pub values: Vec<(Measure, f64)>,
    /// The body's position there.
    pub position: crate::rig::position::Position,
}

/// Every rule a guide meets, each once (at its first phase and side), in rule order.
pub fn findings<'a>(rules: &'a [PositionRule], guide: &Guide) -> Vec<Finding<'a>> {
    let measured = guide_measures(guide);
    rules
        .iter()
        .filter_map(|rule| {
            let at = measured.iter().find(|m| meets(rule, m))?;
            Some(Finding {
                rule,
                phase: at.phase,
                side: at.side,
                values: rule
                    .when
                    .iter()
                    .filter_map(|t| t.measure.as_deref().and_then(Measure::from_id))
                    .map(|m| (m, at.get(m)))
                    .collect(),
                position: at.position,
            })
        })
        .collect()
}

/// Whether one measured phase meets every test of a rule.
fn meets(rule: &PositionRule, m: &PhaseMeasures) -> bool {
    rule.when.iter().all(|t| t.holds(|x| m.get(x), m.position))
}

/// The precaution ids a guide's poses need, each once, in rule order.
pub fn derived_precautions(rules: &[PositionRule], guide: &Guide) -> Vec<String> {
    let mut ids: Vec<String> = Vec::new();
    for f in findings(rules, guide) {
        if !ids.contains(&f.rule.precaution) {
            ids.push(f.rule.precaution.clone());
        }
    }
    ids
}

/// Adds every derived precaution to its move's `precautions` (after the hand-typed ones), so
/// the page, the player's "check first", the builder and the handout show them all.
pub fn apply_derived(kb: &mut KnowledgeBase, guides: &[Guide]) {
    let rules = kb.position_rules.clone();
    for guide in guides {
        let derived = derived_precautions(&rules, guide);
        if let Some(stretch) = kb.stretches.iter_mut().find(|s| s.id == guide.stretch) {
            for id in derived {
                if !stretch.precautions.contains(&id) {
                    stretch.precautions.push(id);
                }
            }
        }
    }
}

/// One problem per condition that offers a move whose guide meets a rule for one of the
/// condition's precautions, without a modification that keeps out of that rule.
pub(super) fn check_links(kb: &KnowledgeBase, guides: &[Guide]) -> Vec<String> {
    let mut problems = Vec::new();
    for condition in &kb.conditions {
        for stretch_id in &condition.stretches {
            let (Some(stretch), Some(guide)) = (
                kb.stretch(stretch_id),
                guides.iter().find(|g| &g.stretch == stretch_id),
            ) else {
                continue; // Unknown moves and missing guides are reported elsewhere.
            };
            for f in findings(&kb.position_rules, guide) {
                if !condition.precautions.contains(&f.rule.precaution) || kept_out(stretch, &f) {
                    continue;
                }
                problems.push(format!(
                    "{}: condition \"{}\", field \"stretches\": offers \"{}\", which needs the \
                     precaution \"{}\" that this condition lists: {}. Remove \"{}\" from this \
                     condition (and its start_here), or give the stretch in {} a modification \
                     for \"{}\" whose `within` keeps out of this position, e.g. within = \
                     [{{ measure = \"{}\", {} }}]",
                    file_of(&condition.file),
                    condition.id,
                    stretch.id,
                    f.rule.precaution,
                    evidence(guide, &f),
                    stretch.id,
                    file_of(&stretch.file),
                    f.rule.precaution,
                    f.values.first().map_or("hip-flexion", |(m, _)| m.id()),
                    example_limit(f.rule),
                ));
            }
        }
    }
    problems
}

/// Whether the stretch's modification for the finding's precaution keeps out of its rule.
fn kept_out(stretch: &Stretch, f: &Finding) -> bool {
    stretch
        .modifications
        .iter()
        .any(|m| m.precaution == f.rule.precaution && f.rule.ruled_out_by(&m.within))
}

/// Where and how a guide meets a rule, in words: guide, phase, side, measures, rule, sources.
pub fn evidence(guide: &Guide, f: &Finding) -> String {
    let measured: Vec<String> = f
        .values
        .iter()
        .map(|(m, v)| format!("{} {}{}", m.id(), crate::content::whole(*v), m.unit()))
        .collect();
    let measured = if measured.is_empty() {
        format!("position {}", f.position.id())
    } else {
        format!("{} ({})", measured.join(", "), f.position.id())
    };
    format!(
        "guide \"{}\", {}, {} side: {} meets rule \"{}\" ({}: {}; sources {})",
        guide.stretch,
        phase_words(guide, f.phase),
        f.side.name(),
        measured,
        f.rule.id,
        f.rule.says,
        f.rule.words(),
        f.rule.sources.join(", "),
    )
}

/// A limit that would keep out of a rule's first measured test, for the message's example.
fn example_limit(rule: &PositionRule) -> String {
    rule.when
        .iter()
        .find_map(|t| match (t.measure.as_ref(), t.over, t.under) {
            (Some(_), Some(over), _) => Some(format!("at_most = {over}")),
            (Some(_), None, Some(under)) => Some(format!("at_least = {under}")),
            _ => None,
        })
        .unwrap_or_else(|| "at_most = …".to_string())
}

/// One problem per stretch modification that answers a precaution the stretch neither lists
/// nor needs by its guide's poses (a modification for nothing).
pub(super) fn check_answers(kb: &KnowledgeBase, guides: &[Guide]) -> Vec<String> {
    let mut problems = Vec::new();
    for stretch in &kb.stretches {
        let derived = guides
            .iter()
            .find(|g| g.stretch == stretch.id)
            .map(|g| derived_precautions(&kb.position_rules, g))
            .unwrap_or_default();
        for (i, m) in stretch.modifications.iter().enumerate() {
            if !stretch.precautions.contains(&m.precaution) && !derived.contains(&m.precaution) {
                problems.push(format!(
                    "{}: stretch \"{}\", field \"modifications[{i}].precaution\": \"{}\" is \
                     neither in its \"precautions\" nor needed by its guide's poses (add it to \
                     \"precautions\" or remove the modification)",
                    file_of(&stretch.file),
                    stretch.id,
                    m.precaution
                ));
            }
        }
    }
    problems
}
