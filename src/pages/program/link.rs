//! A program handed over by link or QR code (`#/p/<code>`): decoded and checked first; a bad
//! link says why and saves nothing. A good one shows the program with "Save on this phone",
//! which asks before replacing a different saved program (the log is always kept).

use std::rc::Rc;

use atlas_core::program::{check, decode, LinkError, Program};
use yew::prelude::*;

use super::parts::{program_items, treatment_view};
use super::session::ProgramSession;
use super::store::{self, NotSaved, Opened};
use crate::components::page_title::use_page_title;
use crate::data::{kb, show, show_with, word, Word};
use crate::route::Route;
use crate::router::Link;

/// Props for [`LinkPage`].
#[derive(Properties, PartialEq)]
pub struct LinkPageProps {
    /// The encoded program from the URL.
    pub code: AttrValue,
}

/// The program in the link, or a clear message.
#[component]
pub fn LinkPage(props: &LinkPageProps) -> Html {
    let opened = use_memo(props.code.clone(), |code| {
        decode(code).and_then(|program| {
            check(&program, kb())?;
            Ok(Rc::new(program))
        })
    });
    let title = match opened.as_ref() {
        Ok(_) => Word::LinkTitle,
        Err(_) => Word::LinkBroken,
    };
    use_page_title(word(title).to_string());
    match opened.as_ref() {
        // Keyed by the code: another link is another program, with its own saving state.
        Ok(program) => {
            html! { <HandedOver key={props.code.to_string()} program={program.clone()} /> }
        }
        Err(error) => broken(error),
    }
}

/// Why the link cannot be opened; nothing was saved or changed. A plain function: it holds
/// no state.
fn broken(error: &LinkError) -> Html {
    html! {
        <article class="page program-link program-link--broken">
            <h1>{ show(Word::LinkBroken) }</h1>
            <p class="notice notice--error" role="alert">{ error.to_string() }</p>
            <p>{ show(Word::LinkNothingChanged) }</p>
            <p><Link to={Route::Program} classes="button">{ show(Word::MyProgram) }</Link></p>
        </article>
    }
}

/// Props for [`HandedOver`].
#[derive(Properties, PartialEq)]
struct HandedOverProps {
    program: Rc<Program>,
}

/// Where saving stands.
#[derive(Clone, Debug, PartialEq)]
enum Saving {
    /// Not saved yet.
    Offered,
    /// A different program is saved: replace it?
    AskReplace,
    /// Saved on this phone.
    Saved,
    /// This phone keeps nothing (private browsing, storage full or off).
    NotKept,
    /// What is saved here could not be read: nothing is saved over it until the client
    /// chooses what to do with it on My program.
    Blocked,
}

/// A program from a good link.
#[component]
fn HandedOver(props: &HandedOverProps) -> Html {
    let clinic = crate::data::clinic();
    let state = {
        let program = props.program.clone();
        use_state(move || match store::open() {
            (saved, Opened::Fine) if saved.program.as_ref() == Some(&*program) => Saving::Saved,
            (_, Opened::NotKept) => Saving::NotKept,
            (_, Opened::Unreadable(_)) => Saving::Blocked,
            _ => Saving::Offered,
        })
    };
    let save = {
        let state = state.clone();
        let program = props.program.clone();
        move |replace: bool| {
            let (mut saved, opened) = store::open();
            match opened {
                Opened::NotKept => return state.set(Saving::NotKept),
                Opened::Unreadable(_) => return state.set(Saving::Blocked),
                Opened::Fine => {}
            }
            let other = saved.program.as_ref().is_some_and(|p| *p != *program);
            if other && !replace {
                return state.set(Saving::AskReplace);
            }
            // The log belongs to the client, not to the program: it stays. A new program
            // starts the calendar today (unknown on a phone whose date cannot be right).
            if saved.program.as_ref() != Some(&*program) {
                saved.received = super::mine::today().ok();
            }
            saved.program = Some((*program).clone());
            match store::save(&saved) {
                Ok(()) => state.set(Saving::Saved),
                Err(NotSaved::WouldOverwrite) => state.set(Saving::Blocked),
                Err(NotSaved::Storage(_)) => state.set(Saving::NotKept),
            }
        }
    };
    let on_save = {
        let save = save.clone();
        Callback::from(move |_: MouseEvent| save(false))
    };
    let on_replace = Callback::from(move |_: MouseEvent| save(true));
    let on_keep = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.set(Saving::Offered))
    };
    html! {
        <article class="page program-link">
            <h1>{ show(Word::LinkTitle) }</h1>
            // Anyone can make a link like this one: say so, and name the clinic only as whose
            // app it opens in, not as its author.
            <p class="program-link__from">
                { show_with(Word::LinkFrom, &[("clinic", &clinic.name)]) }
            </p>
            <div class="program-save" aria-live="polite">
                { match *state {
                    Saving::Offered => html! {
                        <button type="button" class="button button--primary" onclick={on_save}>
                            { show(Word::LinkSave) }
                        </button>
                    },
                    Saving::AskReplace => html! {
                        <div class="program-save__ask" role="group" aria-label={word(Word::LinkReplaceLabel)}>
                            <p>{ show(Word::LinkReplaceAsk) }</p>
                            <button type="button" class="button button--primary" onclick={on_replace}>{ show(Word::LinkReplace) }</button>
                            <button type="button" class="button" onclick={on_keep}>{ show(Word::KeepMine) }</button>
                        </div>
                    },
                    Saving::Saved => html! {
                        <p class="program-save__done">
                            { show(Word::LinkSaved) }
                            <Link to={Route::Program} classes="button button--primary">{ show(Word::OpenMyProgram) }</Link>
                        </p>
                    },
                    Saving::Blocked => html! {
                        <div class="notice program-save__blocked" role="alert">
                            <p>{ show(Word::LinkBlocked) }</p>
                            <Link to={Route::Program} classes="button">{ show(Word::MyProgram) }</Link>
                        </div>
                    },
                    Saving::NotKept => html! {
                        <p class="notice">{ show(Word::LinkNotKept) }</p>
                    },
                } }
            </div>
            { program_items(&props.program) }
            <PlayNow program={props.program.clone()} />
            if let Some(treatment) = &props.program.treatment {
                { treatment_view(treatment) }
            }
        </article>
    }
}

/// Props for [`PlayNow`].
#[derive(Properties, PartialEq)]
struct PlayNowProps {
    program: Rc<Program>,
}

/// Play the program straight from the link, saved or not.
#[component]
fn PlayNow(props: &PlayNowProps) -> Html {
    let playing = use_state(|| false);
    let finished = use_state(|| false);
    let on_play = {
        let playing = playing.clone();
        Callback::from(move |_: MouseEvent| playing.set(true))
    };
    let onfinish = {
        let finished = finished.clone();
        Callback::from(move |()| finished.set(true))
    };
    html! {
        <section class="program-play" aria-label={word(Word::LinkPlayLabel)}>
            if *playing {
                <ProgramSession program={props.program.clone()} {onfinish} />
                if *finished {
                    <p class="program-play__done" role="status">{ show(Word::LinkAllDone) }</p>
                }
            } else {
                <button type="button" class="button" onclick={on_play}>{ show(Word::LinkPlayNow) }</button>
            }
        </section>
    }
}
