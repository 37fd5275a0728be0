//! The one renderer of an entry's page document (`atlas_core::content::PageDoc`): what each
//! block and section look is as markup. Plain functions, not components: they hold no state,
//! and each component costs the wasm its own lifecycle code.

use atlas_core::content::{
    source_kind_words, Block, DocSection, EntityRef, EntryCard, Kind, ListLook, Look, MusclePart,
    PageDoc, SourceKind, Stretch, Subject, TextLook,
};
use atlas_core::rig::GuideDose;
use yew::prelude::*;

use crate::components::body_map::BodyMap;
use crate::components::claim::{prose, Sources};
use crate::components::clinic::{book_visit, clinic_card};
use crate::components::entity_link::{entity_link, entity_links};
use crate::components::later::later;
use crate::components::player::Player;
use crate::components::precautions::{get_ready_lines, precaution_list};
use crate::components::stills::{still, stretch_chip};
use crate::data::{guide_for, kb, show, word, Word};
use crate::pages::atlas::region_label;
use crate::pages::condition::home_stretches;
use crate::pages::condition_first::{first_screen, RED_FLAGS_ID};
use crate::pages::lists::parts::{onward, MusclesMap};
use crate::route::{route_for, route_for_section};
use crate::router::Link;

/// What the page around a document adds to it: a muscle page's heading, which takes focus
/// when it opens, what it says politely after a muscle is chosen on its own map, and what that
/// choice does (see `pages::muscle`). Other pages draw a document with the default.
#[derive(Clone, Default)]
pub struct PageHost {
    /// The `h1`.
    pub heading: NodeRef,
    /// Said politely after the title, if anything.
    pub announce: Option<String>,
    /// What choosing a muscle on the page's body map does.
    pub onselect: Callback<String>,
}

/// What every block is drawn in: the entry's kind (none on a list page), the page's host,
/// and whether it sits under a section's heading (a card's title is then an `h3`).
#[derive(Clone, Copy)]
struct Cx<'f> {
    kind: Option<Kind>,
    host: &'f PageHost,
    nested: bool,
    /// The stretch the page is about, if it is a stretch's page (its modifications' own
    /// pictures stand beside their words).
    stretch: Option<&'static Stretch>,
}

/// A whole page (an entry's or a list's): kicker, title, lead (other names first), sections
/// and the ways on.
pub fn document(doc: &PageDoc<'static>) -> Html {
    document_in(doc, &PageHost::default())
}

/// A whole page in a [`PageHost`].
pub fn document_in(doc: &PageDoc<'static>, host: &PageHost) -> Html {
    let kind = match &doc.subject {
        Subject::Entry(entry) => Some(entry.kind()),
        Subject::List(_) => None,
    };
    let stretch = match &doc.subject {
        Subject::Entry(EntityRef::Stretch(id)) => kb().stretch(id),
        _ => None,
    };
    let cx = Cx {
        kind,
        host,
        nested: false,
        stretch,
    };
    let muscle = kind == Some(Kind::Muscle);
    let class = match kind {
        Some(Kind::Muscle) => "page muscle".to_string(),
        Some(Kind::Stretch) => "page stretch-page".to_string(),
        Some(kind) => format!("page entry entry--{}", kind.as_str()),
        None => "page list-page".to_string(),
    };
    html! {
        <article {class}>
            if let Some(kicker) = doc.kicker {
                // The list the entry belongs to, as a link back to it (a muscle's, the map).
                <p class={if muscle { "breadcrumb" } else { "kicker" }}>
                    <Link to={route_for_section(kicker.to)}>{ show(kicker.label) }</Link>
                </p>
            }
            <h1 ref={host.heading.clone()} tabindex={muscle.then_some("-1")}>{ doc.title }</h1>
            if muscle {
                // Announce only map-initiated changes: otherwise the focused h1 already says it.
                <p class="visually-hidden" aria-live="polite">
                    if let Some(words) = &host.announce { { words.clone() } }
                </p>
            }
            { for doc.lead.iter().map(|part| block(part, &cx)) }
            // Each section, and below the costly parts, in a task of its own during the
            // take-over (`components::later`).
            { for doc.sections.iter().map(|part| later(section(part, &cx))) }
            if !doc.onward.is_empty() {
                { onward(&doc.onward) }
            }
        </article>
    }
}

