//! The drawn parts of the map: the shared hatch patterns, the static body art, one muscle group
//! (a focusable button holding both sides' shapes) and the hover/focus label.
//!
//! Each is a component with cheap `PartialEq` props, so when the map re-renders (a hover, a
//! toggle) Yew skips every part whose props did not change: the static art never re-renders.

use atlas_core::bodymap::Facing;
use atlas_core::svg_number::num;
use yew::prelude::*;

use super::art::{view_data, Group};
use crate::route::Route;

/// How a muscle group is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Drawn {
    /// A focusable button.
    Active,
    /// Drawn faintly for orientation (surface muscles over the deep layer); not focusable.
    Faint,
}

/// Id of the hatch that marks the selected muscle.
pub const HATCH_SELECTED: &str = "bm-hatch-selected";
/// Id of the hatch that marks related (highlighted) muscles.
pub const HATCH_RELATED: &str = "bm-hatch-related";

/// The hatch patterns the maps' regions and legends are filled with (by id, from the
/// stylesheet), in a zero-size SVG. Rendered once, in the app's frame, which is never hidden:
/// a pattern inside a hidden subtree stops painting, and with a copy in each map, the builder's
/// treatment map lost its hatching whenever the map above it sat in a closed `<details>` (ids
/// resolve to the first copy).
#[component]
pub fn HatchPatterns() -> Html {
    // Hatch spacing in the art's user units: about 6 px on a phone-sized map. From the fixed
    // view box, not the prepared art: the frame draws this in the take-over's first task,
    // and preparing the art there cost it both views' paths (`components::later`).
    let gap = atlas_core::bodymap::VIEW_BOX.2 * 0.03;
    let gap_s = num(gap);
    let line = num(gap * 0.45);
    html! {
        <svg class="body-map__defs" aria-hidden="true" focusable="false" width="0" height="0">
            <defs>
                <pattern id={HATCH_SELECTED} patternUnits="userSpaceOnUse"
                    width={gap_s.clone()} height={gap_s.clone()} patternTransform="rotate(45)">
                    <rect width={gap_s.clone()} height={gap_s.clone()} fill="#f7d2c2" />
                    <line x1="0" y1="0" x2="0" y2={gap_s.clone()} stroke="#a8482a" stroke-width={line.clone()} />
                </pattern>
                <pattern id={HATCH_RELATED} patternUnits="userSpaceOnUse"
                    width={gap_s.clone()} height={gap_s.clone()} patternTransform="rotate(-45)">
                    <rect width={gap_s.clone()} height={gap_s.clone()} fill="#d3e8e4" />
                    <line x1="0" y1="0" x2="0" y2={gap_s} stroke="#1f5753" stroke-width={line} />
                </pattern>
            </defs>
        </svg>
    }
}

/// Props for [`StaticArt`].
#[derive(Properties, PartialEq)]
pub struct StaticArtProps {
    /// Which view's silhouette and landmarks.
    pub view: Facing,
}

/// The body outline and landmarks: decoration, hidden from assistive technology. Path data
/// lives in a `static` (see [`super::art`]), so it is handed to Yew as `&'static str` without
/// copying.
#[component]
pub fn StaticArt(props: &StaticArtProps) -> Html {
    let data = view_data(props.view);
    html! {
        <g aria-hidden="true">
            <g class="body-map__silhouette">
                { for data.silhouette.iter().map(|d| html! { <path d={AttrValue::Static(d.as_str())} /> }) }
            </g>
            <g class="body-map__landmarks">
                { for data.landmarks.iter().map(|(d, line)| html! {
                    <path class={if *line { "is-line" } else { "is-shape" }} d={AttrValue::Static(d.as_str())} />
                }) }
            </g>
        </g>
    }
}

/// Props for [`RegionButton`].
#[derive(Properties, PartialEq)]
pub struct RegionButtonProps {
    /// Which view the group is on.
    pub view: Facing,
    /// Its index in that view's groups.
    pub index: usize,
    /// Button or faint drawing.
    pub mode: Drawn,
    /// The open page is about this muscle.
    pub selected: bool,
    /// Related to what is open (e.g. one of a condition's muscles).
    pub related: bool,
    /// In the second marked group (explain mode's stability team): drawn like the selected
    /// muscle, without being "current".
    #[prop_or_default]
    pub second: bool,
    /// Id of the element describing what "related" means, when there is one.
    #[prop_or_default]
    pub describedby: Option<AttrValue>,
    /// Chosen by click, tap, Enter or Space.
    pub onselect: Callback<&'static str>,
    /// Pointer entered (`Some`) or left (`None`).
    pub onhover: Callback<Option<&'static str>>,
    /// Focus arrived (`Some`) or left (`None`).
    pub onfocus: Callback<Option<&'static str>>,
}

