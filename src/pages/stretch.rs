//! One stretch or strengthening exercise: what it is for, the dose in words (how long, how
//! many, how often), what to check before starting (the "stop if" line and its precautions,
//! each with its modification), the animated guide, the steps and cautions, and links to the
//! muscles it lengthens (a stretch) or works (an exercise) and the conditions it helps. Each
//! section lists its sources once, collapsed. An exercise's page never calls it a stretch.

use atlas_core::content::{also_called, EntityRef, Stretch};
use atlas_core::rig::GuideDose;
use yew::prelude::*;

use crate::components::claim::{add_sources, sources_of, Prose, Sources};
use crate::components::clinic::BookVisit;
use crate::components::entity_link::EntityLinks;
use crate::components::page_title::use_page_title;
use crate::components::player::Player;
use crate::components::precautions::{get_ready_lines, stop_signs, PrecautionList};
use crate::data::{guide_for, kb};
use crate::pages::not_found::MissingEntry;
use crate::route::Route;

/// Props for [`StretchPage`].
#[derive(Properties, PartialEq)]
pub struct StretchPageProps {
    /// The entry's id from the URL.
    pub id: AttrValue,
}

/// The page of one stretch, or the missing-entry page for an unknown id.
#[component]
pub fn StretchPage(props: &StretchPageProps) -> Html {
    match kb().stretch(&props.id) {
        Some(stretch) => html! { <StretchView stretch={stretch} /> },
        None => html! {
            <MissingEntry kind="stretch" id={props.id.clone()} back_to={Route::Stretches}
                back_label="All stretches" />
        },
    }
}

/// Props for [`StretchView`].
#[derive(Properties)]
struct StretchViewProps {
    stretch: &'static Stretch,
}

impl PartialEq for StretchViewProps {
    fn eq(&self, other: &Self) -> bool {
        // Entries live for the whole page; the same entry is the same page.
        std::ptr::eq(self.stretch, other.stretch)
    }
}

/// A known stretch.
#[component]
fn StretchView(props: &StretchViewProps) -> Html {
    let stretch = props.stretch;
    let exercise = stretch.is_exercise();
    use_page_title(stretch.name.clone());
    let kb = kb();
    let muscles: Vec<EntityRef> = stretch
        .muscles
        .iter()
        .map(|id| EntityRef::Muscle(id.clone()))
        .collect();
    let conditions: Vec<EntityRef> = kb
        .conditions_for_stretch(&stretch.id)
        .into_iter()
        .map(|c| EntityRef::Condition(c.id.clone()))
        .collect();
    let mut dose_sources = stretch.dose.sources.clone();
    add_sources(&mut dose_sources, &stretch.dose.frequency.sources);
    let notes = kb.precautions_for_stretch(&stretch.id);
    let check_first = get_ready_lines(&notes);
    let stops = stop_signs();
    let mut safety_sources = Vec::new();
    for claim in &stops {
        add_sources(&mut safety_sources, &claim.sources);
    }
    add_sources(
        &mut safety_sources,
        &atlas_core::content::precaution_sources(&notes),
    );
    html! {
        <article class="page stretch-page">
            <h1>{ stretch.name.clone() }</h1>
            if let Some(aka) = also_called(&stretch.aka) {
                <p class="stretch-page__aka">{ aka }</p>
            }
            <div class="stretch-page__dose">
                <p class="stretch-page__dose-text">
                    <strong>{ "Dose: " }</strong>{ stretch.dose.in_words(stretch.goal) }
                </p>
                <Sources ids={dose_sources} about="the dose" />
            </div>
            <section class="safety" aria-labelledby="safety-title">
                <h2 id="safety-title" class="safety__title">
                    <span class="safety__icon" aria-hidden="true">{ "!" }</span>
                    { "Before you start" }
                </h2>
                { for stops.iter().map(|claim| html! {
                    <p class="safety__stop">{ claim.text.clone() }</p>
                }) }
                if !notes.is_empty() {
                    <p class="safety__intro">{ "Check these first:" }</p>
                    <PrecautionList notes={notes.clone()} />
                }
                <Sources ids={safety_sources} about="Before you start" />
            </section>
            if let Some(guide) = guide_for(&stretch.id) {
                <Player key={stretch.id.clone()} guide={guide} dose={GuideDose::from(&stretch.dose)}
                    name={stretch.name.clone()} precautions={check_first} goal={stretch.goal}
                    book_when_done=true />
            } else {
                <p class="notice">{ if exercise {
                    "There is no animation for this exercise yet: follow the steps below."
                } else {
                    "There is no animation for this stretch yet: follow the steps below."
                } }</p>
            }
            <section class="stretch-page__section">
                <h2>{ "Why it helps" }</h2>
                <Prose claim={stretch.purpose.clone()} />
                <Sources ids={stretch.purpose.sources.clone()} about="Why it helps" />
            </section>
            <section class="stretch-page__section">
                <h2>{ "How to do it" }</h2>
                <ol class="stretch-page__steps">
                    { for stretch.steps.iter().map(|step| html! { <li><Prose claim={step.clone()} /></li> }) }
                </ol>
                <Sources ids={sources_of(&stretch.steps)} about="How to do it" />
            </section>
            <section class="stretch-page__section">
                <h2>{ "Take care" }</h2>
                <ul class="stretch-page__cautions">
                    { for stretch.cautions.iter().map(|c| html! { <li><Prose claim={c.clone()} /></li> }) }
                </ul>
                <Sources ids={sources_of(&stretch.cautions)} about="Take care" />
            </section>
            <EntityLinks heading={if exercise { "Muscles it works" } else { "Muscles it lengthens" }}
                entities={muscles} />
            <EntityLinks heading="Helps with" entities={conditions} />
            <BookVisit />
        </article>
    }
}
