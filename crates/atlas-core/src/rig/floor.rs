//! The floor under a body seen at an angle (oblique views): a mat just big enough for the body,
//! with a visible near edge, and a contact shadow under every part that rests on it.
//!
//! Why (issue 22, reader 12): a 2 m mat running out of the picture left its far edge as a line
//! across it, with the page's colour beyond, and readers saw a wall: lying bodies "look
//! upright or floating", the clamshell's knees "spread along the floor". A mat whose four
//! edges all show, with a thickness along its near side, reads as an object lying on the
//! floor, so the view reads as raised; a shadow where a part touches tells a part on the mat
//! from one held above it.

use super::math::Vec3;
use super::surface::DrawnPart;
use crate::svg_path::PathData;

/// How close (cm) a part's lowest surface must be to the floor to cast a contact shadow: the
/// contact check's own tolerance for "on the floor" (1.5 cm), plus a little for a limb that
/// rests along the floor on its round edge.
const TOUCH: f64 = 2.0;

/// The mat's margin (cm) around the body's footprint.
const MARGIN: f64 = 7.0;

/// The narrowest the mat is drawn (cm), about an exercise mat's width.
const MIN_WIDTH: f64 = 62.0;

/// The mat's thickness (cm) as drawn along its near edges: thicker than a real mat, so the
/// edge shows at a phone's size.
const THICKNESS: f64 = 2.2;

/// How much wider (per cm toward the viewer) the mat is drawn nearer the viewer: a hint of
/// perspective, so the far edge is shorter than the near one, as a floor seen from above is
/// and a wall is not (a level rectangle seen from the feet end read as standing up). Mild, so
/// the body (drawn without perspective) still lies inside it: over a 2 m mat seen from the
/// feet end at 30 degrees the far edge is about four fifths of the near one.
const PERSPECTIVE: f64 = 0.0012;

/// How much of a touching part's width its shadow takes: a little narrower than the part, so
/// it shows as a soft dark edge along the contact, not as a second outline.
const SHADOW_WIDTH: f64 = 0.9;

/// The mat as drawn: its top face and the outline of top face and near edges together.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Mat {
    /// The top face's corners, in order round the mat.
    pub corners: [(f32, f32); 4],
    /// The outline of the mat with its thickness (the top face and the same face moved down
    /// by the thickness, as one convex shape; drawn darker under the top face, so only the
    /// near edges show). Six points; a repeated point where an edge is seen end-on.
    pub rim: [(f32, f32); 6],
}

