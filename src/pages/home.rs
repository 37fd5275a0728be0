//! The welcome page: the problems clients arrive with, in their words, each leading to the
//! right condition, stretch or advice; then the three main ways in. Its title, lead, ways in
//! and cards come from the content (`[[page]] id = "home"` in `assets/content/pages.toml`).

use crate::router::Link;
use atlas_core::content::{AppSection, Card, WayIn};
use yew::prelude::*;

use crate::components::claim::claim_text;
use crate::components::page_title::use_page_title;
use crate::data::{kb, page, show, Word};
use crate::route::{route_for, route_for_section};

/// Welcome page with the main ways into the atlas.
#[component]
pub fn HomePage() -> Html {
    // The home page's tab shows only the app's name.
    use_page_title(String::new());
    let home = page(AppSection::Home);
    html! {
        <article class="page home">
            <h1>{ home.title.clone() }</h1>
            { claim_text(&home.lead, Some("lead")) }
            if !home.ways_in.is_empty() {
                <section class="ways-in" aria-labelledby="ways-in-heading">
                    <h2 id="ways-in-heading">{ show(Word::HomeWaysIn) }</h2>
                    <ul class="ways-in__list">
                        { for home.ways_in.iter().map(way_in) }
                    </ul>
                </section>
            }
            if !home.cards.is_empty() {
                <ul class="cards">
                    { for home.cards.iter().map(card) }
                </ul>
            }
        </article>
    }
}

/// A problem in the client's words, folded so the four fit on a phone's first screen: opened,
/// a sentence on what may be behind it and the entries that answer it.
fn way_in(way: &WayIn) -> Html {
    let kb = kb();
    let targets: Vec<_> = way
        .targets()
        .flatten()
        .filter_map(|target| {
            kb.entity(&target)
                .map(|e| (route_for(&target), e.title().to_string()))
        })
        .collect();
    if targets.is_empty() {
        return Html::default();
    }
    html! {
        <li>
            <details class="way-in card">
                <summary class="way-in__says">{ format!("\u{201c}{}\u{201d}", way.says) }</summary>
                { claim_text(&way.text, None) }
                <ul class="way-in__leads">
                    { for targets.iter().map(|(route, title)| html! {
                        <li><Link to={route.clone()}>{ title.clone() }</Link></li>
                    }) }
                </ul>
            </details>
        </li>
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
            { claim_text(&card.text, None) }
        </li>
    }
}