/// One section in its look: its heading, its blocks and its one "Sources" line.
fn section(part: &DocSection<'static>, cx: &Cx) -> Html {
    let sources = html! {
        <Sources ids={part.sources.clone()}
            about={part.sources_about.or(part.heading).map(AttrValue::from)} />
    };
    let heading = part.heading.unwrap_or_default();
    let cx = &Cx {
        nested: cx.nested || part.heading.is_some(),
        ..*cx
    };
    let blocks = html! { { for part.blocks.iter().map(|b| block(b, cx)) } };
    match part.look {
        Look::Plain => framed("entry__section", heading, blocks, sources),
        Look::ArticlePart => framed("article__section", heading, blocks, sources),
        Look::MovePart => framed("stretch-page__section", heading, blocks, sources),
        Look::Fact => framed("facts__item", heading, blocks, sources),
        Look::Safety => html! {
            <section class="safety" aria-labelledby="safety-title">
                <h2 id="safety-title" class="safety__title">
                    <span class="safety__icon" aria-hidden="true">{ "!" }</span>
                    { heading }
                </h2>
                { blocks }{ sources }
            </section>
        },
        Look::WarningSigns => html! {
            <section class="red-flags" aria-labelledby={RED_FLAGS_ID}>
                <h2 id={RED_FLAGS_ID} class="red-flags__title">
                    <span class="red-flags__icon" aria-hidden="true">{ "!" }</span>
                    { heading }
                </h2>
                { blocks }{ sources }
            </section>
        },
        Look::Disclaimer => html! {
            <aside class="note__disclaimer" aria-labelledby="note-disclaimer-title">
                <h2 id="note-disclaimer-title" class="note__disclaimer-title">{ heading }</h2>
                { blocks }{ sources }
            </aside>
        },
        Look::Card => {
            // The card opens with its perspective; its heading introduces the questions.
            let (opening, rest): (Vec<_>, Vec<_>) = part
                .blocks
                .iter()
                .partition(|b| matches!(b, Block::Perspective(_)));
            html! {
                <section class="note-card" aria-labelledby="note-themes-title">
                    { for opening.into_iter().map(|b| block(b, cx)) }
                    <h2 id="note-themes-title" class="note-card__title">{ heading }</h2>
                    { for rest.into_iter().map(|b| block(b, cx)) }
                    { sources }
                </section>
            }
        }
        Look::Bare => html! {
            <>
                if let Some(heading) = part.heading {
                    <h2>{ heading }</h2>
                }
                { blocks }{ sources }
            </>
        },
        Look::Facts => group("facts", blocks),
        Look::Related => group("related", blocks),
        Look::CitedBy => group("cited-by", blocks),
        Look::Split => group("entry__split", blocks),
        Look::Main => group("entry__main", blocks),
        Look::MuscleLayout => group("muscle__layout", blocks),
        Look::MusclePart(at) => {
            let (class, id) = match at {
                MusclePart::Plain => ("muscle__plain", "muscle-plain"),
                MusclePart::Map => ("muscle__map", "muscle-map"),
                MusclePart::Anatomy => ("muscle__anatomy", "muscle-anatomy"),
                MusclePart::Role => ("muscle__role card", "muscle-role"),
            };
            html! {
                <section {class} aria-labelledby={id}>
                    <h2 {id}>{ heading }</h2>
                    { blocks }{ sources }
                </section>
            }
        }
        Look::ListGroup(id) => html! {
            <section class="list-group" aria-labelledby={id}>
                <h2 {id}>{ heading }</h2>
                { blocks }{ sources }
            </section>
        },
        Look::Traditional => html! {
            <aside class="traditional" aria-labelledby="muscle-traditional">
                <h2 id="muscle-traditional">{ heading }</h2>
                { blocks }{ sources }
            </aside>
        },
    }
}

