//! Server-side render tests of the app's frame: what a reader sees without any browser.
#![cfg(not(target_arch = "wasm32"))]

mod render_support;

/// Renders the whole app at `path` to HTML.
async fn render(path: &'static str) -> String {
    render_support::render_app(path).await
}

#[tokio::test]
async fn the_frame_has_the_name_the_sections_and_the_disclaimer() {
    let html = render("/").await;
    assert!(html.contains("Hip &amp; Back Atlas"), "{html}");
    for section in ["Atlas", "Stretches", "Your visit", "My program"] {
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
async fn the_clinic_profile_is_in_the_header_and_footer_of_every_page() {
    // The profile the build embedded (assets/clinic.toml unless ATLAS_CLINIC chose another).
    let clinic = hip_back_atlas::data::clinic();
    assert!(!clinic.name.is_empty());
    for path in ["/", "/stretch/cat-cow", "/no/such/page"] {
        let html = render(path).await;
        assert!(
            html.matches(&clinic.name.replace('&', "&amp;")).count() >= 2,
            "{path}: the clinic's name in header and footer: {html}"
        );
        for line in &clinic.hours {
            assert!(html.contains(line.as_str()), "{path}: hours {line}");
        }
    }
}

#[test]
fn phone_links_dial_the_digits() {
    use hip_back_atlas::components::clinic::tel_href;
    assert_eq!(tel_href("(971) 336-6028"), "tel:9713366028");
    assert_eq!(tel_href("+1 780 555 0100"), "tel:+17805550100");
}
