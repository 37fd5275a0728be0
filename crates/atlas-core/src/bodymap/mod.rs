//! The body map: our own drawing of the trunk, pelvis and thighs (lower ribs to just below the
//! knees), front and back, with one tappable region per muscle group and side.
//!
//! Everything here is plain geometry: SVG path strings, points and rectangles in one shared
//! view box. The app chooses colours and draws; this module never touches the web.
//!
//! Conventions:
//! - The view box is [`VIEW_BOX`] for both views; the body's midline is at x = 100 and one
//!   unit is about 2 mm on an average adult, so the proportions are a real body's.
//! - [`Side`] is always the person's side. On the front view the person's left is on the
//!   viewer's right; on the back view it is on the viewer's left.
//! - Every muscle group appears in exactly one (view, layer), as a left and a right shape that
//!   mirror each other about the midline. Regions in one (view, layer) do not overlap.
//!
//! Module map: `shape` turns point loops into smooth paths; `body` holds the shared
//! silhouette; `front` and `back` hold each view's artwork; [`metrics`] reads paths back and
//! measures them.

mod back;
mod body;
mod front;
pub mod metrics;
pub(crate) mod shape;

use shape::Node;

/// The person's side (not the viewer's): the rig's, one type for left and right everywhere.
pub use crate::rig::Side;

/// The view box shared by both views: x, y, width, height. Tall because the crop runs from
/// the lower ribs to below the knees; narrow so the hips fill a phone's width.
pub const VIEW_BOX: (f32, f32, f32, f32) = (0.0, 0.0, 200.0, 390.0);

/// Which way the body faces the viewer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Facing {
    /// Facing the viewer.
    Front,
    /// Back to the viewer.
    Back,
}

impl Facing {
    /// Both views, front first.
    pub const ALL: [Facing; 2] = [Facing::Front, Facing::Back];

    /// A short display name.
    pub fn label(self) -> &'static str {
        match self {
            Facing::Front => "Front",
            Facing::Back => "Back",
        }
    }

    /// The person's side drawn on the viewer's left half of this view.
    pub fn side_on_viewer_left(self) -> Side {
        match self {
            Facing::Front => Side::Right,
            Facing::Back => Side::Left,
        }
    }
}

/// How deep the shown muscles are.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Layer {
    /// Muscles just under the skin.
    Surface,
    /// Muscles under those (the app dims the surface ones while showing these).
    Deep,
}

impl Layer {
    /// Both layers, surface first.
    pub const ALL: [Layer; 2] = [Layer::Surface, Layer::Deep];

    /// A short display name.
    pub fn label(self) -> &'static str {
        match self {
            Layer::Surface => "Surface",
            Layer::Deep => "Deep",
        }
    }
}

/// An axis-aligned rectangle in view-box units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rect {
    /// Left edge.
    pub x: f32,
    /// Top edge.
    pub y: f32,
    /// Width.
    pub w: f32,
    /// Height.
    pub h: f32,
}

impl Rect {
    /// The smallest rectangle around the points (empty at the origin if there are none).
    pub fn around(points: &[(f32, f32)]) -> Rect {
        let Some(&(x0, y0)) = points.first() else {
            return Rect {
                x: 0.0,
                y: 0.0,
                w: 0.0,
                h: 0.0,
            };
        };
        let (mut l, mut t, mut r, mut b) = (x0, y0, x0, y0);
        for &(x, y) in points {
            l = l.min(x);
            t = t.min(y);
            r = r.max(x);
            b = b.max(y);
        }
        Rect {
            x: l,
            y: t,
            w: r - l,
            h: b - t,
        }
    }

    /// The centre point.
    pub fn center(&self) -> (f32, f32) {
        (self.x + self.w / 2.0, self.y + self.h / 2.0)
    }

    /// Whether `other` lies entirely inside this rectangle.
    pub fn contains_rect(&self, other: &Rect) -> bool {
        other.x >= self.x
            && other.y >= self.y
            && other.x + other.w <= self.x + self.w
            && other.y + other.h <= self.y + self.h
    }
}

/// One tappable shape: a muscle group on one side of the body.
#[derive(Clone, Debug, PartialEq)]
pub struct Hotspot {
    /// The muscle-group id shared with the content (e.g. `"piriformis"`).
    pub muscle: &'static str,
    /// The view it is drawn on.
    pub view: Facing,
    /// The layer it belongs to.
    pub layer: Layer,
    /// The person's side.
    pub side: Side,
    /// The closed SVG path (`d` attribute).
    pub path: String,
    /// A point well inside the shape where a name tooltip can point.
    pub label_at: (f32, f32),
    /// The shape's bounding box.
    pub bounds: Rect,
}

