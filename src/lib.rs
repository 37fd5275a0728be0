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

/// Boots the app in the browser: error screen first (so a panic is never a blank page), then,
/// once the content file the boot module fetched beside the wasm has arrived and decoded, the
/// app renders the page the URL names and takes over the pre-rendered copy (or the offline
/// shell's "Loading" notice), see [`platform::take_over`]. A content file that does not arrive
/// or does not decode leaves the page as it is, under the boot watchdog's "could not load"
/// message with its reload button ([`platform::content::failed`]).
pub fn start() {
    platform::panic_screen::install();
    platform::document::pin_base();
    // A benchmark build reads its `?speed=` before the first page rewrites the address.
    #[cfg(feature = "bench")]
    platform::clock::page_speed();
    wasm_bindgen_futures::spawn_local(async {
        // The content is decoded in a task of its own and the page rendered in the next, so
        // the browser can answer a tap in between (two shorter tasks instead of one long one).
        let installed = platform::content::fetched()
            .await
            .and_then(|bytes| data::install(&bytes));
        if let Err(reason) = installed {
            platform::content::failed(&reason);
            return;
        }
        platform::take_over::next_task(|| {
            platform::document::mark("app-take-over");
            yew::Renderer::<app::App>::with_root(platform::take_over::app_element()).render();
            // In a task of its own: the render's is the one a tap waits for.
            platform::take_over::next_task(platform::service_worker::register);
        });
    });
}
