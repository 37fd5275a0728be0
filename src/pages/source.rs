//! Stub: filled in by the atlas work.

use yew::prelude::*;

/// Props for [`SourcePage`].
#[derive(Properties, PartialEq)]
pub struct SourcePageProps {
    /// The entry's id from the URL.
    pub id: AttrValue,
}

/// Stub page.
#[component]
pub fn SourcePage(props: &SourcePageProps) -> Html {
    let _ = &props.id;
    html! { <article class="page"><h1>{ "SourcePage" }</h1></article> }
}
