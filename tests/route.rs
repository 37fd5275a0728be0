//! Every page's URL: parsing and writing round-trip, odd URLs land somewhere sensible.
#![cfg(not(target_arch = "wasm32"))]

use hip_back_atlas::route::Route;

fn id(s: &str) -> String {
    s.to_string()
}

#[test]
fn every_route_round_trips_through_its_path() {
    let routes = [
        Route::Home,
        Route::Atlas,
        Route::Muscle {
            id: id("piriformis"),
        },
        Route::Conditions,
        Route::Condition {
            id: id("piriformis-syndrome"),
        },
        Route::Techniques,
        Route::Technique {
            id: id("deep-tissue"),
        },
        Route::Stretches,
        Route::Stretch { id: id("cat-cow") },
        Route::Note {
            id: id("lower-back-support"),
        },
        Route::Visit,
        Route::Article {
            id: id("what-to-expect"),
        },
        Route::Source { id: id("seed-001") },
        Route::search(),
        Route::Search {
            q: id("after massage"),
        },
        Route::Search {
            q: id("ça & 50% sore?"),
        },
        Route::explain(),
        Route::Explain { step: 6 },
        Route::Explain { step: 9 },
        Route::Program,
        Route::ProgramBuilder {
            condition: String::new(),
        },
        Route::ProgramBuilder {
            condition: id("sciatica"),
        },
        Route::ProgramLink {
            code: id("1AbC-_x9"),
        },
        Route::NotFound,
    ];
    for route in routes {
        assert_eq!(Route::parse(&route.path()), route, "{}", route.path());
        assert_eq!(Route::parse(&route.href()), route, "{}", route.href());
        assert!(
            !route.href().starts_with('/'),
            "relative to the root: {}",
            route.href()
        );
    }
}

#[test]
fn paths_read_as_a_reader_would_type_them() {
    assert_eq!(Route::parse(""), Route::Home);
    assert_eq!(Route::parse("/"), Route::Home);
    assert_eq!(Route::parse("/atlas/"), Route::Atlas);
    assert_eq!(
        Route::parse("/muscle/piriformis"),
        Route::Muscle {
            id: id("piriformis")
        }
    );
    assert_eq!(
        Route::parse("/search?q=after+massage"),
        Route::Search {
            q: id("after massage")
        }
    );
    assert_eq!(
        Route::parse("/search?x=1&q=numb%20toes"),
        Route::Search { q: id("numb toes") }
    );
    assert_eq!(Route::parse("/search"), Route::search());
    assert_eq!(Route::search().path(), "/search/");
    // The words stay after `#`, which no request carries (issue 26: "my private symptom" was
    // in the host's logs); an older `?q=` link still reads as the same search.
    assert_eq!(Route::Search { q: id("a b") }.path(), "/search/#q=a%20b");
    assert_eq!(Route::Search { q: id("a b") }.href(), "search/#q=a%20b");
    assert_eq!(
        Route::parse("/search/#q=my%20private%20symptom"),
        Route::Search {
            q: id("my private symptom")
        }
    );
    assert!(Route::is_old_address("/search/?q=numb"));
    assert!(Route::is_old_address("/search?q=numb#main"));
    assert!(!Route::is_old_address("/search/#q=numb"));
    assert!(!Route::is_old_address("/search/"));
    assert!(!Route::is_old_address("/atlas/?lit=piriformis"));
    assert!(!Route::is_old_address("/p/#1AbC"));
    assert_eq!(Route::Home.href(), "./");
}

#[test]
fn unknown_and_malformed_urls_are_not_found_or_kept_as_typed() {
    for path in ["/nope", "/muscle", "/muscle/a/b", "/visit/a/b", "//x//y"] {
        assert_eq!(Route::parse(path), Route::NotFound, "{path}");
    }
    // A broken escape is kept as typed rather than failing: the page then says "not found".
    assert_eq!(
        Route::parse("/muscle/pir%zzformis"),
        Route::Muscle {
            id: id("pir%zzformis")
        }
    );
    assert_eq!(
        Route::parse("/search?q=100%"),
        Route::Search { q: id("100%") }
    );
}

mod map_view {
    use atlas_core::bodymap::{Facing, Layer};
    use hip_back_atlas::route::{MapState, Route, MAX_LIT};

