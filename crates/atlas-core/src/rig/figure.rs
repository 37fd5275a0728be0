//! Drawable figure geometry: a smooth silhouette of tapered parts (`silhouette`) and lit
//! muscle bellies in SVG units (centimetres, y down), so the Yew component only renders.
//!
//! Every part's on-screen width is the silhouette of an elliptic cross-section seen from the
//! view, so a torso is broad from the front and deep from the side.

use super::belly::{belly_around, stations, Station};
use super::floor::{mat, shadows};
use super::guide::View;
use super::joints::Side;
use super::kinematics::{forward, Body};
use super::math::Vec3;
use super::muscles::{intensity, muscle_path, stretch, working_intensity, MuscleId};
use super::pose::Pose;
use super::shapes::Part;
use super::silhouette::{outline, taper, trunk_as_one};
use super::surface::{axes, drawn_parts, head, lowest, THREE_QUARTER_ELEVATION};
pub use super::view_box::{view_box, ViewBox};
use crate::svg_path::polyline;

/// Drawing order: far side first, then the trunk, then the near side.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum DrawOrder {
    /// Behind the trunk (draw lighter).
    Far,
    /// The trunk and head.
    Body,
    /// In front of the trunk.
    Near,
}

/// One soft limb or trunk part: a round-capped stroke along `points`.
#[derive(Clone, Debug, PartialEq)]
pub struct Limb {
    /// Which part.
    pub part: Part,
    /// Side, for limbs.
    pub side: Option<Side>,
    /// Drawing layer.
    pub layer: DrawOrder,
    /// Stroke width.
    pub width: f32,
    /// SVG path data through the points (1 decimal): the part's axis, for marks drawn as a
    /// stroke as wide as the part.
    pub path: String,
    /// SVG path data of the part's filled, tapered outline (the silhouette the figure draws).
    pub outline: String,
    /// The points in SVG coordinates.
    pub points: Vec<(f32, f32)>,
}

/// The head, a circle, with a nose so the figure has a front.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct HeadShape {
    /// Centre x.
    pub cx: f32,
    /// Centre y.
    pub cy: f32,
    /// Radius.
    pub r: f32,
    /// The nose's centre, on the face's edge toward where the face points; `None` when the
    /// face is turned away from the viewer (the back of the head is all that shows) or
    /// toward the viewer (the eyes show instead).
    pub nose: Option<(f32, f32)>,
    /// Two eyes, when the face is turned toward the viewer: one dot in the middle of a face
    /// seen from the front read as a third eye (readers 10 and 11), two read as a face.
    pub eyes: Option<[(f32, f32); 2]>,
    /// A mouth's two ends, with the eyes: a short line across the face toward the chin, so a
    /// face on its side (the clamshell's) reads as turned with the head, not as a face
    /// looking up from a body on its back (reader 13 read two eyes one above the other so).
    pub mouth: Option<[(f32, f32); 2]>,
}

/// Radius of an eye, smaller than the nose so two read as eyes.
pub const EYE_RADIUS: f32 = 2.2;

/// How far the face must point toward the viewer (the cosine of its angle to the line of
/// sight) for the eyes to be drawn instead of the nose: about 45 degrees or less.
const FACING: f64 = 0.7;

/// Radius of the nose drawn on the head's edge.
pub const NOSE_RADIUS: f32 = 3.4;

/// What the figure rests on.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Ground {
    /// A floor line at `y` (side and front views).
    Line {
        /// Left end.
        x1: f32,
        /// Right end.
        x2: f32,
        /// Height (SVG y).
        y: f32,
    },
    /// A mat on the floor seen at an angle (oblique views): its top face and, drawn under
    /// it, its outline with its thickness ([`super::floor::Mat`]).
    Floor {
        /// The top face's corners, in order round the mat.
        corners: [(f32, f32); 4],
        /// The top face and its near edges as one outline (six points).
        rim: [(f32, f32); 6],
    },
    /// A mat seen from above (top view).
    Mat {
        /// Left edge.
        x: f32,
        /// Top edge.
        y: f32,
        /// Width.
        width: f32,
        /// Height.
        height: f32,
    },
}

