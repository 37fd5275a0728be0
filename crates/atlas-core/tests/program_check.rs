//! A decoded program is held against the content: unknown ids and numbers outside the
//! content's ranges are caught, and the dose's time is the player's time.
#![cfg(feature = "toml")]

mod common;

use atlas_core::content::{Goal, KnowledgeBase};
use atlas_core::program::{
    check, session_seconds, ComeBack, Day, Item, ItemDose, LinkError, Program, Treatment,
    FIVE_MINUTES, MAX_NOTE_CHARS,
};
use atlas_core::rig::Schedule;

fn item(kb: &KnowledgeBase, id: &str) -> Item {
    Item {
        stretch: id.to_string(),
        dose: ItemDose::from_stretch(&kb.stretch(id).expect("stretch exists").dose),
    }
}

fn with_treatment(kb: &KnowledgeBase, t: Treatment) -> Program {
    Program {
        items: vec![item(kb, "figure-4")],
        treatment: Some(t),
    }
}

fn unknown(r: Result<(), LinkError>) -> String {
    match r {
        Err(LinkError::Unknown { what }) => what,
        other => panic!("expected Unknown, got {other:?}"),
    }
}

fn out_of_range(r: Result<(), LinkError>) -> String {
    match r {
        Err(LinkError::OutOfRange { what }) => what,
        other => panic!("expected OutOfRange, got {other:?}"),
    }
}

#[test]
fn a_program_of_known_stretches_and_treatment_passes() {
    let kb = common::load_assets();
    let p = with_treatment(
        &kb,
        Treatment {
            muscles: vec!["piriformis".into()],
            techniques: vec!["trigger-point".into()],
            aftercare: vec!["water".into(), "rest".into(), "mobility-later".into()],
            note: "é".repeat(MAX_NOTE_CHARS),
            come_back: Some(ComeBack::On(Day::from_ymd(2026, 12, 12).unwrap())),
        },
    );
    assert_eq!(check(&p, &kb), Ok(()));
}

#[test]
fn unknown_ids_are_named() {
    let kb = common::load_assets();
    let p = Program::of(vec![Item {
        stretch: "pigeon-pose".into(),
        dose: item(&kb, "figure-4").dose,
    }]);
    assert_eq!(unknown(check(&p, &kb)), "the stretch \"pigeon-pose\"");
    let t = |muscles: &[&str], techniques: &[&str], aftercare: &[&str]| Treatment {
        muscles: muscles.iter().map(|s| s.to_string()).collect(),
        techniques: techniques.iter().map(|s| s.to_string()).collect(),
        aftercare: aftercare.iter().map(|s| s.to_string()).collect(),
        ..Treatment::default()
    };
    let p = with_treatment(&kb, t(&["biceps"], &[], &[]));
    assert_eq!(unknown(check(&p, &kb)), "the muscle group \"biceps\"");
    let p = with_treatment(&kb, t(&[], &["reiki"], &[]));
    assert_eq!(unknown(check(&p, &kb)), "the technique \"reiki\"");
    let p = with_treatment(&kb, t(&[], &[], &["ice-bath"]));
    assert_eq!(unknown(check(&p, &kb)), "the aftercare \"ice-bath\"");
    // A crafted id cannot fill the message.
    let long = "x".repeat(5_000);
    let p = with_treatment(&kb, t(&[], &[long.as_str()], &[]));
    assert!(unknown(check(&p, &kb)).chars().count() < 60);
}

