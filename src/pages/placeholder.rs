//! Sections whose issue has not landed yet say so plainly, and point to what already exists.

use crate::router::Link;
use yew::prelude::*;

use crate::components::bend_model::BendModel;
use crate::components::page_title::use_page_title;
use crate::route::Route;

/// The therapist's explain mode (not built yet).
#[component]
pub fn ExplainPage() -> Html {
    use_page_title("Explain".to_string());
    html! {
        <article class="page placeholder">
            <h1>{ "Explain mode" }</h1>
            <p class="notice">{ "Not built yet. Explain mode will walk through the hip–lumbar session as a guided story, with a live model of how tight hips push movement into the low back." }</p>
            <p>{ "Until then, what happens in a session is explained in " }
                <Link to={Route::Visit}>{ "Your visit" }</Link>{ "." }</p>
            // Temporary, until the explain mode's steps land: its hip–lumbar step will hold it.
            <BendModel />
        </article>
    }
}

/// The client's home program (not built yet).
#[component]
pub fn ProgramPage() -> Html {
    use_page_title("My program".to_string());
    html! {
        <article class="page placeholder">
            <h1>{ "My program" }</h1>
            <p class="notice">{ "Not built yet. Here you will keep the one or two stretches your therapist gives you, print them or share them by link or QR code, and log how they went, all on this device." }</p>
            <p>{ "Until then, every stretch has its own guide in " }
                <Link to={Route::Stretches}>{ "Stretches" }</Link>{ "." }</p>
        </article>
    }
}
