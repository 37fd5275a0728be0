//! "My program" on the client's phone: the saved program, played as one session, then a
//! one-tap log; the week in kind words and a calendar; a summary for the next visit; a daily
//! reminder as a calendar file; the log exported to a file and imported on a new phone.
//! Any problem with storage is said plainly and loses nothing: a phone date that cannot be
//! right logs nothing, and saved data that cannot be read waits for the client's choice.

use std::rc::Rc;

use atlas_core::program::{check, reminder_ics, saved_to_json, Day, LogEntry, Saved};
use yew::prelude::*;

use super::import_log::ImportLog;
use super::kept::{KeptCopies, UnreadableChoices};
use super::log::{consistency, ease_row, visit_summary, LogForm};
use super::parts::{program_items, treatment_view};
use super::session::ProgramSession;
use super::store::{self, NotSaved, Opened};
use crate::components::page_title::use_page_title;
use crate::data::{kb, show, show_with, word, words, Word};
use crate::platform::{clock, document, download};
use crate::route::Route;
use crate::router::Link;

/// Today on the device's calendar, or the year the device claims when it cannot be right
/// (outside 2000–2199): never a made-up day, which once logged sessions as 1970-01-01. A
/// server render uses a fixed day and shows no log.
pub(super) fn today() -> Result<Day, i32> {
    let (y, m, d) = if cfg!(target_arch = "wasm32") {
        clock::local_date()
    } else {
        (2026, 1, 1)
    };
    Day::from_ymd(y, m, d).ok_or(y)
}

/// What the page says when the phone's date cannot be right.
fn wrong_date(year: i32) -> Html {
    html! {
        <p class="notice" role="status">
            { show_with(Word::MineWrongDate, &[("year", &year.to_string())]) }
        </p>
    }
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
    use_page_title(word(Word::MyProgram).to_string());
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
        Callback::from(move |saved: Saved| -> bool {
            let kept = store::save(&saved);
            notice.set(match kept {
                Ok(()) => None,
                Err(NotSaved::Storage(_)) => Some(word(Word::MineNotKeptChange).to_string()),
                Err(NotSaved::WouldOverwrite) => {
                    Some(word(Word::MineNotSavedUnreadable).to_string())
                }
            });
            if kept.is_ok() {
                state.set((saved, Opened::Fine));
            }
            kept.is_ok()
        })
    };
    let reopen = {
        let state = state.clone();
        Callback::from(move |()| state.set(store::open()))
    };
    let onlog = {
        let write = write.clone();
        let saved = saved.clone();
        let stage = stage.clone();
        Callback::from(move |entry: LogEntry| {
            let mut saved = saved.clone();
            saved.log.record(entry);
            if write.emit(saved) {
                stage.set(Stage::Logged);
            }
        })
    };
    let opened_notice = match opened {
        Opened::NotKept => {
            html! { <p class="notice" role="alert">{ show(Word::MineNotKept) }</p> }
        }
        Opened::Unreadable(error) => {
            html! { <UnreadableChoices error={error.clone()} onchanged={reopen} /> }
        }
        Opened::Fine => html! {},
    };
    let unreadable = matches!(opened, Opened::Unreadable(_));
    let set_aside = set_aside_notice(saved);
    let kept = html! { <KeptCopies saved={saved.clone()} write={write.clone()} /> };
    let Some(program) = saved.program.clone().map(Rc::new) else {
        return html! {
            <article class="page program-page">
                <h1>{ show(Word::MyProgram) }</h1>
                { opened_notice }
                { for (*notice).clone().map(|n| html! { <p class="notice" role="alert">{ n }</p> }) }
                <p>{ show(Word::MineEmpty) }</p>
                <p><Link to={Route::Stretches}>{ show(Word::MineBrowseStretches) }</Link></p>
                if !saved.log.entries.is_empty() {
                    { visit_summary(&saved.log) }
                }
                { set_aside }
                if !unreadable {
                    <section class="program-files" aria-labelledby="program-files-title">
                        <h2 id="program-files-title">{ show(Word::MineFilesTitle) }</h2>
                        if !saved.log.entries.is_empty() {
                            { export_button(saved) }
                        }
                        <ImportLog saved={saved.clone()} write={write.clone()} />
                    </section>
                }
                { kept }
            </article>
        };
    };
    // A program this version cannot play (a stretch since removed from the content) is kept,
    // not played: a Play that does nothing helps no one.
    let playable = check(&program, kb());
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
            <h1>{ show(Word::MyProgram) }</h1>
            { opened_notice }
            { for (*notice).clone().map(|n| html! { <p class="notice" role="alert">{ n }</p> }) }
            { program_items(&program) }
            { match (&playable, *stage, today) {
                (Err(why), _, _) => html! {
                    <p class="notice" role="status">
                        { show_with(Word::MineCannotPlay, &[("why", &why.to_string())]) }
                    </p>
                },
                (Ok(()), Stage::Ready, _) => html! {
                    <>
                        { ease_row("ease-before", word(Word::EaseBeforeQuestion),
                            *before, before.setter().to_callback()) }
                        <p><button type="button" class="button button--primary program-page__play" onclick={on_play}>
                            { show(Word::MinePlay) }
                        </button></p>
                    </>
                },
                (Ok(()), Stage::Playing, _) => html! { <ProgramSession program={program.clone()} {onfinish} /> },
                (Ok(()), Stage::Finished, Ok(today)) => html! { <LogForm {onlog} {today} before={*before} /> },
                (Ok(()), Stage::Finished, Err(year)) => wrong_date(year),
                (Ok(()), Stage::Logged, _) => html! { <p class="program-page__logged" role="status">{ show(Word::MineLogged) }</p> },
            } }
            { match today {
                Ok(today) => consistency(&saved.log, saved.received, today),
                Err(year) if *stage != Stage::Finished => wrong_date(year),
                Err(_) => html! {},
            } }
            if let Some(treatment) = &program.treatment {
                { treatment_view(treatment) }
            }
            { visit_summary(&saved.log) }
            { set_aside }
            if let Ok(today) = today {
                <Reminder {today} />
            }
            if !unreadable {
                <section class="program-files" aria-labelledby="program-files-title">
                    <h2 id="program-files-title">{ show(Word::MineFilesTitle) }</h2>
                    { export_button(saved) }
                    <ImportLog saved={saved.clone()} write={write} />
                </section>
            }
            { kept }
        </article>
    }
}

