//! Property tests for what reaches the phone from outside (issue 26, item 7): the link codec,
//! the saved store and the import, fed random bytes, truncations, bit flips and forged but
//! well-formed payloads. Seeded ([`Rng`]), so every run and every machine sees the same cases,
//! and sized to run in a few seconds under `cargo test`.
#![cfg(feature = "toml")]

mod common;

use atlas_core::content::KnowledgeBase;
use atlas_core::program::{
    check, crc32, decode, encode, import, saved_from_json, saved_to_json, ComeBack, Day,
    FileProgram, Item, ItemDose, Log, LogEntry, Program, Saved, Treatment, MAX_EASE, MAX_ITEMS,
    VERSION,
};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use common::rng::Rng;
use serde_json::json;
use std::collections::HashMap;

/// A serde_json value as the core's own JSON value, for comparing what is set aside.
fn v(x: serde_json::Value) -> atlas_core::json::Value {
    atlas_core::json::parse(&x.to_string()).expect("serde_json writes JSON")
}

/// A day anywhere from 1900 to 2300, so some are outside the plausible years.
fn any_day(rng: &mut Rng) -> Day {
    Day(rng.between(0, 146_000) as i32 - 25_567)
}

/// A session, sometimes implausible (a day out of range, an ease above 10).
fn any_entry(rng: &mut Rng) -> LogEntry {
    let ease = |rng: &mut Rng| (!rng.one_in(3)).then(|| rng.between(0, 12) as u8);
    LogEntry {
        day: if rng.one_in(4) {
            any_day(rng)
        } else {
            Day(rng.between(20_400, 20_500) as i32)
        },
        ease_before: ease(rng),
        ease_after: ease(rng),
    }
}

/// A log of plausible sessions (as the app records them), with repeats on some days.
fn any_log(rng: &mut Rng) -> Log {
    let mut log = Log::default();
    for _ in 0..rng.between(0, 40) {
        let e = any_entry(rng);
        if e.is_plausible() {
            log.record(e);
        }
    }
    log
}

/// A program whose fields are anything their types allow: what a forger can put in a link or
/// a file with a correct checksum.
fn forged_program(rng: &mut Rng, kb: &KnowledgeBase) -> Program {
    let id = |rng: &mut Rng| {
        if rng.one_in(4) {
            format!("no-such-{}", rng.next() % 100)
        } else {
            rng.pick(&kb.stretches).id.clone()
        }
    };
    let items = (0..rng.between(0, 4))
        .map(|_| Item {
            stretch: id(rng),
            dose: if rng.one_in(2) {
                Item::of(rng.pick(&kb.stretches)).dose
            } else {
                ItemDose {
                    hold_seconds: *rng.pick(&[0, 1, 30, 120, 121, u16::MAX]),
                    repetitions: *rng.pick(&[0, 1, 10, 11, u8::MAX]),
                    each_side: rng.one_in(2),
                    breath_seconds: *rng.pick(&[0, 3, 12, 13, u8::MAX]),
                    times_a_day: *rng.pick(&[0, 1, 3, 4, u8::MAX]),
                    days_a_week: *rng.pick(&[0, 1, 7, 8, u8::MAX]),
                }
            },
        })
        .collect();
    let treatment = rng.one_in(2).then(|| Treatment {
        muscles: (0..rng.between(0, 3))
            .map(|_| rng.pick(&kb.muscles).id.clone())
            .collect(),
        techniques: vec![],
        aftercare: vec![],
        note: "x".repeat(rng.between(0, 300) as usize),
        come_back: match rng.between(0, 2) {
            0 => None,
            1 => Some(ComeBack::InWeeks(rng.next() as u8)),
            _ => Some(ComeBack::On(Day(rng.next() as i32))),
        },
    });
    Program { items, treatment }
}

/// What [`check`] promises of a program it lets through: what the builder could have made.
fn builder_could_make(p: &Program, kb: &KnowledgeBase) -> bool {
    let distinct = p
        .items
        .iter()
        .enumerate()
        .all(|(i, item)| p.items[..i].iter().all(|e| e.stretch != item.stretch));
    (1..=MAX_ITEMS).contains(&p.items.len())
        && distinct
        && p.items.iter().all(|item| {
            kb.stretch(&item.stretch)
                .is_some_and(|s| item.dose.problem(&s.dose).is_none())
        })
}

