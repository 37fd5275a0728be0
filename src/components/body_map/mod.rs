//! The body map: the front and back of the body with one focusable region per muscle group.
//!
//! - Every muscle group is ONE `role="button"` holding its left and right shapes; its accessible
//!   name is the knowledge base's name. Click, tap, Enter and Space choose it.
//! - The selected muscle and the related ones (e.g. a condition's muscles) are marked by a thick
//!   outline and a hatch, not by colour alone, and by `aria-current` / a description.
//! - Deep muscles have their own layer: in it, the surface muscles are drawn faintly and are not
//!   focusable. A selected or related deep muscle opens the deep layer by itself; which side
//!   and layer the map opens on, and the note on a muscle out of sight, are in `sight`.
//! - On a phone one view shows at a time, with a Front/Back toggle; from 48em both show side by
//!   side. The hidden view is `display:none`, so each muscle is in the accessibility tree once.
//! - Re-rendering is cheap: the art is prepared once ([`art`]) and drawn by components whose
//!   props only change when their own state does ([`draw`]).

mod art;
mod draw;
mod sight;

use crate::data::{show, word, words, Word};
use atlas_core::bodymap::{Facing, Layer};
use yew::prelude::*;

pub use draw::HatchPatterns;
use draw::{Drawn, RegionButton, RegionLabel, StaticArt};
use sight::{deep_team_members, hidden_reason, wanted_layer, wanted_view, Hidden};

pub use art::name_of;

/// What the map's marks stand for, which sets the legend's words.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Marks {
    /// A page about one muscle, or a condition or technique with its muscles.
    #[default]
    Page,
    /// The atlas: muscles the reader lit by tapping, the last one on the card.
    Lit,
    /// Explain mode: the hips as the mobility team (`highlighted`) and the low back as the
    /// stability team (`second`).
    Teams,
}

/// Props for [`BodyMap`].
#[derive(Properties, PartialEq)]
pub struct BodyMapProps {
    /// Muscle ids related to what is open, marked on the map.
    #[prop_or_default]
    pub highlighted: Vec<String>,
    /// The muscle the open page is about.
    #[prop_or_default]
    pub selected: Option<String>,
    /// Muscles marked like the selected one but as a group (explain mode's stability team).
    #[prop_or_default]
    pub second: Vec<String>,
    /// Called with a muscle id when a region is chosen.
    pub onselect: Callback<String>,
    /// The side shown on a phone, when the owner keeps it (e.g. in the URL); `None` lets the
    /// map choose from the marked muscles.
    #[prop_or_default]
    pub facing: Option<Facing>,
    /// The layer shown, when the owner keeps it; `None` lets the map choose.
    #[prop_or_default]
    pub layer: Option<Layer>,
    /// Told when the reader picks a side; without it the map keeps the choice itself.
    #[prop_or_default]
    pub onfacing: Option<Callback<Facing>>,
    /// Told when the reader picks a layer; without it the map keeps the choice itself.
    #[prop_or_default]
    pub onlayer: Option<Callback<Layer>>,
    /// What the marks mean here (the legend's words).
    #[prop_or_default]
    pub marks: Marks,
    /// More controls for the owner's own modes, shown first in the map's row of toggles.
    #[prop_or_default]
    pub controls: Html,
}

/// What the props ask the map to show; a user's toggle holds until the props change.
type Wish = (Option<String>, Vec<String>, Vec<String>);

