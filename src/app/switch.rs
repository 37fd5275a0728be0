//! Which page each route renders: the one place that imports every page, kept in the app frame
//! so that `crate::route` (a URL and nothing else) stays below the pages and components.

use atlas_core::content::{AppSection, EntityRef};
use yew::prelude::*;

use crate::pages;
use crate::route::{MapState, Route};

/// Renders the page for a route.
pub fn switch(route: Route) -> Html {
    match route {
        Route::Home => html! { <pages::home::HomePage /> },
        Route::Atlas => html! { <pages::atlas::AtlasPage view={MapState::default()} /> },
        Route::AtlasView { view } => html! { <pages::atlas::AtlasPage {view} /> },
        Route::Muscle { id } => {
            html! { <pages::entry::EntryPage entry={EntityRef::Muscle(id.to_string())} /> }
        }
        Route::Conditions => list_page(AppSection::Conditions),
        Route::Condition { id } => {
            html! { <pages::entry::EntryPage entry={EntityRef::Condition(id.to_string())} /> }
        }
        Route::Techniques => list_page(AppSection::Techniques),
        Route::Technique { id } => {
            html! { <pages::entry::EntryPage entry={EntityRef::Technique(id.to_string())} /> }
        }
        Route::Stretches => list_page(AppSection::Stretches),
        Route::Stretch { id } => {
            html! { <pages::entry::EntryPage entry={EntityRef::Stretch(id.to_string())} /> }
        }
        Route::Note { id } => {
            html! { <pages::entry::EntryPage entry={EntityRef::Note(id.to_string())} /> }
        }
        Route::Visit => list_page(AppSection::Visit),
        Route::Article { id } => {
            html! { <pages::entry::EntryPage entry={EntityRef::Article(id.to_string())} /> }
        }
        Route::Source { id } => {
            html! { <pages::entry::EntryPage entry={EntityRef::Source(id.to_string())} /> }
        }
        Route::Search { q } => html! { <pages::search::SearchPage {q} /> },
        Route::Explain { step } => html! { <pages::explain::ExplainPage {step} /> },
        Route::TreatmentRoom => html! { <pages::treatment_room::TreatmentRoomPage /> },
        Route::Program => html! { <pages::program::ProgramPage /> },
        Route::ProgramBuilder { condition } => {
            html! { <pages::program::BuilderPage {condition} /> }
        }
        Route::ProgramLink { code } => html! { <pages::program::LinkPage {code} /> },
        Route::NotFound => html! { <pages::not_found::NotFoundPage /> },
    }
}

/// A list page, keyed by its list: going from one list to another replaces the page rather
/// than patching one document into the other, which Yew 0.23 fails at for these two
/// structures (a panic, "failed to insert node before next sibling", going from the stretches
/// to "Your visit"; `tests/e2e/frame.spec.mjs`).
fn list_page(list: AppSection) -> Html {
    html! { <pages::lists::ListPage key={list.as_str()} {list} /> }
}
