//! The app's frame: skip link, header with navigation, the routed page, and the footer.

use yew::prelude::*;

use crate::components::{footer::Footer, header::Header, update_notice::UpdateNotice};
use crate::route::switch;
use crate::router::{use_route, Mode, Router};

/// The app as it runs in the browser: routes come from the URL's hash.
#[component]
pub fn App() -> Html {
    // Effects run after the first render is in the DOM with its listeners attached.
    use_effect_with((), |_| {
        crate::platform::document::mark_interactive();
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
            <UpdateNotice />
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
