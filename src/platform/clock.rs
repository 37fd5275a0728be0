//! Time for the stretch player: `performance.now()` and a `requestAnimationFrame` loop in the
//! browser, or a manual clock that tests advance by hand. The pure core never reads a clock;
//! the player asks this module for `now` and hands it to `atlas_core::rig::Session`.

use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// The highest speed factor a page URL may ask for (`?speed=`, benchmark builds only); the
/// core's cap, so the clock and the player's `Session` cannot disagree.
#[cfg(feature = "bench")]
const MAX_URL_SPEED: f64 = atlas_core::rig::MAX_SPEED;

/// Where time comes from.
enum TimeSource {
    /// `performance.now()`.
    Real,
    /// Seconds set by a test; `advance` also runs the registered frame callback.
    Manual(Cell<f64>),
}

struct Inner {
    source: TimeSource,
    /// Guide seconds per clock second (for tests and previews; 1 in normal use).
    speed: f64,
    /// For the manual clock: the player's frame callback, run on every `advance`.
    ticker: RefCell<Option<Rc<dyn Fn()>>>,
}

/// A clock in seconds, shared by reference. Two handles are equal when they are the same clock.
#[derive(Clone)]
pub struct Clock {
    inner: Rc<Inner>,
}

impl PartialEq for Clock {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.inner, &other.inner)
    }
}

impl std::fmt::Debug for Clock {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Clock")
            .field("manual", &self.is_manual())
            .field("speed", &self.inner.speed)
            .finish()
    }
}

impl Clock {
    fn build(source: TimeSource, speed: f64) -> Clock {
        let speed = if speed.is_finite() && speed > 0.0 {
            speed
        } else {
            1.0
        };
        Clock {
            inner: Rc::new(Inner {
                source,
                speed,
                ticker: RefCell::new(None),
            }),
        }
    }

    /// The browser's monotonic clock at normal speed.
    pub fn real() -> Clock {
        Clock::build(TimeSource::Real, 1.0)
    }

    /// The browser's clock; in a benchmark build (feature `bench`), with the speed factor
    /// from the page URL's `?speed=N` (1 to 100), so the benchmark runs a minute-long hold in
    /// seconds. The release build runs at normal speed whatever the address says (tests drive
    /// time with a manual clock or the browser test runner's clock).
    pub fn from_page() -> Clock {
        Clock::build(TimeSource::Real, page_speed())
    }

    /// A clock that stands still until [`Clock::advance`] is called (for tests).
    pub fn manual(speed: f64) -> Clock {
        Clock::build(TimeSource::Manual(Cell::new(0.0)), speed)
    }

    /// Whether this is a manual (test) clock.
    pub fn is_manual(&self) -> bool {
        matches!(self.inner.source, TimeSource::Manual(_))
    }

    /// The speed factor the player should run at.
    pub fn speed(&self) -> f64 {
        self.inner.speed
    }

    /// Seconds since an arbitrary origin.
    pub fn now(&self) -> f64 {
        match &self.inner.source {
            TimeSource::Real => performance_now() / 1000.0,
            TimeSource::Manual(t) => t.get(),
        }
    }

    /// Moves a manual clock forward by `seconds` and runs the frame callback once, like one
    /// animation frame. Does nothing to a real clock.
    pub fn advance(&self, seconds: f64) {
        if let TimeSource::Manual(t) = &self.inner.source {
            t.set(t.get() + seconds.max(0.0));
            // Clone the callback out first: it may register or clear the ticker itself.
            let ticker = self.inner.ticker.borrow().clone();
            if let Some(tick) = ticker {
                tick();
            }
        }
    }

