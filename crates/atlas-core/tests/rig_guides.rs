//! The real guides load, validate, sample exactly, loop seamlessly, survive JSON and fit
//! their view box; the loader's errors name file, guide and field.
#![cfg(feature = "toml")]

mod common;

use common::{guide_errors, load_guide_assets, MINIMAL_GUIDE};

use atlas_core::rig::shapes::Part;
use atlas_core::rig::skeleton::Segment;
use atlas_core::rig::{
    figure, figure_bounds, forward, stretch, Guide, Joint, Motion, Pose, Side, View,
};

fn guides() -> Vec<Guide> {
    load_guide_assets()
}

fn guide(id: &str) -> Guide {
    guides().into_iter().find(|g| g.stretch == id).expect(id)
}

#[test]
fn every_listed_stretch_has_exactly_one_valid_guide() {
    // The stretch list is the content's (assets/content), not a list kept in code.
    let kb = common::load_assets();
    let gs = guides();
    assert!(!kb.stretches.is_empty());
    for g in &gs {
        assert!(kb.stretch(&g.stretch).is_some(), "{}", g.stretch);
        assert!(g.problems().is_empty(), "{}: {:?}", g.stretch, g.problems());
    }
    for s in &kb.stretches {
        assert_eq!(
            gs.iter().filter(|g| g.stretch == s.id).count(),
            1,
            "{}",
            s.id
        );
    }
}

#[test]
fn guides_survive_a_json_round_trip() {
    for g in guides() {
        let json = serde_json::to_string(&g).unwrap();
        let back: Guide = serde_json::from_str(&json).unwrap();
        assert_eq!(back, g, "{}", g.stretch);
    }
}

#[test]
fn guides_survive_the_content_file_round_trip() {
    use atlas_core::bundle::{decode_bundle, encode_bundle, Bundle};
    const STAMP: &str = "0123456789abcdef";
    let bundle = Bundle {
        kb: Default::default(),
        guides: guides(),
        clinic: Default::default(),
    };
    let bytes = encode_bundle(STAMP, &bundle);
    assert_eq!(decode_bundle(&bytes, STAMP).expect("decodes"), bundle);
    let err = decode_bundle(&bytes[..bytes.len() - 3], STAMP).unwrap_err();
    assert!(err.starts_with("content file:"), "{err}");
}

#[test]
fn keyframe_boundaries_return_the_keyframe_pose_exactly() {
    for g in guides() {
        let mut t = 0.0;
        assert_eq!(g.sample(0.0).pose, g.base, "{}", g.stretch);
        for k in &g.keyframes {
            t += k.duration;
            assert_eq!(g.sample(t).pose, k.pose, "{} at {t}", g.stretch);
        }
    }
}

#[test]
fn linear_midpoint_is_the_mean() {
    let mut g = guide("hip-rocks");
    g.keyframes[0].easing = atlas_core::rig::Easing::Linear;
    // Without a solved halfway pose a step interpolates straight (with one, it passes
    // through it: see `a_step_passes_through_its_solved_halfway_pose`).
    g.keyframes[0].via = None;
    let d = g.keyframes[0].duration;
    let mid = g.sample(d / 2.0).pose;
    let a = g.base;
    let b = g.keyframes[0].pose;
    for j in Joint::all() {
        assert!((mid.get(j) - (a.get(j) + b.get(j)) / 2.0).abs() < 1e-9);
    }
    assert!((g.sample(d / 2.0).breath_progress - 0.5).abs() < 1e-12);
}

#[test]
fn a_step_passes_through_its_solved_halfway_pose() {
    let mut g = guide("cat-cow");
    g.keyframes[0].easing = atlas_core::rig::Easing::Linear;
    let via = g.keyframes[0]
        .via
        .expect("cat-cow's steps have halfway poses");
    let d = g.keyframes[0].duration;
    assert!(g.sample(d / 2.0).pose.max_difference(&via) < 1e-9);
}

