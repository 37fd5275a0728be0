//! Stub: filled in by the atlas work.

use yew::prelude::*;

/// Stub page.
#[component]
pub fn AtlasPage() -> Html {
    html! { <article class="page"><h1>{ "AtlasPage" }</h1></article> }
}
