//! One condition: what it is, the muscles involved, what massage can do, what to expect, when
//! to see a physician instead, the techniques, and the stretches to try at home: the
//! condition's precautions, a short "Start here" set with its time in the player, and the rest
//! as "More to try", each stretch with a small still from its guide. Each section lists its sources once, collapsed.
//! The first screen on a phone (`condition_first`) says what it is in one line, links the
//! warning signs, shows the start-here moves as pictures and the clinic's "Book a visit".

use atlas_core::content::{also_called, Condition, EntityRef, Kind};
use atlas_core::crosscheck::five_minutes::start_here_seconds;
use yew::prelude::*;

use crate::components::claim::{sources_of, ClaimText, Prose, Sources};
use crate::components::entity_link::EntityLinks;
use crate::components::page_title::use_page_title;
use crate::components::precautions::ConditionPrecautions;
use crate::components::stills::{still, stretch_chip};
use crate::data::{guides, kb};
use crate::pages::condition_first::FirstScreen;
use crate::pages::lists::parts::{refs, refs_of, Kicker, MusclesMap, Onward};
use crate::pages::not_found::MissingEntry;
use crate::route::Route;
use crate::router::Link;

/// Props for [`ConditionPage`].
#[derive(Properties, PartialEq)]
pub struct ConditionPageProps {
    /// The entry's id from the URL.
    pub id: AttrValue,
}

/// The page for one condition, or the missing-entry page for an unknown id.
#[component]
pub fn ConditionPage(props: &ConditionPageProps) -> Html {
    let kb = kb();
    let condition = kb.condition(&props.id);
    // A missing entry sets its own title; this keeps the same one so the two agree.
    use_page_title(condition.map_or_else(|| "Not found".into(), |c| c.name.clone()));
    let Some(condition) = condition else {
        return html! {
            <MissingEntry kind="condition" id={props.id.clone()}
                back_to={Route::Conditions} back_label="All conditions" />
        };
    };
    let muscles = refs(Kind::Muscle, &condition.muscles);
    let articles = refs_of(&kb.articles_for(&EntityRef::Condition(condition.id.clone())));
    html! {
        <article class="page entry entry--condition">
            <Kicker to={Route::Conditions} label="Conditions" />
            <h1>{ condition.name.clone() }</h1>
            if let Some(aka) = also_called(&condition.aka) {
                <p class="entry__aka">{ aka }</p>
            }
            <FirstScreen condition={condition} />
            <div class="entry__split">
                <div class="entry__main">
                    <section class="entry__section">
                        <h2>{ "What it is" }</h2>
                        <ClaimText claim={condition.summary.clone()} />
                    </section>
                    <EntityLinks heading="Muscles involved" entities={muscles} />
                    <section class="entry__section">
                        <h2>{ "What massage can do" }</h2>
                        <Prose claim={condition.massage.clone()} />
                        <Sources ids={condition.massage.sources.clone()} about="What massage can do" />
                    </section>
                    <section class="entry__section">
                        <h2>{ "What to expect" }</h2>
                        <Prose claim={condition.expect.clone()} />
                        <Sources ids={condition.expect.sources.clone()} about="What to expect" />
                    </section>
                    if !condition.see_physician.is_empty() {
                        <section class="red-flags" aria-labelledby="red-flags-title">
                            <h2 id="red-flags-title" class="red-flags__title">
                                <span class="red-flags__icon" aria-hidden="true">{ "!" }</span>
                                { "When to see a physician instead" }
                            </h2>
                            <ul class="red-flags__list">
                                { for condition.see_physician.iter().map(|claim| html! {
                                    <li><Prose claim={claim.clone()} /></li>
                                }) }
                            </ul>
                            <Sources ids={sources_of(&condition.see_physician)}
                                about="When to see a physician instead" />
                        </section>
                    }
                </div>
                <MusclesMap heading="Where they are" muscles={condition.muscles.clone()} />
            </div>
            <EntityLinks heading="Massage techniques that can help"
                entities={refs(Kind::Technique, &condition.techniques)} />
            <HomeStretches condition={condition} />
            <EntityLinks heading="Read more" entities={articles} />
            <Onward links={vec![
                (Route::Conditions, AttrValue::from("All conditions")),
                (Route::Atlas, AttrValue::from("Open the body map")),
            ]} />
        </article>
    }
}

/// Props for [`HomeStretches`].
#[derive(Properties)]
struct HomeStretchesProps {
    condition: &'static Condition,
}

impl PartialEq for HomeStretchesProps {
    fn eq(&self, other: &Self) -> bool {
        // Entries live for the whole page; the same entry is the same section.
        std::ptr::eq(self.condition, other.condition)
    }
}

/// "Stretches to try at home": what to check first (the condition's precautions), then one
/// or two to start with and how long they take in the player (seed 003: "one or two
/// stretches that take no longer than 5 minutes"), then the rest.
#[component]
fn HomeStretches(props: &HomeStretchesProps) -> Html {
    let condition = props.condition;
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
                <h2 id="home-stretches-title">{ "At home" }</h2>
                if !precautions.is_empty() {
                    <div class="safety safety--compact">
                        <ConditionPrecautions precautions={precautions.clone()} />
                        <Sources ids={precaution_sources} about="At home" />
                    </div>
                }
                <ClaimText claim={note.text.clone()} />
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
            <h2 id="home-stretches-title">{ "Stretches to try at home" }</h2>
            if !precautions.is_empty() {
                <div class="safety safety--compact">
                    <p class="safety__intro">
                        <span class="safety__icon" aria-hidden="true">{ "!" }</span>
                        { "Before you stretch" }
                    </p>
                    <ConditionPrecautions precautions={precautions.clone()} />
                    <Sources ids={precaution_sources} about="Before you stretch" />
                </div>
            }
            if !start.is_empty() {
                <div class="start-here">
                    <h3 class="start-here__title">{ "Start here" }</h3>
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
                <h3 class="more-to-try__title">{ "More to try" }</h3>
                <ul class="chips chips--stills">
                    { for more.iter().map(|stretch| stretch_chip(stretch)) }
                </ul>
            }
        </section>
    }
}

/// "One stretch, about 3 minutes with the guide." / "Two stretches, about 4 minutes in all
/// with the guide."
fn start_here_time(count: usize, time: &str) -> String {
    match count {
        1 => format!("One stretch, {time} with the guide."),
        2 => format!("Two stretches, {time} in all with the guide."),
        n => format!("{n} stretches, {time} in all with the guide."),
    }
}

/// Seconds as a client reads a rough duration: "about 4 minutes", "about 1 minute"; `None`
/// for no time at all (no guide to time).
pub fn minutes_in_words(seconds: f64) -> Option<String> {
    if seconds.is_nan() || seconds <= 0.0 {
        return None;
    }
    let minutes = ((seconds / 60.0).round() as u32).max(1);
    Some(if minutes == 1 {
        "about 1 minute".to_string()
    } else {
        format!("about {minutes} minutes")
    })
}
