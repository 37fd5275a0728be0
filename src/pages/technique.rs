//! One massage technique: what it is, how it feels, the pressure, how the therapist does it,
//! what to expect afterwards, the muscles it works and the conditions it is used for.

use atlas_core::content::{EntityRef, Kind};
use yew::prelude::*;

use crate::components::claim::ClaimText;
use crate::components::entity_link::EntityLinks;
use crate::components::page_title::use_page_title;
use crate::data::kb;
use crate::pages::lists::parts::{also_called, refs, refs_of, Kicker, MusclesMap, Onward};
use crate::pages::not_found::MissingEntry;
use crate::route::Route;

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
                    <ClaimText claim={technique.feels.clone()} />
                </section>
                <section class="facts__item">
                    <h2>{ "Pressure" }</h2>
                    <ClaimText claim={technique.pressure.clone()} />
                </section>
            </div>
            if !technique.steps.is_empty() {
                <section class="entry__section">
                    <h2>{ "How your therapist does it" }</h2>
                    <ol class="steps">
                        { for technique.steps.iter().map(|step| html! {
                            <li><ClaimText claim={step.clone()} /></li>
                        }) }
                    </ol>
                </section>
            }
            <section class="entry__section">
                <h2>{ "Afterwards" }</h2>
                <ClaimText claim={technique.afterwards.clone()} />
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
