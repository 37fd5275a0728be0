//! The shell's side of the pages module: load it, mount a page into an element, unmount it.
//! The JavaScript half (`pages_loader.js`) does the dynamic `import()`, which Rust cannot.

use wasm_bindgen::prelude::*;

#[wasm_bindgen(module = "/src/platform/pages_loader.js")]
extern "C" {
    /// Starts loading the pages module in the background, so the first tap on one of its
    /// pages does not wait for the network.
    #[wasm_bindgen(js_name = preload_pages)]
    pub fn preload();

    /// Loads the module if needed and mounts the page the URL names into `host`; resolves to
    /// the handle [`unmount`] takes, or rejects if the module cannot be loaded.
    #[wasm_bindgen(catch, js_name = mount_page)]
    pub async fn mount(host: &web_sys::Element) -> Result<JsValue, JsValue>;

    /// Removes a page that [`mount`] put up.
    #[wasm_bindgen(js_name = unmount_page)]
    pub fn unmount(handle: &JsValue);
}
