//! Server-side render tests of the stills: every stretch shown on the stretch list, a
//! condition page or a muscle page has its picture from the rig, hidden from screen readers
//! next to its name, and an exercise's picture lights the muscles it works at its top.
#![cfg(not(target_arch = "wasm32"))]

mod render_support;

use hip_back_atlas::data::kb;
use hip_back_atlas::route::Route;

/// The small still (attribute order is the renderer's, so each is checked on its own).
const SMALL: &str = r#"class="still still--small""#;

async fn render(route: Route) -> String {
    render_support::render_app(route.path()).await
}

#[tokio::test]
async fn every_card_on_the_stretch_list_has_its_still() {
    let html = render(Route::Stretches).await;
    let cards: Vec<&str> = html
        .split(r#"<li class="card list-card">"#)
        .skip(1)
        .collect();
    assert_eq!(cards.len(), kb().stretches.len(), "one card per stretch");
    for card in cards {
        assert_eq!(
            card.matches(SMALL).count(),
            1,
            "a still on every card:\n{card}"
        );
    }
}

#[tokio::test]
async fn every_stretch_on_a_condition_page_has_its_still() {
    for condition in &kb().conditions {
        // The start-here moves show twice: as pictures on the first screen (issue 23) and in
        // "Stretches to try at home".
        let listed = 2 * kb().start_here_for_condition(&condition.id).len()
            + kb().more_to_try_for_condition(&condition.id).len();
        let html = render(Route::Condition {
            id: condition.id.clone(),
        })
        .await;
        assert_eq!(html.matches(SMALL).count(), listed, "{}", condition.id);
    }
}

#[tokio::test]
async fn every_stretch_and_exercise_on_a_muscle_page_has_its_still() {
    for muscle in &kb().muscles {
        let listed = kb().stretches_for_muscle(&muscle.id).len();
        let html = render(Route::Muscle {
            id: muscle.id.clone(),
        })
        .await;
        assert_eq!(html.matches(SMALL).count(), listed, "{}", muscle.id);
    }
}

#[tokio::test]
async fn a_stretch_link_with_a_still_is_named_once() {
    let html = render(Route::Condition {
        id: "sciatica".into(),
    })
    .await;
    // The picture is hidden inside the link; the link's name is the stretch's name, once.
    let start = html
        .find(r#"class="start-here__list""#)
        .expect("start here");
    let item = &html[start..];
    let link = &item[..item.find("</a>").expect("a link")];
    assert!(link.contains(SMALL), "{link}");
    assert!(
        link.contains(r#"<span aria-hidden="true" class="still still--small">"#),
        "{link}"
    );
    assert!(
        link.ends_with(&kb().start_here_for_condition("sciatica")[0].name),
        "{link}"
    );
}

#[tokio::test]
async fn an_exercise_still_lights_the_muscles_it_works() {
    let html = render(Route::Stretches).await;
    for id in ["bridge", "clamshell"] {
        let card = html
            .split(r#"<li class="card list-card">"#)
            .find(|c| c.contains(&format!("href=\"stretch/{id}/\"")))
            .expect(id);
        // At the top the worked muscles are drawn strongly (the player's scale: 0.25 at rest, 1
        // fully lit), not as the faint belly of a muscle the pose does not lengthen.
        let strong = ["0.77", "0.85", "0.92", "1"]
            .iter()
            .any(|o| card.contains(&format!("fill-opacity=\"{o}\"")));
        assert!(strong, "{id}:\n{card}");
    }
}

#[tokio::test]
async fn a_move_paced_by_the_breath_shows_its_other_end_and_a_hold_does_not() {
    // Issue 22, item 6: cat-cow, hip rocks, the bridge, the clamshell and the supine rotation
    // draw their other end faint behind the key pose; a held stretch is one position.
    let html = render(Route::Stretches).await;
    let card = |id: &str| {
        html.split(r#"<li class="card list-card">"#)
            .find(|c| c.contains(&format!("href=\"stretch/{id}/\"")))
            .unwrap_or_else(|| panic!("{id}"))
            .to_string()
    };
    for id in [
        "cat-cow",
        "hip-rocks",
        "bridge",
        "clamshell",
        "supine-lumbar-rotation",
    ] {
        assert!(
            card(id).contains(r#"class="fig-ghost""#),
            "{id}:\n{}",
            card(id)
        );
    }
    for id in ["figure-4", "childs-pose", "hamstring-stretch"] {
        assert!(!card(id).contains("fig-ghost"), "{id}");
    }
    // Hip rocks and the supine rotation turn the pelvis in place: an arrow shows which way.
    for id in ["hip-rocks", "supine-lumbar-rotation"] {
        assert!(card(id).contains(r#"class="fig-arrow""#), "{id}");
    }
    for id in ["cat-cow", "bridge", "clamshell", "figure-4"] {
        assert!(!card(id).contains("fig-arrow"), "{id}");
    }
}

#[tokio::test]
async fn a_still_lights_the_worked_side_of_a_move_done_on_each_side_and_both_where_both_work() {
    // A reader saw the butterfly light one inner thigh where both stretch; a move done on each
    // side drew the resting side's muscles as faint extra shapes. Each picture lights one belly
    // per muscle on the side `lit_side` names, or on both sides.
    use atlas_core::rig::still::{key_pose, lit_side, still_muscles};
    use hip_back_atlas::data::guide_for;
    let html = render(Route::Stretches).await;
    for stretch in &kb().stretches {
        let Some(guide) = guide_for(&stretch.id) else {
            continue;
        };
        let card = html
            .split(r#"<li class="card list-card">"#)
            .find(|c| c.contains(&format!("href=\"stretch/{}/\"", stretch.id)))
            .unwrap_or_else(|| panic!("{}", stretch.id));
        let side = lit_side(guide, stretch.dose.each_side);
        let sides = if side.is_some() { 1 } else { 2 };
        // The muscles this picture's pose lengthens (all of them for an exercise).
        let working = stretch.is_exercise();
        let muscles = still_muscles(guide, &key_pose(guide, working), side, working);
        assert_eq!(
            card.matches(r#"class="fig-belly"#).count(),
            muscles.len() * sides,
            "{}:\n{card}",
            stretch.id
        );
    }
}
