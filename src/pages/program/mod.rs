//! The home program: the therapist's builder (`#/program/new`), the page a link or QR code
//! opens (`#/p/<code>`) and the client's own page (`#/program`), with the program played as one
//! session and a kind log kept on the phone. The program itself travels in the link; nothing
//! leaves the device.
//!
//! - [`builder`]: pick and dose, a thin shell over `atlas_core::program::Builder`; `finder`:
//!   by the client's problem, words or muscle; `treatment`: today's treatment; `hand_off`: QR code, link
//!   and print.
//! - [`link`]: a handed-over program, checked, with "Save on this phone".
//! - [`mine`]: the saved program, its session, log, reminder, export; `import_log`: a log
//!   file merged in; `kept`: the choice when saved data cannot be read, and the copies kept.
//! - `parts`: the program as the client reads it, with pictures from the rig (`components::stills`).
//! - `session`: the stretches played in a row; `log`: the log's views; `handout`: the print.
//! - `store`: the saved JSON in the device's storage, never written over while unreadable.

pub mod builder;
mod finder;
mod hand_off;
mod handout;
mod import_log;
mod kept;
pub mod link;
mod log;
pub mod mine;
mod parts;
mod session;
mod store;
mod treatment;

pub use builder::BuilderPage;
pub use link::LinkPage;
pub use mine::ProgramPage;
