//! The body outline shared by both views, and helpers for symmetric landmarks.
//!
//! Proportions follow an average adult of about 170 cm with the scale 1 unit = 2 mm, top of
//! the view box at 118 cm above the floor: waist about 106 cm (y 60), iliac crest 100 cm
//! (y 90), greater trochanter 87 cm (y 155), crotch 79 cm (y 196), knee joint 47 cm (y 355).
//! The outline is the same from the front and the back (it is the same projection).

use super::shape::{self, c, s, Node};
use super::{Landmark, LandmarkKind};

/// The viewer's left half of the outline, from the midline above the crop, down the outer
/// edge of the trunk and leg, across below the crop, up the inner leg to the crotch.
const HALF: &[Node] = &[
    c(100.0, -12.0),
    c(27.0, -12.0),
    s(28.0, 0.0),
    s(30.0, 30.0),
    s(31.0, 58.0),
    s(27.0, 85.0),
    s(19.5, 112.0),
    s(13.5, 137.0),
    s(11.0, 162.0),
    s(12.5, 188.0),
    s(16.5, 218.0),
    s(21.0, 252.0),
    s(25.5, 287.0),
    s(28.5, 318.0),
    s(28.5, 338.0),
    s(29.5, 356.0),
    s(28.0, 378.0),
    c(27.0, 402.0),
    c(87.0, 402.0),
    s(87.0, 384.0),
    s(86.5, 366.0),
    s(86.0, 348.0),
    s(87.5, 328.0),
    s(90.5, 300.0),
    s(93.5, 268.0),
    s(95.5, 238.0),
    s(96.5, 214.0),
    s(98.0, 202.0),
    c(100.0, 196.0),
];

/// The silhouette paths (one closed outline).
pub(crate) fn silhouette() -> Vec<String> {
    vec![shape::closed_path(&shape::mirror_join(HALF))]
}

/// A stroked landmark line on the viewer's left half and its mirror.
pub(crate) fn line_pair(kind: LandmarkKind, nodes: &[Node]) -> [Landmark; 2] {
    [
        Landmark {
            kind,
            path: shape::open_path(nodes),
        },
        Landmark {
            kind,
            path: shape::open_path(&shape::mirror(nodes)),
        },
    ]
}

/// A filled elliptical landmark centred at `(cx, cy)` on the viewer's left half, and its
/// mirror.
pub(crate) fn ellipse_pair(
    kind: LandmarkKind,
    cx: f32,
    cy: f32,
    rx: f32,
    ry: f32,
) -> [Landmark; 2] {
    [
        Landmark {
            kind,
            path: shape::ellipse_path(cx, cy, rx, ry),
        },
        Landmark {
            kind,
            path: shape::ellipse_path(shape::WIDTH - cx, cy, rx, ry),
        },
    ]
}
