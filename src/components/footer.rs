//! The site footer: the clinic's name, contact and hours, the disclaimer (seed 002) and the
//! privacy promise.

use crate::router::Link;
use yew::prelude::*;

use crate::components::clinic::ClinicFooter;
use crate::route::Route;

/// The disclaimer from the source document on lower-back massage (seed 002), word for word.
pub const DISCLAIMER: &str = "This information is for educational purposes only. We do not diagnose or treat any physical or emotional condition. Seek the advice of your physician before beginning this or any other health program. The advice and strategies contained herein may not be suitable for your situation. You should consult with a physician where appropriate.";

/// The clinic, the disclaimer, the privacy note and a link to the sources.
#[component]
pub fn Footer() -> Html {
    html! {
        <footer class="site-footer">
            <ClinicFooter />
            <p class="site-footer__disclaimer"><strong>{ "Please note: " }</strong>{ DISCLAIMER }</p>
            <p class="site-footer__privacy">
                { "No account, no tracking: nothing you do here leaves this device. " }
                <Link to={Route::Visit}>{ "Your visit and our sources" }</Link>
            </p>
        </footer>
    }
}