#[test]
fn dynamic_guides_loop_seamlessly() {
    for g in guides().into_iter().filter(|g| g.kind == Motion::Dynamic) {
        let c = g.cycle_seconds();
        assert!(g.sample(0.0).pose.max_difference(&g.sample(c).pose) < 1e-6);
        // Continuity across the loop: tiny steps either side of the seam move tiny amounts.
        let eps = 1e-4;
        let before = g.sample(c - eps).pose;
        let after = g.sample(c + eps).pose;
        assert!(before.max_difference(&after) < 1e-2, "{}", g.stretch);
        // And the second cycle repeats the first.
        assert!(g.sample(1.3).pose.max_difference(&g.sample(c + 1.3).pose) < 1e-6);
    }
}

#[test]
fn a_figures_bounds_without_its_muscles_are_the_whole_figures() {
    // A still is cropped to `figure_bounds`, which builds no muscle: it must crop exactly as
    // the whole figure would, for every pose a still can show, on either side.
    for g in guides() {
        let poses = std::iter::once(g.base)
            .chain(g.keyframes.iter().map(|k| k.pose))
            .chain(g.modifications.values().copied());
        for pose in poses.flat_map(|p| [p, p.mirrored()]) {
            assert_eq!(
                figure_bounds(&pose, g.view),
                figure(&pose, g.view).bounds(),
                "{}",
                g.stretch
            );
        }
    }
}

#[test]
fn every_guide_figure_fits_its_view_box_throughout() {
    for g in guides() {
        let total = g.cycle_seconds();
        let steps = 200;
        for i in 0..=steps {
            let t = total * f64::from(i) / f64::from(steps);
            for pose in [g.sample(t).pose, g.sample(t).pose.mirrored()] {
                let f = figure(&pose, g.view);
                let (x0, y0, x1, y1) = f.bounds();
                let vb = f.view_box;
                assert!(
                    vb.contains(x0, y0, 3.0) && vb.contains(x1, y1, 3.0),
                    "{} at t={t}: bounds {:?} outside {:?}",
                    g.stretch,
                    (x0, y0, x1, y1),
                    vb
                );
                if matches!(g.view, View::Sagittal | View::Frontal) {
                    // Resting on the floor: the lowest point touches y = 0 (a view from above
                    // shows the floor as a mat instead).
                    assert!(y1.abs() < 0.05, "{} at t={t}: lowest {y1}", g.stretch);
                }
            }
        }
    }
}

#[test]
fn each_guide_lengthens_the_muscles_it_lights() {
    // Exercises light the muscles they work: `exercises_shorten_the_muscles_they_light`.
    let kb = common::load_assets();
    for g in guides()
        .into_iter()
        .filter(|g| !kb.stretch(&g.stretch).is_some_and(|s| s.is_exercise()))
    {
        let peak = g
            .keyframes
            .iter()
            .find(|k| k.hold)
            .map(|k| k.pose)
            .unwrap_or_else(|| {
                // Dynamic: the most stretched keyframe for each muscle is checked below.
                g.base
            });
        for m in &g.muscles {
            let best = g
                .keyframes
                .iter()
                .map(|k| k.pose)
                .chain([peak])
                .flat_map(|p| [stretch(*m, Side::Left, &p), stretch(*m, Side::Right, &p)])
                .fold(f64::MIN, f64::max);
            assert!(best > 0.0, "{}: {:?} not lengthened", g.stretch, m);
        }
    }
}

#[test]
fn exercises_shorten_the_muscles_they_light() {
    for id in ["bridge", "clamshell"] {
        let g = guide(id);
        let top = g.keyframes[0].pose;
        for m in &g.muscles {
            let side = if id == "clamshell" {
                Side::Left // the top leg
            } else {
                Side::Right
            };
            assert!(
                stretch(*m, side, &top) < stretch(*m, side, &g.base),
                "{id}: {m:?} does not shorten"
            );
            // Lit by how far it has shortened: faint at the start, bright at the top.
            assert_eq!(
                atlas_core::rig::working_intensity(*m, side, &g.base, &g.base),
                0.0
            );
            assert!(atlas_core::rig::working_intensity(*m, side, &top, &g.base) > 0.6);
        }
    }
}

