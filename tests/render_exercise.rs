//! Server-side render tests of the sample content's strengthening exercises (bridge,
//! clamshell): the words their pages give. The rules every exercise follows (called an
//! exercise, listed apart from stretches, found by its name) are in render_any_content.rs.
#![cfg(not(target_arch = "wasm32"))]

mod render_support;

use render_support::{before_footer, render_app, visible_words as words};

/// A muscle's name as the atlas writes it inside a sentence (lower case), from the content the
/// app was built with: a clinic that renames a muscle changes the words, not what is checked.
fn muscle_words(id: &str) -> String {
    hip_back_atlas::data::kb()
        .muscle(id)
        .unwrap_or_else(|| panic!("{id} is in the content"))
        .name
        .to_lowercase()
}

/// The page at `path` up to the footer, with apostrophes unescaped.
async fn page(path: &str) -> String {
    before_footer(&render_app(path).await).replace("&#39;", "'")
}

#[tokio::test]
async fn the_bridge_page_is_an_exercise_that_names_what_it_works() {
    let html = page("/stretch/bridge").await;
    let text = words(&html);
    assert!(html.contains("<h1>Bridge</h1>"), "{html}");
    let (glute, hamstrings) = (muscle_words("gluteus-maximus"), muscle_words("hamstrings"));
    assert!(
        text.contains(&format!("Working: {glute} and {hamstrings}")),
        "{text}"
    );
    assert!(html.contains("Muscles it works"), "{html}");
    assert!(html.contains(r#"aria-label="Guided exercise""#), "{html}");
    assert!(html.contains(&format!("{hamstrings} working")), "{html}");
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
    // Its worked muscles, in the guide's order (how they are joined is the player's rule).
    let working = text.find("Working: ").expect("the legend says what works");
    let medius = text[working..].find(&muscle_words("gluteus-medius"));
    let rotators = text[working..].find(&muscle_words("piriformis"));
    assert!(
        matches!((medius, rotators), (Some(m), Some(r)) if m < r),
        "{text}"
    );
    assert!(text.contains("Pain on the outside of the hip"), "{text}");
}

#[tokio::test]
async fn search_finds_the_exercises_by_everyday_words_and_calls_them_exercises() {
    for query in ["clam", "strengthen"] {
        let text = words(&page(&format!("/search?q={query}")).await);
        assert!(text.contains("Exercise"), "{query}: {text}");
    }
}
