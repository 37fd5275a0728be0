//! Hip & Back Atlas: the Yew app, the imperative shell around the pure `atlas_core` crate.
//!
//! Components take props and send callbacks; anything that touches the browser beyond rendering
//! (clock, storage, speech, wake lock, sound, the error screen) lives in [`platform`].

pub mod app;
pub mod components;
pub mod data;
pub mod pages;
pub mod platform;
pub mod route;
pub mod router;

/// Mounts the page the URL names into `host` (the pages module's entry point, see
/// `src/bin/pages.rs`).
pub fn mount_page(host: web_sys::Element) -> yew::AppHandle<app::HostedPage> {
    platform::panic_screen::install();
    step_past_the_shells_tree_id();
    yew::Renderer::<app::HostedPage>::with_root(host).render()
}

/// Boots the app in the browser: error screen first (so a panic is never a blank page), then the
/// router and pages replace the static "Loading" notice from index.html.
pub fn start() {
    platform::panic_screen::install();
    platform::document::remove_boot_notice();
    yew::Renderer::<app::App>::new().render();
}

/// Each wasm module has its own copy of Yew, and Yew numbers its render trees from 1 in each.
/// Yew tells trees apart by that number when it routes a DOM event, so a page mounted by the
/// pages module as tree 1 inside the shell's tree 1 would have its clicks also handled by the
/// shell (with the shell's handler of the same listener number). Creating and dropping one
/// empty tree first makes every page here tree 2 or later; the shell only ever has tree 1.
fn step_past_the_shells_tree_id() {
    use std::sync::Once;
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        if let Ok(spare) = gloo::utils::document().create_element("div") {
            yew::Renderer::<app::Empty>::with_root(spare)
                .render()
                .destroy();
        }
    });
}
