//! What the server-side render tests share: the whole app rendered at a path, as a reader's
//! browser would receive it, and the part of it that belongs to the page itself.
#![allow(dead_code)] // each test file uses what it needs

use atlas_core::content::{EntityRef, Kind};
use hip_back_atlas::app::{AppAt, AppAtProps};
use hip_back_atlas::data::kb;

/// Renders the whole app (frame and page) at `path` to HTML.
pub async fn render_app(path: impl Into<String>) -> String {
    let path: String = path.into();
    yew::ServerRenderer::<AppAt>::with_props(move || AppAtProps { path: path.into() })
        .hydratable(false)
        .render()
        .await
}

/// The page's own HTML: everything before the site footer (whose clinic block and disclaimer
/// are on every page).
pub fn before_footer(html: &str) -> &str {
    html.split(r#"<footer class="site-footer">"#)
        .next()
        .unwrap_or(html)
}

/// Text as it appears in the rendered HTML (the server renderer escapes these in text).
pub fn esc(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The page's visible words: tags removed (each leaves a space), apostrophes unescaped.
pub fn visible_words(html: &str) -> String {
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
    out.replace("&#39;", "'").replace("&amp;", "&")
}

/// Asserts the page shows `text`, escaped as rendered.
pub fn shows(html: &str, text: &str) {
    assert!(
        html.contains(&esc(text)),
        "expected {text:?} on the page:\n{html}"
    );
}

/// Asserts the page links to an entity (with its name as the link text).
pub fn links_to(html: &str, entity: &EntityRef) {
    let path = match entity.kind() {
        Kind::Article => format!("visit/{}/", entity.id()),
        kind => format!("{}/{}/", kind.as_str(), entity.id()),
    };
    assert!(
        html.contains(&format!("href=\"{path}\"")),
        "expected a link to {path}:\n{html}"
    );
    let title = kb().title_of(entity).expect("the entity exists");
    shows(html, title);
}

/// Checks every page has an h1, ways on, and no inline style (the CSP forbids them).
pub fn is_a_good_page(html: &str) {
    assert_eq!(html.matches("<h1").count(), 1, "one h1:\n{html}");
    assert!(html.contains("Search the atlas"), "a way on:\n{html}");
    assert!(!html.contains("style="), "no inline style:\n{html}");
}

/// Whether the toggle button labelled `label` is pressed.
pub fn pressed(html: &str, label: &str) -> bool {
    let at = html
        .find(&format!(">{label}</button>"))
        .unwrap_or_else(|| panic!("no {label} button"));
    let start = html[..at].rfind("<button").unwrap();
    html[start..at].contains(r#"aria-pressed="true""#)
}

/// The element for one muscle's region button (its opening tag).
pub fn region_tag<'a>(html: &'a str, muscle: &str) -> &'a str {
    let at = html
        .find(&format!(r#"data-muscle="{muscle}""#))
        .unwrap_or_else(|| panic!("no region for {muscle}"));
    let start = html[..at].rfind("<g").unwrap();
    let end = at + html[at..].find('>').unwrap();
    &html[start..end]
}
