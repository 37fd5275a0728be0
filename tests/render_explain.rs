//! Server-side render tests of explain mode: each step as the therapist and client see it
//! before any script runs (notes hidden, nothing presenting).
#![cfg(not(target_arch = "wasm32"))]

mod render_support;

use hip_back_atlas::route::Route;

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
        connection.contains("Talking points, in our clinic&#x27;s words")
            || connection.contains("Talking points, in our clinic's words"),
        "{connection}"
    );
}

#[tokio::test]
async fn the_connection_step_names_both_teams_in_words() {
    let html = render("/explain/2").await;
    assert!(html.contains("Mobility team: the hips"));
    assert!(html.contains("Stability team: the low back"));
    assert!(html.contains("Iliopsoas"), "{html}");
    assert!(html.contains("Erector spinae"), "{html}");
    assert!(
        html.contains(r#"class="region is-selected""#),
        "stability team marked"
    );
    assert!(
        html.contains(r#"class="region is-related""#),
        "mobility team marked"
    );
}

#[tokio::test]
async fn the_active_mobility_step_plays_its_moves_in_place() {
    let html = render("/explain/4").await;
    for name in ["Cat-cow", "Hip rocks"] {
        assert!(html.contains(name), "{name}: {html}");
    }
    assert!(
        html.contains("player__play"),
        "a guide player is on the step"
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

#[tokio::test]
async fn a_team_member_under_the_surface_is_named_with_the_way_to_see_it() {
    // Explain mode's map shows the surface while most of a team is there; the deep members are
    // named, so a therapist is never pointing at a muscle the map leaves out.
    let html = render("/explain/3").await;
    assert!(
        html.contains("Also marked, under other muscles: Iliopsoas (hip flexors)."),
        "{html}"
    );
    assert!(html.contains(">Show deep muscles</button>"), "{html}");
    // Both teams: every deep member, in the order the step lists them.
    let both = render("/explain/2").await;
    assert!(
        both.contains(
            "Also marked, under other muscles: Iliopsoas (hip flexors), Piriformis and deep hip \
             rotators, Multifidus, Quadratus lumborum."
        ),
        "{both}"
    );
}
