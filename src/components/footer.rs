//! The site footer: the clinic's name, contact and hours, the disclaimer (seed 002, from the
//! content's `[[notice]] id = "disclaimer"`) and the privacy promise.

use crate::router::Link;
use yew::prelude::*;

use crate::components::claim::Sources;
use crate::components::clinic::clinic_footer;
use crate::data::{kb, show, Word};
use crate::route::Route;

/// The clinic, the disclaimer, the privacy note and a link to the sources.
pub fn footer() -> Html {
    html! {
        <footer class="site-footer">
            { clinic_footer() }
            if let Some(disclaimer) = kb().notice("disclaimer") {
                // A <div>: the sources are a <details>, which a <p> cannot hold (a browser
                // reading the pre-rendered page would close the paragraph before it).
                <div class="site-footer__disclaimer">
                    <p><strong>{ show(Word::PleaseNote) }</strong>{ disclaimer.text.text.clone() }</p>
                    <Sources ids={disclaimer.text.sources.clone()} />
                </div>
            }
            <p class="site-footer__privacy">
                { show(Word::Privacy) }
                <Link to={Route::Visit}>{ show(Word::VisitAndSources) }</Link>
            </p>
            // The therapist's way in: small, at the very end, never in the client's menu.
            <p class="site-footer__staff">
                <Link to={Route::TreatmentRoom}>{ show(Word::TreatmentRoom) }</Link>
            </p>
        </footer>
    }
}
