//! The page of each kind of content entry and of each of the app's sections the content names:
//! the one place that knows which, so a link to an entry is written the same way everywhere.

use atlas_core::content::{AppSection, EntityRef, Kind};

use super::Route;

/// The page that shows an entity.
pub fn route_for(entity: &EntityRef) -> Route {
    let id = entity.id().to_string();
    match entity.kind() {
        Kind::Muscle => Route::Muscle { id },
        Kind::Condition => Route::Condition { id },
        Kind::Technique => Route::Technique { id },
        Kind::Stretch => Route::Stretch { id },
        Kind::Note => Route::Note { id },
        Kind::Article => Route::Article { id },
        Kind::Source => Route::Source { id },
    }
}

/// The page of one of the app's sections, for a card in the content that opens it
/// (`to = "stretches"`).
pub fn route_for_section(section: AppSection) -> Route {
    match section {
        AppSection::Home => Route::Home,
        AppSection::Atlas => Route::Atlas,
        AppSection::Conditions => Route::Conditions,
        AppSection::Techniques => Route::Techniques,
        AppSection::Stretches => Route::Stretches,
        AppSection::Visit => Route::Visit,
        AppSection::Search => Route::search(),
        AppSection::Explain => Route::explain(),
        AppSection::Program => Route::Program,
    }
}
