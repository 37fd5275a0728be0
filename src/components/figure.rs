//! The animated figure: one moment of a stretch guide drawn as SVG from the pure core's
//! geometry (`atlas_core::rig::figure`). A smooth silhouette of tapered parts, the far side lighter, a floor
//! line or mat, and the muscles the stretch lengthens lit in proportion to their stretch (or,
//! for a strengthening exercise, the muscles it works lit as they shorten from the start).
//!
//! Everything visual is a class (colours in assets/player.css) or an SVG presentation
//! attribute: the CSP forbids inline `style` attributes.

use std::rc::Rc;

use atlas_core::rig::figure::{view_box, EYE_RADIUS, NOSE_RADIUS};
use atlas_core::rig::shapes::Part;
use atlas_core::rig::{
    figure_bounds, figure_lit, figure_working, DrawOrder, Ground, MuscleId, Pose, View, ViewBox,
};
use yew::prelude::*;

/// Props for [`Figure`].
#[derive(Properties, PartialEq)]
pub struct FigureProps {
    /// The pose to draw.
    pub pose: Pose,
    /// The drawing plane.
    pub view: View,
    /// The muscles to show and light (the ones the stretch lengthens).
    pub muscles: Rc<[MuscleId]>,
    /// What the picture shows, for screen readers, e.g. "Cat-cow: rounding the back, erector
    /// spinae lengthening". Changes with the step, not every frame.
    pub label: AttrValue,
    /// The side being worked: only its muscles are lit (both sides when `None`).
    #[prop_or_default]
    pub side: Option<atlas_core::rig::Side>,
    /// The `viewBox` to draw in (see [`view_box_attr`]); the view's full box when `None`.
    #[prop_or_default]
    pub view_box: Option<AttrValue>,
    /// Crop the `viewBox` to the drawn figure and its `ghost` instead (as
    /// [`view_box_around`] crops to poses), as a still does: worked out when the figure
    /// renders, from the figure it draws, so a page whose stills wait for a task of their own
    /// during the take-over does not pay for their crops in its first task.
    #[prop_or_default]
    pub crop: bool,
    /// A body part drawn again over the figure in its own classes (the live hip–lumbar model
    /// marks the low back's load).
    #[prop_or_default]
    pub mark: Option<PartMark>,
    /// For a strengthening exercise, its starting pose: the muscles are the ones it works, lit
    /// by how far they have shortened from it. `None` lights lengthened muscles (a stretch).
    #[prop_or_default]
    pub working_from: Option<Pose>,
    /// For a still of a move paced by the breath, the move's other end
    /// (`atlas_core::rig::ghost::other_end`): its moved parts are drawn faint behind the
    /// figure, so the still shows both ends. Never set in the player (it moves).
    #[prop_or_default]
    pub ghost: Option<Pose>,
}

/// A body part drawn again over the trunk (under the near limbs): one extra path per entry of `classes`, in
/// order, each as wide as the part (colours and patterns come from the classes).
#[derive(Clone, Debug, PartialEq)]
pub struct PartMark {
    /// The part to mark, e.g. the waist over the lumbar spine.
    pub part: Part,
    /// The classes of each extra path, e.g. `["fig-mark fig-mark--strained", "fig-stripes"]`.
    pub classes: &'static [&'static str],
}

