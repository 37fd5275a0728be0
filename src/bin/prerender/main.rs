//! The build's pre-renderer: writes every page the content defines to its own `index.html`,
//! rendered by the same components as in the browser (Yew's server renderer), so a search
//! engine, a link preview and a reader on a slow phone see the page before the wasm arrives.
//!
//! Run by Trunk's post_build hook (scripts/build/prerender.mjs) as
//! `prerender <staging dir>`: it reads the staged `index.html` (Trunk's shell, with the boot
//! script already moved into a file) as the template and writes, below the staging folder,
//! `<page>/index.html` for every page, `index.html` for the home page, `404.html`,
//! `shell.html` (the offline shell the service worker serves for a page it has not seen),
//! `sitemap.xml`, `robots.txt`, `embed/index.html` (the map and search for a frame on the
//! clinic's own site), `clinic-<hash>.css` (the clinic's accent colour) and `content-<hash>.bin`
//! (the content, which every page names in `<meta name="atlas-content">`). The site's address comes from `ATLAS_SITE_URL` (see README).

mod head;
mod structured;
mod template;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use hip_back_atlas::app::{AppStatic, AppStaticProps};
use hip_back_atlas::data::kb;
use hip_back_atlas::pages::treatment_room::TABLET_MANIFEST;
use hip_back_atlas::platform::prerendering::Prerendering;
use hip_back_atlas::route::{also_at, every_page, Route};

use head::{site_url, Head};

fn main() -> ExitCode {
    let Some(staging) = std::env::args_os().nth(1).map(PathBuf::from) else {
        eprintln!("usage: prerender <staging dir>");
        return ExitCode::from(2);
    };
    match run(&staging) {
        Ok(count) => {
            println!(
                "prerender: wrote {count} pages, 404.html, shell.html, the embed, sitemap.xml and robots.txt"
            );
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("prerender: {message}");
            ExitCode::FAILURE
        }
    }
}

/// Renders every page into `staging`; the number of pages written, or what went wrong.
fn run(staging: &Path) -> Result<usize, String> {
    let shell_path = staging.join("index.html");
    let shell = std::fs::read_to_string(&shell_path)
        .map_err(|e| format!("cannot read {}: {e}", shell_path.display()))?;
    // The clinic's accent as a stylesheet of its own, so the header has the clinic's colour in
    // the first paint (no inline style: the CSP forbids it).
    let (accent_file, accent_css) =
        template::accent_stylesheet(&hip_back_atlas::data::clinic().accent);
    write(&staging.join(&accent_file), &accent_css)?;
    let shell = template::with_stylesheet(&shell, &accent_file)?;
    // The content, validated by build.rs, as a file of its own that the boot module fetches
    // beside the wasm (which never embeds it): every page, and the offline shell, names it.
    let content_file = template::content_file_name(hip_back_atlas::data::BUILT);
    std::fs::write(staging.join(&content_file), hip_back_atlas::data::BUILT)
        .map_err(|e| format!("cannot write {content_file}: {e}"))?;
    let shell = template::with_content(&shell, &content_file)?;
    let site = site_url()?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .map_err(|e| format!("cannot start the renderer: {e}"))?;
    let routes = every_page(kb());
    for route in &routes {
        let (body, title) = runtime.block_on(render(route));
        let head = Head::for_route(route, title.as_deref(), &site);
        let folder = route.folder();
        let mut page = template::page(&shell, &head, &body, &template::base_for(&folder))?;
        if *route == Route::TreatmentRoom {
            // Installed from here, the app is the clinic tablet's, which opens here (issue 23).
            page = template::with_manifest(&page, TABLET_MANIFEST)?;
        }
        write(&staging.join(&folder).join("index.html"), &page)?;
        if let Some(alias) = also_at(route) {
            let copy = template::page(&shell, &head, &body, &template::base_for(alias))?;
            write(&staging.join(alias).join("index.html"), &copy)?;
        }
        if *route == Route::NotFound {
            // Served by most static hosts for any unknown address, at any depth: its links
            // resolve against the site's own folder (the path of ATLAS_SITE_URL), on any origin.
            let root = template::site_folder(&site);
            write(
                &staging.join("404.html"),
                &template::page(&shell, &head, &body, root)?,
            )?;
        }
    }
    write(&staging.join("shell.html"), &template::shell(&shell)?)?;
    let embed = runtime.block_on(render_embed());
    let embed_title = hip_back_atlas::platform::document::full_title(
        hip_back_atlas::data::clinic().name.as_str(),
    );
    write(
        &staging.join("embed").join("index.html"),
        &template::embed(&shell, &embed_title, &embed)?,
    )?;
    write(&staging.join("sitemap.xml"), &head::sitemap(&routes, &site))?;
    write(&staging.join("robots.txt"), &head::robots(&site))?;
    Ok(routes.len())
}

/// The app rendered at `route`, and the title its page named.
async fn render(route: &Route) -> (String, Option<String>) {
    let prerendering = Prerendering::default();
    let props = AppStaticProps {
        path: route.path().into(),
        prerendering: prerendering.clone(),
    };
    let body = yew::LocalServerRenderer::<AppStatic>::with_props(props)
        .hydratable(false)
        .render()
        .await;
    let title = prerendering.title.borrow().clone();
    (body, title)
}

/// The embed's body (issue 23): the map and search for a frame on the clinic's own site.
async fn render_embed() -> String {
    yew::LocalServerRenderer::<hip_back_atlas::pages::embed::EmbedStatic>::new()
        .hydratable(false)
        .render()
        .await
}

/// Writes `text` to `path`, creating its folder.
fn write(path: &Path, text: &str) -> Result<(), String> {
    if let Some(folder) = path.parent() {
        std::fs::create_dir_all(folder)
            .map_err(|e| format!("cannot create {}: {e}", folder.display()))?;
    }
    std::fs::write(path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))
}
