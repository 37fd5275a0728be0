//! The page for a URL the app does not know, or an entry that no longer exists.

use crate::router::Link;
use atlas_core::echo::echo_excerpt;
use yew::prelude::*;

use crate::components::page_title::use_page_title;
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
    use_page_title("Not found".to_string());
    html! {
        <article class="page not-found">
            <h1>{ "We could not find that page" }</h1>
            // The id is whatever the link said: echo only a short, quoted excerpt of it, and
            // let a long word wrap (`.echo`) rather than widen the page.
            <p class="echo">{ format!(
                "There is no {} called \u{201c}{}\u{201d} in the atlas. The link may be old or mistyped.",
                props.kind,
                echo_excerpt(&props.id)
            ) }</p>
            <ul class="link-list">
                <li><Link to={props.back_to.clone()}>{ props.back_label.clone() }</Link></li>
                <li><Link to={Route::search()}>{ "Search the atlas" }</Link></li>
                <li><Link to={Route::Home}>{ "Home" }</Link></li>
            </ul>
        </article>
    }
}

/// Not-found page for unknown URLs.
#[component]
pub fn NotFoundPage() -> Html {
    use_page_title("Page not found".to_string());
    html! {
        <article class="page not-found">
            <h1>{ "Page not found" }</h1>
            <p>{ "This address is not part of the atlas. It may be an old or mistyped link." }</p>
            <ul class="link-list">
                <li><Link to={Route::Atlas}>{ "Open the body map" }</Link></li>
                <li><Link to={Route::search()}>{ "Search the atlas" }</Link></li>
                <li><Link to={Route::Home}>{ "Home" }</Link></li>
            </ul>
        </article>
    }
}
