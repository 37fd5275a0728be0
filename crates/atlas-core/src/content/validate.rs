//! Checks that hold the knowledge base together: ids, links, sources on every claim.
//! Reachability and dose rules live in `rules.rs`, precautions in `safety.rs`, the pages'
//! texts in `page_rules.rs`. Every problem is collected, none
//! stops the others from being found.

use super::{
    explain, home_program, interface, page_rules, rules, safety, vocabulary, Claim, ContentError,
    ContentErrors, Entity, Kind, KnowledgeBase,
};
use std::collections::{HashMap, HashSet};

/// Checks everything; `Err` lists every problem, each naming file, entry and field.
pub fn validate(kb: &KnowledgeBase) -> Result<(), ContentErrors> {
    let mut errors = Vec::new();
    let entities = kb.entities();
    check_ids(&entities, &mut errors);
    let sources: HashSet<&str> = kb.sources.iter().map(|s| s.id.as_str()).collect();
    for entity in &entities {
        check_links(kb, *entity, &mut errors);
        check_claims(*entity, &sources, &mut errors);
    }
    rules::check_reachability(kb, &mut errors);
    rules::check_doses(kb, &mut errors);
    rules::check_articles(kb, &mut errors);
    safety::check_safety(kb, &mut errors);
    page_rules::check_pages(kb, &mut errors);
    vocabulary::check_vocabulary(kb, &mut errors);
    explain::check_explain(kb, &mut errors);
    home_program::check_program_texts(kb, &mut errors);
    interface::check_interface(kb, &mut errors);
    ContentErrors(errors).into_result()
}

/// Whether an id is lowercase-kebab: `a-z`/`0-9` words joined by single hyphens.
pub fn is_kebab(id: &str) -> bool {
    !id.is_empty()
        && id.split('-').all(|word| {
            !word.is_empty()
                && word
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

/// Builds an error about one field of one entity.
pub(crate) fn err(entity: &dyn Entity, field: &str, message: String) -> ContentError {
    ContentError::in_entry(entity.file(), entity.entity_ref(), field, message)
}

/// Ids are kebab-case, unique within their kind, and every entry has a name.
fn check_ids(entities: &[&dyn Entity], errors: &mut Vec<ContentError>) {
    let mut first_file: HashMap<(Kind, &str), &str> = HashMap::new();
    for entity in entities {
        if !is_kebab(entity.id()) {
            let msg = "id must be lowercase words joined by hyphens, e.g. \"hip-bursitis\"";
            errors.push(err(*entity, "id", msg.into()));
        }
        if let Some(file) = first_file.insert((entity.kind(), entity.id()), entity.file()) {
            let msg = format!("duplicate id (also defined in {file})");
            errors.push(err(*entity, "id", msg));
        }
        if entity.title().trim().is_empty() {
            let field = if entity.kind() == Kind::Note || entity.kind() == Kind::Article {
                "title"
            } else {
                "name"
            };
            errors.push(err(*entity, field, "is empty".into()));
        }
    }
}

/// Every stored link resolves, and no link is listed twice in one field.
fn check_links(kb: &KnowledgeBase, entity: &dyn Entity, errors: &mut Vec<ContentError>) {
    let mut seen = HashSet::new();
    for (field, target) in entity.links() {
        if !kb.contains(&target) {
            let msg = format!("unknown {} \"{}\"", target.kind(), target.id());
            errors.push(err(entity, field, msg));
        } else if !seen.insert((field, target.clone())) {
            let msg = format!("{} \"{}\" is listed twice", target.kind(), target.id());
            errors.push(err(entity, field, msg));
        }
    }
}

/// Every claim has text and at least one source, and every cited source exists.
fn check_claims(entity: &dyn Entity, sources: &HashSet<&str>, errors: &mut Vec<ContentError>) {
    for (field, claim) in entity.claims() {
        check_claim(entity, &field, claim, sources, errors);
    }
    for (field, list) in entity.extra_citations() {
        check_source_list(entity, &field, list, sources, errors);
    }
}

/// One claim's text and sources.
fn check_claim(
    entity: &dyn Entity,
    field: &str,
    claim: &Claim,
    sources: &HashSet<&str>,
    errors: &mut Vec<ContentError>,
) {
    if claim.text.trim().is_empty() {
        errors.push(err(entity, field, "text is empty".into()));
    }
    check_source_list(entity, field, &claim.sources, sources, errors);
}

/// A list of source ids is non-empty and every id exists.
fn check_source_list(
    entity: &dyn Entity,
    field: &str,
    list: &[String],
    sources: &HashSet<&str>,
    errors: &mut Vec<ContentError>,
) {
    if list.is_empty() {
        errors.push(err(entity, field, "no source given".into()));
    }
    for id in list {
        if !sources.contains(id.as_str()) {
            errors.push(err(entity, field, format!("unknown source \"{id}\"")));
        }
    }
}
