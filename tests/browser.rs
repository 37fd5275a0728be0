//! Browser tests: the app mounted in headless Chromium, driven like a user would.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

mod browser_support;
use browser_support::{click, mount_at, text_of};

#[wasm_bindgen_test]
async fn clicking_a_section_link_shows_that_section() {
    let root = mount_at("/").await;
    let link = root
        .query_selector(r#"nav a[href="stretches/"]"#)
        .unwrap()
        .expect("a Stretches link in the navigation");
    click(&link).await;
    assert_eq!(text_of(&root, "main h1"), "Stretches");
    let current = root.query_selector("[aria-current=page]").unwrap().unwrap();
    assert_eq!(current.text_content().unwrap(), "Stretches");
    let _ = current.dyn_into::<web_sys::HtmlElement>();
}
