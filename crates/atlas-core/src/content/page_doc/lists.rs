//! The list pages as documents (conditions, massage techniques, stretches, "Your visit"): the
//! title and sourced lead from the content's `[[page]]` entry, then the entries as cards or
//! links, so the one renderer draws them as it draws an entry's page.

mod conditions;
mod stretches;
mod techniques;
mod visit;

use crate::content::{AppSection, KnowledgeBase, Page, Word};

use super::{Block, DocSection, PageDoc, SectionLink, Subject};

/// The app's list pages, each a document ([`list_document`]).
pub const LIST_PAGES: [AppSection; 4] = [
    AppSection::Conditions,
    AppSection::Techniques,
    AppSection::Stretches,
    AppSection::Visit,
];

/// The document of a list page; `None` for a section that is no list (or, in content the
/// build has not checked, one without its texts).
pub fn list_document(kb: &KnowledgeBase, list: AppSection) -> Option<PageDoc<'_>> {
    let page = kb.page(list.as_str())?;
    let (sections, onward) = match list {
        AppSection::Conditions => conditions::sections(kb),
        AppSection::Techniques => techniques::sections(kb, page),
        AppSection::Stretches => stretches::sections(kb),
        AppSection::Visit => visit::sections(kb),
        _ => return None,
    };
    Some(list_page(list, page, sections, onward))
}

/// A list's page: its title and lead from its texts, then `sections` and the ways on.
fn list_page<'a>(
    list: AppSection,
    page: &'a Page,
    sections: Vec<DocSection<'a>>,
    onward: Vec<SectionLink>,
) -> PageDoc<'a> {
    PageDoc {
        subject: Subject::List(list),
        kicker: None,
        title: &page.title,
        lead: vec![Block::Lead(&page.lead)],
        sections,
        onward,
    }
}

/// A link to one of the app's pages.
fn onward(to: AppSection, label: Word) -> SectionLink {
    SectionLink { to, label }
}
