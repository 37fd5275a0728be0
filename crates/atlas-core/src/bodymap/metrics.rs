//! Reading the artwork's paths back and measuring them: a tiny `M`/`C`/`Z` parser (absolute
//! or relative), polygon flattening, point-in-polygon and the largest tappable square.
//!
//! The tests use these to check the promises the map makes (closed shapes, tap size, no
//! overlaps); the app may use them for hit-testing or placing things without a DOM.

use super::shape::{self, Cubic};
use super::Rect;

/// One parsed subpath: where it starts, its cubic segments, and whether it ends with `Z`.
#[derive(Clone, Debug, PartialEq)]
pub struct Subpath {
    /// The `M` point.
    pub start: (f32, f32),
    /// Each segment as start, handle, handle, end.
    pub segments: Vec<[(f32, f32); 4]>,
    /// Whether the subpath was closed with `Z`.
    pub closed: bool,
}

/// Why a path string could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PathError {
    /// A command other than `M`, `C` or `Z`, absolute or relative (the artwork uses no others).
    UnknownCommand(char),
    /// A number was malformed or a command lacked its numbers.
    BadNumber,
    /// A segment came before any `M`.
    NoMoveTo,
}

/// Splits a path string into command letters and numbers.
fn tokens(d: &str) -> Result<Vec<Token>, PathError> {
    let mut out = Vec::new();
    let mut num = String::new();
    let flush = |num: &mut String, out: &mut Vec<Token>| -> Result<(), PathError> {
        if !num.is_empty() {
            let v = num.parse::<f32>().map_err(|_| PathError::BadNumber)?;
            out.push(Token::Num(v));
            num.clear();
        }
        Ok(())
    };
    for ch in d.chars() {
        match ch {
            '0'..='9' | '.' => num.push(ch),
            '-' => {
                flush(&mut num, &mut out)?;
                num.push(ch);
            }
            ' ' | ',' | '\n' | '\t' => flush(&mut num, &mut out)?,
            'M' | 'm' | 'C' | 'c' | 'Z' | 'z' => {
                flush(&mut num, &mut out)?;
                out.push(Token::Cmd(ch));
            }
            other => return Err(PathError::UnknownCommand(other)),
        }
    }
    flush(&mut num, &mut out)?;
    Ok(out)
}

/// A lexical token of a path string.
#[derive(Clone, Copy)]
enum Token {
    Cmd(char),
    Num(f32),
}

/// Parses an SVG path made of `M`, `C` and `Z` commands, absolute or relative (what
/// [`crate::svg_path::PathData`] writes).
pub fn parse_path(d: &str) -> Result<Vec<Subpath>, PathError> {
    let toks = tokens(d)?;
    let mut subs: Vec<Subpath> = Vec::new();
    let mut cmd = ' ';
    let mut nums: Vec<f32> = Vec::new();
    // Collect each command's numbers, then act on them.
    for next in toks.iter().copied().map(Some).chain([None]) {
        match next {
            Some(Token::Num(v)) => nums.push(v),
            _ => {
                apply(cmd, &nums, &mut subs)?;
                nums.clear();
                cmd = ' ';
                if let Some(Token::Cmd(c)) = next {
                    if c.eq_ignore_ascii_case(&'z') {
                        apply('Z', &[], &mut subs)?;
                    } else {
                        cmd = c;
                    }
                }
            }
        }
    }
    Ok(subs)
}

/// Where the pen is after the subpaths read so far: the end of the last segment, or the
/// start of a closed subpath (where `z` takes it back to).
fn current_point(subs: &[Subpath]) -> (f32, f32) {
    subs.last()
        .map_or((0.0, 0.0), |sub| match sub.segments.last() {
            Some(seg) if !sub.closed => seg[3],
            _ => sub.start,
        })
}

