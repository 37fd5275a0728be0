//! One condition: what it is, the muscles involved, what massage can do, what to expect, when
//! to see a physician instead, and the techniques, stretches and articles that go with it.

use atlas_core::content::{EntityRef, Kind};
use yew::prelude::*;

use crate::components::claim::ClaimText;
use crate::components::entity_link::EntityLinks;
use crate::components::page_title::use_page_title;
use crate::data::kb;
use crate::pages::lists::parts::{also_called, refs, refs_of, Kicker, MusclesMap, Onward};
use crate::pages::not_found::MissingEntry;
use crate::route::Route;

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
            <ClaimText claim={condition.summary.clone()} class="lead" />
            <div class="entry__split">
                <div class="entry__main">
                    <EntityLinks heading="Muscles involved" entities={muscles} />
                    <section class="entry__section">
                        <h2>{ "What massage can do" }</h2>
                        <ClaimText claim={condition.massage.clone()} />
                    </section>
                    <section class="entry__section">
                        <h2>{ "What to expect" }</h2>
                        <ClaimText claim={condition.expect.clone()} />
                    </section>
                    if !condition.see_physician.is_empty() {
                        <section class="red-flags" aria-labelledby="red-flags-title">
                            <h2 id="red-flags-title" class="red-flags__title">
                                <span class="red-flags__icon" aria-hidden="true">{ "!" }</span>
                                { "When to see a physician instead" }
                            </h2>
                            <ul class="red-flags__list">
                                { for condition.see_physician.iter().map(|claim| html! {
                                    <li><ClaimText claim={claim.clone()} /></li>
                                }) }
                            </ul>
                        </section>
                    }
                </div>
                <MusclesMap heading="Where they are" muscles={condition.muscles.clone()} />
            </div>
            <EntityLinks heading="Massage techniques that can help"
                entities={refs(Kind::Technique, &condition.techniques)} />
            <EntityLinks heading="Stretches to try at home"
                entities={refs(Kind::Stretch, &condition.stretches)} />
            <EntityLinks heading="Read more" entities={articles} />
            <Onward links={vec![
                (Route::Conditions, AttrValue::from("All conditions")),
                (Route::Atlas, AttrValue::from("Open the body map")),
            ]} />
        </article>
    }
}
