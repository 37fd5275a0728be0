//! A page that lives in the pages module: the shell keeps an empty element in `<main>` and the
//! module renders the page into it. While the module loads the reader sees a short status line;
//! if it cannot load (offline before it was ever fetched), an error with a retry button.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use wasm_bindgen::JsValue;
use yew::prelude::*;

use crate::platform::pages_module;
use crate::route::Route;
use crate::router::Link;

/// How long a page may take to appear before the reader is told it is on its way.
const SLOW_MS: u32 = 400;

/// Where loading the page stands.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Load {
    /// Just asked: usually the module is already here and the page follows at once.
    Waiting,
    /// Still coming after a moment: say so.
    Loading,
    Shown,
    Failed,
}

/// The host element for the pages of the pages module. Mounted once per visit to its pages:
/// moving between them is the module's own routing (it follows the URL), so only leaving for a
/// page of the shell unmounts it.
#[component]
pub fn LazyPage() -> Html {
    let host = use_node_ref();
    let load = use_state_eq(|| Load::Waiting);
    let attempt = use_state(|| 0u32);
    {
        let (host, load) = (host.clone(), load.clone());
        use_effect_with(*attempt, move |_| {
            load.set(Load::Waiting);
            let mounted: Rc<RefCell<Option<JsValue>>> = Rc::default();
            let live = Rc::new(Cell::new(true));
            let settled = Rc::new(Cell::new(false));
            // A status line that flashes for a few milliseconds on every visit would only be
            // noise (and a screen reader would announce it): show it only if loading is slow.
            let slow = {
                let (load, settled) = (load.clone(), settled.clone());
                gloo::timers::callback::Timeout::new(SLOW_MS, move || {
                    if !settled.get() {
                        load.set(Load::Loading);
                    }
                })
            };
            if let Some(element) = host.cast::<web_sys::Element>() {
                let (mounted, live) = (mounted.clone(), live.clone());
                wasm_bindgen_futures::spawn_local(async move {
                    let result = pages_module::mount(&element).await;
                    settled.set(true);
                    match result {
                        Ok(handle) if live.get() => {
                            *mounted.borrow_mut() = Some(handle);
                            load.set(Load::Shown);
                        }
                        // The reader left before the module arrived.
                        Ok(handle) => pages_module::unmount(&handle),
                        Err(_) if live.get() => load.set(Load::Failed),
                        Err(_) => {}
                    }
                });
            }
            move || {
                drop(slow);
                live.set(false);
                if let Some(handle) = mounted.borrow_mut().take() {
                    pages_module::unmount(&handle);
                }
            }
        });
    }
    let retry = {
        let attempt = attempt.clone();
        Callback::from(move |_: MouseEvent| attempt.set(*attempt + 1))
    };
    html! {
        <>
            if *load == Load::Loading {
                <p class="lazy-page__status" role="status">{ "Opening the page…" }</p>
            }
            if *load == Load::Failed {
                <section class="page lazy-page__error" role="alert">
                    <h1>{ "This page could not be opened" }</h1>
                    <p>{ "Part of the atlas has not reached this device yet. Check the connection and try again; nothing you have done is lost." }</p>
                    // The body map is part of the shell, so it opens even now.
                    <ul class="onward__links">
                        <li><button type="button" class="button" onclick={retry}>{ "Try again" }</button></li>
                        <li><Link to={Route::Atlas} classes="button">{ "Open the body map" }</Link></li>
                    </ul>
                </section>
            }
            // Filled by the pages module, never by the shell's renderer.
            <div class="lazy-page" ref={host}></div>
        </>
    }
}
