//! Spoken cues are heard whole and once: the pacer, driven by the real player `Session` over
//! the real guides and doses (cat-cow's three cues change every 1–3 s, faster than a sentence).
#![cfg(feature = "toml")]

use atlas_core::content::KnowledgeBase;
use atlas_core::rig::{
    short_form, speaking_seconds, CuePacer, Event, Guide, GuideDose, Schedule, Session, Side,
};

mod common;
use common::{load_assets, load_guide_assets};

/// One thing said: the guide time it starts, the words, and the guide time they end.
#[derive(Debug, Clone, PartialEq)]
struct Said {
    at: f64,
    text: String,
    until: f64,
}

/// The plan for a shipped stretch with its shipped dose.
fn plan(kb: &KnowledgeBase, guides: &[Guide], id: &str) -> Schedule {
    let guide = guides.iter().find(|g| g.stretch == id).expect("guide");
    let dose = &kb.stretch(id).expect("stretch").dose;
    Schedule::new(
        guide,
        GuideDose {
            hold_seconds: dose.hold_seconds,
            repetitions: dose.repetitions,
            each_side: dose.each_side,
            breath_seconds: dose.breath_seconds,
        },
    )
}

/// Plays `schedule` to the end at `speed` with a tick every `frame` clock seconds, as the
/// shell does, and returns what the pacer says.
fn play(schedule: &Schedule, speed: f64, frame: f64) -> Vec<Said> {
    let mut session = Session::new(speed);
    let mut pacer = CuePacer::new(speed);
    session.toggle(0.0);
    let mut said = Vec::new();
    let mut now = 0.0;
    loop {
        let tick = session.tick(now, schedule);
        if let Some(text) = pacer.pace(schedule, tick.t) {
            // The synthesiser queues what it is given while speaking: the guide's last cue
            // may wait for the one before.
            let at = said.last().map_or(tick.t, |s: &Said| s.until.max(tick.t));
            let until = at + speaking_seconds(&text) * speed;
            said.push(Said { at, text, until });
        }
        if tick.finished {
            return said;
        }
        now += frame;
    }
}

/// Every cue of the plan with its guide time.
fn cue_times(schedule: &Schedule) -> Vec<(f64, String)> {
    let mut out = Vec::new();
    let mut last = -1.0;
    let step = 0.01;
    let mut t = 0.0;
    while t <= schedule.total_duration() + step {
        for event in schedule.events_between(last, t) {
            if let Event::Cue { text, .. } = event {
                out.push((t, text));
            }
        }
        last = t;
        t += step;
    }
    out
}

fn texts(said: &[Said]) -> Vec<&str> {
    said.iter().map(|s| s.text.as_str()).collect()
}

const IN: &str = "Breathe in, let your belly drop and lift your gaze";
const OUT: &str = "Breathe out, round your back and let your head hang";
const FLAT: &str = "Let your back return to flat";
const GET_READY: &str = "Get ready: settle into the starting position";
const DONE: &str = "Well done. Notice how your body feels";

#[test]
fn speaking_time_is_estimated_from_the_words() {
    assert_eq!(speaking_seconds(""), 0.0);
    assert_eq!(speaking_seconds("   "), 0.0);
    // Ten words at 2.6 words/s × 0.95, plus the gap: a little over four seconds.
    let ten = speaking_seconds(IN);
    assert!((4.0..4.6).contains(&ten), "{ten}");
    assert!(speaking_seconds("Breathe in") < 1.2);
    assert!(speaking_seconds(FLAT) < ten);
}

#[test]
fn a_short_form_is_the_words_before_the_first_break() {
    assert_eq!(short_form(IN), Some("Breathe in"));
    assert_eq!(short_form(OUT), Some("Breathe out"));
    assert_eq!(short_form(GET_READY), Some("Get ready"));
    assert_eq!(short_form(DONE), Some("Well done"));
    assert_eq!(short_form(FLAT), None);
    assert_eq!(short_form("Stop here."), None, "nothing after the break");
    assert_eq!(short_form(", then"), None, "nothing before the break");
}

#[test]
fn cat_cow_is_really_too_fast_to_say_every_cue() {
    // The premise of the pacer: in the shipped dose, the cues come faster than they can be said.
    let kb = load_assets();
    let s = plan(&kb, &load_guide_assets(), "cat-cow");
    let cues = cue_times(&s);
    let too_fast = cues
        .windows(2)
        .filter(|w| w[1].0 - w[0].0 < speaking_seconds(&w[0].1))
        .count();
    assert!(too_fast > 10, "only {too_fast} cues overlap the next");
    assert_eq!(
        cues.iter().filter(|(_, c)| c == IN).count(),
        8,
        "one per breath"
    );
}

#[test]
fn in_cat_cow_each_cue_is_heard_once_and_whole() {
    let kb = load_assets();
    let s = plan(&kb, &load_guide_assets(), "cat-cow");
    let said = play(&s, 1.0, 1.0 / 60.0);
    // Each instruction once, in full, in the order the breaths bring them; then the end.
    assert_eq!(texts(&said), [GET_READY, IN, FLAT, OUT, DONE]);
    // Never two at once: each one ends before the next begins (nothing is cut off).
    for pair in said.windows(2) {
        assert!(
            pair[0].until <= pair[1].at,
            "{:?} overlaps {:?}",
            pair[0],
            pair[1]
        );
    }
    // Each is said as its cue begins (within a frame): a breath cue said late would be said
    // over the next breath.
    let cues = cue_times(&s);
    for one in &said {
        assert!(
            cues.iter()
                .any(|(t, c)| *c == one.text && (one.at - t).abs() < 0.05),
            "{one:?} is not said when its cue begins"
        );
    }
}

