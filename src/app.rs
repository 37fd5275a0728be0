//! The app's frame: skip link, header with navigation, the routed page, and the footer.

use yew::prelude::*;

use crate::components::{footer::Footer, header::Header};
use crate::route::switch;
use crate::router::{use_route, Mode, Router};

/// The app as it runs in the browser: routes come from the URL's hash.
#[component]
pub fn App() -> Html {
    // Effects run after the first render is in the DOM with its listeners attached.
    use_effect_with((), |_| {
        crate::platform::document::mark_interactive();
        // The first page is up: fetch the rest of the app while the reader looks at it.
        #[cfg(feature = "shell")]
        crate::platform::pages_module::preload();
    });
    html! {
        <Router mode={Mode::Browser}>
            <Frame />
        </Router>
    }
}

/// Props for [`AppAt`].
#[derive(Properties, PartialEq)]
pub struct AppAtProps {
    /// The route path to show, e.g. `/muscle/piriformis`.
    pub path: AttrValue,
}

/// The app at a fixed path, with in-memory navigation: for server-side render tests and for
/// browser tests that must not touch the page's real URL.
#[component]
pub fn AppAt(props: &AppAtProps) -> Html {
    html! {
        <Router mode={Mode::Memory} at={props.path.clone()}>
            <Frame />
        </Router>
    }
}

/// Header, main content and footer around the current page.
#[component]
fn Frame() -> Html {
    let route = use_route();
    html! {
        <div class="frame">
            <a class="skip-link" href="#main" onclick={skip_to_main()}>{ "Skip to content" }</a>
            <Header />
            <main id="main" class="main" tabindex="-1">
                { switch(route) }
            </main>
            <Footer />
        </div>
    }
}

/// With hash routing, `href="#main"` would be read as a route; focus the main region instead.
fn skip_to_main() -> Callback<MouseEvent> {
    Callback::from(|event: MouseEvent| {
        event.prevent_default();
        crate::platform::document::focus_main();
    })
}

/// The pages module's pages, mounted into the shell's `<main>` (no frame: the shell has it).
/// It follows the URL like the shell, so moving between two of its pages keeps it mounted
/// (and keeps focus where the reader left it); the shell unmounts it on leaving for one of
/// its own pages.
#[component]
pub fn HostedPage() -> Html {
    html! {
        <Router mode={Mode::Browser}>
            <HostedSwitch />
        </Router>
    }
}

/// The routed page inside [`HostedPage`].
#[component]
fn HostedSwitch() -> Html {
    switch(use_route())
}

/// Renders nothing (see `step_past_the_shells_tree_id` in lib.rs).
#[component]
pub fn Empty() -> Html {
    Html::default()
}
