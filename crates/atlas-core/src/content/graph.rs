//! Links both ways. Links are stored on one side only (e.g. `condition.muscles`); the
//! reverse direction is derived here, so a clinic edits each link once and it can never
//! be one-sided.
//!
//! Forward queries return entries in the order the link list gives them; reverse queries
//! return them in file order. Both are stable.

use super::lookup::find;
use super::{
    Article, Condition, Entity, EntityRef, KnowledgeBase, Muscle, Note, Stretch, Technique,
};

/// Resolves a stored id list, skipping ids that do not resolve (validation reports those).
fn resolve<'a, T: Entity>(list: &'a [T], ids: &[String]) -> Vec<&'a T> {
    ids.iter().filter_map(|id| find(list, id)).collect()
}

/// Entries whose stored links include `target`.
fn linking_to<'a, T: Entity>(list: &'a [T], target: &EntityRef) -> Vec<&'a T> {
    list.iter()
        .filter(|e| e.links().iter().any(|(_, r)| r == target))
        .collect()
}

impl KnowledgeBase {
    /// Conditions that involve this muscle group.
    pub fn conditions_for_muscle(&self, id: &str) -> Vec<&Condition> {
        linking_to(&self.conditions, &EntityRef::Muscle(id.into()))
    }

    /// Techniques that work on this muscle group.
    pub fn techniques_for_muscle(&self, id: &str) -> Vec<&Technique> {
        linking_to(&self.techniques, &EntityRef::Muscle(id.into()))
    }

    /// Stretches that lengthen this muscle group.
    pub fn stretches_for_muscle(&self, id: &str) -> Vec<&Stretch> {
        linking_to(&self.stretches, &EntityRef::Muscle(id.into()))
    }

    /// Notes linked to this muscle group.
    pub fn notes_for_muscle(&self, id: &str) -> Vec<&Note> {
        linking_to(&self.notes, &EntityRef::Muscle(id.into()))
    }

    /// Articles that list this entity as related.
    pub fn articles_for(&self, target: &EntityRef) -> Vec<&Article> {
        linking_to(&self.articles, target)
    }

    /// Muscle groups involved in this condition.
    pub fn muscles_for_condition(&self, id: &str) -> Vec<&Muscle> {
        self.condition(id)
            .map(|c| resolve(&self.muscles, &c.muscles))
            .unwrap_or_default()
    }

    /// Muscle groups this technique works on.
    pub fn muscles_for_technique(&self, id: &str) -> Vec<&Muscle> {
        self.technique(id)
            .map(|t| resolve(&self.muscles, &t.muscles))
            .unwrap_or_default()
    }

    /// Muscle groups this stretch lengthens.
    pub fn muscles_for_stretch(&self, id: &str) -> Vec<&Muscle> {
        self.stretch(id)
            .map(|s| resolve(&self.muscles, &s.muscles))
            .unwrap_or_default()
    }

    /// Muscle groups this note is linked to.
    pub fn muscles_for_note(&self, id: &str) -> Vec<&Muscle> {
        self.note(id)
            .map(|n| resolve(&self.muscles, &n.muscles))
            .unwrap_or_default()
    }

    /// Conditions that list this technique.
    pub fn conditions_for_technique(&self, id: &str) -> Vec<&Condition> {
        linking_to(&self.conditions, &EntityRef::Technique(id.into()))
    }

    /// Conditions that list this stretch.
    pub fn conditions_for_stretch(&self, id: &str) -> Vec<&Condition> {
        linking_to(&self.conditions, &EntityRef::Stretch(id.into()))
    }

    /// Techniques listed for this condition.
    pub fn techniques_for_condition(&self, id: &str) -> Vec<&Technique> {
        self.condition(id)
            .map(|c| resolve(&self.techniques, &c.techniques))
            .unwrap_or_default()
    }

    /// Stretches listed for this condition.
    pub fn stretches_for_condition(&self, id: &str) -> Vec<&Stretch> {
        self.condition(id)
            .map(|c| resolve(&self.stretches, &c.stretches))
            .unwrap_or_default()
    }

    /// Every entity with a claim (or dose) that cites this source, or that shows a precaution
    /// whose advice cites it, in [`Kind::ALL`] order.
    ///
    /// Precautions have no page of their own, so a source behind a precaution's advice is
    /// cited by the stretches, techniques and conditions that show that advice.
    ///
    /// [`Kind::ALL`]: super::Kind::ALL
    pub fn cited_by(&self, source_id: &str) -> Vec<EntityRef> {
        let shows_advice_citing = |e: &dyn Entity| {
            e.precautions().iter().any(|id| {
                self.precaution(id)
                    .is_some_and(|p| p.advice.sources.iter().any(|s| s == source_id))
            })
        };
        self.entities()
            .into_iter()
            .filter(|e| e.cited_sources().contains(&source_id) || shows_advice_citing(*e))
            .map(|e| e.entity_ref())
            .collect()
    }

    /// Everything linked to an entity in either direction, without duplicates.
    pub fn related(&self, target: &EntityRef) -> Vec<EntityRef> {
        let mut out: Vec<EntityRef> = Vec::new();
        if let Some(entity) = self.entity(target) {
            out.extend(entity.links().into_iter().map(|(_, r)| r));
        }
        for entity in self.entities() {
            if entity.links().iter().any(|(_, r)| r == target) {
                out.push(entity.entity_ref());
            }
        }
        let mut seen = std::collections::HashSet::new();
        out.retain(|r| seen.insert(r.clone()));
        out
    }
}