/// A muscle drawn from origin (via wrap points) to insertion.
#[derive(Clone, Debug, PartialEq)]
pub struct MuscleLine {
    /// The muscle.
    pub muscle: MuscleId,
    /// Its side.
    pub side: Side,
    /// Drawing layer (draw right after the limbs of the same layer).
    pub layer: DrawOrder,
    /// SVG path data of the muscle's line, origin to insertion.
    pub path: String,
    /// SVG path data of the muscle belly around that line (a closed, filled spindle).
    pub belly: String,
    /// Relative stretch clamped to 0..=1 (0 = resting length or shorter).
    pub stretch: f32,
    /// Lighting intensity, 0..=1: the stretch scaled to the muscle's comfortable end of range
    /// ([`figure_lit`]), or for an exercise how far the muscle has shortened from the start
    /// ([`figure_working`]).
    pub intensity: f32,
}

/// Everything needed to draw one moment of a guide.
#[derive(Clone, Debug, PartialEq)]
pub struct Figure {
    /// The view.
    pub view: View,
    /// The SVG view box.
    pub view_box: ViewBox,
    /// The floor or mat.
    pub ground: Ground,
    /// Limbs and trunk parts, in drawing order (back to front).
    pub limbs: Vec<Limb>,
    /// The head (draw with the `Body` layer).
    pub head: HeadShape,
    /// Every muscle on both sides.
    pub muscles: Vec<MuscleLine>,
    /// SVG path data of the contact shadows on the mat under the parts that rest on it
    /// (oblique views; empty otherwise), drawn between the mat and the figure.
    pub shadows: String,
}

impl Figure {
    /// Extremes `(min_x, min_y, max_x, max_y)` of everything drawn (strokes included).
    pub fn bounds(&self) -> (f32, f32, f32, f32) {
        let mut b = (
            self.head.cx - self.head.r,
            self.head.cy - self.head.r,
            self.head.cx + self.head.r,
            self.head.cy + self.head.r,
        );
        for l in &self.limbs {
            let h = l.width / 2.0;
            for (x, y) in &l.points {
                b = (
                    b.0.min(x - h),
                    b.1.min(y - h),
                    b.2.max(x + h),
                    b.3.max(y + h),
                );
            }
        }
        b
    }
}

struct Projector {
    right: Vec3,
    up: Vec3,
    depth: Vec3,
    lift: f64,
}

impl Projector {
    fn screen(&self, p: Vec3) -> (f32, f32) {
        (
            p.dot(self.right) as f32,
            -(p.dot(self.up) + self.lift) as f32,
        )
    }

    fn layer(mean_depth: f64, body_depth: f64, trunk: bool) -> DrawOrder {
        if trunk {
            DrawOrder::Body
        } else if mean_depth < body_depth - 4.0 {
            DrawOrder::Far
        } else {
            DrawOrder::Near
        }
    }
}

/// Whether a figure working `side` in `view` is drawn seen from the subject's right: the right
/// side of a side-view or oblique guide, so the worked side is the near side.
pub fn seen_from_right(view: View, side: Option<Side>) -> bool {
    matches!(view, View::Sagittal | View::Oblique { .. }) && side == Some(Side::Right)
}

/// How far (screen cm, right and down) the far side's limbs are drawn from where a side view
/// would put them, as a camera a little in front of the body would see them: a far leg or
/// arm exactly behind the near one would vanish. Sideways only, so a far foot on the floor
/// stays on the floor line (contacts are measured on the body, not on this offset).
const FAR_OFFSET: (f32, f32) = (4.0, 0.0);

/// The drawable figure of a pose in a view, standing on the floor (or lying on the mat), with
/// every muscle line on both sides.
pub fn figure(pose: &Pose, view: View) -> Figure {
    figure_lit(pose, view, &MuscleId::ALL, None)
}

