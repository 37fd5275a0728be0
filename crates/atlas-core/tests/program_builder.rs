//! The builder's rules: doses held to each move's range with the range in words, a cleared
//! field that keeps the dose, starter sets from a condition, the client's words through the
//! site's search, the tab's copy read back safely, and random edit sequences that never leave
//! an item the player cannot play.
#![cfg(feature = "toml")]

mod common;

use atlas_core::content::{KnowledgeBase, SearchIndex};
use atlas_core::program::{
    check, find, Bounds, Builder, Day, Edit, Field, TreatmentEdit, MAX_ITEMS, MIN_HOLD_SECONDS,
};
use atlas_core::rig::Guide;
use common::rng::Rng;
use std::sync::OnceLock;

fn kb() -> &'static KnowledgeBase {
    static KB: OnceLock<KnowledgeBase> = OnceLock::new();
    KB.get_or_init(common::load_assets)
}

fn guides() -> &'static [Guide] {
    static GUIDES: OnceLock<Vec<Guide>> = OnceLock::new();
    GUIDES.get_or_init(common::load_guide_assets)
}

fn with(ids: &[&str]) -> Builder {
    let mut b = Builder::default();
    for id in ids {
        b.update(kb(), add(id, true));
    }
    b
}

fn add(id: &str, confirmed: bool) -> Edit {
    Edit::Add {
        stretch: id.into(),
        confirmed,
    }
}

fn hold(id: &str, text: &str) -> Edit {
    Edit::Type {
        stretch: id.into(),
        field: Field::Hold,
        text: text.into(),
    }
}

#[test]
fn a_hold_outside_its_range_is_refused_with_the_range_in_words() {
    let mut b = with(&["figure-4"]);
    for typed in ["600", "5", "14", "121", "-3", "abc", "1e3"] {
        b.update(kb(), hold("figure-4", typed));
        assert_eq!(b.items[0].dose.hold_seconds, 60, "{typed} changed the hold");
        let draft = b
            .draft("figure-4", Field::Hold)
            .expect("the typed text stays");
        assert_eq!(draft.text, typed);
        assert_eq!(draft.message, "Hold between 15 and 120 seconds.");
    }
    b.update(kb(), hold("figure-4", "45"));
    assert_eq!(b.items[0].dose.hold_seconds, 45);
    assert_eq!(b.draft("figure-4", Field::Hold), None);
    b.update(kb(), hold("figure-4", &MIN_HOLD_SECONDS.to_string()));
    assert_eq!(b.items[0].dose.hold_seconds, MIN_HOLD_SECONDS);
    b.update(kb(), hold("figure-4", "120"));
    assert_eq!(b.items[0].dose.hold_seconds, 120);
}

#[test]
fn clearing_the_hold_keeps_the_stretch_held_and_the_field_showing() {
    let mut b = with(&["figure-4"]);
    b.update(kb(), hold("figure-4", ""));
    let dose = b.items[0].dose;
    assert_eq!(dose.hold_seconds, 60);
    assert_eq!(dose.breath_seconds, 0);
    let words = dose.in_words(kb().stretch("figure-4").unwrap().goal);
    assert!(words.starts_with("Hold 60 seconds"), "{words}");
    assert!(!words.contains("breath"), "{words}");
    assert_eq!(b.draft("figure-4", Field::Hold).unwrap().text, "");
    // The hand-over waits until the field says what the code would carry.
    let why = b.ready(kb()).unwrap_err();
    assert_eq!(
        why,
        "Correct Figure-4 stretch first: Hold between 15 and 120 seconds."
    );
    b.update(kb(), hold("figure-4", " 30 "));
    assert!(b.ready(kb()).is_ok());
}

#[test]
fn repetitions_have_their_own_range_and_a_moving_stretch_has_no_hold() {
    let mut b = with(&["cat-cow"]);
    b.update(kb(), hold("cat-cow", "30"));
    assert_eq!(
        b.items[0].dose.hold_seconds, 0,
        "a breath-paced move stays one"
    );
    assert_eq!(b.drafts, vec![]);
    let reps = |text: &str| Edit::Type {
        stretch: "cat-cow".into(),
        field: Field::Repetitions,
        text: text.into(),
    };
    b.update(kb(), reps("0"));
    assert_eq!(b.items[0].dose.repetitions, 8);
    let draft = b.draft("cat-cow", Field::Repetitions).unwrap();
    assert_eq!(draft.message, "Between 1 and 10 repetitions.");
    b.update(kb(), reps("4"));
    assert_eq!(b.items[0].dose.repetitions, 4);
    let figure = Bounds::of(kb().stretch("figure-4").unwrap());
    assert_eq!(
        figure.in_words(Field::Repetitions),
        "Between 1 and 10 times."
    );
}

