//! The treatment room: the therapist's tools, apart from the client's site. Clients reach
//! the atlas from a search and never see wording addressed to a therapist; the one way in
//! here is a small link in the footer (issue 23, item 2). Explain mode and the program builder
//! are linked from here, and neither is in the sitemap.
//!
//! Installed from here, the app is the tablet's own (`manifest-treatment-room.webmanifest`,
//! which opens here), and "This is the clinic's tablet" keeps the treatment room in that
//! tablet's menu (`platform::clinic_tablet`).

use yew::prelude::*;

use crate::components::page_title::use_page_title;
use crate::data::{show, word, Word};
use crate::platform::{clinic_tablet, document};
use crate::route::Route;
use crate::router::Link;

/// The tablet's web app manifest (start_url: this page), beside the site's own.
pub const TABLET_MANIFEST: &str = "manifest-treatment-room.webmanifest";
/// The site's web app manifest, for every client page.
pub const SITE_MANIFEST: &str = "manifest.webmanifest";

/// The page that links the therapist's tools.
#[component]
pub fn TreatmentRoomPage() -> Html {
    use_page_title(word(Word::TreatmentRoom).to_string());
    // Installing from this page installs the tablet's app, which opens here.
    use_effect_with((), |_| {
        document::set_manifest(TABLET_MANIFEST);
        || document::set_manifest(SITE_MANIFEST)
    });
    html! {
        <article class="page treatment-room">
            <h1>{ show(Word::TreatmentRoom) }</h1>
            <p class="lead">{ show(Word::TreatmentRoomLead) }</p>
            <ul class="treatment-room__tools">
                <li>
                    <Link to={Route::explain()} classes="button button--primary">{ show(Word::ExplainMode) }</Link>
                    <p>{ show(Word::ExplainModeWhat) }</p>
                </li>
                <li>
                    <Link to={Route::ProgramBuilder { condition: String::new() }} classes="button">
                        { show(Word::BuilderTitle) }
                    </Link>
                    <p>{ show(Word::BuilderWhat) }</p>
                </li>
            </ul>
            <ClinicTablet />
        </article>
    }
}

/// "This is the clinic's tablet": kept on the device, so known only after the app takes over
/// (`data-device`); until then the switch shows off.
#[component]
fn ClinicTablet() -> Html {
    let on = use_state(|| false);
    let problem = use_state(|| false);
    {
        let on = on.setter();
        use_effect_with((), move |_| on.set(clinic_tablet::is_clinic_tablet()));
    }
    let onclick = {
        let (on, problem) = (on.clone(), problem.setter());
        Callback::from(move |_: MouseEvent| {
            let want = !*on;
            match clinic_tablet::set_clinic_tablet(want) {
                Ok(()) => {
                    on.set(want);
                    problem.set(false);
                }
                Err(_) => problem.set(true),
            }
        })
    };
    html! {
        <section class="treatment-room__tablet" aria-labelledby="clinic-tablet-title" data-device="">
            <h2 id="clinic-tablet-title">{ show(Word::TabletTitle) }</h2>
            <p>
                { "On the clinic's own tablet, keep the Treatment room in the menu. Add this page to \
                   the home screen too: the app it installs opens here." }
            </p>
            <button type="button" class="button" aria-pressed={on.to_string()} {onclick}>
                { show(Word::TabletIsClinics) }
            </button>
            if *on {
                <p role="status">{ show(Word::TabletMenuShows) }</p>
            }
            if *problem {
                <p role="status">{ show(Word::TabletKeepsNothing) }</p>
            }
        </section>
    }
}
