//! The therapist's program builder, on the tablet or a desktop: start from the client's
//! problem (a condition's "start here" set) or pick one or two moves, adjust each dose within
//! its move's range, see the total time the player will take, note today's treatment if
//! wanted, and hand it over by QR code, copied link or a printed handout. Nothing is sent
//! anywhere: the whole program is in the link.
//!
//! A thin shell over `atlas_core::program::Builder`: the page draws the state and sends it
//! `Edit`s; the rules (bounds, the third stretch, the five-minute warning) live in the core.
//! The state is kept for the tab (`sessionStorage`), so a reload or an accidental Back loses
//! nothing.

use std::rc::Rc;

use atlas_core::program::{
    Bounds, Builder, Edit, Field, Item, Program, DAYS_A_WEEK, MAX_ITEMS, TIMES_A_DAY,
};
use yew::prelude::*;

use super::finder::{finder, Filters};
use super::hand_off::HandOff;
use super::treatment::treatment_editor;
use crate::components::claim::claim_text;
use crate::components::page_title::use_page_title;
use crate::data::{counted, guides, kb, show, show_with, word, words, Word};
use crate::platform::{screen, session};

/// The tab's copy of the program being built.
const KEY: &str = "atlas.builder";
/// The condition the page was opened with, so a new "Make a program" from another condition
/// starts afresh while a reload of the same page keeps the work.
const OPENED_KEY: &str = "atlas.builder.opened";

/// Props for [`BuilderPage`].
#[derive(Properties, PartialEq)]
pub struct BuilderPageProps {
    /// A condition whose suggested stretches start the program, or empty.
    pub condition: AttrValue,
}

/// The builder's state for Yew's reducer: the core's [`Builder`] against the app's content.
#[derive(PartialEq)]
pub struct State(pub Builder);

impl Reducible for State {
    type Action = Edit;

    fn reduce(self: Rc<Self>, edit: Edit) -> Rc<Self> {
        let mut next = self.0.clone();
        next.update(kb(), edit);
        Rc::new(State(next))
    }
}

/// What this tab kept for the page opened with `condition`, else a fresh start from it.
fn restore(condition: &str) -> Builder {
    let kept = (session::recall(OPENED_KEY).as_deref() == Some(condition))
        .then(|| session::recall(KEY))
        .flatten()
        .and_then(|text| Builder::from_json(&text, kb()));
    kept.unwrap_or_else(|| Builder::start(kb(), condition))
}

/// The builder, started empty, from a condition's "start here" stretches, or from what this
/// tab kept.
#[component]
pub fn BuilderPage(props: &BuilderPageProps) -> Html {
    use_page_title(word(Word::BuilderTitle).to_string());
    let kb = kb();
    let condition = props.condition.to_string();
    let state = use_reducer_eq(|| State(restore(&condition)));
    {
        let condition = condition.clone();
        use_effect_with(state.clone(), move |state| {
            session::remember(OPENED_KEY, &condition);
            session::remember(KEY, &state.0.to_json());
        });
    }
    let filters = Filters {
        words: use_state(String::new),
        muscle: use_state(|| None::<String>),
    };
    let b = &state.0;
    let dispatch = state.dispatcher();
    let send = Callback::from(move |edit: Edit| dispatch.dispatch(edit));
    let seconds = b.seconds(guides());
    let ready = b.ready(kb).map(Rc::new);
    let count = b.items.len();

    html! {
        <article class="page builder">
            <h1>{ show(Word::BuilderTitle) }</h1>
            <section class="builder__chosen" aria-labelledby="builder-chosen-title">
                <h2 id="builder-chosen-title">{ show_with(Word::BuilderCount, &[("count", &count.to_string()), ("max", &MAX_ITEMS.to_string())]) }</h2>
                if let Some(condition) = b.from.as_deref().and_then(|c| kb.condition(c)) {
                    <p class="builder__from">{ show_with(Word::BuilderStartedFrom, &[("condition", &condition.name)]) }</p>
                }
                if b.items.is_empty() {
                    <p>{ show(Word::BuilderEmpty) }</p>
                }
                <ol class="builder__items">
                    { for b.items.iter().enumerate().map(|(at, item)| item_editor(b, at, item, &send)) }
                </ol>
                if count > 0 {
                    <p class="builder__time" aria-live="polite">
                        { show_with(Word::BuilderPlayedIn, &[("duration", &exact_duration(seconds))]) }
                    </p>
                }
                if b.over_five_minutes(guides()) {
                    if let Some(note) = kb.program_note("over-five-minutes") {
                        { claim_text(&note.text, Some("notice")) }
                    }
                }
                if count > 0 {
                    // The program is kept for the tab: a new client starts from nothing here.
                    <p><button type="button" class="button builder__clear"
                        onclick={send.reform(|_: MouseEvent| Edit::Clear)}>{ show(Word::BuilderClear) }</button></p>
                }
                if ready.is_ok() {
                    <p><button type="button" class="button button--primary builder__to-hand-off"
                        onclick={Callback::from(|_: MouseEvent| screen::bring_into_view("hand-off"))}>
                        { show(Word::HandItOver) }<span aria-hidden="true">{ " ↓" }</span>
                    </button></p>
                }
            </section>
            if let Some(stretch) = b.asking_third.as_deref().and_then(|id| kb.stretch(id)) {
                <section class="builder__third notice" aria-labelledby="builder-third-title">
                    <h2 id="builder-third-title">{ show_with(Word::BuilderThirdTitle, &[("stretch", &stretch.name)]) }</h2>
                    if let Some(note) = kb.program_note("fewer-works-better") {
                        { claim_text(&note.text, None) }
                    }
                    <button type="button" class="button" onclick={send.reform({
                        let stretch = stretch.id.clone();
                        move |_: MouseEvent| Edit::Add { stretch: stretch.clone(), confirmed: true }
                    })}>{ show(Word::BuilderAddAnyway) }</button>
                    <button type="button" class="button button--primary"
                        onclick={send.reform(|_: MouseEvent| Edit::KeepTwo)}>{ show(Word::BuilderKeepTwo) }</button>
                </section>
            }
            { finder(b, &send, &filters) }
            { treatment_editor(&b.treatment, &send) }
            { hand_off_or_why(ready, count) }
        </article>
    }
}

