//! What each pre-rendered page says about itself in its `<head>`: title, description, canonical
//! address, Open Graph tags and structured data, all from the content; and the site's
//! `sitemap.xml` and `robots.txt`. Pure functions of the content and the site's address.

use atlas_core::content::{AppSection, EntityRef, KnowledgeBase};
use hip_back_atlas::data::{kb, page};
use hip_back_atlas::platform::document::full_title;
use hip_back_atlas::route::Route;

use crate::structured;

/// The environment variable that names the site's address (where `dist/` is served).
pub const SITE_URL_VAR: &str = "ATLAS_SITE_URL";
/// The address used when none is set: the local server of `scripts/serve.sh`.
const LOCAL_SITE: &str = "http://127.0.0.1:8080/";
/// The longest description, in characters: what search results show.
const DESCRIPTION_CHARS: usize = 160;

/// The site's address from [`SITE_URL_VAR`] (ending in `/`), or the local one with a warning.
pub fn site_url() -> Result<String, String> {
    match std::env::var(SITE_URL_VAR) {
        Ok(url) if url.starts_with("https://") || url.starts_with("http://") => {
            Ok(if url.ends_with('/') { url } else { format!("{url}/") })
        }
        Ok(url) if !url.is_empty() => Err(format!(
            "{SITE_URL_VAR} must be a whole http(s) address such as https://clinic.example/atlas/, not {url:?}"
        )),
        _ => {
            eprintln!(
                "prerender: {SITE_URL_VAR} is not set; canonical links and the sitemap name {LOCAL_SITE} (see README, \"Publishing\")"
            );
            Ok(LOCAL_SITE.to_string())
        }
    }
}

/// The head of one pre-rendered page.
#[derive(Clone, Debug, PartialEq)]
pub struct Head {
    /// The whole `<title>`.
    pub title: String,
    /// The meta description (and Open Graph description).
    pub description: String,
    /// The page's full address.
    pub canonical: String,
    /// The Open Graph type: `website` for the home page, `article` otherwise.
    pub og_type: &'static str,
    /// Whether search engines should leave the page out (a page only a device can fill).
    pub noindex: bool,
    /// schema.org JSON-LD blocks, already serialised.
    pub structured: Vec<String>,
}

impl Head {
    /// The head for `route`, whose page named itself `title` while rendering.
    pub fn for_route(route: &Route, title: Option<&str>, site: &str) -> Head {
        let kb = kb();
        let canonical = format!("{site}{}", route.path().trim_start_matches('/'));
        let description = shorten(&description(kb, route));
        let structured = structured::for_route(kb, route, &canonical, &description);
        Head {
            title: full_title(title.unwrap_or_default()),
            description,
            canonical,
            og_type: if *route == Route::Home {
                "website"
            } else {
                "article"
            },
            noindex: !in_sitemap(route),
            structured,
        }
    }
}

/// Whether a page belongs in the sitemap: every page with its own text, not the not-found
/// page, a page that only shows what is on the reader's device, or the therapist's treatment
/// room (a client arriving from a search engine should never land there).
pub fn in_sitemap(route: &Route) -> bool {
    !route.on_this_device_only() && *route != Route::NotFound && !route.is_treatment_room()
}

/// What the page is about, in the content's words.
fn description(kb: &KnowledgeBase, route: &Route) -> String {
    let lead = |section: AppSection| page(section).lead.text.clone();
    let entity = |target: EntityRef| {
        kb.entity(&target)
            .and_then(|e| e.claims().first().map(|(_, claim)| claim.text.clone()))
            .or_else(|| {
                kb.title_of(&target)
                    .map(|t| format!("{t}, and everything in the atlas that cites it."))
            })
    };
    let text = match route {
        Route::Home => Some(lead(AppSection::Home)),
        Route::Atlas | Route::AtlasView { .. } => Some(lead(AppSection::Atlas)),
        Route::Conditions => Some(lead(AppSection::Conditions)),
        Route::Techniques => Some(lead(AppSection::Techniques)),
        Route::Stretches => Some(lead(AppSection::Stretches)),
        Route::Visit => Some(lead(AppSection::Visit)),
        Route::Muscle { id } => entity(EntityRef::Muscle(id.clone())),
        Route::Condition { id } => entity(EntityRef::Condition(id.clone())),
        Route::Technique { id } => entity(EntityRef::Technique(id.clone())),
        Route::Stretch { id } => entity(EntityRef::Stretch(id.clone())),
        Route::Note { id } => entity(EntityRef::Note(id.clone())),
        Route::Article { id } => entity(EntityRef::Article(id.clone())),
        Route::Source { id } => entity(EntityRef::Source(id.clone())),
        Route::Explain { step } => kb
            .explain
            .get(step.saturating_sub(1))
            .and_then(|s| s.points.first().map(|p| p.text.clone())),
        _ => None,
    };
    text.unwrap_or_else(|| lead(AppSection::Home))
}

/// `text` cut at a word to at most [`DESCRIPTION_CHARS`] characters, with an ellipsis when cut.
pub fn shorten(text: &str) -> String {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.chars().count() <= DESCRIPTION_CHARS {
        return text;
    }
    let mut out = String::new();
    for word in text.split(' ') {
        if out.chars().count() + word.chars().count() + 2 > DESCRIPTION_CHARS {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    format!("{}…", out.trim_end_matches([',', ';', ':', '.']))
}

/// The sitemap: every page in it ([`in_sitemap`]) at its full address.
pub fn sitemap(routes: &[Route], site: &str) -> String {
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for route in routes.iter().filter(|r| in_sitemap(r)) {
        let url = format!("{site}{}", route.path().trim_start_matches('/'));
        out.push_str(&format!("  <url><loc>{}</loc></url>\n", escape(&url)));
    }
    out.push_str("</urlset>\n");
    out
}

/// `robots.txt`: everything may be read; the sitemap is named.
pub fn robots(site: &str) -> String {
    format!("User-agent: *\nAllow: /\nSitemap: {site}sitemap.xml\n")
}

/// `text` escaped for an HTML or XML attribute or text.
pub fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;
    use hip_back_atlas::route::every_page;

    #[test]
    fn a_long_description_is_cut_at_a_word() {
        let long = "word ".repeat(60);
        let short = shorten(&long);
        assert!(short.chars().count() <= DESCRIPTION_CHARS);
        assert!(short.ends_with("word…"), "{short}");
        assert_eq!(shorten("  Two   words. "), "Two words.");
    }

    #[test]
    fn every_page_has_a_description_and_an_address_below_the_site() {
        let site = "https://clinic.example/atlas/";
        for route in every_page(kb()) {
            let head = Head::for_route(&route, Some("T"), site);
            assert!(!head.description.is_empty(), "{route:?}");
            assert!(head.canonical.starts_with(site), "{route:?}");
            assert_eq!(head.title, "T · Hip & Back Atlas");
        }
    }

    #[test]
    fn the_sitemap_lists_every_page_with_text_and_nothing_else() {
        let site = "https://clinic.example/";
        let routes = every_page(kb());
        let map = sitemap(&routes, site);
        let listed = map.matches("<loc>").count();
        assert_eq!(listed, routes.iter().filter(|r| in_sitemap(r)).count());
        assert!(map.contains("<loc>https://clinic.example/muscle/piriformis/</loc>"));
        assert!(map.contains("<loc>https://clinic.example/</loc>"));
        assert!(!map.contains("not-found"));
        assert!(!map.contains("/p/"));
        assert!(!map.contains("/program/</loc>"));
        assert!(robots(site).contains("Sitemap: https://clinic.example/sitemap.xml"));
    }
}
