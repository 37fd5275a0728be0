//! Path routing for Yew in one small module: the current [`Route`] as context, a navigator
//! that pushes or replaces history entries, and [`Link`]; and where each page opens (at its
//! top with focus on its heading, or where the reader left it: decided in [`landing`]).
//!
//! Why not yew-router: our links are relative to the app's root (its `<base>`), so the
//! pre-rendered pages work at any sub-path unknown at build time, which yew-router's absolute
//! hrefs do not; and it cost 28.6 KB gzip (see ARCHITECTURE.md, "Routing").

pub mod address;
pub mod landing;

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use yew::prelude::*;

use crate::platform::document;
use crate::route::Route;
use address::{owe, Write};
use landing::{landing, Arrival, Places, Scroll};

/// What is shown and how we got there; `seq` counts arrivals, so opening the page already
/// shown (a link to itself) still lands at its top.
#[derive(Clone, Debug, PartialEq)]
struct Shown {
    route: Route,
    arrival: Arrival,
    seq: u64,
}

impl Reducible for Shown {
    type Action = (Route, Arrival);

    fn reduce(self: Rc<Self>, (route, arrival): (Route, Arrival)) -> Rc<Self> {
        Rc::new(Shown {
            route,
            arrival,
            seq: self.seq + 1,
        })
    }
}

/// The history entries' scroll positions, shared by the router's listeners and navigators
/// (compared by identity: there is one per router).
#[derive(Clone)]
struct SharedPlaces(Rc<RefCell<Places>>);

impl PartialEq for SharedPlaces {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// The history write the router owes the browser ([`address`]), and whether one is scheduled
/// (compared by identity: there is one per router).
#[derive(Clone, Default)]
struct SharedOwed(Rc<RefCell<(Option<Write>, bool)>>);

impl PartialEq for SharedOwed {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl SharedOwed {
    /// Owes `next`, making at once what must precede it, and writes it after the next paint.
    fn later(&self, next: Write) {
        let schedule = {
            let mut owed = self.0.borrow_mut();
            let (now, later) = owe(owed.0.take(), next);
            if let Some(now) = now {
                write(now);
            }
            owed.0 = Some(later);
            !std::mem::replace(&mut owed.1, true)
        };
        if schedule {
            let this = self.clone();
            document::after_paint(move || this.flush());
        }
    }

    /// Makes the owed write now (when the page is left, or once the page is painted).
    fn flush(&self) {
        let owed = {
            let mut owed = self.0.borrow_mut();
            owed.1 = false;
            owed.0.take()
        };
        if let Some(owed) = owed {
            write(owed);
        }
    }

    /// Forgets the owed write: Back or Forward came first, so the browser already shows
    /// another entry, whose address and state the write would overwrite.
    fn forget(&self) {
        self.0.borrow_mut().0 = None;
    }
}

/// Makes one history write.
fn write(write: Write) {
    match write {
        Write::Push { href, id } => document::push_url(&href, id),
        Write::Replace { href } => document::replace_url(&href),
    }
}

/// The route being shown, as a context of its own: a route change re-renders only what
/// reads the route, not every [`Link`], which needs only the [`Navigator`] (also a context,
/// which never changes).
#[derive(Clone, PartialEq)]
struct RouteContext(Route);

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
    go: UseReducerDispatcher<Shown>,
    places: SharedPlaces,
    owed: SharedOwed,
    mode: Mode,
}

impl Navigator {
    /// Opens `route` as a new history entry (Back returns here, to the same scroll position);
    /// the new page opens at its top with focus on its heading.
    pub fn push(&self, route: &Route) {
        self.push_entry(route, Arrival::Opened);
    }

    /// Opens `route` as a new history entry without moving the page or focus: for a view that
    /// changes in place (choosing another muscle on a muscle page's own map).
    pub fn push_in_place(&self, route: &Route) {
        self.push_entry(route, Arrival::InPlace);
    }

    fn push_entry(&self, route: &Route, arrival: Arrival) {
        if self.mode == Mode::Browser {
            let id = self
                .places
                .0
                .borrow_mut()
                .leave(document::scroll_y(), arrival == Arrival::InPlace);
            self.owed.later(Write::Push {
                href: route.href(),
                id,
            });
        }
        self.go.dispatch((route.clone(), arrival));
    }

