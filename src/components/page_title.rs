//! Sets the document title for the current page, so browser history and screen readers name it.

use yew::prelude::*;

/// Sets `document.title` to "`title` · Hip & Back Atlas" while the calling page is shown.
#[hook]
pub fn use_page_title(title: String) {
    use_effect_with(title, |title| {
        crate::platform::document::set_title(title);
    });
}
