//! The hand-over: the program as a QR code to scan, its link as text to copy, and the printed
//! handout. The whole program is in the link; nothing is stored anywhere else.

use std::rc::Rc;

use atlas_core::program::{encode, Program};
use yew::prelude::*;

use super::handout::handout;
use crate::components::qr::qr_code;
use crate::platform::document;
use crate::route::Route;

/// Props for [`HandOff`].
#[derive(Properties, PartialEq)]
pub struct HandOffProps {
    /// The program to hand over.
    pub program: Rc<Program>,
}

/// The program as a QR code, a link to copy and a printed handout.
#[component]
pub fn HandOff(props: &HandOffProps) -> Html {
    let code = encode(&props.program);
    let link = document::absolute_href(&Route::ProgramLink { code }.href());
    let copied = use_state(|| false);
    let on_copy = {
        let link = link.clone();
        let copied = copied.clone();
        Callback::from(move |_: MouseEvent| {
            document::copy_text(&link);
            copied.set(true);
        })
    };
    let on_print = Callback::from(|_: MouseEvent| document::print());
    html! {
        <section class="hand-off" id="hand-off" tabindex="-1" aria-labelledby="hand-off-title">
            <h2 id="hand-off-title">{ "Hand it over" }</h2>
            <div class="hand-off__body">
                { qr_code(&link, "QR code: scan it with the client's phone camera to open this program") }
                <div class="hand-off__actions">
                    <p>{ "Let the client scan the code with their phone's camera, or send the link. The whole program is in the link: nothing is stored anywhere else." }</p>
                    // Text, not a field: it wraps on a narrow screen, and a tap selects it whole.
                    <p class="hand-off__link-row">
                        <strong>{ "Link: " }</strong>
                        <span class="hand-off__link" id="hand-off-link">{ link.clone() }</span>
                    </p>
                    <button type="button" class="button button--primary" onclick={on_copy}>{ "Copy link" }</button>
                    <button type="button" class="button" onclick={on_print}>{ "Print handout" }</button>
                    if *copied {
                        <p role="status">{ "Link copied." }</p>
                    }
                </div>
            </div>
            { handout(&props.program, &link) }
        </section>
    }
}