/// Whether every date in the program is one the store can read back.
fn dates_plausible(p: &Program) -> bool {
    match p.treatment.as_ref().and_then(|t| t.come_back) {
        Some(ComeBack::On(day)) => day.is_plausible(),
        _ => true,
    }
}

/// What any read of stored text must give: plausible sessions in day order.
fn well_formed(s: &Saved) -> bool {
    s.log.entries.iter().all(LogEntry::is_plausible)
        && s.log.entries.windows(2).all(|w| w[0].day <= w[1].day)
}

/// Sessions as a multiset, to compare logs whatever the order within a day.
fn counts(log: &Log) -> HashMap<LogEntry, usize> {
    let mut m = HashMap::new();
    for e in &log.entries {
        *m.entry(*e).or_default() += 1;
    }
    m
}

#[test]
fn forged_links_with_good_checksums_decode_exactly_and_check_holds_the_line() {
    let kb = common::load_assets();
    let mut rng = Rng(0x26_F0F0);
    let mut passed = 0;
    for case in 0..3000 {
        let p = forged_program(&mut rng, &kb);
        let link = encode(&p);
        assert_eq!(decode(&link), Ok(p.clone()), "case {case}");
        match check(&p, &kb) {
            Ok(()) => {
                passed += 1;
                assert!(builder_could_make(&p, &kb), "case {case}: {p:?}");
            }
            Err(e) => assert!(!e.to_string().is_empty()),
        }
    }
    assert!(
        passed > 10,
        "some forged programs are also fair ones: {passed}"
    );
}

#[test]
fn random_bytes_with_a_good_checksum_never_panic() {
    let kb = common::load_assets();
    let mut rng = Rng(0x26_B17E);
    for _ in 0..20_000 {
        let len = rng.between(0, 80) as usize;
        let body: Vec<u8> = (0..len).map(|_| rng.next() as u8).collect();
        let mut bytes = body.clone();
        bytes.extend_from_slice(&crc32(VERSION, &body).to_le_bytes());
        let link = format!("{VERSION}{}", URL_SAFE_NO_PAD.encode(&bytes));
        if let Ok(p) = decode(&link) {
            if check(&p, &kb).is_ok() {
                assert!(builder_could_make(&p, &kb), "{link}");
            }
        }
    }
}

#[test]
fn the_store_round_trips_and_reading_is_a_fixed_point() {
    let kb = common::load_assets();
    let mut rng = Rng(0x26_5A7E);
    for case in 0..400 {
        let mut s = Saved {
            program: rng.one_in(2).then(|| forged_program(&mut rng, &kb)),
            log: any_log(&mut rng),
            set_aside: vec![],
            received: None,
        };
        if rng.one_in(3) {
            s.set_aside = vec![v(json!({"day": "1970-01-01"})), v(json!(rng.next() % 1000))];
        }
        let text = saved_to_json(&s);
        let mut expected = s.clone();
        // A program with a date no app writes (a forged "come back on") is set aside whole.
        if let Some(p) = expected.program.take_if(|p| !dates_plausible(p)) {
            expected.set_aside.push(v(json!({ "program": p })));
        }
        assert_eq!(saved_from_json(&text), Ok(expected), "case {case}");
    }
}