#[test]
fn counts_doses_notes_and_dates_out_of_range_are_caught() {
    let kb = common::load_assets();
    assert!(out_of_range(check(&Program::of(vec![]), &kb)).contains("none"));
    let four = Program::of(vec![item(&kb, "figure-4"); 4]);
    assert!(out_of_range(check(&four, &kb)).contains("(4)"));

    let bad = |f: fn(&mut ItemDose), id: &str| {
        let mut it = item(&kb, id);
        f(&mut it.dose);
        out_of_range(check(&Program::of(vec![it]), &kb))
    };
    assert!(bad(|d| d.hold_seconds = 0, "figure-4").starts_with("the hold of"));
    assert!(bad(|d| d.hold_seconds = 121, "figure-4").starts_with("the hold of"));
    assert!(bad(|d| d.breath_seconds = 5, "figure-4").starts_with("the breath"));
    assert!(bad(|d| d.repetitions = 0, "figure-4").starts_with("the repetitions"));
    assert!(bad(|d| d.repetitions = 11, "figure-4").starts_with("the repetitions"));
    assert!(bad(|d| d.times_a_day = 0, "figure-4").starts_with("the times a day"));
    assert!(bad(|d| d.times_a_day = 4, "figure-4").starts_with("the times a day"));
    assert!(bad(|d| d.days_a_week = 0, "figure-4").starts_with("the days a week"));
    assert!(bad(|d| d.days_a_week = 8, "figure-4").starts_with("the days a week"));
    assert!(bad(|d| d.hold_seconds = 30, "cat-cow").starts_with("the hold of a moving"));
    assert!(bad(|d| d.breath_seconds = 2, "cat-cow").starts_with("the breath"));
    assert!(bad(|d| d.breath_seconds = 13, "cat-cow").starts_with("the breath"));
    assert!(bad(|d| d.hold_seconds = 30, "cat-cow").contains("Cat"));

    let note = |n: usize| Treatment {
        note: "a".repeat(n),
        ..Treatment::default()
    };
    assert_eq!(
        check(&with_treatment(&kb, note(MAX_NOTE_CHARS)), &kb),
        Ok(())
    );
    let too_long = with_treatment(&kb, note(MAX_NOTE_CHARS + 1));
    assert_eq!(out_of_range(check(&too_long, &kb)), "the note's length");

    let back = |c: ComeBack| Treatment {
        come_back: Some(c),
        ..Treatment::default()
    };
    for ok in [ComeBack::InWeeks(1), ComeBack::InWeeks(12)] {
        assert_eq!(check(&with_treatment(&kb, back(ok)), &kb), Ok(()));
    }
    for bad in [
        ComeBack::InWeeks(0),
        ComeBack::InWeeks(13),
        ComeBack::On(Day(-5)),
    ] {
        assert!(
            check(&with_treatment(&kb, back(bad)), &kb).is_err(),
            "{bad:?}"
        );
    }
}

#[test]
fn the_default_dose_is_the_contents_once_a_day_every_day() {
    let kb = common::load_assets();
    for stretch in &kb.stretches {
        let d = ItemDose::from_stretch(&stretch.dose);
        assert_eq!(u32::from(d.hold_seconds), stretch.dose.hold_seconds);
        assert_eq!(u32::from(d.repetitions), stretch.dose.repetitions);
        assert_eq!(d.each_side, stretch.dose.each_side);
        assert_eq!(u32::from(d.breath_seconds), stretch.dose.breath_seconds);
        assert_eq!((d.times_a_day, d.days_a_week), (1, 7));
        assert_eq!(d.problem(&stretch.dose), None, "{}", stretch.id);
        // Worded exactly as the stretch page words the same amount.
        let page = stretch.dose.in_words(stretch.goal);
        let amount = d.in_words(stretch.goal);
        let shared = amount.trim_end_matches(", once a day, every day");
        assert!(page.starts_with(shared), "{page} / {amount}");
    }
}

#[test]
fn a_dose_in_words() {
    let kb = common::load_assets();
    let mut d = item(&kb, "standing-quad").dose;
    assert_eq!(
        d.in_words(Goal::Lengthen),
        "Hold 30 seconds, twice on each side, once a day, every day"
    );
    d.times_a_day = 2;
    d.days_a_week = 5;
    d.each_side = false;
    d.repetitions = 3;
    assert_eq!(
        d.in_words(Goal::Lengthen),
        "Hold 30 seconds, 3 times, twice a day, 5 days a week"
    );
    d.times_a_day = 3;
    d.days_a_week = 1;
    assert!(d
        .in_words(Goal::Lengthen)
        .ends_with("3 times a day, one day a week"));
    let cat = item(&kb, "cat-cow").dose;
    assert_eq!(
        cat.in_words(Goal::Lengthen),
        "8 slow repetitions, one breath of about 6 seconds each, once a day, every day"
    );
    // An exercise's seconds per repetition are the animation's pace, not advice; it starts at
    // three days a week.
    let bridge = kb.stretch("bridge").map(Item::of).unwrap();
    assert_eq!(
        bridge.dose.in_words(Goal::Strengthen),
        "10 slow repetitions, once a day, 3 days a week"
    );
}

