//! The figure's silhouette: each part as a smooth, tapered, filled outline around its axis
//! (wide at the body end, narrower at the far end, round at both), so the figure reads as a
//! calm body rather than a set of sticks. Computed from the rig each frame.

use super::figure::Limb;
use super::shapes::Part;
use crate::svg_path::PathData;

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
/// narrowing by `taper` toward the last point, with round ends: straight tapered sides and a
/// half circle at each end. Built with arcs, not splines, because it runs for every part on
/// every animation frame and the path stays short (about 20 numbers for a limb).
pub fn outline(points: &[(f32, f32)], width: f32, taper: f32) -> String {
    let last = points.len().saturating_sub(1).max(1) as f32;
    let halves: Vec<f32> = (0..points.len())
        .map(|i| width / 2.0 * (1.0 + (taper - 1.0) * i as f32 / last))
        .collect();
    outline_with(points, &halves)
}

/// The closed outline along `points` with its own half-width at each point (the trunk: wide
/// at the pelvis, in at the waist, out at the chest), round at both ends.
pub fn outline_with(points: &[(f32, f32)], halves: &[f32]) -> String {
    let n = points.len().min(halves.len());
    if n < 2 {
        return String::new();
    }
    let half = |i: usize| halves[i];
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
    let side = |i: usize, sign: f32| -> (f32, f32) {
        let ((x, y), (dx, dy), h) = (points[i], dir(i), half(i) * sign);
        (x - dy * h, y + dx * h)
    };
    let mut d = PathData::with_capacity(16 * (n + 2));
    d.move_to(side(0, 1.0));
    for i in 1..n {
        d.line_to(side(i, 1.0));
    }
    // Half a circle round each end of the part.
    d.arc_to(half(n - 1), side(n - 1, -1.0));
    for i in (0..n - 1).rev() {
        d.line_to(side(i, -1.0));
    }
    d.arc_to(half(0), side(0, 1.0));
    d.close();
    d.finish()
}

/// How close (cm, on the screen) two points of the trunk's axis may lie before they are drawn
/// as one: the spine's joints are 8 cm or more apart, a part's end and the next one's start a
/// fraction of that.
const MERGE: f32 = 3.0;

/// Draws the trunk as one calm outline (pelvis, waist and chest along the spine) on the
/// pelvis part, leaving the waist's and chest's own outlines empty: three overlapping shapes
/// would show seams and bumps where they meet.
pub(crate) fn trunk_as_one(limbs: &mut [(f64, Limb)]) {
    let find = |part: Part| limbs.iter().position(|(_, l)| l.part == part);
    let (Some(p), Some(w), Some(c)) = (find(Part::Pelvis), find(Part::Waist), find(Part::Chest))
    else {
        return;
    };
    let mut points = Vec::new();
    let mut halves = Vec::new();
    for (i, (keep, scale)) in [(p, 1.0), (w, 1.0), (c, 1.0)].into_iter().enumerate() {
        let limb = &limbs[keep].1;
        // The pelvis gives only its bottom: its top sits inside the waist.
        let take = if i == 0 { 1 } else { limb.points.len() };
        for (j, pt) in limb.points.iter().take(take).enumerate() {
            // The chest narrows a little to the shoulders at its top.
            let top = i == 2 && j + 1 == limb.points.len();
            let h = limb.width / 2.0 * scale * if top { 0.92 } else { 1.0 };
            // A point almost on the last one (a part's end on the next part's start) turns the
            // axis's direction sharply between them, and the outline steps back there: the
            // notches a reader saw on the trunk. Keep one of the two, the wider.
            let near = points
                .last()
                .is_some_and(|q: &(f32, f32)| (pt.0 - q.0).hypot(pt.1 - q.1) < MERGE);
            if near && !top {
                if let Some(last) = halves.last_mut() {
                    *last = f32::max(*last, h);
                }
                continue;
            }
            points.push(*pt);
            halves.push(h);
        }
    }
    let trunk = outline_with(&points, &halves);
    for (i, slot) in [p, w, c].into_iter().enumerate() {
        limbs[slot].1.outline = if i == 0 { trunk.clone() } else { String::new() };
    }
}
