//! What My program shows when saved data could not be read: the choice (leave it, save it as
//! a file, or start afresh with a copy kept), and the copies kept on this phone, each one
//! readable, savable as a file, and, when this version can read it, added back to the log.

use atlas_core::program::{import, Saved, SavedError};
use yew::prelude::*;

use super::store::{self, NoCopy};
use crate::data::{kb, show, show_with, word, words, Word};
use crate::platform::download;

/// The file name a kept or unreadable copy is saved under.
const COPY_FILE: &str = "my-stretch-log-as-saved.json";
/// Characters of a kept copy shown on the page (the file has all of it).
const SHOWN_CHARS: usize = 2000;

/// Props for [`UnreadableChoices`].
#[derive(Properties, PartialEq)]
pub struct UnreadableChoicesProps {
    /// Why the saved text could not be read.
    pub error: SavedError,
    /// Called after the client started afresh (the page opens the store again).
    pub onchanged: Callback<()>,
}

/// The saved text cannot be read: nothing is written over it until the client chooses.
#[component]
pub fn UnreadableChoices(props: &UnreadableChoicesProps) -> Html {
    let no_room = use_state(|| None::<NoCopy>);
    let on_file = Callback::from(|_: MouseEvent| {
        if let Some(text) = store::unreadable_text() {
            download::save_text(COPY_FILE, "application/json", &text);
        }
    });
    let on_afresh = {
        let (no_room, onchanged) = (no_room.clone(), props.onchanged.clone());
        Callback::from(move |_: MouseEvent| match store::start_afresh() {
            Ok(()) => onchanged.emit(()),
            Err(why) => no_room.set(Some(why)),
        })
    };
    let on_let_go = {
        let onchanged = props.onchanged.clone();
        Callback::from(move |_: MouseEvent| {
            if store::let_go().is_ok() {
                onchanged.emit(());
            }
        })
    };
    html! {
        <section class="unreadable notice" role="alert" aria-labelledby="unreadable-title">
            <h2 id="unreadable-title">{ show(Word::UnreadableTitle) }</h2>
            <p>{ props.error.to_string() }</p>
            <p>{ show(Word::UnreadableStillHere) }</p>
            <ul class="unreadable__choices">
                <li>{ show(Word::UnreadableLeave) }</li>
                <li><button type="button" class="button" onclick={on_file}>{ show(Word::UnreadableSaveFile) }</button></li>
                <li><button type="button" class="button" onclick={on_afresh}>{ show(Word::UnreadableAfresh) }</button></li>
            </ul>
            { match *no_room {
                None => html! {},
                Some(NoCopy::NoRoom) => html! {
                    <div class="unreadable__no-room">
                        <p>{ show(Word::UnreadableNoRoom) }</p>
                        <button type="button" class="button" onclick={on_let_go}>{ show(Word::UnreadableAfreshNoCopy) }</button>
                    </div>
                },
                Some(NoCopy::TooMany) => html! {
                    <p>{ show(Word::UnreadableTooMany) }</p>
                },
            } }
        </section>
    }
}

/// Props for [`KeptCopies`].
#[derive(Properties, PartialEq)]
pub struct KeptCopiesProps {
    /// What the phone keeps now.
    pub saved: Saved,
    /// Saves a new state; answers whether it was kept.
    pub write: Callback<Saved, bool>,
}

/// Every copy kept of saved data that could not be read (also those an earlier version kept
/// and never showed).
#[component]
pub fn KeptCopies(props: &KeptCopiesProps) -> Html {
    // Read on every render (a few small reads): a fresh start elsewhere on the page adds one.
    // `changed` re-renders after a change made here.
    let changed = use_state(|| 0u32);
    let copies = store::kept_copies();
    if copies.is_empty() {
        return html! {};
    }
    html! {
        <section class="kept-copies" aria-labelledby="kept-copies-title">
            <h2 id="kept-copies-title">{ show(Word::KeptTitle) }</h2>
            <p>{ show(Word::KeptLead) }</p>
            { for copies.iter().map(|(key, text)| {
                let reread = {
                    let changed = changed.clone();
                    move || changed.set(changed.wrapping_add(1))
                };
                let imported = import(&props.saved, text.len() as u64, text, kb());
                let on_file = {
                    let text = text.clone();
                    Callback::from(move |_: MouseEvent| download::save_text(COPY_FILE, "application/json", &text))
                };
                let on_remove = {
                    let (key, reread) = (key.clone(), reread.clone());
                    Callback::from(move |_: MouseEvent| {
                        let _ = store::remove_copy(&key);
                        reread();
                    })
                };
                let has_more = imported.as_ref().is_ok_and(|i| i.added > 0);
                let shown: String = text.chars().take(SHOWN_CHARS).collect();
                let cut = shown.len() < text.len();
                html! {
                    <div class="kept-copy">
                        { match imported {
                            Ok(i) if i.added > 0 => {
                                let write = props.write.clone();
                                let saved = i.saved.clone();
                                let reread = reread.clone();
                                let on_add = Callback::from(move |_: MouseEvent| {
                                    if write.emit(saved.clone()) {
                                        reread();
                                    }
                                });
                                html! {
                                    <p>
                                        { match i.added {
                                            1 => word(Word::KeptHoldsOne).to_string(),
                                            n => words(Word::KeptHoldsMany, &[("count", &n.to_string())]),
                                        } }
                                        <button type="button" class="button button--primary" onclick={on_add}>{ show(Word::KeptAdd) }</button>
                                    </p>
                                }
                            }
                            Ok(_) => html! { <p>{ show(Word::KeptAllInLog) }</p> },
                            Err(e) => html! { <p>{ show_with(Word::KeptUnreadable, &[("why", &e.to_string())]) }</p> },
                        } }
                        <p>
                            <button type="button" class="button" onclick={on_file}>{ show(Word::KeptSaveFile) }</button>
                            // Only once nothing in it is missing from the log, or it cannot be
                            // read at all: one tap must not lose a session.
                            if !has_more {
                                { " " }
                                <button type="button" class="button" onclick={on_remove}>{ show(Word::KeptRemove) }</button>
                            }
                        </p>
                        <details class="kept-copy__text">
                            <summary class="opens">{ show(Word::KeptWhatItHolds) }</summary>
                            <pre>{ shown }{ if cut { "…" } else { "" } }</pre>
                        </details>
                    </div>
                }
            }) }
        </section>
    }
}
