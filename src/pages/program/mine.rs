//! "My program" on the client's phone: the saved program, played as one session, then a
//! one-tap log; the week in kind words and a calendar; a summary for the next visit; a daily
//! reminder as a calendar file; the log exported to a file and imported on a new phone.
//! Any problem with storage is said plainly and loses nothing.

use std::rc::Rc;

use atlas_core::program::{reminder_ics, saved_from_json, saved_to_json, Day, LogEntry, Saved};
use yew::prelude::*;

use super::log::{consistency, ease_row, visit_summary, LogForm};
use super::parts::{program_items, treatment_view};
use super::session::ProgramSession;
use super::store::{self, Opened};
use crate::components::page_title::use_page_title;
use crate::platform::{clock, document, download};
use crate::route::Route;
use crate::router::Link;

/// Today on the device's calendar (a fixed day in a server render, which shows no log).
fn today() -> Day {
    let (y, m, d) = if cfg!(target_arch = "wasm32") {
        clock::local_date()
    } else {
        (2026, 1, 1)
    };
    Day::from_ymd(y, m, d).unwrap_or(Day(0))
}

/// What the page is showing below the program.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Stage {
    /// The program, ready to play.
    Ready,
    /// Playing it.
    Playing,
    /// Played: offer the log.
    Finished,
    /// Logged today.
    Logged,
}

/// The client's saved program, or how to get one.
#[component]
pub fn ProgramPage() -> Html {
    use_page_title("My program".to_string());
    // Storage is read once per visit to the page; every change writes it back.
    let state = use_state(store::open);
    let notice = use_state(|| None::<String>);
    let stage = use_state(|| Stage::Ready);
    // How easy moving feels before the session, asked at the start, logged at the end.
    let before = use_state(|| None::<u8>);
    let (saved, opened) = &*state;
    let today = today();

    let write = {
        let state = state.clone();
        let notice = notice.clone();
        Callback::from(move |saved: Saved| {
            match store::save(&saved) {
                Ok(()) => notice.set(None),
                Err(_) => notice.set(Some(
                    "This phone could not keep the change (storage is full or turned off). It lasts until you close the page.".into(),
                )),
            }
            state.set((saved, Opened::Fine));
        })
    };
    let onlog = {
        let write = write.clone();
        let saved = saved.clone();
        let stage = stage.clone();
        Callback::from(move |entry: LogEntry| {
            let mut saved = saved.clone();
            saved.log.record(entry);
            write.emit(saved);
            stage.set(Stage::Logged);
        })
    };
    let opened_notice = match opened {
        Opened::Fine => None,
        Opened::NotKept => Some("This browser is not keeping anything on this phone (private browsing, or storage is turned off), so nothing you do here will be kept.".to_string()),
        Opened::Unreadable(error) => Some(format!(
            "Your saved program could not be read ({error}). A copy of it was kept on this phone, and the app starts afresh: open your therapist's link again to get your program back."
        )),
    };

    let Some(program) = saved.program.clone().map(Rc::new) else {
        return html! {
            <article class="page program-page">
                <h1>{ "My program" }</h1>
                { for opened_notice.map(|n| html! { <p class="notice" role="alert">{ n }</p> }) }
                <p>{ "There is no program on this phone yet. Your therapist can give you one or two stretches by QR code, link or a printed sheet; open it here and tap \"Save on this phone\"." }</p>
                <p><Link to={Route::Stretches}>{ "Browse all stretches" }</Link></p>
                <p class="program-page__therapist">
                    { "For therapists: " }
                    <Link to={Route::ProgramBuilder { condition: String::new() }}>{ "make a home program" }</Link>
                </p>
                <ImportLog saved={saved.clone()} onimport={write.clone()} />
            </article>
        };
    };
    let on_play = {
        let stage = stage.clone();
        Callback::from(move |_: MouseEvent| stage.set(Stage::Playing))
    };
    let onfinish = {
        let stage = stage.clone();
        Callback::from(move |()| stage.set(Stage::Finished))
    };
    html! {
        <article class="page program-page">
            <h1>{ "My program" }</h1>
            { for opened_notice.map(|n| html! { <p class="notice" role="alert">{ n }</p> }) }
            { for (*notice).clone().map(|n| html! { <p class="notice" role="alert">{ n }</p> }) }
            { program_items(&program, false) }
            { match *stage {
                Stage::Ready => html! {
                    <>
                        { ease_row("ease-before", "Before you start: how easy does moving feel? (optional)",
                            *before, before.setter().to_callback()) }
                        <p><button type="button" class="button button--primary program-page__play" onclick={on_play}>
                            { "Play my program" }
                        </button></p>
                    </>
                },
                Stage::Playing => html! { <ProgramSession program={program.clone()} {onfinish} /> },
                Stage::Finished => html! { <LogForm {onlog} {today} before={*before} /> },
                Stage::Logged => html! { <p class="program-page__logged" role="status">{ "Logged for today. Thank you." }</p> },
            } }
            { consistency(&saved.log, today) }
            if let Some(treatment) = &program.treatment {
                { treatment_view(treatment) }
            }
            { visit_summary(&saved.log) }
            <Reminder {today} />
            <section class="program-files" aria-labelledby="program-files-title">
                <h2 id="program-files-title">{ "Keep your log when you change phones" }</h2>
                { export_button(saved) }
                <ImportLog saved={saved.clone()} onimport={write} />
            </section>
        </article>
    }
}

