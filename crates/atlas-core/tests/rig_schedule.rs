//! The player plan: totals, equal sides, events exactly once, mirroring, reduced motion,
//! and play/pause arithmetic.

use atlas_core::rig::schedule::{GET_READY_SECONDS, REST_SECONDS, SWITCH_SECONDS};
use atlas_core::rig::{
    Breath, Easing, Event, Guide, GuideDose, Joint, Keyframe, Motion, MuscleId, Playback, Pose,
    Schedule, Side, SpanKind, View,
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

/// A static guide: 4 s in, hold (10 s by default), 3 s out.
fn static_guide() -> Guide {
    let base = Pose::neutral().with(Joint::RootPitch, -90.0);
    let pulled = base.with(Joint::HipFlex(Side::Left), 110.0);
    Guide {
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
    }
}

/// A dynamic guide: 3 s inhale, 5 s exhale.
fn dynamic_guide() -> Guide {
    let base = Pose::neutral().with(Joint::RootPitch, 80.0);
    let cow = base.with(Joint::L34Flex, -10.0);
    Guide {
        stretch: "cat-cow".into(),
        view: View::Sagittal,
        kind: Motion::Dynamic,
        muscles: vec![MuscleId::ErectorSpinae],
        base,
        contacts: Vec::new(),
        keyframes: vec![
            kf(cow, 3.0, "Breathe in", Breath::Inhale, false),
            kf(base, 5.0, "Breathe out", Breath::Exhale, false),
        ],
        key: None,
        modifications: Default::default(),
    }
}

fn dose(hold: u32, reps: u32, each_side: bool, breath: u32) -> GuideDose {
    GuideDose {
        hold_seconds: hold,
        repetitions: reps,
        each_side,
        breath_seconds: breath,
    }
}

#[test]
fn a_minute_each_side_adds_up() {
    let s = Schedule::new(&static_guide(), dose(60, 1, true, 0));
    let per_side = 4.0 + 60.0 + 3.0;
    assert_eq!(
        s.total_duration(),
        GET_READY_SECONDS + per_side + SWITCH_SECONDS + per_side
    );
    assert_eq!(s.side_seconds(Side::Left), per_side);
    assert_eq!(s.side_seconds(Side::Right), per_side);
    let holds: Vec<f64> = s
        .segments()
        .iter()
        .filter(|g| g.kind == SpanKind::Hold)
        .map(|g| g.duration)
        .collect();
    assert_eq!(holds, [60.0, 60.0]);
}

#[test]
fn repetitions_rest_between_and_sides_get_equal_time() {
    let s = Schedule::new(&static_guide(), dose(30, 3, true, 0));
    let per_side = 3.0 * (4.0 + 30.0 + 3.0) + 2.0 * REST_SECONDS;
    assert_eq!(s.side_seconds(Side::Left), per_side);
    assert_eq!(s.side_seconds(Side::Right), s.side_seconds(Side::Left));
    assert_eq!(
        s.total_duration(),
        GET_READY_SECONDS + 2.0 * per_side + SWITCH_SECONDS
    );
    let kinds: Vec<SpanKind> = s.segments().iter().map(|g| g.kind).collect();
    assert_eq!(kinds.first(), Some(&SpanKind::GetReady));
    assert_eq!(kinds.last(), Some(&SpanKind::Done));
    assert_eq!(
        kinds
            .iter()
            .filter(|k| **k == SpanKind::SwitchSides)
            .count(),
        1
    );
    assert_eq!(kinds.iter().filter(|k| **k == SpanKind::Rest).count(), 4);
}

#[test]
fn zero_hold_uses_the_guide_hold() {
    let s = Schedule::new(&static_guide(), dose(0, 1, false, 0));
    assert_eq!(s.total_duration(), GET_READY_SECONDS + 4.0 + 10.0 + 3.0);
}

#[test]
fn dynamic_cycles_are_scaled_to_the_breath() {
    let s = Schedule::new(&dynamic_guide(), dose(0, 5, false, 10));
    assert_eq!(s.total_duration(), GET_READY_SECONDS + 5.0 * 10.0);
    // Inhale lasts 3/8 of each 10 s cycle.
    let st = s.at(GET_READY_SECONDS + 10.0 + 3.75);
    assert_eq!(st.kind, SpanKind::Move);
    assert_eq!(st.repetition, 2);
    assert_eq!(st.breath, Breath::Inhale);
    assert!((st.breath_progress - 1.0).abs() < 1e-9);
    assert_eq!(st.pose, dynamic_guide().keyframes[0].pose);
    assert_eq!(s.at(GET_READY_SECONDS + 3.8).breath, Breath::Exhale);
}

#[test]
fn player_state_reports_countdowns_and_progress() {
    let s = Schedule::new(&static_guide(), dose(60, 2, true, 0));
    let st = s.at(1.5);
    assert_eq!(st.kind, SpanKind::GetReady);
    assert!((st.seconds_left_in_segment - 3.5).abs() < 1e-9);
    assert_eq!(st.total_duration, s.total_duration());
    let hold = s.at(GET_READY_SECONDS + 4.0 + 20.0);
    assert_eq!(hold.kind, SpanKind::Hold);
    assert_eq!(hold.side, Some(Side::Left));
    assert_eq!((hold.repetition, hold.repetitions), (1, 2));
    assert!((hold.seconds_left_in_segment - 40.0).abs() < 1e-9);
    assert_eq!(hold.cue, "Hold and breathe");
    let end = s.at(s.total_duration() + 100.0);
    assert_eq!(end.kind, SpanKind::Done);
    assert_eq!(end.total_elapsed, s.total_duration());
}

#[test]
fn the_right_side_is_the_mirror_image() {
    let s = Schedule::new(&static_guide(), dose(30, 1, true, 0));
    let left = s.at(GET_READY_SECONDS + 4.0 + 10.0);
    let right_start = s
        .segments()
        .iter()
        .find(|g| g.kind == SpanKind::Hold && g.side == Some(Side::Right))
        .map(|g| g.start)
        .unwrap_or_default();
    let right = s.at(right_start + 10.0);
    assert_eq!(right.side, Some(Side::Right));
    assert_eq!(right.pose, left.pose.mirrored());
    assert_eq!(right.pose.get(Joint::HipFlex(Side::Right)), 110.0);
}

#[test]
fn hold_ended_fires_once_per_hold_even_with_coarse_steps() {
    let s = Schedule::new(&static_guide(), dose(60, 2, true, 0));
    for step in [0.016, 0.5, 7.0, 45.0] {
        let mut t = -1.0;
        let mut events = Vec::new();
        while t < s.total_duration() + step {
            events.extend(s.events_between(t, t + step));
            t += step;
        }
        let holds = events
            .iter()
            .filter(|e| matches!(e, Event::HoldEnded { .. }))
            .count();
        assert_eq!(holds, 4, "step {step}");
        assert_eq!(events.iter().filter(|e| **e == Event::Done).count(), 1);
        assert_eq!(
            events
                .iter()
                .filter(|e| matches!(e, Event::SideSwitched { to: Side::Right }))
                .count(),
            1
        );
        let reps = events
            .iter()
            .filter(|e| matches!(e, Event::RepStarted { .. }))
            .count();
        assert_eq!(reps, 4);
        // The first cue (get ready) is heard exactly once too.
        let ready = events
            .iter()
            .filter(|e| matches!(e, Event::Cue { text, .. } if text.starts_with("Get ready")))
            .count();
        assert_eq!(ready, 1);
    }
}

#[test]
fn events_are_in_time_order_within_a_window() {
    let s = Schedule::new(&static_guide(), dose(5, 1, false, 0));
    let all = s.events_between(-1.0, s.total_duration());
    let hold_end = all
        .iter()
        .position(|e| matches!(e, Event::HoldEnded { .. }));
    let done = all.iter().position(|e| *e == Event::Done);
    assert!(hold_end < done);
    assert!(s.events_between(3.0, 3.0).is_empty());
}

#[test]
fn reduced_motion_shows_the_step_target_without_interpolation() {
    let g = static_guide();
    let s = Schedule::new(&g, dose(30, 1, false, 0));
    // Mid-way through easing in: the target (pulled) pose, not a blend.
    assert_eq!(
        s.still_pose_at(GET_READY_SECONDS + 2.0),
        g.keyframes[0].pose
    );
    assert_ne!(s.at(GET_READY_SECONDS + 2.0).pose, g.keyframes[0].pose);
    assert_eq!(s.still_pose_at(1.0), g.base);
}

#[test]
fn playback_pause_stops_time() {
    let mut p = Playback::new();
    assert!(!p.is_playing());
    assert_eq!(p.elapsed(100.0), 0.0);
    p.play(10.0);
    assert_eq!(p.elapsed(13.0), 3.0);
    p.pause(13.0);
    assert_eq!(p.elapsed(50.0), 3.0);
    p.play(50.0);
    assert_eq!(p.elapsed(52.0), 5.0);
    p.play(51.0); // already playing: no effect
    assert_eq!(p.elapsed(52.0), 5.0);
    p.restart(60.0);
    assert_eq!(p.elapsed(61.0), 1.0);
    assert!(p.is_playing());
    // A clock stepping backwards never runs time backwards.
    assert_eq!(p.elapsed(59.0), 0.0);
}

#[test]
fn playback_speed_factor_scales_time() {
    let mut p = Playback::new().with_speed(10.0);
    p.play(0.0);
    assert_eq!(p.elapsed(1.5), 15.0);
    p.pause(2.0);
    assert_eq!(p.elapsed(9.0), 20.0);
    assert_eq!(Playback::new().with_speed(-1.0).speed(), 1.0);
}
