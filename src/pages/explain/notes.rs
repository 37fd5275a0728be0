//! The therapist's notes: the seed's suggested scripts for the step, word for word, and the
//! clinic's own talking points where the seed has none. Hidden while the client looks at the
//! screen; one tap shows them, and the choice is remembered for the browser tab's session.

use atlas_core::content::ExplainStep;
use yew::prelude::*;

use crate::components::claim::{prose, sources_of, Sources};
use crate::data::{kb, show, word, Word};
use crate::platform::session;

/// The session key under which the notes' visibility is remembered.
const KEY: &str = "atlas.explain.notes";

/// Whether the notes show, starting from what this tab remembered (hidden by default).
#[hook]
pub fn use_notes_shown() -> UseStateHandle<bool> {
    use_state(|| session::recall(KEY).as_deref() == Some("shown"))
}

/// "Show notes" / "Hide notes", one tap either way: a plain function, since it holds no state
/// of its own (`shown` is the page's), which saves the wasm a component's lifecycle code.
pub fn notes_toggle(shown: &UseStateHandle<bool>) -> Html {
    let is_shown = **shown;
    let shown = shown.clone();
    let onclick = Callback::from(move |_: MouseEvent| {
        let now = !*shown;
        session::remember(KEY, if now { "shown" } else { "hidden" });
        shown.set(now);
    });
    html! {
        <button type="button" class="button explain__tool" aria-expanded={is_shown.to_string()}
            aria-controls="explain-notes" {onclick}>
            { show(if is_shown { Word::ExplainHideNotes } else { Word::ExplainShowNotes }) }
        </button>
    }
}

/// Props for [`NotesPanel`].
#[derive(Properties)]
pub struct NotesPanelProps {
    /// The step whose notes to show.
    pub step: &'static ExplainStep,
    /// Whether they show.
    pub shown: bool,
}

impl PartialEq for NotesPanelProps {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.step, other.step) && self.shown == other.shown
    }
}

/// The notes for one step; present (and hidden) even when closed, so the toggle's
/// `aria-controls` always names an element.
#[component]
pub fn NotesPanel(props: &NotesPanelProps) -> Html {
    let step = props.step;
    let scripts = step
        .section_in(kb())
        .map(|s| s.scripts.as_slice())
        .unwrap_or_default();
    html! {
        <aside id="explain-notes" class="explain__notes" aria-label={word(Word::ExplainNotesLabel)} hidden={!props.shown}>
            if !scripts.is_empty() {
                <h2 class="explain__notes-title">{ show(Word::ExplainScriptTitle) }</h2>
                <ul class="explain__notes-list explain__notes-list--script">
                    { for scripts.iter().map(|c| html! { <li>{ prose(c, None) }</li> }) }
                </ul>
                <Sources ids={sources_of(scripts)} about={word(Word::ExplainScriptAbout)} />
            }
            if !step.talking_points.is_empty() {
                <h2 class="explain__notes-title">{ show(Word::ExplainPointsTitle) }</h2>
                <ul class="explain__notes-list">
                    { for step.talking_points.iter().map(|c| html! { <li>{ prose(c, None) }</li> }) }
                </ul>
                <Sources ids={sources_of(&step.talking_points)} about={word(Word::ExplainPointsAbout)} />
            }
        </aside>
    }
}
