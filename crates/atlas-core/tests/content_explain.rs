//! Explain mode's steps: the real session tells every section of seed 000 in order, and a
//! broken step fails with messages naming the file, the step and the field.
#![cfg(feature = "toml")]

mod common;

use atlas_core::content::{validate, ExplainModel};

#[test]
fn the_session_tells_every_section_of_its_article_in_order() {
    let kb = common::load_assets();
    assert_eq!(kb.explain.len(), 6, "seed 000 has six parts");
    let article = kb.article(&kb.explain[0].article).expect("article exists");
    let told: Vec<&str> = kb.explain.iter().map(|s| s.section.as_str()).collect();
    let sections: Vec<&str> = article
        .sections
        .iter()
        .map(|s| s.heading.as_str())
        .collect();
    assert_eq!(told, sections);
}

#[test]
fn the_seed_scripts_become_the_notes_of_their_step() {
    let kb = common::load_assets();
    let recap = kb.explain[0].section_in(&kb).expect("section exists");
    assert!(recap.scripts[0]
        .text
        .starts_with("Did you notice any changes"));
    // Where the seed has no script, the step brings talking points of its own.
    for step in &kb.explain {
        let scripts = step.section_in(&kb).unwrap().scripts.len();
        assert!(
            scripts + step.talking_points.len() > 0,
            "step {} has nothing for the therapist's notes",
            step.id
        );
    }
}

#[test]
fn the_connection_step_shows_the_model_and_both_teams() {
    let kb = common::load_assets();
    let step = kb.explain.iter().find(|s| s.id == "connection").unwrap();
    assert_eq!(step.model, Some(ExplainModel::Bend));
    assert!(step.mobility.iter().any(|m| m == "iliopsoas"));
    assert!(step.stability.iter().any(|m| m == "erector-spinae"));
    let last = kb.explain.last().unwrap();
    assert!(
        last.hand_over,
        "the session ends by handing over a home program"
    );
    let moves = &kb.explain.iter().find(|s| !s.play.is_empty()).unwrap().play;
    assert_eq!(moves, &["cat-cow", "hip-rocks", "supine-lumbar-rotation"]);
}

#[test]
fn a_broken_step_names_file_step_and_field() {
    let mut kb = common::load_assets();
    let step = &mut kb.explain[1];
    step.section = "The hip connection".into();
    step.mobility.push("psoas-major".into());
    step.play = vec!["toe-touch".into()];
    step.points.clear();
    step.talking_points[0].sources = vec!["nobody".into()];
    kb.explain[2].hand_over = true;
    let messages = validate(&kb).expect_err("must fail").messages();
    let file = "assets/content/explain.toml";
    let expected = [
        format!("{file}: explain step \"connection\", field \"section\": no section \"The hip connection\" in article \"hip-lumbar-session\"; its sections are: Simple recap, The hip–lumbar connection, Benefits of better hip mobility, How active mobility supports recovery, Massage and mobility together, Your homework"),
        format!("{file}: explain step \"connection\", field \"points\": is empty; a step shows at least one point"),
        format!("{file}: explain step \"connection\", field \"talking_points[0]\": unknown source \"nobody\""),
        format!("{file}: explain step \"connection\", field \"mobility[4]\": unknown muscle \"psoas-major\""),
        format!("{file}: explain step \"connection\", field \"play[0]\": unknown stretch \"toe-touch\""),
        format!("{file}: explain step \"benefits\", field \"hand_over\": only the last step hands over the home program"),
    ];
    for line in &expected {
        assert!(
            messages.contains(line),
            "missing:\n{line}\nin:\n{messages:#?}"
        );
    }
}
