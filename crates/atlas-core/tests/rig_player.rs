//! The player's state machine: phases, events exactly once however the frames fall, the end,
//! a clock that steps backwards, and the speed clamp.

use atlas_core::rig::{
    clamp_speed, reactions, Breath, Easing, Event, Guide, GuideDose, Joint, Keyframe, Motion,
    MuscleId, Phase, Pose, Schedule, Session, Side, View, MAX_SPEED,
};

fn kf(pose: Pose, duration: f64, cue: &str, breath: Breath, hold: bool) -> Keyframe {
    Keyframe {
        pose,
        duration,
        easing: Easing::EaseInOut,
        cue: cue.into(),
        breath,
        hold,
        contacts: None,
        moves: Vec::new(),
        via: None,
    }
}

/// Get ready 0–5 s, ease in 5–9, hold 9–19, ease out 19–22, done at 22.
fn schedule() -> Schedule {
    let base = Pose::neutral().with(Joint::RootPitch, -90.0);
    let pulled = base.with(Joint::HipFlex(Side::Left), 110.0);
    let guide = Guide {
        stretch: "knee-to-chest".into(),
        view: View::Sagittal,
        kind: Motion::Static,
        muscles: vec![MuscleId::GluteusMaximus],
        base,
        contacts: Vec::new(),
        keyframes: vec![
            kf(pulled, 4.0, "Draw one knee in", Breath::Exhale, false),
            kf(pulled, 10.0, "Hold and breathe", Breath::Natural, true),
            kf(base, 3.0, "Lower the foot", Breath::Inhale, false),
        ],
        key: None,
        modifications: Default::default(),
    };
    let dose = GuideDose {
        hold_seconds: 10,
        repetitions: 1,
        each_side: false,
        breath_seconds: 0,
    };
    Schedule::new(&guide, dose)
}

const TOTAL: f64 = 22.0;

/// The cue texts among `events`, to compare against concrete expectations.
fn cues(events: &[Event]) -> Vec<&str> {
    events
        .iter()
        .filter_map(|e| match e {
            Event::Cue { text, .. } => Some(text.as_str()),
            _ => None,
        })
        .collect()
}

const GET_READY: &str = "Get ready: settle into the starting position";

#[test]
fn the_plan_used_here_is_the_one_described() {
    let s = schedule();
    assert_eq!(s.total_duration(), TOTAL);
    assert_eq!(s.events_between(-1.0, TOTAL).len(), 8);
}

#[test]
fn idle_stands_still_until_toggled_then_plays_from_zero() {
    let s = schedule();
    let mut p = Session::new(1.0);
    assert_eq!(p.phase(), Phase::Idle);
    let idle = p.tick(100.0, &s);
    assert_eq!(
        (idle.t, idle.events.len(), idle.phase),
        (0.0, 0, Phase::Idle)
    );
    assert!(!idle.playing());

    assert_eq!(p.toggle(100.0), Phase::Playing);
    let first = p.tick(100.0, &s);
    assert_eq!(first.t, 0.0);
    assert_eq!(cues(&first.events), vec![GET_READY]);
    assert!(first.playing());
    assert_eq!(p.tick(103.0, &s).t, 3.0);
}

#[test]
fn toggle_pauses_and_resumes_with_the_time_played_kept() {
    let s = schedule();
    let mut p = Session::new(1.0);
    p.toggle(10.0);
    assert_eq!(p.tick(14.0, &s).t, 4.0);
    assert_eq!(p.toggle(14.0), Phase::Paused);
    let paused = p.tick(30.0, &s);
    assert_eq!((paused.t, paused.phase), (4.0, Phase::Paused));
    assert_eq!(p.toggle(50.0), Phase::Playing);
    let resumed = p.tick(52.0, &s);
    assert_eq!(resumed.t, 6.0);
    assert_eq!(
        resumed.events,
        vec![
            Event::RepStarted {
                side: None,
                repetition: 1
            },
            Event::Cue {
                text: "Draw one knee in".into(),
                breath: Breath::Exhale
            },
        ]
    );
}

