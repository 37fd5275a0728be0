//! The printed handout (shown only when printing; A4 and US Letter, black and white safe): the
//! clinic's name and contact, the date and a line for the client's name, then each move as a
//! client can follow it on paper — its start and hold pictures, its dose in words, the
//! numbered steps, its precautions with their modifications (and a modification's own picture
//! where the guide draws one) and when to stop — the signs that
//! mean stopping and seeing a doctor, today's treatment and aftercare, and the QR code to open
//! it all on a phone.

use atlas_core::content::Stretch;
use atlas_core::program::{Day, Item, Program};
use yew::prelude::*;

use super::parts::treatment_view;
use crate::components::claim::claim_text;
use crate::components::precautions::{get_ready_line, stop_signs};
use crate::components::qr::qr_code;
use crate::components::stills::{modification_still, stills};
use crate::data::{clinic, kb, show, word, Word};
use crate::platform::clock;

/// The handout for `program`, whose `link` opens it on a phone, laid out for paper by the
/// print stylesheet. A plain function: it holds no state.
pub fn handout(program: &Program, link: &str) -> Html {
    let clinic = clinic();
    let kb = kb();
    let contact: Vec<String> = [
        clinic.phone.clone().unwrap_or_default(),
        clinic.address.join(", "),
    ]
    .into_iter()
    .filter(|s| !s.is_empty())
    .collect();
    html! {
        <div class="handout" aria-hidden="true">
            <header class="handout__header">
                <p class="handout__clinic">{ clinic.name.clone() }</p>
                <p class="handout__contact">{ contact.join(" · ") }</p>
                <p class="handout__for">
                    <span>{ show(Word::HandoutDate) }{ printed_on() }</span>
                    <span class="handout__name">{ show(Word::HandoutName) }</span>
                </p>
            </header>
            <h2 class="handout__title">{ show(Word::HandoutTitle) }</h2>
            if let Some(note) = kb.program_note("why-daily") {
                { claim_text(&note.text, None) }
            }
            <ol class="handout__moves">
                { for program.items.iter().filter_map(|item| {
                    kb.stretch(&item.stretch).map(|stretch| move_on_paper(stretch, item))
                }) }
            </ol>
            <div class="handout__end">
                <section class="handout__flags">
                    <h3>{ show(Word::HandoutWhenToStop) }</h3>
                    { for stop_signs().into_iter().map(|claim| html! { <p>{ claim.text.clone() }</p> }) }
                </section>
                <div class="handout__qr">
                    { qr_code(link, word(Word::HandoutQrLabel)) }
                    <p>{ show(Word::HandoutScan) }</p>
                </div>
            </div>
            if let Some(treatment) = &program.treatment {
                { treatment_view(treatment) }
            }
        </div>
    }
}

/// One move as a client follows it on paper: pictures, dose, steps, and its precautions with
/// the modifications (a new hip keeps its "right angle" limit on paper too), each as short as
/// the player's "check first".
fn move_on_paper(stretch: &'static Stretch, item: &Item) -> Html {
    let notes = kb().precautions_for_stretch(&stretch.id);
    html! {
        <li class="handout__move">
            <h3 class="handout__move-name">{ stretch.name.clone() }</h3>
            <div class="handout__move-body">
                { stills(stretch) }
                <div class="handout__move-text">
                    <p class="handout__dose">{ item.dose.in_words(stretch.goal) }</p>
                    <ol class="handout__steps">
                        { for stretch.steps.iter().map(|s| html! { <li>{ s.text.clone() }</li> }) }
                    </ol>
                </div>
                <div class="handout__move-checks">
                    if !notes.is_empty() {
                        // As short as the player's "check first" (the advice's first sentence
                        // and the modification), so two moves and the QR fit one page; the
                        // full advice is on the move's page the QR opens.
                        <p class="handout__check">{ "Check first:" }</p>
                        <ul class="handout__precautions">
                            { for notes.iter().map(|note| html! {
                                <li>
                                    // The move as the modification has it, where the guide
                                    // draws it: on paper too, a new hip copies the right angle.
                                    { for note.modification.and_then(|m| modification_still(
                                        stretch,
                                        &note.precaution.id,
                                        m.picture.clone().unwrap_or_default(),
                                    )) }
                                    <strong>{ format!("{}. ", note.precaution.name) }</strong>
                                    { get_ready_line(note) }
                                </li>
                            }) }
                        </ul>
                    }
                </div>
            </div>
        </li>
    }
}

/// Today's date in words on the device that prints (blank in a server render, which never
/// prints a program).
fn printed_on() -> String {
    if !cfg!(target_arch = "wasm32") {
        return String::new();
    }
    let (y, m, d) = clock::local_date();
    Day::from_ymd(y, m, d)
        .map(Day::in_words)
        .unwrap_or_default()
}
