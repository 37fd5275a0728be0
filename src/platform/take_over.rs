//! Taking over a pre-rendered page. Every page arrives as HTML rendered at build time by the
//! same components (`src/bin/prerender`), readable before the wasm arrives. The app renders the
//! same page into an unseen element placed before the pre-rendered copy (laid out and
//! focusable, so a page may focus or measure itself as it opens: `[data-taking-over]` in
//! style.css), and once the first render is in the DOM with its listeners attached (the app's
//! first effect), removes the copy and shows its own, in one task, so the browser never paints
//! a gap or both.
//!
//! Why not Yew's hydration: it fails hard when the markup differs at all, and a page's first
//! render in the browser may rightly differ (a search's query, a map view, a saved program);
//! rendering afresh needs nothing from Yew but its public renderer, and a test compares every
//! page's pre-rendered and taken-over markup so the two do not drift.
//!
//! The render unfolds over several tasks: rendered in one, a whole entry page kept the browser
//! from answering a tap for a quarter of a second on a throttled phone. Parts of a page that
//! are costly to build (the body map, the stretches' stills, whole sections) are wrapped in
//! `components::later::Later`, which renders nothing during the take-over's first render and
//! waits here for a task of its own; the copy stays on screen, untouched, until the app's render
//! is complete, and only then is swapped in. A reader sees the same page throughout.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// The id of the element holding the pre-rendered page.
const PRERENDERED: &str = "prerendered";
/// The id of the element the app renders into.
const APP: &str = "app";
/// Marks the app's element while its render is unseen.
const TAKING_OVER: &str = "data-taking-over";

/// The element to render the app into: a new, unseen `<div id="app">` just before the
/// pre-rendered page (so lookups by id find the app's elements first), or at the end of the
/// body when the page came without one (the offline shell).
pub fn app_element() -> web_sys::Element {
    let document = gloo::utils::document();
    let body = gloo::utils::body();
    let root = document
        .create_element("div")
        .expect("a document can create a div");
    root.set_id(APP);
    UNFOLDING.with_borrow_mut(|unfolding| unfolding.active = true);
    match document.get_element_by_id(PRERENDERED) {
        Some(prerendered) => {
            let _ = root.set_attribute(TAKING_OVER, "");
            let _ = body.insert_before(&root, Some(&prerendered));
        }
        None => {
            let _ = body.append_child(&root);
        }
    }
    root
}

/// Runs `then` in a task of its own, after the browser has had a turn.
pub fn next_task(then: impl FnOnce() + 'static) {
    after_ms(0, then);
}

/// Runs `then` in a task of its own, `ms` milliseconds from now (also the router's
/// [`super::document::after_paint`]).
pub(crate) fn after_ms(ms: i32, then: impl FnOnce() + 'static) {
    let callback = Closure::once_into_js(then);
    let _ = gloo::utils::window()
        .set_timeout_with_callback_and_timeout_and_arguments_0(callback.unchecked_ref(), ms);
}

/// The longest the app waits for the pre-rendered page's paint to be recorded, in ms.
const PAINT_WAIT_MS: i32 = 300;

/// Takes over once the app's render has unfolded (every part that waited for a task of its
/// own shown, one per task) and the pre-rendered page's largest paint has been recorded (at once when
/// there is no pre-rendered copy or the browser does not report that paint), then calls
/// `then`. Why wait: a browser records a paint a frame or more after it happens, and when the
/// app (arriving fast, from the cache) swaps in its copy before that, the browser counts the
/// copy's paint instead, as if the page had only appeared with the app. The reader sees the
/// same page either way; the wait is a few frames, and never more than [`PAINT_WAIT_MS`].
pub fn finish_after_paint(then: impl FnOnce() + 'static) {
    let unfolded = move || unfold(Box::new(move || finish_after_unfolding(then)));
    // The first waiting part gets a task of its own too, not the end of the first render's.
    if UNFOLDING.with_borrow(|unfolding| unfolding.waiting.is_empty()) {
        unfolded();
    } else {
        next_task(unfolded);
    }
}

/// The take-over's render, while it unfolds: the parts still waiting for a task of their own.
#[derive(Default)]
struct Unfolding {
    /// Whether the take-over's render is unfolding: a part rendered now waits its turn.
    active: bool,
    /// The place the next waiting part takes.
    next: u32,
    /// What shows each waiting part, with its place (the order they were rendered in), in
    /// that order. (A `Vec` rather than a map: the wasm already holds its code.)
    waiting: Vec<(u32, Box<dyn FnOnce()>)>,
}

thread_local! {
    static UNFOLDING: RefCell<Unfolding> = RefCell::default();
}

/// A place in the queue of parts that wait for a task of their own, while the take-over's
/// render unfolds; `None` when it is not (a part then renders at once: later pages, the
/// build's render, tests).
pub fn later_place() -> Option<u32> {
    UNFOLDING.with_borrow_mut(|unfolding| {
        unfolding.active.then(|| {
            unfolding.next += 1;
            unfolding.next
        })
    })
}

