//! Checks on the pages' texts (`[[page]]`): each required page exists once, every claim has
//! known sources, every card opens a real section and a featured article exists. Errors name
//! the file, the page and the field, like every other content error.

use super::page::{AppSection, Page, REQUIRED_PAGES};
use super::{Claim, ContentError, Kind, KnowledgeBase};
use std::collections::HashSet;

/// Runs every page rule, adding one error per problem.
pub(crate) fn check_pages(kb: &KnowledgeBase, errors: &mut Vec<ContentError>) {
    let sources: HashSet<&str> = kb.sources.iter().map(|s| s.id.as_str()).collect();
    let mut seen: Vec<&Page> = Vec::new();
    for page in &kb.pages {
        check_id(page, &seen, errors);
        seen.push(page);
        if page.title.trim().is_empty() {
            errors.push(page_err(page, "title", "is empty"));
        }
        check_claim(page, "lead", &page.lead, &sources, errors);
        if page.hint.as_deref().is_some_and(|h| h.trim().is_empty()) {
            errors.push(page_err(page, "hint", "is empty (leave it out instead)"));
        }
        for (i, card) in page.cards.iter().enumerate() {
            if card.title.trim().is_empty() {
                errors.push(page_err(page, &format!("cards[{i}].title"), "is empty"));
            }
            check_claim(
                page,
                &format!("cards[{i}].text"),
                &card.text,
                &sources,
                errors,
            );
            if card.section().is_none() {
                let msg = format!(
                    "unknown section \"{}\"; a card opens one of: {}",
                    card.to,
                    AppSection::list(&AppSection::ALL)
                );
                errors.push(page_err(page, &format!("cards[{i}].to"), msg));
            }
        }
        if let Some(featured) = &page.featured {
            if kb.article(&featured.article).is_none() {
                let msg = format!("unknown {} \"{}\"", Kind::Article, featured.article);
                errors.push(page_err(page, "featured.article", msg));
            }
            check_claim(page, "featured.intro", &featured.intro, &sources, errors);
        }
    }
    check_required(kb, errors);
}

/// Source ids the pages cite, so the "every source is cited" rule counts them.
pub(crate) fn cited_by_pages(kb: &KnowledgeBase) -> impl Iterator<Item = &str> {
    kb.pages.iter().flat_map(|page| {
        let cards = page.cards.iter().map(|c| &c.text);
        let featured = page.featured.iter().map(|f| &f.intro);
        std::iter::once(&page.lead)
            .chain(cards)
            .chain(featured)
            .flat_map(|claim| claim.sources.iter().map(String::as_str))
    })
}

/// An error about one field of one page.
fn page_err(page: &Page, field: &str, message: impl Into<String>) -> ContentError {
    ContentError::in_labelled(&page.file, label(&page.id), field, message)
}

/// `page "atlas"`, the way error messages name a page.
fn label(id: &str) -> String {
    format!("page \"{id}\"")
}

/// A page's id is one of the required pages, and only one entry has it.
fn check_id(page: &Page, seen: &[&Page], errors: &mut Vec<ContentError>) {
    let known = AppSection::parse(&page.id).is_some_and(|s| REQUIRED_PAGES.contains(&s));
    if !known {
        let msg = format!(
            "unknown page; the pages with texts in the content are: {}",
            AppSection::list(&REQUIRED_PAGES)
        );
        errors.push(page_err(page, "id", msg));
    }
    if let Some(first) = seen.iter().find(|p| p.id == page.id) {
        let msg = format!("duplicate page (also defined in {})", first.file);
        errors.push(page_err(page, "id", msg));
    }
}

/// One claim has text and at least one source, and every source exists.
fn check_claim(
    page: &Page,
    field: &str,
    claim: &Claim,
    sources: &HashSet<&str>,
    errors: &mut Vec<ContentError>,
) {
    if claim.text.trim().is_empty() {
        errors.push(page_err(page, field, "text is empty"));
    }
    if claim.sources.is_empty() {
        errors.push(page_err(page, field, "no source given"));
    }
    for id in &claim.sources {
        if !sources.contains(id.as_str()) {
            errors.push(page_err(page, field, format!("unknown source \"{id}\"")));
        }
    }
}

/// Every page in [`REQUIRED_PAGES`] has an entry. The error names the file the other pages
/// are in, if any, since that is where the missing one belongs.
fn check_required(kb: &KnowledgeBase, errors: &mut Vec<ContentError>) {
    let file = kb.pages.first().map(|p| p.file.as_str()).unwrap_or("");
    for section in REQUIRED_PAGES {
        if kb.page(section.as_str()).is_none() {
            let msg = format!(
                "is missing; the app shows this page, so add a [[page]] with id = \"{section}\", \
                 a title and a lead"
            );
            errors.push(ContentError::in_labelled(
                file,
                label(section.as_str()),
                "",
                msg,
            ));
        }
    }
}
