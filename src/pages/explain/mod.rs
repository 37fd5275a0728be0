//! Explain mode: the hip–lumbar session (seed 000) told one step per screen on the therapist's
//! tablet. Each step has its own URL (`#/explain/3`), a progress bar to tap, Previous/Next,
//! arrow keys, Space and swipes; the body map marks the step's two teams of muscles; the
//! therapist's notes open with one tap; present mode hides the site's frame and keeps the
//! screen awake.
//!
//! - [`steps`]: the progress bar, Previous/Next and the keys and swipes that move.
//! - [`notes`]: the therapist's notes panel (the seed's scripts and the clinic's talking points).
//! - [`moves`]: the mobility moves that play in place with the guide player.
//! - [`present`]: present mode (no header or footer, screen kept awake).

mod moves;
mod notes;
mod present;
mod steps;

use atlas_core::content::{ExplainModel, ExplainStep};
use yew::prelude::*;

use crate::components::body_map::{BodyMap, Marks};
use crate::components::claim::{prose, sources_of, Sources};
use crate::components::page_title::use_page_title;
use crate::data::{kb, show, show_with, word, words, Word};
use crate::pages::lists::parts::muscle_names;
use crate::route::Route;
use crate::router::{use_navigator, Link};

/// Props for [`ExplainPage`].
#[derive(Properties, PartialEq)]
pub struct ExplainPageProps {
    /// The step's number from the URL, 1 for the first.
    pub step: usize,
}

/// One step of explain mode, or a clear message for a step the session does not have.
#[component]
pub fn ExplainPage(props: &ExplainPageProps) -> Html {
    let steps = &kb().explain;
    let presenting = present::use_presenting();
    let notes_shown = notes::use_notes_shown();
    match props.step.checked_sub(1).and_then(|i| steps.get(i)) {
        Some(step) => html! {
            <StepView number={props.step} {step} {presenting} {notes_shown} />
        },
        None => html! { <NoSuchStep step={props.step} total={steps.len()} /> },
    }
}

/// Props for [`StepView`].
#[derive(Properties)]
struct StepViewProps {
    number: usize,
    step: &'static ExplainStep,
    presenting: UseStateHandle<bool>,
    notes_shown: UseStateHandle<bool>,
}

impl PartialEq for StepViewProps {
    fn eq(&self, other: &Self) -> bool {
        // Steps live for the whole page: the same entry is the same step.
        self.number == other.number
            && std::ptr::eq(self.step, other.step)
            && self.presenting == other.presenting
            && self.notes_shown == other.notes_shown
    }
}

