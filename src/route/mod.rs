//! Every page's URL. Each page has a real path below the app's root (`/muscle/piriformis/`,
//! `/search/#q=stairs`), pre-rendered to its own `index.html`, so a deep link works on any plain
//! static host, at any sub-path, with no server rewrite rules. Links are written relative to
//! the app's root (`muscle/piriformis/`) and every page's `<base>` names that root.
//!
//! Old hash links (`#/muscle/piriformis`) still parse, and the router rewrites them to their
//! path. A handed-over program keeps its code after `#` (`/p/#<code>`): the fragment never
//! reaches the server, so the program stays on the devices it is shared between.
//!
//! Parsing and writing URLs are plain functions (tested natively); `crate::router` connects
//! them to the browser's history. Which page a route renders is the app frame's business
//! (`crate::app::switch`): this module imports no page or component, so anything that only
//! needs a URL is not tied to every page.

mod content;
mod map;
mod site;
mod url;

pub use content::{route_for, route_for_section};
pub use map::{MapState, MAX_LIT};
pub use site::{also_at, every_page};

/// A page of the app, parsed from the part of the URL below the app's root.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// The welcome page.
    Home,
    /// The body map with the list of muscle groups beside it, as it opens.
    Atlas,
    /// The body map in a chosen view (side, layer, lit muscles); never the default view,
    /// which is [`Route::Atlas`] (build it with [`Route::atlas`]).
    AtlasView {
        /// What the map shows.
        view: MapState,
    },
    /// One muscle group.
    Muscle { id: String },
    /// All conditions.
    Conditions,
    /// One condition.
    Condition { id: String },
    /// All massage techniques.
    Techniques,
    /// One massage technique.
    Technique { id: String },
    /// All stretches.
    Stretches,
    /// One stretch, with its guide.
    Stretch { id: String },
    /// One emotional-connection note (a traditional perspective, apart from the anatomy).
    Note { id: String },
    /// What happens at a visit, and the clinic's advice: the list of articles.
    Visit,
    /// One article about the visit or home care.
    Article { id: String },
    /// One source and everything that cites it.
    Source { id: String },
    /// Search over everything; `q` is what the reader typed (kept in the URL so a search can
    /// be shared and survives a reload).
    Search {
        /// The query, possibly empty.
        q: String,
    },
    /// The therapist's explain mode at one step of the session, numbered from 1 (`/explain/3/`;
    /// the first is `/explain/`, and `/explain/1/` reads as it too). A number past the last step is the page's to explain.
    Explain {
        /// The step's number, 1 for the first.
        step: usize,
    },
    /// The therapist's tools (explain mode, the program builder), reached from a small footer
    /// link so clients never see them in the menu.
    TreatmentRoom,
    /// The client's home program, as saved on this device, with its log.
    Program,
    /// The therapist's program builder; `condition` (possibly empty) starts it from that
    /// condition's suggested stretches (`/program/new?condition=sciatica`).
    ProgramBuilder {
        /// A condition id, or empty.
        condition: String,
    },
    /// A program handed over by link or QR code: the whole program is in `code`
    /// (`/p/#<code>`; `#/p/<code>` from before path URLs), decoded and checked by the page.
    ProgramLink {
        /// The encoded program, as it came in the URL.
        code: String,
    },
    /// Any URL the app does not know.
    NotFound,
}

impl Route {
    /// The body map showing `view`: [`Route::Atlas`] for the default view, so each view has
    /// one URL.
    pub fn atlas(view: MapState) -> Route {
        if view.is_default() {
            Route::Atlas
        } else {
            Route::AtlasView { view }
        }
    }

    /// Explain mode at its first step.
    pub const fn explain() -> Route {
        Route::Explain { step: 1 }
    }

    /// The search page with nothing typed yet.
    pub fn search() -> Route {
        Route::Search { q: String::new() }
    }

    /// Reads a route from the URL below the app's root, e.g. `/muscle/piriformis/`,
    /// `/search/?q=numb` or `/p/#<code>`, with or without the slashes. An old hash link
    /// (`/#/muscle/piriformis`: a fragment starting with `/`) reads as the route it names.
    /// Anything unknown is [`Route::NotFound`], never an error.
    pub fn parse(url: &str) -> Route {
        let (url, fragment) = url.split_once('#').unwrap_or((url, ""));
        if fragment.starts_with('/') {
            return Route::parse(fragment);
        }
        let (path, query) = url.split_once('?').unwrap_or((url, ""));
        // `./` is the home page's link; `.` segments name the folder they are in.
        let segments: Vec<&str> = path
            .split('/')
            .filter(|s| !s.is_empty() && *s != ".")
            .collect();
        let id = |s: &str| url::decode(s);
        match segments.as_slice() {
            [] => Route::Home,
            ["atlas"] => Route::atlas(MapState::from_query(query)),
            ["muscle", m] => Route::Muscle { id: id(m) },
            ["conditions"] => Route::Conditions,
            ["condition", c] => Route::Condition { id: id(c) },
            ["techniques"] => Route::Techniques,
            ["technique", t] => Route::Technique { id: id(t) },
            ["stretches"] => Route::Stretches,
            ["stretch", s] => Route::Stretch { id: id(s) },
            ["note", n] => Route::Note { id: id(n) },
            ["visit"] => Route::Visit,
            ["visit", a] => Route::Article { id: id(a) },
            ["source", s] => Route::Source { id: id(s) },
            // The words live after `#` (`/search/#q=numb`), which no request carries to the
            // host; an older `?q=` link still reads, and the router moves it behind the `#`.
            ["search"] => Route::Search {
                q: match query_value(query, "q") {
                    q if q.is_empty() => query_value(fragment, "q"),
                    q => q,
                },
            },
            ["explain"] => Route::explain(),
            ["explain", n] => match n.parse::<usize>() {
                Ok(step) if step >= 1 => Route::Explain { step },
                _ => Route::NotFound,
            },
            ["treatment-room"] => Route::TreatmentRoom,
            ["program"] => Route::Program,
            ["program", "new"] => Route::ProgramBuilder {
                condition: query_value(query, "condition"),
            },
            ["p"] => Route::ProgramLink { code: id(fragment) },
            // The hash-routing form, `#/p/<code>`, on printed QR codes and saved links.
            ["p", code] => Route::ProgramLink { code: id(code) },
            _ => Route::NotFound,
        }
    }

