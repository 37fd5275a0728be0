//! The body map: the front and back of the body with one focusable region per muscle group.
//!
//! - Every muscle group is ONE `role="button"` holding its left and right shapes; its accessible
//!   name is the knowledge base's name. Click, tap, Enter and Space choose it.
//! - The selected muscle and the related ones (e.g. a condition's muscles) are marked by a thick
//!   outline and a hatch, not by colour alone, and by `aria-current` / a description.
//! - Deep muscles have their own layer: in it, the surface muscles are drawn faintly and are not
//!   focusable. A selected or related deep muscle opens the deep layer by itself.
//! - On a phone one view shows at a time, with a Front/Back toggle; from 48em both show side by
//!   side. The hidden view is `display:none`, so each muscle is in the accessibility tree once.
//! - Re-rendering is cheap: the art is prepared once ([`art`]) and drawn by components whose
//!   props only change when their own state does ([`draw`]).

mod art;
mod draw;

use atlas_core::bodymap::{placement, Layer, View};
use yew::prelude::*;

use draw::{Defs, Mode, RegionButton, RegionLabel, StaticArt};

pub use art::name_of;

/// Props for [`BodyMap`].
#[derive(Properties, PartialEq)]
pub struct BodyMapProps {
    /// Muscle ids related to what is open, marked on the map.
    #[prop_or_default]
    pub highlighted: Vec<String>,
    /// The muscle the open page is about.
    #[prop_or_default]
    pub selected: Option<String>,
    /// Called with a muscle id when a region is chosen.
    pub onselect: Callback<String>,
}

/// What the props ask the map to show; a user's toggle holds until the props change.
type Wish = (Option<String>, Vec<String>);

