//! A log file read into what the phone keeps (issue 26, why 3): sessions merge keyed by day,
//! so one's own export imported twice changes nothing; the file's program is held to a
//! link's rules and offered, never put in place; a huge file is refused on its size.
#![cfg(feature = "toml")]

mod common;

use atlas_core::content::KnowledgeBase;
use atlas_core::program::{
    import, saved_to_json, Day, FileProgram, Item, ItemDose, LinkError, Log, LogEntry, Program,
    Saved, SavedError, MAX_SAVED_CHARS,
};

fn entry(d: u32, before: Option<u8>, after: Option<u8>) -> LogEntry {
    LogEntry {
        day: Day::from_ymd(2026, 11, d).expect("a real date"),
        ease_before: before,
        ease_after: after,
    }
}

fn program(kb: &KnowledgeBase, ids: &[&str]) -> Program {
    Program::of(
        ids.iter()
            .map(|id| Item::of(kb.stretch(id).expect("stretch exists")))
            .collect(),
    )
}

fn five_sessions(kb: &KnowledgeBase) -> Saved {
    let mut log = Log::default();
    for e in [
        entry(20, Some(3), Some(6)),
        entry(21, None, None),
        entry(21, None, None),
        entry(23, Some(4), None),
        entry(24, None, Some(8)),
    ] {
        log.record(e);
    }
    Saved {
        program: Some(program(kb, &["figure-4"])),
        log,
        set_aside: vec![],
        received: None,
    }
}

fn read(
    current: &Saved,
    text: &str,
    kb: &KnowledgeBase,
) -> Result<atlas_core::program::Imported, SavedError> {
    import(current, text.len() as u64, text, kb)
}

#[test]
fn importing_ones_own_export_twice_changes_nothing() {
    let kb = common::load_assets();
    let phone = five_sessions(&kb);
    let file = saved_to_json(&phone);
    let once = read(&phone, &file, &kb).expect("reads");
    assert_eq!(once.added, 0);
    assert_eq!(once.saved, phone, "5 sessions stay 5");
    assert_eq!(once.program, FileProgram::Same);
    let twice = read(&once.saved, &file, &kb).expect("reads");
    assert_eq!(twice.saved.log.sessions(), 5);
}

#[test]
fn another_phones_sessions_are_added_once() {
    let kb = common::load_assets();
    let phone = five_sessions(&kb);
    let mut other = phone.clone();
    // The other phone logged a third session on the 21st and one on the 25th.
    other.log.record(entry(21, None, None));
    other.log.record(entry(25, Some(5), Some(7)));
    let file = saved_to_json(&other);
    let merged = read(&phone, &file, &kb).expect("reads");
    assert_eq!(merged.added, 2);
    assert_eq!(merged.saved.log, other.log);
    let again = read(&merged.saved, &file, &kb).expect("reads");
    assert_eq!(again.added, 0);
    assert_eq!(again.saved.log, other.log);
    // Nothing on the phone is ever dropped by a file that lacks it.
    let empty = saved_to_json(&Saved::default());
    assert_eq!(read(&phone, &empty, &kb).unwrap().saved, phone);
}

#[test]
fn the_files_program_is_offered_only_when_it_is_one_a_link_could_carry() {
    let kb = common::load_assets();
    let phone = five_sessions(&kb);
    let mut file = phone.clone();
    let other = program(&kb, &["figure-4", "knee-to-chest"]);
    file.program = Some(other.clone());
    let read_back = read(&phone, &saved_to_json(&file), &kb).unwrap();
    assert_eq!(read_back.program, FileProgram::Offer(other));
    assert_eq!(
        read_back.saved.program, phone.program,
        "offered, not put in place"
    );

    // Issue 26: 65,535-second holds and 255 repetitions were accepted and replaced the
    // saved program without asking.
    let mut forged = program(&kb, &["figure-4"]);
    forged.items[0].dose = ItemDose {
        hold_seconds: u16::MAX,
        repetitions: u8::MAX,
        ..forged.items[0].dose
    };
    file.program = Some(forged);
    let read_back = read(&phone, &saved_to_json(&file), &kb).unwrap();
    assert!(
        matches!(
            read_back.program,
            FileProgram::Unusable(LinkError::OutOfRange { .. })
        ),
        "{:?}",
        read_back.program
    );
    assert_eq!(read_back.saved.program, phone.program);

    file.program = None;
    let read_back = read(&phone, &saved_to_json(&file), &kb).unwrap();
    assert_eq!(read_back.program, FileProgram::None);
}

#[test]
fn a_files_bad_sessions_are_left_out_and_counted() {
    let kb = common::load_assets();
    let text = r#"{"schema":2,"program":null,"log":[{"day":"2026-11-20","ease_before":11,"ease_after":null},{"day":"1970-01-01","ease_before":null,"ease_after":null},{"day":"2026-11-22","ease_before":1,"ease_after":2}]}"#;
    let read_back = read(&Saved::default(), text, &kb).unwrap();
    assert_eq!(read_back.added, 1);
    assert_eq!(read_back.left_out, 2);
    assert!(
        read_back.saved.set_aside.is_empty(),
        "the file keeps its own"
    );
}

#[test]
fn a_file_that_is_not_a_log_or_is_huge_says_so() {
    let kb = common::load_assets();
    let phone = five_sessions(&kb);
    assert_eq!(read(&phone, "%PDF-1.7", &kb), Err(SavedError::NotJson));
    assert_eq!(
        read(&phone, r#"{"contacts":[]}"#, &kb),
        Err(SavedError::NotOurs)
    );
    // Refused on the size the file says it has, before any text is looked at.
    assert_eq!(
        import(&phone, MAX_SAVED_CHARS as u64 + 1, "{}", &kb),
        Err(SavedError::TooLong)
    );
    assert_eq!(import(&phone, 4_500_000, "", &kb), Err(SavedError::TooLong));
}
