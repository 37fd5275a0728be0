//! Helpers shared by the browser tests.
#![allow(dead_code)]

use hip_back_atlas::app::{AppAt, AppAtProps};
use wasm_bindgen::JsCast;

/// Mounts the app at `path` (in-memory history) into a fresh element and waits for it to render.
pub async fn mount_at(path: &str) -> web_sys::Element {
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
