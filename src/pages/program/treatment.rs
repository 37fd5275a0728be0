//! Today's treatment in the builder (optional): the muscles worked, tapped on the body map, the
//! techniques, aftercare from the content, a short note for the client and when to come back.
//! Plain functions over the builder's state handle: they hold no state of their own.

use std::rc::Rc;

use atlas_core::program::{ComeBack, Day, Treatment, MAX_COME_BACK_WEEKS, MAX_NOTE_CHARS};
use yew::prelude::*;

use crate::components::body_map::{BodyMap, Marks};
use crate::data::kb;

/// Whether the therapist noted nothing about today's treatment.
pub fn is_empty(t: &Treatment) -> bool {
    t.muscles.is_empty()
        && t.techniques.is_empty()
        && t.aftercare.is_empty()
        && t.note.trim().is_empty()
        && t.come_back.is_none()
}

/// A change to today's treatment from one field's new value.
type Change = dyn Fn(&mut Treatment, String);

/// Optional: what was done today and what to do after.
pub fn treatment_editor(treatment: &UseStateHandle<Treatment>) -> Html {
    let kb = kb();
    let t = (**treatment).clone();
    let update = |change: Box<Change>| {
        let treatment = treatment.clone();
        let change = Rc::new(change);
        move |value: String| {
            let mut next = (*treatment).clone();
            change(&mut next, value);
            treatment.set(next);
        }
    };
    let toggle = |list: fn(&mut Treatment) -> &mut Vec<String>| {
        update(Box::new(move |t: &mut Treatment, id: String| {
            let list = list(t);
            if let Some(at) = list.iter().position(|x| *x == id) {
                list.remove(at);
            } else {
                list.push(id);
            }
        }))
    };
    let on_muscle = Callback::from(toggle(|t| &mut t.muscles));
    let on_technique = toggle(|t| &mut t.techniques);
    let on_aftercare = toggle(|t| &mut t.aftercare);
    let on_note = {
        let set = update(Box::new(|t: &mut Treatment, text: String| {
            t.note = text.chars().take(MAX_NOTE_CHARS).collect();
        }));
        Callback::from(move |event: InputEvent| {
            let area: web_sys::HtmlTextAreaElement = event.target_unchecked_into();
            set(area.value());
        })
    };
    let on_back = {
        let set = update(Box::new(|t: &mut Treatment, weeks: String| {
            t.come_back = weeks.parse().ok().filter(|w| *w > 0).map(ComeBack::InWeeks);
        }));
        Callback::from(move |event: Event| {
            let select: web_sys::HtmlSelectElement = event.target_unchecked_into();
            set(select.value());
        })
    };
    // An appointment already booked: the day itself. Choosing weeks clears it and back.
    let on_back_day = {
        let set = update(Box::new(|t: &mut Treatment, text: String| {
            t.come_back = Day::parse_iso(&text)
                .filter(|day| day.is_plausible())
                .map(ComeBack::On);
        }));
        Callback::from(move |event: Event| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            set(input.value());
        })
    };
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
    let on_technique = Callback::from(on_technique);
    let on_aftercare = Callback::from(on_aftercare);
    html! {
        <details class="builder__treatment">
            <summary class="opens">{ "Today's treatment (optional)" }</summary>
            <h3>{ "Muscles worked" }</h3>
            <p class="builder__hint">{ "Tap the muscles you worked on." }</p>
            <BodyMap highlighted={t.muscles.clone()} marks={Marks::Lit} onselect={on_muscle} />
            <h3>{ "Techniques" }</h3>
            <ul class="builder__checks">
                { for kb.techniques.iter().map(|tech| checkbox("technique", &tech.id, &tech.name,
                    t.techniques.contains(&tech.id), on_technique.clone())) }
            </ul>
            <h3>{ "Aftercare" }</h3>
            <ul class="builder__checks">
                { for kb.aftercare.iter().map(|a| checkbox("aftercare", &a.id, &a.name,
                    t.aftercare.contains(&a.id), on_aftercare.clone())) }
            </ul>
            <p>
                <label for="treatment-note">{ format!("A note for the client (up to {MAX_NOTE_CHARS} characters)") }</label>
                <textarea id="treatment-note" maxlength={MAX_NOTE_CHARS.to_string()} rows="3"
                    value={t.note.clone()} oninput={on_note} />
            </p>
            <p>
                <label for="treatment-back">{ "Come back " }</label>
                <select id="treatment-back" onchange={on_back}>
                    <option value="0" selected={weeks_now == 0}>{ "(not set)" }</option>
                    { for (1..=MAX_COME_BACK_WEEKS).map(|w| html! {
                        <option value={w.to_string()} selected={weeks_now == w}>
                            { ComeBack::InWeeks(w).in_words() }
                        </option>
                    }) }
                </select>
            </p>
            <p>
                <label for="treatment-back-on">{ "or on a booked day " }</label>
                <input id="treatment-back-on" type="date" value={day_now} onchange={on_back_day} />
            </p>
        </details>
    }
}