/// The figure as an accessible SVG image.
#[component]
pub fn Figure(props: &FigureProps) -> Html {
    // The frame around the figure never changes within a view: build it once.
    let backdrop = use_memo(props.view, |view| backdrop(*view));
    // Only the lit muscles' paths are built: this runs on every animation frame.
    let shape = match &props.working_from {
        Some(start) => figure_working(&props.pose, props.view, &props.muscles, props.side, start),
        None => figure_lit(&props.pose, props.view, &props.muscles, props.side),
    };
    // A still's crop: the drawn figure's own extremes (the muscles never reach past them),
    // and its ghost's.
    let crop = props.crop.then(|| {
        let ghost = props.ghost.map(|end| figure_bounds(&end, props.view));
        crop_to(std::iter::once(shape.bounds()).chain(ghost), props.view)
    });
    // One pass over each list, moving the path strings: this runs on every animation frame.
    let mut limbs: [Vec<Html>; 3] = Default::default();
    let mut marks: Vec<Html> = Vec::new();
    for limb in shape.limbs {
        if let Some(mark) = props.mark.as_ref().filter(|m| m.part == limb.part) {
            let width = coord(limb.width);
            marks.extend(mark.classes.iter().map(|class| {
                html! { <path class={*class} d={limb.path.clone()} stroke-width={width.clone()} /> }
            }));
        }
        // The waist and chest have no outline of their own (the trunk is drawn as one).
        if limb.outline.is_empty() {
            continue;
        }
        let class = limb_class(limb.layer);
        limbs[layer_index(limb.layer)].push(html! { <path class={class} d={limb.outline} /> });
    }
    // Every lit muscle is drawn over the whole figure as a belly: filled on the near side and
    // the trunk, paler where it lies behind a limb (seen through it), so it is seen on both sides.
    let bellies: Vec<Html> = shape
        .muscles
        .into_iter()
        .map(|line| {
            let lit = step(line.intensity);
            html! {
                <path class={belly_class(line.layer)} d={line.belly}
                    fill-opacity={BELLY_OPACITY[lit]} />
            }
        })
        .collect();
    let head = shape.head;
    // A mat seen at an angle lies along the body, so it is drawn from this moment's figure.
    let floor = match shape.ground {
        Ground::Floor { corners, rim } => Some(floor_polygon(&corners, &rim)),
        _ => None,
    };
    // Where a part rests on the mat (oblique views only; empty otherwise).
    let shadows = (!shape.shadows.is_empty()).then(|| {
        html! { <path class="fig-shadow" d={shape.shadows} /> }
    });
    let nose = head.nose.map(|(x, y)| {
        html! { <circle class="fig-nose" cx={coord(x)} cy={coord(y)} r={coord(NOSE_RADIUS)} /> }
    });
    let eyes = head.eyes.into_iter().flatten().map(|(x, y)| {
        html! { <circle class="fig-nose" cx={coord(x)} cy={coord(y)} r={coord(EYE_RADIUS)} /> }
    });
    let mouth = head.mouth.map(|[(x0, y0), (x1, y1)]| {
        let d = format!("M{} {}L{} {}", coord(x0), coord(y0), coord(x1), coord(y1));
        html! { <path class="fig-mouth" {d} /> }
    });
    let ghost = props.ghost.map(|end| {
        let g = atlas_core::rig::ghost::ghost(&end, &props.pose, props.view);
        let head = g.head.map(|(cx, cy, r)| {
            html! { <circle class="fig-ghost" cx={coord(cx)} cy={coord(cy)} r={coord(r)} /> }
        });
        let arrow = g.arrow.map(|d| {
            html! { <path class="fig-arrow" aria-hidden="true" {d} /> }
        });
        (
            html! {
                <g class="fig-ghosts" aria-hidden="true">
                    { for g.outlines.into_iter().map(|d| html! { <path class="fig-ghost" {d} /> }) }
                    { for head }
                </g>
            },
            arrow,
        )
    });
    let (ghost, arrow) = ghost.unzip();
    let arrow = arrow.flatten();
    let [far, body, near] = limbs;
    let view_box = match crop {
        Some(crop) => AttrValue::from(crop.attr()),
        None => props.view_box.clone().unwrap_or_else(|| backdrop.0.clone()),
    };
    html! {
        <svg class="figure" viewBox={view_box}
            role="img" aria-label={props.label.clone()} focusable="false"
            xmlns="http://www.w3.org/2000/svg">
            { floor.unwrap_or_else(|| backdrop.1.clone()) }
            { for shadows }
            { for ghost }
            <g class="fig-body">
                { for far }{ for body }
                <circle class="fig-head" cx={coord(head.cx)} cy={coord(head.cy)} r={coord(head.r)} />
                { for nose }
                { for eyes }{ for mouth }
                { for marks }{ for near }{ for bellies }
            </g>
            { for arrow }
        </svg>
    }
}

/// Index of a layer in back-to-front order.
fn layer_index(layer: DrawOrder) -> usize {
    match layer {
        DrawOrder::Far => 0,
        DrawOrder::Body => 1,
        DrawOrder::Near => 2,
    }
}
/// Fill opacity for each lighting step: a muscle at rest is a faint belly; at its comfortable
/// end of range it is a solid accent shape. Ten steps keep attribute churn low while the
/// change still reads.
const BELLY_OPACITY: [&str; 11] = [
    "0.25", "0.32", "0.4", "0.47", "0.55", "0.62", "0.7", "0.77", "0.85", "0.92", "1",
];

/// The lighting step (0..=10) for an intensity in 0..=1.
fn step(intensity: f32) -> usize {
    if intensity.is_finite() {
        ((atlas_core::bounds::within_f32(intensity, 0.0, 1.0) * 10.0).round() as usize).min(10)
    } else {
        0
    }
}

fn limb_class(layer: DrawOrder) -> &'static str {
    match layer {
        DrawOrder::Far => "fig-limb fig-limb--far",
        DrawOrder::Body => "fig-limb fig-limb--body",
        DrawOrder::Near => "fig-limb fig-limb--near",
    }
}

