//! What the phone stores: JSON with a schema number that round-trips, migrates from schema 0,
//! refuses a later schema and calls anything else corrupt, without panicking.

use atlas_core::program::{
    encode, saved_from_json, saved_to_json, ComeBack, Day, Item, ItemDose, Log, LogEntry, Program,
    Saved, SavedError, Treatment, SAVED_SCHEMA,
};

fn day(y: i32, m: u32, d: u32) -> Day {
    Day::from_ymd(y, m, d).expect("a real date")
}

fn program() -> Program {
    Program {
        items: vec![Item {
            stretch: "figure-4".into(),
            dose: ItemDose {
                hold_seconds: 60,
                repetitions: 1,
                each_side: true,
                breath_seconds: 0,
                times_a_day: 1,
                days_a_week: 7,
            },
        }],
        treatment: Some(Treatment {
            muscles: vec!["piriformis".into()],
            techniques: vec![],
            aftercare: vec!["water".into()],
            note: "Easy on the stairs, \"please\".\nSee you soon 😊".into(),
            come_back: Some(ComeBack::On(day(2026, 12, 12))),
        }),
    }
}

fn saved() -> Saved {
    let mut log = Log::default();
    log.record(LogEntry {
        day: day(2026, 11, 27),
        ease_before: Some(4),
        ease_after: Some(7),
    });
    log.record(LogEntry {
        day: day(2026, 11, 28),
        ease_before: None,
        ease_after: None,
    });
    Saved {
        program: Some(program()),
        log,
    }
}

#[test]
fn the_saved_json_round_trips_and_is_readable() {
    let s = saved();
    let text = saved_to_json(&s);
    assert!(
        text.starts_with(&format!("{{\"schema\":{SAVED_SCHEMA},")),
        "{text}"
    );
    assert!(text.contains("\"day\":\"2026-11-27\""), "{text}");
    assert!(text.contains("\"stretch\":\"figure-4\""), "{text}");
    assert_eq!(saved_from_json(&text), Ok(s));
    let empty = Saved::default();
    assert_eq!(saved_from_json(&saved_to_json(&empty)), Ok(empty));
}

#[test]
fn schema_0_is_migrated_keeping_the_days() {
    let link = encode(&program());
    let v0 = format!(r#"{{"link":"{link}","days":["2026-11-20","2026-11-18","2026-11-20"]}}"#);
    let s = saved_from_json(&v0).expect("schema 0 migrates");
    assert_eq!(s.program, Some(program()));
    assert_eq!(
        s.log.ease_series(),
        [
            (day(2026, 11, 18), None, None),
            (day(2026, 11, 20), None, None),
            (day(2026, 11, 20), None, None),
        ]
    );
    // A link that no longer decodes keeps the log and drops only the program.
    let s = saved_from_json(r#"{"link":"1damaged","days":["2026-11-20"]}"#).unwrap();
    assert_eq!(s.program, None);
    assert_eq!(s.log.sessions(), 1);
    // Nothing saved yet in schema 0.
    assert_eq!(saved_from_json("{}"), Ok(Saved::default()));
    assert_eq!(saved_from_json(r#"{"link":null}"#), Ok(Saved::default()));
    // A schema-0 day that is not a date is corrupt.
    assert_eq!(
        saved_from_json(r#"{"days":["yesterday"]}"#),
        Err(SavedError::Corrupt)
    );
}

#[test]
fn a_later_schema_says_so() {
    let text = r#"{"schema":2,"program":null,"log":[],"streaks":"new thing"}"#;
    assert_eq!(
        saved_from_json(text),
        Err(SavedError::FromTheFuture { schema: 2 })
    );
    let err = SavedError::FromTheFuture { schema: 9 }.to_string();
    assert!(err.contains("newer version"), "{err}");
}

#[test]
fn corrupt_text_is_corrupt_never_a_panic() {
    let good = saved_to_json(&saved());
    for bad in [
        "",
        "null",
        "[]",
        "42",
        "\"text\"",
        "{",
        "{\"schema\":\"1\"}",
        "{\"schema\":-1}",
        "{\"schema\":1.5}",
        "{\"schema\":1}",
        "{\"schema\":1,\"program\":null,\"log\":[],\"extra\":1}",
        "{\"schema\":1,\"program\":null,\"log\":[{\"day\":\"2026-11-28\",\"ease_before\":11,\"ease_after\":null}]}",
        "{\"schema\":1,\"program\":null,\"log\":[{\"day\":\"1969-12-31\",\"ease_before\":null,\"ease_after\":null}]}",
        "{\"schema\":1,\"program\":{\"items\":\"x\"},\"log\":[]}",
        "{\"schema\":99999999999,\"log\":[]}",
    ] {
        assert_eq!(saved_from_json(bad), Err(SavedError::Corrupt), "{bad}");
    }
    // Every cut and every changed byte of a good file: an answer, never a panic.
    for end in 0..good.len() {
        if let Some(cut) = good.get(..end) {
            let _ = saved_from_json(cut);
        }
    }
    let mut bytes = good.clone().into_bytes();
    for i in 0..bytes.len() {
        let was = bytes[i];
        for b in [b'0', b'"', b'{', b']', b'x', b'9'] {
            bytes[i] = b;
            if let Ok(text) = std::str::from_utf8(&bytes) {
                let _ = saved_from_json(text);
            }
        }
        bytes[i] = was;
    }
    // Deep nesting is refused by the parser's own limit.
    let deep = "[".repeat(100_000);
    assert_eq!(saved_from_json(&deep), Err(SavedError::Corrupt));
    assert_eq!(
        saved_from_json(&" ".repeat(2 << 20)),
        Err(SavedError::Corrupt),
        "too long"
    );
}