#[test]
fn damaged_stores_never_panic_and_lose_nothing_they_can_read() {
    let kb = common::load_assets();
    let mut rng = Rng(0x26_DA3A);
    for case in 0..60 {
        let mut log = any_log(&mut rng);
        // Some sessions no app would write, inside an otherwise good store.
        let odd: Vec<LogEntry> = (0..rng.between(0, 3))
            .map(|_| LogEntry {
                day: any_day(&mut rng),
                ease_before: Some(MAX_EASE + 1),
                ease_after: None,
            })
            .collect();
        let mut entries = log.entries.clone();
        entries.extend(odd.iter().copied());
        let program = rng
            .one_in(2)
            .then(|| forged_program(&mut rng, &kb))
            .filter(dates_plausible);
        let text = json!({"schema": 1, "program": program, "log": entries}).to_string();
        let read = saved_from_json(&text).expect("a schema-1 store with odd sessions reads");
        assert_eq!(
            counts(&read.log),
            counts(&log),
            "case {case}: every good session"
        );
        assert_eq!(
            read.set_aside.len(),
            odd.len(),
            "case {case}: each odd one aside"
        );
        log = read.log.clone();

        // Truncations and bit flips: an answer, never a panic; what reads is well formed,
        // and reading what is written back gives the same again.
        let bytes = text.as_bytes();
        for _ in 0..60 {
            let mut damaged = bytes.to_vec();
            match rng.between(0, 2) {
                0 => damaged.truncate(rng.between(0, bytes.len() as u64) as usize),
                1 => {
                    for _ in 0..rng.between(1, 4) {
                        let i = rng.between(0, damaged.len() as u64 - 1) as usize;
                        damaged[i] ^= 1 << rng.between(0, 7);
                    }
                }
                _ => {
                    let i = rng.between(0, damaged.len() as u64 - 1) as usize;
                    damaged[i] = *rng.pick(b"0123456789\"{}[],:-aenrtul ");
                }
            }
            let Ok(damaged) = String::from_utf8(damaged) else {
                continue;
            };
            if let Ok(s) = saved_from_json(&damaged) {
                assert!(well_formed(&s), "case {case}: {damaged}");
                assert_eq!(saved_from_json(&saved_to_json(&s)), Ok(s), "{damaged}");
            }
        }
        let _ = log;
    }
    for _ in 0..3000 {
        let len = rng.between(0, 200) as usize;
        let noise: Vec<u8> = (0..len)
            .map(|_| *rng.pick(b"{}[]\":,0129.-eE truefalsnl\\u\xc3\xa9schemalogdayprogram"))
            .collect();
        if let Ok(text) = String::from_utf8(noise) {
            if let Ok(s) = saved_from_json(&text) {
                assert!(well_formed(&s), "{text}");
            }
        }
    }
}

#[test]
fn imports_merge_and_never_double_or_drop() {
    let kb = common::load_assets();
    let mut rng = Rng(0x26_1A50);
    for case in 0..300 {
        let phone = Saved {
            program: rng.one_in(2).then(|| forged_program(&mut rng, &kb)),
            log: any_log(&mut rng),
            set_aside: vec![],
            received: None,
        };
        let mut other = if rng.one_in(2) {
            phone.clone()
        } else {
            Saved::default()
        };
        other.log.merge(&any_log(&mut rng));
        if rng.one_in(2) {
            other.program = Some(forged_program(&mut rng, &kb));
        }
        let file = saved_to_json(&other);
        let once = import(&phone, file.len() as u64, &file, &kb).expect("our own format");
        // Nothing on the phone is lost, every session of the file is there, no more.
        let (had, got, theirs) = (
            counts(&phone.log),
            counts(&once.saved.log),
            counts(&other.log),
        );
        for (e, n) in &got {
            assert_eq!(
                *n,
                had.get(e).copied().max(theirs.get(e).copied()).unwrap_or(0),
                "case {case}"
            );
        }
        assert!(had.keys().chain(theirs.keys()).all(|e| got.contains_key(e)));
        assert_eq!(
            once.saved.program, phone.program,
            "case {case}: never imposed"
        );
        if let FileProgram::Offer(p) = &once.program {
            assert!(
                builder_could_make(p, &kb),
                "case {case}: only a fair program is offered"
            );
        }
        let twice = import(&once.saved, file.len() as u64, &file, &kb).unwrap();
        assert_eq!(twice.added, 0, "case {case}");
        assert_eq!(twice.saved, once.saved, "case {case}");
        // Own export back in: nothing added.
        let own = saved_to_json(&once.saved);
        assert_eq!(
            import(&once.saved, own.len() as u64, &own, &kb)
                .unwrap()
                .added,
            0
        );
    }
}
