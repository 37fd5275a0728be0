//! The program as the client reads it: each stretch with its pictures, its dose in words and a
//! link to its page, then today's treatment and aftercare. Shared by the page a link opens, the
//! client's own page and the printed handout.

use atlas_core::program::{ComeBack, Program, Treatment};
use yew::prelude::*;

use crate::components::claim::{sources_of, Sources};
use crate::components::clinic::book_visit;
use crate::components::stills::stills;
use crate::data::{kb, show, word, words, Word};
use crate::pages::lists::parts::muscle_names;
use crate::route::Route;
use crate::router::Link;

/// The stretches, in order, each with its start and hold pictures and its dose (the printed
/// handout has its own, fuller view of each move: `handout::move_on_paper`). The views in this module are plain
/// functions: they hold no state, and each component would cost the download a few kilobytes
/// of Yew's generic code.
pub fn program_items(program: &Program) -> Html {
    let kb = kb();
    html! {
        <ol class="program-items">
            { for program.items.iter().filter_map(|item| {
                let stretch = kb.stretch(&item.stretch)?;
                Some(html! {
                    <li class="program-item">
                        <h3 class="program-item__name">
                            <Link to={Route::Stretch { id: stretch.id.clone() }}>{ stretch.name.clone() }</Link>
                        </h3>
                        { stills(stretch) }
                        <p class="program-item__dose">{ item.dose.in_words(stretch.goal) }</p>
                    </li>
                })
            }) }
        </ol>
    }
}

/// Today's treatment: muscles worked, techniques, aftercare, the note the link carries (which
/// anyone could have written, so it is not labelled as the therapist's) and when to
/// come back. Each part shows only when the therapist filled it in.
pub fn treatment_view(t: &Treatment) -> Html {
    let kb = kb();
    let muscles = muscle_names(&t.muscles);
    let techniques: Vec<&str> = (t.techniques.iter())
        .filter_map(|id| kb.technique(id).map(|m| m.name.as_str()))
        .collect();
    let techniques = techniques.join(", ");
    let aftercare: Vec<_> = t
        .aftercare
        .iter()
        .filter_map(|id| kb.aftercare_entry(id))
        .collect();
    html! {
        <section class="program-treatment" aria-labelledby="program-treatment-title">
            <h2 id="program-treatment-title">{ show(Word::TodaysTreatment) }</h2>
            <dl>
                if !muscles.is_empty() {
                    <dt>{ show(Word::MusclesWorked) }</dt><dd>{ muscles }</dd>
                }
                if !techniques.is_empty() {
                    <dt>{ show(Word::Techniques) }</dt><dd>{ techniques }</dd>
                }
                if !t.note.trim().is_empty() {
                    <dt>{ show(Word::NoteCarried) }</dt><dd class="program-treatment__note">{ t.note.clone() }</dd>
                }
                if let Some(back) = &t.come_back {
                    <dt>{ show(Word::ComeBack) }</dt><dd>{ back.in_words() }</dd>
                }
            </dl>
            // "Come back in about 2 weeks" is a visit to book (a day already set is booked).
            if let Some(back @ ComeBack::InWeeks(_)) = &t.come_back {
                { book_visit(Some(&words(Word::ComeBackWhen, &[("when", &back.in_words())]))) }
            }
            if !aftercare.is_empty() {
                <h3>{ show(Word::Aftercare) }</h3>
                <ul>
                    { for aftercare.iter().map(|a| html! { <li><strong>{ format!("{}: ", a.name) }</strong>{ a.text.text.clone() }</li> }) }
                </ul>
                <Sources ids={sources_of(aftercare.iter().map(|a| &a.text))} about={word(Word::AftercareSourcesAbout)} />
            }
        </section>
    }
}
