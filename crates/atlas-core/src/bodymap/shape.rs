//! Smooth shapes: closed point loops turned into cubic Bézier SVG paths.
//!
//! The artwork is authored as short lists of points because points are easy to reason about
//! anatomically ("the piriformis ends at the top of the greater trochanter"). A Catmull-Rom
//! spline through the points gives the soft, organic outline the clinic wants without hand
//! tuning Bézier handles. Points marked as corners keep a sharp turn (crop edges, the crotch).

use super::Rect;
use crate::svg_path::PathData;

/// Width of the shared view box; the body's midline is at half of it.
pub(crate) const WIDTH: f32 = 200.0;

/// One authored point of a loop.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Node {
    /// Horizontal position in view-box units.
    pub x: f32,
    /// Vertical position in view-box units (down is positive, as in SVG).
    pub y: f32,
    /// A corner has no smoothing across it.
    pub corner: bool,
}

/// A smooth point.
pub(crate) const fn s(x: f32, y: f32) -> Node {
    Node {
        x,
        y,
        corner: false,
    }
}

/// A corner point.
pub(crate) const fn c(x: f32, y: f32) -> Node {
    Node { x, y, corner: true }
}

/// One cubic Bézier segment: start, two handles, end.
pub(crate) type Cubic = [(f32, f32); 4];

/// Mirrors a node list about the vertical midline (the viewer's left half to the right half).
pub(crate) fn mirror(nodes: &[Node]) -> Vec<Node> {
    nodes
        .iter()
        .map(|n| Node {
            x: WIDTH - n.x,
            ..*n
        })
        .collect()
}

/// Joins a left-half outline that runs from the midline round to the midline with its mirror
/// image, giving one symmetric closed loop. The mirror half is walked backwards so the loop
/// keeps going round, and its first and last nodes (on the midline) are not repeated.
pub(crate) fn mirror_join(half: &[Node]) -> Vec<Node> {
    let mut out = half.to_vec();
    let other = mirror(half);
    let inner = other.len().saturating_sub(1);
    out.extend(other.iter().take(inner).skip(1).rev());
    out
}

/// Bézier segments of a smooth closed loop through `nodes`.
pub(crate) fn closed_cubics(nodes: &[Node]) -> Vec<Cubic> {
    let n = nodes.len();
    if n < 3 {
        return Vec::new();
    }
    (0..n)
        .map(|i| {
            let p0 = nodes[(i + n - 1) % n];
            let p1 = nodes[i];
            let p2 = nodes[(i + 1) % n];
            let p3 = nodes[(i + 2) % n];
            cubic(p0, p1, p2, p3)
        })
        .collect()
}

/// Bézier segments of a smooth open curve through `nodes` (end points get their own tangent).
pub(crate) fn open_cubics(nodes: &[Node]) -> Vec<Cubic> {
    let n = nodes.len();
    if n < 2 {
        return Vec::new();
    }
    (0..n - 1)
        .map(|i| {
            let p0 = nodes[i.saturating_sub(1)];
            let p3 = nodes[(i + 2).min(n - 1)];
            cubic(p0, nodes[i], nodes[i + 1], p3)
        })
        .collect()
}

/// The Bézier segment from `p1` to `p2`.
fn cubic(p0: Node, p1: Node, p2: Node, p3: Node) -> Cubic {
    // A corner's handle points a third of the way along the chord, so the curve leaves it in
    // a nearly straight line; otherwise the uniform Catmull-Rom tangent is used.
    let h1 = if p1.corner {
        (p1.x + (p2.x - p1.x) / 3.0, p1.y + (p2.y - p1.y) / 3.0)
    } else {
        (p1.x + (p2.x - p0.x) / 6.0, p1.y + (p2.y - p0.y) / 6.0)
    };
    let h2 = if p2.corner {
        (p2.x + (p1.x - p2.x) / 3.0, p2.y + (p1.y - p2.y) / 3.0)
    } else {
        (p2.x - (p3.x - p1.x) / 6.0, p2.y - (p3.y - p1.y) / 6.0)
    };
    [(p1.x, p1.y), h1, h2, (p2.x, p2.y)]
}

/// An ellipse as four Bézier quarter arcs (the usual 0.5523 handle length).
pub(crate) fn ellipse_cubics(cx: f32, cy: f32, rx: f32, ry: f32) -> Vec<Cubic> {
    const K: f32 = 0.552_284_8;
    let (kx, ky) = (rx * K, ry * K);
    vec![
        [
            (cx + rx, cy),
            (cx + rx, cy + ky),
            (cx + kx, cy + ry),
            (cx, cy + ry),
        ],
        [
            (cx, cy + ry),
            (cx - kx, cy + ry),
            (cx - rx, cy + ky),
            (cx - rx, cy),
        ],
        [
            (cx - rx, cy),
            (cx - rx, cy - ky),
            (cx - kx, cy - ry),
            (cx, cy - ry),
        ],
        [
            (cx, cy - ry),
            (cx + kx, cy - ry),
            (cx + rx, cy - ky),
            (cx + rx, cy),
        ],
    ]
}

/// The SVG `d` string for a run of connected segments, closed with `Z` if asked.
pub(crate) fn path_d(segments: &[Cubic], close: bool) -> String {
    let mut d = PathData::with_capacity(segments.len() * 24 + 8);
    let Some(first) = segments.first() else {
        return d.finish();
    };
    d.move_to(first[0]);
    for seg in segments {
        d.curve_to(seg[1], seg[2], seg[3]);
    }
    if close {
        d.close();
    }
    d.finish()
}

/// The SVG path of a smooth closed loop.
pub(crate) fn closed_path(nodes: &[Node]) -> String {
    path_d(&closed_cubics(nodes), true)
}

/// The SVG path of a smooth open curve (for landmarks drawn as strokes).
pub(crate) fn open_path(nodes: &[Node]) -> String {
    path_d(&open_cubics(nodes), false)
}

/// The SVG path of an ellipse.
pub(crate) fn ellipse_path(cx: f32, cy: f32, rx: f32, ry: f32) -> String {
    path_d(&ellipse_cubics(cx, cy, rx, ry), true)
}

/// A point on a cubic at parameter `t` in 0..=1.
pub(crate) fn eval(seg: &Cubic, t: f32) -> (f32, f32) {
    let u = 1.0 - t;
    let (a, b, c, d) = (u * u * u, 3.0 * u * u * t, 3.0 * u * t * t, t * t * t);
    (
        a * seg[0].0 + b * seg[1].0 + c * seg[2].0 + d * seg[3].0,
        a * seg[0].1 + b * seg[1].1 + c * seg[2].1 + d * seg[3].1,
    )
}

/// Samples the segments into a polygon with `steps` points per segment.
pub(crate) fn flatten(segments: &[Cubic], steps: usize) -> Vec<(f32, f32)> {
    let steps = steps.max(1);
    let mut pts = Vec::with_capacity(segments.len() * steps);
    for seg in segments {
        for i in 0..steps {
            pts.push(eval(seg, i as f32 / steps as f32));
        }
    }
    pts
}

/// The bounding box of the curve (sampled, which is tight enough for layout).
pub(crate) fn bounds(segments: &[Cubic]) -> Rect {
    Rect::around(&flatten(segments, 12))
}
