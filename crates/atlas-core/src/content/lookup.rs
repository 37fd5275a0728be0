//! Finding entities by id, one kind at a time or through a typed reference.

use super::{
    Article, Condition, Entity, EntityRef, Kind, KnowledgeBase, Muscle, Note, Source, Stretch,
    Technique,
};

/// The entry with this id in one list (lists are small, so a scan is fast enough).
pub(crate) fn find<'a, T: Entity>(list: &'a [T], id: &str) -> Option<&'a T> {
    list.iter().find(|e| e.id() == id)
}

/// Upcasts a list to trait objects, keeping its order.
fn dyns<T: Entity>(list: &[T]) -> impl Iterator<Item = &dyn Entity> {
    list.iter().map(|e| e as &dyn Entity)
}

impl KnowledgeBase {
    /// The muscle group with this id.
    pub fn muscle(&self, id: &str) -> Option<&Muscle> {
        find(&self.muscles, id)
    }

    /// The names of the muscle groups with these ids, in order, joined by commas; an id that
    /// names no muscle is left out.
    pub fn muscle_names(&self, ids: &[String]) -> String {
        let names: Vec<&str> = ids
            .iter()
            .filter_map(|id| self.muscle(id))
            .map(|m| m.name.as_str())
            .collect();
        names.join(", ")
    }

    /// The condition with this id.
    pub fn condition(&self, id: &str) -> Option<&Condition> {
        find(&self.conditions, id)
    }

    /// The technique with this id.
    pub fn technique(&self, id: &str) -> Option<&Technique> {
        find(&self.techniques, id)
    }

    /// The stretch with this id.
    pub fn stretch(&self, id: &str) -> Option<&Stretch> {
        find(&self.stretches, id)
    }

    /// The note with this id.
    pub fn note(&self, id: &str) -> Option<&Note> {
        find(&self.notes, id)
    }

    /// The article with this id.
    pub fn article(&self, id: &str) -> Option<&Article> {
        find(&self.articles, id)
    }

    /// The source with this id.
    pub fn source(&self, id: &str) -> Option<&Source> {
        find(&self.sources, id)
    }

    /// Every entity of one kind, in file order.
    pub fn entities_of(&self, kind: Kind) -> Vec<&dyn Entity> {
        match kind {
            Kind::Muscle => dyns(&self.muscles).collect(),
            Kind::Condition => dyns(&self.conditions).collect(),
            Kind::Technique => dyns(&self.techniques).collect(),
            Kind::Stretch => dyns(&self.stretches).collect(),
            Kind::Note => dyns(&self.notes).collect(),
            Kind::Article => dyns(&self.articles).collect(),
            Kind::Source => dyns(&self.sources).collect(),
        }
    }

    /// Every entity, kind by kind in [`Kind::ALL`] order, then file order.
    pub fn entities(&self) -> Vec<&dyn Entity> {
        Kind::ALL
            .into_iter()
            .flat_map(|kind| self.entities_of(kind))
            .collect()
    }

    /// The entity a reference points at, if it exists.
    pub fn entity(&self, target: &EntityRef) -> Option<&dyn Entity> {
        let id = target.id();
        match target.kind() {
            Kind::Muscle => self.muscle(id).map(|e| e as &dyn Entity),
            Kind::Condition => self.condition(id).map(|e| e as &dyn Entity),
            Kind::Technique => self.technique(id).map(|e| e as &dyn Entity),
            Kind::Stretch => self.stretch(id).map(|e| e as &dyn Entity),
            Kind::Note => self.note(id).map(|e| e as &dyn Entity),
            Kind::Article => self.article(id).map(|e| e as &dyn Entity),
            Kind::Source => self.source(id).map(|e| e as &dyn Entity),
        }
    }

    /// Whether a reference resolves.
    pub fn contains(&self, target: &EntityRef) -> bool {
        self.entity(target).is_some()
    }

    /// The display name or title of the entity a reference points at.
    pub fn title_of(&self, target: &EntityRef) -> Option<&str> {
        self.entity(target).map(|e| e.title())
    }
}
