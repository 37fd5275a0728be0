//! A move paced by the breath shows both ends in its still (issue 22, item 6): its other end
//! is drawn faint behind the key pose, only the parts that move.
#![cfg(feature = "toml")]

mod common;

use atlas_core::rig::ghost::{ghost, other_end};
use atlas_core::rig::still::key_pose;
use atlas_core::rig::{figure, Guide, Motion, Side};

#[test]
fn every_move_paced_by_the_breath_shows_its_other_end_and_a_hold_does_not() {
    for g in common::load_guide_assets() {
        let end = other_end(&g, false);
        match g.kind {
            Motion::Static => assert_eq!(end, None, "{}", g.stretch),
            Motion::Dynamic => {
                let end = end.unwrap_or_else(|| panic!("{}: no other end", g.stretch));
                let key = key_pose(&g, false);
                let gh = ghost(&end, &key, g.view);
                assert!(
                    !gh.outlines.is_empty(),
                    "{}: the other end draws nothing",
                    g.stretch
                );
                // Only what moved: fewer parts than the whole figure.
                assert!(
                    gh.outlines.len() < figure(&end, g.view).limbs.len(),
                    "{}: the whole figure is drawn again",
                    g.stretch
                );
            }
        }
    }
}

#[test]
fn the_clamshell_shows_the_top_knee_closed_and_the_cat_cow_its_other_end() {
    let guides = common::load_guide_assets();
    let find = |id: &str| guides.iter().find(|g| g.stretch == id).expect(id);
    // The clamshell's key is the open knee: its other end is the start, knees together.
    let clam = find("clamshell");
    assert_eq!(other_end(clam, true), Some(clam.base));
    let key = key_pose(clam, true);
    let gh = ghost(&clam.base, &key, clam.view);
    // The top thigh and shank moved; the bottom leg, the trunk and the head did not.
    let moved = figure(&clam.base, clam.view)
        .limbs
        .iter()
        .filter(|l| gh.outlines.contains(&l.outline))
        .map(|l| (l.part, l.side))
        .collect::<Vec<_>>();
    assert!(
        moved.iter().any(|(_, s)| *s == Some(Side::Left)),
        "{moved:?}"
    );
    assert!(
        moved.iter().all(|(_, s)| *s != Some(Side::Right)),
        "{moved:?}"
    );
    assert_eq!(gh.head, None);
    // Cat-cow's key is one end of the spine's range; the ghost is the other end.
    let cc = find("cat-cow");
    let (key, end) = (key_pose(cc, false), other_end(cc, false).expect("an end"));
    assert!(
        key.lumbar_flexion() * end.lumbar_flexion() < 0.0,
        "cat and cow: {} and {}",
        key.lumbar_flexion(),
        end.lumbar_flexion()
    );
}

/// The arrow a guide's still draws between its key picture and its other end (SVG path data).
fn arrow(guide: &Guide) -> String {
    let (key, end) = (
        key_pose(guide, false),
        other_end(guide, false).expect("an end"),
    );
    ghost(&end, &key, guide.view).arrow.expect("an arrow")
}

/// The numbers of an SVG path's data, in order.
fn numbers(d: &str) -> Vec<f32> {
    d.split(|c: char| !(c.is_ascii_digit() || c == '.' || c == '-'))
        .filter(|t| !t.is_empty())
        .filter_map(|t| t.parse().ok())
        .collect()
}

#[test]
fn moves_turning_the_pelvis_in_place_show_which_way_with_an_arrow_and_no_other_move_does() {
    // A reader could not tell which way hip rocks tilt the pelvis: the faint other end barely
    // shows past the solid figure. An arrow over the pelvis turns from the key toward it; the
    // supine rotation turns the pelvis in place too (seen from the side, the knees come over).
    let turning = ["hip-rocks", "supine-lumbar-rotation"];
    for g in common::load_guide_assets() {
        let Some(end) = other_end(&g, false) else {
            continue;
        };
        let key = key_pose(&g, false);
        let gh = ghost(&end, &key, g.view);
        if !turning.contains(&g.stretch.as_str()) {
            assert_eq!(gh.arrow, None, "{}: an arrow it does not need", g.stretch);
            continue;
        }
        let d = gh
            .arrow
            .unwrap_or_else(|| panic!("{}: no arrow", g.stretch));
        // M x0 y0 A r r 0 0 sweep x1 y1 M ...: the arc's start and tip.
        let n = numbers(&d);
        let (start, tip) = ((n[0], n[1]), (n[7], n[8]));
        let fig = figure(&key, g.view);
        let pelvis = fig
            .limbs
            .iter()
            .find(|l| l.part == atlas_core::rig::shapes::Part::Pelvis)
            .expect("a pelvis");
        let (px, py) = pelvis.points[0];
        for (x, y) in [start, tip] {
            assert!(y < 0.0, "{d}: the arrow reaches the floor");
            assert!((x - px).hypot(y - py) < 30.0, "{d}: far from the pelvis");
        }
        // Played the other way, the arrow turns the other way.
        let back = ghost(&key, &end, g.view).arrow.expect("an arrow back");
        let m = numbers(&back);
        assert_eq!(n[6], 1.0 - m[6], "{d} / {back}: the same sweep both ways");
    }
}

