//! The one renderer draws what each page document says (issue 25 item 1): for every entry of
//! every kind and every list page, whatever the content holds, its page shows the document's
//! title as its heading, every section's heading and every linked entry (cards too) in the
//! document's order, the other names, what each card says, the article a list features, and a
//! "Sources" line for each section that lists sources.
//! What each document holds is read natively, in `crates/atlas-core/tests/page_doc.rs` and
//! `list_doc.rs`; this file checks only that the renderer leaves nothing out. CI runs it with
//! the second content set too.
#![cfg(not(target_arch = "wasm32"))]

mod render_support;

use atlas_core::content::{
    document_for, list_document, Block, DocSection, EntityRef, Kind, PageDoc, LIST_PAGES,
};
use hip_back_atlas::data::kb;
use hip_back_atlas::route::{route_for, route_for_section};
use render_support::{before_footer, esc, is_a_good_page, links_to, render_app, shows};

#[tokio::test]
async fn every_entry_page_draws_all_of_its_document() {
    let kb = kb();
    for kind in Kind::ALL {
        let entries = kb.entities_of(kind);
        assert!(!entries.is_empty(), "the content has entries of {kind:?}");
        for entity in entries {
            let entry = entity.entity_ref();
            let doc = document_for(kb, &entry).expect("every entry has a document");
            let html = render_app(route_for(&entry).path()).await;
            draws_all(&doc, before_footer(&html));
        }
    }
}

#[tokio::test]
async fn every_list_page_draws_all_of_its_document() {
    for list in LIST_PAGES {
        let doc = list_document(kb(), list).expect("every list has a document");
        let html = render_app(route_for_section(list).path()).await;
        is_a_good_page(&html);
        draws_all(&doc, before_footer(&html));
    }
}

#[tokio::test]
async fn unknown_ids_show_the_missing_entry_page_with_a_way_back() {
    let cases = [
        ("/condition/nope", "condition", "All conditions"),
        (
            "/technique/nope",
            "massage technique",
            "All massage techniques",
        ),
        ("/note/nope", "note", "Explore the muscles"),
        ("/visit/nope", "article", "Your visit"),
        ("/source/nope", "source", "Your visit"),
    ];
    for (path, kind, back) in cases {
        let html = render_app(path).await;
        shows(&html, "We could not find that page");
        shows(
            &html,
            &format!("There is no {kind} called \u{201c}nope\u{201d}"),
        );
        shows(&html, back);
    }
}

/// Asserts `page` shows all of `doc`: its title, its section headings and links in order (so
/// each card sits under its own group's heading), other names, every card's words, and a
/// Sources line per sourced section.
fn draws_all(doc: &PageDoc<'_>, page: &str) {
    let what = &doc.subject;
    assert!(
        page.contains(&format!("{}</h1>", esc(doc.title))),
        "{what:?}: its title is the heading"
    );
    let mut from = 0;
    for marker in in_order(doc) {
        let at = page[from..]
            .find(&marker)
            .unwrap_or_else(|| panic!("{what:?}: {marker:?}, after the one before"));
        from += at;
    }
    for block in doc.all_blocks() {
        match block {
            Block::OtherNames(words) => shows(page, words),
            Block::Links { entries, .. } | Block::LinkList(entries) => {
                for linked in entries {
                    links_to(page, linked);
                }
            }
            Block::Featured { intro, article } => {
                shows(page, &format!("{}: ", intro.text));
                links_to(page, article);
            }
            Block::Cards(cards) => {
                for card in cards {
                    links_to(page, &card.entry);
                    shows(page, &card.text.text);
                    for words in card.other_names.iter().chain(&card.dose) {
                        shows(page, words);
                    }
                    if let Some((label, words)) = &card.meta {
                        let line = format!("{}</span>{}", esc(label), esc(words));
                        assert!(page.contains(&line), "{what:?}: {line}");
                    }
                }
            }
            _ => {}
        }
    }
    let sourced = doc
        .all_sections()
        .iter()
        .filter(|s| !s.sources.is_empty())
        .count();
    assert!(
        page.matches(r#"<details class="sources">"#).count() >= sourced,
        "{what:?}: a Sources line for each of its {sourced} sourced sections"
    );
}

/// The section headings and links of a document, as the page writes them, in reading order.
fn in_order(doc: &PageDoc<'_>) -> Vec<String> {
    fn walk(part: &DocSection<'_>, out: &mut Vec<String>) {
        out.extend(part.heading.map(|h| format!("{}</h2>", esc(h))));
        for block in &part.blocks {
            let href = |entry: &EntityRef| format!("href=\"{}\"", route_for(entry).href());
            match block {
                Block::Section(inner) => walk(inner, out),
                Block::Links { entries, .. } => out.extend(entries.iter().map(href)),
                Block::Cards(cards) => out.extend(cards.iter().map(|c| href(&c.entry))),
                Block::Featured { article, .. } => out.push(href(article)),
                _ => {}
            }
        }
    }
    let mut out = Vec::new();
    for part in &doc.sections {
        walk(part, &mut out);
    }
    out
}