/// The mat under the body's `parts` (world cm, `floor` the floor's height): laid along the
/// body (the world axis nearer to hips → head, so it never turns while the body moves), as
/// long and wide as the body's footprint with a margin, and never narrower than an exercise
/// mat. `screen` projects a world point; `toward` is the direction toward the viewer; `down`
/// is how far (screen units per cm) a point moves on the screen when lowered, for the mat's
/// thickness.
pub fn mat(
    parts: &[DrawnPart],
    hips: Vec3,
    head: (Vec3, f64),
    floor: f64,
    (toward, down): (Vec3, f64),
    screen: &dyn Fn(Vec3) -> (f32, f32),
) -> Mat {
    let length = head.0 - hips;
    let along = if length.x.abs() >= length.z.abs() {
        Vec3::new(length.x.signum(), 0.0, 0.0)
    } else {
        Vec3::new(0.0, 0.0, length.z.signum())
    };
    let across = Vec3::new(along.z, 0.0, along.x);
    let centre = Vec3::new(hips.x, floor, hips.z);
    // The footprint: every drawn point's place on the floor, widened by its half width.
    let mut a = (f64::INFINITY, f64::NEG_INFINITY);
    let mut c = (f64::INFINITY, f64::NEG_INFINITY);
    let mut take = |p: Vec3, r: f64| {
        let (pa, pc) = ((p - centre).dot(along), (p - centre).dot(across));
        a = (a.0.min(pa - r), a.1.max(pa + r));
        c = (c.0.min(pc - r), c.1.max(pc + r));
    };
    for part in parts {
        for p in &part.points {
            take(*p, part.width / 2.0);
        }
    }
    take(head.0, head.1);
    let (a0, a1) = (a.0 - MARGIN, a.1 + MARGIN);
    let (mut c0, mut c1) = (c.0 - MARGIN, c.1 + MARGIN);
    let short = MIN_WIDTH - (c1 - c0);
    if short > 0.0 {
        c0 -= short / 2.0;
        c1 += short / 2.0;
    }
    let middle = centre + along * ((a0 + a1) / 2.0) + across * ((c0 + c1) / 2.0);
    let (mid_x, _) = screen(middle);
    // Each corner spread out from the mat's middle (on the screen) by how near it is.
    let corner = |pa: f64, pc: f64| {
        let p = centre + along * pa + across * pc;
        let (x, y) = screen(p);
        let k = 1.0 + PERSPECTIVE * (p - middle).dot(toward);
        // Whole units: the mat's edges need no finer place, and every lying still has one.
        ((mid_x + (x - mid_x) * k as f32).round(), y.round())
    };
    let corners = [
        corner(a0, c0),
        corner(a1, c0),
        corner(a1, c1),
        corner(a0, c1),
    ];
    let drop = (THICKNESS * down).round() as f32;
    let mut all: Vec<(f32, f32)> = corners
        .iter()
        .flat_map(|&(x, y)| [(x, y), (x, y + drop)])
        .collect();
    let hull = convex_hull(&mut all);
    let mut rim = [hull.last().copied().unwrap_or_default(); 6];
    for (slot, p) in rim.iter_mut().zip(&hull) {
        *slot = *p;
    }
    Mat { corners, rim }
}

/// The contact shadows of `parts` and the head on the floor at height `floor`, as one path
/// (empty when nothing touches): under the stretch of each part whose lowest surface is within
/// [`TOUCH`] of the floor, one flat band on the floor as wide as the part, from the first
/// touching point along the part to the last (one band per part, few points: the shadows are
/// in every still of a lying move, on pages whose size is budgeted).
pub fn shadows(
    parts: &[DrawnPart],
    head: (Vec3, f64),
    floor: f64,
    screen: &dyn Fn(Vec3) -> (f32, f32),
) -> String {
    let mut d = PathData::with_capacity(256);
    let on_floor = |p: Vec3| Vec3::new(p.x, floor, p.z);
    // Whole units (centimetres) are fine enough for a soft shadow and shorter to write.
    let whole = |p: Vec3| {
        let (x, y) = screen(p);
        (x.round(), y.round())
    };
    let screen: &dyn Fn(Vec3) -> (f32, f32) = &whole;
    // Each band as (start, end, half width); a part's band joins the one before when it
    // carries it straight on (a leg or an arm lying along the floor is one band, not three).
    let mut bands: Vec<(Vec3, Vec3, f64)> = Vec::new();
    for part in parts {
        let height = |i: usize| part.low_at(i).map_or(f64::INFINITY, |h| h - floor);
        let pts = &part.points;
        let touching: Vec<usize> = (0..pts.len()).filter(|i| height(*i) <= TOUCH).collect();
        let (Some(&first), Some(&last)) = (touching.first(), touching.last()) else {
            continue;
        };
        // Reach part-way toward a lifted neighbour, to where the surface leaves the floor.
        let toward = |i: usize, j: usize| {
            let (hi, hj) = (height(i), height(j));
            let t = ((TOUCH - hi) / (hj - hi)).clamp(0.0, 1.0);
            pts[i] + (pts[j] - pts[i]) * t
        };
        let start = if first > 0 {
            toward(first, first - 1)
        } else {
            pts[first]
        };
        let end = if last + 1 < pts.len() {
            toward(last, last + 1)
        } else {
            pts[last]
        };
        let r = part.width / 2.0 * SHADOW_WIDTH;
        let (start, end) = (on_floor(start), on_floor(end));
        match bands.last_mut() {
            Some(last) if carries_on(*last, (start, end)) => {
                *last = (last.0, end, (last.2 + r) / 2.0);
            }
            _ => bands.push((start, end, r)),
        }
    }
    for (a, b, r) in bands {
        band(&mut d, (a, b), r, &LONG_END, screen);
    }
    let (c, r) = head;
    if c.y - r - floor <= TOUCH {
        let p = on_floor(c);
        band(&mut d, (p, p), r * 0.7, &ROUND_END, screen);
    }
    d.finish()
}

