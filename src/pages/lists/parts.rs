//! Small pieces the content pages share: the kind line above a title, the "keep exploring"
//! links at the foot of a page. (Other names and doses are worded by the core:
//! `atlas_core::content::also_called`, `Dose::amount`, `Dose::in_words`.)

use crate::router::{use_navigator, Link};
use atlas_core::content::{Entity, EntityRef};
use yew::prelude::*;

use crate::components::body_map::BodyMap;
use crate::route::Route;

/// Typed references to entries the graph returned, keeping their order.
pub fn refs_of<T: Entity>(entries: &[&T]) -> Vec<EntityRef> {
    entries.iter().map(|e| e.entity_ref()).collect()
}

/// The names of the muscle groups with these ids, in order, joined by commas.
pub fn muscle_names(ids: &[String]) -> String {
    crate::data::kb().muscle_names(ids)
}

/// Props for [`Kicker`].
#[derive(Properties, PartialEq)]
pub struct KickerProps {
    /// The list this entry belongs to.
    pub to: Route,
    /// The list's name, e.g. "Conditions".
    pub label: AttrValue,
}

/// The small line above a page title naming the list it belongs to, as a link back to it.
#[component]
pub fn Kicker(props: &KickerProps) -> Html {
    html! {
        <p class="kicker">
            <Link to={props.to.clone()}>{ props.label.clone() }</Link>
        </p>
    }
}

/// Props for [`Onward`].
#[derive(Properties, PartialEq)]
pub struct OnwardProps {
    /// Where to go next, with the link text.
    pub links: Vec<(Route, AttrValue)>,
}

/// "Keep exploring" links at the foot of a page, so no page is a dead end.
#[component]
pub fn Onward(props: &OnwardProps) -> Html {
    html! {
        <footer class="onward">
            <h2 class="onward__title">{ "Keep exploring" }</h2>
            <ul class="onward__links">
                { for props.links.iter().map(|(route, label)| html! {
                    <li><Link to={route.clone()} classes="button">{ label.clone() }</Link></li>
                }) }
                <li><Link to={Route::search()} classes="button">{ "Search the atlas" }</Link></li>
            </ul>
        </footer>
    }
}

/// Props for [`MusclesMap`].
#[derive(Properties, PartialEq)]
pub struct MusclesMapProps {
    /// The heading above the map.
    pub heading: AttrValue,
    /// Muscle ids to mark on the map.
    pub muscles: Vec<String>,
}

/// The body map with some muscles marked; choosing any muscle opens its page.
#[component]
pub fn MusclesMap(props: &MusclesMapProps) -> Html {
    let navigator = use_navigator();
    let onselect = Callback::from(move |id: String| {
        navigator.push(&Route::Muscle { id });
    });
    html! {
        <section class="entry__map" aria-labelledby="entry-map-title">
            <h2 id="entry-map-title" class="entry__map-title">{ props.heading.clone() }</h2>
            <p class="entry__map-hint">{ "Marked muscles are involved. Choose any muscle to read about it." }</p>
            <BodyMap highlighted={props.muscles.clone()} selected={None::<String>} {onselect} />
        </section>
    }
}