    fn lit(ids: &[&str]) -> Vec<String> {
        ids.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn the_map_view_round_trips_through_its_url() {
        let view = MapState {
            facing: Some(Facing::Front),
            layer: Some(Layer::Deep),
            lit: lit(&["piriformis", "gluteus-maximus"]),
        };
        let route = Route::atlas(view.clone());
        assert_eq!(
            route.path(),
            "/atlas/?side=front&layer=deep&lit=piriformis,gluteus-maximus"
        );
        assert_eq!(Route::parse(&route.path()), route);
        assert_eq!(Route::parse(&route.path()), Route::AtlasView { view });
    }

    #[test]
    fn the_default_view_has_one_url() {
        assert_eq!(Route::atlas(MapState::default()), Route::Atlas);
        assert_eq!(Route::parse("/atlas?"), Route::Atlas);
        assert_eq!(Route::parse("/atlas?side=sideways&x=1"), Route::Atlas);
        assert_eq!(Route::Atlas.path(), "/atlas/");
    }

    #[test]
    fn a_crafted_url_lights_at_most_every_muscle_once() {
        let many: Vec<String> = (0..1000).map(|i| format!("m{i}")).collect();
        let query = format!("lit={},m0,m0", many.join(","));
        let view = MapState::from_query(&query);
        assert_eq!(view.lit.len(), MAX_LIT);
        assert_eq!(view.lit[0], "m0");
        let long = "x".repeat(10_000);
        assert!(MapState::from_query(&format!("lit={long}")).lit.is_empty());
    }

    #[test]
    fn a_tap_lights_one_muscle_or_adds_it_when_together() {
        let none = MapState::default();
        let one = none.tapped("piriformis", false);
        assert_eq!(one.lit, lit(&["piriformis"]));
        assert_eq!(one.focus(), Some("piriformis"));
        // Alone: another tap replaces; tapping the only lit muscle again clears it.
        assert_eq!(one.tapped("hamstrings", false).lit, lit(&["hamstrings"]));
        assert!(one.tapped("piriformis", false).lit.is_empty());
        // Together: taps add, a second tap on a lit one takes it away.
        let two = one.tapped("hamstrings", true);
        assert_eq!(two.lit, lit(&["piriformis", "hamstrings"]));
        assert_eq!(two.focus(), Some("hamstrings"));
        assert_eq!(two.tapped("piriformis", true).lit, lit(&["hamstrings"]));
        // The side and layer the reader chose stay as they were.
        let chosen = MapState {
            facing: Some(Facing::Back),
            ..MapState::default()
        };
        assert_eq!(
            chosen.tapped("multifidus", false).facing,
            Some(Facing::Back)
        );
    }
}

#[test]
fn explain_steps_have_numbered_paths() {
    assert_eq!(Route::parse("/explain"), Route::Explain { step: 1 });
    assert_eq!(Route::parse("/explain/"), Route::Explain { step: 1 });
    assert_eq!(Route::parse("/explain/3"), Route::Explain { step: 3 });
    assert_eq!(Route::Explain { step: 3 }.path(), "/explain/3/");
    assert_eq!(Route::explain().path(), "/explain/");
    assert_eq!(Route::parse("/explain/1/"), Route::explain());
    // Not a step number: the not-found page, never a panic.
    for path in ["/explain/0", "/explain/two", "/explain/-1", "/explain/3/4"] {
        assert_eq!(Route::parse(path), Route::NotFound, "{path}");
    }
}

#[test]
fn old_hash_links_read_as_the_page_they_name() {
    for (old, route) in [
        (
            "/#/muscle/piriformis",
            Route::Muscle {
                id: id("piriformis"),
            },
        ),
        ("/#/search?q=numb", Route::Search { q: id("numb") }),
        ("/#/explain/3", Route::Explain { step: 3 }),
        ("/#/", Route::Home),
        ("/#/p/1AbC", Route::ProgramLink { code: id("1AbC") }),
    ] {
        assert_eq!(Route::parse(old), route, "{old}");
        assert!(Route::is_hash_link(old), "{old}");
        assert!(Route::is_old_address(old), "{old}");
    }
    assert!(!Route::is_hash_link("/p/#1AbC"));
    assert!(!Route::is_hash_link("/muscle/piriformis/#main"));
    assert_eq!(
        Route::parse("/muscle/piriformis/#main"),
        Route::Muscle {
            id: id("piriformis")
        }
    );
}

#[test]
fn a_handed_over_program_stays_in_the_fragment() {
    let link = Route::ProgramLink {
        code: id("1AbC-_x9"),
    };
    assert_eq!(link.path(), "/p/#1AbC-_x9");
    assert_eq!(link.href(), "p/#1AbC-_x9");
    assert_eq!(link.folder(), "p");
    assert_eq!(
        Route::parse("/p/"),
        Route::ProgramLink {
            code: String::new()
        }
    );
}

#[test]
fn every_page_has_its_own_folder() {
    let kb = hip_back_atlas::data::kb();
    let pages = hip_back_atlas::route::every_page(kb);
    let folders: std::collections::BTreeSet<String> = pages.iter().map(Route::folder).collect();
    assert_eq!(folders.len(), pages.len(), "two pages share a folder");
    assert!(folders.contains("muscle/piriformis"));
    assert!(folders.contains(""));
    assert_eq!(
        pages
            .iter()
            .filter(|r| matches!(r, Route::Muscle { .. }))
            .count(),
        kb.muscles.len()
    );
    assert_eq!(
        pages
            .iter()
            .filter(|r| matches!(r, Route::Explain { .. }))
            .count(),
        kb.explain.len()
    );
    for page in &pages {
        assert_eq!(&Route::parse(&page.path()), page);
    }
}

#[test]
fn the_first_explain_step_is_also_written_at_its_number() {
    use hip_back_atlas::route::also_at;
    let first = Route::explain();
    let alias = also_at(&first).expect("a second address");
    assert_eq!(Route::parse(&format!("/{alias}/")), first);
    assert_eq!(also_at(&Route::Explain { step: 2 }), None);
    assert_eq!(also_at(&Route::Home), None);
}
