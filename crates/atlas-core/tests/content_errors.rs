//! Broken content must fail with messages that name the file, the entry and the field,
//! and every problem must be reported at once. (The pages, notices, vocabulary and home
//! program texts: content_page_errors.rs.)
#![cfg(feature = "toml")]

mod common;

use atlas_core::content::{parse_toml, validate, Modification};
use common::fixture::{load, messages, parsed};

#[test]
fn minimal_fixture_is_valid() {
    let kb = load(&[]).expect("minimal fixture loads");
    assert_eq!(kb.muscles.len(), 1);
    assert_eq!(
        kb.muscle("piriformis").unwrap().file,
        "fixtures/content/minimal/muscles.toml"
    );
}

#[test]
fn broken_reference_names_file_entry_and_field() {
    assert_eq!(
        messages(&["broken-reference"]),
        [
            "fixtures/content/broken/broken-reference.toml: condition \"piriformis-syndrome\", \
             field \"muscles\": unknown muscle \"piriformiss\""
        ]
    );
}

#[test]
fn claim_without_source_is_reported() {
    assert_eq!(
        messages(&["missing-source"]),
        ["fixtures/content/broken/missing-source.toml: technique \"swedish\", field \"summary\": \
          no source given"]
    );
}

#[test]
fn unknown_source_id_is_reported() {
    assert_eq!(
        messages(&["unknown-source"]),
        ["fixtures/content/broken/unknown-source.toml: technique \"swedish\", field \"pressure\": \
          unknown source \"kenhubb\""]
    );
}

#[test]
fn duplicate_id_names_both_files() {
    assert_eq!(
        messages(&["duplicate-id"]),
        [
            "fixtures/content/broken/duplicate-id.toml: stretch \"figure-4\", field \"id\": \
          duplicate id (also defined in fixtures/content/minimal/links.toml)"
        ]
    );
}

#[test]
fn unreachable_note_and_uncited_source_are_reported() {
    assert_eq!(
        messages(&["unreachable"]),
        [
            "fixtures/content/broken/unreachable.toml: note \"floating-note\", field \"muscles\": \
             links to no muscle, so nothing on the body map leads here",
            "fixtures/content/broken/unreachable.toml: source \"kenhub\", field \"id\": \
             is never cited",
        ]
    );
}

#[test]
fn bad_dose_reports_every_problem() {
    assert_eq!(
        messages(&["bad-dose"]),
        [
            "fixtures/content/broken/bad-dose.toml: stretch \"marathon-hold\", \
             field \"dose.hold_seconds\": 300 s is longer than 120 s",
            "fixtures/content/broken/bad-dose.toml: stretch \"marathon-hold\", \
             field \"dose.repetitions\": 0 is not 1 to 10",
            "fixtures/content/broken/bad-dose.toml: stretch \"marathon-hold\", \
             field \"dose.breath_seconds\": 2 s is not 0 or 3 to 12 s",
            "fixtures/content/broken/bad-dose.toml: stretch \"marathon-hold\", \
             field \"dose.breath_seconds\": a held stretch takes breath_seconds = 0",
        ]
    );
}

#[test]
fn toml_syntax_error_names_file_and_line() {
    let errors = messages(&["syntax-error"]);
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(
        errors[0].starts_with("fixtures/content/broken/syntax-error.toml: line 5: "),
        "{}",
        errors[0]
    );
}

#[test]
fn all_broken_files_are_reported_together() {
    // Syntax errors stop validation (the content is incomplete), so leave that one out.
    let all = [
        "broken-reference",
        "missing-source",
        "unknown-source",
        "duplicate-id",
        "unreachable",
        "bad-dose",
    ];
    // Both source fixtures define technique "swedish", so one more duplicate-id error.
    assert_eq!(messages(&all).len(), 1 + 1 + 1 + 1 + 2 + 4 + 1);
}

#[test]
fn misspelled_field_is_a_shape_error_with_a_line() {
    let text = "[[source]]\nid = \"a\"\ntitle = \"A\"\nkind = \"seed\"\ncitaton = \"x\"\n";
    let errors = parse_toml(&[("s.toml", text)])
        .expect_err("unknown field")
        .messages();
    assert_eq!(errors.len(), 1);
    assert!(errors[0].starts_with("s.toml: line 5: "), "{}", errors[0]);
    assert!(errors[0].contains("citaton"), "{}", errors[0]);
}

#[test]
fn unknown_table_is_rejected() {
    let errors = parse_toml(&[("x.toml", "[[muscel]]\nid = \"a\"\n")]).expect_err("bad table");
    assert!(errors.messages()[0].contains("muscel"), "{errors}");
}

#[test]
fn ids_must_be_lowercase_kebab() {
    let mut kb = parsed(&[]);
    kb.stretches[0].id = "Figure_4".into();
    let errors = validate(&kb).expect_err("bad id").messages();
    assert!(
        errors.contains(
            &"fixtures/content/minimal/links.toml: stretch \"Figure_4\", field \"id\": id must be \
              lowercase words joined by hyphens, e.g. \"hip-bursitis\""
                .to_string()
        ),
        "{errors:?}"
    );
}

