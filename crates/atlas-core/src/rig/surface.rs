//! The body's drawn surface in a view: each part's axis points in the world with the half
//! width the figure draws there, and the head. The figure draws from it, and the contact
//! solver and validator measure heights on it, so "on the floor" means what a client sees.

use super::guide::View;
use super::kinematics::Body;
use super::math::Vec3;
use super::shapes::{parts, Part, PartShape};
use super::skeleton::{dims, Segment};

/// One drawn part in world coordinates.
#[derive(Clone, Debug, PartialEq)]
pub struct DrawnPart {
    /// Which part.
    pub part: Part,
    /// The segment carrying it (its side is the part's side).
    pub segment: Segment,
    /// Axis points in the world (cm).
    pub points: Vec<Vec3>,
    /// The drawn width across the axis (cm), from the elliptic cross-section seen in the view.
    pub width: f64,
}

impl DrawnPart {
    /// Height of the lowest drawn surface at axis point `i` (the round cap reaches half the
    /// width below the axis point).
    pub fn low_at(&self, i: usize) -> Option<f64> {
        self.points.get(i).map(|p| p.y - self.width / 2.0)
    }

    /// Height of the part's lowest drawn surface.
    pub fn lowest(&self) -> f64 {
        (0..self.points.len())
            .filter_map(|i| self.low_at(i))
            .fold(f64::INFINITY, f64::min)
    }
}

/// How far (degrees) above the floor the three-quarter view looks from.
pub const THREE_QUARTER_ELEVATION: f64 = 35.0;

/// Screen axes of a view in the world: right, up, toward the viewer.
pub fn axes(view: View) -> (Vec3, Vec3, Vec3) {
    let x = Vec3::new(1.0, 0.0, 0.0);
    let y = Vec3::new(0.0, 1.0, 0.0);
    let z = Vec3::new(0.0, 0.0, 1.0);
    match view {
        View::Sagittal => (x, y, z),
        View::Frontal => (z, y, x),
        View::Top => (x, -z, y),
        View::ThreeQuarter => {
            let (sin, cos) = THREE_QUARTER_ELEVATION.to_radians().sin_cos();
            (-z, Vec3::new(-sin, cos, 0.0), Vec3::new(cos, sin, 0.0))
        }
        View::Oblique { azimuth, elevation } => {
            let (sa, ca) = f64::from(azimuth).to_radians().sin_cos();
            let (se, ce) = f64::from(elevation).to_radians().sin_cos();
            // The viewer's horizontal direction: the subject's left (+Z) at 0, the front (+X)
            // at 90; screen right turns with it, as from the side view to the front view.
            let toward = z * ca + x * sa;
            let right = x * ca + z * sa;
            (right, y * ce - toward * se, toward * ce + y * se)
        }
    }
}

/// On-screen width of a part's elliptic cross-section between axis points `a` and `b`. An
/// oblique view's widths are taken level with the floor (its azimuth, no elevation), so a
/// part's drawn thickness is its thickness above the floor, which contacts are measured on,
/// and is the same for a pose and its mirror image (the other side's picture).
fn drawn_width(body: &Body, shape: &PartShape, a: Vec3, b: Vec3, view: View) -> f64 {
    let level = match view {
        View::Oblique { azimuth, .. } => View::Oblique {
            azimuth,
            elevation: 0,
        },
        other => other,
    };
    let (right, up, _) = axes(level);
    let f = body.frame(shape.segment);
    let axis = b - a;
    let (ar, au) = (axis.dot(right), axis.dot(up));
    let len = (ar * ar + au * au).sqrt();
    // The screen direction across the part, back in world coordinates.
    let across = if len > 1e-6 {
        right * (-au / len) + up * (ar / len)
    } else {
        right
    };
    let c1 = f.rotation.apply(shape.cross.0);
    let c2 = f.rotation.apply(shape.cross.1);
    let half =
        ((shape.semi.0 * across.dot(c1)).powi(2) + (shape.semi.1 * across.dot(c2)).powi(2)).sqrt();
    2.0 * half.max(1.5)
}

/// Every part of the posed body as drawn in `view`, trunk first.
pub fn drawn_parts(body: &Body, view: View) -> Vec<DrawnPart> {
    parts()
        .iter()
        .map(|s| {
            let points: Vec<Vec3> = s.points.iter().map(|(g, p)| body.point(*g, *p)).collect();
            let width = match (points.first(), points.last()) {
                (Some(a), Some(b)) => drawn_width(body, s, *a, *b, view),
                _ => 0.0,
            };
            DrawnPart {
                part: s.part,
                segment: s.segment,
                points,
                width,
            }
        })
        .collect()
}

/// The head's centre in the world and its radius.
pub fn head(body: &Body) -> (Vec3, f64) {
    (
        body.point(Segment::Head, dims::HEAD_CENTRE),
        dims::HEAD_RADIUS,
    )
}

/// Height of the lowest drawn point of the whole body (what the figure puts on the floor).
pub fn lowest(parts: &[DrawnPart], body: &Body) -> f64 {
    let (c, r) = head(body);
    parts.iter().map(DrawnPart::lowest).fold(c.y - r, f64::min)
}
