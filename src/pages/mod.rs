//! One module per page type.

pub mod atlas;
pub mod condition;
pub mod condition_first;
#[cfg(not(target_arch = "wasm32"))]
pub mod embed;
pub mod entry;
pub mod explain;
pub mod home;
pub mod lists;
pub mod muscle;
pub mod not_found;
pub mod program;
pub mod search;
pub mod treatment_room;