/// The interactive map of the hip and low-back muscles.
#[component]
pub fn BodyMap(props: &BodyMapProps) -> Html {
    let wish: Wish = (
        props.selected.clone(),
        props.highlighted.clone(),
        props.second.clone(),
    );
    // A toggle remembers the props it was made under: new props (another muscle opened) bring
    // back the layer and view those props call for. Derived during render rather than in an
    // effect, so the first paint (and the server render) is already right.
    let layer_choice = use_state(|| None::<(Layer, Wish)>);
    let view_choice = use_state(|| None::<(Facing, Wish)>);
    // Set only when they change: a blur of a region that was never labelled (a tap's focus)
    // re-rendered the map for nothing.
    let hover = use_state_eq(|| None::<&'static str>);
    let focus = use_state_eq(|| None::<&'static str>);

    let layer = match (&*layer_choice, props.layer) {
        (_, Some(layer)) => layer,
        (Some((layer, made_for)), None) if *made_for == wish => *layer,
        _ => wanted_layer(props),
    };
    let phone_view = match (&*view_choice, props.facing) {
        (_, Some(side)) => side,
        (Some((view, made_for)), None) if *made_for == wish => *view,
        _ => wanted_view(props),
    };

    // An owner makes its callback afresh at each render (it holds the view it changes), and a
    // new callback in every region's props re-rendered all of them, both views, on each tap.
    // The regions get one callback for the map's life that calls the owner's latest, so a tap
    // re-renders only the regions whose marks change.
    let latest = use_mut_ref(|| props.onselect.clone());
    *latest.borrow_mut() = props.onselect.clone();
    let onselect = use_callback((), move |id: &'static str, _| {
        let outer = latest.borrow().clone();
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
        let owner = props.onlayer.clone();
        Callback::from(move |_: MouseEvent| match &owner {
            Some(owner) => owner.emit(to),
            None => layer_choice.set(Some((to, wish.clone()))),
        })
    };
    let set_view = |to: Facing| {
        let view_choice = view_choice.clone();
        let wish = wish.clone();
        let owner = props.onfacing.clone();
        Callback::from(move |_: MouseEvent| match &owner {
            Some(owner) => owner.emit(to),
            None => view_choice.set(Some((to, wish.clone()))),
        })
    };
    // Why the selected muscle is out of sight, or (explain mode) which marked muscles the
    // surface leaves out, with the one tap that shows them.
    let where_to_look = props
        .selected
        .as_deref()
        .and_then(|m| hidden_reason(m, phone_view, layer))
        .map(|(reason, muscle)| {
            let name = art::name_of(muscle);
            match reason {
                Hidden::Deep => (
                    words(Word::MapUnderOthers, &[("muscle", name)]),
                    word(Word::MapShowDeep),
                    "body-map__where--layer",
                    set_layer(Layer::Deep),
                ),
                Hidden::Facing(Facing::Back) => (
                    words(Word::MapSeenFromBack, &[("muscle", name)]),
                    word(Word::MapShowBack),
                    "body-map__where--side",
                    set_view(Facing::Back),
                ),
                Hidden::Facing(Facing::Front) => (
                    words(Word::MapSeenFromFront, &[("muscle", name)]),
                    word(Word::MapShowFront),
                    "body-map__where--side",
                    set_view(Facing::Front),
                ),
            }
        })
        .or_else(|| {
            deep_team_members(props, layer).map(|names| {
                (
                    words(Word::MapAlsoMarked, &[("muscles", &names)]),
                    word(Word::MapShowDeep),
                    "body-map__where--layer",
                    set_layer(Layer::Deep),
                )
            })
        })
        .map(|(text, button, class, onclick)| {
            html! {
                <p class={classes!("body-map__where", class)}>
                    <span>{ text }</span>
                    <button type="button" class="button body-map__where-button" {onclick}>{ button }</button>
                </p>
            }
        });
    let related_note =
        (!props.highlighted.is_empty()).then_some(AttrValue::Static("body-map-related"));

    let (onselect, onhover, onfocus, related) = (&onselect, &onhover, &onfocus, &related_note);
    let draw_view = |view: Facing| {
        let data = art::view_data(view);
        let current = view == phone_view;
        let (name, short) = match view {
            Facing::Front => (word(Word::MapFrontOfBody), word(Word::MapFront)),
            Facing::Back => (word(Word::MapBackOfBody), word(Word::MapBack)),
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
                    { for [Drawn::Faint, Drawn::Active].into_iter().flat_map(|pass| data.groups.iter().enumerate().filter_map(move |(index, group)| {
                        let mode = match (layer, group.layer) {
                            (Layer::Deep, Layer::Surface) => Drawn::Faint,
                            (Layer::Surface, Layer::Deep) => return None,
                            _ => Drawn::Active,
                        };
                        if mode != pass {
                            return None;
                        }
                        let muscle = group.muscle;
                        let second = props.second.iter().any(|h| h == muscle);
                        let describedby = if second {
                            Some(AttrValue::Static(SECOND_NOTE))
                        } else {
                            related.clone()
                        };
                        Some(html! {
                            <RegionButton key={muscle} {view} {index} {mode}
                                selected={props.selected.as_deref() == Some(muscle)}
                                related={props.highlighted.iter().any(|h| h == muscle)}
                                {second} {describedby}
                                onselect={onselect.clone()} onhover={onhover.clone()}
                                onfocus={onfocus.clone()} />
                        })
                    })) }
                    { label.unwrap_or_default() }
                </svg>
                <figcaption class="body-map__caption">{ short }</figcaption>
            </figure>
        }
    };

    html! {
        <div class={classes!("body-map", (layer == Layer::Deep).then_some("body-map--deep"))}>
            <div class="body-map__controls">
                { props.controls.clone() }
                <div class="toggle" role="group" aria-label={word(Word::MapDepthLabel)}>
                    <button type="button" class="toggle__button" aria-pressed={(layer == Layer::Surface).to_string()}
                        onclick={set_layer(Layer::Surface)}>{ show(Word::MapSurface) }</button>
                    <button type="button" class="toggle__button" aria-pressed={(layer == Layer::Deep).to_string()}
                        onclick={set_layer(Layer::Deep)}>{ show(Word::MapDeep) }</button>
                </div>
                <div class="toggle toggle--view" role="group" aria-label={word(Word::MapSideLabel)}>
                    <button type="button" class="toggle__button" aria-pressed={(phone_view == Facing::Front).to_string()}
                        onclick={set_view(Facing::Front)}>{ show(Word::MapFront) }</button>
                    <button type="button" class="toggle__button" aria-pressed={(phone_view == Facing::Back).to_string()}
                        onclick={set_view(Facing::Back)}>{ show(Word::MapBack) }</button>
                </div>
            </div>
            { where_to_look.unwrap_or_default() }
            <div class="body-map__views">
                { draw_view(Facing::Front) }
                { draw_view(Facing::Back) }
            </div>
            <Legend {layer} selected={props.selected.is_some() || !props.second.is_empty()}
                related={related_note.is_some()} marks={props.marks} />
        </div>
    }
}

/// Id of the legend line that describes the second group's mark.
const SECOND_NOTE: &str = "body-map-second";

/// Props for [`Legend`].
#[derive(Properties, PartialEq)]
struct LegendProps {
    layer: Layer,
    selected: bool,
    related: bool,
    marks: Marks,
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
    let (selected, related) = match props.marks {
        Marks::Page => (Word::MapThisMuscle, Word::MapRelated),
        Marks::Lit => (Word::MapOnTheCard, Word::MapAlsoLit),
        Marks::Teams => (Word::StabilityTeam, Word::MobilityTeam),
    };
    html! {
        <div class="body-map__legend">
            <ul>
                if props.selected {
                    <li id={(props.marks == Marks::Teams).then_some(SECOND_NOTE)}>
                        { swatch("swatch--selected") }{ show(selected) }
                    </li>
                }
                if props.related {
                    <li id="body-map-related">{ swatch("swatch--related") }{ show(related) }</li>
                }
                if props.layer == Layer::Deep {
                    <li>{ swatch("swatch--faint") }{ show(Word::MapFaint) }</li>
                }
            </ul>
        </div>
    }
}
