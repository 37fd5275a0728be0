//! Search as you type over the real content: sensible top hits for everyday words.
#![cfg(feature = "toml")]

use atlas_core::content::{EntityRef, KnowledgeBase, SearchIndex};

mod common;
use common::load_assets;

/// The best hit for a query.
fn top(kb: &KnowledgeBase, query: &str) -> EntityRef {
    let hits = kb.search(query);
    assert!(!hits.is_empty(), "nothing found for {query:?}");
    hits[0].entity.clone()
}

#[test]
fn everyday_words_find_the_right_entry_first() {
    let kb = load_assets();
    let expect = [
        ("stairs", EntityRef::Condition("hip-osteoarthritis".into())),
        (
            "sitting",
            EntityRef::Condition("chronic-low-back-pain".into()),
        ),
        ("sciatica", EntityRef::Condition("sciatica".into())),
        ("numb", EntityRef::Condition("sciatica".into())),
        ("after massage", EntityRef::Article("aftercare".into())),
        ("draping", EntityRef::Article("your-visit".into())),
        (
            "contraindications",
            EntityRef::Article("when-to-wait".into()),
        ),
        ("clamshell", EntityRef::Article("glute-activation".into())),
        ("gun", EntityRef::Technique("rolling".into())),
        ("mo", EntityRef::Technique("kneading".into())),
        ("Piriformis", EntityRef::Muscle("piriformis".into())),
        ("knee", EntityRef::Stretch("knee-to-chest".into())),
        (
            "emotional",
            EntityRef::Note("lower-back-emotional-connection".into()),
        ),
        (
            "how often",
            EntityRef::Article("consistency-and-dose".into()),
        ),
        ("ice", EntityRef::Article("home-advice".into())),
    ];
    for (query, entity) in expect {
        assert_eq!(top(&kb, query), entity, "top hit for {query:?}");
    }
}

#[test]
fn prefixes_find_results_while_typing() {
    let kb = load_assets();
    assert_eq!(top(&kb, "sci"), EntityRef::Condition("sciatica".into()));
    assert_eq!(top(&kb, "SCIAT"), EntityRef::Condition("sciatica".into()));
    assert_eq!(
        top(&kb, "chiro"),
        EntityRef::Article("consistency-and-dose".into())
    );
    assert_eq!(
        top(&kb, "hip burs"),
        EntityRef::Condition("hip-bursitis".into())
    );
}

#[test]
fn words_match_in_any_order_and_all_must_match() {
    let kb = load_assets();
    assert_eq!(
        top(&kb, "bursitis hip"),
        EntityRef::Condition("hip-bursitis".into())
    );
    assert!(kb.search("sciatica zebra").is_empty());
    assert!(kb.search("").is_empty());
    assert!(kb.search("  ,; ").is_empty());
}

#[test]
fn names_and_keywords_rank_above_body_text() {
    let kb = load_assets();
    let hits = kb.search("sciatica");
    assert_eq!(hits[0].why, "Sciatica");
    assert!(hits[1..].iter().all(|h| h.score < hits[0].score));
    // "numb" is a keyword of sciatica, but only body text ("numbness") elsewhere.
    let numb = kb.search("numb");
    assert_eq!(numb[0].why, "about \u{201c}numb\u{201d}");
    assert!(numb[1].score < numb[0].score / 2);
}

#[test]
fn why_is_short() {
    let kb = load_assets();
    for query in ["hip", "back", "massage", "pain", "stretch", "breath"] {
        for hit in kb.search(query) {
            assert!(hit.why.chars().count() <= 120, "{query}: {}", hit.why);
            assert!(!hit.title.is_empty());
        }
    }
}

#[test]
fn a_kept_index_searches_the_whole_base_quickly() {
    let kb = load_assets();
    let index = SearchIndex::new(&kb);
    let queries = [
        "s",
        "sc",
        "sci",
        "sciatica",
        "after massage",
        "hip pain when sitting",
    ];
    let start = std::time::Instant::now();
    for _ in 0..20 {
        for q in queries {
            std::hint::black_box(index.search(q));
        }
    }
    let each = start.elapsed() / (20 * queries.len() as u32);
    println!("{each:?} per search over {} entries", kb.entities().len());
    // Generous for unoptimised test builds; a release build is far under 1 ms.
    assert!(each.as_millis() < 20, "{each:?} per search");
    assert_eq!(index.search("gun"), kb.search("gun"));
}
