//! The list pages: conditions, massage techniques, stretches and "Your visit".
//!
//! Conditions are a document from the core, drawn by the one renderer (`ListPage`); techniques
//! are here; stretches and the visit index have their own files. Each page's title and lead
//! (and the techniques page's featured article) come from the content's `[[page]]` entries.

pub mod parts;
mod stretches;
mod visit;

use crate::router::Link;
use atlas_core::content::{list_document, AppSection, Entity, Page, Technique, Tradition};
use yew::prelude::*;

use crate::components::claim::{ClaimText, Sources};
use crate::components::page_title::use_page_title;
use crate::data::{kb, page};
use crate::pages::entry::document;
use crate::route::route_for;
use crate::route::Route;
use parts::Onward;

pub use stretches::StretchesPage;
pub use visit::VisitPage;

/// Props for [`ListPage`].
#[derive(Properties, PartialEq)]
pub struct ListPageProps {
    /// Which list.
    pub list: AppSection,
}

/// A list page, drawn from its document (`atlas_core::content::list_document`) by the one
/// renderer of page documents.
#[component]
pub fn ListPage(props: &ListPageProps) -> Html {
    let doc = list_document(kb(), props.list);
    use_page_title(
        doc.as_ref()
            .map_or_else(String::new, |d| d.title.to_string()),
    );
    doc.map(|doc| document(&doc)).unwrap_or_default()
}

/// All massage techniques: clinical ones first, then the traditional sequence.
#[component]
pub fn TechniquesPage() -> Html {
    let texts = page(AppSection::Techniques);
    use_page_title(texts.title.clone());
    let kb = kb();
    let (trad, clinical): (Vec<&Technique>, Vec<&Technique>) = kb
        .techniques
        .iter()
        .partition(|t| t.tradition == Tradition::Traditional);
    html! {
        <article class="page list-page">
            <h1>{ texts.title.clone() }</h1>
            <ClaimText claim={texts.lead.clone()} class="lead" />
            <section class="list-group" aria-labelledby="techniques-clinical">
                <h2 id="techniques-clinical">{ if trad.is_empty() { "All techniques" } else { "Clinical techniques" } }</h2>
                <ul class="cards">{ for clinical.into_iter().map(technique_card) }</ul>
            </section>
            if !trad.is_empty() {
                <section class="list-group" aria-labelledby="techniques-traditional">
                    <h2 id="techniques-traditional">{ "Traditional low-back techniques" }</h2>
                    { featured(texts) }
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

/// "Used together as one relaxing sequence: <article>." — the article the techniques page
/// features (named in its `[[page]]` entry, not found by a keyword), with the intro's sources.
fn featured(texts: &Page) -> Html {
    let Some(featured) = &texts.featured else {
        return Html::default();
    };
    let Some(article) = kb().article(&featured.article) else {
        return Html::default();
    };
    // The sources (a <details>) follow the paragraph: a <p> cannot hold them.
    html! {
        <>
            <p class="claim">
                { featured.intro.text.clone() }{ ": " }
                <Link to={route_for(&article.entity_ref())}>{ article.title.clone() }</Link>
                { "." }
            </p>
            <Sources ids={featured.intro.sources.clone()} />
        </>
    }
}

/// A card for one technique: its name as a link, other names, and what it is.
fn technique_card(technique: &Technique) -> Html {
    html! {
        <li class="card list-card">
            <h3 class="list-card__title">
                <Link to={route_for(&technique.entity_ref())}>{ technique.name.clone() }</Link>
            </h3>
            if let Some(aka) = atlas_core::content::also_called(&technique.aka) {
                <p class="list-card__aka">{ aka }</p>
            }
            <p>{ technique.summary.text.clone() }</p>
        </li>
    }
}
