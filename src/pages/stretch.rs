//! Stub: filled in by the atlas work.

use yew::prelude::*;

/// Props for [`StretchPage`].
#[derive(Properties, PartialEq)]
pub struct StretchPageProps {
    /// The entry's id from the URL.
    pub id: AttrValue,
}

/// Stub page.
#[component]
pub fn StretchPage(props: &StretchPageProps) -> Html {
    let _ = &props.id;
    html! { <article class="page"><h1>{ "StretchPage" }</h1></article> }
}
