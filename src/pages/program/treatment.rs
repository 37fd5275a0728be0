//! Today's treatment in the builder (optional): the muscles worked, tapped on the body map, the
//! techniques, aftercare from the content, a short note for the client and when to come back.
//! A plain function over the builder's state: it holds no state of its own.

use atlas_core::program::{
    ComeBack, Day, Edit, Treatment, TreatmentEdit, MAX_COME_BACK_WEEKS, MAX_NOTE_CHARS,
};
use yew::prelude::*;

use crate::components::body_map::{BodyMap, Marks};
use crate::data::{kb, show, show_with, Word};

/// Optional: what was done today and what to do after. Every change goes to the builder's
/// update function (`atlas_core::program::Builder`), which keeps only what the content has.
pub fn treatment_editor(t: &Treatment, send: &Callback<Edit>) -> Html {
    let kb = kb();
    let treat = |change: fn(String) -> TreatmentEdit| {
        send.reform(move |id: String| Edit::Treatment(change(id)))
    };
    let on_muscle = treat(TreatmentEdit::Muscle);
    let on_technique = treat(TreatmentEdit::Technique);
    let on_aftercare = treat(TreatmentEdit::Aftercare);
    let on_note = send.reform(|event: InputEvent| {
        let area: web_sys::HtmlTextAreaElement = event.target_unchecked_into();
        Edit::Treatment(TreatmentEdit::Note(area.value()))
    });
    let on_back = send.reform(|event: Event| {
        let select: web_sys::HtmlSelectElement = event.target_unchecked_into();
        Edit::Treatment(TreatmentEdit::ComeBackInWeeks(
            select.value().parse().unwrap_or(0),
        ))
    });
    // An appointment already booked: the day itself. Choosing weeks clears it and back.
    let on_back_day = send.reform(|event: Event| {
        let input: web_sys::HtmlInputElement = event.target_unchecked_into();
        Edit::Treatment(TreatmentEdit::ComeBackOn(Day::parse_iso(&input.value())))
    });
    let weeks_now = match t.come_back {
        Some(ComeBack::InWeeks(w)) => w,
        _ => 0,
    };
    let day_now = match t.come_back {
        Some(ComeBack::On(day)) => day.iso(),
        _ => String::new(),
    };
    let checkbox = |group: &str, id: &str, label: &str, checked: bool, on: Callback<String>| {
        let element_id = format!("{group}-{id}");
        let value = id.to_string();
        html! {
            <li class="builder__check">
                <input id={element_id.clone()} type="checkbox" {checked}
                    onchange={on.reform(move |_: Event| value.clone())} />
                <label for={element_id}>{ label.to_string() }</label>
            </li>
        }
    };
    html! {
        <details class="builder__treatment">
            <summary class="opens">{ show(Word::TreatmentOptional) }</summary>
            <h3>{ show(Word::MusclesWorked) }</h3>
            <p class="builder__hint">{ show(Word::TreatmentTap) }</p>
            <BodyMap highlighted={t.muscles.clone()} marks={Marks::Lit} onselect={on_muscle} />
            <h3>{ show(Word::Techniques) }</h3>
            <ul class="builder__checks">
                { for kb.techniques.iter().map(|tech| checkbox("technique", &tech.id, &tech.name,
                    t.techniques.contains(&tech.id), on_technique.clone())) }
            </ul>
            <h3>{ show(Word::Aftercare) }</h3>
            <ul class="builder__checks">
                { for kb.aftercare.iter().map(|a| checkbox("aftercare", &a.id, &a.name,
                    t.aftercare.contains(&a.id), on_aftercare.clone())) }
            </ul>
            <p>
                <label for="treatment-note">{ show_with(Word::TreatmentNoteLabel, &[("count", &MAX_NOTE_CHARS.to_string())]) }</label>
                <textarea id="treatment-note" maxlength={MAX_NOTE_CHARS.to_string()} rows="3"
                    value={t.note.clone()} oninput={on_note} />
            </p>
            <p>
                <label for="treatment-back">{ show(Word::TreatmentComeBack) }</label>
                <select id="treatment-back" onchange={on_back}>
                    <option value="0" selected={weeks_now == 0}>{ show(Word::TreatmentNotSet) }</option>
                    { for (1..=MAX_COME_BACK_WEEKS).map(|w| html! {
                        <option value={w.to_string()} selected={weeks_now == w}>
                            { ComeBack::InWeeks(w).in_words() }
                        </option>
                    }) }
                </select>
            </p>
            <p>
                <label for="treatment-back-on">{ show(Word::TreatmentOnDay) }</label>
                <input id="treatment-back-on" type="date" value={day_now} onchange={on_back_day} />
            </p>
        </details>
    }
}
