//! All stretches, as cards with their dose and the muscles they lengthen. The title and lead
//! come from the content (`[[page]] id = "stretches"`).

use crate::router::Link;
use atlas_core::content::{AppSection, Entity, Stretch};
use yew::prelude::*;

use super::parts::{dose_summary, muscle_names, Onward};
use crate::components::claim::ClaimText;
use crate::components::entity_link::route_for;
use crate::components::page_title::use_page_title;
use crate::data::{kb, page};
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
                { for kb().stretches.iter().map(stretch_card) }
            </ul>
            <Onward links={vec![
                (Route::Program, AttrValue::from("My program")),
                (Route::Conditions, AttrValue::from("Conditions")),
                (Route::Atlas, AttrValue::from("Open the body map")),
            ]} />
        </article>
    }
}

/// One stretch: its name as a link, why to do it, the dose and the muscles it lengthens.
fn stretch_card(stretch: &Stretch) -> Html {
    let muscles = muscle_names(&stretch.muscles);
    html! {
        <li class="card list-card">
            <h2 class="list-card__title">
                <Link to={route_for(&stretch.entity_ref())}>{ stretch.name.clone() }</Link>
            </h2>
            <p class="dose">{ dose_summary(&stretch.dose) }</p>
            <p>{ stretch.purpose.text.clone() }</p>
            <p class="list-card__meta">
                <span class="list-card__meta-label">{ "Lengthens: " }</span>
                { muscles }
            </p>
        </li>
    }
}
