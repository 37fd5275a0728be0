//! Browser tests of the body map: the app mounted in headless Chromium and driven from the
//! keyboard, as a user without a mouse would.
#![cfg(target_arch = "wasm32")]

use js_sys::{Function, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

mod browser_support;
use browser_support::{click, install_content, mount_at, text_of};

/// A muscle's name as the content the app was built with calls it (the map's ids are code, the
/// names are the clinic's), so these tests hold for any content set.
fn name_of(muscle: &str) -> String {
    install_content();
    hip_back_atlas::data::kb()
        .muscle(muscle)
        .unwrap_or_else(|| panic!("{muscle} is in the content"))
        .name
        .clone()
}

/// The body map page's heading, from the content.
fn atlas_title() -> &'static str {
    install_content();
    &hip_back_atlas::data::page(atlas_core::content::AppSection::Atlas).title
}

/// The map region (a `role="button"`) of one muscle, if it is focusable right now.
fn region(root: &web_sys::Element, muscle: &str) -> Option<web_sys::Element> {
    root.query_selector(&format!(r#"[role="button"][data-muscle="{muscle}"]"#))
        .unwrap()
}

/// Focuses any element, SVG ones included (web-sys only exposes `focus` on HTML elements).
fn focus(element: &web_sys::Element) {
    let focus: Function = Reflect::get(element, &"focus".into())
        .unwrap()
        .unchecked_into();
    focus.call0(element).unwrap();
}

/// Dispatches a bubbling, cancelable `keydown` for `key`; returns whether it was prevented.
fn press(element: &web_sys::Element, key: &str) -> bool {
    let init = Object::new();
    Reflect::set(&init, &"key".into(), &key.into()).unwrap();
    Reflect::set(&init, &"bubbles".into(), &true.into()).unwrap();
    Reflect::set(&init, &"cancelable".into(), &true.into()).unwrap();
    let class: Function = Reflect::get(&gloo::utils::window(), &"KeyboardEvent".into())
        .unwrap()
        .unchecked_into();
    let args = js_sys::Array::of2(&JsValue::from_str("keydown"), &init);
    let event: web_sys::Event = Reflect::construct(&class, &args).unwrap().unchecked_into();
    !element.dispatch_event(&event).unwrap()
}

/// The element that has keyboard focus.
fn focused() -> Option<web_sys::Element> {
    gloo::utils::document().active_element()
}

/// The button with exactly this text.
fn button(root: &web_sys::Element, text: &str) -> web_sys::Element {
    let buttons = root.query_selector_all("button").unwrap();
    (0..buttons.length())
        .filter_map(|i| buttons.item(i))
        .filter_map(|n| n.dyn_into::<web_sys::Element>().ok())
        .find(|b| b.text_content().unwrap_or_default().trim() == text)
        .unwrap_or_else(|| panic!("no button {text}"))
}

#[wasm_bindgen_test]
async fn enter_on_a_focused_region_lights_it_and_names_it_on_a_card() {
    let root = mount_at("/atlas").await;
    let glute = region(&root, "gluteus-maximus").expect("gluteus maximus on the map");
    let name = name_of("gluteus-maximus");
    assert_eq!(glute.get_attribute("aria-label"), Some(name.clone()));
    focus(&glute);
    assert!(press(&glute, "Enter"), "Enter is handled");
    yew::scheduler::flush().await;
    // The reader stays on the map: the muscle is lit and named, with a way to its page.
    assert_eq!(text_of(&root, "main h1"), atlas_title());
    assert_eq!(text_of(&root, ".map-card h2"), name);
    let glute = region(&root, "gluteus-maximus").unwrap();
    assert_eq!(glute.get_attribute("aria-current").as_deref(), Some("true"));
    // Focus stays on the region, so the next muscle is one Tab away.
    assert_eq!(
        focused().and_then(|e| e.get_attribute("aria-label")),
        Some(name.clone())
    );
    // "Open" goes to the muscle's page.
    let open = root
        .query_selector(".map-card a.button--primary")
        .unwrap()
        .expect("an Open link on the card");
    click(&open).await;
    assert_eq!(text_of(&root, "main h1"), name);
    root.remove();
}

#[wasm_bindgen_test]
async fn space_lights_too_and_does_not_scroll() {
    let root = mount_at("/atlas").await;
    let hamstrings = region(&root, "hamstrings").expect("hamstrings on the map");
    focus(&hamstrings);
    assert!(
        press(&hamstrings, " "),
        "Space's default (scrolling) is prevented"
    );
    yew::scheduler::flush().await;
    assert_eq!(text_of(&root, ".map-card h2"), name_of("hamstrings"));
    root.remove();
}

#[wasm_bindgen_test]
async fn show_together_lights_several_muscles() {
    let root = mount_at("/atlas").await;
    click(&button(&root, "Show together")).await;
    for id in ["hamstrings", "gluteus-maximus"] {
        let r = region(&root, id).unwrap();
        focus(&r);
        press(&r, "Enter");
        yew::scheduler::flush().await;
    }
    assert_eq!(text_of(&root, ".map-card h2"), name_of("gluteus-maximus"));
    assert!(text_of(&root, ".map-card__lit").contains(&name_of("hamstrings")));
    // Both are marked on the map: the card's muscle as current, the other as also lit.
    let hamstrings = region(&root, "hamstrings").unwrap();
    assert!(hamstrings
        .get_attribute("class")
        .unwrap_or_default()
        .contains("related"));
    click(&button(&root, "Clear")).await;
    assert!(root.query_selector(".map-card").unwrap().is_none());
    root.remove();
}

#[wasm_bindgen_test]
async fn other_keys_do_nothing() {
    let root = mount_at("/atlas").await;
    let glute = region(&root, "gluteus-medius").unwrap();
    assert!(!press(&glute, "a"));
    yew::scheduler::flush().await;
    assert_eq!(text_of(&root, "main h1"), atlas_title());
    root.remove();
}

#[wasm_bindgen_test]
async fn the_deep_toggle_exposes_the_deep_regions() {
    let root = mount_at("/atlas").await;
    assert!(
        region(&root, "piriformis").is_none(),
        "deep muscles start hidden"
    );
    let deep = button(&root, "Deep muscles");
    assert_eq!(deep.get_attribute("aria-pressed").as_deref(), Some("false"));
    click(&deep).await;
    assert_eq!(deep.get_attribute("aria-pressed").as_deref(), Some("true"));
    for muscle in [
        "piriformis",
        "iliopsoas",
        "quadratus-lumborum",
        "multifidus",
        "gluteus-minimus",
    ] {
        let found = region(&root, muscle).unwrap_or_else(|| panic!("{muscle} is a button"));
        assert_eq!(found.get_attribute("tabindex").as_deref(), Some("0"));
    }
    // The surface muscles stay as faint, unfocusable drawings.
    assert!(region(&root, "gluteus-maximus").is_none());
    let faint = root
        .query_selector(r#"[data-muscle="gluteus-maximus"]"#)
        .unwrap()
        .expect("drawn faintly");
    assert!(faint.get_attribute("tabindex").is_none());
    assert_eq!(faint.get_attribute("aria-hidden").as_deref(), Some("true"));

    let piriformis = region(&root, "piriformis").unwrap();
    focus(&piriformis);
    press(&piriformis, "Enter");
    yew::scheduler::flush().await;
    // A deep muscle is lit and named like any other, and the deep layer stays open.
    assert_eq!(text_of(&root, ".map-card h2"), name_of("piriformis"));
    assert!(region(&root, "piriformis").is_some());
    root.remove();
}

#[wasm_bindgen_test]
async fn choosing_on_a_muscle_pages_map_keeps_focus_on_the_map() {
    let root = mount_at("/muscle/quadratus-lumborum").await;
    let multifidus = region(&root, "multifidus").expect("deep layer is open");
    focus(&multifidus);
    press(&multifidus, "Enter");
    yew::scheduler::flush().await;
    assert_eq!(text_of(&root, "main h1"), name_of("multifidus"));
    let now = region(&root, "multifidus").unwrap();
    assert_eq!(now.get_attribute("aria-current").as_deref(), Some("true"));
    assert_eq!(focused(), Some(now), "focus stays on the chosen region");
    root.remove();
}

#[wasm_bindgen_test]
async fn hovering_or_focusing_a_region_shows_its_name() {
    let root = mount_at("/atlas").await;
    assert!(root.query_selector(".map-label").unwrap().is_none());
    let tfl = region(&root, "tensor-fasciae-latae").unwrap();
    focus(&tfl);
    yew::scheduler::flush().await;
    let label = text_of(&root, ".map-label");
    // The label may wrap over two lines (tspans), so compare without spaces.
    assert_eq!(
        label.replace(' ', ""),
        name_of("tensor-fasciae-latae").replace(' ', "")
    );
    root.remove();
}
