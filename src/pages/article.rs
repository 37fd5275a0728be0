//! One visit article: headed sections of paragraphs, each section with one collapsed
//! "Sources" line, and links to everything it relates to.
//!
//! Client-facing: a section's `scripts` (what a therapist might say, "Suggested therapist
//! script") belong to the therapist's side, explain mode; they stay in the content for it and
//! are not shown here.

use crate::router::Link;
use atlas_core::content::{Article, EntityRef, Kind};
use yew::prelude::*;

use crate::components::claim::{sources_of, ClaimText, Prose, Sources};
use crate::components::entity_link::EntityLinks;
use crate::components::page_title::use_page_title;
use crate::data::kb;
use crate::pages::lists::parts::{refs, Kicker, Onward};
use crate::pages::not_found::MissingEntry;
use crate::route::Route;

/// Props for [`ArticlePage`].
#[derive(Properties, PartialEq)]
pub struct ArticlePageProps {
    /// The entry's id from the URL.
    pub id: AttrValue,
}

/// The page for one article, or the missing-entry page for an unknown id.
#[component]
pub fn ArticlePage(props: &ArticlePageProps) -> Html {
    let kb = kb();
    let article = kb.article(&props.id);
    // A missing entry sets its own title; this keeps the same one so the two agree.
    use_page_title(article.map_or_else(|| "Not found".into(), |a| a.title.clone()));
    let Some(article) = article else {
        return html! {
            <MissingEntry kind="article" id={props.id.clone()}
                back_to={Route::Visit} back_label="Your visit" />
        };
    };
    let related = &article.related;
    // Exercises (`Goal::Strengthen`) are linked under their own heading, not as stretches.
    let (exercises, stretches): (Vec<String>, Vec<String>) = related
        .stretches
        .iter()
        .cloned()
        .partition(|id| kb.stretch(id).is_some_and(|s| s.is_exercise()));
    html! {
        <article class="page entry entry--article">
            <Kicker to={Route::Visit} label="Your visit" />
            <h1>{ article.title.clone() }</h1>
            <ClaimText claim={article.summary.clone()} class="lead" />
            { for article.sections.iter().map(|section| html! {
                <section class="article__section">
                    <h2>{ section.heading.clone() }</h2>
                    { for section.paragraphs.iter().map(|p| html! { <Prose claim={p.clone()} /> }) }
                    <Sources ids={sources_of(&section.paragraphs)} about={section.heading.clone()} />
                </section>
            }) }
            <div class="related">
                <EntityLinks heading="Conditions" entities={refs(Kind::Condition, &related.conditions)} />
                <EntityLinks heading="Muscles" entities={refs(Kind::Muscle, &related.muscles)} />
                <EntityLinks heading="Massage techniques" entities={refs(Kind::Technique, &related.techniques)} />
                <EntityLinks heading="Stretches" entities={refs(Kind::Stretch, &stretches)} />
                <EntityLinks heading="Guided exercises" entities={refs(Kind::Stretch, &exercises)} />
                <EntityLinks heading="A traditional perspective" entities={refs(Kind::Note, &related.notes)} />
            </div>
            { next_article(&kb.articles, &article.id) }
            <Onward links={vec![(Route::Visit, AttrValue::from("All visit articles"))]} />
        </article>
    }
}

/// "Next: …" to the following article in Visit order (wrapping), so reading can go on.
fn next_article(articles: &[Article], id: &str) -> Html {
    let Some(at) = articles.iter().position(|a| a.id == id) else {
        return Html::default();
    };
    let Some(next) = articles
        .get((at + 1) % articles.len())
        .filter(|a| a.id != id)
    else {
        return Html::default();
    };
    let to = crate::route::route_for(&EntityRef::Article(next.id.clone()));
    html! {
        <p class="next-article">
            <span class="next-article__label">{ "Next: " }</span>
            <Link {to}>{ next.title.clone() }</Link>
        </p>
    }
}
