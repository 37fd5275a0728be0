//! One muscle group: what it does in plain words, its anatomy, its part in "hips move, the low
//! back stays steady", where it sits on the body map, and everything linked to it.
//!
//! Focus on navigation (for keyboard and screen-reader users):
//! - Arriving at a muscle page any other way (a link, the atlas map, back/forward, a deep link)
//!   moves focus to the `h1`, so a screen reader announces the new page and Tab continues from
//!   the top of its content, as it would after a full page load.
//! - Choosing another muscle on THIS page's map keeps focus on the map region just chosen: the
//!   user is exploring the map and expects to press Tab or Enter again from where they are. A
//!   polite live region announces the new page's name instead.

use std::cell::RefCell;
use std::rc::Rc;

use crate::router::{use_navigator, Link, Navigator};
use atlas_core::content::{also_called, Depth, EntityRef, Muscle, Stretch};
use yew::prelude::*;

use crate::components::body_map::BodyMap;
use crate::components::claim::{sources_of, Prose, Sources};
use crate::components::clinic::BookVisit;
use crate::components::entity_link::{EntityLink, EntityLinks};
use crate::components::page_title::use_page_title;
use crate::components::stills::stretch_chip;
use crate::data::kb;
use crate::pages::atlas::region_label;
use crate::pages::not_found::MissingEntry;
use crate::route::Route;

/// Props for [`MusclePage`].
#[derive(Properties, PartialEq)]
pub struct MusclePageProps {
    /// The entry's id from the URL.
    pub id: AttrValue,
}

/// The page for one muscle group, or the missing-entry page for an unknown id.
#[component]
pub fn MusclePage(props: &MusclePageProps) -> Html {
    match kb().muscle(&props.id) {
        Some(muscle) => html! { <MuscleDetail id={props.id.clone()} {muscle} /> },
        None => html! {
            <MissingEntry kind="muscle group" id={props.id.clone()}
                back_to={Route::Atlas} back_label="Open the body map" />
        },
    }
}

/// Props for [`MuscleDetail`].
#[derive(Properties)]
struct MuscleDetailProps {
    /// The muscle's id (compared instead of the entry itself: cheap, and ids are unique).
    id: AttrValue,
    /// The entry.
    muscle: &'static Muscle,
}

impl PartialEq for MuscleDetailProps {
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id
    }
}