/// Height above the floor (cm) of the lowest edge of a figure's parts of one kind.
fn clearance(f: &atlas_core::rig::Figure, part: Part, side: Option<Side>) -> f32 {
    f.limbs
        .iter()
        .filter(|l| l.part == part && (side.is_none() || l.side == side))
        .flat_map(|l| l.points.iter().map(move |(_, y)| -(y + l.width / 2.0)))
        .fold(f32::MAX, f32::min)
}

#[test]
fn the_bridge_keeps_feet_and_upper_back_on_the_floor_while_the_hips_rise() {
    let g = guide("bridge");
    let total = g.cycle_seconds();
    let mut highest_pelvis: f32 = 0.0;
    for i in 0..=70 {
        let t = total * f64::from(i) / 70.0;
        let f = figure(&g.sample(t).pose, g.view);
        let head = -(f.head.cy + f.head.r);
        for (what, clear) in [
            ("feet", clearance(&f, Part::Foot, None)),
            ("upper back", clearance(&f, Part::Chest, None).min(head)),
        ] {
            assert!(
                clear < 1.5,
                "bridge at t={t}: {what} {clear} cm above the floor"
            );
        }
        highest_pelvis = highest_pelvis.max(clearance(&f, Part::Pelvis, None));
    }
    assert!(
        highest_pelvis > 12.0,
        "the hips hardly rise: {highest_pelvis}"
    );
}

#[test]
fn the_clamshell_rests_on_the_floor_and_keeps_the_feet_together_as_the_top_knee_opens() {
    let g = guide("clamshell");
    let total = g.cycle_seconds();
    let start = forward(&g.base);
    let top_foot = |b: &atlas_core::rig::Body| b.end(Segment::Shank(Side::Left));
    let top_knee = |b: &atlas_core::rig::Body| b.end(Segment::Thigh(Side::Left));
    for i in 0..=70 {
        let t = total * f64::from(i) / 70.0;
        let pose = g.sample(t).pose;
        // Heights are read in the front view, where the screen's up is the world's up (the
        // guide's own view looks down from above).
        let f = figure(&pose, View::Frontal);
        for (what, clear) in [
            ("hip", clearance(&f, Part::Pelvis, None)),
            ("lower foot", clearance(&f, Part::Foot, Some(Side::Right))),
            (
                "lower arm",
                clearance(&f, Part::UpperArm, Some(Side::Right)),
            ),
        ] {
            assert!(
                clear < 1.5,
                "clamshell at t={t}: {what} {clear} cm above the floor"
            );
        }
        // The top hand rests on the top hip (seen from in front, a hand on the floor in front
        // of the chest was drawn as an arm hanging toward the viewer).
        let body = forward(&pose);
        let hand = body.point(
            Segment::Hand(Side::Left),
            atlas_core::rig::math::Vec3::new(0.0, -4.0, 0.0),
        );
        let on_hip = (hand - body.joint(Segment::Thigh(Side::Left))).length();
        assert!(
            on_hip < 12.0,
            "clamshell at t={t}: the top hand is {on_hip} cm from the top hip"
        );
        let moved = (top_foot(&forward(&pose)) - top_foot(&start)).length();
        // Joint angles are interpolated, not the foot's path, so it drifts a little mid-way.
        assert!(
            moved < 2.5,
            "clamshell at t={t}: the top foot moves {moved} cm"
        );
    }
    // The top knee rises (world up is +y) by a clearly visible amount at the top.
    let rise = top_knee(&forward(&g.keyframes[0].pose)).y - top_knee(&start).y;
    assert!(rise > 15.0, "the top knee rises only {rise} cm");
}

#[test]
fn loader_accepts_a_minimal_guide() {
    assert_eq!(guide_errors(MINIMAL_GUIDE), "");
}

