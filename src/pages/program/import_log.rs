//! "Read a log file from another phone": a file checked on its size before it is read, then
//! merged by the core ([`import`]): sessions already here are not added again, the file's
//! program is held to a link's rules and offered ("Use the program from this file?"), never
//! put in place without the client's word. Every message says what happened to the file.

use atlas_core::program::{import, FileProgram, Program, Saved, SavedError, MAX_SAVED_CHARS};
use yew::prelude::*;

use crate::data::{kb, show, word, words, Word};

/// Props for [`ImportLog`].
#[derive(Properties, PartialEq)]
pub struct ImportLogProps {
    /// What the phone keeps now.
    pub saved: Saved,
    /// Saves a new state; answers whether it was kept (the page says why not).
    pub write: Callback<Saved, bool>,
}

/// What the last file did, in words, and whether it went well.
type Said = Option<(bool, String)>;

/// `n sessions`, `1 session`.
fn sessions(n: usize) -> String {
    match n {
        1 => word(Word::ImportSessionsOne).to_string(),
        n => words(Word::ImportSessionsMany, &[("count", &n.to_string())]),
    }
}

/// What a file read and merged means for the client, in a sentence or two.
fn merged_words(added: usize, left_out: usize, unusable: Option<String>) -> String {
    let mut said = match added {
        0 => word(Word::ImportNothingAdded).to_string(),
        n => words(Word::ImportAdded, &[("sessions", &sessions(n))]),
    };
    match left_out {
        0 => {}
        1 => said.push_str(word(Word::ImportLeftOutOne)),
        n => said.push_str(&words(
            Word::ImportLeftOutMany,
            &[("count", &n.to_string())],
        )),
    }
    if let Some(why) = unusable {
        said.push_str(&words(Word::ImportProgramUnusable, &[("why", &why)]));
    }
    said
}

/// Reads a log file and merges it; a file that cannot be used changes nothing.
#[component]
pub fn ImportLog(props: &ImportLogProps) -> Html {
    let said = use_state(|| None as Said);
    let offer = use_state(|| None::<Program>);
    let onchange = {
        let said = said.clone();
        let offer = offer.clone();
        let write = props.write.clone();
        let current = props.saved.clone();
        Callback::from(move |event: Event| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            let Some(file) = input.files().and_then(|files| files.get(0)) else {
                return;
            };
            input.set_value("");
            offer.set(None);
            let unusable = |e: SavedError| {
                Some((
                    false,
                    words(Word::ImportUnusable, &[("why", &e.to_string())]),
                ))
            };
            // Refused on its size alone: a huge file is never read into memory.
            let bytes = file.size().max(0.0) as u64;
            if bytes > MAX_SAVED_CHARS as u64 {
                return said.set(unusable(SavedError::TooLong));
            }
            let (said, offer, write, current) =
                (said.clone(), offer.clone(), write.clone(), current.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let text = wasm_bindgen_futures::JsFuture::from(file.text())
                    .await
                    .ok()
                    .and_then(|t| t.as_string());
                let Some(text) = text else {
                    return said.set(unusable(SavedError::NotJson));
                };
                let imported = match import(&current, bytes, &text, kb()) {
                    Ok(imported) => imported,
                    Err(e) => return said.set(unusable(e)),
                };
                if imported.added > 0 && !write.emit(imported.saved) {
                    return said.set(Some((false, word(Word::ImportNotSaved).to_string())));
                }
                let unusable_program = match imported.program {
                    FileProgram::Offer(p) => {
                        offer.set(Some(p));
                        None
                    }
                    FileProgram::Unusable(e) => Some(e.to_string()),
                    FileProgram::None | FileProgram::Same => None,
                };
                said.set(Some((
                    true,
                    merged_words(imported.added, imported.left_out, unusable_program),
                )));
            });
        })
    };
    let has_program = props.saved.program.is_some();
    let on_use = {
        let (offer, said, write) = (offer.clone(), said.clone(), props.write.clone());
        let current = props.saved.clone();
        Callback::from(move |_: MouseEvent| {
            let Some(program) = (*offer).clone() else {
                return;
            };
            let mut saved = current.clone();
            if saved.program.as_ref() != Some(&program) {
                saved.received = super::mine::today().ok();
            }
            saved.program = Some(program);
            offer.set(None);
            if write.emit(saved) {
                said.set(Some((true, word(Word::ImportProgramUsed).to_string())));
            }
        })
    };
    let on_decline = {
        let (offer, said) = (offer.clone(), said.clone());
        Callback::from(move |_: MouseEvent| {
            offer.set(None);
            said.set(Some((true, word(Word::ImportProgramKept).to_string())));
        })
    };
    html! {
        <div class="import-log">
            <label class="button" for="import-log">{ show(Word::ImportRead) }</label>
            <input id="import-log" class="visually-hidden" type="file" accept="application/json,.json" {onchange} />
            { for (*said).clone().map(|(good, text)| html! {
                <p class={if good { "notice" } else { "notice notice--error" }} role="status">{ text }</p>
            }) }
            if offer.is_some() {
                <div class="import-log__offer" role="group" aria-labelledby="import-log-offer">
                    <p id="import-log-offer">
                        { show(Word::ImportOffer) }
                        if has_program { { show(Word::ImportOfferDifferent) } }
                    </p>
                    <button type="button" class="button button--primary" onclick={on_use}>{ show(Word::ImportUse) }</button>
                    <button type="button" class="button" onclick={on_decline}>
                        { show(if has_program { Word::KeepMine } else { Word::ImportNotNow }) }
                    </button>
                </div>
            }
        </div>
    }
}
