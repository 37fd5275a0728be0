//! A condition page's first screen on a phone (issue 23, item 3): what it is in one line, the
//! warning signs in one line with a link to all of them, the "start here" moves as pictures,
//! and the clinic's "Book a visit". The long reading follows it on the page.

use atlas_core::content::{Claim, Condition};
use yew::prelude::*;

use crate::components::claim::claim_text;
use crate::components::clinic::book_visit;
use crate::components::stills::still;
use crate::data::{counted, kb, show, word, Word};
use crate::pages::atlas::first_sentence;
use crate::route::Route;
use crate::router::Link;

/// The id of the warning signs' heading on the condition page, which the one line links to.
pub const RED_FLAGS_ID: &str = "red-flags-title";
/// The id of the home stretches' heading (their checks come first there).
pub const HOME_STRETCHES_ID: &str = "home-stretches-title";

/// What a client can do, before the long reading: see [the module](self).
pub fn first_screen(condition: &'static Condition) -> Html {
    let kb = kb();
    // The summary's first sentence, with the summary's sources: it says no more than they do.
    let what = Claim {
        text: first_sentence(&condition.summary.text).to_string(),
        sources: condition.summary.sources.clone(),
    };
    // Links within the page name the page's own path: every page's <base> is the app's root.
    let here = Route::Condition {
        id: condition.id.clone(),
    }
    .href();
    let signs = condition.see_physician.len();
    let start = kb.start_here_for_condition(&condition.id);
    let checks = !kb.precautions_for_condition(&condition.id).is_empty();
    html! {
        <section class="first-screen" aria-label={word(Word::ConditionInShort)}>
            { claim_text(&what, Some("first-screen__what")) }
            if signs > 0 {
                <p class="first-screen__flags">
                    <span class="red-flags__icon" aria-hidden="true">{ "!" }</span>
                    <a href={format!("{here}#{RED_FLAGS_ID}")}>
                        { signs_in_words(signs) }
                    </a>
                </p>
            }
            if !start.is_empty() {
                <div class="first-screen__moves">
                    <h2 class="first-screen__title">{ show(Word::WhatYouCanDoAtHome) }</h2>
                    <ul class="first-screen__list">
                        { for start.iter().map(|stretch| html! {
                            <li>
                                <Link to={Route::Stretch { id: stretch.id.clone() }} classes="first-screen__move">
                                    { still(stretch) }<span>{ stretch.name.clone() }</span>
                                </Link>
                            </li>
                        }) }
                    </ul>
                    if checks {
                        <p class="first-screen__checks">
                            <a href={format!("{here}#{HOME_STRETCHES_ID}")}>{ show(Word::ReadTheChecks) }</a>
                        </p>
                    }
                </div>
            }
            { book_visit(None) }
        </section>
    }
}

/// "When to see a doctor instead (1 warning sign)", "… (4 warning signs)".
fn signs_in_words(count: usize) -> Html {
    html! { { counted(count, Word::SeeADoctorOne, Word::SeeADoctorMany) } }
}
