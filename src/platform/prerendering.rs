//! Whether the app is being rendered by the build's pre-renderer, and what that render collects
//! beside the markup. The frame and the page title read it; the browser never has one.

#[cfg(not(target_arch = "wasm32"))]
use std::{cell::RefCell, rc::Rc};

use yew::prelude::*;

/// What a build-time render collects beside the markup: the page's title, as the page sets it
/// in the browser (`use_page_title`), for the pre-rendered `<title>`.
#[cfg(not(target_arch = "wasm32"))]
#[derive(Clone, Default)]
pub struct Prerendering {
    /// The page's title, once the page has named it.
    pub title: Rc<RefCell<Option<String>>>,
}

#[cfg(not(target_arch = "wasm32"))]
impl PartialEq for Prerendering {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.title, &other.title)
    }
}

/// The build-time render's collector, when this is one (never in the browser).
#[cfg(not(target_arch = "wasm32"))]
#[hook]
pub fn use_prerendering() -> Option<Prerendering> {
    use_context::<Prerendering>()
}

/// The build-time render's collector: never, in the browser.
#[cfg(target_arch = "wasm32")]
#[hook]
pub fn use_prerendering() -> Option<()> {
    None
}
