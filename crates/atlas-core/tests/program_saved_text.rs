//! The phone's store was written and read by `serde_json` until 2026-12-07; the core now has
//! its own small JSON (`atlas_core::json`, `program/json_form.rs`), which keeps serde_json's
//! parser out of the wasm. A client's saved program and log must read exactly as before and be
//! written as before, so these tests hold the new code to serde_json itself (a dev-dependency
//! only): texts as the old code wrote them, the corrupted-field cases, and random stores and
//! builders written both ways.

#[path = "common/rng.rs"]
mod rng;

use atlas_core::json::{self, Value};
use atlas_core::program::{
    saved_from_json, saved_to_json, Builder, ComeBack, Day, Draft, Field, Item, ItemDose, Log,
    LogEntry, Program, Saved, SavedError, Treatment,
};
use rng::Rng;
use serde::Serialize;

/// The store exactly as `saved.rs` wrote it with serde_json (its `Stored` struct, unchanged).
#[derive(Serialize)]
struct OldStored<'a> {
    schema: u32,
    program: &'a Option<Program>,
    log: &'a [LogEntry],
    #[serde(skip_serializing_if = "Option::is_none")]
    received: Option<Day>,
    #[serde(skip_serializing_if = "<[serde_json::Value]>::is_empty")]
    set_aside: &'a [serde_json::Value],
}

/// What the serde_json version of `saved_to_json` wrote for `s`.
fn old_saved_to_json(s: &Saved) -> String {
    let set_aside: Vec<serde_json::Value> = (s.set_aside.iter())
        .map(|v| serde_json::from_str(&v.to_text()).expect("our JSON is JSON"))
        .collect();
    serde_json::to_string(&OldStored {
        schema: 2,
        program: &s.program,
        log: &s.log.entries,
        received: s.received,
        set_aside: &set_aside,
    })
    .expect("serialises")
}

fn day(y: i32, m: u32, d: u32) -> Day {
    Day::from_ymd(y, m, d).expect("a real date")
}

/// Text a client may type in a note: quotes, backslashes, a slash, controls, emoji, accents.
const AWKWARD: [&str; 8] = [
    "Easy on the stairs, \"please\".\nSee you soon 😊",
    "back\\slash and a/slash",
    "tab\there\r\nand a bell \u{7} and \u{1f} and \u{7f}",
    "\u{8}\u{c}",
    "Café, naïve, Ærø, 東京, \u{2028}",
    "",
    "<script>alert(1)</script>",
    "\u{10FFFF}",
];

fn any_dose(rng: &mut Rng) -> ItemDose {
    ItemDose {
        hold_seconds: rng.next() as u16,
        repetitions: rng.next() as u8,
        each_side: rng.one_in(2),
        breath_seconds: rng.next() as u8,
        times_a_day: rng.next() as u8,
        days_a_week: rng.next() as u8,
    }
}

fn any_text(rng: &mut Rng) -> String {
    rng.pick(&AWKWARD).to_string()
}

fn any_plausible_day(rng: &mut Rng) -> Day {
    Day(rng.between(10_958, 83_000) as i32)
}

fn any_program(rng: &mut Rng) -> Program {
    let items = (0..rng.between(0, 3))
        .map(|i| Item {
            stretch: format!("move-{i}-{}", rng.next() % 100),
            dose: any_dose(rng),
        })
        .collect();
    let treatment = rng.one_in(2).then(|| Treatment {
        muscles: (0..rng.between(0, 3)).map(|_| any_text(rng)).collect(),
        techniques: (0..rng.between(0, 2)).map(|_| any_text(rng)).collect(),
        aftercare: vec![any_text(rng)],
        note: any_text(rng),
        come_back: match rng.between(0, 2) {
            0 => None,
            1 => Some(ComeBack::InWeeks(rng.next() as u8)),
            _ => Some(ComeBack::On(any_plausible_day(rng))),
        },
    });
    Program { items, treatment }
}