/// A known step: where it sits in the session, its points, what it shows or plays, its
/// muscles on the body map and the therapist's notes.
#[component]
fn StepView(props: &StepViewProps) -> Html {
    let kb = kb();
    let step = props.step;
    let total = kb.explain.len();
    let section = step.section_in(kb);
    let heading = section.map_or(step.title.as_str(), |s| s.heading.as_str());
    use_page_title(words(Word::ExplainTitle, &[("step", heading)]));
    let navigator = use_navigator();
    let onselect = Callback::from(move |id: String| navigator.push(&Route::Muscle { id }));
    let session = kb.article(&step.article).map(|a| a.title.clone());
    let keys_move = step.play.is_empty();
    // What the step shows or plays goes below its words and map, across the whole width.
    let has_stage = step.model.is_some() || !step.play.is_empty() || step.hand_over;
    let swipe = steps::use_swipe(props.number, total);
    let onescape = use_callback(props.presenting.clone(), |(), presenting| {
        presenting.set(false)
    });
    html! {
        <article class={classes!("page", "explain", (*props.presenting).then_some("explain--presenting"),
                has_stage.then_some("explain--staged"), step.model.is_some().then_some("explain--model"))}
            data-step={props.number.to_string()} onpointerdown={swipe.down} onpointerup={swipe.up}
            onpointercancel={swipe.cancel}>
            <steps::StepKeys number={props.number} {total} space={keys_move} {onescape} />
            <div class="explain__top">
                if let Some(session) = session {
                    <p class="explain__session">{ session }</p>
                }
                <div class="explain__tools">
                    { notes::notes_toggle(&props.notes_shown) }
                    { present::present_toggle(&props.presenting) }
                </div>
            </div>
            <steps::Progress number={props.number} />
            <notes::NotesPanel {step} shown={*props.notes_shown} />
            <div class="explain__body">
                <section class="explain__story" aria-labelledby="explain-heading">
                    <p class="explain__count">{ show_with(Word::ExplainCount, &[("number", &props.number.to_string()), ("total", &total.to_string())]) }</p>
                    <h1 id="explain-heading">{ heading }</h1>
                    <ul class="explain__points">
                        { for step.points.iter().map(|p| html! { <li>{ prose(p, None) }</li> }) }
                    </ul>
                    <Sources ids={sources_of(&step.points)} about={word(Word::ExplainSourcesAbout)} />
                </section>
                <section class="explain__map" aria-label={word(Word::ExplainMapLabel)}>
                    { teams(step) }
                    <BodyMap highlighted={step.mobility.clone()} second={step.stability.clone()}
                        marks={Marks::Teams} {onselect} />
                </section>
            </div>
            if has_stage {
                <div class="explain__stage">
                    if step.model == Some(ExplainModel::Bend) {
                        <crate::components::bend_model::BendModel />
                    }
                    if !step.play.is_empty() {
                        <moves::Moves ids={step.play.clone()} />
                    }
                    if step.hand_over {
                        { hand_over() }
                    }
                </div>
            }
            <steps::PrevNext number={props.number} {total} />
        </article>
    }
}

/// The step's muscles in words, by team, so the map's marks are never the only telling. A
/// plain function, like the hand-over below: they hold no state, and a component would cost
/// the download a few kilobytes of Yew's generic code.
fn teams(step: &ExplainStep) -> Html {
    html! {
        <dl class="explain__teams">
            if !step.mobility.is_empty() {
                <div class="explain__team explain__team--mobility">
                    <dt>{ show(Word::MobilityTeam) }</dt>
                    <dd>{ muscle_names(&step.mobility) }</dd>
                </div>
            }
            if !step.stability.is_empty() {
                <div class="explain__team explain__team--stability">
                    <dt>{ show(Word::StabilityTeam) }</dt>
                    <dd>{ muscle_names(&step.stability) }</dd>
                </div>
            }
        </dl>
    }
}

/// The session's last step hands the client a home program: the builder, to pick one or two
/// moves and hand them over by QR code, link or print.
fn hand_over() -> Html {
    html! {
        <div class="explain__hand-over">
            <h2>{ show(Word::ExplainHandOver) }</h2>
            <Link to={Route::ProgramBuilder { condition: String::new() }}
                classes="button button--primary explain__hand-over-link">
                { show(Word::ExplainMakeProgram) }
            </Link>
        </div>
    }
}

/// Props for [`NoSuchStep`].
#[derive(Properties, PartialEq)]
struct NoSuchStepProps {
    step: usize,
    total: usize,
}

/// A link to a step past the end (an old or mistyped link): say so and offer the first step.
#[component]
fn NoSuchStep(props: &NoSuchStepProps) -> Html {
    use_page_title(word(Word::ExplainNoStepTitle).to_string());
    html! {
        <article class="page explain explain--missing">
            <h1>{ show(Word::ExplainNoStep) }</h1>
            <p>{ show_with(Word::ExplainNoStepWhy, &[("total", &props.total.to_string()), ("step", &props.step.to_string())]) }</p>
            <p><Link to={Route::explain()} classes="button button--primary">{ show(Word::ExplainStartAt1) }</Link></p>
        </article>
    }
}
