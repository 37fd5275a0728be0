//! The therapist's program builder, on the tablet or a desktop: pick one or two stretches (a
//! third only after a gentle note on why fewer works better), set each dose (the content's
//! defaults), see the total time the player will take, note today's treatment if wanted, and
//! hand it over by QR code, copied link or a printed handout. Nothing is sent anywhere: the
//! whole program is in the link.

use std::rc::Rc;

use atlas_core::content::Stretch;
use atlas_core::program::{
    session_seconds, Item, ItemDose, Program, Treatment, DAYS_A_WEEK, DEFAULT_ITEMS, FIVE_MINUTES,
    MAX_ITEMS, TIMES_A_DAY,
};
use yew::prelude::*;

use super::hand_off::HandOff;
use super::treatment::{is_empty, treatment_editor};
use crate::components::body_map::BodyMap;
use crate::components::claim::ClaimText;
use crate::components::page_title::use_page_title;
use crate::data::{guides, kb};

/// Props for [`BuilderPage`].
#[derive(Properties, PartialEq)]
pub struct BuilderPageProps {
    /// A condition whose suggested stretches start the program, or empty.
    pub condition: AttrValue,
}

/// The builder, started empty or from a condition's "start here" stretches.
#[component]
pub fn BuilderPage(props: &BuilderPageProps) -> Html {
    use_page_title("Make a home program".to_string());
    let kb = kb();
    let from = kb.condition(&props.condition);
    let items = use_state(|| {
        Program::start_here(kb, &props.condition)
            .map(|p| p.items)
            .unwrap_or_default()
    });
    let treatment = use_state(Treatment::default);
    let asking_third = use_state(|| None::<&'static Stretch>);
    let filter = use_state(String::new);
    // A muscle tapped on the library's body map: only the moves that stretch or work it.
    let by_muscle = use_state(|| None::<String>);

    let program = Rc::new(Program {
        items: (*items).clone(),
        treatment: (!is_empty(&treatment)).then(|| (*treatment).clone()),
    });
    let seconds = session_seconds(&program, guides());

    let add = {
        let items = items.clone();
        let asking_third = asking_third.clone();
        Callback::from(move |(stretch, confirmed): (&'static Stretch, bool)| {
            let mut list = (*items).clone();
            if list.len() >= MAX_ITEMS || list.iter().any(|i| i.stretch == stretch.id) {
                return;
            }
            if list.len() >= DEFAULT_ITEMS && !confirmed {
                return asking_third.set(Some(stretch));
            }
            list.push(Item::of(stretch));
            items.set(list);
            asking_third.set(None);
        })
    };
    let chosen: Vec<&str> = items.iter().map(|i| i.stretch.as_str()).collect();
    let needle = filter.to_lowercase();
    let choices: Vec<&'static Stretch> = kb
        .stretches
        .iter()
        .filter(|s| !chosen.contains(&s.id.as_str()))
        .filter(|s| needle.is_empty() || matches(s, &needle))
        .filter(|s| by_muscle.as_ref().is_none_or(|m| s.muscles.contains(m)))
        .collect();
    let on_muscle = {
        let by_muscle = by_muscle.clone();
        Callback::from(move |id: String| {
            let again = by_muscle.as_deref() == Some(id.as_str());
            by_muscle.set((!again).then_some(id));
        })
    };
    let show_all = {
        let by_muscle = by_muscle.clone();
        Callback::from(move |_: MouseEvent| by_muscle.set(None))
    };
    let muscle_name = by_muscle
        .as_deref()
        .and_then(|id| kb.muscle(id))
        .map(|m| m.name.clone());
    let on_filter = {
        let filter = filter.clone();
        Callback::from(move |event: InputEvent| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            filter.set(input.value());
        })
    };

    html! {
        <article class="page builder">
            <h1>{ "Make a home program" }</h1>
            if let Some(condition) = from {
                <p class="builder__from">{ format!("Started from {}: its suggested stretches.", condition.name) }</p>
            }
            <section class="builder__chosen" aria-labelledby="builder-chosen-title">
                <h2 id="builder-chosen-title">{ format!("The program ({} of {MAX_ITEMS})", items.len()) }</h2>
                if items.is_empty() {
                    <p>{ "Choose one or two stretches below." }</p>
                }
                <ol class="builder__items">
                    { for items.iter().enumerate().map(|(index, item)| html! {
                        { item_editor(&ItemEditorProps { index, item: item.clone(), items: items.clone() }) }
                    }) }
                </ol>
                if !items.is_empty() {
                    <p class="builder__time" aria-live="polite">
                        { format!("Played in a row with the guides: {}.", exact_duration(seconds)) }
                    </p>
                }
                if seconds > FIVE_MINUTES {
                    if let Some(note) = kb.program_note("over-five-minutes") {
                        <ClaimText claim={note.text.clone()} class="notice" />
                    }
                }
            </section>
            if let Some(stretch) = *asking_third {
                <section class="builder__third notice" aria-labelledby="builder-third-title">
                    <h2 id="builder-third-title">{ format!("Add {} as a third?", stretch.name) }</h2>
                    if let Some(note) = kb.program_note("fewer-works-better") {
                        <ClaimText claim={note.text.clone()} />
                    }
                    <button type="button" class="button" onclick={add.reform(move |_: MouseEvent| (stretch, true))}>
                        { "Add it anyway" }
                    </button>
                    <button type="button" class="button button--primary" onclick={
                        let asking_third = asking_third.clone();
                        Callback::from(move |_: MouseEvent| asking_third.set(None))
                    }>{ "Keep two" }</button>
                </section>
            }
            if items.len() < MAX_ITEMS {
                <section class="builder__library" aria-labelledby="builder-library-title">
                    <h2 id="builder-library-title">{ "Stretches and moves" }</h2>
                    <p>
                        <label for="builder-filter">{ "Find by name or muscle " }</label>
                        <input id="builder-filter" type="search" value={(*filter).clone()} oninput={on_filter}
                            autocomplete="off" />
                    </p>
                    <details class="builder__by-muscle" open={by_muscle.is_some()}>
                        <summary class="opens">{ "Find on the body map" }</summary>
                        <BodyMap selected={(*by_muscle).clone()} onselect={on_muscle} />
                    </details>
                    if let Some(name) = muscle_name {
                        <p class="builder__showing" role="status">
                            { format!("Showing the moves for {name}. ") }
                            <button type="button" class="button" onclick={show_all}>{ "Show all" }</button>
                        </p>
                    }
                    <ul class="builder__choices">
                        { for choices.iter().map(|&stretch| html! {
                            <li>
                                <button type="button" class="button builder__add"
                                    onclick={add.reform(move |_: MouseEvent| (stretch, false))}
                                    aria-label={format!("Add {}", stretch.name)}>
                                    <span aria-hidden="true">{ "+ " }</span>{ stretch.name.clone() }
                                </button>
                            </li>
                        }) }
                    </ul>
                </section>
            }
            { treatment_editor(&treatment) }
            if !program.items.is_empty() {
                <HandOff program={program.clone()} />
            }
        </article>
    }
}

