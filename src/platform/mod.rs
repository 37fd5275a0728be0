//! The one place that talks to the browser beyond rendering: document, clock, storage, speech,
//! sound, wake lock and the panic screen. Everything here is thin; decisions live in atlas-core.

pub mod clock;
pub mod document;
pub mod motion;
#[cfg(feature = "shell")]
pub mod pages_module;
pub mod panic_screen;
pub mod speech;
pub mod tone;
pub mod wake_lock;
