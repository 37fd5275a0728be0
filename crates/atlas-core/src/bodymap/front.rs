//! The front view: rectus femoris, tensor fasciae latae and the adductors on the surface;
//! iliopsoas in the deep layer.
//!
//! Authored on the viewer's left half (the person's right) and mirrored. Coordinates are in
//! the shared view box (see `body` for the scale and heights).

use super::body::{ellipse_pair, line_pair};
use super::shape::{self, c, s, Node};
use super::{HotspotDef, Landmark, LandmarkKind, Layer};

/// From the front of the iliac crest just behind the anterior superior iliac spine (ASIS),
/// down the side of the hip to where it joins the iliotibial tract.
const TENSOR_FASCIAE_LATAE: &[Node] = &[
    s(36.0, 104.0),
    s(44.0, 111.0),
    s(40.0, 138.0),
    s(35.0, 172.0),
    s(28.0, 206.0),
    s(23.0, 214.0),
    s(19.0, 196.0),
    s(17.0, 165.0),
    s(18.5, 135.0),
    s(26.0, 112.0),
];

/// From the anterior inferior iliac spine straight down the front of the thigh to the top of
/// the kneecap: the spindle in the middle of the thigh.
const RECTUS_FEMORIS: &[Node] = &[
    s(49.0, 127.0),
    s(54.0, 142.0),
    s(58.5, 180.0),
    s(63.0, 228.0),
    s(64.0, 270.0),
    s(61.5, 302.0),
    s(58.5, 322.0),
    s(53.5, 323.0),
    s(46.0, 302.0),
    s(40.0, 266.0),
    s(38.5, 226.0),
    s(40.5, 186.0),
    s(45.0, 150.0),
];

/// From the pubis fanning down the inner thigh towards the adductor tubercle above the knee
/// (longus, brevis and magnus shown as one group).
const ADDUCTORS: &[Node] = &[
    s(96.5, 180.0),
    s(90.0, 172.5),
    s(81.0, 174.0),
    s(72.0, 183.0),
    s(67.5, 200.0),
    s(69.0, 228.0),
    s(74.0, 260.0),
    s(80.0, 288.0),
    s(85.5, 306.0),
    s(88.5, 296.0),
    s(91.0, 268.0),
    s(93.5, 240.0),
    s(94.5, 214.0),
    s(96.5, 196.0),
];

/// Psoas from beside the lumbar vertebrae (T12 to L5) down through the pelvis, joined by
/// iliacus filling the iliac fossa, both crossing in front of the hip to the lesser
/// trochanter. The corner is the notch between the two bellies at the pelvic brim.
const ILIOPSOAS: &[Node] = &[
    s(91.5, 30.0),
    s(90.5, 60.0),
    s(89.5, 95.0),
    s(87.0, 120.0),
    s(81.0, 146.0),
    s(71.0, 168.0),
    s(60.0, 184.0),
    s(52.0, 192.0),
    s(47.5, 187.0),
    s(48.5, 170.0),
    s(48.0, 148.0),
    s(45.5, 122.0),
    s(41.0, 104.0),
    s(37.5, 93.0),
    s(41.0, 88.5),
    s(51.0, 88.0),
    s(61.0, 92.0),
    s(68.5, 100.0),
    c(74.0, 112.0),
    s(78.0, 85.0),
    s(81.0, 55.0),
    s(85.0, 30.0),
    s(88.0, 26.5),
];

/// The front view's regions.
pub(crate) const REGIONS: &[HotspotDef] = &[
    HotspotDef {
        muscle: "tensor-fasciae-latae",
        layer: Layer::Surface,
        nodes: TENSOR_FASCIAE_LATAE,
        label: (27.0, 158.0),
    },
    HotspotDef {
        muscle: "rectus-femoris",
        layer: Layer::Surface,
        nodes: RECTUS_FEMORIS,
        label: (52.0, 235.0),
    },
    HotspotDef {
        muscle: "adductors",
        layer: Layer::Surface,
        nodes: ADDUCTORS,
        label: (83.0, 222.0),
    },
    HotspotDef {
        muscle: "iliopsoas",
        layer: Layer::Deep,
        nodes: ILIOPSOAS,
        label: (56.0, 122.0),
    },
];

/// Orientation marks: rib margin, belly midline and navel, the front of the iliac crest,
/// the groin crease, the greater trochanters and the kneecaps.
pub(crate) fn landmarks() -> Vec<Landmark> {
    let mut out = Vec::new();
    out.extend(line_pair(
        LandmarkKind::Ribs,
        &[
            s(91.0, -4.0),
            s(78.0, 14.0),
            s(63.0, 36.0),
            s(50.0, 53.0),
            s(41.0, 61.0),
        ],
    ));
    out.push(Landmark {
        kind: LandmarkKind::Midline,
        path: shape::open_path(&[c(100.0, 0.0), c(100.0, 73.0)]),
    });
    out.push(Landmark {
        kind: LandmarkKind::Navel,
        path: shape::ellipse_path(100.0, 79.0, 2.2, 3.0),
    });
    out.extend(line_pair(
        LandmarkKind::IliacCrest,
        &[s(29.0, 86.0), s(32.0, 98.0), s(38.0, 110.0), s(43.0, 117.0)],
    ));
    out.extend(line_pair(
        LandmarkKind::Groin,
        &[
            s(46.0, 121.0),
            s(60.0, 140.0),
            s(76.0, 157.0),
            s(91.0, 169.0),
        ],
    ));
    out.extend(ellipse_pair(
        LandmarkKind::GreaterTrochanter,
        19.5,
        155.0,
        3.2,
        3.2,
    ));
    out.extend(ellipse_pair(LandmarkKind::Kneecap, 57.5, 340.0, 10.0, 12.5));
    out
}
