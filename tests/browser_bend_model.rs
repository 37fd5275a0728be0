//! Browser tests of the live hip–lumbar model: mounted on its own in headless Chromium, driven
//! through its real sliders (a value and an `input` event, as a drag or an arrow key makes) and
//! its buttons; the readout's low-back share rises as the hips tighten.
#![cfg(target_arch = "wasm32")]

use hip_back_atlas::components::bend_model::BendModel;
use hip_back_atlas::router::{Mode, Router};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Event, HtmlInputElement};
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

mod browser_support;
use browser_support::{click, install_content};

/// The model alone, inside an in-memory router (its sources link to their pages).
#[component]
fn Alone() -> Html {
    html! {
        <Router mode={Mode::Memory} at="/explain">
            <BendModel />
        </Router>
    }
}

/// Mounts the model alone in a fresh element.
async fn mount() -> web_sys::Element {
    install_content();
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<Alone>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    root
}

fn find(root: &web_sys::Element, selector: &str) -> web_sys::Element {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
}

fn slider(root: &web_sys::Element, selector: &str) -> HtmlInputElement {
    find(root, selector).dyn_into().unwrap()
}

/// Moves a slider to `value` as the browser does on a drag or a key: value, then `input`.
async fn slide(input: &HtmlInputElement, value: i32) {
    input.set_value(&value.to_string());
    let event = Event::new("input").unwrap();
    input.dispatch_event(&event).unwrap();
    yew::scheduler::flush().await;
}

/// The degrees a share shows in the (last) panel's readout, e.g. `lumbar`.
fn degrees(root: &web_sys::Element, share: &str) -> i32 {
    let panels = root.query_selector_all(".bend-model__panel").unwrap();
    let panel: web_sys::Element = panels
        .item(panels.length() - 1)
        .unwrap()
        .dyn_into()
        .unwrap();
    find(&panel, &format!("[data-share=\"{share}\"]"))
        .get_attribute("data-degrees")
        .unwrap()
        .parse()
        .unwrap()
}

fn button(root: &web_sys::Element, name: &str) -> web_sys::Element {
    let buttons = root.query_selector_all("button").unwrap();
    (0..buttons.length())
        .filter_map(|i| buttons.item(i))
        .filter_map(|n| n.dyn_into::<web_sys::Element>().ok())
        .find(|b| b.text_content().unwrap_or_default().trim() == name)
        .unwrap_or_else(|| panic!("no button {name}"))
}

#[wasm_bindgen_test]
async fn tighter_hips_raise_the_low_backs_share() {
    let root = mount().await;
    let bend = slider(&root, "[data-bend-slider]");
    let hips = slider(&root, "[data-hip-slider]");
    slide(&bend, 100).await;
    let free = degrees(&root, "lumbar");
    assert_eq!(free, 42, "free hips: the usual 42 degrees");
    assert_eq!(degrees(&root, "hip"), 58);
    let mut previous = free;
    for capacity in [60, 50, 40, 30, 20] {
        slide(&hips, capacity).await;
        let lumbar = degrees(&root, "lumbar");
        assert!(lumbar >= previous, "{capacity}: {lumbar} < {previous}");
        previous = lumbar;
    }
    assert!(previous > free, "tight hips load the low back");
    // The spoken value says the shares and the strain.
    let spoken = bend.get_attribute("aria-valuetext").unwrap();
    assert!(
        spoken.starts_with("100 degrees: hips 20, low back 60, strained"),
        "{spoken}"
    );
    assert!(spoken.contains("out of reach"), "{spoken}");
    assert_eq!(
        find(&root, "[data-share=\"lumbar\"]")
            .get_attribute("data-load")
            .as_deref(),
        Some("strained")
    );
    // The low back's strain shows as stripes, not colour alone, and in words.
    assert!(root.query_selector(".fig-stripes").unwrap().is_some());
    assert!(root.text_content().unwrap().contains("strained"));
}

#[wasm_bindgen_test]
async fn the_toggles_compare_free_and_tight_hips_in_both_movements() {
    let root = mount().await;
    let bend = slider(&root, "[data-bend-slider]");
    slide(&bend, 90).await;
    click(&button(&root, "Tight hips")).await;
    let tight = degrees(&root, "lumbar");
    click(&button(&root, "Free hips")).await;
    assert!(degrees(&root, "lumbar") < tight);
    // Side by side: free hips and tight hips bend together.
    click(&button(&root, "Side by side")).await;
    let panels = root.query_selector_all(".bend-model__panel").unwrap();
    assert_eq!(panels.length(), 2);
    let capacity = |i: u32| {
        panels
            .item(i)
            .unwrap()
            .dyn_into::<web_sys::Element>()
            .unwrap()
            .get_attribute("data-capacity")
            .unwrap()
    };
    assert_eq!((capacity(0).as_str(), capacity(1).as_str()), ("69", "40"));
    // The walking stride: tight hip flexors met by the pelvis and the low back.
    click(&button(&root, "Walking stride")).await;
    assert_eq!(
        find(&root, "[data-bend-model]")
            .get_attribute("data-movement")
            .as_deref(),
        Some("stride")
    );
    let stride = slider(&root, "[data-bend-slider]");
    assert_eq!(stride.max(), "20");
    slide(&stride, 15).await;
    assert_eq!(degrees(&root, "hip"), 5);
    assert_eq!(degrees(&root, "lumbar"), 10);
    // The plain line under the model is the content's, with its sources.
    let note = find(&root, ".bend-model__note").text_content().unwrap();
    assert!(
        note.contains("simplified model") && note.contains("Sources"),
        "{note}"
    );
}