/// A headed `<section>` with a class.
fn framed(class: &'static str, heading: &'static str, blocks: Html, sources: Html) -> Html {
    html! {
        <section {class}>
            <h2>{ heading }</h2>
            { blocks }{ sources }
        </section>
    }
}

/// A `<div>` holding other parts, for their layout.
fn group(class: &'static str, blocks: Html) -> Html {
    html! { <div {class}>{ blocks }</div> }
}

/// One block as markup.
fn block(part: &Block<'static>, cx: &Cx) -> Html {
    match part {
        Block::OtherNames(words) => {
            let class = match cx.kind {
                Some(Kind::Muscle) => "muscle__aka",
                Some(Kind::Stretch) => "stretch-page__aka",
                _ => "entry__aka",
            };
            html! { <p {class}>{ words.clone() }</p> }
        }
        Block::MuscleMeta { region, depth } => html! {
            <p class="muscle__meta">
                <span class="tag">{ region_label(*region) }</span>
                <span class="tag tag--soft">{ *depth }</span>
            </p>
        },
        Block::Opening(c) => prose(c, Some("lead")),
        Block::BodyMap(id) => later(html! {
            <BodyMap selected={Some(id.to_string())} onselect={cx.host.onselect.clone()} />
        }),
        Block::Terms(terms) => html! {
            <dl class="anatomy">
                { for terms.iter().map(|(term, c)| html! {
                    <><dt>{ *term }</dt><dd>{ prose(c, None) }</dd></>
                }) }
            </dl>
        },
        Block::Moves { heading, moves } => {
            if moves.is_empty() {
                return Html::default();
            }
            html! {
                <section class="linked">
                    <h2>{ *heading }</h2>
                    <ul class="chips chips--stills">
                        { for moves.iter().map(|stretch| later(stretch_chip(stretch))) }
                    </ul>
                </section>
            }
        }
        Block::LinkList(entries) => html! {
            <ul class="traditional__links">
                { for entries.iter().map(|entity| html! {
                    <li>{ entity_link(entity) }</li>
                }) }
            </ul>
        },
        Block::Claim(c) => prose(c, None),
        Block::Perspective(c) => prose(c, Some("note-card__perspective")),
        Block::Cited(c) => html! {
            <>{ prose(c, None) }<Sources ids={c.sources.clone()} /></>
        },
        Block::Lead(c) => html! {
            <>{ prose(c, Some("lead")) }<Sources ids={c.sources.clone()} /></>
        },
        Block::Claims(look, claims) => {
            let items = html! {
                { for claims.iter().map(|c| html! { <li>{ prose(c, None) }</li> }) }
            };
            match look {
                ListLook::Steps => html! { <ol class="steps">{ items }</ol> },
                ListLook::Themes => html! { <ul class="note-card__themes">{ items }</ul> },
                ListLook::WarningSigns => html! { <ul class="red-flags__list">{ items }</ul> },
                ListLook::MoveSteps => html! { <ol class="stretch-page__steps">{ items }</ol> },
                ListLook::Cautions => html! { <ul class="stretch-page__cautions">{ items }</ul> },
            }
        }
        Block::Text(look, text) => {
            let class = match look {
                TextLook::Plain => None,
                TextLook::Framing => Some("lead note__framing"),
                TextLook::Citation => Some("source__citation"),
                TextLook::Intro => Some("safety__intro"),
                TextLook::Traditional => Some("traditional__framing"),
            };
            html! { <p {class}>{ *text }</p> }
        }
        Block::Links {
            heading,
            entries,
            empty,
        } => entity_links(heading, entries, empty.unwrap_or_default()),
        Block::Precautions(notes) => precaution_list(notes, cx.stretch),
        Block::SourceKind(kind) => source_kind(*kind),
        Block::NextArticle(next) => html! {
            <p class="next-article">
                <span class="next-article__label">{ "Next: " }</span>
                <Link to={route_for(next)}>
                    { kb().title_of(next).unwrap_or(next.id()).to_string() }
                </Link>
            </p>
        },
        Block::MusclesMap { heading, muscles } => later(html! {
            <MusclesMap heading={*heading} muscles={muscles.to_vec()} />
        }),
        Block::FirstScreen(condition) => first_screen(condition),
        Block::HomeStretches(condition) => home_stretches(condition),
        Block::StopSign(c) => html! { <p class="safety__stop">{ c.text.clone() }</p> },
        Block::Dose { words, sources } => html! {
            <div class="stretch-page__dose">
                <p class="stretch-page__dose-text">
                    <strong>{ "Dose: " }</strong>{ words.clone() }
                </p>
                <Sources ids={sources.clone()} about={word(Word::SourcesForDose)} />
            </div>
        },
        Block::Guide {
            stretch,
            precautions,
            without,
        } => match guide_for(&stretch.id) {
            Some(guide) => later(html! {
                <Player key={stretch.id.clone()} {guide} dose={GuideDose::from(&stretch.dose)}
                    name={stretch.name.clone()} precautions={get_ready_lines(precautions)}
                    goal={stretch.goal} book_when_done=true />
            }),
            None => html! { <p class="notice">{ *without }</p> },
        },
        Block::BookVisit => book_visit(None),
        Block::Cards(cards) => html! {
            <ul class="cards">{ for cards.iter().map(|c| later(card(c, cx.nested))) }</ul>
        },
        Block::Featured { intro, article } => html! {
            // The sources (a <details>) follow the paragraph: a <p> cannot hold them.
            <>
                <p class="claim">
                    { intro.text.clone() }{ ": " }
                    <Link to={route_for(article)}>
                        { kb().title_of(article).unwrap_or(article.id()).to_string() }
                    </Link>
                    { "." }
                </p>
                <Sources ids={intro.sources.clone()} />
            </>
        },
        Block::ClinicCard => clinic_card(),
        Block::SeeAll(link) => html! {
            <p class="see-all"><Link to={route_for_section(link.to)}>{ show(link.label) }</Link></p>
        },
        Block::Section(part) => later(section(part, cx)),
    }
}

