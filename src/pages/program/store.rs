//! The saved program and log on this phone: the core's versioned JSON, kept in the device's
//! storage under one key. What cannot be read there is never written over: every save first
//! looks, and refuses while the text under [`KEY`] is unreadable, until the client chooses
//! to start afresh ([`start_afresh`], which first keeps a copy under a key of its own, and
//! says so only when the copy reads back) or to let it go ([`let_go`]). Copies kept, by this
//! version or an earlier one that kept them under [`DAMAGED_KEY`], are listed by
//! [`kept_copies`] for My program to show, export or add back.

use atlas_core::program::{saved_from_json, saved_to_json, Saved, SavedError};

use crate::platform::storage::{self, StorageProblem};

/// Where the saved program and log live.
pub const KEY: &str = "atlas.program";
/// Where the first copy of unreadable saved data is kept (later copies add `.2`, `.3`, …).
pub const DAMAGED_KEY: &str = "atlas.program.unreadable";
/// Most copies kept side by side; starting afresh more often than this over-writes none of
/// them but asks the client to let one go first.
const MAX_COPIES: usize = 9;

/// What opening the store found, besides the data.
#[derive(Clone, Debug, PartialEq)]
pub enum Opened {
    /// All well (or nothing saved yet).
    Fine,
    /// This browser keeps nothing here: the program can be played, not kept.
    NotKept,
    /// What was saved could not be read. It stays as it is, and nothing is saved over it,
    /// until the client chooses.
    Unreadable(SavedError),
}

/// Why a save did not happen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NotSaved {
    /// The browser keeps nothing, or refused the write (full).
    Storage(StorageProblem),
    /// What is saved could not be read, and the client has not yet chosen what to do with it.
    WouldOverwrite,
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
            // Left where it is: see the module's note.
            Err(error) => (Saved::default(), Opened::Unreadable(error)),
        },
    }
}

/// Saves the program and log, unless that would write over saved text that cannot be read.
pub fn save(saved: &Saved) -> Result<(), NotSaved> {
    if let Ok(Some(text)) = storage::read(KEY) {
        if saved_from_json(&text).is_err() {
            return Err(NotSaved::WouldOverwrite);
        }
    }
    storage::write(KEY, &saved_to_json(saved)).map_err(NotSaved::Storage)
}

/// The unreadable text under [`KEY`], as it is (for "Save it as a file").
pub fn unreadable_text() -> Option<String> {
    let text = storage::read(KEY).ok().flatten()?;
    saved_from_json(&text).is_err().then_some(text)
}

/// The key of the `n`th kept copy (0 is [`DAMAGED_KEY`], which earlier versions wrote).
fn copy_key(n: usize) -> String {
    if n == 0 {
        DAMAGED_KEY.to_string()
    } else {
        format!("{DAMAGED_KEY}.{}", n + 1)
    }
}

/// Every kept copy, as (its key, its text), oldest first.
pub fn kept_copies() -> Vec<(String, String)> {
    (0..MAX_COPIES)
        .filter_map(|n| {
            let key = copy_key(n);
            let text = storage::read(&key).ok().flatten()?;
            Some((key, text))
        })
        .collect()
}

/// Why starting afresh did not happen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoCopy {
    /// The phone had no room (or refused): nothing changed.
    NoRoom,
    /// Every copy slot is taken: nothing changed.
    TooMany,
}

/// Keeps a copy of the unreadable text under a key of its own, checks the copy reads back
/// the same, and only then clears [`KEY`] for a fresh start. On any failure nothing changes.
pub fn start_afresh() -> Result<(), NoCopy> {
    let Some(text) = storage::read(KEY).ok().flatten() else {
        return Ok(());
    };
    let copies = kept_copies();
    if copies.iter().any(|(_, kept)| *kept == text) {
        // Already kept (an earlier copy of the same text).
        return storage::remove(KEY).map_err(|_| NoCopy::NoRoom);
    }
    let free = (0..MAX_COPIES)
        .map(copy_key)
        .find(|key| !copies.iter().any(|(k, _)| k == key))
        .ok_or(NoCopy::TooMany)?;
    if storage::write(&free, &text).is_err()
        || storage::read(&free).ok().flatten().as_deref() != Some(text.as_str())
    {
        let _ = storage::remove(&free);
        return Err(NoCopy::NoRoom);
    }
    storage::remove(KEY).map_err(|_| NoCopy::NoRoom)
}

/// Clears the unreadable text under [`KEY`] without a copy: only when the client has said so.
pub fn let_go() -> Result<(), StorageProblem> {
    storage::remove(KEY)
}

/// Removes a kept copy (when the client has added it back or saved it as a file).
pub fn remove_copy(key: &str) -> Result<(), StorageProblem> {
    storage::remove(key)
}