fn any_saved(rng: &mut Rng) -> Saved {
    let mut log = Log::default();
    for _ in 0..rng.between(0, 12) {
        let ease = |rng: &mut Rng| (!rng.one_in(3)).then(|| rng.between(0, 10) as u8);
        log.record(LogEntry {
            day: any_plausible_day(rng),
            ease_before: ease(rng),
            ease_after: ease(rng),
        });
    }
    let set_aside = if rng.one_in(3) {
        // Parts set aside as a phone found them: sessions of 1970, odd numbers, nesting.
        [
            r#"{"day":"1970-01-01","ease_after":null,"ease_before":3}"#,
            r#"{"extra":[1,-2,true,false,null,{"a":"b\"c"}]}"#,
            "7",
            r#"{"program":{"items":"x"}}"#,
        ]
        .iter()
        .take(rng.between(1, 4) as usize)
        .map(|t| json::parse(t).expect("JSON"))
        .collect()
    } else {
        vec![]
    };
    Saved {
        program: rng.one_in(2).then(|| any_program(rng)),
        log,
        set_aside,
        received: rng.one_in(2).then(|| any_plausible_day(rng)),
    }
}

#[test]
fn the_store_is_written_exactly_as_serde_json_wrote_it() {
    let mut rng = Rng(0x5A7E_D7E7);
    for case in 0..500 {
        let s = any_saved(&mut rng);
        assert_eq!(saved_to_json(&s), old_saved_to_json(&s), "case {case}");
    }
}

#[test]
fn every_store_serde_json_wrote_reads_back_exactly() {
    let mut rng = Rng(0x0DD_5AFE);
    for case in 0..500 {
        let s = any_saved(&mut rng);
        // The generator makes only plausible days, so nothing more is set aside.
        assert_eq!(
            saved_from_json(&old_saved_to_json(&s)),
            Ok(s),
            "case {case}"
        );
    }
}

