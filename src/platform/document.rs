//! Small document-level effects: title, focus, the boot notice, the URL and history entries,
//! and the scroll position.

/// The product name, appended to every page title.
pub const PRODUCT: &str = "Hip & Back Atlas";

/// A page's full title: "`page` · Hip & Back Atlas" (just the product name when `page` is
/// empty). The pre-rendered `<title>` is written with it too.
pub fn full_title(page: &str) -> String {
    if page.is_empty() {
        PRODUCT.to_string()
    } else {
        format!("{page} · {PRODUCT}")
    }
}

/// Sets the tab title to [`full_title`] of `page`.
pub fn set_title(page: &str) {
    if let Some(document) = gloo::utils::document_element().owner_document() {
        document.set_title(&full_title(page));
    }
}

/// Moves keyboard focus to the main region (the skip link's target).
pub fn focus_main() {
    use wasm_bindgen::JsCast;
    if let Some(main) = gloo::utils::document().get_element_by_id("main") {
        if let Ok(main) = main.dyn_into::<web_sys::HtmlElement>() {
            let _ = main.focus();
        }
    }
}

/// Marks the root element while explain mode presents (`data-presenting`), so the stylesheet
/// hides the site's header and footer; `false` shows them again.
pub fn set_presenting(on: bool) {
    let root = gloo::utils::document_element();
    if on {
        let _ = root.set_attribute("data-presenting", "");
    } else {
        let _ = root.remove_attribute("data-presenting");
    }
}

/// Points the page's web app manifest at `href` (relative to the app's root): the treatment
/// room names the tablet's own manifest, which opens there when installed, and the client's
/// pages the site's (issue 23). The pre-rendered pages already name theirs; this keeps the link
/// right when the app moves between them.
pub fn set_manifest(href: &str) {
    if let Ok(Some(link)) = gloo::utils::document().query_selector("link[rel=manifest]") {
        let _ = link.set_attribute("href", href);
    }
}

/// Records the `app-interactive` performance mark once the first page has rendered and its
/// handlers are attached; the benchmark measures navigation → this mark.
pub fn mark_interactive() {
    mark("app-interactive");
}

/// Records a performance mark `name` for the benchmark (`app-take-over`: the task that renders
/// the app's page to take over the pre-rendered one starts).
pub fn mark(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark(name);
    }
}

/// Pins the app's root: every page's `<base href>` is relative (`../../` on
/// `/muscle/piriformis/`), so the same files work at any sub-path, but once the app moves
/// between pages with `pushState` a relative base would resolve against the new address. It is
/// replaced by the absolute root it resolves to now (a page without one gets one: the
/// document's own folder).
pub fn pin_base() {
    let document = gloo::utils::document();
    let root = document.base_uri().ok().flatten().unwrap_or_default();
    let base = match document.query_selector("base").ok().flatten() {
        Some(base) => base,
        None => {
            let Ok(base) = document.create_element("base") else {
                return;
            };
            if let Some(head) = document.head() {
                let _ = head.prepend_with_node_1(&base);
            }
            base
        }
    };
    let _ = base.set_attribute("href", &root);
}

/// The app's root address (`https://clinic.example/atlas/`), as pinned by [`pin_base`].
pub fn app_root() -> String {
    let document = gloo::utils::document();
    document.base_uri().ok().flatten().unwrap_or_default()
}

/// The page's address below the app's root, as [`crate::route::Route::parse`] reads it
/// (`/muscle/piriformis/?x#y`; `/` for an address outside the root).
pub fn app_location() -> String {
    let here = gloo::utils::window().location().href().unwrap_or_default();
    match here.strip_prefix(&app_root()) {
        Some(below) => format!("/{below}"),
        None => "/".to_string(),
    }
}

/// The key of a history entry's id in `history.state` (see `crate::router::landing`).
const ENTRY_KEY: &str = "atlasEntry";
/// The key of a history entry's saved scroll position in `history.state`, for a reload.
const SCROLL_KEY: &str = "atlasScrollY";

/// `history.state` for entry `id`, scrolled to `y` if given.
fn entry_state(id: u64, y: Option<f64>) -> wasm_bindgen::JsValue {
    use js_sys::{Object, Reflect};
    let state = Object::new();
    let _ = Reflect::set(&state, &ENTRY_KEY.into(), &(id as f64).into());
    if let Some(y) = y {
        let _ = Reflect::set(&state, &SCROLL_KEY.into(), &y.into());
    }
    state.into()
}

/// A number field of the current `history.state`, if it has one.
fn state_number(key: &str) -> Option<f64> {
    let state = gloo::utils::history().state().ok()?;
    if !state.is_object() {
        return None;
    }
    js_sys::Reflect::get(&state, &key.into()).ok()?.as_f64()
}

/// The current history entry's id and the scroll position saved in it, as this app stored
/// them in `history.state` (none for an entry it did not make).
pub fn current_entry() -> (Option<u64>, Option<f64>) {
    let id = state_number(ENTRY_KEY)
        .filter(|id| id.is_finite() && *id >= 0.0)
        .map(|id| id as u64);
    (id, state_number(SCROLL_KEY).filter(|y| y.is_finite()))
}

/// Adds a history entry `id` for `href` (a route's link, relative to the app's root) without
/// reloading.
pub fn push_url(href: &str, id: u64) {
    let _ = gloo::utils::history().push_state_with_url(&entry_state(id, None), "", Some(href));
}

