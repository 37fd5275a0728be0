//! Sections whose issue has not landed yet say so plainly, and point to what already exists.

use crate::router::Link;
use yew::prelude::*;

use crate::components::page_title::use_page_title;
use crate::route::Route;

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
