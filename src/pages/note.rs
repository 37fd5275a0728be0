//! One emotional-connection note: a reflective, traditional perspective the clinic offers,
//! set apart from the anatomy in look and in words, with the source's disclaimer up front.

use atlas_core::content::{EntityRef, Kind};
use yew::prelude::*;

use crate::components::claim::{sources_of, Prose, Sources};
use crate::components::entity_link::EntityLinks;
use crate::components::page_title::use_page_title;
use crate::data::kb;
use crate::pages::lists::parts::{refs, refs_of, Kicker, Onward};
use crate::pages::not_found::MissingEntry;
use crate::route::Route;

/// Props for [`NotePage`].
#[derive(Properties, PartialEq)]
pub struct NotePageProps {
    /// The entry's id from the URL.
    pub id: AttrValue,
}

/// The page for one note, or the missing-entry page for an unknown id.
#[component]
pub fn NotePage(props: &NotePageProps) -> Html {
    let kb = kb();
    let note = kb.note(&props.id);
    // A missing entry sets its own title; this keeps the same one so the two agree.
    use_page_title(note.map_or_else(|| "Not found".into(), |n| n.title.clone()));
    let Some(note) = note else {
        return html! {
            <MissingEntry kind="note" id={props.id.clone()}
                back_to={Route::Atlas} back_label="Explore the muscles" />
        };
    };
    let articles = refs_of(&kb.articles_for(&EntityRef::Note(note.id.clone())));
    html! {
        <article class="page entry entry--note">
            <Kicker to={Route::Atlas} label="A traditional perspective" />
            <h1>{ note.title.clone() }</h1>
            <p class="lead note__framing">
                { "Something to reflect on, not anatomy and not a diagnosis. Take from it only what feels useful." }
            </p>
            <aside class="note__disclaimer" aria-labelledby="note-disclaimer-title">
                <h2 id="note-disclaimer-title" class="note__disclaimer-title">{ "Please read first" }</h2>
                <Prose claim={note.disclaimer.clone()} />
                <Sources ids={note.disclaimer.sources.clone()} about="the disclaimer" />
            </aside>
            <section class="note-card" aria-labelledby="note-themes-title">
                <Prose claim={note.perspective.clone()} class="note-card__perspective" />
                <h2 id="note-themes-title" class="note-card__title">{ "Questions to sit with" }</h2>
                <ul class="note-card__themes">
                    { for note.themes.iter().map(|theme| html! {
                        <li><Prose claim={theme.clone()} /></li>
                    }) }
                </ul>
                <Sources ids={sources_of(std::iter::once(&note.perspective).chain(&note.themes))}
                    about="Questions to sit with" />
            </section>
            <EntityLinks heading="The low-back muscles it is linked to"
                entities={refs(Kind::Muscle, &note.muscles)} />
            <EntityLinks heading="Read more" entities={articles} />
            <Onward links={vec![
                (Route::Atlas, AttrValue::from("Explore the muscles")),
                (Route::Visit, AttrValue::from("Your visit")),
            ]} />
        </article>
    }
}