/// Extremes `(min_x, min_y, max_x, max_y)` of the figure of `pose` in `view`, as
/// [`Figure::bounds`] has them: the body and head alone reach the edges, so no muscle's path
/// is built (a still's crop asked for the whole figure, every muscle on both sides, only to
/// read its outline's extremes).
pub fn figure_bounds(pose: &Pose, view: View) -> (f32, f32, f32, f32) {
    figure_lit(pose, view, &[], None).bounds()
}

/// The figure with only the muscle lines a player lights: `muscles`, on `side` (both sides when
/// `None`). This runs on every animation frame, so it skips building paths nobody draws.
pub fn figure_lit(pose: &Pose, view: View, muscles: &[MuscleId], side: Option<Side>) -> Figure {
    figure_with(pose, view, muscles, side, &|m, s| intensity(m, s, pose))
}

/// The figure of a strengthening exercise: `muscles` (the worked ones) on `side` are lit by how
/// far they have shortened from the exercise's `start` pose, so they light up as the move
/// reaches its top, where a stretch's muscles light as they lengthen.
pub fn figure_working(
    pose: &Pose,
    view: View,
    muscles: &[MuscleId],
    side: Option<Side>,
    start: &Pose,
) -> Figure {
    figure_with(pose, view, muscles, side, &|m, s| {
        working_intensity(m, s, pose, start)
    })
}

