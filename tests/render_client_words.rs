//! Issue 23, item 2: clients never see wording addressed to a therapist. Every page the build
//! pre-renders (`route::every_page`), except the treatment room's own, is rendered as a
//! reader's browser first receives it and read for therapist wording and for links into the
//! therapist's tools; the one way in is the footer's small "Treatment room" link.
#![cfg(not(target_arch = "wasm32"))]

mod render_support;

use hip_back_atlas::data::kb;
use hip_back_atlas::route::{every_page, Route};
use render_support::render_app;

/// Words and links that address a therapist or open their tools.
const THERAPIST_WORDING: [&str; 6] = [
    "For therapists",
    "for therapists",
    ">Explain<",
    "Make their home program",
    r#"href="explain/"#,
    r#"href="program/new/"#,
];

#[tokio::test]
async fn no_client_page_shows_therapist_wording() {
    let pages: Vec<Route> = every_page(kb())
        .into_iter()
        .filter(|r| !r.is_treatment_room())
        .collect();
    assert!(pages.len() > 40, "every client page: {}", pages.len());
    let mut found = Vec::new();
    for route in &pages {
        let html = render_app(route.path()).await;
        for words in THERAPIST_WORDING {
            if html.contains(words) {
                found.push(format!("{}: {words}", route.path()));
            }
        }
        assert!(
            html.contains(r#"href="treatment-room/""#),
            "{}: the footer's way into the treatment room",
            route.path()
        );
    }
    assert!(
        found.is_empty(),
        "therapist wording on client pages:\n{}",
        found.join("\n")
    );
}

#[tokio::test]
async fn the_treatment_room_links_explain_mode_and_the_builder() {
    let html = render_app("/treatment-room/").await;
    assert!(html.contains("<h1>Treatment room</h1>"), "{html}");
    assert!(html.contains(r#"href="explain/""#), "{html}");
    assert!(html.contains(r#"href="program/new/""#), "{html}");
    assert!(Route::TreatmentRoom.is_treatment_room());
    assert_eq!(Route::parse("/treatment-room/"), Route::TreatmentRoom);
    for route in [
        Route::explain(),
        Route::ProgramBuilder {
            condition: "sciatica".into(),
        },
    ] {
        assert!(route.is_treatment_room(), "{route:?}");
    }
}