#[test]
fn the_supine_rotations_other_end_is_one_leg_and_the_arrow() {
    // A reader of the supine rotation could not tell start from end among dashed outlines of
    // the trunk, an arm and both legs. The arrow shows the pelvis's turn, so the ghost leaves
    // out the trunk and the arms carried with it, and of the two knees held together draws
    // only the nearer leg.
    let guides = common::load_guide_assets();
    let g = guides
        .iter()
        .find(|g| g.stretch == "supine-lumbar-rotation")
        .expect("the supine rotation");
    let (key, end) = (key_pose(g, false), other_end(g, false).expect("an end"));
    let gh = ghost(&end, &key, g.view);
    assert!(gh.arrow.is_some());
    let drawn: Vec<_> = figure(&end, g.view)
        .limbs
        .into_iter()
        .filter(|l| gh.outlines.contains(&l.outline))
        .map(|l| (l.part, l.side))
        .collect();
    assert!(drawn.iter().all(|(_, s)| s.is_some()), "a trunk: {drawn:?}");
    let sides: std::collections::BTreeSet<_> = drawn.iter().map(|(_, s)| *s).collect();
    assert_eq!(sides.len(), 1, "both legs: {drawn:?}");
    assert!(
        drawn.iter().all(|(p, _)| matches!(
            p,
            atlas_core::rig::shapes::Part::Thigh
                | atlas_core::rig::shapes::Part::Shank
                | atlas_core::rig::shapes::Part::Foot
        )),
        "{drawn:?}"
    );
    // Hip rocks have no legs to show: their ghost is the trunk lifting into the arch.
    let hr = guides
        .iter()
        .find(|g| g.stretch == "hip-rocks")
        .expect("hip rocks");
    let (key, end) = (key_pose(hr, false), other_end(hr, false).expect("an end"));
    let gh = ghost(&end, &key, hr.view);
    let trunk = figure(&end, hr.view)
        .limbs
        .into_iter()
        .any(|l| l.side.is_none() && gh.outlines.contains(&l.outline));
    assert!(trunk && gh.arrow.is_some());
}

#[test]
fn hip_rocks_arrow_rocks_both_ways_and_the_supine_rotation_turns_one_way() {
    // Reader 7 saw hip rocks' arrows say "press down" but not the rocking back and forth, so
    // the move could turn into a small bridge. With no leg to show the move, the arc over the
    // pelvis has a head at each end; the supine rotation's knees drop one way per breath.
    let guides = common::load_guide_assets();
    let find = |name: &str| guides.iter().find(|g| g.stretch == name).expect(name);
    let hr = find("hip-rocks");
    let d = arrow(hr);
    let n = numbers(&d);
    // Arc (9 numbers), its head (6), the press (10), then the head at the arc's start (6),
    // whose tip (its middle point) is where the arc begins.
    assert_eq!(n.len(), 31, "{d}");
    let (start, tip) = ((n[0], n[1]), (n[27], n[28]));
    assert!(
        (start.0 - tip.0).abs() < 0.15 && (start.1 - tip.1).abs() < 0.15,
        "{d}: no head at the arc's start"
    );
    // Each head's strokes lie beyond their tip, back along the arc (not across the body).
    let (end_tip, back_stroke) = ((n[9 + 2], n[9 + 3]), (n[25], n[26]));
    assert!(
        (end_tip.0 - start.0).abs() > 10.0,
        "{d}: the two heads coincide"
    );
    assert!((back_stroke.0 - start.0).abs() < 8.0, "{d}");
    let sr = find("supine-lumbar-rotation");
    let d = arrow(sr);
    assert_eq!(numbers(&d).len(), 15, "one head: {d}");
}

#[test]
fn hip_rocks_point_down_at_the_low_back_pressed_flat_and_the_supine_rotation_does_not() {
    // Reader 6 could not tell hip rocks' flatten from their arch by the curved arrow alone and
    // took the move for a bridge. The key picture is the step "press your low back toward
    // the floor", so a second, straight arrow points down at the low back, above the body.
    let guides = common::load_guide_assets();
    let find = |name: &str| guides.iter().find(|g| g.stretch == name).expect(name);
    let hr = find("hip-rocks");
    let d = arrow(hr);
    let n = numbers(&d);
    // After the arc (M, A: 9 numbers) and its head (M, L, L: 6): M x y L x y, straight down.
    assert!(n.len() >= 25, "{d}: no arrow at the low back");
    let (tail, tip) = ((n[15], n[16]), (n[17], n[18]));
    assert!(
        (tail.0 - tip.0).abs() < 0.1 && tip.1 > tail.1 + 5.0,
        "{d}: not down"
    );
    let waist = figure(&key_pose(hr, false), hr.view)
        .limbs
        .into_iter()
        .find(|l| l.part == atlas_core::rig::shapes::Part::Waist)
        .expect("a waist");
    let (lo, hi) = waist
        .points
        .iter()
        .fold((f32::INFINITY, f32::NEG_INFINITY), |(a, b), p| {
            (a.min(p.0), b.max(p.0))
        });
    assert!(
        tip.0 >= lo && tip.0 <= hi,
        "{d}: not over the low back {lo}..{hi}"
    );
    let top = waist
        .points
        .iter()
        .map(|p| p.1)
        .fold(f32::INFINITY, f32::min);
    assert!(
        tip.1 < top - waist.width / 2.0,
        "{d}: the arrow's tip is in the body"
    );
    // The supine rotation's arrow is the arc alone: its knees show the move.
    let sr = find("supine-lumbar-rotation");
    let d = arrow(sr);
    assert_eq!(numbers(&d).len(), 15, "{d}");
}