/// The figure with the lit muscles' intensity given by `light`.
fn figure_with(
    pose: &Pose,
    view: View,
    muscles: &[MuscleId],
    side: Option<Side>,
    light: &dyn Fn(MuscleId, Side) -> f64,
) -> Figure {
    let body = forward(pose);
    let (right, up, depth) = axes(view);
    // The right side of a side-view guide is seen from the subject's right, so the side being
    // worked is always the near side, in front of the trunk (the figure then faces left).
    let (right, up, depth) = match (seen_from_right(view, side), view) {
        (false, _) => (right, up, depth),
        (true, View::Oblique { .. }) => (-right.mirror_z(), up.mirror_z(), depth.mirror_z()),
        (true, _) => (-right, up, -depth),
    };
    let mut pr = Projector {
        right,
        up,
        depth,
        lift: 0.0,
    };
    let drawn = drawn_parts(&body, view);
    let (head_c, head_r) = head(&body);
    // Put the lowest point on the floor: a lift along the world's vertical, as the screen
    // shows it (none from above).
    let floor_height = lowest(&drawn, &body);
    pr.lift = -floor_height * up.y;
    // An oblique view's mat fits the body, and every part resting on it casts a shadow.
    let (mat, shadows) = if matches!(view, View::Oblique { .. }) {
        let screen = |p: Vec3| pr.screen(p);
        let hips = body.joint(super::skeleton::Segment::Pelvis);
        let head = head(&body);
        (
            Some(mat(
                &drawn,
                hips,
                head,
                floor_height,
                (pr.depth, up.y),
                &screen,
            )),
            shadows(&drawn, head, floor_height, &screen),
        )
    } else {
        (None, String::new())
    };
    let body_depth = body.joint(super::skeleton::Segment::Pelvis).dot(depth);
    // A whole leg or arm is behind or in front of the trunk together (its mean depth), so one
    // limb is never half light and half dark.
    let chain_depth = |d: &super::surface::DrawnPart| -> f64 {
        let leg = matches!(d.part, Part::Thigh | Part::Shank | Part::Foot);
        let same = |o: &&super::surface::DrawnPart| {
            o.segment.side() == d.segment.side()
                && leg == matches!(o.part, Part::Thigh | Part::Shank | Part::Foot)
        };
        let pts: Vec<f64> = drawn
            .iter()
            .filter(same)
            .flat_map(|o| o.points.iter().map(|p| p.dot(depth)))
            .collect();
        pts.iter().sum::<f64>() / pts.len().max(1) as f64
    };
    let layers: Vec<DrawOrder> = drawn
        .iter()
        .map(|d| Projector::layer(chain_depth(d), body_depth, d.segment.side().is_none()))
        .collect();
    let mut limbs: Vec<(f64, Limb)> = drawn
        .into_iter()
        .zip(layers)
        .map(|(d, layer)| {
            let pts = &d.points;
            let mean = pts.iter().map(|p| p.dot(depth)).sum::<f64>() / pts.len().max(1) as f64;
            let points: Vec<(f32, f32)> = pts.iter().map(|p| pr.screen(*p)).collect();
            let limb = Limb {
                part: d.part,
                side: d.segment.side(),
                layer,
                width: (d.width as f32 * 10.0).round() / 10.0,
                path: polyline(&points),
                outline: outline(&points, d.width as f32, taper(d.part)),
                points,
            };
            (mean, limb)
        })
        .collect();
    if view == View::Sagittal {
        for (_, l) in limbs.iter_mut().filter(|(_, l)| l.layer == DrawOrder::Far) {
            shift(l, FAR_OFFSET);
        }
    }
    trunk_as_one(&mut limbs);
    limbs.sort_by(|a, b| {
        a.1.layer
            .cmp(&b.1.layer)
            .then(a.0.partial_cmp(&b.0).unwrap_or(std::cmp::Ordering::Equal))
    });
    let (cx, cy) = pr.screen(head_c);
    let head_frame = body.frame(super::skeleton::Segment::Head).rotation;
    let (face, crown) = (head_frame.axis(0), head_frame.axis(1));
    let lit = |m: MuscleId, s: Side| muscles.contains(&m) && side.is_none_or(|w| w == s);
    let far = if view == View::Sagittal {
        FAR_OFFSET
    } else {
        (0.0, 0.0)
    };
    let parts: Vec<&Limb> = limbs.iter().map(|(_, l)| l).collect();
    // Side and front views stand the body on a floor line at y = 0.
    let floor = matches!(view, View::Sagittal | View::Frontal).then_some(0.0);
    let on_body = OnBody {
        parts: &parts,
        floor,
    };
    let muscles = muscle_lines(&body, pose, &pr, body_depth, far, &on_body, lit, light);
    let vb = view_box(view);
    let ground = match (view, mat) {
        // A mat fitted to the body on the floor under it, seen at the view's angle (oblique
        // views, `floor::mat`).
        (_, Some(m)) => Ground::Floor {
            corners: m.corners,
            rim: m.rim,
        },
        (View::Top, _) => Ground::Mat {
            x: vb.x + 8.0,
            y: -40.0,
            width: vb.width - 16.0,
            height: 80.0,
        },
        // A mat 90 cm wide and 2 m long on the floor, seen at the view's angle.
        (View::ThreeQuarter, _) => {
            let long = 100.0 * THREE_QUARTER_ELEVATION.to_radians().sin() as f32;
            Ground::Mat {
                x: -45.0,
                y: -long,
                width: 90.0,
                height: 2.0 * long,
            }
        }
        _ => Ground::Line {
            x1: vb.x + 5.0,
            x2: vb.x + vb.width - 5.0,
            y: 0.0,
        },
    };
    Figure {
        view,
        view_box: vb,
        ground,
        limbs: limbs.into_iter().map(|(_, l)| l).collect(),
        head: HeadShape {
            cx,
            cy,
            r: head_r as f32,
            nose: (face.dot(pr.depth) <= FACING)
                .then(|| nose((cx, cy), head_r as f32, face, &pr))
                .flatten(),
            eyes: (face.dot(pr.depth) > FACING).then(|| eyes((cx, cy), head_r as f32, crown, &pr)),
            mouth: (face.dot(pr.depth) > FACING)
                .then(|| mouth((cx, cy), head_r as f32, crown, &pr)),
        },
        muscles,
        shadows,
    }
}

/// Moves a limb's drawing by `(dx, dy)` on the screen.
fn shift(l: &mut Limb, (dx, dy): (f32, f32)) {
    for p in &mut l.points {
        *p = (p.0 + dx, p.1 + dy);
    }
    l.path = polyline(&l.points);
    l.outline = outline(&l.points, l.width, taper(l.part));
}

