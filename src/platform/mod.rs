//! The one place that talks to the browser beyond rendering: document, clock, the content file, speech, sound,
//! wake lock, full screen, keyboard focus, the session's small memory, scrolling into view, the service worker, taking over a pre-rendered page, the build's pre-rendering and the panic screen. Everything here is thin; decisions live in atlas-core.

pub mod clinic_tablet;
pub mod clock;
pub mod content;
pub mod document;
pub mod download;
pub mod fullscreen;
pub mod keys;
pub mod motion;
pub mod panic_screen;
pub mod prerendering;
pub mod screen;
pub mod service_worker;
pub mod session;
pub mod speech;
pub mod storage;
pub mod take_over;
pub mod tone;
pub mod wake_lock;
