//! The home program played as one session: each stretch with the guide player, one after the
//! other (the next starts by itself), with Previous and Next to move between them, then a word
//! that it is done.

use std::rc::Rc;

use atlas_core::program::Program;
use yew::prelude::*;

use crate::components::player::Player;
use crate::components::precautions::get_ready_lines;
use crate::data::{guide_for, kb, show, show_with, word, words, Word};

/// Props for [`ProgramSession`].
#[derive(Properties, PartialEq)]
pub struct ProgramSessionProps {
    /// The program to play.
    pub program: Rc<Program>,
    /// Told when the last stretch has played to its end, or Next is pressed on it.
    pub onfinish: Callback<()>,
}

/// "Stretch 1 of 2: Figure-4 stretch" over the player. The session opens on Play, so the first
/// stretch starts at once (no second Start) and comes into view; the rest follow on their own,
/// and Previous / Next (Finish on the last) move between them at any moment.
#[component]
pub fn ProgramSession(props: &ProgramSessionProps) -> Html {
    let index = use_state(|| 0usize);
    let kb = kb();
    let items: Vec<_> = props
        .program
        .items
        .iter()
        .filter_map(|item| {
            let stretch = kb.stretch(&item.stretch)?;
            Some((item, stretch, guide_for(&stretch.id)?))
        })
        .collect();
    let total = items.len();
    let Some(&(item, stretch, guide)) = items.get(*index) else {
        return Html::default();
    };
    let at = *index;
    let go = |to: Option<usize>| {
        let index = index.clone();
        let onfinish = props.onfinish.clone();
        Callback::from(move |()| match to {
            Some(to) if to < total => index.set(to),
            _ => onfinish.emit(()),
        })
    };
    let ondone = go(Some(at + 1));
    let next = go(Some(at + 1));
    let previous = go(at.checked_sub(1));
    let last = at + 1 == total;
    let next_name = items.get(at + 1).map(|(_, s, _)| s.name.clone());
    let check_first = get_ready_lines(&kb.precautions_for_stretch(&stretch.id));
    html! {
        <section class="program-session" aria-labelledby="program-session-title">
            <h2 id="program-session-title" aria-live="polite">
                { show_with(Word::SessionHeading, &[("number", &(at + 1).to_string()), ("total", &total.to_string()), ("stretch", &stretch.name)]) }
            </h2>
            <p class="program-session__dose">{ item.dose.in_words(stretch.goal) }</p>
            <Player key={format!("{at}-{}", stretch.id)} {guide} dose={item.dose.guide_dose()}
                name={stretch.name.clone()} precautions={check_first}
                autostart=true ondone={Some(ondone)} goal={stretch.goal} />
            <nav class="program-session__moves" aria-label={word(Word::SessionNavLabel)}>
                if at > 0 {
                    <button type="button" class="button program-session__previous"
                        onclick={previous.reform(|_: MouseEvent| ())}>
                        <span aria-hidden="true">{ "← " }</span>{ show(Word::SessionPrevious) }
                    </button>
                }
                <button type="button" class="button program-session__next"
                    onclick={next.reform(|_: MouseEvent| ())}>
                    { match &next_name {
                        Some(name) if !last => words(Word::SessionNext, &[("stretch", name)]),
                        _ => word(Word::SessionFinish).to_string(),
                    } }
                    <span aria-hidden="true">{ " →" }</span>
                </button>
            </nav>
        </section>
    }
}
