//! The other end of a move, drawn faint behind its key picture, so a still of a move paced by
//! the breath (cat-cow, hip rocks, the bridge, the clamshell, the supine rotation) shows where
//! the body moves from and to rather than one frame that looks like rest (issue 22, item 6).
//!
//! Only the parts that move are drawn: the parts that stay put would sit exactly under the
//! solid figure and only add bytes to every page that shows the still.

use super::figure::{figure, Limb};
use super::guide::{Guide, Motion, View};
use super::joints::Joint;
use super::pose::Pose;
use super::shapes::Part;
use super::still::key_pose;

/// How far (SVG units, centimetres) some point of a part must move between the two ends for
/// the part to be drawn in the ghost: about a finger's width, less than any move's travel,
/// more than the solver's small settling of a part that stays put.
pub const MOVED: f32 = 4.0;

/// The pose at the other end of a move from its key picture: of the start and the keyframes,
/// the one farthest from the key pose (summed joint angles). `None` for a held stretch, whose
/// picture is one position.
pub fn other_end(guide: &Guide, working: bool) -> Option<Pose> {
    if guide.kind != Motion::Dynamic {
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
    /// SVG path data (stroke only) of a curved arrow over the pelvis turning the way the
    /// pelvis turns from the key picture to the other end, when the pelvis tilts in place and
    /// the head stays still (hip rocks, the supine rotation): there the faint outline barely shows past the solid one, and a reader
    /// could not tell which way the pelvis tilts.
    pub arrow: Option<String>,
}

/// The least turn (degrees, in the picture) of the pelvis that earns an arrow: hip rocks tilt
/// it about 18 degrees; a part settling by the solver turns it a degree or two.
pub const TURNED: f32 = 10.0;

/// Radius (cm) of the arrow's arc about the pelvis's middle: clear of a pelvis about 20 cm
/// thick lying on the floor, close enough to read as belonging to it.
const ARROW_RADIUS: f32 = 17.0;

/// The pelvis's middle and its axis's angle (radians, screen coordinates) in a figure.
fn pelvis(limbs: &[super::figure::Limb]) -> Option<((f32, f32), f32)> {
    let l = limbs.iter().find(|l| l.part == Part::Pelvis)?;
    let (a, b) = (l.points.first()?, l.points.last()?);
    let mid = ((a.0 + b.0) / 2.0, (a.1 + b.1) / 2.0);
    Some((mid, (b.1 - a.1).atan2(b.0 - a.0)))
}

/// A curved arrow over the pelvis at `mid`, turning clockwise on the screen when `clockwise`:
/// an arc of 70 degrees centred straight above the middle, with an open head at its end.
fn arrow(mid: (f32, f32), clockwise: bool) -> String {
    let r = ARROW_RADIUS;
    let (from, to) = arc_ends(clockwise);
    let (p0, p1) = (on_arc(mid, from), on_arc(mid, to));
    let sweep = u8::from(clockwise);
    format!(
        "M{:.1} {:.1}A{r} {r} 0 0 {sweep} {:.1} {:.1}{}",
        p0.0,
        p0.1,
        p1.0,
        p1.1,
        arrow_head(mid, to, clockwise)
    )
}

/// The arc's start and end (screen angles, y down: straight up is -90 degrees).
fn arc_ends(clockwise: bool) -> (f32, f32) {
    if clockwise {
        (-125.0, -55.0)
    } else {
        (-55.0, -125.0)
    }
}

/// The point of the arrow's arc about `mid` at screen angle `deg`.
fn on_arc(mid: (f32, f32), deg: f32) -> (f32, f32) {
    let (s, c) = deg.to_radians().sin_cos();
    (mid.0 + ARROW_RADIUS * c, mid.1 + ARROW_RADIUS * s)
}

/// An open head at the arc's point at `deg`, pointing the way the arc turns there (clockwise
/// on the screen when `clockwise`): two strokes back from the tip, about the tangent.
fn arrow_head(mid: (f32, f32), deg: f32, clockwise: bool) -> String {
    let p1 = on_arc(mid, deg);
    let dir = if clockwise { 1.0 } else { -1.0 };
    let (ts, tc) = (deg + 90.0 * dir).to_radians().sin_cos();
    let (tx, ty) = (tc, ts);
    let (nx, ny) = (-ty, tx);
    let (len, half) = (4.5, 3.0);
    let h1 = (p1.0 - tx * len + nx * half, p1.1 - ty * len + ny * half);
    let h2 = (p1.0 - tx * len - nx * half, p1.1 - ty * len - ny * half);
    format!(
        "M{:.1} {:.1}L{:.1} {:.1}L{:.1} {:.1}",
        h1.0, h1.1, p1.0, p1.1, h2.0, h2.1
    )
}

/// How much lower (cm, on the screen) the key picture's low back must lie than the other
/// end's to be drawn as pressed down: hip rocks' arch lifts it about 3 cm.
const PRESSED: f32 = 1.5;

/// The low back's (waist's) middle and drawn width in a figure.
fn waist(limbs: &[Limb]) -> Option<((f32, f32), f32)> {
    let l = limbs.iter().find(|l| l.part == Part::Waist)?;
    let n = l.points.len().max(1) as f32;
    let (x, y) = l
        .points
        .iter()
        .fold((0.0, 0.0), |(x, y), p| (x + p.0, y + p.1));
    Some(((x / n, y / n), l.width))
}

/// A short straight arrow pointing down at the top of a low back centred at `mid`, `width`
/// thick: "press the low back toward the floor".
fn press(mid: (f32, f32), width: f32) -> String {
    let tip = (mid.0, mid.1 - width / 2.0 - 2.5);
    let tail = tip.1 - 11.0;
    let (half, len) = (3.0, 4.5);
    format!(
        "M{:.1} {:.1}L{:.1} {:.1}M{:.1} {:.1}L{:.1} {:.1}L{:.1} {:.1}",
        tip.0,
        tail,
        tip.0,
        tip.1,
        tip.0 - half,
        tip.1 - len,
        tip.0,
        tip.1,
        tip.0 + half,
        tip.1 - len
    )
}

/// How close (cm, on the screen) a far-side part's ends must lie to its near-side twin's for the
/// ghost to leave it out: about the hips' width, two legs side by side.
const TWIN: f32 = 20.0;

/// Whether limb `i` lies along its other-side twin drawn after it, nearer the viewer (both
/// ends within [`TWIN`] on the screen; a figure's limbs are in drawing order, back to front):
/// knees held together would draw two pale legs side by side, which only adds lines to
/// tell apart (the supine rotation's start).
fn hidden_twin(limbs: &[Limb], i: usize) -> bool {
    let l = &limbs[i];
    let close = |a: Option<&(f32, f32)>, b: Option<&(f32, f32)>| {
        a.zip(b)
            .is_some_and(|(a, b)| (a.0 - b.0).hypot(a.1 - b.1) <= TWIN)
    };
    l.side.is_some()
        && limbs[i + 1..].iter().any(|m| {
            m.part == l.part
                && m.side.is_some()
                && m.side != l.side
                && close(l.points.first(), m.points.first())
                && close(l.points.last(), m.points.last())
        })
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
    let head_moved = (g.head.cx - k.head.cx).hypot(g.head.cy - k.head.cy) > MOVED;
    // An arrow when the pelvis turns in place with the head still: a pelvis carried up (the
    // bridge) or a whole back moving (cat-cow, where an arc would cover the lit back) shows
    // its travel in the outline already.
    let arrow = pelvis(&k.limbs)
        .zip(pelvis(&g.limbs))
        .and_then(|((km, ka), (gm, ga))| {
            let mut turn = (ga - ka).to_degrees();
            if turn > 180.0 {
                turn -= 360.0;
            } else if turn < -180.0 {
                turn += 360.0;
            }
            let in_place = (gm.0 - km.0).hypot(gm.1 - km.1) < MOVED * 2.0;
            (turn.abs() >= TURNED && in_place && !head_moved).then_some((km, turn > 0.0))
        });
    // With no leg to show the move, a pelvis tilting under a low back pressed down in the key
    // picture (hip rocks' flat back) also gets a short arrow pointing down at the low back:
    // reader 6 could not tell flatten from arch by the curved arrow alone, and took the move
    // for a bridge (the hips lifted).
    let pressed = waist(&k.limbs)
        .zip(waist(&g.limbs))
        .and_then(|((km, kw), (gm, _))| (km.1 - gm.1 >= PRESSED).then(|| press(km, kw)));
    // With no leg to show the move, the pelvis rocks both ways in place (hip rocks): the arc
    // gets a head at its start as well, drawn last so the path's first strokes stay the turn
    // and the press. Reader 7 saw "press down" but not the rocking, and a small bridge.
    let arrow = arrow.map(|(mid, clockwise)| {
        let d = self::arrow(mid, clockwise);
        let legs = (0..g.limbs.len())
            .any(|i| matches!(g.limbs[i].part, Part::Thigh | Part::Shank | Part::Foot) && moved(i));
        if legs {
            return d;
        }
        let back = arrow_head(mid, arc_ends(clockwise).0, !clockwise);
        match &pressed {
            Some(p) => format!("{d}{p}{back}"),
            None => format!("{d}{back}"),
        }
    });
    // A limb is drawn when it moved, unless it lies along its twin; when the arrow already
    // shows the pelvis's turn, the arms, carried along by the trunk, are left out (a reader of
    // the supine rotation could not tell start from end among the dashed trunk, arm and legs).
    let carried = |i: usize| {
        arrow.is_some() && matches!(g.limbs[i].part, Part::UpperArm | Part::Forearm | Part::Hand)
    };
    let limb = |i: usize| moved(i) && !carried(i) && !hidden_twin(&g.limbs, i);
    let sided = (0..g.limbs.len()).filter(|i| g.limbs[*i].side.is_some());
    let legs_drawn = sided.clone().any(limb);
    // The trunk is drawn as one outline on one of its parts: it is in the ghost when any
    // trunk part moved. When the arrow shows the pelvis's turn it is drawn only if no leg is:
    // the supine rotation's knees show where the move comes from, while hip rocks have only
    // the low back lifting off the floor into the arch, a couple of centimetres, to tell the
    // two ends apart.
    let trunk_moved = match arrow {
        Some(_) => !legs_drawn,
        None => (0..g.limbs.len()).any(|i| g.limbs[i].side.is_none() && moved(i)),
    };
    let outlines = (0..g.limbs.len())
        .filter(|i| !g.limbs[*i].outline.is_empty())
        .filter(|i| {
            if g.limbs[*i].side.is_none() {
                trunk_moved
            } else {
                limb(*i)
            }
        })
        .map(|i| g.limbs[i].outline.clone())
        .collect();
    Ghost {
        outlines,
        head: head_moved.then_some((g.head.cx, g.head.cy, g.head.r)),
        bounds: g.bounds(),
        arrow,
    }
}
