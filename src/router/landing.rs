//! Where a page opens, decided without the browser: at its top with focus on its heading when
//! it is new, where the reader left it on Back and Forward, untouched when the same view only
//! changes in place. [`Places`] remembers each history entry's scroll position by an id kept
//! in that entry's `history.state`; the router (`super`) reads and writes the browser.
//!
//! Why our own: the browser restores scroll only for real document loads. With hash routing
//! every page shares one document, so a new page kept the old page's scroll position (often
//! deep in the footer), and Back did not return to where the reader was.

use std::collections::HashMap;

/// How the router arrived at the page being shown.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Arrival {
    /// A link or the app opened another page, as a new history entry.
    Opened,
    /// A new history entry for a view that changes in place (a tap on a muscle page's own
    /// map): the reader is exploring where they are, so nothing moves.
    InPlace,
    /// The current entry was rewritten (typing in search): nothing moves.
    Replaced,
    /// Back or Forward, or a `#/…` link followed or an address edited by hand (all `popstate`),
    /// with the scroll position remembered for that entry, if any (none: a new entry).
    Returned {
        /// Where the reader was on it.
        saved: Option<f64>,
    },
    /// The app started (a first visit or a reload), with the position saved in the entry
    /// before a reload, if any.
    Started {
        /// Where the reader was before the reload.
        saved: Option<f64>,
    },
}

/// Where the window scrolls to when a page is shown.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Scroll {
    /// The top of the page.
    Top,
    /// A remembered position (pixels from the top).
    To(f64),
    /// Wherever it is.
    Keep,
}

/// What to do once a page is shown.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Landing {
    /// The scroll position.
    pub scroll: Scroll,
    /// Whether to move focus to the page's heading (so a screen reader announces the new page
    /// and Tab continues from its top, as after a full page load).
    pub focus_heading: bool,
}

/// Where the reader lands after `arrival`.
pub fn landing(arrival: Arrival) -> Landing {
    let (scroll, focus_heading) = match arrival {
        Arrival::Opened | Arrival::Returned { saved: None } => (Scroll::Top, true),
        Arrival::Returned { saved: Some(y) } => (Scroll::To(y), true),
        Arrival::InPlace | Arrival::Replaced => (Scroll::Keep, false),
        // A reload: the browser puts focus at the start of the document; leave it there.
        Arrival::Started { saved: Some(y) } => (Scroll::To(y), false),
        Arrival::Started { saved: None } => (Scroll::Keep, false),
    };
    Landing {
        scroll,
        focus_heading,
    }
}

/// An id for one history entry, stored in its `history.state`.
pub type EntryId = u64;

/// The scroll position of every history entry seen in this session, by entry id.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Places {
    /// The next id to hand out.
    next: EntryId,
    /// The entry being shown.
    current: Option<EntryId>,
    /// Last known scroll position per entry.
    positions: HashMap<EntryId, f64>,
}

impl Places {
    /// Empty, handing out ids from `seed` upwards. Ids live in `history.state` across reloads,
    /// so the shell seeds from the clock to keep them apart from an earlier load's.
    pub fn new(seed: EntryId) -> Places {
        Places {
            next: seed,
            current: None,
            positions: HashMap::new(),
        }
    }

    /// The entry being shown, if known.
    pub fn current(&self) -> Option<EntryId> {
        self.current
    }

    /// The window scrolled to `y` on the current entry.
    pub fn scrolled(&mut self, y: f64) {
        if let Some(id) = self.current {
            self.positions.insert(id, y);
        }
    }

    /// The app starts on the entry `entry` (its id from `history.state`, if it has one).
    /// Returns the id to show it under, and whether that id is new (to be written into
    /// `history.state`).
    pub fn start(&mut self, entry: Option<EntryId>) -> (EntryId, bool) {
        match entry {
            Some(id) => {
                self.current = Some(id);
                (id, false)
            }
            None => (self.open_new(), true),
        }
    }

    /// Leaving the current entry, scrolled to `y`, for a new one: returns the new entry's id.
    /// With `keep` the new entry starts where this one is (a view changing in place).
    pub fn leave(&mut self, y: f64, keep: bool) -> EntryId {
        self.scrolled(y);
        let id = self.open_new();
        if keep {
            self.positions.insert(id, y);
        }
        id
    }

    /// Back or Forward (or another `popstate`) from the current entry, scrolled to `y`, to
    /// `entry` (its id from `history.state`: none for an entry the app did not make, such as
    /// an address edited by hand), whose state held `stored` as its position, if anything.
    /// Returns the id to show it under, whether that id is new, and the position to restore.
    pub fn go(
        &mut self,
        y: f64,
        entry: Option<EntryId>,
        stored: Option<f64>,
    ) -> (EntryId, bool, Option<f64>) {
        self.scrolled(y);
        match entry {
            Some(id) => {
                self.current = Some(id);
                let saved = self.positions.get(&id).copied().or(stored);
                (id, false, saved)
            }
            None => (self.open_new(), true, None),
        }
    }

    /// A new id, made current.
    fn open_new(&mut self) -> EntryId {
        let id = self.next;
        self.next += 1;
        self.current = Some(id);
        id
    }
}
