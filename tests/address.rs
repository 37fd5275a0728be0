//! The history writes the router owes the browser (written after the tapped page is painted):
//! joined so the browser ends with the entries and addresses it would have had if every write
//! had been made at once (native).
#![cfg(not(target_arch = "wasm32"))]

use hip_back_atlas::router::address::{owe, Write};

fn push(href: &str, id: u64) -> Write {
    Write::Push {
        href: href.into(),
        id,
    }
}

fn replace(href: &str) -> Write {
    Write::Replace { href: href.into() }
}

/// Plays writes through `owe` against a simulated history (entries as (address, id)), making
/// each write `owe` says to make now and the owed one at the end, as the router does.
fn history_after(writes: &[Write]) -> Vec<(String, Option<u64>)> {
    let mut history = vec![("atlas/".to_string(), Some(1))];
    let mut make = |write: Write| match write {
        Write::Push { href, id } => history.push((href, Some(id))),
        Write::Replace { href } => history.last_mut().expect("an entry").0 = href,
    };
    let mut owed = None;
    for write in writes {
        let (now, later) = owe(owed.take(), write.clone());
        if let Some(now) = now {
            make(now);
        }
        owed = Some(later);
    }
    if let Some(owed) = owed {
        make(owed);
    }
    history
}

/// The same writes made at once, one by one.
fn history_at_once(writes: &[Write]) -> Vec<(String, Option<u64>)> {
    let mut history = vec![("atlas/".to_string(), Some(1))];
    for write in writes.iter().cloned() {
        match write {
            Write::Push { href, id } => history.push((href, Some(id))),
            Write::Replace { href } => history.last_mut().expect("an entry").0 = href,
        }
    }
    history
}

#[test]
fn owed_writes_leave_the_history_that_writing_at_once_would() {
    let cases: Vec<Vec<Write>> = vec![
        vec![replace("atlas/?lit=a")],
        vec![replace("atlas/?lit=a"), replace("atlas/?lit=a,b")],
        vec![push("muscle/a/", 2), replace("muscle/a/#x")],
        vec![push("muscle/a/", 2), push("muscle/b/", 3)],
        vec![replace("atlas/?lit=a"), push("muscle/a/", 2)],
        vec![
            replace("atlas/?lit=a"),
            push("muscle/a/", 2),
            replace("muscle/a/#x"),
            push("muscle/b/", 3),
            replace("muscle/b/#y"),
            replace("muscle/b/#z"),
        ],
    ];
    for writes in cases {
        assert_eq!(
            history_after(&writes),
            history_at_once(&writes),
            "{writes:?}"
        );
    }
}

#[test]
fn a_replace_after_an_owed_push_rewrites_the_new_entry_not_the_old_one() {
    let (now, later) = owe(Some(push("muscle/a/", 2)), replace("muscle/a/#x"));
    assert_eq!(now, None);
    assert_eq!(later, push("muscle/a/#x", 2));
}

#[test]
fn a_push_after_an_owed_write_makes_that_write_first() {
    let (now, later) = owe(Some(replace("atlas/?lit=a")), push("muscle/a/", 2));
    assert_eq!(now, Some(replace("atlas/?lit=a")));
    assert_eq!(later, push("muscle/a/", 2));
}
