//! The embed (issue 23, item 6): the body map and search made for a frame on the clinic's own
//! site, which a site builder can embed but not host. Built once, at build time, into
//! `embed/index.html`; it loads no wasm (a frame on the clinic's home page should cost the
//! visitor little), only `embed/frame.js`, which tells the parent page its height.
//!
//! Every link and the search form open the full atlas in the top window (`target="_top"`: the
//! pre-renderer writes it on each link, and the page's `<base>` names it too), and the map's
//! regions are links because this is a pre-render (`RegionButton`).

use yew::prelude::*;

use crate::components::body_map::BodyMap;
use crate::data::{clinic, kb, show, Word};
use crate::platform::prerendering::Prerendering;

/// The embed's body, rendered inside the build-time render's context so the map draws links.
#[component]
pub fn EmbedStatic() -> Html {
    html! {
        <ContextProvider<Prerendering> context={Prerendering::default()}>
            <EmbedPage />
        </ContextProvider<Prerendering>>
    }
}

/// The map, a search box and a way to the whole atlas; nothing of the site's header or footer.
#[component]
fn EmbedPage() -> Html {
    let title = kb()
        .page("atlas")
        .map(|p| p.title.clone())
        .unwrap_or_default();
    html! {
        <main class="embed__main">
            <h1 class="embed__title">{ title }</h1>
            <form class="search-form embed__search" role="search" action="search/" method="get" target="_top">
                <label for="embed-search" class="search-form__label">
                    { show(Word::SearchLabel) }
                </label>
                <div class="embed__search-row">
                    <input id="embed-search" class="search-form__input" type="search" name="q"
                        autocomplete="off" spellcheck="false" enterkeyhint="search" />
                    <button type="submit" class="button">{ show(Word::Search) }</button>
                </div>
            </form>
            <p class="embed__hint">{ show(Word::EmbedHint) }</p>
            <BodyMap onselect={Callback::noop()} />
            <p class="embed__more">
                <a href="atlas/">{ show(Word::EmbedOpenAtlas) }</a>
                { format!(" — {}", clinic().name) }
            </p>
        </main>
    }
}
