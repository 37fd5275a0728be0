//! Stub: filled in by the atlas work.

use yew::prelude::*;

/// Props for [`ArticlePage`].
#[derive(Properties, PartialEq)]
pub struct ArticlePageProps {
    /// The entry's id from the URL.
    pub id: AttrValue,
}

/// Stub page.
#[component]
pub fn ArticlePage(props: &ArticlePageProps) -> Html {
    let _ = &props.id;
    html! { <article class="page"><h1>{ "ArticlePage" }</h1></article> }
}