#[test]
fn a_move_without_sides_cannot_be_given_sides() {
    let mut b = with(&["childs-pose", "figure-4"]);
    b.update(kb(), Edit::EachSide("childs-pose".into(), true));
    assert!(!b.items[0].dose.each_side);
    b.update(kb(), Edit::EachSide("figure-4".into(), false));
    assert!(!b.items[1].dose.each_side);
    b.update(kb(), Edit::TimesADay("figure-4".into(), 9));
    assert_eq!(b.items[1].dose.times_a_day, 1);
    b.update(kb(), Edit::DaysAWeek("figure-4".into(), 3));
    assert_eq!(b.items[1].dose.days_a_week, 3);
}

#[test]
fn a_third_asks_first_and_reordering_moves_one_place() {
    let mut b = with(&["figure-4", "cat-cow"]);
    b.update(kb(), add("childs-pose", false));
    assert_eq!(b.items.len(), 2);
    assert_eq!(b.asking_third.as_deref(), Some("childs-pose"));
    b.update(kb(), Edit::KeepTwo);
    assert_eq!(b.asking_third, None);
    b.update(kb(), add("childs-pose", true));
    assert_eq!(b.items.len(), 3);
    b.update(kb(), add("butterfly", true));
    assert_eq!(b.items.len(), MAX_ITEMS);
    let order = |b: &Builder| {
        b.items
            .iter()
            .map(|i| i.stretch.clone())
            .collect::<Vec<_>>()
    };
    b.update(
        kb(),
        Edit::Move {
            stretch: "childs-pose".into(),
            earlier: true,
        },
    );
    assert_eq!(order(&b), ["figure-4", "childs-pose", "cat-cow"]);
    b.update(
        kb(),
        Edit::Move {
            stretch: "figure-4".into(),
            earlier: true,
        },
    );
    assert_eq!(order(&b), ["figure-4", "childs-pose", "cat-cow"]);
    b.update(kb(), Edit::Remove("childs-pose".into()));
    assert_eq!(order(&b), ["figure-4", "cat-cow"]);
}

#[test]
fn a_condition_starts_the_program_with_its_start_here_set() {
    let b = Builder::start(kb(), "sciatica");
    let expected: Vec<&str> = (kb().start_here_for_condition("sciatica").iter())
        .map(|s| s.id.as_str())
        .collect();
    let got: Vec<&str> = b.items.iter().map(|i| i.stretch.as_str()).collect();
    assert!(!got.is_empty());
    assert_eq!(got, expected);
    assert_eq!(b.from.as_deref(), Some("sciatica"));
    assert!(b.ready(kb()).is_ok());
    assert!(!b.over_five_minutes(guides()));
    assert_eq!(Builder::start(kb(), "no-such"), Builder::default());
}

#[test]
fn the_five_minute_warning_follows_the_player_time() {
    let mut b = with(&["figure-4", "knee-to-chest"]);
    let before = b.seconds(guides());
    b.update(kb(), hold("figure-4", "120"));
    b.update(kb(), hold("knee-to-chest", "120"));
    assert!(b.seconds(guides()) > before);
    assert!(b.over_five_minutes(guides()), "{}", b.seconds(guides()));
}

#[test]
fn the_clients_words_find_conditions_to_start_from() {
    let index = SearchIndex::new(kb());
    for words in [
        "sciatica",
        "low back",
        "back pain",
        "tight hips",
        "lower back pain",
    ] {
        let found = find(kb(), &index, words);
        assert!(!found.conditions.is_empty(), "{words} found no condition");
    }
    let sciatica = find(kb(), &index, "sciatica");
    assert_eq!(sciatica.conditions[0].id, "sciatica");
    assert!(find(kb(), &index, "zzzz qqqq").conditions.is_empty());
}

#[test]
fn todays_treatment_keeps_only_what_the_content_has() {
    let mut b = with(&["figure-4"]);
    b.update(
        kb(),
        Edit::Treatment(TreatmentEdit::Muscle("piriformis".into())),
    );
    b.update(
        kb(),
        Edit::Treatment(TreatmentEdit::Muscle("no-such".into())),
    );
    assert_eq!(b.treatment.muscles, ["piriformis"]);
    b.update(
        kb(),
        Edit::Treatment(TreatmentEdit::Muscle("piriformis".into())),
    );
    assert!(b.treatment.muscles.is_empty());
    assert_eq!(b.program().treatment, None);
    b.update(kb(), Edit::Treatment(TreatmentEdit::Note("x".repeat(900))));
    assert_eq!(b.treatment.note.len(), 280);
    b.update(kb(), Edit::Treatment(TreatmentEdit::ComeBackInWeeks(40)));
    assert_eq!(b.treatment.come_back, None);
    let day = Day::parse_iso("2026-12-12");
    b.update(kb(), Edit::Treatment(TreatmentEdit::ComeBackOn(day)));
    assert!(b.program().treatment.is_some());
}

