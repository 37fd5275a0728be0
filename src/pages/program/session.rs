//! The home program played as one session: each stretch with the guide player, one after the
//! other (the next starts by itself), then a word that it is done.

use std::rc::Rc;

use atlas_core::program::Program;
use yew::prelude::*;

use crate::components::player::Player;
use crate::components::precautions::get_ready_lines;
use crate::data::{guide_for, kb};

/// Props for [`ProgramSession`].
#[derive(Properties, PartialEq)]
pub struct ProgramSessionProps {
    /// The program to play.
    pub program: Rc<Program>,
    /// Told when the last stretch has played to its end.
    pub onfinish: Callback<()>,
}

/// "Stretch 1 of 2: Figure-4 stretch" over the player; the first waits for Start, the rest
/// follow on their own.
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
    let ondone = {
        let index = index.clone();
        let onfinish = props.onfinish.clone();
        let at = *index;
        Callback::from(move |()| {
            if at + 1 < total {
                index.set(at + 1);
            } else {
                onfinish.emit(());
            }
        })
    };
    let check_first = get_ready_lines(&kb.precautions_for_stretch(&stretch.id));
    html! {
        <section class="program-session" aria-labelledby="program-session-title">
            <h2 id="program-session-title" aria-live="polite">
                { format!("Stretch {} of {total}: {}", *index + 1, stretch.name) }
            </h2>
            <p class="program-session__dose">{ item.dose.in_words(stretch.goal) }</p>
            <Player key={format!("{}-{}", *index, stretch.id)} {guide} dose={item.dose.guide_dose()}
                name={stretch.name.clone()} precautions={check_first}
                autostart={*index > 0} ondone={Some(ondone)} goal={stretch.goal} />
        </section>
    }
}
