//! One source: what it is, whether it is the clinic's own document or a published reference,
//! how to find it, and everything in the atlas that cites it.

use atlas_core::content::{EntityRef, Kind, SourceKind};
use yew::prelude::*;

use crate::components::entity_link::EntityLinks;
use crate::components::page_title::use_page_title;
use crate::data::kb;
use crate::pages::lists::parts::{Kicker, Onward};
use crate::pages::not_found::MissingEntry;
use crate::route::Route;

/// Props for [`SourcePage`].
#[derive(Properties, PartialEq)]
pub struct SourcePageProps {
    /// The entry's id from the URL.
    pub id: AttrValue,
}

/// Headings for the groups of citing entries, one per kind, in reading order.
const CITED_BY: [(Kind, &str); 6] = [
    (Kind::Condition, "Conditions"),
    (Kind::Muscle, "Muscle groups"),
    (Kind::Technique, "Massage techniques"),
    (Kind::Stretch, "Stretches"),
    (Kind::Article, "Visit articles"),
    (Kind::Note, "A traditional perspective"),
];

/// The page for one source, or the missing-entry page for an unknown id.
#[component]
pub fn SourcePage(props: &SourcePageProps) -> Html {
    let kb = kb();
    let source = kb.source(&props.id);
    // A missing entry sets its own title; this keeps the same one so the two agree.
    use_page_title(source.map_or_else(|| "Not found".into(), |s| s.title.clone()));
    let Some(source) = source else {
        return html! {
            <MissingEntry kind="source" id={props.id.clone()}
                back_to={Route::Visit} back_label="Your visit" />
        };
    };
    let (kind_class, kind_label, kind_help) = match source.kind {
        SourceKind::Seed => (
            "source__kind--seed",
            "Clinic document",
            "One of our clinic's own documents.",
        ),
        SourceKind::Reference => (
            "source__kind--reference",
            "Published reference",
            "A published source: an anatomy reference, textbook, study or guideline.",
        ),
    };
    let citing = kb.cited_by(&source.id);
    let of_kind = |kind: Kind| -> Vec<EntityRef> {
        citing
            .iter()
            .filter(|e| e.kind() == kind)
            .cloned()
            .collect()
    };
    html! {
        <article class="page entry entry--source">
            <Kicker to={Route::Visit} label="Sources" />
            <h1>{ source.title.clone() }</h1>
            <p class="source__meta">
                <span class={classes!("source__kind", kind_class)}>{ kind_label }</span>
                <span class="source__help">{ kind_help }</span>
            </p>
            if !source.citation.is_empty() {
                <p class="source__citation">{ source.citation.clone() }</p>
            }
            <h2>{ "What cites it" }</h2>
            if citing.is_empty() {
                <p>{ "Nothing in the atlas cites this source yet." }</p>
            } else {
                <div class="cited-by">
                    { for CITED_BY.iter().map(|(kind, heading)| html! {
                        <EntityLinks heading={*heading} entities={of_kind(*kind)} />
                    }) }
                </div>
            }
            <Onward links={vec![(Route::Visit, AttrValue::from("Your visit"))]} />
        </article>
    }
}
