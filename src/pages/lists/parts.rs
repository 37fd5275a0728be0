//! Small pieces the pages share: the "keep exploring" links at the foot of a page, the body map
//! of an entry's muscles, the muscles' names. (Other names and doses are worded by the core:
//! `atlas_core::content::also_called`, `Dose::amount`, `Dose::in_words`.)

use crate::router::{use_navigator, Link};
use atlas_core::content::SectionLink;
use yew::prelude::*;

use crate::components::body_map::BodyMap;
use crate::data::{show, Word};
use crate::route::{route_for_section, Route};

/// The names of the muscle groups with these ids, in order, joined by commas.
pub fn muscle_names(ids: &[String]) -> String {
    crate::data::kb().muscle_names(ids)
}

/// "Keep exploring" links at the foot of a page, then search, so no page is a dead end. A
/// plain function: it holds no state, and a component would cost the wasm its lifecycle code.
pub fn onward(links: &[SectionLink]) -> Html {
    html! {
        <footer class="onward">
            <h2 class="onward__title">{ show(Word::KeepExploring) }</h2>
            <ul class="onward__links">
                { for links.iter().map(|link| html! {
                    <li>
                        <Link to={route_for_section(link.to)} classes="button">{ show(link.label) }</Link>
                    </li>
                }) }
                <li><Link to={Route::search()} classes="button">{ show(Word::SearchTheAtlas) }</Link></li>
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
