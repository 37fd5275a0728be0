//! The list pages: conditions, massage techniques, stretches and "Your visit".
//!
//! Conditions and techniques are here; stretches and the visit index have their own files.

pub mod parts;
mod stretches;
mod visit;

use crate::router::Link;
use atlas_core::content::{Condition, Entity, Region, Technique};
use yew::prelude::*;

use crate::components::entity_link::route_for;
use crate::components::page_title::use_page_title;
use crate::data::kb;
use crate::route::Route;
use parts::{muscle_names, Onward};

pub use stretches::StretchesPage;
pub use visit::VisitPage;

/// The content has no "area" field for conditions, so the area is read from the content:
/// a condition is a low-back one when it involves a low-back muscle or its summary says so
/// (sciatica starts in the low back even though the muscles along its path are hip muscles).
fn is_low_back(condition: &Condition) -> bool {
    let kb = kb();
    let lumbar_muscle = condition
        .muscles
        .iter()
        .filter_map(|id| kb.muscle(id))
        .any(|m| m.region == Region::Lumbar);
    lumbar_muscle || condition.summary.text.to_lowercase().contains("low back")
}

/// All conditions, grouped into hip and low back.
#[component]
pub fn ConditionsPage() -> Html {
    use_page_title("Conditions".to_string());
    let kb = kb();
    let (back, hip): (Vec<&Condition>, Vec<&Condition>) =
        kb.conditions.iter().partition(|c| is_low_back(c));
    let group = |title: &str, id: &str, items: Vec<&Condition>| {
        if items.is_empty() {
            return Html::default();
        }
        html! {
            <section class="list-group" aria-labelledby={id.to_string()}>
                <h2 id={id.to_string()}>{ title.to_string() }</h2>
                <ul class="cards">
                    { for items.into_iter().map(condition_card) }
                </ul>
            </section>
        }
    };
    html! {
        <article class="page list-page">
            <h1>{ "Conditions" }</h1>
            <p class="lead">{ "Hip and low-back problems clients often come in with: what they are, which muscles are involved, how massage can help, and when to see a physician instead." }</p>
            { group("Hip and buttock", "conditions-hip", hip) }
            { group("Low back", "conditions-back", back) }
            <Onward links={vec![
                (Route::Techniques, AttrValue::from("Massage techniques")),
                (Route::Stretches, AttrValue::from("Stretches")),
                (Route::Atlas, AttrValue::from("Open the body map")),
            ]} />
        </article>
    }
}

/// A card for one condition: its name as a link, what it is, and the muscles involved.
fn condition_card(condition: &Condition) -> Html {
    let muscles = muscle_names(&condition.muscles);
    html! {
        <li class="card list-card">
            <h3 class="list-card__title">
                <Link to={route_for(&condition.entity_ref())}>{ condition.name.clone() }</Link>
            </h3>
            <p>{ condition.summary.text.clone() }</p>
            <p class="list-card__meta">
                <span class="list-card__meta-label">{ "Muscles: " }</span>
                { muscles }
            </p>
        </li>
    }
}

/// Techniques that an article tagged "traditional" lists as related: the clinic's
/// traditional sequence. The content has no technique-kind field, so this is how the
/// clinic's own grouping is read. Returns the article too, to link to it.
fn traditional_techniques() -> Option<(&'static atlas_core::content::Article, Vec<String>)> {
    let kb = kb();
    kb.articles
        .iter()
        .find(|a| {
            a.keywords
                .iter()
                .any(|k| k.eq_ignore_ascii_case("traditional"))
                && !a.related.techniques.is_empty()
        })
        .map(|a| (a, a.related.techniques.clone()))
}

/// All massage techniques: clinical ones first, then the traditional sequence.
#[component]
pub fn TechniquesPage() -> Html {
    use_page_title("Massage techniques".to_string());
    let kb = kb();
    let traditional = traditional_techniques();
    let is_traditional = |t: &Technique| {
        traditional
            .as_ref()
            .is_some_and(|(_, ids)| ids.contains(&t.id))
    };
    let (trad, clinical): (Vec<&Technique>, Vec<&Technique>) =
        kb.techniques.iter().partition(|t| is_traditional(t));
    html! {
        <article class="page list-page">
            <h1>{ "Massage techniques" }</h1>
            <p class="lead">{ "What your therapist may use, what it feels like, and what to expect afterwards." }</p>
            <section class="list-group" aria-labelledby="techniques-clinical">
                <h2 id="techniques-clinical">{ if trad.is_empty() { "All techniques" } else { "Clinical techniques" } }</h2>
                <ul class="cards">{ for clinical.into_iter().map(technique_card) }</ul>
            </section>
            if let Some((article, _)) = traditional.filter(|_| !trad.is_empty()) {
                <section class="list-group" aria-labelledby="techniques-traditional">
                    <h2 id="techniques-traditional">{ "Traditional low-back techniques" }</h2>
                    <p>
                        { "Used together as one relaxing sequence: " }
                        <Link to={route_for(&article.entity_ref())}>{ article.title.clone() }</Link>
                        { "." }
                    </p>
                    <ul class="cards">{ for trad.into_iter().map(technique_card) }</ul>
                </section>
            }
            <Onward links={vec![
                (Route::Visit, AttrValue::from("Your visit")),
                (Route::Conditions, AttrValue::from("Conditions")),
            ]} />
        </article>
    }
}

/// A card for one technique: its name as a link, other names, and what it is.
fn technique_card(technique: &Technique) -> Html {
    html! {
        <li class="card list-card">
            <h3 class="list-card__title">
                <Link to={route_for(&technique.entity_ref())}>{ technique.name.clone() }</Link>
            </h3>
            if let Some(aka) = parts::also_called(&technique.aka) {
                <p class="list-card__aka">{ aka }</p>
            }
            <p>{ technique.summary.text.clone() }</p>
        </li>
    }
}
