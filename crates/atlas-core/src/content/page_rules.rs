//! Checks on the pages' texts (`[[page]]`) and notices (`[[notice]]`): each required one exists
//! once, every claim has known sources, every card opens a real section and a featured article
//! exists. Errors name the file, the page or notice and the field, like every other content
//! error.

use super::page::{AppSection, Notice, Page, REQUIRED_NOTICES, REQUIRED_PAGES};
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
        for (i, way) in page.ways_in.iter().enumerate() {
            if way.says.trim().is_empty() {
                errors.push(page_err(page, &format!("ways_in[{i}].says"), "is empty"));
            }
            check_claim(
                page,
                &format!("ways_in[{i}].text"),
                &way.text,
                &sources,
                errors,
            );
            if way.leads.is_empty() {
                let msg = "leads nowhere; name at least one entry, e.g. \"condition:sciatica\"";
                errors.push(page_err(page, &format!("ways_in[{i}].leads"), msg));
            }
            for (j, (lead, target)) in way.leads.iter().zip(way.targets()).enumerate() {
                let field = format!("ways_in[{i}].leads[{j}]");
                match target {
                    None => {
                        let msg = format!("\"{lead}\" is not kind:id (e.g. \"stretch:figure-4\")");
                        errors.push(page_err(page, &field, msg));
                    }
                    Some(target) if kb.entity(&target).is_none() => {
                        errors.push(page_err(page, &field, format!("unknown {target}")));
                    }
                    Some(_) => {}
                }
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
    check_notices(kb, &sources, errors);
}

/// Notices have a known id, once each, with sourced text, and every required one exists.
fn check_notices(kb: &KnowledgeBase, sources: &HashSet<&str>, errors: &mut Vec<ContentError>) {
    let err = |n: &Notice, field: &str, msg: String| {
        ContentError::in_labelled(&n.file, format!("notice \"{}\"", n.id), field, msg)
    };
    let mut seen: Vec<&Notice> = Vec::new();
    for notice in &kb.notices {
        if !REQUIRED_NOTICES.contains(&notice.id.as_str()) {
            let msg = format!(
                "unknown notice; the notices are: {}",
                REQUIRED_NOTICES.join(", ")
            );
            errors.push(err(notice, "id", msg));
        }
        if let Some(first) = seen.iter().find(|n| n.id == notice.id) {
            let msg = format!("duplicate notice (also defined in {})", first.file);
            errors.push(err(notice, "id", msg));
        }
        seen.push(notice);
        for msg in claim_problems(&notice.text, sources) {
            errors.push(err(notice, "text", msg));
        }
    }
    // A missing notice belongs with the other notices, or else with the pages.
    let file = (kb.notices.first().map(|n| n.file.as_str()))
        .or(kb.pages.first().map(|p| p.file.as_str()))
        .unwrap_or("");
    for id in REQUIRED_NOTICES {
        if kb.notice(id).is_none() {
            let msg = format!(
                "is missing; the app shows it, so add a [[notice]] with id = \"{id}\" and a text"
            );
            errors.push(ContentError::in_labelled(
                file,
                format!("notice \"{id}\""),
                "",
                msg,
            ));
        }
    }
}

/// Source ids the pages cite, so the "every source is cited" rule counts them.
pub(crate) fn cited_by_pages(kb: &KnowledgeBase) -> impl Iterator<Item = &str> {
    let pages = kb.pages.iter().flat_map(|page| {
        let cards = page.cards.iter().map(|c| &c.text);
        let ways = page.ways_in.iter().map(|w| &w.text);
        let featured = page.featured.iter().map(|f| &f.intro);
        std::iter::once(&page.lead)
            .chain(cards)
            .chain(ways)
            .chain(featured)
    });
    let notices = kb.notices.iter().map(|n| &n.text);
    pages
        .chain(notices)
        .flat_map(|claim| claim.sources.iter().map(String::as_str))
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
    for msg in claim_problems(claim, sources) {
        errors.push(page_err(page, field, msg));
    }
}

/// What is wrong with a claim: no text, no source, or a source that does not exist.
pub(crate) fn claim_problems(claim: &Claim, sources: &HashSet<&str>) -> Vec<String> {
    let mut problems = Vec::new();
    if claim.text.trim().is_empty() {
        problems.push("text is empty".to_string());
    }
    if claim.sources.is_empty() {
        problems.push("no source given".to_string());
    }
    for id in &claim.sources {
        if !sources.contains(id.as_str()) {
            problems.push(format!("unknown source \"{id}\""));
        }
    }
    problems
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
