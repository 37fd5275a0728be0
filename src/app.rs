//! The app's frame: skip link, header with navigation, the routed page, and the footer.

use yew::prelude::*;
use yew_router::history::{AnyHistory, History, MemoryHistory};
use yew_router::prelude::*;

use crate::components::{footer::Footer, header::Header};
use crate::route::{switch, Route};

/// The app as it runs in the browser: routes come from the URL's hash.
#[component]
pub fn App() -> Html {
    // Effects run after the first render is in the DOM with its listeners attached.
    use_effect_with((), |_| crate::platform::document::mark_interactive());
    html! {
        <HashRouter>
            <Frame />
        </HashRouter>
    }
}

/// Props for [`AppAt`].
#[derive(Properties, PartialEq)]
pub struct AppAtProps {
    /// The route path to show, e.g. `/muscle/piriformis`.
    pub path: AttrValue,
}

/// The app at a fixed path, with an in-memory history: for server-side render tests and for
/// browser tests that must not touch the page's real URL.
#[component]
pub fn AppAt(props: &AppAtProps) -> Html {
    let history = use_memo(props.path.clone(), |path| {
        let history = MemoryHistory::new();
        history.push(path.as_str());
        AnyHistory::from(history)
    });
    html! {
        <Router history={(*history).clone()}>
            <Frame />
        </Router>
    }
}

/// Header, main content and footer around the current page.
#[component]
fn Frame() -> Html {
    html! {
        <div class="frame">
            <a class="skip-link" href="#main" onclick={skip_to_main()}>{ "Skip to content" }</a>
            <Header />
            <main id="main" class="main" tabindex="-1">
                <Switch<Route> render={switch} />
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
