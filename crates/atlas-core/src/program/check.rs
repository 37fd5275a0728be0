//! A decoded program held against this app's content: every id known, every number within
//! the content's ranges, each stretch once, the note within its length. A link can come from anywhere (another
//! clinic's build, an older content, a hand-edited URL), so the client's page runs this before
//! showing or saving anything.

use super::{
    ComeBack, LinkError, Program, MAX_COME_BACK_WEEKS, MAX_ITEMS, MAX_NOTE_CHARS,
    MAX_TREATMENT_LIST,
};
use crate::content::KnowledgeBase;

/// `Ok` when the program only names what `kb` has, with doses in the content's ranges; else
/// the first problem found.
pub fn check(p: &Program, kb: &KnowledgeBase) -> Result<(), LinkError> {
    let out_of_range = |what: String| Err(LinkError::OutOfRange { what });
    let unknown = |what: String| Err(LinkError::Unknown { what });
    if p.items.is_empty() {
        return out_of_range("the number of stretches (none)".into());
    }
    if p.items.len() > MAX_ITEMS {
        return out_of_range(format!("the number of stretches ({})", p.items.len()));
    }
    for (i, item) in p.items.iter().enumerate() {
        let Some(stretch) = kb.stretch(&item.stretch) else {
            return unknown(format!("the stretch \"{}\"", shown(&item.stretch)));
        };
        // The builder offers each stretch once; a second copy only doubles the dose.
        if p.items[..i]
            .iter()
            .any(|earlier| earlier.stretch == item.stretch)
        {
            return out_of_range(format!(
                "the number of times \u{201c}{}\u{201d} appears",
                stretch.name
            ));
        }
        if let Some(what) = item.dose.problem(&stretch.dose) {
            return out_of_range(format!("{what} of \u{201c}{}\u{201d}", stretch.name));
        }
    }
    let Some(t) = &p.treatment else {
        return Ok(());
    };
    let lists = [
        ("muscle group", &t.muscles),
        ("technique", &t.techniques),
        ("aftercare", &t.aftercare),
    ];
    for (kind, ids) in lists {
        if ids.len() > MAX_TREATMENT_LIST {
            return out_of_range(format!("the number of {kind} entries ({})", ids.len()));
        }
        for id in ids {
            let known = match kind {
                "muscle group" => kb.muscle(id).is_some(),
                "technique" => kb.technique(id).is_some(),
                _ => kb.aftercare_entry(id).is_some(),
            };
            if !known {
                return unknown(format!("the {kind} \"{}\"", shown(id)));
            }
        }
    }
    if t.note.chars().count() > MAX_NOTE_CHARS {
        return out_of_range("the note's length".into());
    }
    match t.come_back {
        Some(ComeBack::InWeeks(w)) if w == 0 || w > MAX_COME_BACK_WEEKS => {
            out_of_range("the weeks until your next visit".into())
        }
        Some(ComeBack::On(day)) if !day.is_plausible() => {
            out_of_range("the date of your next visit".into())
        }
        _ => Ok(()),
    }
}

/// An id from a link as a message may show it: at most 40 characters, no control characters,
/// so a crafted link cannot fill the page.
fn shown(id: &str) -> String {
    let clean: String = id.chars().filter(|c| !c.is_control()).take(40).collect();
    if clean.chars().count() < id.chars().count() {
        format!("{clean}…")
    } else {
        clean
    }
}
