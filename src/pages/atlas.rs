//! The atlas page: the body map, with a plain list of every muscle group beside it for those who
//! prefer a list (or a screen reader), and the one idea the whole atlas is built around. The
//! title, lead and hint come from the content (`[[page]] id = "atlas"`).

use crate::router::{use_navigator, Link, Navigator};
use atlas_core::content::{AppSection, Depth, Muscle, Region};
use yew::prelude::*;

use crate::components::body_map::{BodyMap, Marks};
use crate::components::claim::claim_text;
use crate::components::later::later;
use crate::components::page_title::use_page_title;
use crate::data::{kb, page, show, word, Word};
use crate::route::{MapState, Route};

/// The regions in the order the list shows them, each headed by [`region_label`].
pub const REGION_GROUPS: [Region; 3] = [Region::Hip, Region::Pelvis, Region::Lumbar];

/// The heading a client would understand for a region (the content's interface word).
pub fn region_label(region: Region) -> &'static str {
    word(match region {
        Region::Hip => Word::RegionHip,
        Region::Pelvis => Word::RegionPelvis,
        Region::Lumbar => Word::RegionLumbar,
    })
}

/// Props for [`AtlasPage`].
#[derive(Properties, PartialEq)]
pub struct AtlasPageProps {
    /// What the map shows (from the URL).
    pub view: MapState,
}

/// The body map and the list of muscle groups. A tap lights a muscle and names it on a short
/// card with a way to open its page, so a therapist can light muscles while talking and a
/// client sees what they touched. The view (side, layer, lit muscles) lives in the URL,
/// replaced rather than pushed, so Back from a muscle page returns to the same view without
/// stepping through every tap.
#[component]
pub fn AtlasPage(props: &AtlasPageProps) -> Html {
    let texts = page(AppSection::Atlas);
    use_page_title(texts.title.clone());
    let navigator = use_navigator();
    let view = &props.view;
    let together = use_state_eq(|| view.lit.len() > 1);
    let alone_or_together = *together;
    let onselect = show_changed(&navigator, view, move |v, id: String| {
        *v = v.tapped(&id, alone_or_together)
    });
    let onfacing = show_changed(&navigator, view, |v, side| v.facing = Some(side));
    let onlayer = show_changed(&navigator, view, |v, layer| v.layer = Some(layer));
    let clear = show_changed(&navigator, view, |v, _: MouseEvent| v.lit.clear());
    let toggle_together = {
        let together = together.clone();
        Callback::from(move |_: MouseEvent| together.set(!*together))
    };
    // Only muscles the atlas knows are lit; a hand-edited URL cannot put other text on screen.
    let lit: Vec<&Muscle> = view.lit.iter().filter_map(|id| kb().muscle(id)).collect();
    let focus = lit.last().copied();
    let others: Vec<String> = lit
        .iter()
        .take(lit.len().saturating_sub(1))
        .map(|m| m.id.clone())
        .collect();
    html! {
        <article class="page atlas">
            <h1>{ texts.title.clone() }</h1>
            { claim_text(&texts.lead, Some("lead")) }
            if let Some(hint) = &texts.hint {
                <p class="atlas__hint">{ hint.clone() }</p>
            }
            <div class="atlas__layout">
                <section class="atlas__map" aria-labelledby="atlas-map-heading">
                    <h2 id="atlas-map-heading" class="visually-hidden">{ show(Word::AtlasMapHeading) }</h2>
                    <BodyMap {onselect} {onfacing} {onlayer} facing={view.facing} layer={view.layer}
                        selected={focus.map(|m| m.id.clone())} highlighted={others}
                        marks={Marks::Lit} controls={html! {
                            <button type="button" class="toggle__button toggle__button--alone"
                                aria-pressed={together.to_string()} onclick={toggle_together}>
                                { show(Word::AtlasShowTogether) }
                            </button>
                        }} />
                </section>
                <div class="atlas__card-slot" aria-live="polite">
                    if let Some(muscle) = focus {
                        { muscle_card(muscle, &lit, clear) }
                    }
                </div>
                // In a task of its own during the take-over (`components::later`).
                { later(html! { <MuscleList /> }) }
            </div>
            <p class="atlas__more">
                <Link to={Route::Conditions} classes="button">{ show(Word::AtlasBrowseConditions) }</Link>
                <Link to={Route::search()} classes="button">{ show(Word::SearchTheAtlas) }</Link>
            </p>
        </article>
    }
}

/// A callback that shows the map as `change` makes it from `view`, in place of the current
/// history entry (so Back skips the taps and returns to the page before the map).
fn show_changed<T: 'static>(
    navigator: &Navigator,
    view: &MapState,
    change: impl Fn(&mut MapState, T) + 'static,
) -> Callback<T> {
    let (navigator, view) = (navigator.clone(), view.clone());
    Callback::from(move |input: T| {
        let mut next = view.clone();
        change(&mut next, input);
        navigator.replace(&Route::atlas(next));
    })
}

/// The card for the muscle tapped last: its name, one line about it, and the way to its page;
/// with every lit muscle named when several are lit.
fn muscle_card(muscle: &Muscle, lit: &[&Muscle], clear: Callback<MouseEvent>) -> Html {
    html! {
        <section class="map-card card" aria-labelledby="map-card-title">
            <h2 id="map-card-title" class="map-card__title">{ muscle.name.clone() }</h2>
            <p class="map-card__line">{ first_sentence(&muscle.plain.text) }</p>
            if lit.len() > 1 {
                <p class="map-card__lit">
                    { show(Word::AtlasLitTogether) }
                    { lit.iter().map(|m| m.name.as_str()).collect::<Vec<_>>().join(", ") }
                </p>
            }
            <p class="map-card__actions">
                <Link to={Route::Muscle { id: muscle.id.clone() }} classes="button button--primary">
                    { show(Word::AtlasOpen) }<span class="visually-hidden">{ format!(" {}", muscle.name) }</span>
                </Link>
                <button type="button" class="button" onclick={clear}>{ show(Word::AtlasClear) }</button>
            </p>
        </section>
    }
}

/// The first sentence of `text` (all of it when it has only one): the card's one line.
pub fn first_sentence(text: &str) -> &str {
    text.find(". ").map(|end| &text[..=end]).unwrap_or(text)
}

/// Every muscle group as a link, grouped by region, in knowledge-base order.
#[component]
fn MuscleList() -> Html {
    let muscles = &kb().muscles;
    html! {
        <section class="atlas__list card" aria-labelledby="atlas-list-heading">
            <h2 id="atlas-list-heading">{ show(Word::AtlasAllMuscles) }</h2>
            { for REGION_GROUPS.iter().map(|region| {
                let group: Vec<&Muscle> = muscles.iter().filter(|m| m.region == *region).collect();
                if group.is_empty() {
                    return Html::default();
                }
                html! {
                    <>
                        <h3>{ region_label(*region) }</h3>
                        <ul class="muscle-list">
                            { for group.into_iter().map(muscle_item) }
                        </ul>
                    </>
                }
            }) }
        </section>
    }
}

/// One list entry: the name as a link, and "deep" for muscles that lie under others.
fn muscle_item(muscle: &Muscle) -> Html {
    html! {
        <li>
            <Link to={Route::Muscle { id: muscle.id.clone() }}>{ muscle.name.clone() }</Link>
            if muscle.depth == Depth::Deep {
                <span class="muscle-list__depth">{ show(Word::AtlasDeep) }</span>
            }
        </li>
    }
}
