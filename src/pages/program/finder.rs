//! Where the builder finds what to give: the client's problem (a condition, whose "start here"
//! set becomes the program in one tap), the client's own words through the site's search
//! ("low back", "tight hips"), and the moves themselves with their key pictures, also found
//! on the body map. A plain function over the builder's state and the page's two filters.

use atlas_core::content::{Condition, Stretch};
use atlas_core::program::{find, Builder, Edit, MAX_ITEMS};
use yew::prelude::*;

use crate::components::body_map::BodyMap;
use crate::components::stills::still;
use crate::data::{kb, search_index, show, show_with, word, words, Word};

/// The finder's own state, held by the builder page: the words typed and the muscle tapped.
pub struct Filters {
    /// The words typed, as the client said them.
    pub words: UseStateHandle<String>,
    /// A muscle tapped on the body map: only the moves that stretch or work it.
    pub muscle: UseStateHandle<Option<String>>,
}

/// The conditions to start from and the moves to add, filtered by the words and the muscle.
pub fn finder(b: &Builder, send: &Callback<Edit>, filters: &Filters) -> Html {
    let kb = kb();
    let typed = filters.words.trim().to_string();
    let found = (!typed.is_empty()).then(|| find(kb, search_index(), &typed));
    let conditions: Vec<&Condition> = match &found {
        Some(found) => found.conditions.clone(),
        None => kb.conditions.iter().collect(),
    };
    let chosen = |s: &Stretch| b.items.iter().any(|i| i.stretch == s.id);
    let by_muscle = |s: &&Stretch| {
        filters
            .muscle
            .as_ref()
            .is_none_or(|m| s.muscles.contains(m))
    };
    let moves: Vec<&Stretch> = match &found {
        Some(found) => {
            let needle = typed.to_lowercase();
            let mut list = found.stretches.clone();
            for s in kb.stretches.iter().filter(|s| named(s, &needle)) {
                if !list.iter().any(|l| l.id == s.id) {
                    list.push(s);
                }
            }
            list
        }
        None => kb.stretches.iter().collect(),
    };
    let moves: Vec<&Stretch> = moves
        .into_iter()
        .filter(|s| !chosen(s))
        .filter(by_muscle)
        .collect();
    let nothing = found
        .as_ref()
        .is_some_and(|f| f.conditions.is_empty() && moves.is_empty());
    let on_words = {
        let state = filters.words.clone();
        Callback::from(move |event: InputEvent| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            state.set(input.value());
        })
    };
    let on_muscle = {
        let state = filters.muscle.clone();
        Callback::from(move |id: String| {
            let again = state.as_deref() == Some(id.as_str());
            state.set((!again).then_some(id));
        })
    };
    let show_all = {
        let state = filters.muscle.clone();
        Callback::from(move |_: MouseEvent| state.set(None))
    };
    let muscle_name = (filters.muscle.as_deref())
        .and_then(|id| kb.muscle(id))
        .map(|m| m.name.clone());
    let full = b.items.len() >= MAX_ITEMS;
    html! {
        <>
            <section class="builder__problem" aria-labelledby="builder-problem-title">
                <h2 id="builder-problem-title">{ show(Word::FinderTitle) }</h2>
                <p class="builder__find">
                    <label for="builder-filter">{ show(Word::FinderLabel) }</label>
                    <input id="builder-filter" type="search" value={(*filters.words).clone()}
                        oninput={on_words} autocomplete="off" placeholder={word(Word::FinderPlaceholder)} />
                </p>
                if nothing {
                    <p class="builder__nothing" role="status">
                        { show_with(Word::FinderNothing, &[("words", &atlas_core::echo::echo_excerpt(&typed))]) }
                    </p>
                }
                if !conditions.is_empty() {
                    <ul class="builder__conditions">
                        { for conditions.iter().map(|c| condition_choice(c, b, send)) }
                    </ul>
                }
            </section>
            if !full {
                <section class="builder__library" aria-labelledby="builder-library-title">
                    <h2 id="builder-library-title">{ show(Word::FinderLibrary) }</h2>
                    <details class="builder__by-muscle" open={filters.muscle.is_some()}>
                        <summary class="opens">{ show(Word::FinderByMap) }</summary>
                        <BodyMap selected={(*filters.muscle).clone()} onselect={on_muscle} />
                    </details>
                    if let Some(name) = muscle_name {
                        <p class="builder__showing" role="status">
                            { show_with(Word::FinderShowing, &[("muscle", &name)]) }
                            <button type="button" class="button" onclick={show_all}>{ show(Word::FinderShowAll) }</button>
                        </p>
                    }
                    <ul class="builder__choices">
                        { for moves.iter().map(|&stretch| move_choice(stretch, send)) }
                    </ul>
                </section>
            }
        </>
    }
}

/// One condition as a starter set: its name and its "start here" moves with their pictures;
/// one tap makes them the program.
fn condition_choice(condition: &Condition, b: &Builder, send: &Callback<Edit>) -> Html {
    let starters = kb().start_here_for_condition(&condition.id);
    if starters.is_empty() {
        return Html::default();
    }
    let names: Vec<&str> = starters.iter().map(|s| s.name.as_str()).collect();
    let id = condition.id.clone();
    let current = b.from.as_deref() == Some(condition.id.as_str());
    html! {
        <li>
            <button type="button" class="button builder__condition" aria-pressed={current.to_string()}
                onclick={send.reform(move |_: MouseEvent| Edit::StartFrom(id.clone()))}>
                <span class="builder__condition-name">{ condition.name.clone() }</span>
                <span class="builder__condition-moves">
                    { for starters.iter().map(|&s| still(s)) }
                    <span>{ names.join(", ") }</span>
                </span>
            </button>
        </li>
    }
}

/// One move to add: its key picture and its name.
fn move_choice(stretch: &'static Stretch, send: &Callback<Edit>) -> Html {
    let id = stretch.id.clone();
    html! {
        <li>
            <button type="button" class="button builder__add"
                onclick={send.reform(move |_: MouseEvent| Edit::Add { stretch: id.clone(), confirmed: false })}
                aria-label={words(Word::FinderAddNamed, &[("stretch", &stretch.name)])}>
                { still(stretch) }
                <span><span aria-hidden="true">{ "+ " }</span>{ stretch.name.clone() }</span>
            </button>
        </li>
    }
}

/// Whether the typed words (lowercase) are part of the move's name, other name or a muscle's
/// name, so a few letters already find it while the search wants whole words.
fn named(stretch: &Stretch, needle: &str) -> bool {
    let kb = kb();
    stretch.name.to_lowercase().contains(needle)
        || stretch
            .aka
            .iter()
            .any(|a| a.to_lowercase().contains(needle))
        || stretch.muscles.iter().any(|m| {
            m.contains(needle)
                || kb
                    .muscle(m)
                    .is_some_and(|m| m.name.to_lowercase().contains(needle))
        })
}
