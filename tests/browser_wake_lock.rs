//! Browser test of the screen wake lock against a stand-in `navigator.wakeLock` (headless
//! Chromium refuses the real one): the lock is asked for once, asked for again when the browser
//! has dropped it while the tab was hidden, and let go when the guide stops.
#![cfg(target_arch = "wasm32")]

use hip_back_atlas::platform::wake_lock::{self, Holder};
use js_sys::{Function, Reflect};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Replaces `navigator.wakeLock` with a recorder; returns `{ requests, sentinels }`.
fn install_stand_in() -> JsValue {
    Function::new_no_args(
        r#"
        const calls = { requests: 0, sentinels: [] };
        Object.defineProperty(navigator, "wakeLock", {
          configurable: true,
          value: {
            request() {
              calls.requests += 1;
              const sentinel = { released: false, release() { sentinel.released = true; return Promise.resolve(); } };
              calls.sentinels.push(sentinel);
              return Promise.resolve(sentinel);
            },
          },
        });
        return calls;
        "#,
    )
    .call0(&JsValue::NULL)
    .expect("the stand-in installs")
}

fn requests(calls: &JsValue) -> f64 {
    Reflect::get(calls, &"requests".into())
        .unwrap()
        .as_f64()
        .unwrap()
}

fn sentinel(calls: &JsValue, i: u32) -> JsValue {
    let all = Reflect::get(calls, &"sentinels".into()).unwrap();
    Reflect::get(&all, &i.into()).unwrap()
}

fn released(sentinel: &JsValue) -> bool {
    Reflect::get(sentinel, &"released".into())
        .unwrap()
        .as_bool()
        .unwrap()
}

/// Lets promise callbacks run.
async fn settle() {
    for _ in 0..3 {
        let _ =
            wasm_bindgen_futures::JsFuture::from(js_sys::Promise::resolve(&JsValue::NULL)).await;
    }
}

fn page_becomes_visible() {
    let event = web_sys::Event::new("visibilitychange").unwrap();
    gloo::utils::document().dispatch_event(&event).unwrap();
}

#[wasm_bindgen_test]
async fn the_lock_comes_back_after_the_tab_was_hidden_and_goes_when_the_guide_stops() {
    let calls = install_stand_in();
    wake_lock::acquire(Holder::Guide);
    wake_lock::acquire(Holder::Guide);
    settle().await;
    assert_eq!(
        requests(&calls),
        1.0,
        "one request while one is held or on its way"
    );

    // Hiding the tab makes the browser release the lock; coming back asks again.
    Reflect::set(&sentinel(&calls, 0), &"released".into(), &JsValue::TRUE).unwrap();
    page_becomes_visible();
    settle().await;
    assert_eq!(requests(&calls), 2.0);

    wake_lock::release(Holder::Guide);
    assert!(released(&sentinel(&calls, 1)));
    page_becomes_visible();
    settle().await;
    assert_eq!(requests(&calls), 2.0, "a stopped guide does not ask again");
}

#[wasm_bindgen_test]
async fn a_guide_ending_while_presenting_keeps_the_screen_awake() {
    let calls = install_stand_in();
    wake_lock::acquire(Holder::Presenting);
    wake_lock::acquire(Holder::Guide);
    settle().await;
    assert_eq!(requests(&calls), 1.0, "one lock for both holders");
    wake_lock::release(Holder::Guide);
    assert!(
        !released(&sentinel(&calls, 0)),
        "still presenting: the lock stays"
    );
    wake_lock::release(Holder::Presenting);
    assert!(released(&sentinel(&calls, 0)), "nobody wants it any more");
}