/// Whether the builder's filter (lowercase) finds this stretch by name, other name or muscle.
fn matches(stretch: &Stretch, needle: &str) -> bool {
    let kb = kb();
    stretch.name.to_lowercase().contains(needle)
        || stretch
            .aka
            .iter()
            .any(|a| a.to_lowercase().contains(needle))
        || stretch.muscles.iter().any(|m| {
            m.contains(needle)
                || kb
                    .muscle(m)
                    .is_some_and(|m| m.name.to_lowercase().contains(needle))
        })
}

/// The player's total as exact minutes and seconds ("5 minutes 24 seconds"): near the
/// five-minute mark a rounded "about 5 minutes" would hide what the note warns about.
fn exact_duration(seconds: f64) -> String {
    let total = seconds.round().max(0.0) as u32;
    let unit = |n: u32, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    match (total / 60, total % 60) {
        (0, s) => unit(s, "second"),
        (m, 0) => unit(m, "minute"),
        (m, s) => format!("{} {}", unit(m, "minute"), unit(s, "second")),
    }
}

/// What [`item_editor`] edits: the item at `index` of the builder's `items`.
struct ItemEditorProps {
    index: usize,
    item: Item,
    items: UseStateHandle<Vec<Item>>,
}

/// One chosen stretch: its dose, editable, and Remove. The editors are plain functions: they
/// hold no state of their own (the builder's state handles are passed in), and each component
/// would cost the download a few kilobytes of Yew's generic code.
fn item_editor(props: &ItemEditorProps) -> Html {
    let kb = kb();
    let Some(stretch) = kb.stretch(&props.item.stretch) else {
        return Html::default();
    };
    let dose = props.item.dose;
    let id = |field: &str| format!("dose-{}-{field}", props.index);
    let edit = |change: fn(&mut ItemDose, u16)| {
        let items = props.items.clone();
        let index = props.index;
        Callback::from(move |event: Event| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            let value = if input.type_() == "checkbox" {
                u16::from(input.checked())
            } else {
                input.value().parse().unwrap_or(0)
            };
            let mut list = (*items).clone();
            if let Some(item) = list.get_mut(index) {
                change(&mut item.dose, value);
            }
            items.set(list);
        })
    };
    let select = |change: fn(&mut ItemDose, u16)| {
        let items = props.items.clone();
        let index = props.index;
        Callback::from(move |event: Event| {
            let select: web_sys::HtmlSelectElement = event.target_unchecked_into();
            let mut list = (*items).clone();
            if let (Some(item), Ok(value)) = (list.get_mut(index), select.value().parse()) {
                change(&mut item.dose, value);
            }
            items.set(list);
        })
    };
    let remove = {
        let items = props.items.clone();
        let index = props.index;
        Callback::from(move |_: MouseEvent| {
            let mut list = (*items).clone();
            if index < list.len() {
                list.remove(index);
            }
            items.set(list);
        })
    };
    let held = dose.hold_seconds > 0;
    html! {
        <li key={props.item.stretch.clone()} class="builder__item">
            <h3>{ stretch.name.clone() }</h3>
            <p class="builder__dose-words">{ dose.in_words(stretch.goal) }</p>
            <div class="builder__dose">
                if held {
                    <p><label for={id("hold")}>{ "Hold (seconds)" }</label>
                    <input id={id("hold")} type="number" min="10" max="120" step="5" inputmode="numeric"
                        value={dose.hold_seconds.to_string()} onchange={edit(|d, v| d.hold_seconds = v)} /></p>
                }
                <p><label for={id("reps")}>{ if held { "Times" } else { "Repetitions" } }</label>
                <input id={id("reps")} type="number" min="1" max="20" inputmode="numeric"
                    value={dose.repetitions.to_string()}
                    onchange={edit(|d, v| d.repetitions = u8::try_from(v).unwrap_or(u8::MAX))} /></p>
                <p class="builder__check"><input id={id("sides")} type="checkbox" checked={dose.each_side}
                    onchange={edit(|d, v| d.each_side = v == 1)} />
                <label for={id("sides")}>{ "Each side" }</label></p>
                <p><label for={id("daily")}>{ "Times a day" }</label>
                <select id={id("daily")} onchange={select(|d, v| d.times_a_day = u8::try_from(v).unwrap_or(1))}>
                    { for TIMES_A_DAY.map(|n| html! { <option value={n.to_string()} selected={n == dose.times_a_day}>{ n }</option> }) }
                </select></p>
                <p><label for={id("weekly")}>{ "Days a week" }</label>
                <select id={id("weekly")} onchange={select(|d, v| d.days_a_week = u8::try_from(v).unwrap_or(7))}>
                    { for DAYS_A_WEEK.map(|n| html! { <option value={n.to_string()} selected={n == dose.days_a_week}>{ n }</option> }) }
                </select></p>
            </div>
            if let Some(problem) = dose.problem(&stretch.dose) {
                <p class="notice notice--error" role="alert">{ problem }</p>
            }
            <button type="button" class="button builder__remove" onclick={remove}
                aria-label={format!("Remove {}", stretch.name)}>{ "Remove" }</button>
        </li>
    }
}