/// The hand-over, or why it waits (a field still holds a number its range refused).
fn hand_off_or_why(ready: Result<Rc<Program>, String>, count: usize) -> Html {
    match ready {
        Ok(program) => html! { <HandOff {program} /> },
        Err(why) if count > 0 => html! {
            <section class="hand-off" id="hand-off" tabindex="-1" aria-labelledby="hand-off-title">
                <h2 id="hand-off-title">{ show(Word::HandItOver) }</h2>
                <p class="notice">{ why }</p>
            </section>
        },
        Err(_) => Html::default(),
    }
}

/// The player's total as exact minutes and seconds ("5 minutes 24 seconds"): near the
/// five-minute mark a rounded "about 5 minutes" would hide what the note warns about.
fn exact_duration(seconds: f64) -> String {
    let total = seconds.round().max(0.0) as usize;
    let seconds = || counted(total % 60, Word::SecondsOne, Word::SecondsMany);
    let minutes = || counted(total / 60, Word::MinutesOne, Word::MinutesMany);
    match (total / 60, total % 60) {
        (0, _) => seconds(),
        (_, 0) => minutes(),
        _ => format!("{} {}", minutes(), seconds()),
    }
}

/// One chosen stretch: its dose, editable within its move's range, Earlier / Later and
/// Remove. A plain function: the state is the builder's, and each component would cost the
/// download a few kilobytes of Yew's generic code.
fn item_editor(b: &Builder, at: usize, item: &Item, send: &Callback<Edit>) -> Html {
    let Some(stretch) = kb().stretch(&item.stretch) else {
        return Html::default();
    };
    let bounds = Bounds::of(stretch);
    let dose = item.dose;
    let id = |field: &str| format!("dose-{}-{field}", stretch.id);
    let sid = stretch.id.clone();
    let typed = |field: Field| {
        let sid = sid.clone();
        send.reform(move |event: Event| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            Edit::Type {
                stretch: sid.clone(),
                field,
                text: input.value(),
            }
        })
    };
    let picked = |edit: fn(String, u8) -> Edit| {
        let sid = sid.clone();
        send.reform(move |event: Event| {
            let select: web_sys::HtmlSelectElement = event.target_unchecked_into();
            edit(sid.clone(), select.value().parse().unwrap_or(0))
        })
    };
    let on_sides = {
        let sid = sid.clone();
        send.reform(move |event: Event| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            Edit::EachSide(sid.clone(), input.checked())
        })
    };
    let mover = |earlier: bool| {
        let sid = sid.clone();
        send.reform(move |_: MouseEvent| Edit::Move {
            stretch: sid.clone(),
            earlier,
        })
    };
    let remove = {
        let sid = sid.clone();
        send.reform(move |_: MouseEvent| Edit::Remove(sid.clone()))
    };
    // A number field: the text the range refused while there is one, else the dose's number.
    let number = |field: Field, label: &str, value: u16| {
        let draft = b.draft(&stretch.id, field);
        let key = if field == Field::Hold { "hold" } else { "reps" };
        let message_id = id(&format!("{key}-message"));
        html! {
            <p class={classes!("builder__number", draft.is_some().then_some("builder__number--refused"))}>
                <label for={id(key)}>{ label.to_string() }</label>
                <input id={id(key)} type="text" inputmode="numeric" autocomplete="off" size="4"
                    value={draft.map_or_else(|| value.to_string(), |d| d.text.clone())}
                    aria-invalid={draft.is_some().then_some("true")}
                    aria-describedby={message_id.clone()}
                    onchange={typed(field)} />
                <span id={message_id} class={classes!("builder__range", draft.is_some().then_some("notice--error"))}
                    role={draft.is_some().then_some("alert")}>
                    { bounds.in_words(field) }
                </span>
            </p>
        }
    };
    let held = bounds.hold.is_some();
    let count = b.items.len();
    html! {
        <li key={stretch.id.clone()} class="builder__item">
            <div class="builder__item-head">
                { crate::components::stills::still(stretch) }
                <h3>{ stretch.name.clone() }</h3>
            </div>
            <p class="builder__dose-words">{ dose.in_words(stretch.goal) }</p>
            { check_first(&stretch.id) }
            <div class="builder__dose">
                if held {
                    { number(Field::Hold, word(Word::BuilderHoldSeconds), dose.hold_seconds) }
                }
                { number(Field::Repetitions, word(if held { Word::BuilderTimes } else { Word::BuilderRepetitions }), u16::from(dose.repetitions)) }
                if bounds.sided {
                    <p class="builder__check"><input id={id("sides")} type="checkbox" checked={dose.each_side}
                        onchange={on_sides} />
                    <label for={id("sides")}>{ show(Word::BuilderEachSide) }</label></p>
                }
                <p><label for={id("daily")}>{ show(Word::BuilderTimesADay) }</label>
                <select id={id("daily")} onchange={picked(Edit::TimesADay)}>
                    { for TIMES_A_DAY.map(|n| html! { <option value={n.to_string()} selected={n == dose.times_a_day}>{ n }</option> }) }
                </select></p>
                <p><label for={id("weekly")}>{ show(Word::BuilderDaysAWeek) }</label>
                <select id={id("weekly")} onchange={picked(Edit::DaysAWeek)}>
                    { for DAYS_A_WEEK.map(|n| html! { <option value={n.to_string()} selected={n == dose.days_a_week}>{ n }</option> }) }
                </select></p>
            </div>
            <p class="builder__item-actions">
                if count > 1 {
                    <button type="button" class="button" onclick={mover(true)} disabled={at == 0}
                        aria-label={words(Word::BuilderEarlierNamed, &[("stretch", &stretch.name)])}>{ show(Word::BuilderEarlier) }</button>
                    <button type="button" class="button" onclick={mover(false)} disabled={at + 1 == count}
                        aria-label={words(Word::BuilderLaterNamed, &[("stretch", &stretch.name)])}>{ show(Word::BuilderLater) }</button>
                }
                <button type="button" class="button builder__remove" onclick={remove}
                    aria-label={words(Word::BuilderRemoveNamed, &[("stretch", &stretch.name)])}>{ show(Word::BuilderRemove) }</button>
            </p>
        </li>
    }
}

/// What to ask the client before handing a move over: the names of the precautions its poses
/// need (derived from the rig by the build) and any the content adds, each with "(modified)"
/// where the move has a written way round it. Nothing for a move without precautions.
fn check_first(stretch: &str) -> Html {
    let notes = crate::data::kb().precautions_for_stretch(stretch);
    if notes.is_empty() {
        return Html::default();
    }
    let names: Vec<String> = notes
        .iter()
        .map(|n| match n.modification {
            Some(_) => words(Word::BuilderModified, &[("precaution", &n.precaution.name)]),
            None => n.precaution.name.clone(),
        })
        .collect();
    html! {
        <p class="builder__precautions"><strong>{ show(Word::BuilderAskFirst) }</strong>{ names.join("; ") }</p>
    }
}
