//! Whether this device is the clinic's tablet (issue 23, item 2): set once from the treatment
//! room and kept in `localStorage`, so the menu of that tablet keeps the way back to the
//! therapist's tools. A client's phone never has it, so a client never sees it.

use super::storage::{self, StorageProblem};

/// The key the choice is kept under.
const KEY: &str = "atlas.clinic-tablet";

/// Whether this device was set up as the clinic's tablet (never, where storage is missing).
pub fn is_clinic_tablet() -> bool {
    matches!(storage::read(KEY), Ok(Some(value)) if value == "yes")
}

/// Sets up this device as the clinic's tablet, or (`false`) forgets it.
pub fn set_clinic_tablet(on: bool) -> Result<(), StorageProblem> {
    if on {
        storage::write(KEY, "yes")
    } else {
        storage::remove(KEY)
    }
}