/// Replaces the current history entry's URL with `href` without reloading, keeping its state
/// (its id and saved position).
pub fn replace_url(href: &str) {
    let history = gloo::utils::history();
    let state = history.state().unwrap_or(wasm_bindgen::JsValue::NULL);
    let _ = history.replace_state_with_url(&state, "", Some(href));
}

/// Runs `then` once, in a task after the next frame is painted (a timeout queued from that
/// frame's animation callback), or after 100 ms if no frame comes first (a hidden tab paints
/// none). Both callbacks are one-shot closures, freed once called, and both are always
/// called (the frame's when the tab is next shown), so nothing is kept per call.
pub fn after_paint(then: impl FnOnce() + 'static) {
    use super::take_over::after_ms;
    use std::cell::Cell;
    use std::rc::Rc;
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    type Once = Rc<Cell<Option<Box<dyn FnOnce()>>>>;
    let then: Once = Rc::new(Cell::new(Some(Box::new(then))));
    let run = |then: Once| {
        move || {
            if let Some(then) = then.take() {
                then();
            }
        }
    };
    let after_frame = run(then.clone());
    let in_frame = Closure::once_into_js(move || after_ms(0, after_frame));
    let _ = gloo::utils::window().request_animation_frame(in_frame.unchecked_ref());
    after_ms(100, run(then));
}

/// Writes entry `id` (and the scroll position `y`, if given) into the current entry's
/// `history.state`, leaving its URL as it is.
pub fn stamp_entry(id: u64, y: Option<f64>) {
    let _ = gloo::utils::history().replace_state(&entry_state(id, y), "");
}

/// Stamps the entry the app opened on with `id`, in a task of its own: `replaceState` is
/// slow (about 6 ms on a throttled phone), and the take-over's first task is the one a tap
/// waits for. Skipped if the entry has an id by then (the app moved to an entry of its own).
pub fn stamp_first_entry(id: u64) {
    super::take_over::next_task(move || {
        if current_entry().0.is_none() {
            stamp_entry(id, None);
        }
    });
}

/// Tells the browser that this app restores scroll positions itself: pages opened with
/// `pushState` share one document, so the browser's own restoration would fight ours on Back
/// and Forward.
pub fn manual_scroll_restoration() {
    let _ = js_sys::Reflect::set(
        &gloo::utils::history(),
        &"scrollRestoration".into(),
        &"manual".into(),
    );
}

/// Milliseconds since the Unix epoch (seeds history entry ids so they differ across loads).
pub fn epoch_millis() -> f64 {
    js_sys::Date::now()
}

/// The window's vertical scroll position in CSS pixels.
pub fn scroll_y() -> f64 {
    gloo::utils::window().scroll_y().unwrap_or(0.0)
}

/// Scrolls the window to `y` pixels from the top, at once.
pub fn scroll_to(y: f64) {
    gloo::utils::window().scroll_to_with_x_and_y(0.0, y);
}

/// Moves keyboard focus to the heading of the page in `<main>` (its first `h1`), without
/// scrolling, so a screen reader announces the new page and Tab continues from its top.
/// Headings are made focusable here (`tabindex="-1"`: by script, not by Tab). A page that put
/// the caret in a text box on arrival (search) keeps it.
pub fn focus_heading() {
    let document = gloo::utils::document();
    let typing = document.active_element().is_some_and(|e| {
        matches!(e.tag_name().as_str(), "INPUT" | "TEXTAREA")
            && e.closest("#main").ok().flatten().is_some()
    });
    if typing {
        return;
    }
    let Some(heading) = document.query_selector("#main h1").ok().flatten() else {
        return;
    };
    if !heading.has_attribute("tabindex") {
        let _ = heading.set_attribute("tabindex", "-1");
    }
    // `focus({ preventScroll: true })`: web-sys's typed form needs an extra feature for one call.
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"preventScroll".into(), &true.into());
    call_method(&heading, "focus", &js_sys::Array::of1(&options));
}

/// Calls `target.name(...args)` if `target` has such a method, ignoring what it returns or
/// throws: for the few browser calls made by name rather than through a web-sys feature each.
pub(crate) fn call_method(target: &wasm_bindgen::JsValue, name: &str, args: &js_sys::Array) {
    use wasm_bindgen::JsCast;
    if let Ok(method) = js_sys::Reflect::get(target, &name.into()) {
        if let Some(method) = method.dyn_ref::<js_sys::Function>() {
            let _ = js_sys::Reflect::apply(method, target, args);
        }
    }
}

/// The full address of a route's link in this app, wherever it is hosted (the app's root and
/// the route's path): what a QR code or a copied link must hold.
pub fn absolute_href(route_href: &str) -> String {
    // A server render has no address; the link then stays relative.
    if cfg!(not(target_arch = "wasm32")) {
        return route_href.to_string();
    }
    let relative = route_href.strip_prefix("./").unwrap_or(route_href);
    format!("{}{relative}", app_root())
}

/// Opens the browser's print dialog (the page's print stylesheet shows the handout).
pub fn print() {
    let _ = gloo::utils::window().print();
}

/// Puts `text` on the clipboard (the builder's "Copy link"); where the browser refuses, the
/// link stays in its field to copy by hand.
pub fn copy_text(text: &str) {
    let clipboard = gloo::utils::window().navigator().clipboard();
    let promise = clipboard.write_text(text);
    // A refusal is not an error for the reader: the link is on screen.
    wasm_bindgen_futures::spawn_local(async move {
        let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    });
}