#[test]
fn loader_errors_name_file_guide_and_field() {
    let unknown = MINIMAL_GUIDE.replace("pelvis_tilt", "pelvis_tlit");
    let e = guide_errors(&unknown);
    assert!(e.contains("assets/guides/test.toml"), "{e}");
    assert!(e.contains("guide 'hip-rocks'"), "{e}");
    assert!(
        e.contains("keyframes[0].pose.pelvis_tlit: unknown joint name"),
        "{e}"
    );

    let outside = MINIMAL_GUIDE.replace("pelvis_tilt = -5", "hip_flex_left = 170");
    let e = guide_errors(&outside);
    assert!(e.contains("keyframes[0].pose.hip_flex_left"), "{e}");
    assert!(e.contains("outside its limit"), "{e}");

    let zero = MINIMAL_GUIDE.replace(
        "duration = 2.0\nbreath = \"inhale\"",
        "duration = 0\nbreath = \"inhale\"",
    );
    assert!(
        guide_errors(&zero).contains("keyframes[1].duration"),
        "{}",
        guide_errors(&zero)
    );

    let open_loop = MINIMAL_GUIDE.replace(
        "cue = \"Breathe in\"",
        "cue = \"Breathe in\"\npose = { pelvis_tilt = 3 }",
    );
    let e = guide_errors(&open_loop);
    assert!(e.contains("keyframes[1].pose"), "{e}");
    assert!(e.contains("return to the first"), "{e}");

    let empty = MINIMAL_GUIDE
        .split("[[keyframes]]")
        .next()
        .unwrap_or_default()
        .to_string();
    assert!(guide_errors(&empty).contains("keyframes: a guide needs at least one keyframe"));

    let no_id = MINIMAL_GUIDE.replace("\"hip-rocks\"", "\" \"");
    assert!(guide_errors(&no_id).contains("stretch: name the stretch"));

    let bad_muscle = MINIMAL_GUIDE.replace("erector-spinae", "erectors");
    assert!(guide_errors(&bad_muscle).contains("muscles[0]: unknown muscle id"));
}

#[test]
fn static_guides_have_one_hold_between_easing_steps() {
    let text = MINIMAL_GUIDE.replace("kind = \"dynamic\"", "kind = \"static\"");
    assert!(guide_errors(&text).contains("exactly one keyframe with `hold = true`"));
}

