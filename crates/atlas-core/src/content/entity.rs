//! One trait over every entity kind, so validation, search and the graph are written once.

use super::{
    Article, Claim, Condition, EntityRef, Kind, Modification, Muscle, Note, Source, Stretch,
    Technique,
};

/// What every entity kind offers to the generic parts of the knowledge base.
pub trait Entity {
    /// Which kind this is.
    fn kind(&self) -> Kind;
    /// The id, unique within its kind.
    fn id(&self) -> &str;
    /// The display name or title.
    fn title(&self) -> &str;
    /// The file it was loaded from (empty if it did not come from the loader).
    fn file(&self) -> &str;
    /// Other names people use.
    fn aliases(&self) -> &[String] {
        &[]
    }
    /// Everyday search words.
    fn keywords(&self) -> &[String] {
        &[]
    }
    /// Every claim, with its field path (e.g. `see_physician[1]`), in reading order.
    fn claims(&self) -> Vec<(String, &Claim)> {
        Vec::new()
    }
    /// Source-id lists outside claims (e.g. `dose.sources`), with their field path.
    fn extra_citations(&self) -> Vec<(String, &[String])> {
        Vec::new()
    }
    /// Links stored on this entity, with the field each came from.
    fn links(&self) -> Vec<(&'static str, EntityRef)> {
        Vec::new()
    }
    /// Ids of the precautions shown with this entity (stretches, techniques, conditions).
    fn precautions(&self) -> &[String] {
        &[]
    }
    /// A typed reference to this entity.
    fn entity_ref(&self) -> EntityRef {
        EntityRef::new(self.kind(), self.id())
    }
    /// Every source id this entity cites, claims and extra lists together.
    fn cited_sources(&self) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        for (_, claim) in self.claims() {
            out.extend(claim.sources.iter().map(String::as_str));
        }
        for (_, list) in self.extra_citations() {
            out.extend(list.iter().map(String::as_str));
        }
        out
    }
}

/// Field path for the n-th claim of a list field, e.g. `steps[2]`.
fn indexed<'a>(field: &str, list: &'a [Claim]) -> impl Iterator<Item = (String, &'a Claim)> {
    let field = field.to_string();
    list.iter()
        .enumerate()
        .map(move |(i, c)| (format!("{field}[{i}]"), c))
}

/// The source lists of written modifications, e.g. `modifications[0].sources`, so they are
/// checked and counted as citations like any claim's.
fn modification_sources(list: &[Modification]) -> impl Iterator<Item = (String, &[String])> {
    list.iter()
        .enumerate()
        .map(|(i, m)| (format!("modifications[{i}].sources"), m.sources.as_slice()))
}

/// Typed references for a list of ids stored in one field.
fn refs(field: &'static str, kind: Kind, ids: &[String]) -> Vec<(&'static str, EntityRef)> {
    ids.iter()
        .map(|id| (field, EntityRef::new(kind, id)))
        .collect()
}

/// The methods that read the same-named fields on every entity type.
macro_rules! common {
    ($kind:expr, $title:ident) => {
        fn kind(&self) -> Kind {
            $kind
        }
        fn id(&self) -> &str {
            &self.id
        }
        fn title(&self) -> &str {
            &self.$title
        }
        fn file(&self) -> &str {
            &self.file
        }
    };
}

impl Entity for Source {
    common!(Kind::Source, title);
}

impl Entity for Muscle {
    common!(Kind::Muscle, name);
    fn aliases(&self) -> &[String] {
        &self.aka
    }
    fn keywords(&self) -> &[String] {
        &self.keywords
    }
    fn claims(&self) -> Vec<(String, &Claim)> {
        vec![
            ("plain".into(), &self.plain),
            ("origin".into(), &self.origin),
            ("insertion".into(), &self.insertion),
            ("action".into(), &self.action),
            ("mobility_role".into(), &self.mobility_role),
        ]
    }
}

