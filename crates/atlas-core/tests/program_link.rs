//! The program link: every valid program survives the round trip, and no input (random,
//! truncated, bit-flipped, foreign, from a later version) panics or is misread.
#![cfg(feature = "toml")]

mod common;

use atlas_core::content::KnowledgeBase;
use atlas_core::program::{
    check, crc32, decode, encode, ComeBack, Day, Item, ItemDose, LinkError, Program, Treatment,
    DAYS_A_WEEK, MAX_COME_BACK_WEEKS, MAX_ITEMS, MAX_LINK_CHARS, MAX_NOTE_CHARS, TIMES_A_DAY,
};
use common::rng::Rng;

/// Characters a therapist might type in a note, including non-Latin and emoji.
const NOTE_CHARS: &[char] = &[
    'a', 'e', 'k', 'Z', ' ', ' ', '.', ',', '\'', '"', '\n', 'é', 'ß', 'ü', '—', '€', '日', '本',
    '😊', '#', '&', '%', '/', '?', '=', ';', '\\',
];

/// A random program that [`check`] accepts against the real content.
fn random_program(rng: &mut Rng, kb: &KnowledgeBase) -> Program {
    let count = rng.between(1, MAX_ITEMS as u64) as usize;
    // Distinct stretches, as the builder offers them (a link may not list one twice).
    let mut chosen: Vec<&atlas_core::content::Stretch> = Vec::new();
    while chosen.len() < count {
        let stretch = rng.pick(&kb.stretches);
        if !chosen.iter().any(|s| s.id == stretch.id) {
            chosen.push(stretch);
        }
    }
    let items = chosen
        .into_iter()
        .map(|stretch| {
            let mut dose = ItemDose::from_stretch(&stretch.dose);
            if dose.hold_seconds > 0 {
                dose.hold_seconds = rng.between(1, 120) as u16;
            } else {
                dose.breath_seconds = rng.between(3, 12) as u8;
            }
            dose.repetitions = rng.between(1, 10) as u8;
            dose.each_side = rng.one_in(2);
            dose.times_a_day = rng.between(
                u64::from(*TIMES_A_DAY.start()),
                u64::from(*TIMES_A_DAY.end()),
            ) as u8;
            dose.days_a_week = rng.between(
                u64::from(*DAYS_A_WEEK.start()),
                u64::from(*DAYS_A_WEEK.end()),
            ) as u8;
            Item {
                stretch: stretch.id.clone(),
                dose,
            }
        })
        .collect();
    let treatment = (!rng.one_in(3)).then(|| {
        let some = |rng: &mut Rng, ids: Vec<&String>| -> Vec<String> {
            let n = rng.between(0, 4) as usize;
            (0..n).map(|_| (*rng.pick(&ids)).clone()).collect()
        };
        let muscles = some(rng, kb.muscles.iter().map(|m| &m.id).collect());
        let techniques = some(rng, kb.techniques.iter().map(|t| &t.id).collect());
        let aftercare = some(rng, kb.aftercare.iter().map(|a| &a.id).collect());
        let len = rng.between(0, MAX_NOTE_CHARS as u64) as usize;
        let note = (0..len).map(|_| *rng.pick(NOTE_CHARS)).collect();
        let come_back = match rng.between(0, 2) {
            0 => None,
            1 => Some(ComeBack::InWeeks(
                rng.between(1, u64::from(MAX_COME_BACK_WEEKS)) as u8,
            )),
            _ => Some(ComeBack::On(Day(rng.between(10_957, 80_000) as i32))),
        };
        Treatment {
            muscles,
            techniques,
            aftercare,
            note,
            come_back,
        }
    });
    Program { items, treatment }
}

/// The program of the lead's example: two stretches at the content's doses, no treatment.
fn two_stretches(kb: &KnowledgeBase) -> Program {
    let item = |id: &str| Item {
        stretch: id.to_string(),
        dose: ItemDose::from_stretch(&kb.stretch(id).expect("stretch exists").dose),
    };
    Program::of(vec![item("figure-4"), item("kneeling-hip-flexor")])
}

#[test]
fn every_valid_program_round_trips() {
    let kb = common::load_assets();
    let mut rng = Rng(0x5EED_0013);
    for case in 0..5_000 {
        let program = random_program(&mut rng, &kb);
        assert_eq!(check(&program, &kb), Ok(()), "case {case} is valid");
        let link = encode(&program);
        assert!(
            link.len() <= MAX_LINK_CHARS,
            "case {case}: {} chars",
            link.len()
        );
        assert!(
            link.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'),
            "case {case}: URL-safe without escaping: {link}"
        );
        assert_eq!(decode(&link), Ok(program), "case {case}");
    }
}

#[test]
fn a_two_stretch_program_fits_a_small_qr_code() {
    let kb = common::load_assets();
    let link = encode(&two_stretches(&kb));
    println!("{} chars: {link}", link.len());
    assert!(link.len() < 100, "{} chars: {link}", link.len());
    let mut with_note = two_stretches(&kb);
    with_note.treatment = Some(Treatment {
        muscles: vec!["piriformis".into(), "gluteus-medius".into()],
        techniques: vec!["trigger-point".into()],
        aftercare: vec!["water".into(), "mobility-later".into()],
        note: "x".repeat(MAX_NOTE_CHARS),
        come_back: Some(ComeBack::InWeeks(4)),
    });
    let link = encode(&with_note);
    println!("{} chars with a full note", link.len());
    assert!(link.len() < 600, "{} chars", link.len());
    assert_eq!(decode(&link), Ok(with_note));
}

