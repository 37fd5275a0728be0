//! Keeps the screen awake while a guide plays or the therapist presents (Screen Wake Lock
//! API, where available). Each [`Holder`] asks and lets go on its own; the lock is held while
//! any of them wants it, so a guide ending mid-presentation does not let the screen dim.
//! web-sys marks the API unstable, so it is called through `js_sys::Reflect`; a refused or
//! missing lock is silently ignored (the guide still works, the screen may just dim).
//! The browser drops the lock whenever the tab is hidden; coming back to a guide that is still
//! playing asks for it again.

use std::cell::{Cell, RefCell};

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

thread_local! {
    /// The held sentinel, if any.
    static SENTINEL: RefCell<Option<JsValue>> = const { RefCell::new(None) };
    /// Which holders currently want the lock, as [`Holder`] bits (a request may resolve after
    /// a release).
    static WANTED: Cell<u8> = const { Cell::new(0) };
    /// Whether a request is on its way (so a second one is not sent meanwhile).
    static PENDING: Cell<bool> = const { Cell::new(false) };
    /// Re-acquires the lock when the page becomes visible again (installed on first use).
    static ON_VISIBLE: RefCell<Option<gloo::events::EventListener>> = const { RefCell::new(None) };
}

/// Who wants the screen kept awake.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Holder {
    /// A playing guide.
    Guide = 1,
    /// Explain mode's present mode.
    Presenting = 2,
}

/// Whether any holder wants the lock.
fn wanted() -> bool {
    WANTED.with(Cell::get) != 0
}

/// Asks for a screen wake lock on behalf of `holder`. Safe to call repeatedly.
pub fn acquire(holder: Holder) {
    WANTED.with(|w| w.set(w.get() | holder as u8));
    request_lock();
}

/// Asks the browser for the lock unless it is held or on its way.
fn request_lock() {
    watch_visibility();
    // A sentinel the browser has released (the tab was hidden) is no lock at all.
    let held = SENTINEL.with(|s| s.borrow().as_ref().is_some_and(|s| !is_released(s)));
    if held || PENDING.with(Cell::get) {
        return;
    }
    SENTINEL.with(|s| s.borrow_mut().take());
    let Some(promise) = request() else {
        return;
    };
    PENDING.with(|p| p.set(true));
    let on_ok: JsValue = Closure::once_into_js(|sentinel: JsValue| {
        PENDING.with(|p| p.set(false));
        if wanted() {
            SENTINEL.with(|s| *s.borrow_mut() = Some(sentinel));
        } else {
            release_sentinel(&sentinel);
        }
    });
    // A refusal (page hidden, permissions policy, headless browser) is not an error for the
    // reader; catching it keeps it out of the console.
    let on_err: JsValue = Closure::once_into_js(|_: JsValue| PENDING.with(|p| p.set(false)));
    // `once_into_js` closures free themselves when called; the one that never runs (success
    // or failure) stays as a few bytes per Play press.
    then(&promise, &on_ok, &on_err);
}

/// Whether the browser has already released `sentinel`.
fn is_released(sentinel: &JsValue) -> bool {
    js_sys::Reflect::get(sentinel, &JsValue::from_str("released"))
        .ok()
        .and_then(|v| v.as_bool())
        .unwrap_or(false)
}

/// Listens, once per page, for the tab becoming visible, and asks for the lock again then if
/// a guide still wants it.
fn watch_visibility() {
    ON_VISIBLE.with(|listener| {
        if listener.borrow().is_some() {
            return;
        }
        let document = gloo::utils::document();
        let on_change = {
            let document = document.clone();
            move |_: &web_sys::Event| {
                if !document.hidden() && wanted() {
                    request_lock();
                }
            }
        };
        *listener.borrow_mut() = Some(gloo::events::EventListener::new(
            &document,
            "visibilitychange",
            on_change,
        ));
    });
}

/// `holder` no longer needs the screen awake; it may sleep once no holder does.
pub fn release(holder: Holder) {
    WANTED.with(|w| w.set(w.get() & !(holder as u8)));
    if wanted() {
        return;
    }
    if let Some(sentinel) = SENTINEL.with(|s| s.borrow_mut().take()) {
        release_sentinel(&sentinel);
    }
}

/// `promise.then(on_ok, on_err)` with plain function values (the typed js-sys signatures want
/// owned closures; these free themselves when called).
fn then(promise: &JsValue, on_ok: &JsValue, on_err: &JsValue) {
    let then = js_sys::Reflect::get(promise, &JsValue::from_str("then"))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    if let Some(then) = then {
        let _ = then.call2(promise, on_ok, on_err);
    }
}

/// `navigator.wakeLock.request("screen")`, if the API exists.
fn request() -> Option<JsValue> {
    let navigator = web_sys::window()?.navigator();
    let wake_lock = js_sys::Reflect::get(&navigator, &JsValue::from_str("wakeLock")).ok()?;
    if wake_lock.is_undefined() || wake_lock.is_null() {
        return None;
    }
    let request: js_sys::Function = js_sys::Reflect::get(&wake_lock, &JsValue::from_str("request"))
        .ok()?
        .dyn_into()
        .ok()?;
    request.call1(&wake_lock, &JsValue::from_str("screen")).ok()
}

/// Calls `sentinel.release()`, swallowing its promise's outcome.
fn release_sentinel(sentinel: &JsValue) {
    let release = js_sys::Reflect::get(sentinel, &JsValue::from_str("release"))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    if let Some(release) = release {
        if let Ok(promise) = release.call0(sentinel) {
            let ignore: JsValue = Closure::once_into_js(|_: JsValue| {});
            then(&promise, &JsValue::UNDEFINED, &ignore);
        }
    }
}