/// The nose on the head's edge toward where the face points, as the view shows it; none when
/// the face is turned away (more than a little past side-on).
fn nose((cx, cy): (f32, f32), r: f32, face: Vec3, pr: &Projector) -> Option<(f32, f32)> {
    let (sx, sy) = (face.dot(pr.right) as f32, -(face.dot(pr.up)) as f32);
    let toward = face.dot(pr.depth) as f32;
    if toward < -0.35 {
        return None;
    }
    // Side-on, the nose sits just inside the edge; turned toward the viewer it moves in toward
    // the middle of the face, as the sphere's surface point does. Kept inside the head: on the
    // edge, half of it stuck out and a reader saw a separate ball beside the head (child's
    // pose, cat-cow).
    let k = ((r - NOSE_RADIUS * 1.15) / r).max(0.0);
    Some((cx + sx * r * k, cy + sy * r * k))
}

/// A face's axes on the screen: toward the crown (the head's midline from chin to crown), and
/// across the face (that midline turned a quarter), each of unit length. Eyes and mouth are
/// placed along both.
fn face_axes(crown: Vec3, pr: &Projector) -> ((f32, f32), (f32, f32)) {
    let (ux, uy) = (crown.dot(pr.right) as f32, -(crown.dot(pr.up)) as f32);
    let len = ux.hypot(uy).max(1e-3);
    let (ux, uy) = (ux / len, uy / len);
    ((ux, uy), (-uy, ux))
}

/// Two eyes on a face turned toward the viewer: either side of the head's midline (the line
/// from chin to crown as the screen shows it) and a little toward the crown, so a face lying on
/// its side shows them one above the other.
fn eyes((cx, cy): (f32, f32), r: f32, crown: Vec3, pr: &Projector) -> [(f32, f32); 2] {
    let ((ux, uy), (ax, ay)) = face_axes(crown, pr);
    let (apart, up) = (0.36 * r, 0.12 * r);
    [-1.0_f32, 1.0].map(|s| (cx + s * apart * ax + up * ux, cy + s * apart * ay + up * uy))
}

/// A mouth on a face turned toward the viewer: across the head's midline, toward the chin.
fn mouth((cx, cy): (f32, f32), r: f32, crown: Vec3, pr: &Projector) -> [(f32, f32); 2] {
    let ((ux, uy), (ax, ay)) = face_axes(crown, pr);
    let (half, down) = (0.22 * r, 0.42 * r);
    [-1.0_f32, 1.0].map(|s| {
        (
            cx + s * half * ax - down * ux,
            cy + s * half * ay - down * uy,
        )
    })
}

/// The muscle lines for which `wanted(muscle, side)` holds.
/// Where a lit muscle may be drawn: inside the drawn parts, above the floor.
struct OnBody<'a> {
    /// The drawn parts (screen points and widths).
    parts: &'a [&'a Limb],
    /// The floor line's SVG y, when the view has one.
    floor: Option<f32>,
}

/// How far inside a part's edge a muscle's line is kept at its tendons (cm), where the belly
/// has no width; no more than a quarter of a thin part's width.
const INSET: f32 = 2.0;

