//! Stub: filled in by the atlas work.

use yew::prelude::*;

/// Props for [`TechniquePage`].
#[derive(Properties, PartialEq)]
pub struct TechniquePageProps {
    /// The entry's id from the URL.
    pub id: AttrValue,
}

/// Stub page.
#[component]
pub fn TechniquePage(props: &TechniquePageProps) -> Html {
    let _ = &props.id;
    html! { <article class="page"><h1>{ "TechniquePage" }</h1></article> }
}