#[test]
fn encoding_is_deterministic_and_starts_with_the_version() {
    let kb = common::load_assets();
    let p = two_stretches(&kb);
    assert_eq!(encode(&p), encode(&p.clone()));
    assert!(encode(&p).starts_with('1'));
}

#[test]
fn the_checksum_is_crc32() {
    // The standard check value of CRC-32/ISO-HDLC over "123456789".
    assert_eq!(crc32(b'1', b"23456789"), 0xCBF4_3926);
}

/// Decodes without panicking, and if it decodes to a program, that program re-encodes to the
/// same text (nothing is misread quietly).
fn never_misread(input: &str) -> Result<Program, LinkError> {
    let result = decode(input);
    if let Ok(program) = &result {
        assert_eq!(encode(program), input.trim(), "accepted {input:?}");
    }
    result
}

#[test]
fn truncated_links_are_damaged() {
    let kb = common::load_assets();
    let mut rng = Rng(7);
    for _ in 0..300 {
        let link = encode(&random_program(&mut rng, &kb));
        for end in 1..link.len() {
            let result = never_misread(&link[..end]);
            assert_eq!(result, Err(LinkError::Damaged), "cut at {end} of {link}");
        }
    }
}

#[test]
fn changed_characters_and_flipped_bits_are_caught() {
    let kb = common::load_assets();
    let mut rng = Rng(11);
    let alphabet: Vec<u8> =
        b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".to_vec();
    for _ in 0..3_000 {
        let link = encode(&random_program(&mut rng, &kb));
        let mut bytes = link.clone().into_bytes();
        let at = rng.between(1, bytes.len() as u64 - 1) as usize;
        let was = bytes[at];
        while bytes[at] == was {
            bytes[at] = *rng.pick(&alphabet);
        }
        let changed = String::from_utf8(bytes).expect("ascii");
        // A changed last character may only alter padding bits base64 ignores... the strict
        // decoder rejects those too, so every change is caught.
        assert_eq!(
            never_misread(&changed),
            Err(LinkError::Damaged),
            "{changed}"
        );
        // Raw bit flips anywhere may make it foreign or damaged, never a program.
        let mut raw = link.clone().into_bytes();
        let at = rng.between(0, raw.len() as u64 - 1) as usize;
        raw[at] ^= 1 << rng.between(0, 7);
        if let Ok(text) = String::from_utf8(raw) {
            if text != link {
                assert!(never_misread(&text).is_err(), "{text}");
            }
        }
    }
}

#[test]
fn random_and_foreign_text_is_rejected_without_panicking() {
    let mut rng = Rng(99);
    let pool: Vec<char> = "ABCxyz019-_+/=#?&% \u{e9}\u{1f60a}1234567890abcdefghijklmnopqrstuvwxyz"
        .chars()
        .collect();
    for _ in 0..20_000 {
        let len = rng.between(0, 200) as usize;
        let text: String = (0..len).map(|_| *rng.pick(&pool)).collect();
        let _ = never_misread(&text);
    }
    // Random bytes behind our version mark: the checksum turns them away.
    for _ in 0..20_000 {
        let len = rng.between(0, 300) as usize;
        let text: String = std::iter::once('1')
            .chain((0..len).map(|_| {
                *rng.pick(
                    &"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
                        .chars()
                        .collect::<Vec<_>>(),
                )
            }))
            .collect();
        assert!(never_misread(&text).is_err(), "{text}");
    }
    for foreign in [
        "https://example.com/?q=1",
        "#/program",
        "hello",
        "0AAAA",
        "x1AAAA",
        "1AAA=",
        "1 AAAA",
        "{\"schema\":1}",
        "\u{1f60a}",
    ] {
        let result = never_misread(foreign);
        assert!(
            matches!(result, Err(LinkError::NotOurs) | Err(LinkError::Damaged)),
            "{foreign}: {result:?}"
        );
    }
}

#[test]
fn empty_too_long_and_future_links_say_so() {
    assert_eq!(decode(""), Err(LinkError::Empty));
    assert_eq!(decode("  \n"), Err(LinkError::Empty));
    assert_eq!(
        decode(&"1".repeat(MAX_LINK_CHARS + 1)),
        Err(LinkError::TooLong)
    );
    for v in 2..=9u8 {
        let link = format!("{v}AnythingAtAll");
        assert_eq!(decode(&link), Err(LinkError::FromTheFuture { version: v }));
    }
    let future = LinkError::FromTheFuture { version: 2 }.to_string();
    assert!(future.contains("newer version"), "{future}");
}

#[test]
fn every_error_reads_as_a_short_sentence() {
    let errors = [
        LinkError::Empty,
        LinkError::NotOurs,
        LinkError::FromTheFuture { version: 3 },
        LinkError::Damaged,
        LinkError::TooLong,
        LinkError::Unknown {
            what: "the stretch \"x\"".into(),
        },
        LinkError::OutOfRange {
            what: "the note's length".into(),
        },
    ];
    for e in errors {
        let text = e.to_string();
        assert!(text.ends_with('.'), "{text}");
        assert!(text.len() < 200, "{text}");
        assert!(text.starts_with(char::is_uppercase), "{text}");
    }
}

#[test]
fn whitespace_around_a_copied_link_is_ignored() {
    let kb = common::load_assets();
    let p = two_stretches(&kb);
    assert_eq!(decode(&format!("  {}\n", encode(&p))), Ok(p));
}
