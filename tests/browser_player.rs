//! Browser tests of the stretch player on a manual clock: the stretch page is mounted in
//! headless Chromium with a test clock in context, and time only moves when a test says so.
#![cfg(target_arch = "wasm32")]

use hip_back_atlas::platform::clock::Clock;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

mod browser_support;
use browser_support::{advance, click, key_down, mount_with_clock, text_of};

/// Mounts a stretch page on a fresh manual clock.
async fn mount_stretch(id: &str) -> (web_sys::Element, Clock) {
    mount_with_clock(&format!("/stretch/{id}")).await
}

fn phase(root: &web_sys::Element) -> String {
    root.query_selector(".player")
        .unwrap()
        .expect("a player")
        .get_attribute("data-phase")
        .unwrap_or_default()
}

fn seconds(root: &web_sys::Element) -> String {
    text_of(root, ".player__seconds")
}

fn element(root: &web_sys::Element, selector: &str) -> web_sys::Element {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
}

#[wasm_bindgen_test]
async fn the_guide_counts_down_holds_switches_sides_and_finishes_on_the_test_clock() {
    // Hamstring stretch: 5 s get ready, ease in 7 s, hold 60 s, ease out 6 s, switch 6 s,
    // the same on the right, done at 157 s.
    let (root, clock) = mount_stretch("hamstring-stretch").await;
    assert_eq!(phase(&root), "idle");
    assert_eq!(text_of(&root, ".player__headline"), "Ready when you are");
    assert!(text_of(&root, ".player__safety").contains("tingling or numbness"));
    let book_in_player = ".player .book";
    assert!(root.query_selector(book_in_player).unwrap().is_none());

    click(&element(&root, ".player__play")).await;
    assert_eq!(phase(&root), "get-ready");
    assert_eq!(seconds(&root), "5");
    advance(&clock, 1.5).await;
    assert_eq!(seconds(&root), "4", "the get-ready countdown moves");
    assert_eq!(text_of(&root, ".player__side"), "Left side");

    advance(&clock, 12.0).await; // t = 13.5: 1.5 s into the hold
    assert_eq!(phase(&root), "hold");
    assert_eq!(seconds(&root), "59", "a full minute, from the data");
    assert!(text_of(&root, ".player__rep").contains("1 of 1"));
    advance(&clock, 10.0).await;
    assert_eq!(seconds(&root), "49");

    advance(&clock, 57.0).await; // t = 80.5: changing sides
    assert_eq!(phase(&root), "switch-sides");
    assert_eq!(text_of(&root, ".player__headline"), "Switch sides");
    assert!(text_of(&root, ".player__switch").contains("Right side"));

    advance(&clock, 12.0).await; // t = 92.5: right side easing in
    assert_eq!(text_of(&root, ".player__side"), "Right side");
    advance(&clock, 70.0).await;
    assert_eq!(phase(&root), "done");
    assert_eq!(text_of(&root, ".player__headline"), "Done");
    assert_eq!(text_of(&root, ".player__play"), "Start again");
    // Issue 23: when the guide ends, the clinic's "Book a visit" is right there.
    let book = text_of(&root, book_in_player);
    assert!(book.contains("Book a visit"), "{book}");
    assert!(root
        .query_selector(".player .book__action")
        .unwrap()
        .is_some());
}

#[wasm_bindgen_test]
async fn pause_stops_time_and_resume_continues() {
    let (root, clock) = mount_stretch("hamstring-stretch").await;
    click(&element(&root, ".player__play")).await;
    advance(&clock, 14.0).await; // 2 s into the hold
    assert_eq!(seconds(&root), "58");
    let figure = element(&root, "svg.figure").inner_html();

    click(&element(&root, ".player__play")).await;
    assert_eq!(text_of(&root, ".player__play"), "Resume");
    advance(&clock, 20.0).await;
    assert_eq!(seconds(&root), "58", "time stands still while paused");
    assert_eq!(element(&root, "svg.figure").inner_html(), figure);

    click(&element(&root, ".player__play")).await;
    advance(&clock, 3.0).await;
    assert_eq!(seconds(&root), "55");
}

#[wasm_bindgen_test]
async fn the_figure_moves_with_time_in_a_moving_stretch() {
    let (root, clock) = mount_stretch("cat-cow").await;
    click(&element(&root, ".player__play")).await;
    advance(&clock, 6.0).await;
    assert_eq!(phase(&root), "move");
    let before = element(&root, "svg.figure").inner_html();
    advance(&clock, 1.0).await;
    assert_ne!(element(&root, "svg.figure").inner_html(), before);
    let label = element(&root, "svg.figure")
        .get_attribute("aria-label")
        .unwrap();
    assert!(label.starts_with("Cat-cow: "), "{label}");
    let erector = hip_back_atlas::data::kb()
        .muscle("erector-spinae")
        .expect("erector spinae is in the content")
        .name
        .to_lowercase();
    assert!(label.contains(&erector), "{label}");
}

#[wasm_bindgen_test]
async fn space_toggles_r_restarts_and_space_on_a_button_is_left_to_the_button() {
    let (root, clock) = mount_stretch("childs-pose").await;
    let body = gloo::utils::body();
    key_down(&body, " ").await;
    assert_eq!(phase(&root), "get-ready", "Space starts");
    advance(&clock, 2.0).await;
    key_down(&body, " ").await;
    assert_eq!(text_of(&root, ".player__play"), "Resume", "Space pauses");

    // On a focused button, Space is the button's own click: the shortcut must not also fire.
    key_down(&element(&root, ".player__restart"), " ").await;
    assert_eq!(text_of(&root, ".player__play"), "Resume");

    key_down(&body, " ").await;
    advance(&clock, 1.0).await;
    assert_eq!(seconds(&root), "2");
    key_down(&body, "r").await;
    assert_eq!(phase(&root), "get-ready");
    assert_eq!(seconds(&root), "5", "R restarts from the beginning");
}
