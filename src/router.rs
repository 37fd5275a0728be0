//! Hash routing for Yew in one small module: the current [`Route`] as context, a navigator
//! that pushes or replaces history entries, and [`Link`].
//!
//! Why not yew-router: with hash URLs there is nothing for a general router to do that the
//! browser does not already do (`#/…` links, back, forward, `popstate`), and its route
//! recogniser, history abstraction and query serializer were a sixth of the first-load wasm.

use gloo::events::EventListener;
use yew::prelude::*;

use crate::route::Route;

/// What the routed parts of the app share: where we are and how to go elsewhere.
#[derive(Clone, PartialEq)]
struct RouterContext {
    route: Route,
    navigator: Navigator,
}

/// Where the route comes from and where navigation goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// The page's URL: follows `popstate`, records history entries.
    Browser,
    /// In memory only, starting at a fixed path: tests and server rendering.
    Memory,
}

/// Moves between pages.
#[derive(Clone, PartialEq)]
pub struct Navigator {
    show: UseStateSetter<Route>,
    mode: Mode,
}

impl Navigator {
    /// Opens `route` as a new history entry (Back returns here).
    pub fn push(&self, route: &Route) {
        if self.mode == Mode::Browser {
            crate::platform::document::push_url(&route.href());
        }
        self.show.set(route.clone());
    }

    /// Shows `route` in place of the current history entry (typing in search).
    pub fn replace(&self, route: &Route) {
        if self.mode != Mode::Memory {
            crate::platform::document::replace_url(&route.href());
        }
        self.show.set(route.clone());
    }
}

/// Props for [`Router`].
#[derive(Properties, PartialEq)]
pub struct RouterProps {
    /// The routed part of the app.
    pub children: Html,
    /// Where routes come from.
    pub mode: Mode,
    /// The starting path in [`Mode::Memory`] (the URL is read in [`Mode::Browser`]).
    #[prop_or_default]
    pub at: AttrValue,
}

/// Provides the current route to everything inside it.
#[component]
pub fn Router(props: &RouterProps) -> Html {
    let mode = props.mode;
    let route = {
        let at = props.at.clone();
        use_state(move || match mode {
            Mode::Browser => Route::parse(&crate::platform::document::hash_path()),
            Mode::Memory => Route::parse(&at),
        })
    };
    {
        // Back, forward, a followed `#/…` link or an edited address all fire `popstate`.
        let show = route.setter();
        use_effect_with(mode, move |mode| {
            let listener = (*mode == Mode::Browser).then(|| {
                EventListener::new(&gloo::utils::window(), "popstate", move |_| {
                    show.set(Route::parse(&crate::platform::document::hash_path()));
                })
            });
            move || drop(listener)
        });
    }
    let context = RouterContext {
        route: (*route).clone(),
        navigator: Navigator {
            show: route.setter(),
            mode,
        },
    };
    html! {
        <ContextProvider<RouterContext> {context}>
            { props.children.clone() }
        </ContextProvider<RouterContext>>
    }
}

/// The enclosing router's context.
#[hook]
fn use_router() -> RouterContext {
    use_context::<RouterContext>().expect("components that route are rendered inside Router")
}

/// The route being shown.
#[hook]
pub fn use_route() -> Route {
    use_router().route
}

/// The navigator, for code that moves to another page (a tap on the map, typing in search).
#[hook]
pub fn use_navigator() -> Navigator {
    use_router().navigator
}

/// Props for [`Link`].
#[derive(Properties, PartialEq)]
pub struct LinkProps {
    /// Where the link goes.
    pub to: Route,
    /// Classes on the `<a>`.
    #[prop_or_default]
    pub classes: Classes,
    /// The link's content.
    #[prop_or_default]
    pub children: Html,
}

/// A link to a page of the app: a real `<a href="#/…">`, so it can be opened in a new tab,
/// copied or bookmarked; a plain click navigates without reloading.
#[component]
pub fn Link(props: &LinkProps) -> Html {
    let navigator = use_navigator();
    let onclick = {
        let to = props.to.clone();
        Callback::from(move |event: MouseEvent| {
            let modified =
                event.ctrl_key() || event.meta_key() || event.shift_key() || event.alt_key();
            if event.button() == 0 && !modified {
                event.prevent_default();
                navigator.push(&to);
            }
        })
    };
    html! {
        <a class={props.classes.clone()} href={props.to.href()} {onclick}>{ props.children.clone() }</a>
    }
}