    /// Runs `tick` on every frame until it returns `false` or the returned loop is dropped:
    /// `requestAnimationFrame` for the real clock, every [`Clock::advance`] for a manual one.
    pub fn frames(&self, tick: impl Fn() -> bool + 'static) -> FrameLoop {
        match self.inner.source {
            TimeSource::Real => FrameLoop::animation(tick),
            TimeSource::Manual(_) => {
                let weak = Rc::downgrade(&self.inner);
                let stopped = Rc::new(Cell::new(false));
                let flag = stopped.clone();
                let run: Rc<dyn Fn()> = Rc::new(move || {
                    if !flag.get() && !tick() {
                        flag.set(true);
                    }
                });
                *self.inner.ticker.borrow_mut() = Some(run.clone());
                FrameLoop {
                    kind: LoopKind::Manual {
                        clock: weak,
                        run,
                        stopped,
                    },
                }
            }
        }
    }
}

/// A running frame loop; dropping it stops the loop and frees its callback.
pub struct FrameLoop {
    kind: LoopKind,
}

enum LoopKind {
    Animation(Rc<AnimationState>),
    Manual {
        clock: Weak<Inner>,
        run: Rc<dyn Fn()>,
        stopped: Rc<Cell<bool>>,
    },
}

/// The browser-facing frame callback (it receives the frame's timestamp).
type FrameCallback = Closure<dyn FnMut(f64)>;

/// One `requestAnimationFrame` callback reused for every frame, so a long session allocates
/// no new closure per frame.
struct AnimationState {
    /// The pending frame request, if any.
    id: Cell<Option<i32>>,
    /// Advances the player; returns false when the loop should stop.
    tick: Box<dyn Fn() -> bool>,
    /// The callback, created once and kept until the loop is dropped.
    closure: RefCell<Option<FrameCallback>>,
}

impl FrameLoop {
    fn animation(tick: impl Fn() -> bool + 'static) -> FrameLoop {
        let state = Rc::new(AnimationState {
            id: Cell::new(None),
            tick: Box::new(tick),
            closure: RefCell::new(None),
        });
        // The closure holds a weak reference: the loop owns the state, not the browser.
        let weak = Rc::downgrade(&state);
        let closure = Closure::<dyn FnMut(f64)>::new(move |_ts: f64| {
            if let Some(state) = weak.upgrade() {
                state.id.set(None);
                if (state.tick)() {
                    state.request();
                }
            }
        });
        *state.closure.borrow_mut() = Some(closure);
        state.request();
        FrameLoop {
            kind: LoopKind::Animation(state),
        }
    }

    /// Whether the loop will run again.
    pub fn is_running(&self) -> bool {
        match &self.kind {
            LoopKind::Animation(state) => state.id.get().is_some(),
            LoopKind::Manual { stopped, .. } => !stopped.get(),
        }
    }
}

impl AnimationState {
    fn request(&self) {
        let Some(window) = web_sys::window() else {
            return;
        };
        let closure = self.closure.borrow();
        let Some(closure) = closure.as_ref() else {
            return;
        };
        if let Ok(id) = window.request_animation_frame(closure.as_ref().unchecked_ref()) {
            self.id.set(Some(id));
        }
    }
}

impl Drop for FrameLoop {
    fn drop(&mut self) {
        match &self.kind {
            LoopKind::Animation(state) => {
                if let (Some(id), Some(window)) = (state.id.take(), web_sys::window()) {
                    let _ = window.cancel_animation_frame(id);
                }
            }
            LoopKind::Manual { clock, run, .. } => {
                if let Some(inner) = clock.upgrade() {
                    let mut ticker = inner.ticker.borrow_mut();
                    // Only clear our own callback; a newer loop may have replaced it.
                    if ticker.as_ref().is_some_and(|t| Rc::ptr_eq(t, run)) {
                        *ticker = None;
                    }
                }
            }
        }
    }
}

/// Milliseconds from `performance.now()` (0 outside a browser, e.g. in server rendering).
pub fn performance_now() -> f64 {
    #[cfg(target_arch = "wasm32")]
    {
        web_sys::window()
            .and_then(|w| w.performance())
            .map(|p| p.now())
            .unwrap_or_else(js_sys::Date::now)
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        0.0
    }
}