impl Entity for Condition {
    common!(Kind::Condition, name);
    fn precautions(&self) -> &[String] {
        &self.precautions
    }
    fn aliases(&self) -> &[String] {
        &self.aka
    }
    fn keywords(&self) -> &[String] {
        &self.keywords
    }
    fn claims(&self) -> Vec<(String, &Claim)> {
        let mut out = vec![
            ("summary".into(), &self.summary),
            ("massage".into(), &self.massage),
            ("expect".into(), &self.expect),
        ];
        out.extend(indexed("see_physician", &self.see_physician));
        out
    }
    fn links(&self) -> Vec<(&'static str, EntityRef)> {
        let mut out = refs("muscles", Kind::Muscle, &self.muscles);
        out.extend(refs("techniques", Kind::Technique, &self.techniques));
        out.extend(refs("stretches", Kind::Stretch, &self.stretches));
        out
    }
}

impl Entity for Technique {
    common!(Kind::Technique, name);
    fn precautions(&self) -> &[String] {
        &self.precautions
    }
    fn aliases(&self) -> &[String] {
        &self.aka
    }
    fn keywords(&self) -> &[String] {
        &self.keywords
    }
    fn claims(&self) -> Vec<(String, &Claim)> {
        let mut out = vec![
            ("summary".into(), &self.summary),
            ("feels".into(), &self.feels),
            ("pressure".into(), &self.pressure),
        ];
        out.extend(indexed("steps", &self.steps));
        out.push(("afterwards".into(), &self.afterwards));
        out
    }
    fn extra_citations(&self) -> Vec<(String, &[String])> {
        modification_sources(&self.modifications).collect()
    }
    fn links(&self) -> Vec<(&'static str, EntityRef)> {
        refs("muscles", Kind::Muscle, &self.muscles)
    }
}

impl Entity for Stretch {
    common!(Kind::Stretch, name);
    fn precautions(&self) -> &[String] {
        &self.precautions
    }
    fn aliases(&self) -> &[String] {
        &self.aka
    }
    fn keywords(&self) -> &[String] {
        &self.keywords
    }
    fn claims(&self) -> Vec<(String, &Claim)> {
        let mut out = vec![("purpose".into(), &self.purpose)];
        out.push(("dose.frequency".into(), &self.dose.frequency));
        out.extend(indexed("steps", &self.steps));
        out.extend(indexed("cautions", &self.cautions));
        out
    }
    fn extra_citations(&self) -> Vec<(String, &[String])> {
        let mut out = vec![("dose.sources".into(), self.dose.sources.as_slice())];
        out.extend(modification_sources(&self.modifications));
        out
    }
    fn links(&self) -> Vec<(&'static str, EntityRef)> {
        refs("muscles", Kind::Muscle, &self.muscles)
    }
}

impl Entity for Note {
    common!(Kind::Note, title);
    fn keywords(&self) -> &[String] {
        &self.keywords
    }
    fn claims(&self) -> Vec<(String, &Claim)> {
        let mut out = vec![("perspective".into(), &self.perspective)];
        out.extend(indexed("themes", &self.themes));
        out.push(("disclaimer".into(), &self.disclaimer));
        out
    }
    fn links(&self) -> Vec<(&'static str, EntityRef)> {
        refs("muscles", Kind::Muscle, &self.muscles)
    }
}

impl Entity for Article {
    common!(Kind::Article, title);
    fn keywords(&self) -> &[String] {
        &self.keywords
    }
    fn claims(&self) -> Vec<(String, &Claim)> {
        let mut out = vec![("summary".into(), &self.summary)];
        for (i, section) in self.sections.iter().enumerate() {
            out.extend(indexed(
                &format!("sections[{i}].paragraphs"),
                &section.paragraphs,
            ));
            out.extend(indexed(&format!("sections[{i}].scripts"), &section.scripts));
        }
        out
    }
    fn links(&self) -> Vec<(&'static str, EntityRef)> {
        self.related.refs()
    }
}