#[test]
fn pose_json_names_joints() {
    let p = Pose::neutral().with(Joint::HipFlex(Side::Left), 30.0);
    assert_eq!(
        serde_json::to_string(&p).unwrap(),
        r#"{"hip_flex_left":30.0}"#
    );
    assert!(serde_json::from_str::<Pose>(r#"{"hip_flexx":1}"#).is_err());
}

#[test]
fn no_shipped_guide_shows_the_body_from_above() {
    // Issue 22: few readers can copy a body seen from above (figure-4 at 55 degrees and the
    // supine rotation at 50 read as top-down); a camera stays low, at most 35 degrees up.
    for g in common::load_guide_assets() {
        match g.view {
            View::Top => panic!("{}: seen from above", g.stretch),
            View::Oblique { elevation, .. } => {
                assert!(elevation <= 35, "{}: {elevation} degrees up", g.stretch);
            }
            _ => {}
        }
    }
}

#[test]
fn every_key_picture_draws_its_nose_inside_the_head() {
    // A nose on the head's edge stuck half out and read as a separate ball (child's pose,
    // cat-cow); inside, it marks which way the face points.
    for g in common::load_guide_assets() {
        for phase in 0..=g.keyframes.len() {
            let h = figure(&g.pose_at(phase), g.view).head;
            if let Some((x, y)) = h.nose {
                let out = (x - h.cx).hypot(y - h.cy) + atlas_core::rig::figure::NOSE_RADIUS;
                assert!(
                    out <= h.r + 0.01,
                    "{} phase {phase}: nose sticks out",
                    g.stretch
                );
            }
        }
    }
}

#[test]
fn a_face_turned_toward_the_viewer_shows_two_eyes_and_no_single_dot() {
    // Readers 10 and 11 read the one nose dot in the middle of a face seen from the front (the
    // butterfly, the side bend) as a third eye. A face toward the viewer has two eyes, inside
    // the head, one each side of its middle; a face seen side-on keeps its nose.
    for g in common::load_guide_assets() {
        let h = figure(&atlas_core::rig::still::key_pose(&g, false), g.view).head;
        let front = matches!(g.view, View::Frontal);
        if front {
            assert_eq!(h.nose, None, "{}: a single dot on the face", g.stretch);
            let [a, b] = h
                .eyes
                .unwrap_or_else(|| panic!("{}: no eyes on a face toward us", g.stretch));
            let apart = (a.0 - b.0).hypot(a.1 - b.1);
            assert!(apart > h.r * 0.5, "{}: eyes {apart} apart", g.stretch);
            for (x, y) in [a, b] {
                let out = (x - h.cx).hypot(y - h.cy) + atlas_core::rig::figure::EYE_RADIUS;
                assert!(out <= h.r, "{}: an eye sticks out", g.stretch);
            }
        }
        if g.view == View::Sagittal {
            assert!(h.eyes.is_none(), "{}: eyes on a side view", g.stretch);
        }
    }
}

#[test]
fn the_trunk_outline_never_steps_back_along_the_body() {
    // A part's end lying on the next one's start turned the outline back on itself for a
    // centimetre or two: a reader saw jagged notches on the trunk (side bend, bridge, hip
    // rocks, the hip flexor). Along one side, every step goes the way the side goes.
    for g in common::load_guide_assets() {
        for phase in 0..=g.keyframes.len() {
            let fig = figure(&g.pose_at(phase), g.view);
            let trunk = fig
                .limbs
                .iter()
                .find(|l| l.part == Part::Pelvis)
                .expect("a trunk");
            let side = &trunk.outline[1..trunk.outline.find('a').expect("round ends")];
            let n: Vec<f32> = side
                .split(|c: char| !(c.is_ascii_digit() || c == '.' || c == '-'))
                .flat_map(|t| {
                    // "-1.2-3.4" style runs: split before each minus sign after the first.
                    let mut out = Vec::new();
                    let mut cur = String::new();
                    for ch in t.chars() {
                        if ch == '-' && !cur.is_empty() {
                            out.push(cur.clone());
                            cur.clear();
                        }
                        cur.push(ch);
                    }
                    if !cur.is_empty() {
                        out.push(cur);
                    }
                    out
                })
                .filter_map(|t| t.parse().ok())
                .collect();
            let steps: Vec<(f32, f32)> = n[2..].chunks_exact(2).map(|c| (c[0], c[1])).collect();
            let (tx, ty) = steps.iter().fold((0.0, 0.0), |a, s| (a.0 + s.0, a.1 + s.1));
            let len = tx.hypot(ty);
            for s in &steps {
                let along = (s.0 * tx + s.1 * ty) / len;
                assert!(
                    along > -0.2,
                    "{} phase {phase}: the trunk steps back {along:.1} cm ({})",
                    g.stretch,
                    trunk.outline
                );
            }
        }
    }
}

#[test]
fn the_supine_rotations_arms_lie_on_the_mat() {
    // A reader saw the far arm, resting out to the side, pointing at the ceiling: it ran off
    // the mat's far edge. Both hands lie inside the mat drawn under the key picture.
    let g = guide("supine-lumbar-rotation");
    let f = figure(&atlas_core::rig::still::key_pose(&g, false), g.view);
    let atlas_core::rig::Ground::Floor { corners, .. } = f.ground else {
        panic!("no mat: {:?}", f.ground);
    };
    // Inside a convex quadrilateral: on the same side of all four edges.
    let inside = |(x, y): (f32, f32)| {
        let sides: Vec<bool> = (0..4)
            .map(|i| {
                let (a, b) = (corners[i], corners[(i + 1) % 4]);
                (b.0 - a.0) * (y - a.1) - (b.1 - a.1) * (x - a.0) > 0.0
            })
            .collect();
        sides.iter().all(|s| *s) || sides.iter().all(|s| !*s)
    };
    for hand in f.limbs.iter().filter(|l| l.part == Part::Hand) {
        let end = *hand.points.last().expect("a hand");
        assert!(
            inside(end),
            "{:?} hand at {end:?} is off the mat {corners:?}",
            hand.side
        );
    }
}
