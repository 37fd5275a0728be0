//! Stub: filled in by the atlas work.

use yew::prelude::*;

/// Stub page.
#[component]
pub fn ConditionsPage() -> Html {
    html! { <article class="page"><h1>{ "Conditions" }</h1></article> }
}
/// Stub page.
#[component]
pub fn TechniquesPage() -> Html {
    html! { <article class="page"><h1>{ "Techniques" }</h1></article> }
}
/// Stub page.
#[component]
pub fn StretchesPage() -> Html {
    html! { <article class="page"><h1>{ "Stretches" }</h1></article> }
}
/// Stub page.
#[component]
pub fn VisitPage() -> Html {
    html! { <article class="page"><h1>{ "Your visit" }</h1></article> }
}