#[test]
fn session_time_is_the_players_time_for_real_guides() {
    let kb = common::load_assets();
    let guides = common::load_guide_assets();
    let ids = ["figure-4", "cat-cow", "standing-quad"];
    let p = Program::of(ids.iter().map(|id| item(&kb, id)).collect());
    let by_hand: f64 = p
        .items
        .iter()
        .map(|it| {
            let guide = guides.iter().find(|g| g.stretch == it.stretch).unwrap();
            Schedule::new(guide, it.dose.guide_dose()).total_duration()
        })
        .sum();
    let total = session_seconds(&p, &guides);
    assert!((total - by_hand).abs() < 1e-9, "{total} vs {by_hand}");
    assert!(total > 0.0);
    // More repetitions take longer; the same stretch twice takes twice as long.
    let one = Program::of(vec![item(&kb, "figure-4")]);
    let two = Program::of(vec![item(&kb, "figure-4"); 2]);
    let t1 = session_seconds(&one, &guides);
    assert!((session_seconds(&two, &guides) - 2.0 * t1).abs() < 1e-9);
    let mut more = one.clone();
    more.items[0].dose.repetitions = 2;
    assert!(session_seconds(&more, &guides) > t1);
    // Every condition's suggested pair fits seed 003's five minutes at the default dose.
    for condition in &kb.conditions {
        let p = Program::of(
            condition
                .start_here
                .iter()
                .map(|id| item(&kb, id))
                .collect(),
        );
        assert!(
            session_seconds(&p, &guides) <= FIVE_MINUTES,
            "{}",
            condition.id
        );
    }
}

#[test]
fn a_stretch_without_a_guide_adds_no_time() {
    let kb = common::load_assets();
    let p = Program::of(vec![item(&kb, "figure-4")]);
    assert_eq!(session_seconds(&p, &[]), 0.0);
}

#[test]
fn the_contents_words_are_kind_and_cover_every_week() {
    let kb = common::load_assets();
    for days in 0..=7 {
        let e = kb.encouragement(days).expect("words for every count");
        let words = e.words(days);
        assert!(!words.contains('{'), "{words}");
        assert!(!words.to_lowercase().contains("streak"), "{words}");
    }
    assert!(kb
        .encouragement(1)
        .unwrap()
        .words(1)
        .starts_with("1 day this week"));
    assert!(kb
        .encouragement(3)
        .unwrap()
        .words(3)
        .starts_with("3 days this week"));
    for id in atlas_core::content::REQUIRED_PROGRAM_NOTES {
        assert!(kb.program_note(id).is_some(), "{id}");
    }
    for id in ["water", "rest", "mobility-later"] {
        assert!(kb.aftercare_entry(id).is_some(), "{id}");
    }
}

#[test]
fn encouragement_fills_in_the_days_and_keeps_its_sources() {
    let kb = common::load_assets();
    let (words, claim) = atlas_core::program::encouragement(&kb, 3).expect("words");
    assert!(words.starts_with("3 days this week"), "{words}");
    assert!(!claim.sources.is_empty());
    let (none, _) = atlas_core::program::encouragement(&kb, 0).expect("words for a new week");
    assert!(!none.contains("0 days"), "{none}");
}

#[test]
fn a_program_can_start_from_a_conditions_suggested_stretches() {
    let kb = common::load_assets();
    for condition in kb.conditions.iter().filter(|c| !c.start_here.is_empty()) {
        let p = Program::start_here(&kb, &condition.id).expect("known condition");
        let ids: Vec<&str> = p.items.iter().map(|i| i.stretch.as_str()).collect();
        let want: Vec<&str> = condition.start_here.iter().map(String::as_str).collect();
        assert_eq!(ids, want, "{}", condition.id);
        assert_eq!(check(&p, &kb), Ok(()), "{}", condition.id);
    }
    assert_eq!(Program::start_here(&kb, "no-such-condition"), None);
}

/// Issue 26, why 6: a link could list the same stretch three times at the highest dose; the
/// builder offers each stretch once, and a link is held to the same.
#[test]
fn the_same_stretch_twice_is_out_of_range() {
    let kb = common::load_assets();
    let mut p = Program::of(vec![item(&kb, "figure-4"), item(&kb, "knee-to-chest")]);
    assert_eq!(check(&p, &kb), Ok(()));
    p.items.push(item(&kb, "figure-4"));
    let what = out_of_range(check(&p, &kb));
    assert!(what.contains("times") && what.contains("appears"), "{what}");
    let p = Program::of(vec![item(&kb, "knee-to-chest"); 3]);
    assert!(matches!(check(&p, &kb), Err(LinkError::OutOfRange { .. })));
}
