//! The measuring tools the body-map tests rely on, checked on shapes with known answers, so a
//! passing overlap or tap-size test means something.

use atlas_core::bodymap::metrics::{contains, parse_path, PathError, Raster};
use atlas_core::bodymap::Rect;

/// A square as a polygon.
fn square(x: f32, y: f32, side: f32) -> Vec<(f32, f32)> {
    vec![(x, y), (x + side, y), (x + side, y + side), (x, y + side)]
}

#[test]
fn parses_move_curve_close_with_compact_numbers() {
    let subs = parse_path("M1 -2C3.5 4-5 6 7 8C1 1 2 2 3 3Z").unwrap();
    assert_eq!(subs.len(), 1);
    assert_eq!(subs[0].start, (1.0, -2.0));
    assert_eq!(subs[0].segments.len(), 2);
    assert_eq!(subs[0].segments[0][1], (3.5, 4.0));
    assert_eq!(subs[0].segments[0][2], (-5.0, 6.0));
    assert_eq!(subs[0].segments[1][0], (7.0, 8.0));
    assert!(subs[0].closed);
    assert!(!parse_path("M0 0C1 1 2 2 3 3").unwrap()[0].closed);
}

#[test]
fn reads_relative_commands_as_the_same_points() {
    let absolute = parse_path("M1 -2C3.5 4-5 6 7 8C1 1 2 2 3 3ZM10 10C11 10 12 11 12 12").unwrap();
    // What `svg_path::PathData` writes for the same shape; `m` after `z` starts from the
    // closed subpath's start.
    let relative = parse_path("M1-2c2.5 6-6 8 6 10c-6-7-5-6-4-5zm9 12c1 0 2 1 2 2").unwrap();
    assert_eq!(relative, absolute);
}

#[test]
fn reads_back_every_path_the_writer_writes() {
    use atlas_core::svg_path::PathData;
    let mut d = PathData::default();
    d.move_to((20.5, -7.25));
    d.curve_to((21.0, -9.0), (25.04, -11.0), (30.0, -10.0));
    d.curve_to((33.3, -9.9), (30.0, -3.0), (20.5, -7.25));
    d.close();
    let subs = parse_path(&d.finish()).unwrap();
    let seg = &subs[0].segments;
    assert_eq!(subs[0].start, (20.5, -7.3));
    assert_eq!(seg[0][2], (25.0, -11.0));
    assert!((seg[1][1].0 - 33.3).abs() < 1e-4 && (seg[1][3].1 + 7.3).abs() < 1e-4);
    assert!(subs[0].closed);
}

#[test]
fn rejects_what_the_artwork_never_writes() {
    assert_eq!(parse_path("M0 0L1 1"), Err(PathError::UnknownCommand('L')));
    assert_eq!(parse_path("C1 1 2 2 3 3"), Err(PathError::NoMoveTo));
    assert_eq!(parse_path("M0 0C1 1 2"), Err(PathError::BadNumber));
    assert_eq!(parse_path("M0 0 0"), Err(PathError::BadNumber));
}

#[test]
fn point_in_polygon() {
    let sq = square(0.0, 0.0, 10.0);
    assert!(contains(&sq, (5.0, 5.0)));
    assert!(!contains(&sq, (15.0, 5.0)));
    assert!(!contains(&sq, (5.0, -1.0)));
}

#[test]
fn raster_finds_the_largest_square_and_overlaps() {
    let area = Rect {
        x: 0.0,
        y: 0.0,
        w: 40.0,
        h: 40.0,
    };
    let a = Raster::new(&square(5.0, 5.0, 20.0), area, 0.5);
    let (side, centre) = a.largest_square();
    assert!((side - 20.0).abs() <= 0.5, "{side}");
    assert!((centre.0 - 15.0).abs() <= 0.5 && (centre.1 - 15.0).abs() <= 0.5);
    let b = Raster::new(&square(20.0, 20.0, 10.0), area, 0.5);
    assert_eq!(a.overlap(&b), 100, "a 5 x 5 overlap is 100 half-unit cells");
    let c = Raster::new(&square(26.0, 26.0, 5.0), area, 0.5);
    assert_eq!(a.overlap(&c), 0);
    assert_eq!(c.count(), 100);
}
