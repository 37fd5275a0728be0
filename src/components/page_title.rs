//! Sets the document title for the current page, so browser history and screen readers name it.

use yew::prelude::*;

/// Sets `document.title` to "`title` · Hip & Back Atlas" while the calling page is shown; in a
/// build-time render (where effects do not run), hands it to the pre-rendered page's `<title>`.
#[hook]
pub fn use_page_title(title: String) {
    #[cfg(not(target_arch = "wasm32"))]
    if let Some(prerendering) = crate::platform::prerendering::use_prerendering() {
        *prerendering.title.borrow_mut() = Some(title.clone());
    }
    use_effect_with(title, |title| {
        crate::platform::document::set_title(title);
    });
}
