//! The body map's promises: every muscle placed once with a left and a right shape that
//! mirror each other, shapes that are closed, inside the view box and the body, big enough
//! to tap on a phone, and not overlapping within a view and layer.

use atlas_core::bodymap::metrics::{contains, parse_path, polygon, Raster};
use atlas_core::bodymap::{
    placement, regions_for_muscle, view_art, Facing, Hotspot, Layer, Rect, Side, MUSCLES, VIEW_BOX,
};

/// The map's rendered width on a 360 px phone, in CSS pixels.
const PHONE_MAP_PX: f32 = 330.0;
/// The smallest comfortable tap target, in CSS pixels.
const MIN_TAP_PX: f32 = 24.0;

fn all_regions() -> Vec<Hotspot> {
    Facing::ALL
        .into_iter()
        .flat_map(|v| view_art(v).regions)
        .collect()
}

fn poly(d: &str) -> Vec<(f32, f32)> {
    polygon(d, 16).expect("path parses")
}

fn view_rect() -> Rect {
    let (x, y, w, h) = VIEW_BOX;
    Rect { x, y, w, h }
}

#[test]
fn muscle_ids_are_unique() {
    for (i, a) in MUSCLES.iter().enumerate() {
        assert!(!MUSCLES[i + 1..].contains(a), "{a} listed twice");
    }
}

#[test]
fn every_muscle_has_one_placement_and_both_sides() {
    let regions = all_regions();
    for m in MUSCLES {
        let (view, layer) = placement(m).unwrap_or_else(|| panic!("{m} has no placement"));
        let mine: Vec<_> = regions.iter().filter(|r| r.muscle == m).collect();
        assert_eq!(mine.len(), 2, "{m} should have exactly two shapes");
        assert!(
            mine.iter().all(|r| r.view == view && r.layer == layer),
            "{m} placed twice"
        );
        assert!(
            mine.iter().any(|r| r.side == Side::Left),
            "{m} lacks a left shape"
        );
        assert!(
            mine.iter().any(|r| r.side == Side::Right),
            "{m} lacks a right shape"
        );
        assert_eq!(regions_for_muscle(m).len(), 2);
    }
    assert_eq!(
        regions.len(),
        MUSCLES.len() * 2,
        "a region for an unknown muscle"
    );
    assert_eq!(placement("deltoid"), None);
    assert!(regions_for_muscle("deltoid").is_empty());
}

#[test]
fn regions_follow_reading_order_left_first() {
    for view in Facing::ALL {
        let art = view_art(view);
        let order: Vec<usize> = art
            .regions
            .iter()
            .map(|r| MUSCLES.iter().position(|m| *m == r.muscle).unwrap_or(99))
            .collect();
        assert!(
            order.windows(2).all(|w| w[0] <= w[1]),
            "{view:?}: {order:?}"
        );
        for pair in art.regions.chunks(2) {
            assert_eq!((pair[0].side, pair[1].side), (Side::Left, Side::Right));
        }
    }
}

#[test]
fn left_and_right_mirror_each_other() {
    let (_, _, w, _) = VIEW_BOX;
    for m in MUSCLES {
        let rs = regions_for_muscle(m);
        let a = &parse_path(&rs[0].path).unwrap()[0];
        let b = &parse_path(&rs[1].path).unwrap()[0];
        assert_eq!(a.segments.len(), b.segments.len(), "{m}");
        for (sa, sb) in a.segments.iter().zip(&b.segments) {
            for (pa, pb) in sa.iter().zip(sb) {
                // One decimal place of rounding on each side.
                assert!((pa.0 - (w - pb.0)).abs() <= 0.11, "{m}: {pa:?} vs {pb:?}");
                assert!((pa.1 - pb.1).abs() <= 0.01, "{m}: {pa:?} vs {pb:?}");
            }
        }
        assert!(
            (rs[0].label_at.0 - (w - rs[1].label_at.0)).abs() < 0.01,
            "{m} label"
        );
    }
}

#[test]
fn sides_are_the_persons_sides() {
    // Front: the person's left is on the viewer's right. Back: on the viewer's left.
    for r in all_regions() {
        let on_viewer_left = r.bounds.center().0 < VIEW_BOX.2 / 2.0;
        let expect_left_half = match r.view {
            Facing::Front => r.side == Side::Right,
            Facing::Back => r.side == Side::Left,
        };
        assert_eq!(
            on_viewer_left, expect_left_half,
            "{} {:?}",
            r.muscle, r.side
        );
    }
}

