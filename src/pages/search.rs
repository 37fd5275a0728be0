//! Search over everything, as you type. The query lives in the URL after the `#`
//! (`/search/#q=sciatica`), which never reaches the host's logs, so a search can be shared,
//! bookmarked and survives a reload; typing replaces the history
//! entry instead of adding one per keystroke, so Back leaves the search in one step.

use crate::router::{use_navigator, Link};
use atlas_core::content::SearchHit;
use atlas_core::echo::echo_excerpt;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::components::entity_link::entity_label;
use crate::components::page_title::use_page_title;
use crate::data::{kb, search_index, show, word, words, Word};
use crate::route::route_for;
use crate::route::Route;

/// Most results shown at once; the knowledge base is small, this only guards odd queries.
const MAX_RESULTS: usize = 40;

/// Props for [`SearchPage`].
#[derive(Properties, PartialEq)]
pub struct SearchPageProps {
    /// What the reader typed, from the URL.
    pub q: String,
}

/// The search page: a labelled search box, a live status line and the results as links.
#[component]
pub fn SearchPage(props: &SearchPageProps) -> Html {
    let navigator = use_navigator();
    let query = props.q.clone();
    // The query comes from the URL: the title, like the status line, echoes only a short
    // excerpt of it.
    let shown = echo_excerpt(&query);
    use_page_title(if shown.is_empty() {
        word(Word::Search).to_string()
    } else {
        words(Word::SearchTitleFor, &[("query", &shown)])
    });
    let input_ref = use_node_ref();
    let results_ref = use_node_ref();
    {
        // A search page is opened to type into: focus the box once, on arrival.
        let input_ref = input_ref.clone();
        use_effect_with((), move |_| {
            if let Some(input) = input_ref.cast::<web_sys::HtmlInputElement>() {
                let _ = input.focus();
            }
        });
    }
    let hits = use_memo(query.clone(), |q| search_index().search(q));
    let oninput = Callback::from(move |event: InputEvent| {
        let Some(input) = event.target_dyn_into::<web_sys::HtmlInputElement>() else {
            return;
        };
        navigator.replace(&Route::Search { q: input.value() });
    });
    let onkeydown = {
        let results_ref = results_ref.clone();
        Callback::from(move |event: KeyboardEvent| {
            if event.key() == "ArrowDown" && focus_result(&results_ref, 0) {
                event.prevent_default();
            }
        })
    };
    let onresultkey = {
        let results_ref = results_ref.clone();
        let input_ref = input_ref.clone();
        Callback::from(move |event: KeyboardEvent| {
            let step: i32 = match event.key().as_str() {
                "ArrowDown" => 1,
                "ArrowUp" => -1,
                _ => return,
            };
            event.prevent_default();
            let Some(current) = focused_index() else {
                return;
            };
            let next = current as i32 + step;
            if next < 0 {
                if let Some(input) = input_ref.cast::<web_sys::HtmlElement>() {
                    let _ = input.focus();
                }
            } else {
                focus_result(&results_ref, next as usize);
            }
        })
    };
    let onsubmit = Callback::from(|event: SubmitEvent| event.prevent_default());
    html! {
        <article class="page search-page">
            <h1>{ show(Word::SearchTheAtlas) }</h1>
            <form class="search-form" role="search" {onsubmit}>
                <label for="search-input" class="search-form__label">
                    { show(Word::SearchLabel) }
                </label>
                <input id="search-input" class="search-form__input" type="search" ref={input_ref}
                    value={query.clone()} {oninput} {onkeydown} autocomplete="off"
                    spellcheck="false" enterkeyhint="search" aria-describedby="search-status" />
            </form>
            <p id="search-status" class="search-status echo" role="status" aria-live="polite">
                { status(&shown, hits.len()) }
            </p>
            if !hits.is_empty() {
                <ol class="search-results" ref={results_ref} onkeydown={onresultkey}>
                    { for hits.iter().take(MAX_RESULTS).enumerate().map(|(i, hit)| result(i, hit)) }
                </ol>
            }
            if hits.is_empty() {
                <section class="search-suggestions" aria-labelledby="search-suggestions-title">
                    <h2 id="search-suggestions-title">
                        { show(if shown.is_empty() { Word::SearchTryEveryday } else { Word::SearchTryInstead }) }
                    </h2>
                    <ul class="chips">
                        { for kb().search_suggestions().into_iter().map(|search| html! {
                            <li>
                                <Link to={Route::Search { q: search.to_string() }}>{ search }</Link>
                            </li>
                        }) }
                    </ul>
                </section>
            }
            <p class="search-browse">
                { show(Word::SearchOrBrowse) }
                <Link to={Route::Atlas}>{ show(Word::SearchBrowseMap) }</Link>{ show(Word::SearchBrowseComma) }
                <Link to={Route::Conditions}>{ show(Word::SearchBrowseConditions) }</Link>{ show(Word::SearchBrowseComma) }
                <Link to={Route::Stretches}>{ show(Word::SearchBrowseStretches) }</Link>{ show(Word::SearchBrowseOr) }
                <Link to={Route::Visit}>{ show(Word::SearchBrowseVisit) }</Link>{ show(Word::SearchBrowseEnd) }
            </p>
        </article>
    }
}

/// The live status line for the query `shown` (already an excerpt): how many results, or a
/// friendly nudge.
fn status(shown: &str, count: usize) -> String {
    match count {
        _ if shown.is_empty() => word(Word::SearchEmpty).to_string(),
        0 => words(Word::SearchNone, &[("query", shown)]),
        1 => words(Word::SearchOne, &[("query", shown)]),
        n => words(
            Word::SearchMany,
            &[("count", &n.to_string()), ("query", shown)],
        ),
    }
}

/// One result: a link showing the kind of entry, its title and why it matched.
fn result(index: usize, hit: &SearchHit) -> Html {
    let show_why = !hit.why.is_empty() && hit.why != hit.title;
    html! {
        <li class="search-result" data-index={index.to_string()}>
            <Link to={route_for(&hit.entity)} classes="search-result__link">
                <span class="search-result__kind">{ entity_label(&hit.entity) }</span>
                <span class="search-result__title">{ hit.title.clone() }</span>
                if show_why {
                    <span class="search-result__why">{ hit.why.clone() }</span>
                }
            </Link>
        </li>
    }
}

/// Focuses the result at `index`; false when there is none. Results are found by position
/// (`li:nth-child`) so no extra DOM-list bindings are needed.
fn focus_result(results: &NodeRef, index: usize) -> bool {
    let Some(list) = results.cast::<web_sys::Element>() else {
        return false;
    };
    let selector = format!(":scope > li:nth-child({}) a", index + 1);
    list.query_selector(&selector)
        .ok()
        .flatten()
        .and_then(|link| link.dyn_into::<web_sys::HtmlElement>().ok())
        .is_some_and(|link| link.focus().is_ok())
}

/// Which result link has focus, if any, from the `data-index` of its list item.
fn focused_index() -> Option<usize> {
    let active = gloo::utils::document().active_element()?;
    let item = active.closest(".search-result").ok()??;
    item.get_attribute("data-index")?.parse().ok()
}
