//! The one renderer draws what each entry's document says (issue 25 item 1): for every entry
//! of every kind, whatever the content holds, its page shows the document's title as its
//! heading, every section's heading in the document's order, the other names, every linked
//! entry, and a "Sources" line for each section that lists sources. What each kind's document
//! holds is read natively, in `crates/atlas-core/tests/page_doc.rs`; this file checks only
//! that the renderer leaves nothing out. CI runs it with the second content set too.
#![cfg(not(target_arch = "wasm32"))]

mod render_support;

use atlas_core::content::{document_for, Block, Kind};
use hip_back_atlas::data::kb;
use hip_back_atlas::route::route_for;
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
            let page = before_footer(&html);
            assert!(
                page.contains(&format!("{}</h1>", esc(doc.title))),
                "{entry:?}: its title is the heading"
            );
            let mut from = 0;
            for heading in doc.all_sections().iter().filter_map(|s| s.heading) {
                let at = page[from..]
                    .find(&format!("{}</h2>", esc(heading)))
                    .unwrap_or_else(|| panic!("{entry:?}: {heading:?}, after the one before"));
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
                "{entry:?}: a Sources line for each of its {sourced} sourced sections"
            );
        }
    }
}
