//! The step's mobility moves, played in place: one button per move, and the chosen move's
//! guide player below them, with the same dose and cautions as on its own page.

use atlas_core::rig::GuideDose;
use yew::prelude::*;

use crate::components::player::Player;
use crate::components::precautions::get_ready_lines;
use crate::data::{guide_for, kb, show, word, Word};
use crate::route::Route;
use crate::router::Link;

/// Props for [`Moves`].
#[derive(Properties, PartialEq)]
pub struct MovesProps {
    /// Stretch ids, in the order the step names them.
    pub ids: Vec<String>,
}

/// A choice of moves and the chosen one's player (the first, until another is chosen).
#[component]
pub fn Moves(props: &MovesProps) -> Html {
    let chosen = use_state(|| 0usize);
    let kb = kb();
    let stretches: Vec<_> = props.ids.iter().filter_map(|id| kb.stretch(id)).collect();
    let Some(stretch) = stretches.get(*chosen).or(stretches.first()).copied() else {
        return Html::default();
    };
    let check_first = get_ready_lines(&kb.precautions_for_stretch(&stretch.id));
    html! {
        <section class="explain__moves" aria-labelledby="explain-moves-title" data-own-gesture="">
            <h2 id="explain-moves-title">{ show(Word::ExplainTryTogether) }</h2>
            <div class="toggle explain__move-choice" role="group" aria-label={word(Word::ExplainMoveLabel)}>
                { for stretches.iter().enumerate().map(|(i, s)| {
                    let chosen = chosen.clone();
                    let onclick = Callback::from(move |_: MouseEvent| chosen.set(i));
                    html! {
                        <button type="button" class="toggle__button"
                            aria-pressed={(s.id == stretch.id).to_string()} {onclick}>
                            { s.name.clone() }
                        </button>
                    }
                }) }
            </div>
            if let Some(guide) = guide_for(&stretch.id) {
                <Player key={stretch.id.clone()} guide={guide} dose={GuideDose::from(&stretch.dose)}
                    name={stretch.name.clone()} precautions={check_first} goal={stretch.goal} />
            }
            <p class="explain__move-page">
                <Link to={Route::Stretch { id: stretch.id.clone() }}>
                    { format!("{}: steps and cautions", stretch.name) }
                </Link>
            </p>
        </section>
    }
}
