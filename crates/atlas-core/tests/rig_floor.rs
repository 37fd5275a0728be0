//! The floor of an oblique view (`rig::floor`): a mat that lies under the whole body, and a
//! contact shadow where the body rests on it (issue 22, reader 12: a 2 m mat whose far edge
//! ran across the picture read as a wall, and bodies looked "upright or floating").
#![cfg(feature = "toml")]

mod common;

use atlas_core::rig::floor::mat;
use atlas_core::rig::math::Vec3;
use atlas_core::rig::skeleton::Segment;
use atlas_core::rig::still::key_pose;
use atlas_core::rig::surface::{drawn_parts, head};
use atlas_core::rig::{figure, forward, Ground, View};

/// Whether `p` lies inside the convex quadrilateral `c` (on the same side of all four edges).
fn inside(c: &[(f32, f32); 4], (x, y): (f32, f32)) -> bool {
    let sides: Vec<bool> = (0..4)
        .map(|i| {
            let (a, b) = (c[i], c[(i + 1) % 4]);
            (b.0 - a.0) * (y - a.1) - (b.1 - a.1) * (x - a.0) > 0.0
        })
        .collect();
    sides.iter().all(|s| *s) || sides.iter().all(|s| !*s)
}

#[test]
fn every_lying_key_picture_has_a_mat_under_the_whole_body_and_shadows_on_it() {
    let mut checked = 0;
    for g in common::load_guide_assets() {
        if !matches!(g.view, View::Oblique { .. }) {
            continue;
        }
        for working in [false, true] {
            let f = figure(&key_pose(&g, working), g.view);
            let Ground::Floor { corners, rim } = f.ground else {
                panic!("{}: no mat: {:?}", g.stretch, f.ground);
            };
            // On the floor, every drawn axis point (the body less the parts' round edges) and
            // the head's centre lie over the mat, seen from straight above.
            let body = forward(&key_pose(&g, working));
            let parts = drawn_parts(&body, g.view);
            let (head_c, head_r) = head(&body);
            let above = |p: Vec3| (p.x as f32, p.z as f32);
            let hips = body.joint(Segment::Pelvis);
            let m = mat(
                &parts,
                hips,
                (head_c, head_r),
                0.0,
                (Vec3::default(), 0.0),
                &above,
            );
            for p in parts.iter().flat_map(|d| d.points.iter()).chain([&head_c]) {
                assert!(
                    inside(&m.corners, above(*p)),
                    "{}: {p:?} is off the mat {:?}",
                    g.stretch,
                    m.corners
                );
            }
            // The near edges show: the outline with the thickness reaches below the top face.
            let low = |ps: &[(f32, f32)]| ps.iter().map(|p| p.1).fold(f32::MIN, f32::max);
            assert!(
                low(&rim) > low(&corners) + 1.0,
                "{}: no near edge",
                g.stretch
            );
            // A body lying on the floor casts shadows: at least the trunk's and the head's.
            assert!(
                f.shadows.matches('M').count() >= 2,
                "{}: shadows {:?}",
                g.stretch,
                f.shadows
            );
            checked += 1;
        }
    }
    assert!(checked >= 4, "the oblique guides: {checked}");
}

#[test]
fn a_standing_body_seen_from_the_side_has_a_floor_line_and_no_shadows() {
    // Side and front views keep their floor line; the mat and shadows are the oblique views'.
    let g = common::load_guide_assets()
        .into_iter()
        .find(|g| g.stretch == "standing-quad")
        .expect("standing-quad");
    let f = figure(&g.base, g.view);
    assert!(matches!(f.ground, Ground::Line { .. }), "{:?}", f.ground);
    assert!(f.shadows.is_empty());
}

#[test]
fn a_part_held_above_the_floor_casts_no_shadow() {
    // Figure-4's key picture: both feet count, but only the other leg's foot is on the floor;
    // the crossed leg's foot rests on the knee, in the air. Lifting that whole leg away
    // (hip bent far, the knee straight) leaves the shadows as they were without it.
    use atlas_core::rig::{Joint, Side};
    let g = common::load_guide_assets()
        .into_iter()
        .find(|g| g.stretch == "figure-4")
        .expect("figure-4");
    let key = key_pose(&g, false);
    let with = figure(&key, g.view).shadows.matches('M').count();
    let raised = key
        .with(Joint::HipFlex(Side::Left), 90.0)
        .with(Joint::KneeFlex(Side::Left), 0.0);
    let without = figure(&raised, g.view).shadows.matches('M').count();
    assert_eq!(with, without, "the crossed leg casts no shadow");
}