/// Whether a band from `next.0` to `next.1` carries `band` straight on: it starts within
/// [`JOIN`] of where `band` ends and turns less than about 25 degrees from it.
fn carries_on(band: (Vec3, Vec3, f64), next: (Vec3, Vec3)) -> bool {
    let (run, more) = (band.1 - band.0, next.1 - next.0);
    let (l1, l2) = (run.length(), more.length());
    (next.0 - band.1).length() <= JOIN && l1 > 1e-6 && l2 > 1e-6 && run.dot(more) / (l1 * l2) > 0.9
}

/// How near (cm) one band's start must be to the last one's end to join it.
const JOIN: f64 = 4.0;

/// The directions (degrees from the band's run) of the points round a limb's shadow's end:
/// three, enough for a soft shadow along a limb.
const LONG_END: [f64; 3] = [-90.0, 0.0, 90.0];

/// The same for the head's round shadow, which with three points per end read as a diamond.
const ROUND_END: [f64; 4] = [-90.0, -30.0, 30.0, 90.0];

/// A flat band of half width `r` on the floor from `a` to `b` with rounded ends (points at
/// `end_degrees` round each end), as a closed subpath of straight lines: a circle on the floor
/// is an ellipse on the screen, which an SVG arc in screen space would not follow.
fn band(
    d: &mut PathData,
    (a, b): (Vec3, Vec3),
    r: f64,
    end_degrees: &[f64],
    screen: &dyn Fn(Vec3) -> (f32, f32),
) {
    let run = b - a;
    let len = run.length();
    let dir = if len > 1e-6 {
        run * (1.0 / len)
    } else {
        Vec3::new(1.0, 0.0, 0.0)
    };
    let side = Vec3::new(-dir.z, 0.0, dir.x);
    let mut first = true;
    for (end, sign) in [(b, 1.0), (a, -1.0)] {
        for deg in end_degrees {
            let t = deg.to_radians();
            let p = end + dir * (sign * r * t.cos()) + side * (sign * r * t.sin());
            if first {
                d.move_to(screen(p));
                first = false;
            } else {
                d.line_to(screen(p));
            }
        }
    }
    d.close();
}

/// The convex hull of `points` (sorted in place), counter-clockwise from the leftmost.
fn convex_hull(points: &mut [(f32, f32)]) -> Vec<(f32, f32)> {
    points.sort_by(|a, b| {
        a.0.partial_cmp(&b.0)
            .unwrap_or(std::cmp::Ordering::Equal)
            .then(a.1.partial_cmp(&b.1).unwrap_or(std::cmp::Ordering::Equal))
    });
    let cross = |o: (f32, f32), a: (f32, f32), b: (f32, f32)| {
        (a.0 - o.0) * (b.1 - o.1) - (a.1 - o.1) * (b.0 - o.0)
    };
    let mut hull: Vec<(f32, f32)> = Vec::with_capacity(points.len() + 1);
    for pass in [
        points.iter().collect::<Vec<_>>(),
        points.iter().rev().collect(),
    ] {
        let floor = hull.len();
        for &p in pass {
            while hull.len() >= floor + 2
                && cross(hull[hull.len() - 2], hull[hull.len() - 1], p) <= 0.0
            {
                hull.pop();
            }
            hull.push(p);
        }
        hull.pop();
    }
    hull
}
