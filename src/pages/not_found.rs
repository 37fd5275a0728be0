//! The page for a URL the app does not know, or an entry that no longer exists.

use crate::router::Link;
use atlas_core::echo::echo_excerpt;
use yew::prelude::*;

use crate::components::page_title::use_page_title;
use crate::data::{show, show_with, word, Word};
use crate::route::Route;

/// Props for [`MissingEntry`].
#[derive(Properties, PartialEq)]
pub struct MissingEntryProps {
    /// What kind of thing was asked for, e.g. "muscle group".
    pub kind: AttrValue,
    /// The id from the URL.
    pub id: AttrValue,
    /// Where a list of that kind lives.
    pub back_to: Route,
    /// The label of that list.
    pub back_label: AttrValue,
}

/// A link pointed at an entry that does not exist: say so plainly and offer ways on.
#[component]
pub fn MissingEntry(props: &MissingEntryProps) -> Html {
    use_page_title(word(Word::NotFoundTitle).to_string());
    html! {
        <article class="page not-found">
            <h1>{ show(Word::NotFoundHeading) }</h1>
            // The id is whatever the link said: echo only a short, quoted excerpt of it, and
            // let a long word wrap (`.echo`) rather than widen the page.
            <p class="echo">{ show_with(Word::NotFoundEntry, &[
                ("kind", props.kind.as_str()),
                ("id", &echo_excerpt(&props.id)),
            ]) }</p>
            <ul class="link-list">
                <li><Link to={props.back_to.clone()}>{ props.back_label.clone() }</Link></li>
                <li><Link to={Route::search()}>{ show(Word::SearchTheAtlas) }</Link></li>
                <li><Link to={Route::Home}>{ show(Word::Home) }</Link></li>
            </ul>
        </article>
    }
}

/// Not-found page for unknown URLs.
#[component]
pub fn NotFoundPage() -> Html {
    use_page_title(word(Word::PageNotFound).to_string());
    html! {
        <article class="page not-found">
            <h1>{ show(Word::PageNotFound) }</h1>
            <p>{ show(Word::PageNotFoundWhy) }</p>
            <ul class="link-list">
                <li><Link to={Route::Atlas}>{ show(Word::OpenTheBodyMap) }</Link></li>
                <li><Link to={Route::search()}>{ show(Word::SearchTheAtlas) }</Link></li>
                <li><Link to={Route::Home}>{ show(Word::Home) }</Link></li>
            </ul>
        </article>
    }
}
