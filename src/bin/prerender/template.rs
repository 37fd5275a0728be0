//! Filling Trunk's shell (the staged `index.html`) for one pre-rendered page: its `<base>`, its
//! head and its body. Plain string work on a file this project writes (index.html), checked:
//! a shell that lacks a part this needs is an error naming it, never a silently wrong page.

use crate::head::{escape, Head};

/// The loading notice in index.html, replaced on a pre-rendered page.
const BOOT_START: &str = "<div id=\"boot\"";
const CHARSET: &str = "<meta charset=\"utf-8\">";

/// The `<base href>` for a page in `folder` (`muscle/piriformis`): the way back to the app's
/// root, so the page's links and files resolve at any sub-path.
pub fn base_for(folder: &str) -> String {
    let depth = folder.split('/').filter(|s| !s.is_empty()).count();
    if depth == 0 {
        "./".to_string()
    } else {
        "../".repeat(depth)
    }
}

/// The folder part of the site's address (`/atlas/` of `https://clinic.example/atlas/`).
pub fn site_folder(site: &str) -> &str {
    let after_scheme = site.split_once("://").map_or(site, |(_, rest)| rest);
    after_scheme.find('/').map_or("/", |at| &after_scheme[at..])
}

/// The pre-rendered page: the shell with `base`, `head` and the app's markup `body` in place of
/// the loading notice (kept empty, for the watchdog's message if the app cannot start).
pub fn page(shell: &str, head: &Head, body: &str, base: &str) -> Result<String, String> {
    let html = with_base(shell, base)?;
    let html = replace_between(&html, "<title>", "</title>", &escape(&head.title))?;
    let html = replace_between(
        &html,
        "<meta name=\"description\" content=\"",
        "\">",
        &escape(&head.description),
    )?;
    let mut tags = vec![
        format!(
            "<link rel=\"canonical\" href=\"{}\">",
            escape(&head.canonical)
        ),
        format!(
            "<meta property=\"og:title\" content=\"{}\">",
            escape(&head.title)
        ),
        format!(
            "<meta property=\"og:description\" content=\"{}\">",
            escape(&head.description)
        ),
        format!(
            "<meta property=\"og:url\" content=\"{}\">",
            escape(&head.canonical)
        ),
        format!("<meta property=\"og:type\" content=\"{}\">", head.og_type),
        format!(
            "<meta property=\"og:site_name\" content=\"{}\">",
            escape(hip_back_atlas::platform::document::PRODUCT)
        ),
        "<meta name=\"twitter:card\" content=\"summary\">".to_string(),
    ];
    if head.noindex {
        tags.push("<meta name=\"robots\" content=\"noindex\">".to_string());
    }
    tags.extend(
        head.structured
            .iter()
            .map(|json| format!("<script type=\"application/ld+json\">{json}</script>")),
    );
    let html = before_head_end(&html, &tags)?;
    let (start, end) = boot_notice(&html)?;
    Ok(format!(
        "{}<div id=\"boot\" class=\"boot boot--quiet\" role=\"status\"></div>\n    <div id=\"prerendered\">{body}</div>{}",
        &html[..start],
        &html[end..]
    ))
}

/// The offline shell: the loading notice and no page, with a `<base>` the service worker
/// replaces by its own scope when it serves the shell for a page it has not seen.
pub fn shell(shell: &str) -> Result<String, String> {
    let html = with_base(shell, "./")?;
    before_head_end(
        &html,
        &["<meta name=\"robots\" content=\"noindex\">".to_string()],
    )
}

/// The embed page (`embed/index.html`, issue 23): the shell's stylesheets and `body`, for a
/// frame on the clinic's own site. No boot script (the embed never loads the app), only
/// `embed/frame.js`, which posts the page's height to the frame's parent; `<base
/// target="_top">` opens every link and the search in the top window, the full atlas.
pub fn embed(shell: &str, title: &str, body: &str) -> Result<String, String> {
    const LINK: &str = "<link rel=\"stylesheet\" href=\"./";
    let sheets: Vec<&str> = shell
        .match_indices(LINK)
        .filter_map(|(at, _)| shell[at..].find('>').map(|end| &shell[at..=at + end]))
        .collect();
    if sheets.is_empty() {
        return Err("index.html links no stylesheet for the embed page".into());
    }
    let sheets: String = sheets.iter().map(|l| format!("\n    {l}")).collect();
    // Each link names the top window itself too: an SVG `<a>` (the map's regions) does not
    // take the base's target in Chromium. The body is our own markup, whose text is escaped,
    // so `<a ` only ever starts a link.
    let body = body.replace("<a ", "<a target=\"_top\" ");
    Ok(format!(
        "<!doctype html>\n<html lang=\"en\">\n  <head>\n    {CHARSET}\n    <base href=\"../\" target=\"_top\">\n    <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n    <title>{}</title>\n    <meta name=\"robots\" content=\"noindex\">{sheets}\n    <script src=\"embed/frame.js\" defer></script>\n  </head>\n  <body class=\"embed\">\n    {body}\n  </body>\n</html>\n",
        escape(title)
    ))
}