    /// Shows `route` in place of the current history entry (typing in search).
    pub fn replace(&self, route: &Route) {
        if self.mode != Mode::Memory {
            self.owed.later(Write::Replace { href: route.href() });
        }
        self.go.dispatch((route.clone(), Arrival::Replaced));
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

/// Provides the current route to everything inside it, and lands each page (scroll and focus)
/// once it is rendered.
#[component]
pub fn Router(props: &RouterProps) -> Html {
    let mode = props.mode;
    let places = use_memo((), |_| {
        // Ids are kept in history.state across reloads: seed them from the clock.
        let seed = if mode == Mode::Browser {
            (document::epoch_millis() * 1000.0) as u64
        } else {
            0
        };
        SharedPlaces(Rc::new(RefCell::new(Places::new(seed))))
    });
    let owed = use_memo((), |_| SharedOwed::default());
    let visit = {
        let at = props.at.clone();
        let places = places.clone();
        use_reducer(move || match mode {
            Mode::Browser => {
                document::manual_scroll_restoration();
                let (entry, saved) = document::current_entry();
                let (id, new) = places.0.borrow_mut().start(entry);
                if new {
                    document::stamp_first_entry(id);
                }
                Shown {
                    route: route_here(),
                    arrival: Arrival::Started { saved },
                    seq: 0,
                }
            }
            Mode::Memory => Shown {
                route: Route::parse(&at),
                arrival: Arrival::Started { saved: None },
                seq: 0,
            },
        })
    };
    {
        // Back, forward, a followed in-page link or an edited fragment all fire `popstate`; the
        // window's scroll position is remembered for the entry being shown, and saved into
        // its history.state when the page is left (a reload or closing the tab).
        let go = visit.dispatcher();
        let places = (*places).clone();
        let owed = (*owed).clone();
        use_effect_with(mode, move |mode| {
            let listeners = (*mode == Mode::Browser).then(|| {
                let window = gloo::utils::window();
                let on_pop = {
                    let places = places.clone();
                    let owed = owed.clone();
                    EventListener::new(&window, "popstate", move |_| {
                        owed.forget();
                        let (entry, stored) = document::current_entry();
                        let (id, new, saved) =
                            places
                                .0
                                .borrow_mut()
                                .go(document::scroll_y(), entry, stored);
                        if new {
                            document::stamp_entry(id, None);
                        }
                        go.dispatch((route_here(), Arrival::Returned { saved }));
                    })
                };
                let on_scroll = {
                    let places = places.clone();
                    EventListener::new(&window, "scroll", move |_| {
                        places.0.borrow_mut().scrolled(document::scroll_y());
                    })
                };
                let on_leave = EventListener::new(&window, "pagehide", move |_| {
                    owed.flush();
                    if let Some(id) = places.0.borrow().current() {
                        document::stamp_entry(id, Some(document::scroll_y()));
                    }
                });
                [on_pop, on_scroll, on_leave]
            });
            move || drop(listeners)
        });
    }
    {
        // Runs after the page's own effects (Yew runs children's first), so the new page is
        // in the DOM at its full height when it is scrolled.
        let arrival = visit.arrival;
        use_effect_with(visit.seq, move |_| {
            let to = landing(arrival);
            match to.scroll {
                Scroll::Top => document::scroll_to(0.0),
                Scroll::To(y) => document::scroll_to(y),
                Scroll::Keep => {}
            }
            if to.focus_heading {
                document::focus_heading();
            }
        });
    }
    let navigator = Navigator {
        go: visit.dispatcher(),
        places: (*places).clone(),
        owed: (*owed).clone(),
        mode,
    };
    html! {
        <ContextProvider<Navigator> context={navigator}>
            <ContextProvider<RouteContext> context={RouteContext(visit.route.clone())}>
                { props.children.clone() }
            </ContextProvider<RouteContext>>
        </ContextProvider<Navigator>>
    }
}

/// The route the page's address names. An old hash link (`#/muscle/piriformis`) or search
/// (`?q=`) is shown at its page's own address instead.
fn route_here() -> Route {
    let location = document::app_location();
    let route = Route::parse(&location);
    if Route::is_old_address(&location) {
        document::replace_url(&route.href());
    }
    route
}

/// The route being shown.
#[hook]
pub fn use_route() -> Route {
    use_context::<RouteContext>()
        .expect("components that route are rendered inside Router")
        .0
}

/// The navigator, for code that moves to another page (a tap on the map, typing in search).
#[hook]
pub fn use_navigator() -> Navigator {
    use_context::<Navigator>().expect("components that route are rendered inside Router")
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

/// A link to a page of the app: a real `<a href="muscle/piriformis/">` (relative to the app's
/// root), so it can be opened in a new tab, copied, bookmarked or followed before the app has
/// loaded; a plain click navigates without reloading.
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
