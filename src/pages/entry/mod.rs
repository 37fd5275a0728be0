//! The page of one content entry, every kind's page a document
//! (`atlas_core::content::document_for`): look the entry up, name the page, and draw its
//! document with the one renderer (`render`), or say the entry is missing.

mod render;

pub use render::{document, document_in, PageHost};

use atlas_core::content::{document_for, missing, EntityRef, Kind};
use yew::prelude::*;

use crate::components::page_title::use_page_title;
use crate::data::{kb, word, Word};
use crate::pages::muscle::MuscleView;
use crate::pages::not_found::MissingEntry;
use crate::route::route_for_section;

/// Props for [`EntryPage`].
#[derive(Properties, PartialEq)]
pub struct EntryPageProps {
    /// The entry the URL names (its id may name nothing).
    pub entry: EntityRef,
}

/// The page for one entry, or the missing-entry page for an unknown id.
#[component]
pub fn EntryPage(props: &EntryPageProps) -> Html {
    let doc = document_for(kb(), &props.entry);
    // A missing entry sets its own title; this keeps the same one so the two agree.
    use_page_title(
        doc.as_ref()
            .map_or_else(|| word(Word::NotFoundTitle).into(), |d| d.title.to_string()),
    );
    match doc {
        // A muscle's page keeps focus where a reader expects it (`pages::muscle`).
        Some(_) if props.entry.kind() == Kind::Muscle => html! {
            <MuscleView id={props.entry.id().to_string()} />
        },
        Some(doc) => document(&doc),
        None => {
            let missing = missing(props.entry.kind());
            html! {
                <MissingEntry kind={word(missing.kind)} id={props.entry.id().to_string()}
                    back_to={route_for_section(missing.back.to)}
                    back_label={word(missing.back.label)} />
            }
        }
    }
}
