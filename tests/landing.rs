//! Where a page opens (native): new pages at the top with focus on the heading, Back and
//! Forward where the reader was, in-place changes and typing untouched; each history entry's
//! scroll position remembered by its id.
#![cfg(not(target_arch = "wasm32"))]

use hip_back_atlas::router::landing::{landing, Arrival, Landing, Places, Scroll};

fn lands(arrival: Arrival) -> (Scroll, bool) {
    let Landing {
        scroll,
        focus_heading,
    } = landing(arrival);
    (scroll, focus_heading)
}

#[test]
fn a_new_page_opens_at_its_top_with_focus_on_its_heading() {
    assert_eq!(lands(Arrival::Opened), (Scroll::Top, true));
    // An in-page link followed or an address edited by hand: a new entry, so a new page too.
    assert_eq!(
        lands(Arrival::Returned { saved: None }),
        (Scroll::Top, true)
    );
}

#[test]
fn back_and_forward_return_to_where_the_reader_was() {
    assert_eq!(
        lands(Arrival::Returned {
            saved: Some(1450.0)
        }),
        (Scroll::To(1450.0), true)
    );
    // A reload restores the position too, leaving focus where the browser puts it.
    assert_eq!(
        lands(Arrival::Started { saved: Some(300.0) }),
        (Scroll::To(300.0), false)
    );
    assert_eq!(
        lands(Arrival::Started { saved: None }),
        (Scroll::Keep, false)
    );
}

#[test]
fn typing_and_in_place_changes_move_nothing() {
    assert_eq!(lands(Arrival::Replaced), (Scroll::Keep, false));
    assert_eq!(lands(Arrival::InPlace), (Scroll::Keep, false));
}

#[test]
fn each_entry_keeps_its_own_position() {
    let mut places = Places::new(100);
    let (list, new) = places.start(None);
    assert!(new, "a first visit gets an id to store");
    assert_eq!(list, 100);
    places.scrolled(900.0);
    places.scrolled(1800.0);
    // Open a stretch from deep in the list.
    let stretch = places.leave(1800.0, false);
    assert_ne!(stretch, list);
    places.scrolled(0.0);
    places.scrolled(420.0);
    // Back: the list where it was left.
    assert_eq!(
        places.go(420.0, Some(list), None),
        (list, false, Some(1800.0))
    );
    // Forward: the stretch where it was left.
    assert_eq!(
        places.go(1800.0, Some(stretch), None),
        (stretch, false, Some(420.0))
    );
    // An in-place change starts where the page is.
    let other = places.leave(420.0, true);
    assert_eq!(
        places.go(420.0, Some(stretch), None),
        (stretch, false, Some(420.0))
    );
    assert_eq!(places.go(420.0, Some(other), None).2, Some(420.0));
}

#[test]
fn after_a_reload_positions_come_from_history_state() {
    // A new load knows nothing in memory: the position stored in the entry is used.
    let mut places = Places::new(5_000);
    assert_eq!(places.start(Some(7)), (7, false));
    assert_eq!(
        places.go(0.0, Some(3), Some(640.0)),
        (3, false, Some(640.0))
    );
    // What this load saw itself wins over an older stored value.
    places.scrolled(100.0);
    places.go(100.0, Some(7), None);
    assert_eq!(places.go(0.0, Some(3), Some(640.0)).2, Some(100.0));
    // An entry the app did not make (an edited address) gets a fresh id and no position.
    let (id, new, saved) = places.go(0.0, None, None);
    assert!(new);
    assert_eq!(saved, None);
    assert!(id >= 5_000);
}
