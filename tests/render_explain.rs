//! Server-side render tests of explain mode: each step as the therapist and client see it
//! before any script runs (notes hidden, nothing presenting).
#![cfg(not(target_arch = "wasm32"))]

mod render_support;

use atlas_core::content::ExplainStep;
use hip_back_atlas::data::{kb, word, Word};
use hip_back_atlas::route::Route;
use render_support::{esc, shows, visible_words};

async fn render(path: &'static str) -> String {
    render_support::render_app(path).await
}

#[tokio::test]
async fn a_step_shows_where_it_sits_in_the_session() {
    let html = render("/explain/1").await;
    assert!(html.contains("Step 1 of 6"), "{html}");
    assert!(html.contains(">Simple recap</h1>"), "{html}");
    for step in 1..=6 {
        assert!(
            html.contains(&format!("href=\"{}\"", Route::Explain { step }.href())),
            "{html}"
        );
    }
    assert_eq!(html.matches(r#"aria-current="step""#).count(), 1);
    assert!(html.contains("Mobility is controlled movement."));
    // `/explain` is the first step.
    assert_eq!(render("/explain").await, html);
}

#[tokio::test]
async fn the_notes_hold_the_seed_script_and_start_hidden() {
    let html = render("/explain/1").await;
    let notes = html
        .split(r#"id="explain-notes""#)
        .nth(1)
        .expect("the notes panel is on the page");
    let notes = &notes[..notes.find("</aside>").unwrap()];
    assert!(notes.contains(" hidden"), "{notes}");
    assert!(notes.contains("Did you notice any changes in stiffness"));
    assert!(html.contains(r#"aria-expanded="false""#));
    assert!(html.contains(">Show notes</button>"));
    // Where the seed has no script, the clinic's own talking points are marked as such.
    let connection = render("/explain/2").await;
    assert!(
        visible_words(&connection).contains(word(Word::ExplainPointsTitle)),
        "{connection}"
    );
}

#[tokio::test]
async fn the_last_step_hands_over_and_has_no_next() {
    let html = render("/explain/6").await;
    assert!(html.contains("Make their home program"));
    assert!(html.contains(r##"href="program/new/""##));
    assert!(!html.contains("Next:"), "{html}");
    assert!(html.contains("Previous: Massage + mobility"));
}

#[tokio::test]
async fn a_step_past_the_end_says_so() {
    let html = render("/explain/9").await;
    assert!(html.contains("No such step"));
    assert!(html.contains("The session has 6 steps, so there is no step 9."));
    assert!(html.contains(r##"href="explain/""##));
}

/// Every step of explain mode, as (its path, the step).
fn steps() -> impl Iterator<Item = (String, &'static ExplainStep)> {
    kb().explain
        .iter()
        .enumerate()
        .map(|(i, step)| (format!("/explain/{}", i + 1), step))
}

#[tokio::test]
async fn every_step_names_both_teams_in_words_and_marks_them_on_the_map() {
    for (path, step) in steps() {
        let html = render_support::render_app(path.clone()).await;
        for (heading, team, mark) in [
            (
                "Mobility team: the hips",
                &step.mobility,
                "region is-related",
            ),
            (
                "Stability team: the low back",
                &step.stability,
                "region is-selected",
            ),
        ] {
            if team.is_empty() {
                continue;
            }
            assert!(html.contains(heading), "{path}: {heading}");
            for id in team {
                let name = &kb().muscle(id).expect("the build checks team ids").name;
                shows(&html, name);
            }
            // At least one member is drawn and marked, whichever layer the map shows.
            assert!(
                html.contains(&format!(r#"class="{mark}""#)),
                "{path}: {mark}"
            );
        }
    }
}

#[tokio::test]
async fn every_team_member_the_map_does_not_draw_is_named_under_other_muscles() {
    // A therapist is never pointing at a muscle the map leaves out: each member is either
    // drawn on the layer shown or named in the "under other muscles" line.
    for (path, step) in steps() {
        let html = render_support::render_app(path.clone()).await;
        let under = html
            .split("under other muscles")
            .nth(1)
            .map(|rest| &rest[..rest.find('<').unwrap_or(rest.len())])
            .unwrap_or("");
        for id in step.mobility.iter().chain(&step.stability) {
            let drawn = html.contains(&format!(r#"data-muscle="{id}""#));
            let name = esc(&kb().muscle(id).expect("a team member").name);
            assert!(
                drawn || under.contains(&name),
                "{path}: {id} is neither drawn nor named under other muscles"
            );
        }
    }
}

#[tokio::test]
async fn every_step_that_plays_moves_shows_each_with_a_player() {
    for (path, step) in steps().filter(|(_, s)| !s.play.is_empty()) {
        let html = render_support::render_app(path.clone()).await;
        for id in &step.play {
            shows(
                &html,
                &kb().stretch(id).expect("the build checks moves").name,
            );
        }
        assert!(html.contains("player__play"), "{path}: a guide player");
    }
}
