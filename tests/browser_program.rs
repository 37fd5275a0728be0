//! The home program in the browser: the builder makes a link, the link page saves it in the
//! device's storage, and "My program" reads it back with its log.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

mod browser_support;
use browser_support::{click, mount_at, text_of};

fn storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

fn button(root: &web_sys::Element, label: &str) -> web_sys::Element {
    let buttons = root.query_selector_all("button").unwrap();
    (0..buttons.length())
        .filter_map(|i| buttons.item(i))
        .map(wasm_bindgen::JsCast::unchecked_into::<web_sys::Element>)
        .find(|b| {
            b.get_attribute("aria-label").as_deref() == Some(label)
                || b.text_content().unwrap_or_default().trim() == label
        })
        .unwrap_or_else(|| panic!("no button {label}"))
}

#[wasm_bindgen_test]
async fn the_builder_makes_a_link_that_saves_and_shows_on_my_program() {
    storage().remove_item("atlas.program").unwrap();
    let root = mount_at("/program/new").await;
    click(&button(&root, "Add Figure-4 stretch")).await;
    click(&button(&root, "Add Cat-cow")).await;
    let link = wasm_bindgen::JsCast::unchecked_into::<web_sys::HtmlInputElement>(
        root.query_selector("#hand-off-link").unwrap().unwrap(),
    )
    .value();
    let code = link
        .split("#/p/")
        .nth(1)
        .expect("a program link")
        .to_string();
    root.remove();

    let root = mount_at(&format!("/p/{code}")).await;
    assert_eq!(text_of(&root, "main h1"), "Your home program");
    click(&button(&root, "Save on this phone")).await;
    assert!(text_of(&root, ".program-save").starts_with("Saved on this phone."));
    let saved = storage().get_item("atlas.program").unwrap().expect("saved");
    assert!(saved.contains("\"schema\":1"), "{saved}");
    root.remove();

    // A log entry from an earlier day shows in the visit summary.
    let with_log = saved.replace(
        "\"log\":[]",
        "\"log\":[{\"day\":\"2026-11-02\",\"ease_before\":3,\"ease_after\":6}]",
    );
    storage().set_item("atlas.program", &with_log).unwrap();
    let root = mount_at("/program").await;
    assert_eq!(
        root.query_selector_all(".program-item").unwrap().length(),
        2
    );
    assert_eq!(
        text_of(&root, ".visit-summary__count"),
        "Sessions logged: 1"
    );
    root.remove();
    storage().remove_item("atlas.program").unwrap();
}