/// The interactive map of the hip and low-back muscles.
#[component]
pub fn BodyMap(props: &BodyMapProps) -> Html {
    let wish: Wish = (props.selected.clone(), props.highlighted.clone());
    // A toggle remembers the props it was made under: new props (another muscle opened) bring
    // back the layer and view those props call for. Derived during render rather than in an
    // effect, so the first paint (and the server render) is already right.
    let layer_choice = use_state(|| None::<(Layer, Wish)>);
    let view_choice = use_state(|| None::<(View, Wish)>);
    let hover = use_state(|| None::<&'static str>);
    let focus = use_state(|| None::<&'static str>);

    let layer = match &*layer_choice {
        Some((layer, made_for)) if *made_for == wish => *layer,
        _ => wanted_layer(props),
    };
    let phone_view = match &*view_choice {
        Some((view, made_for)) if *made_for == wish => *view,
        _ => wanted_view(props),
    };

    let onselect = use_callback(props.onselect.clone(), |id: &'static str, outer| {
        outer.emit(id.to_string())
    });
    let onhover = use_callback(hover.setter(), |id, set| set.set(id));
    let onfocus = use_callback(focus.setter(), |id, set| set.set(id));
    let labelled = (*hover).or(*focus).or_else(|| {
        let selected = props.selected.as_deref()?;
        art::views()
            .iter()
            .flat_map(|v| v.groups.iter())
            .find(|g| g.muscle == selected)
            .map(|g| g.muscle)
    });

    let set_layer = |to: Layer| {
        let layer_choice = layer_choice.clone();
        let wish = wish.clone();
        Callback::from(move |_: MouseEvent| layer_choice.set(Some((to, wish.clone()))))
    };
    let set_view = |to: View| {
        let view_choice = view_choice.clone();
        let wish = wish.clone();
        Callback::from(move |_: MouseEvent| view_choice.set(Some((to, wish.clone()))))
    };
    let related_note =
        (!props.highlighted.is_empty()).then_some(AttrValue::Static("body-map-related"));

    let (onselect, onhover, onfocus, related) = (&onselect, &onhover, &onfocus, &related_note);
    let draw_view = |view: View| {
        let data = art::view_data(view);
        let current = view == phone_view;
        let (name, word) = match view {
            View::Front => ("Front of the body", "Front"),
            View::Back => ("Back of the body", "Back"),
        };
        let label = data
            .groups
            .iter()
            .position(|g| Some(g.muscle) == labelled)
            .map(|index| html! { <RegionLabel {view} {index} /> });
        html! {
            <figure class={classes!("body-map__view", (!current).then_some("is-other-view"))}>
                <svg class="body-map__svg" viewBox={data.view_box.clone()} role="group"
                    aria-label={name} preserveAspectRatio="xMidYMin meet">
                    <StaticArt {view} />
                    // Faint (surface) groups first, so the deep ones paint over them.
                    { for [Mode::Faint, Mode::Active].into_iter().flat_map(|pass| data.groups.iter().enumerate().filter_map(move |(index, group)| {
                        let mode = match (layer, group.layer) {
                            (Layer::Deep, Layer::Surface) => Mode::Faint,
                            (Layer::Surface, Layer::Deep) => return None,
                            _ => Mode::Active,
                        };
                        if mode != pass {
                            return None;
                        }
                        let muscle = group.muscle;
                        Some(html! {
                            <RegionButton key={muscle} {view} {index} {mode}
                                selected={props.selected.as_deref() == Some(muscle)}
                                related={props.highlighted.iter().any(|h| h == muscle)}
                                describedby={related.clone()}
                                onselect={onselect.clone()} onhover={onhover.clone()}
                                onfocus={onfocus.clone()} />
                        })
                    })) }
                    { label.unwrap_or_default() }
                </svg>
                <figcaption class="body-map__caption">{ word }</figcaption>
            </figure>
        }
    };

    html! {
        <div class={classes!("body-map", (layer == Layer::Deep).then_some("body-map--deep"))}>
            <Defs />
            <div class="body-map__controls">
                <div class="toggle" role="group" aria-label="Muscle depth">
                    <button type="button" class="toggle__button" aria-pressed={(layer == Layer::Surface).to_string()}
                        onclick={set_layer(Layer::Surface)}>{ "Surface muscles" }</button>
                    <button type="button" class="toggle__button" aria-pressed={(layer == Layer::Deep).to_string()}
                        onclick={set_layer(Layer::Deep)}>{ "Deep muscles" }</button>
                </div>
                <div class="toggle toggle--view" role="group" aria-label="Side of the body">
                    <button type="button" class="toggle__button" aria-pressed={(phone_view == View::Front).to_string()}
                        onclick={set_view(View::Front)}>{ "Front" }</button>
                    <button type="button" class="toggle__button" aria-pressed={(phone_view == View::Back).to_string()}
                        onclick={set_view(View::Back)}>{ "Back" }</button>
                </div>
            </div>
            <div class="body-map__views">
                { draw_view(View::Front) }
                { draw_view(View::Back) }
            </div>
            <Legend {layer} selected={props.selected.is_some()} related={related_note.is_some()} />
        </div>
    }
}

/// The muscles the props name, selected first.
fn wished(props: &BodyMapProps) -> impl Iterator<Item = &str> {
    props
        .selected
        .iter()
        .chain(props.highlighted.iter())
        .map(String::as_str)
}

/// Deep when any selected or related muscle is deep, so it is never hidden under the surface.
fn wanted_layer(props: &BodyMapProps) -> Layer {
    let deep = wished(props).any(|m| matches!(placement(m), Some((_, Layer::Deep))));
    if deep {
        Layer::Deep
    } else {
        Layer::Surface
    }
}

/// On a phone: the view of the first selected or related muscle; otherwise the back, where
/// most of the hip and low-back muscles are.
fn wanted_view(props: &BodyMapProps) -> View {
    wished(props)
        .find_map(|m| placement(m).map(|(view, _)| view))
        .unwrap_or(View::Back)
}

/// Props for [`Legend`].
#[derive(Properties, PartialEq)]
struct LegendProps {
    layer: Layer,
    selected: bool,
    related: bool,
}

/// Says what the marks mean, with swatches drawn like the map's marks.
#[component]
fn Legend(props: &LegendProps) -> Html {
    let swatch = |class: &'static str| {
        html! {
            <svg class={classes!("swatch", class)} viewBox="0 0 24 16" aria-hidden="true" focusable="false">
                <rect x="1.5" y="1.5" width="21" height="13" rx="3" />
            </svg>
        }
    };
    html! {
        <div class="body-map__legend">
            <ul>
                if props.selected {
                    <li>{ swatch("swatch--selected") }{ "This muscle" }</li>
                }
                if props.related {
                    <li id="body-map-related">{ swatch("swatch--related") }{ "Related muscles" }</li>
                }
                if props.layer == Layer::Deep {
                    <li>{ swatch("swatch--faint") }{ "Surface muscles, drawn faintly for orientation" }</li>
                }
            </ul>
        </div>
    }
}
