//! Helpers shared by the browser tests.
#![allow(dead_code)]

use hip_back_atlas::app::{AppAt, AppAtProps};
use hip_back_atlas::platform::clock::Clock;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The content file the build wrote (the one the pre-renderer copies into the site): the wasm
/// does not embed it, and a test has no page to fetch it for, so the tests install it.
const CONTENT: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/bundle.bin"));

/// Installs the build's content, as `start()` does with the fetched file; before anything is
/// mounted (every mount below calls it).
pub fn install_content() {
    hip_back_atlas::data::install(CONTENT).expect("the build's content file reads back");
}

/// Mounts the app at `path` (in-memory history) into a fresh element and waits for it to render.
pub async fn mount_at(path: &str) -> web_sys::Element {
    install_content();
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<AppAt>::with_root_and_props(
        root.clone(),
        AppAtProps {
            path: path.to_string().into(),
        },
    )
    .render();
    yew::scheduler::flush().await;
    root
}

/// Clicks an element and lets Yew re-render.
pub async fn click(element: &web_sys::Element) {
    element.unchecked_ref::<web_sys::HtmlElement>().click();
    yew::scheduler::flush().await;
}

/// The trimmed text of the first element matching `selector` under `root`.
pub fn text_of(root: &web_sys::Element, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
        .text_content()
        .unwrap_or_default()
        .trim()
        .to_string()
}

/// Dispatches a bubbling `keydown` for `key` on `target`, as a keyboard would.
pub async fn key_down(target: &web_sys::Element, key: &str) {
    let init = js_sys::Object::new();
    js_sys::Reflect::set(&init, &"key".into(), &key.into()).unwrap();
    js_sys::Reflect::set(&init, &"bubbles".into(), &wasm_bindgen::JsValue::TRUE).unwrap();
    let ctor: js_sys::Function =
        js_sys::Reflect::get(&gloo::utils::window(), &"KeyboardEvent".into())
            .unwrap()
            .unchecked_into();
    let event = js_sys::Reflect::construct(&ctor, &js_sys::Array::of2(&"keydown".into(), &init))
        .unwrap()
        .unchecked_into::<web_sys::Event>();
    target.dispatch_event(&event).unwrap();
    yew::scheduler::flush().await;
}

/// Props for [`WithClock`].
#[derive(Properties, PartialEq)]
pub struct WithClockProps {
    clock: Clock,
    path: AttrValue,
}

/// The app at `path` with a test clock provided to every player.
#[component]
pub fn WithClock(props: &WithClockProps) -> Html {
    html! {
        <ContextProvider<Clock> context={props.clock.clone()}>
            <AppAt path={props.path.clone()} />
        </ContextProvider<Clock>>
    }
}

/// Mounts the app at `path` on a fresh manual clock: guides move only when a test advances it.
pub async fn mount_with_clock(path: &str) -> (web_sys::Element, Clock) {
    install_content();
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    let clock = Clock::manual(1.0);
    yew::Renderer::<WithClock>::with_root_and_props(
        root.clone(),
        WithClockProps {
            clock: clock.clone(),
            path: path.to_string().into(),
        },
    )
    .render();
    yew::scheduler::flush().await;
    (root, clock)
}

/// Moves the clock on in frames of at most a quarter second, then lets Yew render.
pub async fn advance(clock: &Clock, seconds: f64) {
    let mut left = seconds;
    while left > 1e-9 {
        let step = left.min(0.25);
        clock.advance(step);
        left -= step;
    }
    yew::scheduler::flush().await;
}