#[test]
fn no_events_while_paused_and_none_lost_across_a_pause() {
    let s = schedule();
    let mut p = Session::new(1.0);
    p.toggle(0.0);
    p.tick(0.0, &s);
    assert!(p.tick(4.9, &s).events.is_empty());
    // Paused after the cue at 5 s but before a frame reported it.
    p.toggle(5.5);
    for now in [5.5, 6.0, 20.0, 60.0] {
        let tick = p.tick(now, &s);
        assert!(tick.events.is_empty(), "no events while paused at {now}");
        assert_eq!(tick.t, 5.5);
    }
    p.toggle(100.0);
    let resumed = p.tick(100.0, &s);
    assert_eq!(resumed.t, 5.5);
    assert_eq!(cues(&resumed.events), vec!["Draw one knee in"]);
    assert!(p.tick(100.5, &s).events.is_empty());
}

#[test]
fn events_fire_exactly_once_with_many_small_ticks() {
    let s = schedule();
    let mut p = Session::new(1.0);
    p.toggle(0.0);
    let mut seen = Vec::new();
    let mut finished = 0;
    for frame in 0..=2000 {
        let tick = p.tick(f64::from(frame) / 60.0, &s);
        seen.extend(tick.events);
        finished += usize::from(tick.finished);
    }
    assert_eq!(seen, s.events_between(-1.0, TOTAL));
    assert_eq!(seen.len(), 8);
    assert_eq!(
        seen.iter()
            .filter(|e| matches!(e, Event::HoldEnded { .. }))
            .count(),
        1
    );
    assert_eq!(seen.iter().filter(|e| **e == Event::Done).count(), 1);
    assert_eq!(finished, 1);
}

#[test]
fn one_huge_tick_reports_everything_once_and_finishes() {
    let s = schedule();
    let mut p = Session::new(1.0);
    p.toggle(0.0);
    let tick = p.tick(1000.0, &s);
    assert_eq!(tick.t, TOTAL);
    assert_eq!(tick.events, s.events_between(-1.0, TOTAL));
    assert!(tick.finished);
    assert_eq!(tick.phase, Phase::Done);
    let after = p.tick(2000.0, &s);
    assert_eq!(
        (after.t, after.events.len(), after.finished, after.phase),
        (TOTAL, 0, false, Phase::Done)
    );
}

#[test]
fn finishing_sets_done_once_and_clamps_time_to_the_total() {
    let s = schedule();
    let mut p = Session::new(1.0);
    p.toggle(0.0);
    let ticks: Vec<_> = [21.0, 22.5, 23.0, 30.0]
        .iter()
        .map(|now| p.tick(*now, &s))
        .collect();
    assert_eq!(ticks[0].t, 21.0);
    assert_eq!(ticks[0].phase, Phase::Playing);
    assert!(ticks[1].finished);
    assert_eq!(ticks[1].phase, Phase::Done);
    assert_eq!(ticks.iter().filter(|t| t.finished).count(), 1);
    for tick in &ticks[1..] {
        assert_eq!(tick.t, TOTAL);
    }
    assert_eq!(
        cues(&ticks[1].events),
        vec!["Well done. Notice how your body feels"]
    );
    // "Start again" from done plays from zero.
    assert_eq!(p.toggle(40.0), Phase::Playing);
    assert_eq!(p.tick(41.0, &s).t, 1.0);
}

