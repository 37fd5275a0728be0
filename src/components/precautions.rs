//! Precautions as a client reads them: on a stretch or technique page, each precaution's name
//! and plain advice with the entry's written modification when it has one; in the player's
//! get-ready, the same as a short list of one line each. The content and the lookups are the
//! core's (`KnowledgeBase::precautions_for_stretch` and friends); this only words and shows them.

use atlas_core::content::{Claim, Modification, Precaution, PrecautionNote, Stretch};
use yew::prelude::*;

use crate::components::stills::modification_still;
use crate::data::kb;

/// What every move shows before it starts: what a stretch should feel like and when to stop
/// (the notice `when-to-stop`, `pages.toml`), then the signs that mean stopping and seeing a
/// doctor (the program note `red-flags`, `program.toml`, also on the handout). Validated
/// content has both.
pub fn stop_signs() -> Vec<&'static Claim> {
    atlas_core::content::stop_signs(kb())
}

/// Each precaution as a list item: its name, its advice, and the entry's modification for it
/// ("If you have sciatica: keep the raised knee softly bent…"). Sources are listed by the
/// section this sits in (see `atlas_core::content::precaution_sources`). `stretch` is the
/// stretch these are for, on its own page: a modification its guide draws
/// (`[modifications.<precaution>]`) shows that picture beside its words.
pub fn precaution_list(
    notes: &[PrecautionNote<'static>],
    stretch: Option<&'static Stretch>,
) -> Html {
    if notes.is_empty() {
        return Html::default();
    }
    html! {
        <ul class="precautions">
            { for notes.iter().map(|note| html! {
                <li class="precaution">
                    <p class="precaution__advice">
                        <strong class="precaution__name">{ format!("{}. ", note.precaution.name) }</strong>
                        { note.precaution.advice.text.clone() }
                    </p>
                    if let Some(modification) = note.modification {
                        { modified(stretch, note.precaution, modification) }
                    }
                </li>
            }) }
        </ul>
    }
}

/// A modification's words, with the move as the modification has it beside them when the
/// stretch's guide draws that pose: a client who must keep to the modification sees the
/// position to copy, not only the default hold (a new hip that copies the hold could bend
/// past a right angle).
fn modified(
    stretch: Option<&'static Stretch>,
    precaution: &Precaution,
    modification: &Modification,
) -> Html {
    let words = html! { <p class="precaution__modification">{ modification.text.clone() }</p> };
    // The build requires `picture` words wherever the guide draws the modification.
    let label = modification.picture.clone().unwrap_or_default();
    let picture = stretch.and_then(|stretch| modification_still(stretch, &precaution.id, label));
    match picture {
        Some(picture) => html! { <div class="precaution__modified">{ picture }{ words }</div> },
        None => words,
    }
}

/// A condition's precautions, as a list of their names and advice (a condition has no
/// modifications: each stretch page shows its own).
pub fn condition_precautions(precautions: &[&'static Precaution]) -> Html {
    let notes: Vec<PrecautionNote<'static>> = precautions
        .iter()
        .map(|precaution| PrecautionNote {
            precaution,
            modification: None,
        })
        .collect();
    precaution_list(&notes, None)
}

/// One precaution as a single line for the player's get-ready list: the first sentence of its
/// advice ("If you have had a hip replacement, ask your surgeon first, before you do this."),
/// then the stretch's modification for it if there is one. The rest of the advice stays on
/// the page above the player; a countdown is no time to read a paragraph.
pub fn get_ready_line(note: &PrecautionNote<'_>) -> String {
    let first = first_sentence(&note.precaution.advice.text);
    match note.modification {
        Some(modification) => format!("{first} {}", modification.text.trim()),
        None => first.to_string(),
    }
}

/// The player's get-ready lines for these notes, one per precaution ([`get_ready_line`]):
/// what every player of a stretch (its page, explain mode, a home program) shows before the
/// first hold.
pub fn get_ready_lines(notes: &[PrecautionNote<'_>]) -> Vec<AttrValue> {
    notes
        .iter()
        .map(|note| AttrValue::from(get_ready_line(note)))
        .collect()
}

/// Text up to and including its first full stop followed by a space (or all of it).
fn first_sentence(text: &str) -> &str {
    let text = text.trim();
    match text.find(". ") {
        Some(at) => &text[..=at],
        None => text,
    }
}

#[cfg(test)]
mod tests {
    use super::first_sentence;

    #[test]
    fn the_first_sentence_keeps_its_full_stop() {
        assert_eq!(first_sentence("Ask first. Then go on."), "Ask first.");
        assert_eq!(first_sentence(" One sentence only. "), "One sentence only.");
        assert_eq!(first_sentence("No stop at all"), "No stop at all");
    }
}
