//! Links to knowledge-base entries, with their titles and a word for each kind (which page shows
//! an entry is `crate::route::route_for`).

use crate::router::Link;
use atlas_core::content::{EntityRef, Kind};
use yew::prelude::*;

use crate::data::kb;
use crate::route::route_for;

/// A word for the kind, as a reader would say it.
pub fn kind_label(kind: Kind) -> &'static str {
    match kind {
        Kind::Muscle => "Muscle group",
        Kind::Condition => "Condition",
        Kind::Technique => "Massage technique",
        Kind::Stretch => "Stretch",
        Kind::Note => "Traditional perspective",
        Kind::Article => "Your visit",
        Kind::Source => "Source",
    }
}

/// A word for an entry, as a reader would say it: [`kind_label`], except that a
/// strengthening exercise is an "Exercise", not a "Stretch".
pub fn entity_label(entity: &EntityRef) -> &'static str {
    match entity {
        EntityRef::Stretch(id) if kb().stretch(id).is_some_and(|s| s.is_exercise()) => "Exercise",
        _ => kind_label(entity.kind()),
    }
}

/// Props for [`EntityLink`].
#[derive(Properties, PartialEq)]
pub struct EntityLinkProps {
    /// The entry to link to.
    pub entity: EntityRef,
}

/// A link to an entry, labelled with its name.
#[component]
pub fn EntityLink(props: &EntityLinkProps) -> Html {
    let title = kb()
        .title_of(&props.entity)
        .unwrap_or(props.entity.id())
        .to_string();
    html! { <Link to={route_for(&props.entity)}>{ title }</Link> }
}

/// Props for [`EntityLinks`].
#[derive(Properties, PartialEq)]
pub struct EntityLinksProps {
    /// The heading of the group (an `h2`).
    pub heading: AttrValue,
    /// The entries, in display order.
    pub entities: Vec<EntityRef>,
    /// What to say when there are none (nothing is rendered when this is empty too).
    #[prop_or_default]
    pub empty: AttrValue,
}

/// A headed list of links, e.g. "Stretches that lengthen it". A group with no entries shows the
/// `empty` sentence, or nothing.
#[component]
pub fn EntityLinks(props: &EntityLinksProps) -> Html {
    if props.entities.is_empty() && props.empty.is_empty() {
        return Html::default();
    }
    html! {
        <section class="linked">
            <h2>{ props.heading.clone() }</h2>
            if props.entities.is_empty() {
                <p class="linked__empty">{ props.empty.clone() }</p>
            } else {
                <ul class="chips">
                    { for props.entities.iter().map(|entity| html! {
                        <li><EntityLink entity={entity.clone()} /></li>
                    }) }
                </ul>
            }
        </section>
    }
}