/// One entry's card on a list: its name as a link (an `h3` under a section's heading, else an
/// `h2`), then its still (after the name in the markup, so a screen reader meets the name
/// first; drawn above it), other names, dose, what it is and its labelled line.
fn card(card: &EntryCard<'static>, nested: bool) -> Html {
    let link = html! { <Link to={route_for(&card.entry)}>{ card.title }</Link> };
    html! {
        <li class="card list-card">
            if nested {
                <h3 class="list-card__title">{ link }</h3>
            } else {
                <h2 class="list-card__title">{ link }</h2>
            }
            if let Some(stretch) = card.still { { still(stretch) } }
            if let Some(words) = &card.other_names {
                <p class="list-card__aka">{ words.clone() }</p>
            }
            if let Some(dose) = &card.dose {
                <p class="dose">{ dose.clone() }</p>
            }
            <p>{ card.text.text.clone() }</p>
            if let Some((label, words)) = &card.meta {
                <p class="list-card__meta">
                    <span class="list-card__meta-label">{ *label }</span>
                    { words.clone() }
                </p>
            }
        </li>
    }
}

/// Whether a source is the clinic's own document or a published reference, with a line of help.
fn source_kind(kind: SourceKind) -> Html {
    let (label, help) = source_kind_words(kb(), kind);
    let class = match kind {
        SourceKind::Seed => "source__kind--seed",
        SourceKind::Reference => "source__kind--reference",
    };
    html! {
        <p class="source__meta">
            <span class={classes!("source__kind", class)}>{ label }</span>
            <span class="source__help">{ help }</span>
        </p>
    }
}
