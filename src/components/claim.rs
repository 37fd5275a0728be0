//! Prose with its sources: every sentence a client reads can answer "says who?".
//!
//! Sources are listed once per section, in a collapsed "Sources" line under it, not as chips
//! after every sentence: a client reads the advice first, and a chip after each sentence and
//! inside the dose box made the page hard to read (issue 9). Nothing is lost: the line holds
//! every source of every claim in the section, each linked to its page.

use crate::router::Link;
use atlas_core::content::{Claim, EntityRef};
use yew::prelude::*;

use crate::data::{kb, show_with, Word};
use crate::route::Route;

/// A claim's text as a paragraph (class `claim`, and `class` if given), without its sources:
/// the section it sits in lists them in its [`Sources`] line (see [`sources_of`]).
pub fn prose(claim: &Claim, class: Option<&'static str>) -> Html {
    html! { <p class={classes!("claim", class)}>{ claim.text.clone() }</p> }
}

/// A claim that stands on its own (not in a section with others): its text, then its own
/// collapsed [`Sources`] line.
pub fn claim_text(claim: &Claim, class: Option<&'static str>) -> Html {
    html! {
        <>
            { prose(claim, class) }
            <Sources ids={claim.sources.clone()} />
        </>
    }
}

// One section's "Sources" line lists its claims' sources each once, gathered by the core
// (the page documents gather them there too), so the two cannot differ.
pub use atlas_core::content::sources_of;

/// Props for [`Sources`].
#[derive(Properties, PartialEq)]
pub struct SourcesProps {
    /// Source ids, each once (see [`sources_of`]).
    pub ids: Vec<String>,
    /// What the sources are for, e.g. the section's heading; read by screen readers after
    /// "Sources", so several lines on one page are told apart.
    #[prop_or_default]
    pub about: Option<AttrValue>,
}

/// One collapsed "Sources (n)" line that opens to a list of the sources, each named by its
/// title (as a client reads it, not its id) and linked to its page. A native
/// `<details>`: keyboard and screen readers get the disclosure for free, and no script runs.
#[component]
pub fn Sources(props: &SourcesProps) -> Html {
    if props.ids.is_empty() {
        return Html::default();
    }
    let kb = kb();
    html! {
        <details class="sources">
            <summary class="sources__summary opens">
                { show_with(Word::SourcesCount, &[("count", &props.ids.len().to_string())]) }
                if let Some(about) = &props.about {
                    <span class="visually-hidden">{ show_with(Word::SourcesFor, &[("about", about)]) }</span>
                }
            </summary>
            <ul class="sources__list">
                { for props.ids.iter().map(|id| {
                    let title = kb
                        .title_of(&EntityRef::Source(id.clone()))
                        .unwrap_or(id.as_str())
                        .to_string();
                    html! {
                        <li><Link to={Route::Source { id: id.clone() }} classes="sources__link">{ title }</Link></li>
                    }
                }) }
            </ul>
        </details>
    }
}
