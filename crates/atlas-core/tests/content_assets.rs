//! The real clinic content: it loads, validates, covers the product's required ids, and
//! survives the JSON trip to the browser unchanged.
#![cfg(feature = "toml")]

use atlas_core::bundle::{decode_bundle, encode_bundle, Bundle};
use atlas_core::clinic::Clinic;
use atlas_core::content::{validate, Entity, KnowledgeBase};

/// Any model stamp: these tests write and read their own files.
const STAMP: &str = "0123456789abcdef";

mod common;
use common::load_assets;

#[test]
fn real_content_loads_and_validates_with_zero_errors() {
    let kb = load_assets();
    assert_eq!(validate(&kb), Ok(()));
    assert!(kb
        .muscles
        .iter()
        .all(|m| m.file.starts_with("assets/content/")));
}

#[test]
fn every_required_muscle_exists() {
    let kb = load_assets();
    for id in [
        "gluteus-maximus",
        "gluteus-medius",
        "gluteus-minimus",
        "piriformis",
        "iliopsoas",
        "rectus-femoris",
        "tensor-fasciae-latae",
        "adductors",
        "hamstrings",
        "quadratus-lumborum",
        "erector-spinae",
        "multifidus",
    ] {
        assert!(kb.muscle(id).is_some(), "missing muscle {id}");
    }
    assert_eq!(kb.muscles.len(), 12);
}

#[test]
fn every_required_stretch_exists() {
    let kb = load_assets();
    for id in [
        "cat-cow",
        "hip-rocks",
        "supine-lumbar-rotation",
        "knee-to-chest",
        "hamstring-stretch",
        "kneeling-hip-flexor",
        "figure-4",
        "standing-quad",
        "childs-pose",
        "side-bend",
        "butterfly",
        "cross-body-glute",
    ] {
        assert!(kb.stretch(id).is_some(), "missing stretch {id}");
    }
}

#[test]
fn every_required_condition_technique_and_note_exists() {
    let kb = load_assets();
    for id in [
        "hip-bursitis",
        "hip-tendinitis",
        "hip-osteoarthritis",
        "piriformis-syndrome",
        "hip-impingement",
        "chronic-low-back-pain",
        "sciatica",
    ] {
        assert!(kb.condition(id).is_some(), "missing condition {id}");
    }
    for id in [
        "swedish",
        "deep-tissue",
        "trigger-point",
        "myofascial-release",
        "cupping",
        "rolling",
        "kneading",
        "plucking",
        "stroking",
        "pulling-apart-stretch",
        "sacral-push",
        "assisted-stretching",
    ] {
        assert!(kb.technique(id).is_some(), "missing technique {id}");
    }
    for id in [
        "hip-and-back-session-plan",
        "hip-pain-massage-guide",
        "back-relaxation-massage-notes",
        "why-consistency-matters",
        "low-back-pain-article",
        "kenhub",
        "teachmeanatomy",
        "physiopedia",
        "magee",
        "merck-manual",
        "esola-1996",
        "eur-spine-j-2019",
        "cherkin-2011",
        "nih-ninds",
        "amta-2012",
        "bandy-irion-1994",
        "acsm-garber-2011",
        "ahcpr-1994",
    ] {
        assert!(kb.source(id).is_some(), "missing source {id}");
    }
    assert!(!kb.notes.is_empty());
}

#[test]
fn seed_002_disclaimer_is_carried_verbatim() {
    let kb = load_assets();
    let seed = "Disclaimer: This information is for educational purposes only. We do not \
                diagnose or treat any physical or emotional condition. Seek the advice of your \
                physician before beginning this or any other health program. The advice and \
                strategies contained herein may not be suitable for your situation. You should \
                consult with a physician where appropriate.";
    assert!(kb.notes.iter().all(|n| n.disclaimer.text == seed));
    let footer = &kb
        .notice("disclaimer")
        .expect("the footer's disclaimer")
        .text;
    assert_eq!(
        Some(footer.text.as_str()),
        seed.strip_prefix("Disclaimer: ")
    );
    assert_eq!(footer.sources, ["back-relaxation-massage-notes"]);
}

#[test]
fn doses_follow_the_seeds() {
    let kb = load_assets();
    // Seed 004: hamstring, hip-flexor and glute stretches held a full minute.
    for id in ["hamstring-stretch", "kneeling-hip-flexor", "figure-4"] {
        assert_eq!(kb.stretch(id).unwrap().dose.hold_seconds, 60, "{id}");
    }
    // Seed 000's mobility moves are dynamic, paced by the breath.
    for id in ["cat-cow", "hip-rocks", "supine-lumbar-rotation"] {
        let stretch = kb.stretch(id).unwrap();
        assert!(
            stretch.is_dynamic() && stretch.dose.breath_seconds > 0,
            "{id}"
        );
    }
    // Seed 003: one or two stretches in no more than 5 minutes, so each fits well inside.
    for stretch in &kb.stretches {
        assert!(stretch.dose.total_seconds() <= 150, "{}", stretch.id);
    }
}

#[test]
fn every_article_has_a_title_summary_and_sections() {
    let kb = load_assets();
    assert!(kb.articles.len() >= 6);
    for article in &kb.articles {
        assert!(!article.sections.is_empty(), "{}", article.id);
        assert!(!article.title().is_empty());
    }
    let session = kb.article("hip-lumbar-session").unwrap();
    let scripts: usize = session.sections.iter().map(|s| s.scripts.len()).sum();
    assert_eq!(scripts, 3);
}

