//! The back view: erector spinae, gluteus medius, gluteus maximus and the hamstrings on the
//! surface; quadratus lumborum, multifidus, gluteus minimus and piriformis in the deep layer.
//!
//! Authored on the viewer's left half (the person's left) and mirrored. Coordinates are in
//! the shared view box (see `body` for the scale and heights).

use super::body::{ellipse_pair, line_pair};
use super::shape::{self, c, s, Node};
use super::{HotspotDef, Landmark, LandmarkKind, Layer};

/// The column beside the lumbar spine, running off the top of the crop and narrowing onto
/// the sacrum and the back of the iliac crest.
const ERECTOR_SPINAE: &[Node] = &[
    c(95.0, 3.0),
    c(71.0, 3.0),
    s(67.0, 25.0),
    s(67.0, 55.0),
    s(70.0, 78.0),
    s(75.0, 98.0),
    s(82.0, 114.0),
    s(89.0, 126.0),
    s(94.5, 118.0),
    s(95.5, 80.0),
    s(95.5, 40.0),
];

/// The part of gluteus medius not covered by maximus: under the iliac crest, above and
/// beside maximus, narrowing to the greater trochanter.
const GLUTEUS_MEDIUS: &[Node] = &[
    s(67.0, 99.0),
    s(58.0, 91.0),
    s(46.0, 87.0),
    s(35.0, 88.0),
    s(28.5, 95.0),
    s(23.0, 110.0),
    s(18.5, 128.0),
    s(16.5, 146.0),
    s(18.0, 152.0),
    s(25.0, 146.0),
    s(37.0, 132.0),
    s(50.0, 117.0),
    s(62.0, 105.0),
];

/// From the back of the ilium, the side of the sacrum and coccyx, down and out across the
/// buttock to the iliotibial tract and gluteal tuberosity below the trochanter.
const GLUTEUS_MAXIMUS: &[Node] = &[
    s(71.0, 106.0),
    s(79.0, 122.0),
    s(86.0, 142.0),
    s(92.0, 160.0),
    s(96.0, 177.0),
    s(97.0, 190.0),
    s(92.0, 202.0),
    s(72.0, 209.0),
    s(50.0, 208.0),
    s(32.0, 203.0),
    s(21.0, 199.0),
    s(16.0, 186.0),
    s(16.0, 172.0),
    s(27.0, 156.0),
    s(42.0, 138.0),
    s(57.0, 121.0),
];

/// From the ischial tuberosity (under maximus) down the back of the thigh, parting above the
/// knee into biceps femoris (to the fibula, outside) and the semis (to the tibia, inside).
const HAMSTRINGS: &[Node] = &[
    s(87.0, 214.0),
    s(74.0, 218.0),
    s(58.0, 219.0),
    s(45.0, 222.0),
    s(37.0, 232.0),
    s(34.5, 255.0),
    s(34.0, 285.0),
    s(35.5, 318.0),
    s(36.0, 342.0),
    s(35.5, 354.0),
    s(41.0, 350.0),
    s(48.0, 334.0),
    s(56.0, 326.0),
    s(65.0, 336.0),
    s(72.0, 350.0),
    s(76.5, 353.0),
    s(79.5, 340.0),
    s(82.5, 312.0),
    s(86.5, 272.0),
    s(89.5, 240.0),
    s(89.5, 222.0),
];

/// Close beside the spinous processes, thickest at the lumbosacral junction and spreading
/// over the back of the sacrum.
const MULTIFIDUS: &[Node] = &[
    c(96.5, 4.0),
    c(85.0, 4.0),
    s(84.0, 30.0),
    s(83.5, 60.0),
    s(81.5, 85.0),
    s(78.5, 100.0),
    s(77.5, 112.0),
    s(80.5, 126.0),
    s(86.0, 141.0),
    s(91.0, 156.0),
    s(95.0, 166.0),
    s(97.0, 158.0),
    s(97.0, 110.0),
    s(97.0, 50.0),
];

/// From the back of the iliac crest up to the 12th rib, lateral to multifidus.
const QUADRATUS_LUMBORUM: &[Node] = &[
    s(79.0, 34.0),
    s(70.0, 34.5),
    s(61.0, 37.5),
    s(54.0, 50.0),
    s(50.0, 70.0),
    s(47.0, 88.0),
    s(56.0, 93.0),
    s(67.0, 93.0),
    s(74.5, 87.0),
    s(78.0, 62.0),
];

/// Under medius: the outer ilium fanning down to the front of the greater trochanter.
const GLUTEUS_MINIMUS: &[Node] = &[
    s(62.0, 108.0),
    s(50.0, 99.0),
    s(36.0, 98.0),
    s(27.0, 106.0),
    s(21.0, 122.0),
    s(18.0, 135.0),
    s(18.0, 141.0),
    s(24.0, 136.0),
    s(40.0, 126.0),
    s(54.0, 117.0),
];