#[test]
fn the_tabs_copy_reads_back_and_cannot_smuggle_in_a_bad_dose() {
    let mut b = Builder::start(kb(), "sciatica");
    b.update(kb(), hold(&b.items[0].stretch.clone(), ""));
    b.update(
        kb(),
        Edit::Treatment(TreatmentEdit::Note("after the visit".into())),
    );
    assert_eq!(Builder::from_json(&b.to_json(), kb()), Some(b));
    let forged = r#"{"items":[{"stretch":"figure-4","dose":{"hold_seconds":0,"repetitions":1,
        "each_side":true,"breath_seconds":0,"times_a_day":1,"days_a_week":7}},
        {"stretch":"figure-4","dose":{"hold_seconds":60,"repetitions":1,"each_side":true,
        "breath_seconds":0,"times_a_day":1,"days_a_week":7}},
        {"stretch":"nope","dose":{"hold_seconds":60,"repetitions":1,"each_side":true,
        "breath_seconds":0,"times_a_day":1,"days_a_week":7}}],
        "treatment":{"muscles":["nope"],"techniques":[],"aftercare":[],"note":"","come_back":null},
        "from":"nope","asking_third":"nope","drafts":[{"stretch":"nope","field":"Hold","text":"1","message":"m"}]}"#;
    let read = Builder::from_json(forged, kb()).expect("a builder");
    assert_eq!(read.items.len(), 1);
    assert_eq!(read.items[0].dose.hold_seconds, 60);
    assert_eq!((read.from, read.asking_third), (None, None));
    assert!(read.drafts.is_empty() && read.treatment.muscles.is_empty());
    assert_eq!(Builder::from_json("{broken", kb()), None);
}

/// One random edit, mostly of the kinds a therapist makes, with numbers on and past every
/// edge and text that is not a number.
fn random_edit(rng: &mut Rng, ids: &[&str]) -> Edit {
    let id = rng.pick(ids).to_string();
    let texts = [
        "",
        "0",
        "1",
        "5",
        "14",
        "15",
        "30",
        "60",
        "120",
        "121",
        "600",
        "65536",
        "-1",
        "abc",
        " 45 ",
        "10",
        "11",
        "99999999999",
    ];
    match rng.between(0, 11) {
        0 | 1 => add(&id, rng.one_in(2)),
        2 => Edit::Remove(id),
        3 => Edit::Move {
            stretch: id,
            earlier: rng.one_in(2),
        },
        4 => Edit::StartFrom(rng.pick(&["sciatica", "low-back-pain", "nope"]).to_string()),
        5 | 6 => Edit::Type {
            stretch: id,
            field: if rng.one_in(2) {
                Field::Hold
            } else {
                Field::Repetitions
            },
            text: rng.pick(&texts).to_string(),
        },
        7 => Edit::EachSide(id, rng.one_in(2)),
        8 => Edit::TimesADay(id, rng.between(0, 5) as u8),
        9 => Edit::DaysAWeek(id, rng.between(0, 9) as u8),
        10 => Edit::KeepTwo,
        _ => {
            if rng.one_in(20) {
                Edit::Clear
            } else {
                Edit::Treatment(TreatmentEdit::ComeBackInWeeks(rng.between(0, 20) as u8))
            }
        }
    }
}

#[test]
fn no_sequence_of_edits_leaves_an_item_the_player_cannot_play() {
    let kb = kb();
    let mut ids: Vec<&str> = kb.stretches.iter().map(|s| s.id.as_str()).collect();
    ids.push("no-such-stretch");
    let mut rng = Rng(0x5EED_B01D);
    for sequence in 0..400 {
        let mut b = Builder::default();
        for step in 0..40 {
            let edit = random_edit(&mut rng, &ids);
            b.update(kb, edit.clone());
            let at = format!("sequence {sequence}, step {step}, after {edit:?}");
            assert!(b.items.len() <= MAX_ITEMS, "{at}");
            for (n, item) in b.items.iter().enumerate() {
                let stretch = kb.stretch(&item.stretch).unwrap_or_else(|| panic!("{at}"));
                assert!(Bounds::of(stretch).admit(item), "{at}: {item:?}");
                assert_eq!(item.dose.problem(&stretch.dose), None, "{at}");
                assert!(
                    b.items[n + 1..].iter().all(|i| i.stretch != item.stretch),
                    "{at}: twice"
                );
                let alone = atlas_core::program::Program::of(vec![item.clone()]);
                let seconds = atlas_core::program::session_seconds(&alone, guides());
                assert!(seconds > 0.0 && seconds.is_finite(), "{at}: {seconds}");
            }
            if !b.items.is_empty() {
                assert_eq!(check(&b.program(), kb), Ok(()), "{at}");
            }
            for d in &b.drafts {
                assert!(
                    b.items.iter().any(|i| i.stretch == d.stretch),
                    "{at}: {d:?}"
                );
            }
            if step % 10 == 9 {
                assert_eq!(
                    Builder::from_json(&b.to_json(), kb).as_ref(),
                    Some(&b),
                    "{at}"
                );
            }
        }
    }
}