/// Props for [`Reminder`].
#[derive(Properties, PartialEq)]
struct ReminderProps {
    today: Day,
}

/// A daily reminder at a time the client picks, as a calendar file made on the phone.
#[component]
fn Reminder(props: &ReminderProps) -> Html {
    let time = use_state(|| "18:00".to_string());
    let oninput = {
        let time = time.clone();
        Callback::from(move |event: InputEvent| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            time.set(input.value());
        })
    };
    let onclick = {
        let time = time.clone();
        let today = props.today;
        Callback::from(move |_: MouseEvent| {
            let (hour, minute) = time
                .split_once(':')
                .and_then(|(h, m)| Some((h.parse().ok()?, m.parse().ok()?)))
                .unwrap_or((18, 0));
            let link = document::absolute_href(&Route::Program.href());
            let ics = reminder_ics(
                today,
                hour,
                minute,
                "Your stretches",
                &link,
                &clock::utc_stamp(),
            );
            download::save_text("stretch-reminder.ics", "text/calendar", &ics);
        })
    };
    html! {
        <section class="reminder" aria-labelledby="reminder-title">
            <h2 id="reminder-title">{ "A daily reminder" }</h2>
            <p>
                <label for="reminder-time">{ "Remind me every day at " }</label>
                <input id="reminder-time" type="time" value={(*time).clone()} {oninput} />
            </p>
            <button type="button" class="button" {onclick}>{ "Add it to my calendar" }</button>
            <p class="reminder__note">{ "This makes a calendar file on your phone; open it to add the reminder. Nothing is sent anywhere." }</p>
        </section>
    }
}

/// Saves the program and log as a file.
fn export_button(saved: &Saved) -> Html {
    let text = saved_to_json(saved);
    let onclick = Callback::from(move |_: MouseEvent| {
        download::save_text("my-stretch-log.json", "application/json", &text);
    });
    html! { <button type="button" class="button" {onclick}>{ "Save my log as a file" }</button> }
}

/// Props for [`ImportLog`].
#[derive(Properties, PartialEq)]
struct ImportLogProps {
    saved: Saved,
    onimport: Callback<Saved>,
}

/// Reads a log file saved on another phone. A file that is not one changes nothing.
#[component]
fn ImportLog(props: &ImportLogProps) -> Html {
    let message = use_state(|| None::<(bool, String)>);
    let onchange = {
        let message = message.clone();
        let onimport = props.onimport.clone();
        let current = props.saved.clone();
        Callback::from(move |event: Event| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            let Some(file) = input.files().and_then(|files| files.get(0)) else {
                return;
            };
            let message = message.clone();
            let onimport = onimport.clone();
            let current = current.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let text = wasm_bindgen_futures::JsFuture::from(file.text())
                    .await
                    .ok()
                    .and_then(|t| t.as_string());
                match text.as_deref().map(saved_from_json) {
                    Some(Ok(mut imported)) => {
                        // A program already on this phone wins over none in the file.
                        if imported.program.is_none() {
                            imported.program = current.program.clone();
                        }
                        for entry in current.log.entries.iter().cloned() {
                            imported.log.record(entry);
                        }
                        onimport.emit(imported);
                        message.set(Some((true, "Your log was read and added.".into())));
                    }
                    Some(Err(error)) => message.set(Some((
                        false,
                        format!(
                            "That file could not be read as a log ({error}). Nothing was changed."
                        ),
                    ))),
                    None => message.set(Some((
                        false,
                        "That file could not be read. Nothing was changed.".into(),
                    ))),
                }
            });
            input.set_value("");
        })
    };
    html! {
        <div class="import-log">
            <label class="button" for="import-log">{ "Read a log file from another phone" }</label>
            <input id="import-log" class="visually-hidden" type="file" accept="application/json,.json" {onchange} />
            { for (*message).clone().map(|(good, text)| html! {
                <p class={if good { "notice" } else { "notice notice--error" }} role="status">{ text }</p>
            }) }
        </div>
    }
}
