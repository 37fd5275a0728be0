//! The printed handout (shown only when printing; A4 and US Letter, black and white safe): the
//! clinic's name and contact, each stretch with its start and hold pictures, its dose in words
//! and its cautions, when to stop and see a doctor, today's treatment and aftercare, and the QR
//! code to open it all on a phone.

use atlas_core::program::Program;
use yew::prelude::*;

use super::parts::{program_items, treatment_view};
use crate::components::claim::ClaimText;
use crate::components::qr::qr_code;
use crate::data::{clinic, kb};

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
            </header>
            <h2 class="handout__title">{ "Your home program" }</h2>
            if let Some(note) = kb.program_note("why-daily") {
                <ClaimText claim={note.text.clone()} />
            }
            { program_items(program, true) }
            if let Some(flags) = kb.program_note("red-flags") {
                <section class="handout__flags">
                    <h3>{ "Stop and see a doctor" }</h3>
                    <ClaimText claim={flags.text.clone()} />
                </section>
            }
            if let Some(treatment) = &program.treatment {
                { treatment_view(treatment) }
            }
            <div class="handout__qr">
                { qr_code(link, "QR code to open this program on a phone") }
                <p>{ "Scan with your phone's camera to open this program, play the stretches and keep a log." }</p>
            </div>
        </div>
    }
}
