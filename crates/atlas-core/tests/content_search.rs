//! Search as you type over the real content: sensible top hits for everyday words.
#![cfg(feature = "toml")]

use atlas_core::content::{
    distance_within, load_toml, max_typos, EntityRef, KnowledgeBase, SearchIndex, STOP_WORDS,
};

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
        ("clamshell", EntityRef::Stretch("clamshell".into())),
        ("clam", EntityRef::Stretch("clamshell".into())),
        ("bridge", EntityRef::Stretch("bridge".into())),
        ("gun", EntityRef::Technique("rolling".into())),
        ("mo", EntityRef::Technique("kneading".into())),
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
fn a_muscles_name_finds_that_muscle_first() {
    // A rule over whatever the content holds, so a clinic that renames a muscle keeps it.
    let kb = load_assets();
    for muscle in &kb.muscles {
        let expected = EntityRef::Muscle(muscle.id.clone());
        assert_eq!(
            top(&kb, &muscle.name),
            expected,
            "top hit for {:?}",
            muscle.name
        );
    }
}

#[test]
fn strengthening_words_find_both_exercises_and_the_article() {
    let kb = load_assets();
    for query in ["strengthen", "strengthening", "glute activation"] {
        let hits: Vec<EntityRef> = kb.search(query).into_iter().map(|h| h.entity).collect();
        for wanted in [
            EntityRef::Stretch("bridge".into()),
            EntityRef::Stretch("clamshell".into()),
            EntityRef::Article("glute-activation".into()),
        ] {
            assert!(
                hits.contains(&wanted),
                "{query:?} misses {wanted:?}: {hits:?}"
            );
        }
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

/// Issue 10, item 5: what a person types, and the entry they meant, against the real content.
#[test]
fn search_forgives_everyday_phrases_vocabulary_and_typos() {
    let kb = load_assets();
    let expect = [
        (
            "pain when sitting",
            EntityRef::Condition("chronic-low-back-pain".into()),
        ),
        (
            "office chair",
            EntityRef::Condition("chronic-low-back-pain".into()),
        ),
        (
            "lower back hurts",
            EntityRef::Condition("chronic-low-back-pain".into()),
        ),
        ("sore after massage", EntityRef::Article("aftercare".into())),
        ("heat", EntityRef::Article("home-advice".into())),
        ("bruise", EntityRef::Article("aftercare".into())),
        ("siatica", EntityRef::Condition("sciatica".into())),
        // More of the vocabulary and typos, each leading where the content supports it.
        ("hot water bottle", EntityRef::Article("home-advice".into())),
        ("steps", EntityRef::Condition("hip-osteoarthritis".into())),
        ("knots", EntityRef::Technique("trigger-point".into())),
        ("sciatcia", EntityRef::Condition("sciatica".into())),
        ("pirifromis", EntityRef::Muscle("piriformis".into())),
        ("hamstrigns", EntityRef::Muscle("hamstrings".into())),
    ];
    for (query, entity) in expect {
        assert_eq!(top(&kb, query), entity, "top hit for {query:?}");
    }
}

#[test]
fn each_forgiving_match_says_why_in_the_readers_words() {
    let kb = load_assets();
    let why = |q: &str| kb.search(q)[0].why.clone();
    assert_eq!(
        why("office chair"),
        "for \u{201c}office chair\u{201d}: about \u{201c}sitting\u{201d}"
    );
    assert_eq!(
        why("lower back hurts"),
        "for \u{201c}lower back hurts\u{201d}: also called \u{201c}lower back pain\u{201d}"
    );
    assert_eq!(why("siatica"), "did you mean \u{201c}sciatica\u{201d}?");
    // What was typed is matched first, and says so as before.
    assert_eq!(why("bruise"), "about \u{201c}bruise\u{201d}");
    assert_eq!(why("heat"), "about \u{201c}heat\u{201d}");
    // The cupping technique is found too: the content says cupping leaves marks.
    let bruise = kb.search("bruise");
    let cupping = bruise
        .iter()
        .find(|h| h.entity == EntityRef::Technique("cupping".into()))
        .expect("cupping found for bruise");
    assert!(cupping.why.contains("cupping marks"), "{}", cupping.why);
}

#[test]
fn a_why_never_echoes_more_than_a_short_excerpt() {
    let kb = load_assets();
    let long = format!("office chair {}", "sciatica ".repeat(50));
    for query in [long.as_str(), "siatica pain office chair lower back hurts"] {
        for hit in kb.search(query) {
            assert!(hit.why.chars().count() <= 120, "{query}: {}", hit.why);
        }
    }
}

#[test]
fn stop_words_are_ignored_in_phrases_but_a_lone_stop_word_still_searches() {
    let kb = load_assets();
    assert_eq!(kb.search("pain when sitting"), kb.search("pain sitting"));
    assert_eq!(
        kb.search("it hurts when I sit at my desk"),
        kb.search("hurts sit desk")
    );
    // Words that narrow a search are not stop words.
    for word in ["after", "how", "back", "up", "pain", "sitting", "not"] {
        assert!(!STOP_WORDS.contains(&word), "{word}");
    }
    for word in STOP_WORDS {
        assert_eq!(word, word.to_lowercase(), "stop words are lowercase");
        assert!(word.len() <= 5, "{word}: stop words are small words");
    }
    // "a" alone is kept: a query of stop words only searches for them.
    assert!(!kb.search("a").is_empty());
}

#[test]
fn edit_distance_counts_slips_and_gives_up_early() {
    assert_eq!(distance_within("siatica", "sciatica", 1), Some(1));
    assert_eq!(distance_within("sciatcia", "sciatica", 1), Some(1));
    assert_eq!(distance_within("pirafomis", "piriformis", 2), Some(2));
    assert_eq!(distance_within("pirafomis", "piriformis", 1), None);
    assert_eq!(distance_within("heat", "heat", 0), Some(0));
    assert_eq!(distance_within("stretch", "stairs", 2), None);
    assert_eq!((max_typos(4), max_typos(5), max_typos(8)), (0, 1, 2));
}

#[test]
fn typos_rank_below_exact_and_prefix_matches_and_only_when_needed() {
    let kb = load_assets();
    let exact = kb.search("sciatica")[0].score;
    let prefix = kb.search("sciat")[0].score;
    let typo = kb.search("siatica")[0].score;
    assert!(exact > prefix && prefix > typo, "{exact} {prefix} {typo}");
    // A word the atlas knows is never "corrected" into its neighbours.
    for query in ["sitting", "stretch", "sci", "massage"] {
        for hit in kb.search(query) {
            assert!(!hit.why.starts_with("did you mean"), "{query}: {}", hit.why);
        }
    }
    // Under five letters a word must be exact (or a prefix): "heet" finds nothing.
    assert!(kb.search("heet").is_empty());
    // Two slips need eight letters or more.
    assert!(kb.search("siatika").is_empty());
    assert_eq!(
        top(&kb, "pirafomis"),
        EntityRef::Muscle("piriformis".into())
    );
}

#[test]
fn the_vocabulary_is_the_clinics_to_edit() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/content");
    let read = |name: &str| std::fs::read_to_string(root.join(name)).expect("fixture");
    let (sources, muscles, links, pages, program, interface) = (
        read("minimal/sources.toml"),
        read("minimal/muscles.toml"),
        read("minimal/links.toml"),
        read("minimal/pages.toml"),
        read("minimal/program.toml"),
        read("minimal/interface.toml"),
    );
    let vocabulary = "[[synonym]]\nwords = [\"bum muscle\"]\nmeans = [\"piriformis\"]\n";
    let kb = load_toml(&[
        ("sources.toml", &sources),
        ("muscles.toml", &muscles),
        ("links.toml", &links),
        ("pages.toml", &pages),
        ("program.toml", &program),
        ("interface.toml", &interface),
        ("vocabulary.toml", vocabulary),
    ])
    .expect("valid vocabulary");
    assert_eq!(kb.synonyms[0].file, "vocabulary.toml");
    let hits = kb.search("my bum muscle");
    assert_eq!(hits[0].entity, EntityRef::Muscle("piriformis".into()));
    assert_eq!(hits[0].why, "for \u{201c}bum muscle\u{201d}: Piriformis");
}

#[test]
fn therapist_scripts_are_never_found_or_quoted() {
    let kb = common::load_assets();
    let scripts: Vec<&str> = kb
        .articles
        .iter()
        .flat_map(|a| a.sections.iter())
        .flat_map(|s| s.scripts.iter())
        .map(|c| c.text.as_str())
        .collect();
    assert!(!scripts.is_empty(), "the session plan has scripts");
    for script in scripts {
        // The script's own opening words, searched as a phrase.
        let phrase: String = script
            .split_whitespace()
            .take(6)
            .collect::<Vec<_>>()
            .join(" ");
        for hit in kb.search(&phrase) {
            let shown = hit.why.trim_end_matches('\u{2026}');
            assert!(
                !script.contains(shown) || shown.len() < 20,
                "{phrase}: {}",
                hit.why
            );
        }
    }
}