#[test]
fn muscle_without_stretch_or_treatment_is_unreachable() {
    let mut kb = parsed(&[]);
    kb.stretches.clear();
    kb.techniques.clear();
    assert_eq!(
        validate(&kb).expect_err("unreachable muscle").messages(),
        [
            "fixtures/content/minimal/muscles.toml: muscle \"piriformis\", field \"id\": no \
             stretch lengthens this muscle (add it to a stretch's \"muscles\")",
            "fixtures/content/minimal/muscles.toml: muscle \"piriformis\", field \"id\": no \
             condition or technique links to this muscle",
        ]
    );
}

#[test]
fn kebab_ids() {
    use atlas_core::content::is_kebab;
    for ok in ["figure-4", "seed-000", "hip-bursitis", "adductors"] {
        assert!(is_kebab(ok), "{ok}");
    }
    for bad in [
        "",
        "Figure-4",
        "figure_4",
        "-hip",
        "hip-",
        "hip--rocks",
        "hip rocks",
    ] {
        assert!(!is_kebab(bad), "{bad}");
    }
}

#[test]
fn a_condition_needs_a_known_area_and_a_technique_a_tradition() {
    let condition = |area: &str| {
        format!(
            "[[condition]]\nid = \"c\"\nname = \"C\"\n{area}\
             summary = {{ text = \"s\", sources = [\"a\"] }}\nmuscles = []\n\
             massage = {{ text = \"m\", sources = [\"a\"] }}\nexpect = {{ text = \"e\", sources = [\"a\"] }}\n"
        )
    };
    let unknown = parse_toml(&[("c.toml", &condition("area = \"knee\"\n"))])
        .expect_err("unknown area")
        .messages();
    assert!(unknown[0].starts_with("c.toml: line 4: "), "{}", unknown[0]);
    assert!(
        unknown[0].contains("knee") && unknown[0].contains("low-back"),
        "{}",
        unknown[0]
    );
    let missing = parse_toml(&[("c.toml", &condition(""))])
        .expect_err("missing area")
        .messages();
    assert!(
        missing[0].starts_with("c.toml: ") && missing[0].contains("`area`"),
        "{}",
        missing[0]
    );

    let technique = "[[technique]]\nid = \"t\"\nname = \"T\"\ntradition = \"modern\"\n";
    let errors = parse_toml(&[("t.toml", technique)])
        .expect_err("unknown tradition")
        .messages();
    assert!(
        errors[0].contains("modern") && errors[0].contains("traditional"),
        "{}",
        errors[0]
    );
}

#[test]
fn a_condition_suggesting_a_stretch_with_its_precaution_names_file_entry_and_field() {
    assert_eq!(
        messages(&["precaution-conflict"]),
        [
            "fixtures/content/broken/precaution-conflict.toml: condition \"hip-arthritis\", \
             field \"stretches\": stretch \"deep-knee-hug\" carries the precaution \
             \"hip-replacement\", which this condition lists, and has no written modification \
             for it; remove the stretch from this list, or add modifications = [{ precaution = \
             \"hip-replacement\", text = \"...\", sources = [...] }] to the stretch in \
             fixtures/content/broken/precaution-conflict.toml"
        ]
    );
}

#[test]
fn a_written_modification_lets_the_condition_keep_the_stretch() {
    let mut kb = parsed(&["precaution-conflict"]);
    let hug = kb
        .stretches
        .iter_mut()
        .find(|s| s.id == "deep-knee-hug")
        .expect("fixture stretch");
    hug.modifications.push(Modification {
        precaution: "hip-replacement".into(),
        text: "Keep the hip bent no more than a right angle.".into(),
        sources: vec!["seed-001".into()],
        within: Vec::new(),
        picture: None,
    });
    assert_eq!(validate(&kb), Ok(()));
    let notes = kb.precautions_for_stretch("deep-knee-hug");
    assert_eq!(notes.len(), 1);
    assert_eq!(notes[0].precaution.id, "hip-replacement");
    assert_eq!(
        notes[0].modification.map(|m| m.text.as_str()),
        Some("Keep the hip bent no more than a right angle.")
    );
    assert_eq!(
        kb.precautions_for_condition("hip-arthritis")[0].name,
        "Hip replacement"
    );
}

#[test]
fn precaution_mistakes_are_each_named() {
    assert_eq!(
        messages(&["bad-precautions"]),
        [
            "fixtures/content/broken/bad-precautions.toml: precaution \"sciatica\", field \
             \"advice\": no source given",
            "fixtures/content/broken/bad-precautions.toml: stretch \"leg-raise\", field \
             \"precautions\": unknown precaution \"sciatia\" (precautions are defined in \
             assets/content/precautions.toml)",
            "fixtures/content/broken/bad-precautions.toml: condition \"leg-pain\", field \
             \"start_here\": has 3 stretches; start with at most 2 (the rest of \"stretches\" \
             shows as more to try)",
            "fixtures/content/broken/bad-precautions.toml: condition \"leg-pain\", field \
             \"start_here\": stretch \"side-bend\" is not in this condition's \"stretches\"",
        ]
    );
}
