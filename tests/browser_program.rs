//! The home program in the browser: the builder makes a link, the link page saves it in the
//! device's storage, and "My program" reads it back with its log.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

mod browser_support;
use browser_support::{advance, click, mount_at, mount_with_clock, text_of};

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
    // The builder keeps its work for the tab: start this one empty.
    let tab = web_sys::window()
        .unwrap()
        .session_storage()
        .unwrap()
        .unwrap();
    tab.remove_item("atlas.builder").unwrap();
    let root = mount_at("/program/new").await;
    click(&button(&root, "Add Figure-4 stretch")).await;
    click(&button(&root, "Add Cat-cow")).await;
    let link = text_of(&root, "#hand-off-link");
    let code = link
        .split("p/#")
        .nth(1)
        .expect("a program link")
        .to_string();
    root.remove();

    let root = mount_at(&format!("/p/{code}")).await;
    assert_eq!(text_of(&root, "main h1"), "Your home program");
    click(&button(&root, "Save on this phone")).await;
    assert!(text_of(&root, ".program-save").starts_with("Saved on this phone."));
    let saved = storage().get_item("atlas.program").unwrap().expect("saved");
    assert!(saved.contains("\"schema\":2"), "{saved}");
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

#[wasm_bindgen_test]
async fn a_played_session_is_logged_with_its_ease() {
    let saved = r#"{"schema":1,"program":{"items":[{"stretch":"cat-cow","dose":{"hold_seconds":0,"repetitions":2,"each_side":false,"breath_seconds":6,"times_a_day":1,"days_a_week":7}}],"treatment":null},"log":[]}"#;
    storage().set_item("atlas.program", saved).unwrap();
    // The session's guides run on a test clock: the whole session in a few advances.
    let (root, clock) = mount_with_clock("/program").await;
    // How moving feels is asked at the start, as a row of 0–10 buttons; Play then starts the
    // session at once (no second Start).
    let pick = |root: &web_sys::Element, id: &str| {
        let input: web_sys::HtmlElement = wasm_bindgen::JsCast::unchecked_into(
            root.query_selector(&format!("#{id}")).unwrap().expect(id),
        );
        input.click();
    };
    pick(&root, "ease-before-4");
    yew::scheduler::flush().await;
    click(&button(&root, "Play my program")).await;
    for _ in 0..200 {
        if root.query_selector(".log-form").unwrap().is_some() {
            break;
        }
        advance(&clock, 1.0).await;
    }
    let form = root
        .query_selector(".log-form")
        .unwrap()
        .expect("the log form after the session");
    pick(&form, "ease-after-7");
    yew::scheduler::flush().await;
    click(&button(&root, "Done: log today")).await;
    assert_eq!(
        text_of(&root, ".program-page__logged"),
        "Logged for today. Thank you."
    );
    let stored = storage().get_item("atlas.program").unwrap().unwrap();
    assert!(stored.contains("\"ease_before\":4"), "{stored}");
    assert!(stored.contains("\"ease_after\":7"), "{stored}");
    assert_eq!(
        root.query_selector_all(".calendar .is-done")
            .unwrap()
            .length(),
        1
    );
    assert_eq!(
        text_of(&root, ".calendar thead"),
        "MonTueWedThuFriSatSun",
        "the calendar's columns, Monday first"
    );
    root.remove();
    storage().remove_item("atlas.program").unwrap();
}
