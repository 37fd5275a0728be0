//! The welcome page: the three questions a client arrives with, each a way in.

use crate::router::Link;
use yew::prelude::*;

use crate::components::page_title::use_page_title;
use crate::route::Route;

/// Welcome page with the main ways into the atlas.
#[component]
pub fn HomePage() -> Html {
    use_page_title(String::new());
    html! {
        <article class="page home">
            <h1>{ "Your hips and low back work as a team" }</h1>
            <p class="lead">
                { "Hips are made to move; the low back is made to stay steady. When the hips get tight, the low back tends to move more than it should, and it can start to hurt. Explore how the muscles connect, what massage does for them, and what you can do at home." }
            </p>
            <ul class="cards">
                <li class="card">
                    <h2><Link to={Route::Atlas}>{ "Explore the muscles" }</Link></h2>
                    <p>{ "Tap a muscle on the body map to see what it does, what can go wrong and how massage helps." }</p>
                </li>
                <li class="card">
                    <h2><Link to={Route::Stretches}>{ "Stretch at home" }</Link></h2>
                    <p>{ "Gentle, guided stretches with a timer: one or two a day is enough to keep what massage gave you." }</p>
                </li>
                <li class="card">
                    <h2><Link to={Route::Visit}>{ "What to expect at your visit" }</Link></h2>
                    <p>{ "What happens during a massage for hip or back pain, how it should feel, and what the evidence says." }</p>
                </li>
            </ul>
        </article>
    }
}
