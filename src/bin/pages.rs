//! The pages module: the pages a first visit does not need (conditions, techniques, stretches
//! with their guides, notes, the visit articles, sources, search). The shell (`src/main.rs`,
//! built with the `shell` feature) loads it after its first page is up and mounts pages from it
//! into `<main>`; see ARCHITECTURE.md, "Two modules".

use wasm_bindgen::prelude::*;

/// A mounted page; the shell unmounts it when the reader moves on.
#[wasm_bindgen]
pub struct PageHandle {
    app: yew::AppHandle<hip_back_atlas::app::HostedPage>,
}

#[wasm_bindgen]
impl PageHandle {
    /// Removes the page and everything it was doing (timers, listeners, a playing guide).
    pub fn unmount(self) {
        self.app.destroy();
    }
}

/// Renders the page the URL names (e.g. `#/condition/sciatica`) into `host`, and follows the
/// URL from then on.
#[wasm_bindgen]
pub fn mount(host: web_sys::Element) -> PageHandle {
    PageHandle {
        app: hip_back_atlas::mount_page(host),
    }
}

/// Nothing runs on load: the shell calls [`mount`].
fn main() {}
