//! The address the router owes the browser. A tap shows its page first and writes the address
//! bar after that page is painted, because `history.pushState` and `replaceState` are slow:
//! measured on the atlas at 4× CPU throttle (2026-12-07), `replaceState` alone took about
//! 25 ms of the tap's 40 ms handler, all of it before the tapped muscle could be painted. The
//! reader waits for the page, not for the address bar, which a frame later is no less right.
//!
//! [`owe`] decides, without the browser, how a new write joins one still owed, so the history
//! the browser keeps is the same as if every write had been made at once.

/// One history write.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Write {
    /// A new history entry `href` with the router's entry id `id` in its state.
    Push {
        /// The route's link, relative to the app's root.
        href: String,
        /// The entry's id (`landing::Places`).
        id: u64,
    },
    /// The current entry's address becomes `href`, its state kept.
    Replace {
        /// The route's link, relative to the app's root.
        href: String,
    },
}

/// Joins `next` to the write still owed, if any: returns the write to make now (the owed one,
/// when a push must follow it, so the entry it makes or rewrites keeps its address) and the
/// one owed from now on. A replace after an owed write only changes that write's address:
/// the entry it makes or rewrites is the one the replace is about.
pub fn owe(owed: Option<Write>, next: Write) -> (Option<Write>, Write) {
    match (owed, next) {
        (None, next) | (Some(Write::Replace { .. }), next @ Write::Replace { .. }) => (None, next),
        (Some(Write::Push { id, .. }), Write::Replace { href }) => (None, Write::Push { href, id }),
        (Some(owed), next @ Write::Push { .. }) => (Some(owed), next),
    }
}
