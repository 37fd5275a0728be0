//! Prose with its sources: every sentence a client reads can answer "says who?".

use crate::router::Link;
use atlas_core::content::{Claim, EntityRef};
use yew::prelude::*;

use crate::data::kb;
use crate::route::Route;

/// Props for [`ClaimText`].
#[derive(Properties, PartialEq)]
pub struct ClaimTextProps {
    /// The claim to show.
    pub claim: Claim,
    /// Extra CSS class for the paragraph.
    #[prop_or_default]
    pub class: Classes,
}

/// A paragraph of claim text followed by small links to its sources.
#[component]
pub fn ClaimText(props: &ClaimTextProps) -> Html {
    html! {
        <p class={classes!("claim", props.class.clone())}>
            { props.claim.text.clone() }
            <Sources ids={props.claim.sources.clone()} />
        </p>
    }
}

/// Props for [`Sources`].
#[derive(Properties, PartialEq)]
pub struct SourcesProps {
    /// Source ids.
    pub ids: Vec<String>,
}

/// " Sources: a, b" as small links to each source's page.
#[component]
pub fn Sources(props: &SourcesProps) -> Html {
    if props.ids.is_empty() {
        return Html::default();
    }
    let kb = kb();
    html! {
        <span class="claim__sources">
            <span class="visually-hidden">{ "Sources: " }</span>
            { for props.ids.iter().map(|id| {
                let label = kb.title_of(&EntityRef::Source(id.clone())).map(short_title).unwrap_or(id.as_str()).to_string();
                html! { <Link to={Route::Source { id: id.clone() }} classes="claim__source">{ label }</Link> }
            }) }
        </span>
    }
}

/// A source title cut at its first colon or dash, so the inline link stays short.
fn short_title(title: &str) -> &str {
    let cut = title.find([':', '–', '—', '(']).unwrap_or(title.len());
    title[..cut].trim()
}