#[test]
fn every_path_parses_and_regions_are_closed() {
    for view in Facing::ALL {
        let art = view_art(view);
        for d in art
            .silhouette
            .iter()
            .chain(art.regions.iter().map(|r| &r.path))
        {
            let subs = parse_path(d).unwrap();
            assert_eq!(subs.len(), 1);
            assert!(subs[0].closed, "not closed: {d}");
            let last = subs[0].segments.last().unwrap()[3];
            let gap = (last.0 - subs[0].start.0).hypot(last.1 - subs[0].start.1);
            assert!(gap < 0.01, "loop does not return to its start: {d}");
        }
        assert!(!art.landmarks.is_empty());
        for lm in &art.landmarks {
            let subs = parse_path(&lm.path).unwrap();
            assert_eq!(subs[0].closed, !lm.kind.is_line(), "{:?}", lm.kind);
        }
    }
}

#[test]
fn numbers_are_compact() {
    for view in Facing::ALL {
        for r in view_art(view).regions {
            for tok in r
                .path
                .split(|c: char| c.is_ascii_alphabetic() || c == ' ' || c == '-')
            {
                if let Some((_, frac)) = tok.split_once('.') {
                    assert_eq!(frac.len(), 1, "{tok} in {}", r.muscle);
                }
            }
        }
    }
}

#[test]
fn regions_lie_inside_the_view_box_and_the_body() {
    for view in Facing::ALL {
        let art = view_art(view);
        let body = poly(&art.silhouette[0]);
        for r in &art.regions {
            assert!(
                view_rect().contains_rect(&r.bounds),
                "{} {:?}",
                r.muscle,
                r.bounds
            );
            let shape = poly(&r.path);
            let raster = Raster::new(&shape, r.bounds, 1.0);
            let outside = raster
                .cells
                .iter()
                .enumerate()
                .filter(|(i, inside)| {
                    let (c, row) = (i % raster.cols, i / raster.cols);
                    let p = (
                        r.bounds.x + (c as f32 + 0.5),
                        r.bounds.y + (row as f32 + 0.5),
                    );
                    **inside && !contains(&body, p)
                })
                .count();
            assert_eq!(
                outside, 0,
                "{} {:?} pokes out of the body",
                r.muscle, r.side
            );
        }
    }
}

#[test]
fn every_region_is_big_enough_to_tap_on_a_phone() {
    let scale = PHONE_MAP_PX / VIEW_BOX.2;
    for r in all_regions() {
        let raster = Raster::new(&poly(&r.path), r.bounds, 0.5);
        let (side, _) = raster.largest_square();
        let px = side * scale;
        println!("{:<22} {:?} {:5.1} px", r.muscle, r.side, px);
        assert!(
            px >= MIN_TAP_PX,
            "{} {:?}: only {px:.1} px",
            r.muscle,
            r.side
        );
    }
}

#[test]
fn labels_point_well_inside_their_region() {
    for r in all_regions() {
        let shape = poly(&r.path);
        let (x, y) = r.label_at;
        for (dx, dy) in [(0.0, 0.0), (-4.0, 0.0), (4.0, 0.0), (0.0, -4.0), (0.0, 4.0)] {
            assert!(
                contains(&shape, (x + dx, y + dy)),
                "{} label {:?}",
                r.muscle,
                r.label_at
            );
        }
    }
}

/// The part of two rectangles they share, if any.
fn intersection(a: Rect, b: Rect) -> Option<Rect> {
    let x = a.x.max(b.x);
    let y = a.y.max(b.y);
    let r = (a.x + a.w).min(b.x + b.w);
    let bt = (a.y + a.h).min(b.y + b.h);
    (r > x && bt > y).then_some(Rect {
        x,
        y,
        w: r - x,
        h: bt - y,
    })
}

#[test]
fn regions_do_not_overlap_within_a_view_and_layer() {
    for view in Facing::ALL {
        let art = view_art(view);
        for layer in Layer::ALL {
            let rs: Vec<_> = art.regions.iter().filter(|r| r.layer == layer).collect();
            for (i, a) in rs.iter().enumerate() {
                for b in &rs[i + 1..] {
                    let Some(area) = intersection(a.bounds, b.bounds) else {
                        continue;
                    };
                    let step = 0.5;
                    let ra = Raster::new(&poly(&a.path), area, step);
                    let rb = Raster::new(&poly(&b.path), area, step);
                    // Up to a couple of half-unit cells is anti-aliasing-level touching.
                    let shared = ra.overlap(&rb);
                    assert!(
                        shared <= 2,
                        "{view:?}/{layer:?}: {} {:?} and {} {:?} share {shared} cells",
                        a.muscle,
                        a.side,
                        b.muscle,
                        b.side
                    );
                }
            }
        }
    }
}

#[test]
fn art_is_deterministic_and_labelled() {
    for view in Facing::ALL {
        assert_eq!(view_art(view), view_art(view));
        assert_eq!(view_art(view).view_box, VIEW_BOX);
    }
    assert_eq!(Facing::Front.label(), "Front");
    assert_eq!(Facing::Back.label(), "Back");
    assert_eq!(Layer::Deep.label(), "Deep");
}
