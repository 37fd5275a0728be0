//! Explain mode in the browser: the steps move by keyboard, by a touch swipe and by the
//! progress bar, and the notes open with one tap.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

mod browser_support;
use browser_support::{click, key_down, mount_at, text_of};

/// Dispatches a touch pointer event of `kind` at `x` on `target`, as a finger would.
async fn touch(target: &web_sys::Element, kind: &str, x: i32) {
    let init = js_sys::Object::new();
    let set = |key: &str, value: JsValue| js_sys::Reflect::set(&init, &key.into(), &value).unwrap();
    set("pointerType", "touch".into());
    set("bubbles", JsValue::TRUE);
    set("clientX", x.into());
    set("clientY", 200.into());
    let ctor: js_sys::Function =
        js_sys::Reflect::get(&gloo::utils::window(), &"PointerEvent".into())
            .unwrap()
            .unchecked_into();
    let event = js_sys::Reflect::construct(&ctor, &js_sys::Array::of2(&kind.into(), &init))
        .unwrap()
        .unchecked_into::<web_sys::Event>();
    target.dispatch_event(&event).unwrap();
    yew::scheduler::flush().await;
}

fn heading(root: &web_sys::Element) -> String {
    text_of(root, "main h1")
}

#[wasm_bindgen_test]
async fn arrow_keys_move_between_steps() {
    let root = mount_at("/explain/1").await;
    let body = gloo::utils::document().body().unwrap();
    assert_eq!(heading(&root), "Simple recap");
    key_down(&body, "ArrowRight").await;
    assert_eq!(heading(&root), "The hip–lumbar connection");
    key_down(&body, "PageDown").await;
    assert_eq!(heading(&root), "Benefits of better hip mobility");
    key_down(&body, "ArrowLeft").await;
    assert_eq!(heading(&root), "The hip–lumbar connection");
    root.remove();
}

#[wasm_bindgen_test]
async fn a_sideways_swipe_turns_the_step_and_a_short_one_does_not() {
    let root = mount_at("/explain/2").await;
    let h1 = root.query_selector("main h1").unwrap().unwrap();
    touch(&h1, "pointerdown", 300).await;
    touch(&h1, "pointerup", 100).await;
    assert_eq!(heading(&root), "Benefits of better hip mobility");
    touch(&h1, "pointerdown", 100).await;
    touch(&h1, "pointerup", 130).await;
    assert_eq!(heading(&root), "Benefits of better hip mobility");
    let h1 = root.query_selector("main h1").unwrap().unwrap();
    touch(&h1, "pointerdown", 100).await;
    touch(&h1, "pointerup", 300).await;
    assert_eq!(heading(&root), "The hip–lumbar connection");
    root.remove();
}

#[wasm_bindgen_test]
async fn the_progress_bar_and_the_notes_answer_a_tap() {
    let root = mount_at("/explain/1").await;
    let last = root
        .query_selector(r##".explain__progress a[href="explain/6/"]"##)
        .unwrap()
        .expect("a link to the last step");
    click(&last).await;
    assert_eq!(heading(&root), "Your homework");
    let notes = root.query_selector("#explain-notes").unwrap().unwrap();
    assert!(notes.has_attribute("hidden"));
    let toggle = root
        .query_selector(r#"button[aria-controls="explain-notes"]"#)
        .unwrap()
        .unwrap();
    click(&toggle).await;
    assert!(!notes.has_attribute("hidden"));
    assert_eq!(
        toggle.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    assert!(notes
        .text_content()
        .unwrap()
        .contains("one or two to do at home"));
    click(&toggle).await;
    root.remove();
}
