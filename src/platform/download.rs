//! Files made on the device and handed to the reader: the log's export, a calendar reminder.
//! Nothing is uploaded; the browser saves a file built from a string.

use wasm_bindgen::JsCast;

/// Offers `text` as a file named `name` of type `mime` (the browser's usual download).
pub fn save_text(name: &str, mime: &str, text: &str) {
    let _ = try_save(name, mime, text);
}

fn try_save(name: &str, mime: &str, text: &str) -> Option<()> {
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
    let document = gloo::utils::document();
    let link: web_sys::HtmlAnchorElement = document.create_element("a").ok()?.dyn_into().ok()?;
    link.set_href(&url);
    link.set_download(name);
    link.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    Some(())
}