/// Texts as the serde_json version stored them (copied from phones' stores in its tests and
/// from its output), with what each reads as.
#[test]
fn literal_stores_of_the_old_code_read_as_before() {
    let text = r#"{"schema":2,"program":{"items":[{"stretch":"figure-4","dose":{"hold_seconds":60,"repetitions":1,"each_side":true,"breath_seconds":0,"times_a_day":1,"days_a_week":7}}],"treatment":{"muscles":["piriformis"],"techniques":[],"aftercare":["water"],"note":"Easy on the stairs, \"please\".\nSee you soon 😊","come_back":{"On":"2026-12-12"}}},"log":[{"day":"2026-11-27","ease_before":4,"ease_after":7},{"day":"2026-11-28","ease_before":null,"ease_after":null}],"received":"2026-11-02","set_aside":[{"day":"1970-01-01","ease_after":null,"ease_before":null}]}"#;
    let s = saved_from_json(text).expect("reads");
    let p = s.program.as_ref().expect("the program");
    assert_eq!(p.items[0].stretch, "figure-4");
    assert_eq!(p.items[0].dose.hold_seconds, 60);
    let t = p.treatment.as_ref().expect("the treatment");
    assert_eq!(t.note, "Easy on the stairs, \"please\".\nSee you soon 😊");
    assert_eq!(t.come_back, Some(ComeBack::On(day(2026, 12, 12))));
    assert_eq!(s.log.sessions(), 2);
    assert_eq!(s.received, Some(day(2026, 11, 2)));
    assert_eq!(s.set_aside.len(), 1);
    // Written back, the same text.
    assert_eq!(saved_to_json(&s), text);

    // Escapes serde_json wrote (controls as \u00xx) and ones a person may write (\/, \u00e9,
    // a surrogate pair) read as the characters.
    let text = r#"{"schema":2,"program":{"items":[],"treatment":{"muscles":[],"techniques":[],"aftercare":[],"note":"\u0007\b\f\t\/\u00e9\ud83d\ude0a","come_back":{"InWeeks":2}}},"log":[]}"#;
    let t = saved_from_json(text).unwrap().program.unwrap().treatment;
    let t = t.unwrap();
    assert_eq!(t.note, "\u{7}\u{8}\u{c}\t/é😊");
    assert_eq!(t.come_back, Some(ComeBack::InWeeks(2)));

    // The corrupted-field cases: each part set aside by itself, the rest read, as before.
    let cases: [(&str, usize, usize, bool); 8] = [
        // (text, sessions read, parts set aside, program read)
        (
            r#"{"schema":2,"program":{"items":"x"},"log":[{"day":"2026-11-28","ease_before":null,"ease_after":null}]}"#,
            1,
            1,
            false,
        ),
        (
            r#"{"schema":2,"program":null,"log":[7,{"day":"2026-11-28","ease_after":"high"}],"extra":1}"#,
            0,
            3,
            false,
        ),
        (r#"{"schema":1,"program":null,"log":"lots"}"#, 0, 1, false),
        // An ease written as 4.0 or -1, a hold beyond u16, a missing dose field.
        (
            r#"{"schema":2,"program":null,"log":[{"day":"2026-11-28","ease_before":4.0,"ease_after":null},{"day":"2026-11-28","ease_before":-1,"ease_after":null},{"day":"2026-11-28","ease_before":1,"ease_after":2}]}"#,
            1,
            2,
            false,
        ),
        (
            r#"{"schema":2,"program":{"items":[{"stretch":"a","dose":{"hold_seconds":65536,"repetitions":1,"each_side":true,"breath_seconds":0,"times_a_day":1,"days_a_week":7}}],"treatment":null},"log":[]}"#,
            0,
            1,
            false,
        ),
        (
            r#"{"schema":2,"program":{"items":[{"stretch":"a","dose":{"repetitions":1,"each_side":true,"breath_seconds":0,"times_a_day":1,"days_a_week":7}}]},"log":[]}"#,
            0,
            1,
            false,
        ),
        // A missing treatment is none (an option); an unknown field inside is ignored.
        (
            r#"{"schema":2,"program":{"items":[],"colour":"red"},"log":[]}"#,
            0,
            0,
            true,
        ),
        // "come back" naming two variants, a day of 1970, and a set_aside that is not a list.
        (
            r#"{"schema":2,"program":{"items":[],"treatment":{"muscles":[],"techniques":[],"aftercare":[],"note":"","come_back":{"InWeeks":2,"On":"2026-12-12"}}},"log":[],"received":"1970-01-01","set_aside":5}"#,
            0,
            3,
            false,
        ),
    ];
    for (text, sessions, aside, program) in cases {
        let s = saved_from_json(text).unwrap_or_else(|e| panic!("{text}: {e}"));
        assert_eq!(s.log.sessions(), sessions, "{text}");
        assert_eq!(s.set_aside.len(), aside, "{text}: {:?}", s.set_aside);
        assert_eq!(s.program.is_some(), program, "{text}");
        // Nothing set aside is lost: written back, read again, the same.
        assert_eq!(saved_from_json(&saved_to_json(&s)), Ok(s.clone()), "{text}");
    }
}

/// JSON texts on the edge of the grammar: the core's reader accepts exactly what serde_json
/// accepted, and reads the same value.
#[test]
fn the_reader_accepts_what_serde_json_accepted() {
    let mut texts: Vec<String> = [
        "",
        " ",
        "{}",
        " {} ",
        "{} x",
        "[]",
        "[1,]",
        "[,1]",
        "{\"a\":1,}",
        "{\"a\" 1}",
        "{a:1}",
        "[01]",
        "[-0]",
        "[1.]",
        "[.5]",
        "[1e5]",
        "[1E+5]",
        "[1e-5]",
        "[-]",
        "[1.5e]",
        "[+1]",
        "[\"\\u00e9\"]",
        "[\"\\ud83d\\ude0a\"]",
        "[\"\\ud83d\"]",
        "[\"\\ude0a\"]",
        "[\"\\ud83dx\"]",
        "[\"\\x\"]",
        "[\"\\u12\"]",
        "[\"\u{1}\"]",
        "[\"\t\"]",
        "[\"\u{7f}\"]",
        "[\"a\\/b\"]",
        "[true,false,null]",
        "[tru]",
        "[nul]",
        "[True]",
        "\u{feff}{}",
        "{\"a\":1,\"a\":2}",
        "{\"b\":1,\"a\":{\"d\":[],\"c\":null}}",
        "\t\n\r {\"a\" : [ 1 , 2 ] }\n",
        "[\"\"]",
        "{\"\":0}",
        "\"\\\"\"",
        "18446744073709551615",
        "18446744073709551616",
        "[\"unterminated]",
        "[1 2]",
    ]
    .iter()
    .map(|t| t.to_string())
    .collect();
    for depth in [126, 127, 128, 129] {
        texts.push(format!("{}{}", "[".repeat(depth), "]".repeat(depth)));
        texts
            .push(format!("{}{}", "{\"a\":".repeat(depth), "}".repeat(depth)).replace(":}", ":0}"));
    }
    for t in &texts {
        let theirs = serde_json::from_str::<serde_json::Value>(t);
        let ours = json::parse(t);
        assert_eq!(ours.is_some(), theirs.is_ok(), "{t:?}: {theirs:?}");
        // The same value: ours written out and read by serde_json equals serde_json's (a
        // number keeps its own text in ours, so `1E+5` is compared as serde reads it).
        if let (Some(ours), Ok(theirs)) = (ours, theirs) {
            let again: serde_json::Value = serde_json::from_str(&ours.to_text()).unwrap();
            assert_eq!(again, theirs, "{t:?}");
        }
    }
}

/// A number this app never writes is kept as its own text when set aside, so nothing a
/// person typed is rounded away (serde_json would have written `1.5` for `1.50`).
#[test]
fn a_set_aside_number_is_written_back_as_found() {
    let text = r#"{"schema":2,"program":null,"log":[{"day":"2026-11-28","ease_before":1.50,"ease_after":1e2}]}"#;
    let s = saved_from_json(text).unwrap();
    assert_eq!(
        s.set_aside,
        [json::parse(r#"{"day":"2026-11-28","ease_after":1e2,"ease_before":1.50}"#).unwrap()]
    );
    assert!(saved_to_json(&s).contains("1.50"));
    assert_eq!(Value::uint(7).to_text(), "7");
}

#[test]
fn text_that_is_not_a_store_is_refused_as_before() {
    assert_eq!(saved_from_json("{\"schema\":2}"), Err(SavedError::NotOurs));
    assert_eq!(saved_from_json("[\"\\ud800\"]"), Err(SavedError::NotJson));
    assert_eq!(
        saved_from_json("{\"schema\":2,\"log\":[]} trailing"),
        Err(SavedError::NotJson)
    );
}

#[test]
fn the_builder_s_copy_for_the_tab_is_written_and_read_as_serde_json_did() {
    let mut rng = Rng(0xB11D);
    for case in 0..300 {
        let p = any_program(&mut rng);
        let b = Builder {
            items: p.items,
            treatment: p.treatment.unwrap_or_default(),
            from: rng.one_in(2).then(|| any_text(&mut rng)),
            asking_third: rng.one_in(3).then(|| any_text(&mut rng)),
            drafts: (0..rng.between(0, 2))
                .map(|_| Draft {
                    stretch: any_text(&mut rng),
                    field: if rng.one_in(2) {
                        Field::Hold
                    } else {
                        Field::Repetitions
                    },
                    text: any_text(&mut rng),
                    message: any_text(&mut rng),
                })
                .collect(),
        };
        let theirs = serde_json::to_string(&b).unwrap();
        assert_eq!(b.to_json(), theirs, "case {case}");
    }
}
