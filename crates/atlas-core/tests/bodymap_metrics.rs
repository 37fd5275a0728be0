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
