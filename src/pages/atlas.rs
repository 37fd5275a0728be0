//! The atlas page: the body map, with a plain list of every muscle group beside it for those who
//! prefer a list (or a screen reader), and the one idea the whole atlas is built around. The
//! title, lead and hint come from the content (`[[page]] id = "atlas"`).

use crate::router::{use_navigator, Link};
use atlas_core::content::{AppSection, Depth, Muscle, Region};
use yew::prelude::*;

use crate::components::body_map::BodyMap;
use crate::components::claim::ClaimText;
use crate::components::page_title::use_page_title;
use crate::data::{kb, page};
use crate::route::Route;

/// The regions in the order the list shows them, with the heading a client would understand.
pub const REGION_GROUPS: [(Region, &str); 3] = [
    (Region::Hip, "Hip and thigh"),
    (Region::Pelvis, "Pelvis"),
    (Region::Lumbar, "Low back (lumbar)"),
];

/// The heading for a region, as [`REGION_GROUPS`] words it.
pub fn region_label(region: Region) -> &'static str {
    REGION_GROUPS
        .iter()
        .find(|(r, _)| *r == region)
        .map(|(_, label)| *label)
        .unwrap_or("Hip")
}

/// The body map and the list of muscle groups.
#[component]
pub fn AtlasPage() -> Html {
    let texts = page(AppSection::Atlas);
    use_page_title(texts.title.clone());
    let navigator = use_navigator();
    // Every muscle has its own URL, so choosing one is a navigation: back returns to the map.
    let onselect = Callback::from(move |id: String| {
        navigator.push(&Route::Muscle { id });
    });
    html! {
        <article class="page atlas">
            <h1>{ texts.title.clone() }</h1>
            <ClaimText claim={texts.lead.clone()} class="lead" />
            if let Some(hint) = &texts.hint {
                <p class="atlas__hint">{ hint.clone() }</p>
            }
            <div class="atlas__layout">
                <section class="atlas__map" aria-labelledby="atlas-map-heading">
                    <h2 id="atlas-map-heading" class="visually-hidden">{ "The map" }</h2>
                    <BodyMap {onselect} />
                </section>
                <MuscleList />
            </div>
            <p class="atlas__more">
                <Link to={Route::Conditions} classes="button">{ "Browse conditions" }</Link>
                <Link to={Route::search()} classes="button">{ "Search the atlas" }</Link>
            </p>
        </article>
    }
}

/// Every muscle group as a link, grouped by region, in knowledge-base order.
#[component]
fn MuscleList() -> Html {
    let muscles = &kb().muscles;
    html! {
        <section class="atlas__list card" aria-labelledby="atlas-list-heading">
            <h2 id="atlas-list-heading">{ "All muscle groups" }</h2>
            { for REGION_GROUPS.iter().map(|(region, label)| {
                let group: Vec<&Muscle> = muscles.iter().filter(|m| m.region == *region).collect();
                if group.is_empty() {
                    return Html::default();
                }
                html! {
                    <>
                        <h3>{ *label }</h3>
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
                <span class="muscle-list__depth">{ "deep" }</span>
            }
        </li>
    }
}
