//! The treatment room: the therapist's tools, apart from the client's site. Clients reach
//! the atlas from a search and never see wording addressed to a therapist; the one way in
//! here is a small link in the footer (issue 23, item 2). Explain mode and the program builder
//! are linked from here, and neither is in the sitemap.

use yew::prelude::*;

use crate::components::page_title::use_page_title;
use crate::route::Route;
use crate::router::Link;

/// The page that links the therapist's tools.
#[component]
pub fn TreatmentRoomPage() -> Html {
    use_page_title("Treatment room".to_string());
    html! {
        <article class="page treatment-room">
            <h1>{ "Treatment room" }</h1>
            <p class="lead">{ "For the clinic's therapists: tools to use with a client during a visit." }</p>
            <ul class="treatment-room__tools">
                <li>
                    <Link to={Route::explain()} classes="button button--primary">{ "Explain mode" }</Link>
                    <p>{ "Walk a client through the session, step by step, on the tablet." }</p>
                </li>
                <li>
                    <Link to={Route::ProgramBuilder { condition: String::new() }} classes="button">
                        { "Make a home program" }
                    </Link>
                    <p>{ "Pick one or two stretches and hand them over by QR code, link or print." }</p>
                </li>
            </ul>
        </article>
    }
}