/// The pear-shaped band from the side of the sacrum to the top of the greater trochanter.
const PIRIFORMIS: &[Node] = &[
    s(74.0, 124.0),
    s(60.0, 128.0),
    s(42.0, 135.0),
    s(27.0, 143.0),
    s(21.0, 150.0),
    s(25.0, 155.0),
    s(42.0, 155.0),
    s(62.0, 157.0),
    s(76.0, 155.0),
    s(78.0, 146.0),
    s(77.0, 133.0),
];

/// The back view's regions.
pub(crate) const REGIONS: &[HotspotDef] = &[
    HotspotDef {
        muscle: "erector-spinae",
        layer: Layer::Surface,
        nodes: ERECTOR_SPINAE,
        label: (81.0, 55.0),
    },
    HotspotDef {
        muscle: "gluteus-medius",
        layer: Layer::Surface,
        nodes: GLUTEUS_MEDIUS,
        label: (36.0, 108.0),
    },
    HotspotDef {
        muscle: "gluteus-maximus",
        layer: Layer::Surface,
        nodes: GLUTEUS_MAXIMUS,
        label: (58.0, 168.0),
    },
    HotspotDef {
        muscle: "hamstrings",
        layer: Layer::Surface,
        nodes: HAMSTRINGS,
        label: (60.0, 268.0),
    },
    HotspotDef {
        muscle: "quadratus-lumborum",
        layer: Layer::Deep,
        nodes: QUADRATUS_LUMBORUM,
        label: (64.0, 66.0),
    },
    HotspotDef {
        muscle: "multifidus",
        layer: Layer::Deep,
        nodes: MULTIFIDUS,
        label: (87.0, 112.0),
    },
    HotspotDef {
        muscle: "gluteus-minimus",
        layer: Layer::Deep,
        nodes: GLUTEUS_MINIMUS,
        label: (38.0, 112.0),
    },
    HotspotDef {
        muscle: "piriformis",
        layer: Layer::Deep,
        nodes: PIRIFORMIS,
        label: (52.0, 144.0),
    },
];

/// The sacrum and coccyx, left half from the middle of its base round to the coccyx tip.
const SACRUM_HALF: &[Node] = &[
    s(100.0, 101.0),
    s(77.0, 104.0),
    s(80.0, 122.0),
    s(86.0, 142.0),
    s(93.0, 162.0),
    s(97.5, 176.0),
    c(100.0, 183.0),
];

/// Orientation marks: lower ribs, spine, iliac crests, dimples, sacrum, gluteal cleft and
/// folds, greater trochanters and knee creases.
pub(crate) fn landmarks() -> Vec<Landmark> {
    let mut out = Vec::new();
    out.extend(line_pair(
        LandmarkKind::Ribs,
        &[s(92.0, 3.0), s(74.0, 13.0), s(54.0, 25.0), s(41.0, 31.0)],
    ));
    out.extend(line_pair(
        LandmarkKind::Ribs,
        &[s(93.0, 24.0), s(80.0, 31.0), s(66.0, 38.0), s(57.0, 43.0)],
    ));
    out.push(Landmark {
        kind: LandmarkKind::Spine,
        path: shape::open_path(&[c(100.0, -5.0), c(100.0, 101.0)]),
    });
    out.extend(line_pair(
        LandmarkKind::IliacCrest,
        &[
            s(81.0, 106.0),
            s(70.0, 93.0),
            s(55.0, 85.5),
            s(40.0, 84.0),
            s(30.0, 89.0),
            s(25.0, 98.0),
        ],
    ));
    out.extend(ellipse_pair(LandmarkKind::Dimple, 83.0, 108.0, 2.6, 2.0));
    out.push(Landmark {
        kind: LandmarkKind::Sacrum,
        path: shape::closed_path(&shape::mirror_join(SACRUM_HALF)),
    });
    out.push(Landmark {
        kind: LandmarkKind::GlutealFold,
        path: shape::open_path(&[c(100.0, 178.0), c(100.0, 197.0)]),
    });
    out.extend(line_pair(
        LandmarkKind::GlutealFold,
        &[
            s(97.0, 203.0),
            s(85.0, 208.0),
            s(68.0, 211.0),
            s(50.0, 210.5),
        ],
    ));
    out.extend(ellipse_pair(
        LandmarkKind::GreaterTrochanter,
        20.5,
        155.0,
        3.2,
        3.2,
    ));
    out.extend(line_pair(
        LandmarkKind::KneeCrease,
        &[s(42.0, 351.0), s(56.0, 355.0), s(70.0, 351.0)],
    ));
    out
}