/// One muscle group: its left and right shapes in one `<g>`, so both sides highlight together
/// and a screen reader meets the muscle once.
///
/// Pre-rendered, the group is a plain link to the muscle's page instead: until the app takes
/// over (a second or more on a slow phone) a button has no handler, and a tap on it would be
/// lost; the link takes the reader to the page the app would lead to. The app then renders the
/// button (`tests/e2e/prerender.spec.mjs` checks that this is the only difference).
#[component]
pub fn RegionButton(props: &RegionButtonProps) -> Html {
    let prerendering = crate::platform::prerendering::use_prerendering().is_some();
    let group: &'static Group = &view_data(props.view).groups[props.index];
    let class = classes!(
        "region",
        (props.selected || props.second).then_some("is-selected"),
        props.related.then_some("is-related"),
        (props.mode == Drawn::Faint).then_some("is-faint"),
    );
    let shapes = html! {
        { for group.paths.iter().map(|d| html! { <path d={AttrValue::Static(d.as_str())} /> }) }
    };
    if props.mode == Drawn::Faint {
        return html! { <g {class} aria-hidden="true" data-muscle={group.muscle}>{ shapes }</g> };
    }
    let id = group.muscle;
    let describedby = props
        .describedby
        .clone()
        .filter(|_| props.related || props.second);
    if prerendering {
        // The same attributes as the button, in the same order, with `href` for its role and
        // focus (the end-to-end comparison turns one into the other).
        let href = Route::Muscle { id: id.to_string() }.href();
        return html! {
            <a {class} {href} aria-label={group.name}
                aria-current={props.selected.then_some("true")}
                aria-describedby={describedby} data-muscle={id}>
                { shapes }
            </a>
        };
    }
    let onclick = props.onselect.reform(move |_: MouseEvent| id);
    let onselect = props.onselect.clone();
    let onkeydown = Callback::from(move |event: KeyboardEvent| {
        // A `role="button"` must answer Enter and Space like a real button; Space would
        // otherwise scroll the page.
        if matches!(event.key().as_str(), "Enter" | " " | "Spacebar") {
            event.prevent_default();
            onselect.emit(id);
        }
    });
    // Hover is a pointer's that can hover: a finger's tap also enters the region, and its
    // label re-rendered the map once more before the tap could be painted (the tap itself
    // labels the muscle it selects).
    let hover = |to: Option<&'static str>| {
        let onhover = props.onhover.clone();
        Callback::from(move |event: PointerEvent| {
            if event.pointer_type() != "touch" {
                onhover.emit(to);
            }
        })
    };
    let onpointerenter = hover(Some(id));
    let onpointerleave = hover(None);
    // Only a keyboard's focus is labelled: a tap focuses the region too, and labelling that
    // re-rendered the whole map once more before the tap's click could be handled and
    // painted (the click labels the muscle it selects anyway).
    let onfocus = {
        let onfocus = props.onfocus.clone();
        Callback::from(move |event: FocusEvent| {
            let keyboard = event
                .target_dyn_into::<web_sys::Element>()
                .is_none_or(|region| region.matches(":focus-visible").unwrap_or(true));
            if keyboard {
                onfocus.emit(Some(id));
            }
        })
    };
    let onblur = props.onfocus.reform(|_: FocusEvent| None);
    html! {
        <g {class} role="button" tabindex="0" aria-label={group.name}
            aria-current={props.selected.then_some("true")}
            aria-describedby={describedby} data-muscle={id}
            {onclick} {onkeydown} {onpointerenter} {onpointerleave} {onfocus} {onblur}>
            { shapes }
        </g>
    }
}

/// Props for [`RegionLabel`].
#[derive(Properties, PartialEq)]
pub struct RegionLabelProps {
    /// Which view.
    pub view: Facing,
    /// Index of the group whose name to show.
    pub index: usize,
}

/// The visible name of the hovered, focused or selected muscle, drawn above every region (SVG
/// paints in document order) with a paper-coloured halo so it reads over the hatching.
#[component]
pub fn RegionLabel(props: &RegionLabelProps) -> Html {
    let label = &view_data(props.view).groups[props.index].label;
    let size = num(label.size);
    let x = num(label.x);
    html! {
        <text class="map-label" aria-hidden="true" x={x.clone()} y={num(label.y)}
            font-size={size} text-anchor="middle" paint-order="stroke">
            { for label.lines.iter().enumerate().map(|(i, line)| html! {
                <tspan x={x.clone()} dy={if i == 0 { "0" } else { "1.2em" }}>{ line.clone() }</tspan>
            }) }
        </text>
    }
}
