//! Hip & Back Atlas: the Yew app, the imperative shell around the pure `atlas_core` crate.
//!
//! Components take props and send callbacks; anything that touches the browser beyond rendering
//! (clock, speech, wake lock, sound, service worker, the error screen) lives in [`platform`].

pub mod app;
pub mod components;
pub mod data;
pub mod pages;
pub mod platform;
pub mod route;
pub mod router;

/// Boots the app in the browser: error screen first (so a panic is never a blank page), then the
/// router and pages replace the static "Loading" notice from index.html.
pub fn start() {
    platform::panic_screen::install();
    platform::document::remove_boot_notice();
    platform::document::set_accent(&data::clinic().accent);
    yew::Renderer::<app::App>::new().render();
    platform::service_worker::register();
}