    /// Whether the page shows what only this device has (a saved program, a program in the
    /// link's `#`): its pre-rendered file holds a neutral notice instead.
    pub fn on_this_device_only(&self) -> bool {
        matches!(self, Route::Program | Route::ProgramLink { .. })
    }

    /// Whether the page is the therapist's (the treatment room, explain mode, the program
    /// builder): kept out of the client's menu and the sitemap, and the only pages whose
    /// wording may address a therapist.
    pub fn is_treatment_room(&self) -> bool {
        matches!(
            self,
            Route::TreatmentRoom | Route::Explain { .. } | Route::ProgramBuilder { .. }
        )
    }

    /// Whether `url` (as [`Route::parse`] reads it) is an old hash link, which the router
    /// replaces with the route's path.
    pub fn is_hash_link(url: &str) -> bool {
        url.split_once('#')
            .is_some_and(|(_, fragment)| fragment.starts_with('/'))
    }

    /// Whether `url` is an older form of its route's address that the router replaces with
    /// the current one: an old hash link, or a search whose words are in the query (`?q=`),
    /// where a reload would send them to the host, rather than after the `#`.
    pub fn is_old_address(url: &str) -> bool {
        let before_fragment = url.split('#').next().unwrap_or_default();
        Route::is_hash_link(url)
            || (matches!(Route::parse(url), Route::Search { .. })
                && before_fragment
                    .split_once('?')
                    .is_some_and(|(_, query)| !query_value(query, "q").is_empty()))
    }

    /// The route's path below the app's root, the inverse of [`Route::parse`]: each page a
    /// folder (`/muscle/piriformis/`), with its query after the slash.
    pub fn path(&self) -> String {
        let with_id = |prefix: &str, id: &str| format!("/{prefix}/{}/", url::encode(id));
        match self {
            Route::Home => "/".to_string(),
            Route::Atlas => "/atlas/".to_string(),
            Route::AtlasView { view } if view.is_default() => "/atlas/".to_string(),
            Route::AtlasView { view } => format!("/atlas/?{}", view.to_query()),
            Route::Muscle { id } => with_id("muscle", id),
            Route::Conditions => "/conditions/".to_string(),
            Route::Condition { id } => with_id("condition", id),
            Route::Techniques => "/techniques/".to_string(),
            Route::Technique { id } => with_id("technique", id),
            Route::Stretches => "/stretches/".to_string(),
            Route::Stretch { id } => with_id("stretch", id),
            Route::Note { id } => with_id("note", id),
            Route::Visit => "/visit/".to_string(),
            Route::Article { id } => with_id("visit", id),
            Route::Source { id } => with_id("source", id),
            Route::Search { q } if q.is_empty() => "/search/".to_string(),
            Route::Search { q } => format!("/search/#q={}", url::encode(q)),
            // The first step is explain mode's own address.
            Route::Explain { step: 1 } => "/explain/".to_string(),
            Route::Explain { step } => format!("/explain/{step}/"),
            Route::TreatmentRoom => "/treatment-room/".to_string(),
            Route::Program => "/program/".to_string(),
            Route::ProgramBuilder { condition } if condition.is_empty() => "/program/new/".into(),
            Route::ProgramBuilder { condition } => {
                format!("/program/new/?condition={}", url::encode(condition))
            }
            Route::ProgramLink { code } => format!("/p/#{}", url::encode(code)),
            Route::NotFound => "/not-found/".to_string(),
        }
    }

    /// The folder the route's page is pre-rendered in, below the app's root (`muscle/piriformis`,
    /// empty for the home page): its path without the query or fragment.
    pub fn folder(&self) -> String {
        let path = self.path();
        let path = path.split(['?', '#']).next().unwrap_or_default();
        path.trim_matches('/').to_string()
    }

    /// The link target, relative to the app's root that every page's `<base>` names
    /// (`muscle/piriformis/`; `./` for the home page), so links work at any sub-path.
    pub fn href(&self) -> String {
        match self.path().strip_prefix('/') {
            Some("") | None => "./".to_string(),
            Some(relative) => relative.to_string(),
        }
    }
}

/// The decoded value of `key` in a query string such as `q=numb&x=1` (empty if absent).
fn query_value(query: &str, key: &str) -> String {
    query
        .split('&')
        .map(|pair| pair.split_once('=').unwrap_or((pair, "")))
        .find(|(k, _)| *k == key)
        .map(|(_, v)| url::decode(v))
        .unwrap_or_default()
}
