//! Stub: filled in by the atlas work.

use yew::prelude::*;

/// Stub page.
#[component]
pub fn SearchPage() -> Html {
    html! { <article class="page"><h1>{ "SearchPage" }</h1></article> }
}
