//! What the phone stores: JSON with a schema number that round-trips, migrates from every
//! earlier schema (0 and 1, as those versions wrote them), refuses a later schema, sets a bad
//! part aside by itself (issue 26: one session dated 1970 or rated 11 lost the whole store)
//! and says what is wrong with text that is not a log at all, without panicking.

use atlas_core::program::{
    encode, saved_from_json, saved_to_json, ComeBack, Day, Item, ItemDose, Log, LogEntry, Program,
    Saved, SavedError, Treatment, MAX_SAVED_CHARS, SAVED_SCHEMA,
};
use serde_json::json;

/// A serde_json value as the core's own JSON value, for comparing what is set aside.
fn v(x: serde_json::Value) -> atlas_core::json::Value {
    atlas_core::json::parse(&x.to_string()).expect("serde_json writes JSON")
}

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
        set_aside: vec![],
        received: None,
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

/// The program of [`program`] as schema 1 wrote it (the app before issue 26), by field name.
const PROGRAM_V1: &str = r#"{"items":[{"stretch":"figure-4","dose":{"hold_seconds":60,"repetitions":1,"each_side":true,"breath_seconds":0,"times_a_day":1,"days_a_week":7}}],"treatment":{"muscles":["piriformis"],"techniques":[],"aftercare":["water"],"note":"Easy on the stairs, \"please\".\nSee you soon 😊","come_back":{"On":"2026-12-12"}}}"#;

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
    assert!(s.set_aside.is_empty());
    // A link that no longer decodes keeps the log, and the link itself is set aside.
    let s = saved_from_json(r#"{"link":"1damaged","days":["2026-11-20"]}"#).unwrap();
    assert_eq!(s.program, None);
    assert_eq!(s.log.sessions(), 1);
    assert_eq!(s.set_aside, [v(json!({"link": "1damaged"}))]);
    // Nothing saved yet in schema 0.
    assert_eq!(saved_from_json("{}"), Ok(Saved::default()));
    assert_eq!(saved_from_json(r#"{"link":null}"#), Ok(Saved::default()));
    // A schema-0 day that is not a date is set aside; the other days stay.
    let s = saved_from_json(r#"{"days":["yesterday","2026-11-20"]}"#).unwrap();
    assert_eq!(s.log.sessions(), 1);
    assert_eq!(
        s.set_aside,
        [v(
            json!({"day": "yesterday", "ease_before": null, "ease_after": null})
        )]
    );
}

#[test]
fn schema_1_as_the_app_wrote_it_is_migrated() {
    let v1 = format!(
        r#"{{"schema":1,"program":{PROGRAM_V1},"log":[{{"day":"2026-11-27","ease_before":4,"ease_after":7}},{{"day":"2026-11-28","ease_before":null,"ease_after":null}}]}}"#
    );
    assert_eq!(saved_from_json(&v1), Ok(saved()));
    let empty = r#"{"schema":1,"program":null,"log":[]}"#;
    assert_eq!(saved_from_json(empty), Ok(Saved::default()));
    // Written back in the current schema, which reads to the same.
    let again = saved_to_json(&saved_from_json(&v1).unwrap());
    assert!(again.starts_with(r#"{"schema":2,"#), "{again}");
    assert_eq!(saved_from_json(&again), Ok(saved()));
}

/// Issue 26, why 1: a phone whose date was wrong logged a day as 1970-01-01 (and a bug or an
/// edit left an ease of 11); the whole store was then refused and overwritten. Now each bad
/// session is set aside by itself, and the program and every other session are read.
#[test]
fn a_bad_session_is_set_aside_by_itself_never_the_whole_store() {
    let bad_day = json!({"day": "1970-01-01", "ease_before": null, "ease_after": null});
    let bad_ease = json!({"day": "2026-11-29", "ease_before": 11, "ease_after": 3});
    let far = json!({"day": "2200-01-01", "ease_before": 2, "ease_after": 3});
    let v1 = format!(
        r#"{{"schema":1,"program":{PROGRAM_V1},"log":[{{"day":"2026-11-27","ease_before":4,"ease_after":7}},{bad_day},{{"day":"2026-11-28","ease_before":null,"ease_after":null}},{bad_ease},{far}]}}"#
    );
    let s = saved_from_json(&v1).expect("read, with three sessions set aside");
    assert_eq!(s.program, Some(program()));
    assert_eq!(s.log, saved().log);
    assert_eq!(s.set_aside, [v(bad_day), v(bad_ease), v(far)]);
    // What is set aside is written back with the rest, and stays set aside.
    let text = saved_to_json(&s);
    assert!(
        text.contains(r#""set_aside":[{"day":"1970-01-01""#),
        "{text}"
    );
    assert_eq!(saved_from_json(&text), Ok(s.clone()));
    // A program of the wrong shape is set aside; the log stays.
    let s = saved_from_json(r#"{"schema":2,"program":{"items":"x"},"log":[{"day":"2026-11-28","ease_before":null,"ease_after":null}]}"#).unwrap();
    assert_eq!(s.program, None);
    assert_eq!(s.log.sessions(), 1);
    assert_eq!(s.set_aside, [v(json!({"program": {"items": "x"}}))]);
    // Fields this app never wrote, a log that is not a list, a session that is not one.
    let s = saved_from_json(r#"{"schema":2,"program":null,"log":[7,{"day":"2026-11-28","ease_after":"high"}],"extra":1}"#).unwrap();
    assert_eq!(s.log.sessions(), 0);
    assert_eq!(
        s.set_aside,
        [
            v(json!(7)),
            v(json!({"day": "2026-11-28", "ease_after": "high"})),
            v(json!({"extra": 1}))
        ]
    );
    let s = saved_from_json(r#"{"schema":1,"program":null,"log":"lots"}"#).unwrap();
    assert_eq!(s.set_aside, [v(json!({"log": "lots"}))]);
}

#[test]
fn a_later_schema_says_so() {
    let text = r#"{"schema":3,"program":null,"log":[],"streaks":"new thing"}"#;
    assert_eq!(
        saved_from_json(text),
        Err(SavedError::FromTheFuture { schema: 3 })
    );
    let err = SavedError::FromTheFuture { schema: 9 }.to_string();
    assert!(err.contains("newer version"), "{err}");
}

#[test]
fn text_that_is_not_a_log_says_what_it_is() {
    for bad in ["", "{", "not json", "{\"schema\":1,", "\u{feff}PNG"] {
        assert_eq!(saved_from_json(bad), Err(SavedError::NotJson), "{bad}");
    }
    for bad in [
        "null",
        "[]",
        "42",
        "\"text\"",
        "{\"schema\":\"1\"}",
        "{\"schema\":-1}",
        "{\"schema\":1.5}",
        "{\"schema\":1}",
        "{\"name\":\"a contact card\"}",
        "{\"schema\":99999999999,\"log\":[]}",
    ] {
        assert_eq!(saved_from_json(bad), Err(SavedError::NotOurs), "{bad}");
    }
    // Deep nesting is refused by the parser's own limit.
    let deep = "[".repeat(100_000);
    assert_eq!(saved_from_json(&deep), Err(SavedError::NotJson));
    assert_eq!(
        saved_from_json(&" ".repeat(MAX_SAVED_CHARS + 1)),
        Err(SavedError::TooLong)
    );
    // Each says what is wrong with the text, not that anything was kept or lost.
    for e in [
        SavedError::TooLong,
        SavedError::NotJson,
        SavedError::NotOurs,
        SavedError::FromTheFuture { schema: 3 },
    ] {
        let words = e.to_string();
        assert!(words.ends_with('.') && words.len() < 120, "{words}");
        assert!(
            !words.contains("kept") && !words.contains("copy"),
            "{words}"
        );
    }
}

#[test]
fn the_day_a_program_arrived_is_kept_and_a_bad_one_set_aside() {
    let mut s = saved();
    s.received = Some(day(2026, 11, 2));
    let text = saved_to_json(&s);
    assert!(text.contains(r#""received":"2026-11-02""#), "{text}");
    assert_eq!(saved_from_json(&text), Ok(s.clone()));
    // Data saved before the day was kept reads as "not known".
    let before = saved_to_json(&saved());
    assert!(!before.contains("received"));
    assert_eq!(saved_from_json(&before).map(|s| s.received), Ok(None));
    // A day no phone could rightly have written is set aside, never used, and the rest stays.
    let bad = text.replace("2026-11-02", "1970-01-01");
    let read = saved_from_json(&bad).expect("readable");
    assert_eq!(read.received, None);
    assert_eq!(read.program, s.program);
    assert_eq!(read.log, s.log);
    assert!(read
        .set_aside
        .contains(&v(json!({ "received": "1970-01-01" }))));
}
