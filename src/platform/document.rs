//! Small document-level effects: title, focus, the boot notice.

/// The product name, appended to every page title.
pub const PRODUCT: &str = "Hip & Back Atlas";

/// Sets the tab title to "`page` · Hip & Back Atlas" (just the product name when `page` is empty).
pub fn set_title(page: &str) {
    if let Some(document) = gloo::utils::document_element().owner_document() {
        if page.is_empty() {
            document.set_title(PRODUCT);
        } else {
            document.set_title(&format!("{page} · {PRODUCT}"));
        }
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

/// Sets the clinic's accent colour as the `--clinic` custom property on the root element (the
/// header's background). Through the DOM's style object, which the CSP allows, unlike an inline
/// `style` attribute.
pub fn set_accent(colour: &str) {
    use wasm_bindgen::JsCast;
    if let Ok(root) = gloo::utils::document_element().dyn_into::<web_sys::HtmlElement>() {
        let _ = root.style().set_property("--clinic", colour);
    }
}

/// Removes the static "Loading the atlas…" notice that index.html shows before the app starts.
pub fn remove_boot_notice() {
    if let Some(boot) = gloo::utils::document().get_element_by_id("boot") {
        boot.remove();
    }
}

/// Records the `app-interactive` performance mark once the first page has rendered and its
/// handlers are attached; the benchmark measures navigation → this mark.
pub fn mark_interactive() {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark("app-interactive");
    }
}

/// The part of the page URL after `#` (`/muscle/piriformis`), or `""` without one.
pub fn hash_path() -> String {
    let hash = gloo::utils::window().location().hash().unwrap_or_default();
    hash.strip_prefix('#').unwrap_or(&hash).to_string()
}

/// Adds a history entry for `href` (a `#/…` URL) without reloading.
pub fn push_url(href: &str) {
    let _ =
        gloo::utils::history().push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(href));
}

/// Replaces the current history entry with `href` without reloading.
pub fn replace_url(href: &str) {
    let _ =
        gloo::utils::history().replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(href));
}