fn belly_class(layer: DrawOrder) -> &'static str {
    match layer {
        DrawOrder::Far => "fig-belly fig-belly--behind",
        _ => "fig-belly",
    }
}

/// A coordinate with one decimal, as the core formats its paths.
fn coord(v: f32) -> AttrValue {
    AttrValue::from(atlas_core::svg_number::num(v))
}

/// A mat on the floor seen at an angle: its outline with its thickness, darker, under its top
/// face, so its near edges show and it reads as lying on the floor.
fn floor_polygon(corners: &[(f32, f32); 4], rim: &[(f32, f32); 6]) -> Html {
    let points = |ps: &[(f32, f32)]| {
        ps.iter()
            .map(|(x, y)| format!("{},{}", coord(*x), coord(*y)))
            .collect::<Vec<_>>()
            .join(" ")
    };
    html! {
        <>
            <polygon class="fig-mat-edge" points={points(rim)} />
            <polygon class="fig-mat" points={points(corners)} />
        </>
    }
}

/// The view box attribute and the floor (or mat) of a view (an oblique view's mat follows
/// the body: see [`Figure`]).
fn backdrop(view: View) -> (AttrValue, Html) {
    let vb = view_box(view);
    // The ground needs no muscle: none is built (each still pays for its own backdrop).
    let ground = match figure_lit(&Pose::neutral(), view, &[], None).ground {
        Ground::Line { x1, x2, y } => html! {
            <line class="fig-ground" x1={coord(x1)} x2={coord(x2)} y1={coord(y)} y2={coord(y)} />
        },
        Ground::Floor { corners, rim } => floor_polygon(&corners, &rim),
        Ground::Mat {
            x,
            y,
            width,
            height,
        } => html! {
            <rect class="fig-mat" x={coord(x)} y={coord(y)} width={coord(width)}
                height={coord(height)} rx="8" />
        },
    };
    (AttrValue::from(vb.attr()), ground)
}

/// A `viewBox` that fits every pose of a guide (its base, its keyframes, and their mirror
/// images for the other side) with a margin, always including the floor. Fixed for the whole
/// guide, so the figure never rescales while it moves, but a lying stretch is not drawn in a
/// box tall enough for standing.
pub fn view_box_attr(guide: &atlas_core::rig::Guide) -> AttrValue {
    AttrValue::from(guide_view_box(guide).attr())
}

/// The box of [`view_box_attr`], as numbers (the player lays a wide figure out differently).
pub fn guide_view_box(guide: &atlas_core::rig::Guide) -> ViewBox {
    let poses = std::iter::once(guide.base).chain(guide.keyframes.iter().map(|k| k.pose));
    let both = view_box_around(poses.flat_map(|p| [p, p.mirrored()]), guide.view);
    if !matches!(guide.view, View::Sagittal | View::Oblique { .. }) {
        return both;
    }
    // The right side is drawn seen from the right (`seen_from_right`): the same figure,
    // flipped left to right, so the box takes in its mirror image too.
    let full = view_box(guide.view);
    let left = both.x.min(-(both.x + both.width)).max(full.x);
    let right = (both.x + both.width).max(-both.x).min(full.x + full.width);
    ViewBox {
        x: left,
        width: right - left,
        ..both
    }
}

/// A box that fits every one of `poses` in `view` with a margin, always including the floor,
/// within the view's own box.
pub fn view_box_around(poses: impl IntoIterator<Item = Pose>, view: View) -> ViewBox {
    crop_to(
        poses.into_iter().map(|pose| figure_bounds(&pose, view)),
        view,
    )
}

/// A box that fits every one of `extremes` (a figure's `(min_x, min_y, max_x, max_y)`) in
/// `view` with a margin, always including the floor, within the view's own box.
fn crop_to(extremes: impl IntoIterator<Item = (f32, f32, f32, f32)>, view: View) -> ViewBox {
    const MARGIN: f32 = 10.0;
    let full = view_box(view);
    let mut bounds: Option<(f32, f32, f32, f32)> = None;
    for b in extremes {
        bounds = Some(match bounds {
            None => b,
            Some(a) => (a.0.min(b.0), a.1.min(b.1), a.2.max(b.2), a.3.max(b.3)),
        });
    }
    let Some((x0, y0, x1, y1)) = bounds else {
        return full;
    };
    // Stay inside the view's own box, and keep the floor line (y = 0) in sight.
    let left = (x0 - MARGIN).max(full.x);
    let right = (x1 + MARGIN).min(full.x + full.width);
    let top = (y0 - MARGIN).max(full.y);
    let bottom = (y1 + MARGIN).max(6.0).min(full.y + full.height);
    ViewBox {
        x: left,
        y: top,
        width: (right - left).max(40.0),
        height: (bottom - top).max(40.0),
    }
}
