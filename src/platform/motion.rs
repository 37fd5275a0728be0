//! The reader's motion preference (`prefers-reduced-motion`), read with `matchMedia` and kept
//! up to date when it changes while the page is open.

use yew::prelude::*;

/// The media query for the reduced-motion preference.
const QUERY: &str = "(prefers-reduced-motion: reduce)";

/// The `MediaQueryList` for the preference, if the browser has `matchMedia`.
fn media_query() -> Option<web_sys::MediaQueryList> {
    web_sys::window()?.match_media(QUERY).ok().flatten()
}

/// Whether the reader asks for reduced motion right now (false outside a browser).
pub fn prefers_reduced_motion() -> bool {
    #[cfg(target_arch = "wasm32")]
    {
        media_query().is_some_and(|q| q.matches())
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        false
    }
}

/// True while the reader asks for reduced motion; re-renders the caller when that changes
/// (e.g. the system setting is switched while a guide plays).
#[hook]
pub fn use_reduced_motion() -> bool {
    let reduced = use_state(prefers_reduced_motion);
    {
        let reduced = reduced.clone();
        use_effect_with((), move |_| {
            let listener = media_query().map(|query| {
                let target = query.clone();
                gloo::events::EventListener::new(&query, "change", move |_| {
                    reduced.set(target.matches());
                })
            });
            // Dropping the listener removes it from the media query list.
            move || drop(listener)
        });
    }
    *reduced
}
