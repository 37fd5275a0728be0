//! The other end of a move, drawn faint behind its key picture, so a still of a move paced by
//! the breath (cat-cow, hip rocks, the bridge, the clamshell, the supine rotation) shows where
//! the body moves from and to rather than one frame that looks like rest (issue 22, item 6).
//!
//! Only the parts that move are drawn: the parts that stay put would sit exactly under the
//! solid figure and only add bytes to every page that shows the still.

use super::figure::figure;
use super::guide::{Guide, Kind, View};
use super::joints::Joint;
use super::pose::Pose;
use super::still::key_pose;

/// How far (SVG units, centimetres) some point of a part must move between the two ends for
/// the part to be drawn in the ghost: about a finger's width, less than any move's travel,
/// more than the solver's small settling of a part that stays put.
pub const MOVED: f32 = 4.0;

/// The pose at the other end of a move from its key picture: of the start and the keyframes,
/// the one farthest from the key pose (summed joint angles). `None` for a held stretch, whose
/// picture is one position.
pub fn other_end(guide: &Guide, working: bool) -> Option<Pose> {
    if guide.kind != Kind::Dynamic {
        return None;
    }
    let key = key_pose(guide, working);
    let apart = |p: &Pose| -> f64 {
        Joint::all()
            .filter(|j| *j != Joint::RootX)
            .map(|j| (p.get(j) - key.get(j)).abs())
            .sum()
    };
    std::iter::once(guide.base)
        .chain(guide.keyframes.iter().map(|k| k.pose))
        .map(|p| (apart(&p), p))
        .filter(|(d, _)| *d > 1.0)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, p)| p)
}

/// The faint second figure: outlines of the parts of `ghost` that lie away from where they
/// are in `key`, and its head when the head moved.
#[derive(Clone, Debug, PartialEq)]
pub struct Ghost {
    /// SVG path data of each moved part's filled outline (the trunk as one, when it moved).
    pub outlines: Vec<String>,
    /// The head's circle `(cx, cy, r)` when it moved.
    pub head: Option<(f32, f32, f32)>,
    /// Extremes `(min_x, min_y, max_x, max_y)` of the whole ghost figure, for the frame.
    pub bounds: (f32, f32, f32, f32),
}

/// The ghost of `ghost` behind the figure of `key` in `view`.
pub fn ghost(ghost: &Pose, key: &Pose, view: View) -> Ghost {
    let (g, k) = (figure(ghost, view), figure(key, view));
    let far = |a: &[(f32, f32)], b: &[(f32, f32)]| {
        a.len() != b.len()
            || a.iter()
                .zip(b)
                .any(|(p, q)| (p.0 - q.0).hypot(p.1 - q.1) > MOVED)
    };
    let moved = |i: usize| {
        let l = &g.limbs[i];
        k.limbs
            .iter()
            .find(|m| m.part == l.part && m.side == l.side)
            .is_none_or(|m| far(&l.points, &m.points))
    };
    // The trunk is drawn as one outline on one of its parts: it is in the ghost when any
    // trunk part moved.
    let trunk_moved = (0..g.limbs.len()).any(|i| g.limbs[i].side.is_none() && moved(i));
    let outlines = (0..g.limbs.len())
        .filter(|i| !g.limbs[*i].outline.is_empty())
        .filter(|i| {
            if g.limbs[*i].side.is_none() {
                trunk_moved
            } else {
                moved(*i)
            }
        })
        .map(|i| g.limbs[i].outline.clone())
        .collect();
    let head_moved = (g.head.cx - k.head.cx).hypot(g.head.cy - k.head.cy) > MOVED;
    Ghost {
        outlines,
        head: head_moved.then_some((g.head.cx, g.head.cy, g.head.r)),
        bounds: g.bounds(),
    }
}