/// The `?speed=N` a benchmark build was opened with, read once: moving between pages rewrites
/// the address without it, and the whole visit keeps the speed it started with. `start` reads
/// it before the first page is shown.
#[cfg(feature = "bench")]
pub fn page_speed() -> f64 {
    thread_local! {
        static SPEED: f64 = url_number("speed").unwrap_or(1.0).min(MAX_URL_SPEED);
    }
    SPEED.with(|speed| *speed)
}

/// Normal speed: a release build reads no test switch from its address.
#[cfg(not(feature = "bench"))]
pub const fn page_speed() -> f64 {
    1.0
}

/// A positive number from the page URL's query (`?name=N`), or `Some(1)` for a bare `?name`.
#[cfg(feature = "bench")]
fn url_number(name: &str) -> Option<f64> {
    #[cfg(target_arch = "wasm32")]
    {
        let search = web_sys::window()?.location().search().ok()?;
        search
            .trim_start_matches('?')
            .split('&')
            .find_map(|pair| {
                let (key, value) = pair.split_once('=').unwrap_or((pair, "1"));
                // The browser's own parser: Rust's would add its float tables to the wasm.
                (key == name).then(|| js_sys::parse_float(value))
            })
            .filter(|v| v.is_finite() && *v > 0.0)
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = name;
        None
    }
}

thread_local! {
    /// Whether the page was opened with `?bench` (read once).
    #[cfg(feature = "bench")]
    static BENCH: std::cell::OnceCell<bool> = const { std::cell::OnceCell::new() };
    /// When the current frame's tick began (ms), while benchmarking.
    static FRAME_START: Cell<Option<f64>> = const { Cell::new(None) };
}

/// Whether frame timings are recorded: a benchmark build opened with `?bench`.
#[cfg(feature = "bench")]
pub fn bench_enabled() -> bool {
    BENCH.with(|b| *b.get_or_init(|| url_number("bench").is_some()))
}

/// Never, in a release build.
#[cfg(not(feature = "bench"))]
pub const fn bench_enabled() -> bool {
    false
}

/// Notes the start of a frame's work (the tick), when benchmarking.
pub fn bench_frame_start() {
    if bench_enabled() {
        FRAME_START.with(|s| s.set(Some(performance_now())));
    }
}

/// After a render: appends the milliseconds since the tick to the page's
/// `window.__playerFrames` array, if the benchmark created one. A plain array push costs far
/// less than performance marks, so the measurement barely changes what it measures.
pub fn bench_frame_rendered() {
    if !bench_enabled() {
        return;
    }
    let Some(start) = FRAME_START.with(Cell::take) else {
        return;
    };
    let duration = performance_now() - start;
    let Some(window) = web_sys::window() else {
        return;
    };
    if let Ok(frames) = js_sys::Reflect::get(&window, &"__playerFrames".into()) {
        if let Some(frames) = frames.dyn_ref::<js_sys::Array>() {
            frames.push(&duration.into());
        }
    }
}

/// Today's date on the device's calendar, as (year, month 1–12, day 1–31): the day a log
/// entry belongs to.
pub fn local_date() -> (i32, u32, u32) {
    let now = js_sys::Date::new_0();
    (
        now.get_full_year() as i32,
        now.get_month() + 1,
        now.get_date(),
    )
}

/// This moment in UTC as an iCalendar stamp, e.g. `20261128T091500Z`.
pub fn utc_stamp() -> String {
    let now = js_sys::Date::new_0();
    format!(
        "{:04}{:02}{:02}T{:02}{:02}{:02}Z",
        now.get_utc_full_year(),
        now.get_utc_month() + 1,
        now.get_utc_date(),
        now.get_utc_hours(),
        now.get_utc_minutes(),
        now.get_utc_seconds()
    )
}