/// Parts of the saved data this app could not use, said once, kindly: they are kept.
fn set_aside_notice(saved: &Saved) -> Html {
    let n = saved.set_aside.len();
    if n == 0 {
        return html! {};
    }
    let said = match n {
        1 => word(Word::SetAsideOne).to_string(),
        n => words(Word::SetAsideMany, &[("count", &n.to_string())]),
    };
    html! {
        <p class="notice set-aside" role="status">
            { said }
        </p>
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
                word(Word::ReminderEvent),
                &link,
                &clock::utc_stamp(),
            );
            download::save_text("stretch-reminder.ics", "text/calendar", &ics);
        })
    };
    html! {
        <section class="reminder" aria-labelledby="reminder-title">
            <h2 id="reminder-title">{ show(Word::ReminderTitle) }</h2>
            <p>
                <label for="reminder-time">{ show(Word::ReminderAt) }</label>
                <input id="reminder-time" type="time" value={(*time).clone()} {oninput} />
            </p>
            <button type="button" class="button" {onclick}>{ show(Word::ReminderAdd) }</button>
            <p class="reminder__note">{ show(Word::ReminderNote) }</p>
        </section>
    }
}

/// Saves the program and log as a file.
fn export_button(saved: &Saved) -> Html {
    let text = saved_to_json(saved);
    let onclick = Callback::from(move |_: MouseEvent| {
        download::save_text("my-stretch-log.json", "application/json", &text);
    });
    html! { <button type="button" class="button" {onclick}>{ show(Word::MineSaveLog) }</button> }
}