impl OnBody<'_> {
    /// `p` moved, if it must be, so that a belly `half` wide there lies inside the nearest
    /// drawn part (on that part's axis side, against the part's outline as it tapers) and
    /// above the floor. A muscle's attachments are on the skeleton, but a projected path can
    /// graze the outline where a drawn part is slimmer than the body (the back of a rounded
    /// spine), or a lying body's under side can dip below the floor; and a belly kept only by
    /// its line stood out past the outline by its own half-width, off the body's side (the
    /// bridge's back of the thigh, reader 13) or into the floor (hip rocks, knee to chest).
    fn keep(&self, p: (f32, f32), half: f32) -> (f32, f32) {
        // (how far outside, nearest axis point, the part's half-width there)
        let mut best: Option<(f32, (f32, f32), f32)> = None;
        for l in self.parts.iter().filter(|l| !l.points.is_empty()) {
            let pts = &l.points;
            let last = pts.len().saturating_sub(1).max(1) as f32;
            let narrow = taper(l.part) - 1.0;
            let half_at = |at: f32| l.width / 2.0 * (1.0 + narrow * at / last);
            let segs = pts.windows(2).map(|w| (w[0], w[1]));
            let single = (pts.len() == 1).then_some((pts[0], pts[0]));
            for (i, (a, b)) in segs.chain(single).enumerate() {
                let (q, t) = nearest_on(p, a, b);
                let room = half_at(i as f32 + t);
                let outside = (p.0 - q.0).hypot(p.1 - q.1) - room;
                if best.is_none_or(|(o, _, _)| outside < o) {
                    best = Some((outside, q, room));
                }
            }
        }
        let mut p = p;
        if let Some((outside, q, room)) = best {
            let inset = half.max(INSET.min(room / 2.0)).min(room);
            if outside > -inset {
                let d = (p.0 - q.0).hypot(p.1 - q.1);
                let keep = room - inset;
                p = if d > 1e-4 {
                    (q.0 + (p.0 - q.0) * keep / d, q.1 + (p.1 - q.1) * keep / d)
                } else {
                    q
                };
            }
        }
        if let Some(y) = self.floor {
            p.1 = p.1.min(y - half.max(INSET));
        }
        p
    }
}

/// The point of segment `a`-`b` nearest `p`, and how far along the segment it lies (0..=1).
fn nearest_on(p: (f32, f32), a: (f32, f32), b: (f32, f32)) -> ((f32, f32), f32) {
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let len2 = dx * dx + dy * dy;
    let t = if len2 > 1e-6 {
        (((p.0 - a.0) * dx + (p.1 - a.1) * dy) / len2).clamp(0.0, 1.0)
    } else {
        0.0
    };
    ((a.0 + t * dx, a.1 + t * dy), t)
}

#[allow(clippy::too_many_arguments)]
fn muscle_lines(
    body: &Body,
    pose: &Pose,
    pr: &Projector,
    body_depth: f64,
    far: (f32, f32),
    on_body: &OnBody,
    wanted: impl Fn(MuscleId, Side) -> bool,
    light: &dyn Fn(MuscleId, Side) -> f64,
) -> Vec<MuscleLine> {
    let mut out = Vec::new();
    for side in [Side::Left, Side::Right] {
        for m in MuscleId::ALL.into_iter().filter(|m| wanted(*m, side)) {
            let pts = muscle_path(body, m, side);
            let mean = pts.iter().map(|p| p.dot(pr.depth)).sum::<f64>() / pts.len().max(1) as f64;
            let layer = if (mean - body_depth).abs() < 4.0 {
                DrawOrder::Body
            } else {
                Projector::layer(mean, body_depth, false)
            };
            let (dx, dy) = if layer == DrawOrder::Far {
                far
            } else {
                (0.0, 0.0)
            };
            let screen: Vec<(f32, f32)> = pts
                .iter()
                .map(|p| pr.screen(*p))
                .map(|(x, y)| (x + dx, y + dy))
                .collect();
            let intensity = light(m, side) as f32;
            // Each station of the belly is kept on the body by its own width, so the belly
            // lies on the face of the limb its attachments are on, inside the outline.
            let placed: Vec<Station> = stations(&screen, intensity)
                .into_iter()
                .map(|st| Station {
                    at: on_body.keep(st.at, st.half),
                    half: st.half,
                })
                .collect();
            let line: Vec<(f32, f32)> = placed.iter().map(|st| st.at).collect();
            out.push(MuscleLine {
                muscle: m,
                side,
                layer,
                path: polyline(&line),
                belly: belly_around(&placed),
                stretch: crate::bounds::within(stretch(m, side, pose), 0.0, 1.0) as f32,
                intensity,
            });
        }
    }
    out
}
