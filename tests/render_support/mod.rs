//! What the server-side render tests share: the whole app rendered at a path, as a reader's
//! browser would receive it, and the part of it that belongs to the page itself.
#![allow(dead_code)] // each test file uses what it needs

use hip_back_atlas::app::{AppAt, AppAtProps};

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
