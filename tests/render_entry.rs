//! The one renderer draws what each page document says (issue 25 item 1): for every entry of
//! every kind and every list page, whatever the content holds, its page shows the document's
//! title as its heading, every section's heading in the document's order, the other names,
//! every linked entry (cards too), and a "Sources" line for each section that lists sources.
//! What each document holds is read natively, in `crates/atlas-core/tests/page_doc.rs` and
//! `list_doc.rs`; this file checks only that the renderer leaves nothing out. CI runs it with
//! the second content set too.
#![cfg(not(target_arch = "wasm32"))]

mod render_support;

use atlas_core::content::{document_for, list_document, AppSection, Block, Kind, PageDoc};
use hip_back_atlas::data::kb;
use hip_back_atlas::route::{route_for, route_for_section};
use render_support::{before_footer, esc, links_to, render_app, shows};

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
    let lists = [
        AppSection::Conditions,
        AppSection::Techniques,
        AppSection::Stretches,
        AppSection::Visit,
    ];
    for list in lists {
        let doc = list_document(kb(), list).expect("every list has a document");
        let html = render_app(route_for_section(list).path()).await;
        draws_all(&doc, before_footer(&html));
    }
}

/// Asserts `page` shows all of `doc`: its title, its section headings in order, other names,
/// every link and card, and a Sources line per sourced section.
fn draws_all(doc: &PageDoc<'_>, page: &str) {
    let what = &doc.subject;
    assert!(
        page.contains(&format!("{}</h1>", esc(doc.title))),
        "{what:?}: its title is the heading"
    );
    let mut from = 0;
    for heading in doc.all_sections().iter().filter_map(|s| s.heading) {
        let at = page[from..]
            .find(&format!("{}</h2>", esc(heading)))
            .unwrap_or_else(|| panic!("{what:?}: {heading:?}, after the one before"));
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