#[test]
fn restart_from_any_phase_plays_from_zero_and_events_fire_again() {
    let s = schedule();
    let reach = |phase: Phase| {
        let mut p = Session::new(1.0);
        match phase {
            Phase::Idle => {}
            Phase::Playing => {
                p.toggle(0.0);
                p.tick(12.0, &s);
            }
            Phase::Paused => {
                p.toggle(0.0);
                p.tick(12.0, &s);
                p.toggle(12.0);
            }
            Phase::Done => {
                p.toggle(0.0);
                p.tick(50.0, &s);
            }
        }
        assert_eq!(p.phase(), phase);
        p
    };
    for phase in [Phase::Idle, Phase::Playing, Phase::Paused, Phase::Done] {
        let mut p = reach(phase);
        assert_eq!(p.restart(60.0), Phase::Playing);
        let tick = p.tick(60.0, &s);
        assert_eq!(tick.t, 0.0, "from {phase:?}");
        assert_eq!(cues(&tick.events), vec![GET_READY], "from {phase:?}");
        let later = p.tick(66.0, &s);
        assert_eq!(later.t, 6.0, "from {phase:?}");
        assert_eq!(
            cues(&later.events),
            vec!["Draw one knee in"],
            "from {phase:?}"
        );
    }
}

#[test]
fn a_clock_stepping_backwards_never_runs_the_guide_backwards() {
    let s = schedule();
    let mut p = Session::new(1.0);
    p.toggle(100.0);
    p.tick(100.0, &s);
    assert_eq!(p.tick(110.0, &s).t, 10.0);
    let back = p.tick(105.0, &s);
    assert_eq!(back.t, 10.0);
    assert!(back.events.is_empty());
    // Time goes on from where it was, counting from the step back.
    let on = p.tick(111.0, &s);
    assert_eq!(on.t, 16.0);
    assert!(on.events.is_empty(), "nothing between 10 s and 16 s");
    // Pausing on a clock behind the last frame keeps the time reached.
    p.toggle(90.0);
    assert_eq!(p.tick(90.0, &s).t, 16.0);
    p.toggle(200.0);
    let resumed = p.tick(203.0, &s);
    assert_eq!(resumed.t, 19.0);
    assert_eq!(cues(&resumed.events), vec!["Lower the foot"]);
}

#[test]
fn speed_is_clamped_to_a_safe_range() {
    assert_eq!(clamp_speed(10.0), 10.0);
    assert_eq!(clamp_speed(0.5), 0.5);
    assert_eq!(clamp_speed(1000.0), MAX_SPEED);
    for bad in [0.0, -3.0, f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
        assert_eq!(clamp_speed(bad), 1.0, "{bad}");
        assert_eq!(Session::new(bad).speed(), 1.0, "{bad}");
    }
    assert_eq!(MAX_SPEED, 100.0);

    let s = schedule();
    let mut fast = Session::new(10.0);
    fast.toggle(0.0);
    assert_eq!(fast.tick(1.0, &s).t, 10.0);
    let mut capped = Session::new(1e6);
    assert_eq!(capped.speed(), MAX_SPEED);
    capped.toggle(0.0);
    assert_eq!(capped.tick(0.125, &s).t, 12.5);
    // A restart keeps the speed.
    capped.restart(4.0);
    assert_eq!(capped.tick(4.125, &s).t, 12.5);
}

#[test]
fn reactions_chime_at_hold_end_and_done_and_speak_the_newest_cue() {
    let cue = |text: &str| Event::Cue {
        text: text.into(),
        breath: Breath::Natural,
    };
    let hold_ended = Event::HoldEnded {
        side: Some(Side::Left),
        repetition: 1,
    };
    let frame = [cue("first"), hold_ended, cue("second")];
    let r = reactions(&frame);
    assert!(r.chime);
    assert_eq!(r.cue, Some("second"));

    let r = reactions(&[Event::Done]);
    assert!(r.chime);
    assert_eq!(r.cue, None);

    let r = reactions(&[
        Event::RepStarted {
            side: None,
            repetition: 2,
        },
        Event::SideSwitched { to: Side::Right },
    ]);
    assert!(!r.chime);
    assert_eq!(r.cue, None);
    assert!(!reactions(&[]).chime);
}
