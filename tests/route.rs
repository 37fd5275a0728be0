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
        Route::Explain,
        Route::Program,
        Route::NotFound,
    ];
    for route in routes {
        assert_eq!(Route::parse(&route.path()), route, "{}", route.path());
        assert_eq!(route.href(), format!("#{}", route.path()));
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
    assert_eq!(Route::search().path(), "/search");
    assert_eq!(Route::Search { q: id("a b") }.path(), "/search?q=a%20b");
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