/// Queues the part at `place` (from [`later_place`]): `show` renders it, in a task of its own.
pub fn wait_turn(place: u32, show: impl FnOnce() + 'static) {
    UNFOLDING.with_borrow_mut(|unfolding| {
        // Effects run children first, so parts arrive out of order.
        let at = unfolding
            .waiting
            .partition_point(|(other, _)| *other < place);
        unfolding.waiting.insert(at, (place, Box::new(show)));
    });
}

/// How long one task of the unfolding goes on showing parts, in ms: a part takes from a few
/// ms to a few tens on a throttled phone, so a task stays under the 50 ms a browser counts as
/// long, and a part per task would add a task's and a frame's overhead to each (about 130 ms
/// on the muscle page at 4x).
const SLICE_MS: f64 = 20.0;

/// Shows the waiting parts in order (the parts they render may queue more), in tasks of about
/// [`SLICE_MS`], and calls `then` once nothing waits.
fn unfold(then: Box<dyn FnOnce()>) {
    show_next(now(), then);
}

/// Shows the next waiting part, then, once Yew has rendered it, the next in the same task if
/// the task began less than [`SLICE_MS`] ago, or else in a task of its own.
fn show_next(started: f64, then: Box<dyn FnOnce()>) {
    let next = UNFOLDING.with_borrow_mut(|unfolding| {
        let next = (!unfolding.waiting.is_empty()).then(|| unfolding.waiting.remove(0));
        if next.is_none() {
            unfolding.active = false;
        }
        next
    });
    let Some((_, show)) = next else {
        then();
        return;
    };
    show();
    // Yew renders the part in a future it queued when the part was shown; this one is queued
    // after it, so it runs once the part is in the DOM, still in this task.
    wasm_bindgen_futures::spawn_local(async move {
        if now() - started < SLICE_MS {
            show_next(started, then);
        } else {
            next_task(move || unfold(then));
        }
    });
}

/// The page's clock, in ms.
fn now() -> f64 {
    gloo::utils::window()
        .performance()
        .map_or(0.0, |performance| performance.now())
}

/// The take-over once the app's render is complete: see [`finish_after_paint`].
fn finish_after_unfolding(then: impl FnOnce() + 'static) {
    let document = gloo::utils::document();
    if document.get_element_by_id(PRERENDERED).is_none() {
        finish();
        then();
        return;
    }
    let pending: Pending = Rc::new(Cell::new(Some(Box::new(move || {
        finish();
        then();
    }))));
    // Whatever happens, the app takes over within PAINT_WAIT_MS (a tab opened in the
    // background records no paint at all).
    {
        let pending = pending.clone();
        after_ms(PAINT_WAIT_MS, move || run(&pending));
    }
    watch_largest_paint(move || run(&pending));
}

/// The take-over, until the first of its two triggers runs it.
type Pending = Rc<Cell<Option<Box<dyn FnOnce()>>>>;

/// Runs the pending take-over, if it has not run yet.
fn run(pending: &Pending) {
    if let Some(take_over) = pending.take() {
        take_over();
    }
}

/// Calls `recorded` once the browser has recorded the page's largest contentful paint, if it
/// reports such paints (through `PerformanceObserver`, reached by name: a few bindings, not a
/// web-sys feature each).
fn watch_largest_paint(recorded: impl Fn() + 'static) {
    use crate::platform::document::call_method;
    use js_sys::{Array, Object, Reflect};
    let window = gloo::utils::window();
    let Ok(observer_class) = Reflect::get(&window, &"PerformanceObserver".into()) else {
        return;
    };
    let supported = Reflect::get(&observer_class, &"supportedEntryTypes".into())
        .ok()
        .and_then(|types| types.dyn_into::<Array>().ok())
        .is_some_and(|types| types.includes(&"largest-contentful-paint".into(), 0));
    if !supported {
        return;
    }
    let callback = Closure::<dyn Fn(JsValue, JsValue)>::new(move |_entries, observer: JsValue| {
        call_method(&observer, "disconnect", &Array::new());
        recorded();
    });
    let Some(class) = observer_class.dyn_ref::<js_sys::Function>() else {
        return;
    };
    let Ok(observer) = Reflect::construct(class, &Array::of1(callback.as_ref())) else {
        return;
    };
    // The observer holds the callback for the page's life; it runs once and disconnects.
    callback.forget();
    let options = Object::new();
    let _ = Reflect::set(&options, &"type".into(), &"largest-contentful-paint".into());
    let _ = Reflect::set(&options, &"buffered".into(), &true.into());
    call_method(&observer, "observe", &Array::of1(&options));
}

/// Removes the pre-rendered page and the loading notice, and shows the app's own render.
fn finish() {
    let document = gloo::utils::document();
    let prerendered = document.get_element_by_id(PRERENDERED);
    // A reader who tabbed into the page before the app arrived keeps their place in it: the
    // main region, so Tab continues from the page rather than from the top of the document.
    let had_focus = prerendered.as_ref().is_some_and(|copy| {
        document
            .active_element()
            .is_some_and(|active| copy.contains(Some(active.unchecked_ref())))
    });
    if let Some(copy) = prerendered {
        copy.remove();
    }
    if let Some(boot) = document.get_element_by_id("boot") {
        boot.remove();
    }
    if let Some(root) = document.get_element_by_id(APP) {
        let _ = root.remove_attribute(TAKING_OVER);
    }
    if had_focus {
        crate::platform::document::focus_main();
    }
}
