//! Links to knowledge-base entries, with their titles and a word for each kind (which page shows
//! an entry is `crate::route::route_for`).

use crate::router::Link;
use atlas_core::content::{EntityRef, Kind};
use yew::prelude::*;

use crate::data::{kb, word, Word};
use crate::route::route_for;

/// A word for the kind, as a reader would say it (the content's interface word).
pub fn kind_label(kind: Kind) -> &'static str {
    word(match kind {
        Kind::Muscle => Word::LabelMuscle,
        Kind::Condition => Word::LabelCondition,
        Kind::Technique => Word::LabelTechnique,
        Kind::Stretch => Word::LabelStretch,
        Kind::Note => Word::LabelNote,
        Kind::Article => Word::LabelArticle,
        Kind::Source => Word::LabelSource,
    })
}

/// A word for an entry, as a reader would say it: [`kind_label`], except that a
/// strengthening exercise is an "Exercise", not a "Stretch".
pub fn entity_label(entity: &EntityRef) -> &'static str {
    match entity {
        EntityRef::Stretch(id) if kb().stretch(id).is_some_and(|s| s.is_exercise()) => {
            word(Word::LabelExercise)
        }
        _ => kind_label(entity.kind()),
    }
}

/// A link to an entry, labelled with its name.
pub fn entity_link(entity: &EntityRef) -> Html {
    let title = kb().title_of(entity).unwrap_or(entity.id()).to_string();
    html! { <Link to={route_for(entity)}>{ title }</Link> }
}

/// A headed list of links (`heading`, an `h2`), e.g. "Stretches that lengthen it", in display
/// order. A group with no entries shows the `empty` sentence, or nothing when that is empty too.
pub fn entity_links(heading: &'static str, entities: &[EntityRef], empty: &'static str) -> Html {
    if entities.is_empty() && empty.is_empty() {
        return Html::default();
    }
    html! {
        <section class="linked">
            <h2>{ heading }</h2>
            if entities.is_empty() {
                <p class="linked__empty">{ empty }</p>
            } else {
                <ul class="chips">
                    { for entities.iter().map(|entity| html! { <li>{ entity_link(entity) }</li> }) }
                </ul>
            }
        </section>
    }
}