/// Applies one command with its numbers to the subpaths read so far.
fn apply(cmd: char, nums: &[f32], subs: &mut Vec<Subpath>) -> Result<(), PathError> {
    let relative = cmd.is_ascii_lowercase();
    match cmd.to_ascii_uppercase() {
        ' ' if nums.is_empty() => Ok(()),
        'M' if nums.len() == 2 => {
            let (x, y) = if relative {
                current_point(subs)
            } else {
                (0.0, 0.0)
            };
            subs.push(Subpath {
                start: (x + nums[0], y + nums[1]),
                segments: Vec::new(),
                closed: false,
            });
            Ok(())
        }
        'C' if !nums.is_empty() && nums.len().is_multiple_of(6) => {
            let sub = subs.last_mut().ok_or(PathError::NoMoveTo)?;
            for c in nums.chunks(6) {
                let from = sub.segments.last().map_or(sub.start, |s| s[3]);
                let (x, y) = if relative { from } else { (0.0, 0.0) };
                let at = |i: usize| (x + c[i], y + c[i + 1]);
                sub.segments.push([from, at(0), at(2), at(4)]);
            }
            Ok(())
        }
        'Z' => {
            let sub = subs.last_mut().ok_or(PathError::NoMoveTo)?;
            sub.closed = true;
            Ok(())
        }
        _ => Err(PathError::BadNumber),
    }
}

/// The first subpath of `d` as a polygon (`steps` samples per curve), if it parses.
pub fn polygon(d: &str, steps: usize) -> Option<Vec<(f32, f32)>> {
    let subs = parse_path(d).ok()?;
    let first = subs.first()?;
    let segs: Vec<Cubic> = first.segments.clone();
    Some(shape::flatten(&segs, steps))
}

/// Even-odd point-in-polygon test (the polygon is implicitly closed).
pub fn contains(poly: &[(f32, f32)], p: (f32, f32)) -> bool {
    let mut inside = false;
    let n = poly.len();
    for i in 0..n {
        let a = poly[i];
        let b = poly[(i + n - 1) % n];
        if (a.1 > p.1) != (b.1 > p.1) {
            let x = a.0 + (p.1 - a.1) * (b.0 - a.0) / (b.1 - a.1);
            if p.0 < x {
                inside = !inside;
            }
        }
    }
    inside
}

/// A polygon rasterised on a square grid: which cell centres lie inside.
#[derive(Clone, Debug)]
pub struct Raster {
    /// The grid's origin (top-left corner of cell 0, 0).
    pub origin: (f32, f32),
    /// Cell size in view-box units.
    pub step: f32,
    /// Number of columns.
    pub cols: usize,
    /// Number of rows.
    pub rows: usize,
    /// Row-major cell flags.
    pub cells: Vec<bool>,
}

impl Raster {
    /// Rasterises `poly` over `area` with cells of `step` units.
    pub fn new(poly: &[(f32, f32)], area: Rect, step: f32) -> Raster {
        let step = step.max(0.01);
        let cols = (area.w / step).ceil().max(0.0) as usize;
        let rows = (area.h / step).ceil().max(0.0) as usize;
        let mut cells = Vec::with_capacity(cols * rows);
        for r in 0..rows {
            for c in 0..cols {
                let p = (
                    area.x + (c as f32 + 0.5) * step,
                    area.y + (r as f32 + 0.5) * step,
                );
                cells.push(contains(poly, p));
            }
        }
        Raster {
            origin: (area.x, area.y),
            step,
            cols,
            rows,
            cells,
        }
    }

    /// How many cells are inside both rasters (which must share a grid).
    pub fn overlap(&self, other: &Raster) -> usize {
        self.cells
            .iter()
            .zip(&other.cells)
            .filter(|(a, b)| **a && **b)
            .count()
    }

    /// How many cells are inside.
    pub fn count(&self) -> usize {
        self.cells.iter().filter(|c| **c).count()
    }

    /// The largest axis-aligned square of inside cells: its side in view-box units and its
    /// centre. A classic dynamic programme over the grid.
    pub fn largest_square(&self) -> (f32, (f32, f32)) {
        let mut best = (0usize, 0usize, 0usize);
        let mut dp = vec![0usize; self.cols * self.rows];
        for r in 0..self.rows {
            for c in 0..self.cols {
                let i = r * self.cols + c;
                if !self.cells[i] {
                    continue;
                }
                let v = if r == 0 || c == 0 {
                    1
                } else {
                    1 + dp[i - 1].min(dp[i - self.cols]).min(dp[i - self.cols - 1])
                };
                dp[i] = v;
                if v > best.0 {
                    best = (v, r, c);
                }
            }
        }
        let (k, r, c) = best;
        let side = k as f32 * self.step;
        let cx = self.origin.0 + (c + 1) as f32 * self.step - side / 2.0;
        let cy = self.origin.1 + (r + 1) as f32 * self.step - side / 2.0;
        (side, (cx, cy))
    }
}
