//! Stub: filled in by the atlas work.

use yew::prelude::*;

/// Props for [`NotePage`].
#[derive(Properties, PartialEq)]
pub struct NotePageProps {
    /// The entry's id from the URL.
    pub id: AttrValue,
}

/// Stub page.
#[component]
pub fn NotePage(props: &NotePageProps) -> Html {
    let _ = &props.id;
    html! { <article class="page"><h1>{ "NotePage" }</h1></article> }
}
