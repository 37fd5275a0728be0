//! The saved program and log on this phone: the core's versioned JSON, kept in the device's
//! storage under one key. A copy of anything that cannot be read is kept under a second key
//! before the app starts afresh, so a bad write or an old bug never loses a client's log.

use atlas_core::program::{saved_from_json, saved_to_json, Saved, SavedError};

use crate::platform::storage::{self, StorageProblem};

/// Where the saved program and log live.
pub const KEY: &str = "atlas.program";
/// Where a copy of unreadable saved data is kept.
pub const DAMAGED_KEY: &str = "atlas.program.unreadable";

/// What opening the store found, besides the data.
#[derive(Clone, Debug, PartialEq)]
pub enum Opened {
    /// All well (or nothing saved yet).
    Fine,
    /// This browser keeps nothing here: the program can be played, not kept.
    NotKept,
    /// What was saved could not be read; a copy was kept under [`DAMAGED_KEY`].
    Unreadable(SavedError),
}

/// The saved program and log, and what opening them found.
pub fn open() -> (Saved, Opened) {
    // A server render shows the page as a phone with nothing saved sees it.
    if cfg!(not(target_arch = "wasm32")) {
        return (Saved::default(), Opened::Fine);
    }
    match storage::read(KEY) {
        Err(_) => (Saved::default(), Opened::NotKept),
        Ok(None) => {
            let found = if storage::works() {
                Opened::Fine
            } else {
                Opened::NotKept
            };
            (Saved::default(), found)
        }
        Ok(Some(text)) => match saved_from_json(&text) {
            Ok(saved) => (saved, Opened::Fine),
            Err(error) => {
                // Keep what was there before anything overwrites it.
                let _ = storage::write(DAMAGED_KEY, &text);
                (Saved::default(), Opened::Unreadable(error))
            }
        },
    }
}

/// Saves the program and log; the error says why nothing was kept.
pub fn save(saved: &Saved) -> Result<(), StorageProblem> {
    storage::write(KEY, &saved_to_json(saved))
}
