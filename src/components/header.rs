//! The site header: product and clinic name, and the main navigation.

use crate::router::{use_route, Link};
use yew::prelude::*;

use crate::data::{show, word, Word};
use crate::route::Route;

/// The main sections, in navigation order, with their labels: the client's site only (the
/// therapist's tools are in the treatment room, linked from the footer), few enough to fit one
/// line on a 360 px phone.
pub const SECTIONS: [(Route, Word); 4] = [
    (Route::Atlas, Word::NavAtlas),
    (Route::Stretches, Word::NavStretches),
    (Route::Visit, Word::NavVisit),
    (Route::Program, Word::MyProgram),
];

/// Which main section a route belongs to, so its navigation link can be marked current.
pub fn section_of(route: &Route) -> Option<Route> {
    let section = match route {
        Route::Atlas | Route::AtlasView { .. } | Route::Muscle { .. } | Route::Note { .. } => {
            Route::Atlas
        }
        Route::Conditions | Route::Condition { .. } => Route::Atlas,
        Route::Techniques | Route::Technique { .. } => Route::Visit,
        Route::Stretches | Route::Stretch { .. } => Route::Stretches,
        Route::Visit | Route::Article { .. } | Route::Source { .. } => Route::Visit,
        Route::Program | Route::ProgramLink { .. } => Route::Program,
        // The treatment room is not a section of the client's menu.
        Route::Explain { .. } | Route::ProgramBuilder { .. } | Route::TreatmentRoom => return None,
        Route::Home | Route::Search { .. } | Route::NotFound => return None,
    };
    Some(section)
}

/// Product name (a link home), the section navigation and a search link.
#[component]
pub fn Header() -> Html {
    let route = use_route();
    let current = section_of(&route);
    let search_current = matches!(route, Route::Search { .. });
    // The clinic's tablet keeps the way back to the therapist's tools (issue 23); known only
    // on the device, after take-over, so it is a `data-device` part.
    let clinic_tablet = use_state(|| false);
    {
        let set = clinic_tablet.setter();
        use_effect_with(route.clone(), move |_| {
            set.set(crate::platform::clinic_tablet::is_clinic_tablet())
        });
    }
    html! {
        <header class="site-header">
            <div class="site-header__bar">
                <Link to={Route::Home} classes="brand">
                    <span class="brand__mark" aria-hidden="true"></span>
                    <span class="brand__text">
                        <span class="brand__name">{ show(Word::Brand) }</span>
                        <span class="brand__clinic">{ crate::data::clinic().name.clone() }</span>
                    </span>
                </Link>
                <Link to={Route::search()} classes={classes!("search-link", search_current.then_some("is-current"))}>
                    <span aria-hidden="true" class="search-link__icon"></span>
                    <span>{ show(Word::Search) }</span>
                </Link>
            </div>
            <nav class="site-nav" aria-label={word(Word::MainNavLabel)}>
                <ul>
                    { for SECTIONS.iter().map(|(route, label)| {
                        let is_current = current.as_ref() == Some(route);
                        html! {
                            <li>
                                <Link to={route.clone()} classes={classes!("site-nav__link", is_current.then_some("is-current"))}>
                                    <span aria-current={is_current.then_some("page")}>{ show(*label) }</span>
                                </Link>
                            </li>
                        }
                    }) }
                    if *clinic_tablet {
                        <li data-device="">
                            <Link to={Route::TreatmentRoom} classes={classes!("site-nav__link", route.is_treatment_room().then_some("is-current"))}>
                                <span aria-current={(route == Route::TreatmentRoom).then_some("page")}>{ show(Word::TreatmentRoom) }</span>
                            </Link>
                        </li>
                    }
                </ul>
            </nav>
        </header>
    }
}
