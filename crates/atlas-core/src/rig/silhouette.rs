//! The figure's silhouette: each part as a smooth, tapered, filled outline around its axis
//! (wide at the body end, narrower at the far end, round at both), so the figure reads as a
//! calm body rather than a set of sticks. Computed from the rig each frame.

use super::shapes::Part;
use crate::bodymap::shape::{closed_path, s as smooth, Node};

/// How much narrower a part is at its far end than at its body end (1 keeps the width): a
/// thigh narrows to the knee, a forearm to the wrist; the trunk's parts keep their width.
pub fn taper(part: Part) -> f32 {
    match part {
        Part::Thigh => 0.72,
        Part::Shank => 0.62,
        Part::Foot => 0.75,
        Part::UpperArm => 0.8,
        Part::Forearm => 0.7,
        Part::Hand => 0.85,
        Part::Neck => 0.9,
        Part::Pelvis | Part::Waist | Part::Chest => 1.0,
    }
}

/// The closed outline of a part drawn `width` wide along `points` (screen coordinates),
/// narrowing by `taper` toward the last point, with round ends.
pub fn outline(points: &[(f32, f32)], width: f32, taper: f32) -> String {
    let n = points.len();
    if n < 2 {
        return String::new();
    }
    let last = (n - 1) as f32;
    let half = |i: usize| width / 2.0 * (1.0 + (taper - 1.0) * i as f32 / last);
    // The direction of the axis at point i (along its neighbours).
    let dir = |i: usize| -> (f32, f32) {
        let a = points[i.saturating_sub(1)];
        let b = points[(i + 1).min(n - 1)];
        let (dx, dy) = (b.0 - a.0, b.1 - a.1);
        let len = (dx * dx + dy * dy).sqrt();
        if len > 1e-4 {
            (dx / len, dy / len)
        } else {
            (1.0, 0.0)
        }
    };
    let offset = |i: usize, side: f32| -> Node {
        let ((x, y), (dx, dy), h) = (points[i], dir(i), half(i) * side);
        smooth(x - dy * h, y + dx * h)
    };
    let cap = |i: usize, out: f32| -> Node {
        let ((x, y), (dx, dy), h) = (points[i], dir(i), half(i) * out);
        smooth(x + dx * h, y + dy * h)
    };
    let mut nodes: Vec<Node> = (0..n).map(|i| offset(i, 1.0)).collect();
    nodes.push(cap(n - 1, 1.0));
    nodes.extend((0..n).rev().map(|i| offset(i, -1.0)));
    nodes.push(cap(0, -1.0));
    closed_path(&nodes)
}
