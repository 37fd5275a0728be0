//! The hand-over: the program as a QR code to scan, its link as text to copy, and the printed
//! handout. The whole program is in the link; nothing is stored anywhere else.

use std::rc::Rc;

use atlas_core::program::{encode, Program};
use yew::prelude::*;

use super::handout::handout;
use crate::components::qr::qr_code;
use crate::data::{show, word, Word};
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
            <h2 id="hand-off-title">{ show(Word::HandItOver) }</h2>
            <div class="hand-off__body">
                { qr_code(&link, word(Word::HandOffQrLabel)) }
                <div class="hand-off__actions">
                    <p>{ show(Word::HandOffHow) }</p>
                    // Text, not a field: it wraps on a narrow screen, and a tap selects it whole.
                    <p class="hand-off__link-row">
                        <strong>{ show(Word::HandOffLink) }</strong>
                        <span class="hand-off__link" id="hand-off-link">{ link.clone() }</span>
                    </p>
                    <button type="button" class="button button--primary" onclick={on_copy}>{ show(Word::HandOffCopy) }</button>
                    <button type="button" class="button" onclick={on_print}>{ show(Word::HandOffPrint) }</button>
                    if *copied {
                        <p role="status">{ show(Word::HandOffCopied) }</p>
                    }
                </div>
            </div>
            { handout(&props.program, &link) }
        </section>
    }
}
