//! The app's frame: skip link, header with navigation, the routed page, and the footer.
//! The top layer: it alone imports the pages (through [`switch`]); nothing below imports it.

use yew::prelude::*;

use crate::components::body_map::HatchPatterns;
use crate::components::later::later;
use crate::components::{footer::footer, header::Header, update_notice::UpdateNotice};
use crate::data::{show, Word};
use crate::platform::prerendering::use_prerendering;
#[cfg(not(target_arch = "wasm32"))]
use crate::platform::prerendering::Prerendering;
use crate::route::Route;
use crate::router::{use_route, Mode, Router};

mod switch;

pub use switch::switch;

/// The app as it runs in the browser: routes come from the page's address.
#[component]
pub fn App() -> Html {
    // Effects run after the first render is in the DOM with its listeners attached (the app's
    // own last, after every page's): the moment to take over the pre-rendered copy.
    use_effect_with((), |_| {
        crate::platform::take_over::finish_after_paint(crate::platform::document::mark_interactive);
    });
    html! {
        <Router mode={Mode::Browser}>
            <Frame />
        </Router>
    }
}

/// Props for [`AppAt`] and [`AppStatic`].
#[derive(Properties, PartialEq)]
pub struct AppAtProps {
    /// The route path to show, e.g. `/muscle/piriformis/`.
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

/// Props for [`AppStatic`].
#[cfg(not(target_arch = "wasm32"))]
#[derive(Properties, PartialEq)]
pub struct AppStaticProps {
    /// The route path to render.
    pub path: AttrValue,
    /// Where the page's title is collected.
    pub prerendering: Prerendering,
}

/// The app as the build pre-renders it: [`AppAt`], except that pages which depend on this
/// device (a saved program, a program in the link's `#`) show a neutral notice, since nothing
/// of a reader's device may be baked into a file every reader gets. Native only: the browser
/// never renders it.
#[cfg(not(target_arch = "wasm32"))]
#[component]
pub fn AppStatic(props: &AppStaticProps) -> Html {
    html! {
        <ContextProvider<Prerendering> context={props.prerendering.clone()}>
            <Router mode={Mode::Memory} at={props.path.clone()}>
                <Frame />
            </Router>
        </ContextProvider<Prerendering>>
    }
}

/// The longest page address the skip link repeats.
const MAX_SKIP_HREF: usize = 512;

/// Header, main content and footer around the current page.
#[component]
fn Frame() -> Html {
    let route = use_route();
    let prerendering = use_prerendering().is_some();
    // The skip link names this page's own address, so without the app (before it arrives, or
    // with scripts off) it moves to the main region instead of the root that `<base>` names.
    // (An address of absurd length, which only a hand-made link has, is not repeated.)
    let here = route.href();
    let here = here.split('#').next().unwrap_or_default();
    let skip_href = if here.len() <= MAX_SKIP_HREF {
        format!("{here}#main")
    } else {
        "#main".to_string()
    };
    let page = if prerendering && route.on_this_device_only() {
        on_device_notice(&route)
    } else {
        switch(route)
    };
    html! {
        <div class="frame">
            <a class="skip-link" href={skip_href} onclick={skip_to_main()}>{ show(Word::SkipToContent) }</a>
            <Header />
            <main id="main" class="main" tabindex="-1">
                { page }
            </main>
            // The footer waits for a task of its own during the take-over, as the page's
            // sections do (`components::later`).
            { later(footer()) }
            <UpdateNotice />
            <HatchPatterns />
        </div>
    }
}

/// The pre-rendered stand-in for a page that only this device can show.
fn on_device_notice(route: &Route) -> Html {
    let (heading, status) = match route {
        Route::ProgramLink { .. } => (Word::LinkTitle, Word::OpeningLink),
        _ => (Word::MyProgram, Word::OpeningSaved),
    };
    // `data-awaits-app`: this text is itself a loading notice, so the boot watchdog treats the
    // page as unreadable without the app (a stall gets a notice and a reload); `.boot-late` is
    // style.css's last resort for when the watchdog never ran.
    html! {
        <article class="page program-page" data-awaits-app="">
            <h1>{ show(heading) }</h1>
            <div role="status">
                <p>{ show(status) }</p>
                <p class="boot-late">{ show(Word::OpeningLate) }</p>
            </div>
            <noscript><p>{ show(Word::OpeningNoScript) }</p></noscript>
        </article>
    }
}

/// The app handles the skip link itself: the fragment would otherwise be a history entry.
fn skip_to_main() -> Callback<MouseEvent> {
    Callback::from(|event: MouseEvent| {
        event.prevent_default();
        crate::platform::document::focus_main();
    })
}
