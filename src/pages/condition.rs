//! A condition page's stretches to try at home (the page itself is a document,
//! `atlas_core::content::document_for`, drawn by `pages::entry`): the condition's precautions,
//! a short "Start here" set with its time in the player, and the rest as "More to try", each
//! stretch with a small still from its guide. The first screen on a phone is
//! `condition_first`.

use atlas_core::content::Condition;
use atlas_core::crosscheck::five_minutes::start_here_seconds;
use yew::prelude::*;

use crate::components::claim::{claim_text, sources_of, Sources};
use crate::components::precautions::condition_precautions;
use crate::components::stills::{still, stretch_chip};
use crate::data::{counted, guides, kb, show, show_with, word, words, Word};
use crate::route::Route;
use crate::router::Link;

/// "Stretches to try at home": what to check first (the condition's precautions), then one
/// or two to start with and how long they take in the player (seed 003: "one or two
/// stretches that take no longer than 5 minutes"), then the rest.
pub fn home_stretches(condition: &'static Condition) -> Html {
    let kb = kb();
    let precautions = kb.precautions_for_condition(&condition.id);
    let precaution_sources = sources_of(precautions.iter().map(|p| &p.advice));
    if condition.stretches.is_empty() {
        // No move the build lets it offer: say so, with what to avoid, rather than nothing.
        let Some(note) = kb.program_note("no-home-move") else {
            return Html::default();
        };
        return html! {
            <section class="entry__section home-stretches" aria-labelledby="home-stretches-title">
                <h2 id="home-stretches-title">{ show(Word::AtHome) }</h2>
                if !precautions.is_empty() {
                    <div class="safety safety--compact">
                        { condition_precautions(&precautions) }
                        <Sources ids={precaution_sources} about={word(Word::AtHome)} />
                    </div>
                }
                { claim_text(&note.text, None) }
            </section>
        };
    }
    let start = kb.start_here_for_condition(&condition.id);
    let more = kb.more_to_try_for_condition(&condition.id);
    // The same count the build checks against five minutes, so the page cannot promise less.
    let seconds: f64 = start_here_seconds(kb, guides(), &condition.id)
        .iter()
        .map(|(_, s)| s)
        .sum();
    html! {
        <section class="entry__section home-stretches" aria-labelledby="home-stretches-title">
            <h2 id="home-stretches-title">{ show(Word::HomeStretches) }</h2>
            if !precautions.is_empty() {
                <div class="safety safety--compact">
                    <p class="safety__intro">
                        <span class="safety__icon" aria-hidden="true">{ "!" }</span>
                        { show(Word::BeforeYouStretch) }
                    </p>
                    { condition_precautions(&precautions) }
                    <Sources ids={precaution_sources} about={word(Word::BeforeYouStretch)} />
                </div>
            }
            if !start.is_empty() {
                <div class="start-here">
                    <h3 class="start-here__title">{ show(Word::StartHere) }</h3>
                    if let Some(time) = minutes_in_words(seconds) {
                        <p class="start-here__time">{ start_here_time(start.len(), &time) }</p>
                    }
                    <ul class="start-here__list">
                        { for start.iter().map(|stretch| html! {
                            <li class="start-here__item">
                                <Link to={Route::Stretch { id: stretch.id.clone() }}>
                                    { still(stretch) }{ stretch.name.clone() }
                                </Link>
                                <span class="start-here__dose">{ stretch.dose.amount(stretch.goal) }</span>
                            </li>
                        }) }
                    </ul>
                </div>
            }
            if !more.is_empty() {
                <h3 class="more-to-try__title">{ show(Word::MoreToTry) }</h3>
                <ul class="chips chips--stills">
                    { for more.iter().map(|stretch| stretch_chip(stretch)) }
                </ul>
            }
        </section>
    }
}

/// "One stretch, about 3 minutes with the guide." / "Two stretches, about 4 minutes in all
/// with the guide."
fn start_here_time(count: usize, time: &str) -> Html {
    match count {
        1 => show_with(Word::StartHereOne, &[("duration", time)]),
        2 => show_with(Word::StartHereTwo, &[("duration", time)]),
        n => show_with(
            Word::StartHereMany,
            &[("count", &n.to_string()), ("duration", time)],
        ),
    }
}

/// Seconds as a client reads a rough duration: "about 4 minutes", "about 1 minute"; `None`
/// for no time at all (no guide to time).
pub fn minutes_in_words(seconds: f64) -> Option<String> {
    if seconds.is_nan() || seconds <= 0.0 {
        return None;
    }
    let minutes = ((seconds / 60.0).round() as u32).max(1);
    let duration = counted(minutes as usize, Word::MinutesOne, Word::MinutesMany);
    Some(words(Word::AboutDuration, &[("duration", &duration)]))
}