#[test]
fn the_same_sentence_is_never_repeated_on_one_side() {
    let kb = load_assets();
    let guides = load_guide_assets();
    for guide in &guides {
        let s = plan(&kb, &guides, &guide.stretch);
        let said = play(&s, 1.0, 1.0 / 60.0);
        let mut side: Option<Side> = None;
        let mut heard: Vec<&str> = Vec::new();
        for one in &said {
            let now_side = s.at(one.at).side;
            if now_side != side {
                side = now_side;
                heard.clear();
            }
            assert!(
                !heard.contains(&one.text.as_str()),
                "{}: {:?} said twice on one side",
                guide.stretch,
                one.text
            );
            heard.push(&one.text);
        }
        for pair in said.windows(2) {
            assert!(
                pair[0].until <= pair[1].at,
                "{}: {:?} overlaps {:?}",
                guide.stretch,
                pair[0],
                pair[1]
            );
        }
        // Each is said within the first half of its step, while it is still the current cue.
        let cues = cue_times(&s);
        for one in said.iter().filter(|one| one.text != DONE) {
            // Cue times are sampled every 0.01 s.
            let current = cues
                .iter()
                .rposition(|(t, _)| *t <= one.at + 0.01)
                .expect("a cue");
            let (at, text) = &cues[current];
            let end = cues.get(current + 1).map_or(f64::INFINITY, |c| c.0);
            assert!(
                text == &one.text || short_form(text) == Some(one.text.as_str()),
                "{}: {one:?} said during {text:?}",
                guide.stretch
            );
            assert!(
                one.at <= at + (end - at) / 2.0 + 0.02,
                "{}: {one:?} late",
                guide.stretch
            );
        }
        assert_eq!(
            said.last().map(|one| one.text.as_str()),
            Some(DONE),
            "{}: the end is always said",
            guide.stretch
        );
        // Every cue that can be said within its own step is heard, in full or short. (A cue
        // longer than its step may be skipped when the next one must be heard in time.)
        for (k, (at, cue)) in cues.iter().enumerate() {
            let end = cues.get(k + 1).map_or(f64::INFINITY, |c| c.0);
            if speaking_seconds(cue) > end - at {
                continue;
            }
            assert!(
                said.iter()
                    .any(|one| one.text == *cue || short_form(cue) == Some(one.text.as_str())),
                "{}: {cue:?} is never heard",
                guide.stretch
            );
        }
    }
}

#[test]
fn a_cue_that_cannot_finish_in_time_is_shortened_rather_than_cut() {
    // At 4x, cross-body-glute's get-ready (5 s of guide, 1.25 s of clock) is followed by a
    // cue that must be heard on time (it comes once per side): only "Get ready" fits.
    let kb = load_assets();
    let s = plan(&kb, &load_guide_assets(), "cross-body-glute");
    let said = play(&s, 4.0, 1.0 / 60.0);
    assert_eq!(said[0].text, "Get ready", "{said:?}");
    assert!(said[0].until <= said[1].at, "{said:?}");
    // At 1x the whole sentence fits.
    assert_eq!(play(&s, 1.0, 1.0 / 60.0)[0].text, GET_READY);
}

#[test]
fn pausing_mid_sentence_means_it_was_not_heard() {
    let kb = load_assets();
    let s = plan(&kb, &load_guide_assets(), "cat-cow");
    let mut pacer = CuePacer::new(1.0);
    assert_eq!(pacer.pace(&s, 0.0).as_deref(), Some(GET_READY));
    // While it is being said, the same cue is not said again, nor anything else.
    assert_eq!(pacer.pace(&s, 0.5), None);
    // Cut off by a pause one second in: it is said again once the guide runs on.
    pacer.interrupted(1.0);
    assert_eq!(pacer.pace(&s, 1.0).as_deref(), Some(GET_READY));
    // Heard to the end, then paused: it stays heard.
    pacer.interrupted(4.9);
    assert_eq!(pacer.pace(&s, 4.9), None);
    // A restart makes everything new again.
    pacer.restart();
    assert_eq!(pacer.pace(&s, 0.0).as_deref(), Some(GET_READY));
    // Past the first half of its step, a cue is no longer started: it would be late.
    let mut late = CuePacer::new(1.0);
    assert_eq!(late.pace(&s, 3.0), None);
}

#[test]
fn each_side_hears_its_cues_afresh() {
    let kb = load_assets();
    let guides = load_guide_assets();
    let per_side = guides
        .iter()
        .find(|g| kb.stretch(&g.stretch).is_some_and(|s| s.dose.each_side))
        .expect("a stretch done on each side");
    let s = plan(&kb, &guides, &per_side.stretch);
    let said = play(&s, 1.0, 1.0 / 60.0);
    let on = |side: Side| -> Vec<&str> {
        said.iter()
            .filter(|one| s.at(one.at).side == Some(side))
            .map(|one| one.text.as_str())
            .collect()
    };
    let (left, right) = (on(Side::Left), on(Side::Right));
    assert!(right.contains(&"Switch sides"), "{right:?}");
    // The stretch's own instructions are said on both sides.
    let first = &per_side.keyframes[0].cue;
    assert!(left.iter().any(|t| t == first), "{left:?}");
    assert!(right.iter().any(|t| t == first), "{right:?}");
}
