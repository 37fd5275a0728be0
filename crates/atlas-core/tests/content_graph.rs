//! Links are stored once and read both ways; every link resolves from either end.
#![cfg(feature = "toml")]

use atlas_core::content::{Entity, EntityRef, Kind};

mod common;
use common::load_assets;

/// Ids of a list of entities, for compact assertions.
fn ids<T: Entity>(list: Vec<&T>) -> Vec<String> {
    list.into_iter().map(|e| e.id().to_string()).collect()
}

#[test]
fn piriformis_and_piriformis_syndrome_link_both_ways() {
    let kb = load_assets();
    assert!(ids(kb.muscles_for_condition("piriformis-syndrome")).contains(&"piriformis".into()));
    assert!(ids(kb.conditions_for_muscle("piriformis")).contains(&"piriformis-syndrome".into()));
}

#[test]
fn figure_4_and_piriformis_link_both_ways() {
    let kb = load_assets();
    assert_eq!(
        ids(kb.muscles_for_stretch("figure-4")),
        ["piriformis", "gluteus-maximus", "hamstrings"]
    );
    assert!(ids(kb.stretches_for_muscle("piriformis")).contains(&"figure-4".into()));
}

#[test]
fn a_technique_and_its_muscles_link_both_ways() {
    let kb = load_assets();
    let muscles = ids(kb.muscles_for_technique("kneading"));
    assert!(muscles.contains(&"multifidus".into()));
    for muscle in &muscles {
        assert!(ids(kb.techniques_for_muscle(muscle)).contains(&"kneading".into()));
    }
}

#[test]
fn note_and_low_back_muscles_link_both_ways() {
    let kb = load_assets();
    let note = "lower-back-emotional-connection";
    assert_eq!(
        ids(kb.muscles_for_note(note)),
        ["quadratus-lumborum", "erector-spinae", "multifidus"]
    );
    for muscle in ["quadratus-lumborum", "erector-spinae", "multifidus"] {
        assert_eq!(ids(kb.notes_for_muscle(muscle)), [note]);
    }
    assert!(kb.notes_for_muscle("hamstrings").is_empty());
}

#[test]
fn conditions_techniques_and_stretches_link_both_ways() {
    let kb = load_assets();
    assert!(ids(kb.techniques_for_condition("sciatica")).contains(&"assisted-stretching".into()));
    assert!(ids(kb.conditions_for_technique("assisted-stretching")).contains(&"sciatica".into()));
    assert!(ids(kb.stretches_for_condition("sciatica")).contains(&"standing-quad".into()));
    assert!(ids(kb.conditions_for_stretch("standing-quad")).contains(&"sciatica".into()));
}

#[test]
fn every_stored_link_is_found_from_the_other_end() {
    let kb = load_assets();
    for entity in kb.entities() {
        let from = entity.entity_ref();
        for (_, to) in entity.links() {
            assert!(kb.related(&to).contains(&from), "{to} does not see {from}");
            assert!(kb.related(&from).contains(&to), "{from} does not see {to}");
        }
    }
}

#[test]
fn every_muscle_has_a_stretch_and_a_treatment() {
    let kb = load_assets();
    for muscle in &kb.muscles {
        assert!(
            !kb.stretches_for_muscle(&muscle.id).is_empty(),
            "{}",
            muscle.id
        );
        let treated =
            kb.conditions_for_muscle(&muscle.id).len() + kb.techniques_for_muscle(&muscle.id).len();
        assert!(treated > 0, "{}", muscle.id);
    }
}

#[test]
fn articles_are_found_from_what_they_mention() {
    let kb = load_assets();
    let articles = ids(kb.articles_for(&EntityRef::Stretch("cat-cow".into())));
    assert_eq!(articles, ["hip-lumbar-session"]);
    let note = EntityRef::Note("lower-back-emotional-connection".into());
    assert_eq!(
        ids(kb.articles_for(&note)),
        ["lower-back-relaxation-routine"]
    );
}

#[test]
fn sources_know_who_cites_them() {
    // As the build ships it: each move with the precautions its poses need (a source cited
    // only by a derived precaution, such as the stenosis guideline, is cited by those moves).
    let mut kb = load_assets();
    atlas_core::crosscheck::precautions::apply_derived(&mut kb, &common::load_guide_assets());
    let cited = kb.cited_by("cherkin-2011");
    assert!(cited.contains(&EntityRef::Article("the-evidence".into())));
    assert!(cited.contains(&EntityRef::Condition("chronic-low-back-pain".into())));
    // Dose numbers count as citations too.
    assert!(kb
        .cited_by("bandy-irion-1994")
        .iter()
        .any(|r| r.kind() == Kind::Stretch));
    for source in &kb.sources {
        assert!(!kb.cited_by(&source.id).is_empty(), "{}", source.id);
    }
}

#[test]
fn lookups_by_reference_and_unknown_ids() {
    let kb = load_assets();
    let r = EntityRef::new(Kind::Muscle, "iliopsoas");
    // A reference reads as the entry's own name (whatever the clinic calls it).
    let name = kb
        .muscle("iliopsoas")
        .expect("iliopsoas is on the map")
        .name
        .as_str();
    assert_eq!(kb.title_of(&r), Some(name));
    assert!(kb.muscle("nope").is_none());
    assert!(kb.muscles_for_condition("nope").is_empty());
    assert!(kb.related(&EntityRef::Muscle("nope".into())).is_empty());
    assert_eq!(Kind::parse("stretch"), Some(Kind::Stretch));
    assert_eq!(r.to_string(), "muscle \"iliopsoas\"");
}

#[test]
fn entity_refs_serialize_as_kind_and_id() {
    let r = EntityRef::Stretch("figure-4".into());
    let json = serde_json::to_string(&r).unwrap();
    assert_eq!(json, r#"{"kind":"stretch","id":"figure-4"}"#);
    assert_eq!(serde_json::from_str::<EntityRef>(&json).unwrap(), r);
}
