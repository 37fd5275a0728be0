//! The device's own storage (`localStorage`) for the home program and its log. Nothing here
//! leaves the device. Storage can be missing, refused (private browsing, a policy) or full:
//! each answer says so, so the page can tell the client that nothing will be kept instead of
//! failing.

/// Why something could not be stored or read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StorageProblem {
    /// The browser offers no storage here (disabled, private mode, a policy).
    Unavailable,
    /// The storage refused the write (usually: it is full).
    Refused,
}

/// `localStorage`, if the browser lets this page use it.
fn local() -> Result<web_sys::Storage, StorageProblem> {
    if cfg!(not(target_arch = "wasm32")) {
        return Err(StorageProblem::Unavailable);
    }
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .ok_or(StorageProblem::Unavailable)
}

/// The text stored under `key`: `Ok(None)` when nothing is.
pub fn read(key: &str) -> Result<Option<String>, StorageProblem> {
    local()?
        .get_item(key)
        .map_err(|_| StorageProblem::Unavailable)
}

/// Stores `text` under `key`.
pub fn write(key: &str, text: &str) -> Result<(), StorageProblem> {
    local()?
        .set_item(key, text)
        .map_err(|_| StorageProblem::Refused)
}

/// Removes what is stored under `key` (nothing stored is fine).
pub fn remove(key: &str) -> Result<(), StorageProblem> {
    local()?
        .remove_item(key)
        .map_err(|_| StorageProblem::Refused)
}

/// Whether this page can keep anything on the device: a write and a removal of a probe key.
pub fn works() -> bool {
    const PROBE: &str = "atlas.probe";
    write(PROBE, "1").is_ok() && remove(PROBE).is_ok()
}