/// The muscle page proper (only rendered for ids that exist).
#[component]
fn MuscleDetail(props: &MuscleDetailProps) -> Html {
    let muscle = props.muscle;
    use_page_title(muscle.name.clone());
    let heading = use_node_ref();
    // Set just before this page's map navigates, read by the focus effect below.
    let from_map = use_mut_ref(|| false);
    {
        let heading = heading.clone();
        let from_map = from_map.clone();
        use_effect_with(props.id.clone(), move |_| {
            if !from_map.replace(false) {
                if let Some(h1) = heading.cast::<web_sys::HtmlElement>() {
                    let _ = h1.focus();
                }
            }
        });
    }
    let announce = *from_map.borrow();
    let onselect = select_from_map(use_navigator(), from_map);
    let muscle_ref = EntityRef::Muscle(muscle.id.clone());
    let kb = kb();
    let conditions = kb
        .conditions_for_muscle(&muscle.id)
        .into_iter()
        .map(|c| EntityRef::Condition(c.id.clone()))
        .collect::<Vec<_>>();
    let techniques = kb
        .techniques_for_muscle(&muscle.id)
        .into_iter()
        .map(|t| EntityRef::Technique(t.id.clone()))
        .collect::<Vec<_>>();
    // One list means "lengthens it", the other "works it" (`Goal`), so they stay apart.
    let (exercises, stretches): (Vec<_>, Vec<_>) = kb
        .stretches_for_muscle(&muscle.id)
        .into_iter()
        .partition(|s| s.is_exercise());
    let articles = kb
        .articles_for(&muscle_ref)
        .into_iter()
        .map(|a| EntityRef::Article(a.id.clone()))
        .collect::<Vec<_>>();
    let depth = match muscle.depth {
        Depth::Deep => "deep, under other muscles",
        Depth::Superficial => "near the surface",
    };
    html! {
        <article class="page muscle">
            <p class="breadcrumb"><Link to={Route::Atlas}>{ "Body map" }</Link></p>
            <h1 ref={heading} tabindex="-1">{ muscle.name.clone() }</h1>
            // Announce only map-initiated changes: otherwise the focused h1 already says it.
            <p class="visually-hidden" aria-live="polite">
                if announce { { format!("Showing {}", muscle.name) } }
            </p>
            <p class="muscle__meta">
                <span class="tag">{ region_label(muscle.region) }</span>
                <span class="tag tag--soft">{ depth }</span>
            </p>
            if let Some(aka) = also_called(&muscle.aka) {
                <p class="muscle__aka">{ aka }</p>
            }
            <div class="muscle__layout">
                <section class="muscle__plain" aria-labelledby="muscle-plain">
                    <h2 id="muscle-plain">{ "What it does" }</h2>
                    <Prose claim={muscle.plain.clone()} class="lead" />
                    <Sources ids={muscle.plain.sources.clone()} about="What it does" />
                </section>
                <section class="muscle__map" aria-labelledby="muscle-map">
                    <h2 id="muscle-map">{ "Where it is" }</h2>
                    <BodyMap selected={Some(muscle.id.clone())} {onselect} />
                </section>
                <section class="muscle__anatomy" aria-labelledby="muscle-anatomy">
                    <h2 id="muscle-anatomy">{ "Anatomy" }</h2>
                    <dl class="anatomy">
                        <dt>{ "Starts at (origin)" }</dt>
                        <dd><Prose claim={muscle.origin.clone()} /></dd>
                        <dt>{ "Ends at (insertion)" }</dt>
                        <dd><Prose claim={muscle.insertion.clone()} /></dd>
                        <dt>{ "Movement (action)" }</dt>
                        <dd><Prose claim={muscle.action.clone()} /></dd>
                    </dl>
                    <Sources ids={sources_of([&muscle.origin, &muscle.insertion, &muscle.action])}
                        about="Anatomy" />
                </section>
                <section class="muscle__role card" aria-labelledby="muscle-role">
                    <h2 id="muscle-role">{ "Mobility and stability" }</h2>
                    <Prose claim={muscle.mobility_role.clone()} />
                    <Sources ids={muscle.mobility_role.sources.clone()} about="Mobility and stability" />
                </section>
            </div>
            <EntityLinks heading="Conditions it is involved in" entities={conditions}
                empty="No condition in the atlas lists this muscle group yet." />
            <EntityLinks heading="Massage techniques used on it" entities={techniques} />
            { stretch_links("Stretches that lengthen it", &stretches) }
            { stretch_links("Exercises that work it", &exercises) }
            <EntityLinks heading="About your visit" entities={articles} />
            <BookVisit />
            <TraditionalView muscle={muscle.id.clone()} />
        </article>
    }
}

/// A headed list of stretches (or exercises) as links, each with its small still; nothing
/// when there are none (as [`EntityLinks`], whose markup it shares).
fn stretch_links(heading: &str, stretches: &[&Stretch]) -> Html {
    if stretches.is_empty() {
        return Html::default();
    }
    html! {
        <section class="linked">
            <h2>{ heading.to_string() }</h2>
            <ul class="chips chips--stills">
                { for stretches.iter().map(|stretch| stretch_chip(stretch)) }
            </ul>
        </section>
    }
}

/// Navigates to the chosen muscle, remembering that the map asked (see the module comment).
fn select_from_map(navigator: Navigator, from_map: Rc<RefCell<bool>>) -> Callback<String> {
    Callback::from(move |id: String| {
        *from_map.borrow_mut() = true;
        // A new history entry (Back returns to the previous muscle), but the page neither
        // scrolls to its top nor takes focus from the map.
        navigator.push_in_place(&Route::Muscle { id });
    })
}

/// Props for [`TraditionalView`].
#[derive(Properties, PartialEq)]
struct TraditionalViewProps {
    /// Muscle id.
    muscle: String,
}

/// The clinic's traditional notes for this muscle (the low-back ones): only a link, in an
/// aside after everything else, so the reflective view never sits among the anatomy (issue 9).
/// The note's own page frames it and carries its disclaimer.
#[component]
fn TraditionalView(props: &TraditionalViewProps) -> Html {
    let notes = kb().notes_for_muscle(&props.muscle);
    if notes.is_empty() {
        return Html::default();
    }
    html! {
        <aside class="traditional" aria-labelledby="muscle-traditional">
            <h2 id="muscle-traditional">{ "A traditional perspective" }</h2>
            <p class="traditional__framing">
                { "Apart from the anatomy, our clinic also offers a traditional, reflective view of this area. It is not a medical finding." }
            </p>
            <ul class="traditional__links">
                { for notes.into_iter().map(|note| html! {
                    <li><EntityLink entity={EntityRef::Note(note.id.clone())} /></li>
                }) }
            </ul>
        </aside>
    }
}