/// `html` with its web app manifest link naming `file` instead of the site's.
pub fn with_manifest(html: &str, file: &str) -> Result<String, String> {
    const SITE: &str = "<link rel=\"manifest\" href=\"manifest.webmanifest\">";
    if !html.contains(SITE) {
        return Err(format!("index.html has no {SITE}"));
    }
    Ok(html.replace(
        SITE,
        &format!("<link rel=\"manifest\" href=\"{}\">", escape(file)),
    ))
}

/// The stylesheet that gives the page the clinic's accent colour (`--clinic`), named by a hash
/// of its text so hosts may cache it for good: (file name, text).
pub fn accent_stylesheet(accent: &str) -> (String, String) {
    let css = format!(":root {{ --clinic: {accent}; }}\n");
    (format!("clinic-{:016x}.css", fnv1a(css.as_bytes())), css)
}

/// The content file's name in the site, `content-<hash>.bin`: named by its bytes, so hosts
/// and the service worker may keep it for good and a page never gets another build's content.
pub fn content_file_name(bytes: &[u8]) -> String {
    format!("content-{:016x}.bin", fnv1a(bytes))
}

/// `html` naming the content file the boot module fetches beside the wasm.
pub fn with_content(html: &str, file: &str) -> Result<String, String> {
    before_head_end(
        html,
        &[format!(
            "<meta name=\"atlas-content\" content=\"{}\">",
            escape(file)
        )],
    )
}

/// FNV-1a: a stable name for a file's bytes, with nothing to add to the build.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325_u64, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// `html` with a stylesheet link to `file` after its other stylesheets (at the end of its head).
pub fn with_stylesheet(html: &str, file: &str) -> Result<String, String> {
    before_head_end(
        html,
        &[format!(
            "<link rel=\"stylesheet\" href=\"./{}\">",
            escape(file)
        )],
    )
}

/// `html` with `<base href="base">` first in its head, before any relative address.
fn with_base(html: &str, base: &str) -> Result<String, String> {
    if html.contains("<base ") {
        return Err(
            "index.html already has a <base>; the pre-renderer writes each page's own".into(),
        );
    }
    let at = html
        .find(CHARSET)
        .ok_or_else(|| format!("index.html has no {CHARSET}"))?
        + CHARSET.len();
    Ok(format!(
        "{}\n    <base href=\"{}\">{}",
        &html[..at],
        escape(base),
        &html[at..]
    ))
}

/// `html` with the text between `open` and the next `close` replaced by `text`.
fn replace_between(html: &str, open: &str, close: &str, text: &str) -> Result<String, String> {
    let start = html
        .find(open)
        .ok_or_else(|| format!("index.html has no {open}"))?
        + open.len();
    let end = start
        + html[start..]
            .find(close)
            .ok_or_else(|| format!("index.html does not close {open}"))?;
    Ok(format!("{}{text}{}", &html[..start], &html[end..]))
}

/// `html` with `tags` at the end of its head.
fn before_head_end(html: &str, tags: &[String]) -> Result<String, String> {
    let at = html.find("</head>").ok_or("index.html has no </head>")?;
    let tags: String = tags.iter().map(|t| format!("  {t}\n  ")).collect();
    Ok(format!("{}{tags}{}", &html[..at], &html[at..]))
}

/// Where the loading notice starts and ends (it holds no nested `<div>`).
fn boot_notice(html: &str) -> Result<(usize, usize), String> {
    let start = html
        .find(BOOT_START)
        .ok_or("index.html has no <div id=\"boot\"> to put the page in")?;
    let end = start
        + html[start..]
            .find("</div>")
            .ok_or("index.html does not close <div id=\"boot\">")?
        + "</div>".len();
    Ok((start, end))
}

#[cfg(test)]
mod tests {
    use super::*;

    const SHELL: &str = "<!doctype html><html><head>\n<meta charset=\"utf-8\">\n<title>Old</title>\n<meta name=\"description\" content=\"Old text\">\n<link rel=\"stylesheet\" href=\"./style-1.css\">\n</head><body>\n<div id=\"boot\" class=\"boot\"><p>Loading</p><noscript>x</noscript></div>\n</body></html>";

    fn head() -> Head {
        Head {
            title: "Piriformis · Hip & Back Atlas".into(),
            description: "A \"deep\" hip muscle & more".into(),
            canonical: "https://clinic.example/muscle/piriformis/".into(),
            og_type: "article",
            noindex: false,
            structured: vec!["{\"@type\":\"Muscle\"}".into()],
        }
    }

