//! The welcome page: the three questions a client arrives with, each a way in. Its title, lead
//! and cards come from the content (`[[page]] id = "home"` in `assets/content/pages.toml`).

use crate::router::Link;
use atlas_core::content::{AppSection, Card};
use yew::prelude::*;

use crate::components::claim::ClaimText;
use crate::components::entity_link::route_for_section;
use crate::components::page_title::use_page_title;
use crate::data::page;

/// Welcome page with the main ways into the atlas.
#[component]
pub fn HomePage() -> Html {
    // The home page's tab shows only the app's name.
    use_page_title(String::new());
    let home = page(AppSection::Home);
    html! {
        <article class="page home">
            <h1>{ home.title.clone() }</h1>
            <ClaimText claim={home.lead.clone()} class="lead" />
            if !home.cards.is_empty() {
                <ul class="cards">
                    { for home.cards.iter().map(card) }
                </ul>
            }
        </article>
    }
}

/// One way in: its title as a link to the section, and what the reader finds there.
fn card(card: &Card) -> Html {
    let Some(section) = card.section() else {
        return Html::default();
    };
    html! {
        <li class="card">
            <h2><Link to={route_for_section(section)}>{ card.title.clone() }</Link></h2>
            <ClaimText claim={card.text.clone()} />
        </li>
    }
}
