//! Stub: filled in by the atlas work.

use yew::prelude::*;

/// Props for [`ConditionPage`].
#[derive(Properties, PartialEq)]
pub struct ConditionPageProps {
    /// The entry's id from the URL.
    pub id: AttrValue,
}

/// Stub page.
#[component]
pub fn ConditionPage(props: &ConditionPageProps) -> Html {
    let _ = &props.id;
    html! { <article class="page"><h1>{ "ConditionPage" }</h1></article> }
}
