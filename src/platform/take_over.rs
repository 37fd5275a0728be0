//! Taking over a pre-rendered page. Every page arrives as HTML rendered at build time by the
//! same components (`src/bin/prerender`), readable before the wasm arrives. The app renders the
//! same page into an unseen element placed before the pre-rendered copy (laid out and
//! focusable, so a page may focus or measure itself as it opens: `[data-taking-over]` in
//! style.css), and once the first render is in the DOM with its listeners attached (the app's
//! first effect), removes the copy and shows its own, in one task, so the browser never paints
//! a gap or both.
//!
//! Why not Yew's hydration: it fails hard when the markup differs at all, and a page's first
//! render in the browser may rightly differ (a search's query, a map view, a saved program);
//! rendering afresh needs nothing from Yew but its public renderer, and a test compares every
//! page's pre-rendered and taken-over markup so the two do not drift.

use wasm_bindgen::JsCast;

/// The id of the element holding the pre-rendered page.
const PRERENDERED: &str = "prerendered";
/// The id of the element the app renders into.
const APP: &str = "app";
/// Marks the app's element while its render is unseen.
const TAKING_OVER: &str = "data-taking-over";

/// The element to render the app into: a new, unseen `<div id="app">` just before the
/// pre-rendered page (so lookups by id find the app's elements first), or at the end of the
/// body when the page came without one (the offline shell).
pub fn app_root() -> web_sys::Element {
    let document = gloo::utils::document();
    let body = gloo::utils::body();
    let root = document
        .create_element("div")
        .expect("a document can create a div");
    root.set_id(APP);
    match document.get_element_by_id(PRERENDERED) {
        Some(prerendered) => {
            let _ = root.set_attribute(TAKING_OVER, "");
            let _ = body.insert_before(&root, Some(&prerendered));
        }
        None => {
            let _ = body.append_child(&root);
        }
    }
    root
}

/// Removes the pre-rendered page and the loading notice, and shows the app's own render.
pub fn finish() {
    let document = gloo::utils::document();
    let prerendered = document.get_element_by_id(PRERENDERED);
    // A reader who tabbed into the page before the app arrived keeps their place in it: the
    // main region, so Tab continues from the page rather than from the top of the document.
    let had_focus = prerendered.as_ref().is_some_and(|copy| {
        document
            .active_element()
            .is_some_and(|active| copy.contains(Some(active.unchecked_ref())))
    });
    if let Some(copy) = prerendered {
        copy.remove();
    }
    if let Some(boot) = document.get_element_by_id("boot") {
        boot.remove();
    }
    if let Some(root) = document.get_element_by_id(APP) {
        let _ = root.remove_attribute(TAKING_OVER);
    }
    if had_focus {
        crate::platform::document::focus_main();
    }
}