/// What a non-interactive landmark depicts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LandmarkKind {
    /// The lower edge of the ribcage (front) or the 12th ribs (back).
    Ribs,
    /// The midline of the belly (front), down to the navel.
    Midline,
    /// The line of the lumbar spinous processes (back).
    Spine,
    /// The navel.
    Navel,
    /// The rim of the pelvis.
    IliacCrest,
    /// The dimples over the posterior superior iliac spines (back).
    Dimple,
    /// The sacrum and coccyx (back).
    Sacrum,
    /// The crease of the groin, along the inguinal ligament (front).
    Groin,
    /// The cleft and lower folds of the buttocks (back).
    GlutealFold,
    /// The bony point at the side of the hip.
    GreaterTrochanter,
    /// The kneecaps (front).
    Kneecap,
    /// The creases behind the knees (back).
    KneeCrease,
}

impl LandmarkKind {
    /// Whether the path is an open line to stroke (`true`) or a closed shape to fill.
    pub fn is_line(self) -> bool {
        matches!(
            self,
            LandmarkKind::Ribs
                | LandmarkKind::Midline
                | LandmarkKind::Spine
                | LandmarkKind::IliacCrest
                | LandmarkKind::Groin
                | LandmarkKind::GlutealFold
                | LandmarkKind::KneeCrease
        )
    }
}

/// A subtle orientation mark drawn under the regions.
#[derive(Clone, Debug, PartialEq)]
pub struct Landmark {
    /// What it depicts (and whether to stroke or fill it).
    pub kind: LandmarkKind,
    /// The SVG path (`d` attribute).
    pub path: String,
}

/// Everything needed to draw one view.
#[derive(Clone, Debug, PartialEq)]
pub struct ViewArt {
    /// Which view this is.
    pub view: Facing,
    /// The SVG `viewBox`: x, y, width, height.
    pub view_box: (f32, f32, f32, f32),
    /// The body outline, filled as skin. It runs past the top and bottom of the view box so
    /// the crop reads as a clean cut; let the SVG clip it (the default).
    pub silhouette: Vec<String>,
    /// Orientation marks, drawn above the silhouette and below the regions.
    pub landmarks: Vec<Landmark>,
    /// The tappable regions, in [`MUSCLES`] order, each muscle's left side first.
    pub regions: Vec<Hotspot>,
}

/// The muscle-group ids in reading order: surface before deep, top to bottom.
pub const MUSCLES: [&str; 12] = [
    "erector-spinae",
    "gluteus-medius",
    "gluteus-maximus",
    "tensor-fasciae-latae",
    "rectus-femoris",
    "adductors",
    "hamstrings",
    "quadratus-lumborum",
    "multifidus",
    "iliopsoas",
    "gluteus-minimus",
    "piriformis",
];

/// One muscle's artwork as authored: the shape on the viewer's left half of its view.
pub(crate) struct HotspotDef {
    /// Muscle-group id.
    pub muscle: &'static str,
    /// Layer it is drawn in.
    pub layer: Layer,
    /// Closed loop on the viewer's left half (x < 100).
    pub nodes: &'static [Node],
    /// Tooltip anchor on the viewer's left half.
    pub label: (f32, f32),
}

/// The authored regions of a view.
fn defs(view: Facing) -> &'static [HotspotDef] {
    match view {
        Facing::Front => front::REGIONS,
        Facing::Back => back::REGIONS,
    }
}

/// Where a muscle group is drawn, if it is on the map.
pub fn placement(muscle: &str) -> Option<(Facing, Layer)> {
    Facing::ALL.into_iter().find_map(|view| {
        defs(view)
            .iter()
            .find(|d| d.muscle == muscle)
            .map(|d| (view, d.layer))
    })
}

/// Builds both sides of one authored region.
fn build(view: Facing, def: &HotspotDef) -> [Hotspot; 2] {
    let make = |nodes: &[Node], label: (f32, f32), side: Side| {
        let cubics = shape::closed_cubics(nodes);
        Hotspot {
            muscle: def.muscle,
            view,
            layer: def.layer,
            side,
            path: shape::path_d(&cubics, true),
            label_at: label,
            bounds: shape::bounds(&cubics),
        }
    };
    let near = view.side_on_viewer_left();
    let mirrored_label = (shape::WIDTH - def.label.0, def.label.1);
    let a = make(def.nodes, def.label, near);
    let b = make(&shape::mirror(def.nodes), mirrored_label, near.other());
    // Left first, whichever half of the picture it is on.
    if near == Side::Left {
        [a, b]
    } else {
        [b, a]
    }
}

/// Both sides of a muscle group's region (empty for an unknown id).
pub fn regions_for_muscle(muscle: &str) -> Vec<Hotspot> {
    Facing::ALL
        .into_iter()
        .flat_map(|view| {
            defs(view)
                .iter()
                .filter(|d| d.muscle == muscle)
                .flat_map(move |d| build(view, d))
        })
        .collect()
}

/// The full artwork of one view. Deterministic and cheap (a few dozen short paths).
pub fn view_art(view: Facing) -> ViewArt {
    let mut regions = Vec::new();
    for muscle in MUSCLES {
        for def in defs(view).iter().filter(|d| d.muscle == muscle) {
            regions.extend(build(view, def));
        }
    }
    ViewArt {
        view,
        view_box: VIEW_BOX,
        silhouette: body::silhouette(),
        landmarks: match view {
            Facing::Front => front::landmarks(),
            Facing::Back => back::landmarks(),
        },
        regions,
    }
}
