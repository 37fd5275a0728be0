//! Server-side render tests of the search page: what a reader's words find, how a result says
//! why it matched, and what an empty or hopeless query offers instead.
#![cfg(not(target_arch = "wasm32"))]

mod render_support;

use hip_back_atlas::route::Route;
use render_support::{esc, shows};

/// Renders the search page for a query, through its URL as a reader would arrive.
async fn render_search(q: &str) -> String {
    render_support::render_app(Route::Search { q: q.to_string() }.path()).await
}

#[tokio::test]
async fn everyday_words_find_results_with_kind_and_snippet() {
    for word in [
        "stairs",
        "sitting",
        "sciatica",
        "numb",
        "after massage",
        "sci",
    ] {
        let html = render_search(word).await;
        assert!(html.contains(r#"role="search""#), "{html}");
        assert!(html.contains(r#"aria-live="polite""#), "{html}");
        assert!(
            html.contains("search-result__kind"),
            "no results for {word}: {html}"
        );
        assert!(
            html.contains(&format!("for \u{201c}{}\u{201d}", esc(word))),
            "status for {word}: {html}"
        );
        assert!(html.contains(&format!("value=\"{}\"", esc(word))), "{html}");
    }
}

#[tokio::test]
async fn typing_sci_finds_sciatica_first_among_conditions() {
    let html = render_search("sci").await;
    assert!(html.contains(r##"href="condition/sciatica/""##), "{html}");
    shows(&html, "Condition");
}

#[tokio::test]
async fn a_typo_and_everyday_words_find_what_was_meant_and_say_why() {
    let first_link = |html: &str| {
        let class = html.find("search-result__link").expect("a result");
        let at = html[..class].rfind("<a").expect("the result is a link");
        html[at..]
            .split("</a>")
            .next()
            .unwrap_or_default()
            .to_string()
    };
    let html = render_search("siatica").await;
    let first = first_link(&html);
    assert!(first.contains(r##"href="condition/sciatica/""##), "{first}");
    shows(&first, "did you mean \u{201c}sciatica\u{201d}?");
    let html = render_search("office chair").await;
    let first = first_link(&html);
    assert!(
        first.contains(r##"href="condition/chronic-low-back-pain/""##),
        "{first}"
    );
    shows(
        &first,
        "for \u{201c}office chair\u{201d}: about \u{201c}sitting\u{201d}",
    );
}

#[tokio::test]
async fn a_nonsense_query_gets_a_friendly_message_and_suggestions() {
    let html = render_search("xqzzy").await;
    shows(&html, "No results for \u{201c}xqzzy\u{201d}");
    assert!(!html.contains("search-result__kind"), "{html}");
    assert!(html.contains(r##"href="search/#q=stairs""##), "{html}");
    assert!(
        html.contains(r##"href="search/#q=after%20massage""##),
        "{html}"
    );
}

#[tokio::test]
async fn an_empty_search_offers_everyday_words() {
    let html = render_search("").await;
    assert_eq!(html.matches("<h1").count(), 1);
    shows(&html, "Try everyday words");
    assert!(html.contains(r#"type="search""#), "{html}");
    assert!(html.contains(r#"<label for="search-input""#), "{html}");
}
