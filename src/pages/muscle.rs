//! Stub: filled in by the atlas work.

use yew::prelude::*;

/// Props for [`MusclePage`].
#[derive(Properties, PartialEq)]
pub struct MusclePageProps {
    /// The entry's id from the URL.
    pub id: AttrValue,
}

/// Stub page.
#[component]
pub fn MusclePage(props: &MusclePageProps) -> Html {
    let _ = &props.id;
    html! { <article class="page"><h1>{ "MusclePage" }</h1></article> }
}
