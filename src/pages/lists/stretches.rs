//! All stretches, as cards with a still of the pose from the rig, their dose and the muscles
//! they lengthen, then the
//! strengthening exercises under their own heading, with the muscles they work. The title and
//! lead come from the content (`[[page]] id = "stretches"`).

use crate::router::Link;
use atlas_core::content::{AppSection, Entity, Stretch};
use yew::prelude::*;

use super::parts::{muscle_names, Onward};
use crate::components::claim::ClaimText;
use crate::components::page_title::use_page_title;
use crate::components::stills::still;
use crate::data::{kb, page};
use crate::route::route_for;
use crate::route::Route;

/// All stretches, each a card linking to its guided page.
#[component]
pub fn StretchesPage() -> Html {
    let texts = page(AppSection::Stretches);
    use_page_title(texts.title.clone());
    html! {
        <article class="page list-page">
            <h1>{ texts.title.clone() }</h1>
            <ClaimText claim={texts.lead.clone()} class="lead" />
            <ul class="cards stretch-cards">
                { for kb().stretches.iter().filter(|s| !s.is_exercise()).map(|s| stretch_card(s, false)) }
            </ul>
            <section class="list-group" aria-labelledby="exercises-title">
                <h2 id="exercises-title">{ "Strengthening exercises" }</h2>
                <ul class="cards stretch-cards">
                    { for kb().stretches.iter().filter(|s| s.is_exercise()).map(|s| stretch_card(s, true)) }
                </ul>
            </section>
            <Onward links={vec![
                (Route::Program, AttrValue::from("My program")),
                (Route::Conditions, AttrValue::from("Conditions")),
                (Route::Atlas, AttrValue::from("Open the body map")),
            ]} />
        </article>
    }
}

/// One stretch: its name as a link, its still (after the name in the markup, so a screen
/// reader meets the heading first; drawn above it), why to do it, the dose and the muscles it lengthens; for
/// an exercise (`in_group`, under the exercises heading) the muscles it works.
fn stretch_card(stretch: &Stretch, in_group: bool) -> Html {
    let muscles = muscle_names(&stretch.muscles);
    let link = html! {
        <Link to={route_for(&stretch.entity_ref())}>{ stretch.name.clone() }</Link>
    };
    let label = if stretch.is_exercise() {
        "Works: "
    } else {
        "Lengthens: "
    };
    html! {
        <li class="card list-card">
            if in_group {
                <h3 class="list-card__title">{ link }</h3>
            } else {
                <h2 class="list-card__title">{ link }</h2>
            }
            { still(stretch) }
            <p class="dose">{ if stretch.is_exercise() {
                stretch.dose.in_words(stretch.goal)
            } else {
                stretch.dose.amount(stretch.goal)
            } }</p>
            <p>{ stretch.purpose.text.clone() }</p>
            <p class="list-card__meta">
                <span class="list-card__meta-label">{ label }</span>
                { muscles }
            </p>
        </li>
    }
}
