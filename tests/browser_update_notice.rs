//! Browser test of the update notice: a version announced as waiting before the app has
//! rendered (a returning reader on a slow phone, whose registration resolves before the
//! take-over) still shows "Update ready" once the app is there.
#![cfg(target_arch = "wasm32")]

use hip_back_atlas::platform::service_worker;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

mod browser_support;
use browser_support::mount_at;

#[wasm_bindgen_test]
async fn a_version_announced_before_the_app_rendered_is_offered() {
    service_worker::announce();
    let root = mount_at("/muscle/piriformis/").await;
    let notice = root
        .query_selector(".update-notice")
        .unwrap()
        .expect("the update notice is part of every page");
    assert!(
        notice
            .text_content()
            .unwrap_or_default()
            .contains("Update ready"),
        "the notice offers the waiting version: {:?}",
        notice.text_content()
    );
    assert!(
        root.query_selector(".update-notice__reload")
            .unwrap()
            .is_some(),
        "with a Reload button"
    );
}
