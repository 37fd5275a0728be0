//! The list pages: conditions, massage techniques, stretches and "Your visit".
//!
//! Each is a document from the core (`atlas_core::content::list_document`), drawn by the one
//! renderer of page documents (`ListPage`). Each page's title and lead (and the techniques
//! page's featured article) come from the content's `[[page]]` entries.

pub mod parts;

use atlas_core::content::{list_document, AppSection};
use yew::prelude::*;

use crate::components::page_title::use_page_title;
use crate::data::kb;
use crate::pages::entry::document;

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