#[test]
fn whole_knowledge_base_round_trips_through_json() {
    let kb = load_assets();
    let json = serde_json::to_string(&kb).expect("serializes");
    let back: KnowledgeBase = serde_json::from_str(&json).expect("parses");
    // Everything but each entry's file (build-only, never serialized) comes back.
    assert_eq!(serde_json::to_string(&back).expect("serializes"), json);
    assert_eq!(back.muscles.len(), kb.muscles.len());
}

#[test]
fn whole_knowledge_base_round_trips_through_the_content_file() {
    let kb = load_assets();
    let bundle = Bundle {
        kb: kb.clone(),
        guides: Vec::new(),
        clinic: Clinic::default(),
    };
    let bytes = encode_bundle(STAMP, &bundle);
    // Everything but each entry's file (build-only, never serialized) comes back.
    let back = decode_bundle(&bytes, STAMP).expect("decodes");
    assert_eq!(encode_bundle(STAMP, &back), bytes);
    assert_eq!(back.kb.stretches, {
        let mut stretches = kb.stretches.clone();
        stretches.iter_mut().for_each(|s| s.file.clear());
        stretches
    });
    // A cut-off file is an error that says so, never a panic or a half-read base.
    let err = decode_bundle(&bytes[..bytes.len() / 2], STAMP).unwrap_err();
    assert!(err.starts_with("content file:"), "{err}");
}

#[test]
fn every_required_precaution_exists_with_sourced_advice() {
    use atlas_core::content::REQUIRED_PRECAUTIONS;
    let kb = load_assets();
    for id in REQUIRED_PRECAUTIONS {
        let p = kb
            .precaution(id)
            .unwrap_or_else(|| panic!("missing precaution {id}"));
        assert!(
            !p.advice.text.is_empty() && !p.advice.sources.is_empty(),
            "{id}"
        );
    }
}

#[test]
fn the_review_findings_stay_fixed() {
    let kb = load_assets();
    // Flexion with adduction provokes impingement and compresses the gluteal tendons.
    for condition in ["hip-impingement", "hip-bursitis", "hip-tendinitis"] {
        let stretches = &kb.condition(condition).unwrap().stretches;
        assert!(
            !stretches.contains(&"cross-body-glute".to_string()),
            "{condition}"
        );
    }
    // Deep hip bends carry the hip-replacement precaution.
    for stretch in [
        "knee-to-chest",
        "childs-pose",
        "figure-4",
        "cross-body-glute",
    ] {
        assert!(
            kb.precautions_for_stretch(stretch)
                .iter()
                .any(|n| n.precaution.id == "hip-replacement"),
            "{stretch}"
        );
    }
    // The hamstring stretch keeps the knee soft for sciatica.
    let notes = kb.precautions_for_stretch("hamstring-stretch");
    let sciatica = notes
        .iter()
        .find(|n| n.precaution.id == "sciatica")
        .expect("sciatica precaution");
    let text = &sciatica.modification.expect("a written modification").text;
    assert!(
        text.contains("softly bent") && text.contains("Stop if it tingles"),
        "{text}"
    );
    // Cupping asks about blood thinners and fragile skin.
    assert!(kb
        .precautions_for_technique("cupping")
        .iter()
        .any(|n| n.precaution.id == "blood-thinners-or-fragile-skin"));
}

#[test]
fn start_here_and_more_to_try_split_a_conditions_stretches() {
    let kb = load_assets();
    for condition in &kb.conditions {
        let first = kb.start_here_for_condition(&condition.id);
        let more = kb.more_to_try_for_condition(&condition.id);
        // A condition that offers no move (every one provokes it) has no start either.
        assert_eq!(
            first.is_empty(),
            condition.stretches.is_empty(),
            "{}",
            condition.id
        );
        assert_eq!(first.len() + more.len(), condition.stretches.len());
    }
}

#[test]
fn every_page_the_app_shows_has_its_texts_and_the_techniques_page_its_sequence_article() {
    use atlas_core::content::REQUIRED_PAGES;
    let kb = load_assets();
    for section in REQUIRED_PAGES {
        let page = kb
            .page(section.as_str())
            .expect("validated content has every page");
        assert!(page.file.ends_with("pages.toml"), "{}", page.file);
    }
    assert_eq!(kb.page("home").unwrap().cards.len(), 3);
    let sequence = kb.featured_article("techniques").expect("featured article");
    assert_eq!(sequence.id, "lower-back-relaxation-routine");
}

#[test]
fn the_live_models_notes_say_simplified_and_tends_to_with_their_sources() {
    let kb = load_assets();
    for (id, must_cite) in [
        ("model-bend", ["esola-1996", "eur-spine-j-2019"]),
        ("model-stride", ["merck-manual", "magee"]),
    ] {
        let text = &kb.notice(id).expect("the model's note").text;
        assert!(text.text.contains("simplified model"), "{id}");
        assert!(
            text.text.contains("tend"),
            "{id}: say \"tends to\", not \"causes\""
        );
        assert!(text.text.contains("Not always"), "{id}");
        for source in must_cite {
            assert!(
                text.sources.iter().any(|s| s == source),
                "{id} cites {source}"
            );
        }
    }
}