    #[test]
    fn the_clinic_accent_is_a_stylesheet_named_by_its_text() {
        let (name, css) = accent_stylesheet("#2e5e4e");
        assert_eq!(css, ":root { --clinic: #2e5e4e; }\n");
        assert!(
            name.starts_with("clinic-") && name.ends_with(".css") && name.len() == 27,
            "{name}"
        );
        assert_ne!(accent_stylesheet("#000000").0, name);
        let html = with_stylesheet(SHELL, &name).unwrap();
        assert!(html.contains(&format!("<link rel=\"stylesheet\" href=\"./{name}\">")));
    }

    #[test]
    fn the_content_file_is_named_by_its_bytes_in_every_page() {
        let name = content_file_name(b"HBAtlas:0123456789abcdef...");
        assert!(
            name.starts_with("content-") && name.ends_with(".bin") && name.len() == 28,
            "{name}"
        );
        assert_ne!(content_file_name(b"HBAtlas:0123456789abcdef.."), name);
        let named = with_content(SHELL, &name).unwrap();
        let html = page(&named, &head(), "<main></main>", "../../").unwrap();
        assert!(html.contains(&format!("<meta name=\"atlas-content\" content=\"{name}\">")));
        assert!(shell(&named).unwrap().contains(&name));
    }

    #[test]
    fn each_page_finds_the_root_from_its_own_folder() {
        assert_eq!(base_for(""), "./");
        assert_eq!(base_for("atlas"), "../");
        assert_eq!(base_for("muscle/piriformis"), "../../");
    }

    #[test]
    fn the_404_page_finds_the_root_from_the_site_folder() {
        assert_eq!(site_folder("https://clinic.example/atlas/"), "/atlas/");
        assert_eq!(site_folder("http://127.0.0.1:8080/"), "/");
    }

    #[test]
    fn a_page_gets_its_base_head_and_body() {
        let html = page(SHELL, &head(), "<main><h1>Piriformis</h1></main>", "../../").unwrap();
        let base = html.find("<base href=\"../../\">").expect("base");
        assert!(
            base < html.find("style-1.css").unwrap(),
            "base before any address"
        );
        assert!(html.contains("<title>Piriformis · Hip &amp; Back Atlas</title>"));
        assert!(html.contains("content=\"A &quot;deep&quot; hip muscle &amp; more\""));
        assert!(html.contains(
            "<link rel=\"canonical\" href=\"https://clinic.example/muscle/piriformis/\">"
        ));
        assert!(
            html.contains("<script type=\"application/ld+json\">{\"@type\":\"Muscle\"}</script>")
        );
        assert!(html.contains("<div id=\"prerendered\"><main><h1>Piriformis</h1></main></div>"));
        assert!(!html.contains("Loading"), "the loading notice is gone");
        assert!(!html.contains("noindex"));
    }

    #[test]
    fn a_shell_without_the_parts_needed_is_an_error_naming_them() {
        let error = page("<html><head></head></html>", &head(), "", "./").unwrap_err();
        assert!(error.contains("charset"), "{error}");
        let no_boot = SHELL.replace("id=\"boot\"", "id=\"start\"");
        let error = page(&no_boot, &head(), "", "./").unwrap_err();
        assert!(error.contains("boot"), "{error}");
    }

    #[test]
    fn the_offline_shell_keeps_the_loading_notice() {
        let html = shell(SHELL).unwrap();
        assert!(html.contains("<base href=\"./\">"));
        assert!(html.contains("Loading"));
        assert!(html.contains("noindex"));
    }

    #[test]
    fn the_embed_opens_every_link_on_top_and_loads_no_app() {
        let body = r#"<main><a href="atlas/">Open</a><svg><a href="muscle/x/" class="region"></a></svg></main>"#;
        let html = embed(SHELL, "West Hills · Hip & Back Atlas", body).unwrap();
        assert!(
            html.contains(r#"<base href="../" target="_top">"#),
            "{html}"
        );
        assert_eq!(
            html.matches(r#"<a target="_top" href="#).count(),
            2,
            "{html}"
        );
        assert!(
            html.contains(r#"<link rel="stylesheet" href="./style-1.css">"#),
            "{html}"
        );
        assert!(html.contains(r#"<script src="embed/frame.js" defer></script>"#));
        assert_eq!(html.matches("<script").count(), 1, "no boot script: {html}");
        assert!(html.contains("noindex"));
        assert!(html.contains("<title>West Hills · Hip &amp; Back Atlas</title>"));
        let error = embed("<html><head></head></html>", "", body).unwrap_err();
        assert!(error.contains("stylesheet"), "{error}");
    }

    #[test]
    fn the_treatment_room_names_the_tablet_manifest() {
        let shell = r#"<head><link rel="manifest" href="manifest.webmanifest"></head>"#;
        let html = with_manifest(shell, "manifest-treatment-room.webmanifest").unwrap();
        assert_eq!(
            html,
            r#"<head><link rel="manifest" href="manifest-treatment-room.webmanifest"></head>"#
        );
        assert!(with_manifest("<head></head>", "x").is_err());
    }
}
