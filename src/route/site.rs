//! The pages the build pre-renders: every route the content defines, each to its own folder.

use atlas_core::content::KnowledgeBase;

use super::{route_for, Route};

/// Every page with its own pre-rendered `index.html`: the home page, the atlas, the lists, one
/// page per entry of every kind, each explain step, the program's pages and the not-found page.
/// Views that only differ by a query (a search, a map view) share their page's file.
pub fn every_page(kb: &KnowledgeBase) -> Vec<Route> {
    let mut routes = vec![
        Route::Home,
        Route::Atlas,
        Route::Conditions,
        Route::Techniques,
        Route::Stretches,
        Route::Visit,
        Route::search(),
    ];
    routes.extend(kb.entities().iter().map(|e| route_for(&e.entity_ref())));
    routes.extend((1..=kb.explain.len()).map(|step| Route::Explain { step }));
    routes.extend([
        Route::TreatmentRoom,
        Route::Program,
        Route::ProgramBuilder {
            condition: String::new(),
        },
        Route::ProgramLink {
            code: String::new(),
        },
        Route::NotFound,
    ]);
    routes
}

/// Another folder a page is also written to, for an address people use besides its own:
/// explain mode's first step is `/explain/` and also `/explain/1/`, since the steps are
/// numbered from 1 on screen.
pub fn also_at(route: &Route) -> Option<&'static str> {
    (*route == Route::Explain { step: 1 }).then_some("explain/1")
}
