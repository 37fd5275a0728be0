//! Server-side render tests of the strengthening exercises (bridge, clamshell): their pages
//! call them exercises and name the muscles they work, and the muscle pages, the stretches
//! list, the glute-activation article and search lead to them as exercises.
#![cfg(not(target_arch = "wasm32"))]

mod render_support;

use render_support::{before_footer, render_app};

/// The page at `path` up to the footer, with apostrophes unescaped.
async fn page(path: &str) -> String {
    before_footer(&render_app(path).await).replace("&#39;", "'")
}

/// The page's visible words, tags removed (attributes such as the figure's label included
/// separately where a test needs them).
fn words(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                out.push(' ');
            }
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

#[tokio::test]
async fn the_bridge_page_is_an_exercise_that_names_what_it_works() {
    let html = page("/stretch/bridge").await;
    let text = words(&html);
    assert!(html.contains("<h1>Bridge</h1>"), "{html}");
    assert!(
        text.contains("Working: gluteus maximus and hamstrings"),
        "{text}"
    );
    assert!(html.contains("Muscles it works"), "{html}");
    assert!(html.contains(r#"aria-label="Guided exercise""#), "{html}");
    assert!(html.contains("hamstrings working"), "{html}");
    assert!(
        text.contains("10 slow repetitions, two or three days a week"),
        "{text}"
    );
    // Nothing on the page calls it a stretch: not the headings, the player or the legend.
    for wrong in [
        "Muscles it lengthens",
        "Stretching:",
        "Guided stretch",
        "lengthening",
    ] {
        assert!(!html.contains(wrong), "the bridge page says {wrong:?}");
    }
    // Its precautions come before the guide.
    let pregnant = html
        .find("If you are pregnant")
        .expect("pregnancy precaution");
    assert!(pregnant < html.find(r#"class="figure""#).expect("figure"));
}

#[tokio::test]
async fn the_clamshell_is_done_on_each_side_and_works_the_side_glute_and_deep_rotators() {
    let text = words(&page("/stretch/clamshell").await);
    assert!(
        text.contains("10 slow repetitions on each side, two or three days a week"),
        "{text}"
    );
    assert!(
        text.contains("Working: gluteus medius, piriformis and deep hip rotators"),
        "{text}"
    );
    assert!(text.contains("Pain on the outside of the hip"), "{text}");
}

#[tokio::test]
async fn stretches_keep_their_stretching_legend() {
    let text = words(&page("/stretch/figure-4").await);
    assert!(text.contains("Stretching: piriformis"), "{text}");
    assert!(!text.contains("Working:"), "{text}");
}

#[tokio::test]
async fn glute_muscle_pages_list_the_exercises_that_work_them_apart_from_stretches() {
    for (muscle, exercise) in [
        ("gluteus-maximus", "bridge"),
        ("gluteus-medius", "clamshell"),
        ("piriformis", "clamshell"),
    ] {
        let html = page(&format!("/muscle/{muscle}")).await;
        let group = html
            .find("Exercises that work it")
            .unwrap_or_else(|| panic!("{muscle}: no exercises group"));
        let link = html
            .find(&format!(r##"href="stretch/{exercise}/""##))
            .unwrap_or_else(|| panic!("{muscle}: no link to {exercise}"));
        assert!(
            link > group,
            "{muscle}: {exercise} listed outside the exercises group"
        );
        let stretches = html.find("Stretches that lengthen it").unwrap_or(0);
        assert!(
            !html[stretches..group].contains(&format!("stretch/{exercise}/\"")),
            "{muscle}: {exercise} listed as a stretch"
        );
    }
}

#[tokio::test]
async fn the_stretches_list_has_a_strengthening_exercises_group() {
    let html = page("/stretches").await;
    let group = html
        .find("Strengthening exercises")
        .expect("exercises group");
    for id in ["bridge", "clamshell"] {
        let at = html.find(&format!(r##"href="stretch/{id}/""##)).expect(id);
        assert!(at > group, "{id} outside the exercises group");
    }
    let text = words(&html[group..]);
    assert!(text.contains("Works:"), "{text}");
    assert!(text.contains("Gluteus maximus, Hamstrings"), "{text}");
}

#[tokio::test]
async fn the_glute_activation_article_links_to_both_guided_exercises() {
    let html = page("/visit/glute-activation").await;
    let group = html.find("Guided exercises").expect("exercises group");
    for id in ["bridge", "clamshell"] {
        assert!(
            html[group..].contains(&format!(r##"href="stretch/{id}/""##)),
            "{id}"
        );
    }
}

#[tokio::test]
async fn search_finds_the_exercises_and_calls_them_exercises() {
    for query in ["bridge", "clamshell", "clam", "strengthen"] {
        let text = words(&page(&format!("/search?q={query}")).await);
        assert!(text.contains("Exercise"), "{query}: {text}");
    }
}
