//! Server-side render tests of the app's frame: what a reader sees without any browser.
#![cfg(not(target_arch = "wasm32"))]

use hip_back_atlas::app::{AppAt, AppAtProps};

/// Renders the whole app at `path` to HTML.
async fn render(path: &'static str) -> String {
    yew::ServerRenderer::<AppAt>::with_props(move || AppAtProps { path: path.into() })
        .hydratable(false)
        .render()
        .await
}

#[tokio::test]
async fn the_frame_has_the_name_the_sections_and_the_disclaimer() {
    let html = render("/").await;
    assert!(html.contains("Hip &amp; Back Atlas"), "{html}");
    for section in ["Atlas", "Stretches", "Your visit", "Explain", "My program"] {
        assert!(
            html.contains(&format!(">{section}<")),
            "missing nav {section}: {html}"
        );
    }
    assert!(html.contains("educational purposes only"));
    assert!(html.contains("Skip to content"));
}

#[tokio::test]
async fn the_current_section_is_marked_for_screen_readers() {
    let html = render("/stretches").await;
    assert!(
        html.contains(r#"<span aria-current="page">Stretches</span>"#),
        "{html}"
    );
    assert_eq!(html.matches("aria-current").count(), 1);
}

#[tokio::test]
async fn an_unknown_url_renders_the_not_found_page() {
    let html = render("/no/such/page").await;
    assert!(html.contains("Page not found"), "{html}");
    assert!(html.contains("Open the body map"));
}

#[tokio::test]
async fn unbuilt_sections_say_so_plainly() {
    assert!(render("/explain").await.contains("Not built yet"));
    assert!(render("/program").await.contains("Not built yet"));
}
