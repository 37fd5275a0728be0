//! SVG path data, written short: every path the app draws (body map, figure, muscle bellies)
//! goes through [`PathData`].
//!
//! After a subpath's absolute `M`, each command is relative to the point before (`l`, `c`,
//! `a`), and a number that starts with `-` needs no space before it. Small differences take
//! fewer digits than absolute coordinates, which makes a page with a body map and a few
//! stills about a sixth smaller after gzip (the muscle pages come in under one network round
//! trip). Nothing is lost: positions are rounded to a tenth first ([`crate::svg_number`]) and
//! each difference is taken between rounded positions, so the drawn points are exactly the
//! absolute ones rounded, with no drift along a long outline.

use crate::svg_number::{push_tenths, tenths};

/// The path data of a line through `points` in order (empty for none).
pub fn polyline(points: &[(f32, f32)]) -> String {
    let mut d = PathData::with_capacity(12 * points.len());
    for (i, &p) in points.iter().enumerate() {
        if i == 0 {
            d.move_to(p);
        } else {
            d.line_to(p);
        }
    }
    d.finish()
}

/// A path being written. Start each subpath with [`PathData::move_to`].
#[derive(Clone, Debug, Default)]
pub struct PathData {
    d: String,
    /// The current point, in tenths.
    at: (i64, i64),
    /// Where the current subpath began (where `z` returns to), in tenths.
    start: (i64, i64),
    /// Whether the last thing written was a command letter (no separator needed after it).
    after_letter: bool,
}

impl PathData {
    /// An empty path with room for about `bytes` characters.
    pub fn with_capacity(bytes: usize) -> Self {
        Self {
            d: String::with_capacity(bytes),
            ..Self::default()
        }
    }

    /// Starts a subpath at `p` (absolute `M`).
    pub fn move_to(&mut self, p: (f32, f32)) {
        let p = Self::round(p);
        self.letter('M');
        self.number(p.0);
        self.number(p.1);
        self.at = p;
        self.start = p;
    }

    /// A straight line to `p` (`l`).
    pub fn line_to(&mut self, p: (f32, f32)) {
        self.letter('l');
        self.point(p);
    }

    /// A cubic Bézier curve through handles `c1`, `c2` to `p` (`c`).
    pub fn curve_to(&mut self, c1: (f32, f32), c2: (f32, f32), p: (f32, f32)) {
        self.letter('c');
        // Every point of a relative curve is measured from where the curve starts.
        let from = self.at;
        self.offset_from(from, c1);
        self.offset_from(from, c2);
        self.point(p);
    }

    /// A circular arc of radius `r` to `p`, the short way round, turning counter-clockwise on
    /// screen (`a r r 0 0 0`): half a circle round the end of a figure's limb.
    pub fn arc_to(&mut self, r: f32, p: (f32, f32)) {
        self.letter('a');
        let r = tenths(r);
        self.number(r);
        self.number(r);
        // Rotation, large-arc and sweep flags, all zero.
        self.d.push_str(" 0 0 0");
        self.point(p);
    }

    /// Closes the subpath (`z`): the current point goes back to its start.
    pub fn close(&mut self) {
        self.letter('z');
        self.at = self.start;
    }

    /// The `d` attribute's text.
    pub fn finish(self) -> String {
        self.d
    }

    fn round(p: (f32, f32)) -> (i64, i64) {
        (tenths(p.0), tenths(p.1))
    }

    fn letter(&mut self, letter: char) {
        self.d.push(letter);
        self.after_letter = true;
    }

    /// Writes `p` relative to the current point, and moves there.
    fn point(&mut self, p: (f32, f32)) {
        let from = self.at;
        self.at = self.offset_from(from, p);
    }

    /// Writes `p` relative to `from`; returns `p` rounded.
    fn offset_from(&mut self, from: (i64, i64), p: (f32, f32)) -> (i64, i64) {
        let p = Self::round(p);
        self.number(p.0 - from.0);
        self.number(p.1 - from.1);
        p
    }

    /// Writes one number, with a space before it unless a letter or its own `-` separates it.
    fn number(&mut self, v: i64) {
        if !self.after_letter && v >= 0 {
            self.d.push(' ');
        }
        self.after_letter = false;
        push_tenths(&mut self.d, v);
    }
}

#[cfg(test)]
mod tests {
    use super::{polyline, PathData};

    #[test]
    fn a_polyline_joins_its_points_in_order() {
        assert_eq!(polyline(&[]), "");
        assert_eq!(polyline(&[(36.0, 80.0), (60.0, 50.0)]), "M36 80l24-30");
    }

    #[test]
    fn writes_relative_commands_between_rounded_points() {
        let mut d = PathData::default();
        d.move_to((10.04, -2.0));
        d.line_to((12.5, -2.0));
        d.curve_to((13.0, 0.0), (11.0, 1.0), (10.0, 0.5));
        d.arc_to(2.0, (10.0, -3.5));
        d.close();
        assert_eq!(d.finish(), "M10-2l2.5 0c0.5 2-1.5 3-2.5 2.5a2 2 0 0 0 0-4z");
    }

    #[test]
    fn differences_do_not_drift_along_a_long_outline() {
        // Each step is 0.33 (written 0.3 or 0.4): the end is still at 33, rounded.
        let mut d = PathData::default();
        d.move_to((0.0, 0.0));
        for i in 1..=100 {
            d.line_to((i as f32 * 0.33, 0.0));
        }
        let d = d.finish();
        let sum: f64 = d
            .trim_start_matches("M0 0")
            .split('l')
            .skip(1)
            .map(|step| step.split(' ').next().unwrap().parse::<f64>().unwrap())
            .sum();
        assert!((sum - 33.0).abs() < 1e-9, "{sum}");
    }

    #[test]
    fn a_second_subpath_starts_absolute_after_a_close() {
        let mut d = PathData::default();
        d.move_to((1.0, 1.0));
        d.line_to((2.0, 1.0));
        d.close();
        d.move_to((5.0, 5.0));
        d.line_to((4.0, 5.0));
        assert_eq!(d.finish(), "M1 1l1 0zM5 5l-1 0");
    }
}
