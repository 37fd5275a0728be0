//! One massage technique: what it is, how it feels, the pressure, what to tell the therapist
//! first (its precautions), how the therapist does it, what to expect afterwards, the muscles
//! it works and the conditions it is used for. Each section lists its sources once, collapsed.
//!
//! Client-facing: the therapist's own names for a technique (`therapist_aka`, e.g. "gun") are
//! kept in the content for explain mode and never shown here.

use atlas_core::content::{EntityRef, Kind};
use yew::prelude::*;

use crate::components::claim::{sources_of, ClaimText, Prose, Sources};
use crate::components::entity_link::EntityLinks;
use crate::components::page_title::use_page_title;
use crate::components::precautions::PrecautionList;
use crate::data::kb;
use crate::pages::lists::parts::{refs, refs_of, Kicker, MusclesMap, Onward};
use crate::pages::not_found::MissingEntry;
use crate::route::Route;
use atlas_core::content::also_called;

/// Props for [`TechniquePage`].
#[derive(Properties, PartialEq)]
pub struct TechniquePageProps {
    /// The entry's id from the URL.
    pub id: AttrValue,
}

/// The page for one technique, or the missing-entry page for an unknown id.
#[component]
pub fn TechniquePage(props: &TechniquePageProps) -> Html {
    let kb = kb();
    let technique = kb.technique(&props.id);
    // A missing entry sets its own title; this keeps the same one so the two agree.
    use_page_title(technique.map_or_else(|| "Not found".into(), |t| t.name.clone()));
    let Some(technique) = technique else {
        return html! {
            <MissingEntry kind="massage technique" id={props.id.clone()}
                back_to={Route::Techniques} back_label="All massage techniques" />
        };
    };
    let this = EntityRef::Technique(technique.id.clone());
    let muscles = refs(Kind::Muscle, &technique.muscles);
    let conditions = refs_of(&kb.conditions_for_technique(&technique.id));
    let articles = refs_of(&kb.articles_for(&this));
    let notes = kb.precautions_for_technique(&technique.id);
    html! {
        <article class="page entry entry--technique">
            <Kicker to={Route::Techniques} label="Massage techniques" />
            <h1>{ technique.name.clone() }</h1>
            if let Some(aka) = also_called(&technique.aka) {
                <p class="entry__aka">{ aka }</p>
            }
            <ClaimText claim={technique.summary.clone()} class="lead" />
            <div class="facts">
                <section class="facts__item">
                    <h2>{ "What it feels like" }</h2>
                    <Prose claim={technique.feels.clone()} />
                    <Sources ids={technique.feels.sources.clone()} about="What it feels like" />
                </section>
                <section class="facts__item">
                    <h2>{ "Pressure" }</h2>
                    <Prose claim={technique.pressure.clone()} />
                    <Sources ids={technique.pressure.sources.clone()} about="Pressure" />
                </section>
            </div>
            if !notes.is_empty() {
                <section class="safety" aria-labelledby="safety-title">
                    <h2 id="safety-title" class="safety__title">
                        <span class="safety__icon" aria-hidden="true">{ "!" }</span>
                        { "Tell your therapist first" }
                    </h2>
                    <PrecautionList notes={notes.clone()} />
                    <Sources ids={atlas_core::content::precaution_sources(&notes)} about="Tell your therapist first" />
                </section>
            }
            if !technique.steps.is_empty() {
                <section class="entry__section">
                    <h2>{ "How your therapist does it" }</h2>
                    <ol class="steps">
                        { for technique.steps.iter().map(|step| html! {
                            <li><Prose claim={step.clone()} /></li>
                        }) }
                    </ol>
                    <Sources ids={sources_of(&technique.steps)} about="How your therapist does it" />
                </section>
            }
            <section class="entry__section">
                <h2>{ "Afterwards" }</h2>
                <Prose claim={technique.afterwards.clone()} />
                <Sources ids={technique.afterwards.sources.clone()} about="Afterwards" />
            </section>
            <div class="entry__split">
                <div class="entry__main">
                    <EntityLinks heading="Muscles it works" entities={muscles} />
                    <EntityLinks heading="Used for" entities={conditions} />
                    <EntityLinks heading="Read more" entities={articles} />
                </div>
                <MusclesMap heading="Where it works" muscles={technique.muscles.clone()} />
            </div>
            <Onward links={vec![
                (Route::Techniques, AttrValue::from("All massage techniques")),
                (Route::Visit, AttrValue::from("Your visit")),
            ]} />
        </article>
    }
}
