//! Every page's URL. Routing is hash-based (`#/muscle/piriformis`) so a deep link survives a
//! reload on any plain static host, at any sub-path, with no server rewrite rules.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::pages;

/// A page of the app, parsed from the part of the URL after `#`.
#[derive(Clone, Debug, PartialEq, Eq, Routable)]
pub enum Route {
    /// The welcome page.
    #[at("/")]
    Home,
    /// The body map with the list of muscle groups beside it.
    #[at("/atlas")]
    Atlas,
    /// One muscle group.
    #[at("/muscle/:id")]
    Muscle { id: String },
    /// All conditions.
    #[at("/conditions")]
    Conditions,
    /// One condition.
    #[at("/condition/:id")]
    Condition { id: String },
    /// All massage techniques.
    #[at("/techniques")]
    Techniques,
    /// One massage technique.
    #[at("/technique/:id")]
    Technique { id: String },
    /// All stretches.
    #[at("/stretches")]
    Stretches,
    /// One stretch, with its guide.
    #[at("/stretch/:id")]
    Stretch { id: String },
    /// One emotional-connection note (a traditional perspective, apart from the anatomy).
    #[at("/note/:id")]
    Note { id: String },
    /// What happens at a visit, and the clinic's advice: the list of articles.
    #[at("/visit")]
    Visit,
    /// One article about the visit or home care.
    #[at("/visit/:id")]
    Article { id: String },
    /// One source and everything that cites it.
    #[at("/source/:id")]
    Source { id: String },
    /// Search over everything.
    #[at("/search")]
    Search,
    /// The therapist's explain mode.
    #[at("/explain")]
    Explain,
    /// The client's home program.
    #[at("/program")]
    Program,
    /// Any URL the app does not know.
    #[not_found]
    #[at("/not-found")]
    NotFound,
}

/// Renders the page for a route.
pub fn switch(route: Route) -> Html {
    match route {
        Route::Home => html! { <pages::home::HomePage /> },
        Route::Atlas => html! { <pages::atlas::AtlasPage /> },
        Route::Muscle { id } => html! { <pages::muscle::MusclePage {id} /> },
        Route::Conditions => html! { <pages::lists::ConditionsPage /> },
        Route::Condition { id } => html! { <pages::condition::ConditionPage {id} /> },
        Route::Techniques => html! { <pages::lists::TechniquesPage /> },
        Route::Technique { id } => html! { <pages::technique::TechniquePage {id} /> },
        Route::Stretches => html! { <pages::lists::StretchesPage /> },
        Route::Stretch { id } => html! { <pages::stretch::StretchPage {id} /> },
        Route::Note { id } => html! { <pages::note::NotePage {id} /> },
        Route::Visit => html! { <pages::lists::VisitPage /> },
        Route::Article { id } => html! { <pages::article::ArticlePage {id} /> },
        Route::Source { id } => html! { <pages::source::SourcePage {id} /> },
        Route::Search => html! { <pages::search::SearchPage /> },
        Route::Explain => html! { <pages::placeholder::ExplainPage /> },
        Route::Program => html! { <pages::placeholder::ProgramPage /> },
        Route::NotFound => html! { <pages::not_found::NotFoundPage /> },
    }
}
