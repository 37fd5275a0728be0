//! "Your visit": the articles as cards, then every technique and condition, so nothing in
//! the atlas is out of reach from this section. The title and lead come from the content
//! (`[[page]] id = "visit"`).

use crate::router::Link;
use atlas_core::content::{AppSection, Entity};
use yew::prelude::*;

use super::parts::{refs_of, Onward};
use crate::components::claim::ClaimText;
use crate::components::clinic::ClinicCard;
use crate::components::entity_link::EntityLinks;
use crate::components::page_title::use_page_title;
use crate::data::{kb, page};
use crate::route::route_for;
use crate::route::Route;

/// The visit index: articles, the clinic, techniques, conditions and the traditional notes.
#[component]
pub fn VisitPage() -> Html {
    let texts = page(AppSection::Visit);
    use_page_title(texts.title.clone());
    let kb = kb();
    let techniques = refs_of(&kb.techniques.iter().collect::<Vec<_>>());
    let conditions = refs_of(&kb.conditions.iter().collect::<Vec<_>>());
    let notes = refs_of(&kb.notes.iter().collect::<Vec<_>>());
    html! {
        <article class="page list-page">
            <h1>{ texts.title.clone() }</h1>
            <ClaimText claim={texts.lead.clone()} class="lead" />
            <ul class="cards">
                { for kb.articles.iter().map(|article| html! {
                    <li class="card list-card">
                        <h2 class="list-card__title">
                            <Link to={route_for(&article.entity_ref())}>{ article.title.clone() }</Link>
                        </h2>
                        <p>{ article.summary.text.clone() }</p>
                    </li>
                }) }
            </ul>
            <ClinicCard />
            <EntityLinks heading="Massage techniques" entities={techniques} />
            <p class="see-all"><Link to={Route::Techniques}>{ "All techniques, with what each feels like" }</Link></p>
            <EntityLinks heading="Conditions we see" entities={conditions} />
            <p class="see-all"><Link to={Route::Conditions}>{ "All conditions, grouped by hip and low back" }</Link></p>
            <EntityLinks heading="A traditional perspective" entities={notes} />
            <Onward links={vec![
                (Route::Stretches, AttrValue::from("Stretches")),
                (Route::Atlas, AttrValue::from("Open the body map")),
            ]} />
        </article>
    }
}
