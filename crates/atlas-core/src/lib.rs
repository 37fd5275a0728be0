//! The pure core of Hip & Back Atlas.
//!
//! Architecture invariant: this crate knows nothing about the web. It depends on no web crate
//! (no yew, web-sys, js-sys, gloo, wasm-bindgen), reads no clock and does no I/O beyond parsing
//! text it is handed. Time is always an argument. The app crate is the imperative shell.

pub mod bodymap;
pub mod bounds;
pub mod bundle;
pub mod clinic;
pub mod content;
pub mod crosscheck;
pub mod echo;
pub mod json;
pub mod lumbopelvic;
pub mod program;
pub mod qr;
pub mod rig;
pub mod svg_number;
pub mod svg_path;
