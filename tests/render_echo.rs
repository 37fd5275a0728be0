//! Server-side render tests: text from the URL (a not-found id, a search query) is echoed
//! only as a short quoted excerpt, in an element whose long words wrap.
#![cfg(not(target_arch = "wasm32"))]

mod render_support;

use atlas_core::echo::ECHO_CHARS;
use hip_back_atlas::route::Route;

/// Renders the whole app at `path` to HTML.
async fn render(path: String) -> String {
    render_support::render_app(path).await
}

/// The text between the first pair of curly quotes after `after`.
fn quoted_after<'a>(html: &'a str, after: &str) -> &'a str {
    let start = html.find(after).expect(after) + after.len();
    let rest = &html[start..];
    let open = rest.find('\u{201c}').expect("an opening quote") + '\u{201c}'.len_utf8();
    let close = rest[open..].find('\u{201d}').expect("a closing quote");
    &rest[open..open + close]
}

#[tokio::test]
async fn a_100_kb_id_is_echoed_as_a_short_excerpt() {
    let id = "x".repeat(100_000);
    let html = render(Route::Muscle { id: id.clone() }.path()).await;
    assert!(html.contains("We could not find that page"));
    let echoed = quoted_after(&html, "There is no muscle group called ");
    assert_eq!(echoed.chars().count(), ECHO_CHARS, "{echoed}");
    assert!(echoed.ends_with('…'));
    assert!(
        html.len() < 50_000,
        "the page carries the id: {} bytes",
        html.len()
    );
    assert!(
        html.contains(r#"<p class="echo">There is no"#),
        "wraps long words"
    );
}

#[tokio::test]
async fn a_crafted_sentence_is_cut_to_a_quoted_excerpt() {
    let id = "This clinic has moved. Please call 555 0100 to book your visit.";
    let html = render(Route::Stretch { id: id.into() }.path()).await;
    let echoed = quoted_after(&html, "There is no stretch called ");
    assert!(echoed.chars().count() <= ECHO_CHARS);
    assert!(!html.contains("to book your visit"), "{html}");
}

#[tokio::test]
async fn a_long_query_is_echoed_short_in_the_status_and_title() {
    let q = format!("{} sciatica", "w".repeat(60));
    let html = render(Route::Search { q: q.clone() }.path()).await;
    let echoed = quoted_after(&html, "No results for ");
    assert_eq!(echoed.chars().count(), ECHO_CHARS, "{echoed}");
    assert!(echoed.ends_with('…'));
    assert!(html.contains("search-status echo"), "wraps long words");
    // The box still holds all of it, to edit.
    assert!(html.contains(&format!("value=\"{q}\"")));
}
