//! Entry pages as documents: rules that hold for whatever `assets/` holds (every note's page
//! carries its disclaimer, every section's "Sources" line covers the claims it shows, no link
//! leads nowhere), read from the documents the app's one renderer draws.
#![cfg(feature = "toml")]

use atlas_core::content::{
    also_called, document_for, missing, stop_signs, Block, Claim, DocSection, EntityRef, Kind,
    KnowledgeBase, Look, PageDoc, TextLook, Word,
};

mod common;
use common::load_assets;

/// The kinds whose page is a document.
const DOCUMENT_KINDS: [Kind; 7] = [
    Kind::Note,
    Kind::Source,
    Kind::Technique,
    Kind::Article,
    Kind::Condition,
    Kind::Stretch,
    Kind::Muscle,
];

/// Every entry's document, for the kinds whose page is one.
fn every_document(kb: &KnowledgeBase) -> Vec<PageDoc<'_>> {
    DOCUMENT_KINDS
        .iter()
        .flat_map(|kind| kb.entities_of(*kind))
        .map(|entity| {
            let entry = entity.entity_ref();
            document_for(kb, &entry).unwrap_or_else(|| panic!("{entry:?} has a document"))
        })
        .collect()
}

/// The entry's other names, as its page words them.
fn other_names(doc: &PageDoc<'_>) -> Option<String> {
    doc.lead.iter().find_map(|block| match block {
        Block::OtherNames(words) => Some(words.clone()),
        _ => None,
    })
}

/// The lead after the other names.
fn lead<'a>(doc: &PageDoc<'a>) -> Vec<Block<'a>> {
    let rest = doc
        .lead
        .iter()
        .filter(|block| !matches!(block, Block::OtherNames(_)));
    rest.cloned().collect()
}

/// The section with this heading.
fn section_headed<'d, 'a>(doc: &'d PageDoc<'a>, heading: &str) -> &'d DocSection<'a> {
    doc.all_sections()
        .into_iter()
        .find(|s| s.heading == Some(heading))
        .unwrap_or_else(|| panic!("{:?} has a section {heading:?}", doc.subject))
}

/// The claims a section shows without their own "Sources" line.
fn bare_claims<'d>(part: &'d DocSection<'_>) -> Vec<&'d Claim> {
    part.blocks
        .iter()
        .flat_map(|block| match block {
            Block::Claim(c) | Block::Perspective(c) => vec![*c],
            Block::Claims(_, claims) => claims.clone(),
            _ => Vec::new(),
        })
        .collect()
}

#[test]
fn every_section_lists_each_source_of_the_claims_it_shows_once() {
    let kb = load_assets();
    for doc in every_document(&kb) {
        for part in doc.all_sections() {
            for claim in bare_claims(part) {
                for source in &claim.sources {
                    assert!(
                        part.sources.contains(source),
                        "{:?}, {:?}: {source} is missing from its sources line",
                        doc.subject,
                        part.heading
                    );
                }
            }
            let mut once = part.sources.clone();
            once.sort();
            once.dedup();
            assert_eq!(
                once.len(),
                part.sources.len(),
                "{:?}: each source once",
                doc.subject
            );
            for source in &part.sources {
                assert!(kb.source(source).is_some(), "{source} is a known source");
            }
        }
    }
}

#[test]
fn every_link_leads_to_an_entry_that_exists() {
    let kb = load_assets();
    for doc in every_document(&kb) {
        for (heading, entry) in doc.all_links() {
            assert!(
                kb.contains(entry),
                "{:?} under {heading:?}: {entry:?}",
                doc.subject
            );
        }
    }
}

#[test]
fn an_unknown_id_has_no_document_and_its_page_says_what_was_missing() {
    let kb = load_assets();
    for kind in DOCUMENT_KINDS {
        assert_eq!(
            document_for(&kb, &EntityRef::new(kind, "no-such-entry")),
            None
        );
    }
    for kind in Kind::ALL {
        let missing = missing(kind);
        assert!(!kb.word(missing.kind).is_empty() && !kb.word(missing.back.label).is_empty());
    }
}

#[test]
fn every_note_is_framed_as_a_perspective_with_its_disclaimer_first() {
    let kb = load_assets();
    for note in &kb.notes {
        let doc = document_for(&kb, &EntityRef::Note(note.id.clone())).expect("a document");
        assert_eq!(doc.title, note.title);
        assert!(
            matches!(doc.lead.as_slice(), [Block::Text(TextLook::Framing, _)]),
            "{}: framed as a perspective before anything else",
            note.id
        );
        let first = doc.sections.first().expect("sections");
        assert_eq!(
            first.look,
            Look::Disclaimer,
            "{}: the disclaimer first",
            note.id
        );
        assert_eq!(first.blocks, vec![Block::Claim(&note.disclaimer)]);
        assert_eq!(first.sources, note.disclaimer.sources);
        let card = section_headed(&doc, kb.word(Word::NoteQuestions));
        assert_eq!(
            bare_claims(card).len(),
            note.themes.len() + 1,
            "{}",
            note.id
        );
        let linked: Vec<&EntityRef> = doc.all_links().into_iter().map(|(_, e)| e).collect();
        for muscle in &note.muscles {
            assert!(
                linked.contains(&&EntityRef::Muscle(muscle.clone())),
                "{}: {muscle}",
                note.id
            );
        }
    }
}

#[test]
fn a_note_naming_a_muscle_that_does_not_exist_shows_no_link_to_it() {
    let mut kb = load_assets();
    let note = kb.notes.first_mut().expect("a note");
    note.muscles.push("no-such-muscle".into());
    let id = note.id.clone();
    let doc = document_for(&kb, &EntityRef::Note(id)).expect("a document");
    assert!(doc
        .all_links()
        .iter()
        .all(|(_, e)| e.id() != "no-such-muscle"));
    assert!(
        !doc.all_links().is_empty(),
        "its other muscles are still linked"
    );
}

#[test]
fn every_source_says_what_it_is_and_lists_everything_that_cites_it() {
    let kb = load_assets();
    for source in &kb.sources {
        let doc = document_for(&kb, &EntityRef::Source(source.id.clone())).expect("a document");
        assert_eq!(doc.title, source.title);
        assert!(
            doc.lead.contains(&Block::SourceKind(source.kind)),
            "{}",
            source.id
        );
        if !source.citation.is_empty() {
            assert!(doc
                .lead
                .contains(&Block::Text(TextLook::Citation, &source.citation)));
        }
        let linked: Vec<&EntityRef> = doc.all_links().into_iter().map(|(_, e)| e).collect();
        let citing = kb.cited_by(&source.id);
        assert_eq!(
            linked.len(),
            citing.len(),
            "{}: each citing entry once",
            source.id
        );
        for entry in &citing {
            assert!(linked.contains(&entry), "{}: {entry:?} cites it", source.id);
        }
        section_headed(&doc, kb.word(Word::SourceCitedBy));
    }
}

#[test]
fn every_technique_names_its_precautions_before_how_it_is_done_and_links_what_it_is_for() {
    let kb = load_assets();
    for technique in &kb.techniques {
        let this = EntityRef::Technique(technique.id.clone());
        let doc = document_for(&kb, &this).expect("a document");
        assert_eq!(doc.title, technique.name);
        assert_eq!(
            other_names(&doc),
            also_called(&kb, &technique.aka),
            "{}",
            technique.id
        );
        assert_eq!(lead(&doc), vec![Block::Lead(&technique.summary)]);
        let notes = kb.precautions_for_technique(&technique.id);
        let headings: Vec<&str> = doc
            .all_sections()
            .iter()
            .filter_map(|s| s.heading)
            .collect();
        let safety = headings
            .iter()
            .position(|h| *h == kb.word(Word::TechniqueTellFirst));
        if notes.is_empty() {
            assert_eq!(safety, None, "{}: no empty warning", technique.id);
        } else {
            let safety = safety.unwrap_or_else(|| panic!("{}: its precautions", technique.id));
            let part = section_headed(&doc, kb.word(Word::TechniqueTellFirst));
            assert_eq!(part.look, Look::Safety);
            assert_eq!(part.blocks, vec![Block::Precautions(notes)]);
            if let Some(steps) = headings
                .iter()
                .position(|h| *h == kb.word(Word::TechniqueSteps))
            {
                assert!(safety < steps, "{}: precautions first", technique.id);
            }
        }
        let linked = doc.all_links();
        for condition in kb.conditions_for_technique(&technique.id) {
            assert!(
                linked.contains(&(
                    kb.word(Word::TechniqueUsedFor),
                    &EntityRef::Condition(condition.id.clone())
                )),
                "{}: used for {}",
                technique.id,
                condition.id
            );
        }
        for muscle in &technique.muscles {
            assert!(
                linked.contains(&(
                    kb.word(Word::MusclesItWorks),
                    &EntityRef::Muscle(muscle.clone())
                )),
                "{}: works {muscle}",
                technique.id
            );
        }
    }
}

#[test]
fn every_article_shows_its_sections_in_order_and_leads_on_to_the_next_one() {
    let kb = load_assets();
    for (at, article) in kb.articles.iter().enumerate() {
        let doc = document_for(&kb, &EntityRef::Article(article.id.clone())).expect("a document");
        assert_eq!(doc.title, article.title);
        assert_eq!(doc.lead, vec![Block::Lead(&article.summary)]);
        let parts: Vec<&DocSection> = doc
            .sections
            .iter()
            .filter(|s| s.look == Look::ArticlePart)
            .collect();
        assert_eq!(parts.len(), article.sections.len(), "{}", article.id);
        for (part, section) in parts.iter().zip(&article.sections) {
            assert_eq!(part.heading, Some(section.heading.as_str()));
            assert_eq!(bare_claims(part).len(), section.paragraphs.len());
        }
        let next = &kb.articles[(at + 1) % kb.articles.len()];
        let nexts: Vec<&Block> = doc
            .all_blocks()
            .into_iter()
            .filter(|b| matches!(b, Block::NextArticle(_)))
            .collect();
        if next.id == article.id {
            assert!(nexts.is_empty(), "{}: not next to itself", article.id);
        } else {
            assert_eq!(
                nexts,
                vec![&Block::NextArticle(EntityRef::Article(next.id.clone()))],
                "{}",
                article.id
            );
        }
        let linked = doc.all_links();
        for stretch in &article.related.stretches {
            let heading = if kb.stretch(stretch).is_some_and(|s| s.is_exercise()) {
                kb.word(Word::LinkedExercises)
            } else {
                kb.word(Word::LinkedStretches)
            };
            assert!(
                linked.contains(&(heading, &EntityRef::Stretch(stretch.clone()))),
                "{}: {stretch} under {heading}",
                article.id
            );
        }
    }
}

#[test]
fn every_condition_opens_on_its_first_screen_and_names_its_warning_signs_before_its_moves() {
    let kb = load_assets();
    for condition in &kb.conditions {
        let this = EntityRef::Condition(condition.id.clone());
        let doc = document_for(&kb, &this).expect("a document");
        assert_eq!(doc.title, condition.name);
        assert_eq!(
            other_names(&doc),
            also_called(&kb, &condition.aka),
            "{}",
            condition.id
        );
        assert_eq!(lead(&doc), vec![Block::FirstScreen(condition)]);
        let order = doc.all_blocks();
        let home = order
            .iter()
            .position(|b| **b == Block::HomeStretches(condition))
            .unwrap_or_else(|| panic!("{}: its home stretches", condition.id));
        let signs = doc
            .all_sections()
            .into_iter()
            .find(|s| s.look == Look::WarningSigns);
        match signs {
            None => assert!(condition.see_physician.is_empty(), "{}", condition.id),
            Some(signs) => {
                assert_eq!(signs.heading, Some(kb.word(Word::ConditionSeePhysician)));
                assert_eq!(bare_claims(signs).len(), condition.see_physician.len());
                let at = order
                    .iter()
                    .position(|b| matches!(b, Block::Claims(_, c) if c.first() == condition.see_physician.first().as_ref()))
                    .expect("the signs listed");
                assert!(at < home, "{}: the signs before the moves", condition.id);
            }
        }
        let linked = doc.all_links();
        for muscle in &condition.muscles {
            assert!(
                linked.contains(&(
                    kb.word(Word::ConditionMuscles),
                    &EntityRef::Muscle(muscle.clone())
                )),
                "{}: {muscle}",
                condition.id
            );
        }
        for technique in &condition.techniques {
            assert!(
                linked.contains(&(
                    kb.word(Word::ConditionTechniques),
                    &EntityRef::Technique(technique.clone())
                )),
                "{}: {technique}",
                condition.id
            );
        }
    }
}

#[test]
fn every_move_says_its_dose_and_what_to_check_before_its_guide() {
    let kb = load_assets();
    for stretch in &kb.stretches {
        let doc = document_for(&kb, &EntityRef::Stretch(stretch.id.clone())).expect("a document");
        assert_eq!(doc.title, stretch.name);
        assert_eq!(
            other_names(&doc),
            also_called(&kb, &stretch.aka),
            "{}",
            stretch.id
        );
        match lead(&doc).as_slice() {
            [Block::Dose { words, sources }] => {
                assert_eq!(
                    *words,
                    stretch.dose.in_words(stretch.goal),
                    "{}",
                    stretch.id
                );
                for source in stretch
                    .dose
                    .sources
                    .iter()
                    .chain(&stretch.dose.frequency.sources)
                {
                    assert!(sources.contains(source), "{}: {source}", stretch.id);
                }
            }
            other => panic!("{}: the dose leads, not {other:?}", stretch.id),
        }
        let first = doc.sections.first().expect("sections");
        assert_eq!(first.look, Look::Safety, "{}: safety first", stretch.id);
        assert_eq!(first.heading, Some(kb.word(Word::MoveBeforeYouStart)));
        for sign in stop_signs(&kb) {
            assert!(
                first.blocks.contains(&Block::StopSign(sign)),
                "{}",
                stretch.id
            );
        }
        let notes = kb.precautions_for_stretch(&stretch.id);
        if !notes.is_empty() {
            assert!(
                first.blocks.contains(&Block::Precautions(notes)),
                "{}: its precautions before the guide",
                stretch.id
            );
        }
        assert!(
            doc.all_blocks()
                .iter()
                .any(|b| matches!(b, Block::Guide { stretch: s, .. } if s.id == stretch.id)),
            "{}: its guide",
            stretch.id
        );
        let heading = if stretch.is_exercise() {
            kb.word(Word::MusclesItWorks)
        } else {
            kb.word(Word::MusclesItLengthens)
        };
        let linked = doc.all_links();
        for muscle in &stretch.muscles {
            assert!(
                linked.contains(&(heading, &EntityRef::Muscle(muscle.clone()))),
                "{}: {muscle} under {heading}",
                stretch.id
            );
        }
        assert!(
            !visible_text(&doc).contains("stretch") || !stretch.is_exercise(),
            "{}: an exercise's page never calls it a stretch",
            stretch.id
        );
    }
}

/// The app's own words in a document (not the content's claims): headings and plain text.
fn visible_text(doc: &PageDoc<'_>) -> String {
    let mut out = String::new();
    for part in doc.all_sections() {
        out.extend(part.heading);
        for block in &part.blocks {
            match block {
                Block::Text(_, text) => out.push_str(text),
                Block::Links { heading, .. } => out.push_str(heading),
                Block::Guide { without, .. } => out.push_str(without),
                _ => {}
            }
        }
    }
    out.to_lowercase()
}

#[test]
fn every_muscle_shows_where_it_is_its_anatomy_and_everything_linked_to_it() {
    let kb = load_assets();
    for muscle in &kb.muscles {
        let this = EntityRef::Muscle(muscle.id.clone());
        let doc = document_for(&kb, &this).expect("a document");
        assert_eq!(doc.title, muscle.name);
        assert_eq!(
            other_names(&doc),
            also_called(&kb, &muscle.aka),
            "{}",
            muscle.id
        );
        let all = doc.all_blocks();
        assert!(
            all.contains(&&Block::BodyMap(&muscle.id)),
            "{}: the map with it chosen",
            muscle.id
        );
        let anatomy = section_headed(&doc, kb.word(Word::MuscleAnatomy));
        assert_eq!(
            bare_claims(anatomy),
            Vec::<&Claim>::new(),
            "its claims are terms"
        );
        for claim in [&muscle.origin, &muscle.insertion, &muscle.action] {
            for source in &claim.sources {
                assert!(anatomy.sources.contains(source), "{}: {source}", muscle.id);
            }
        }
        let linked = doc.all_links();
        let conditions = kb.conditions_for_muscle(&muscle.id);
        for condition in &conditions {
            assert!(
                linked.contains(&(
                    kb.word(Word::MuscleConditions),
                    &EntityRef::Condition(condition.id.clone())
                )),
                "{}: {}",
                muscle.id,
                condition.id
            );
        }
        if conditions.is_empty() {
            assert!(
                all.iter()
                    .any(|b| matches!(b, Block::Links { empty: Some(_), .. })),
                "{}: says no condition lists it",
                muscle.id
            );
        }
        let moves: Vec<(&str, &str)> = all
            .iter()
            .flat_map(|b| match b {
                Block::Moves { heading, moves } => {
                    moves.iter().map(|m| (*heading, m.id.as_str())).collect()
                }
                _ => Vec::new(),
            })
            .collect();
        for stretch in kb.stretches_for_muscle(&muscle.id) {
            let heading = if stretch.is_exercise() {
                kb.word(Word::MuscleExercises)
            } else {
                kb.word(Word::MuscleStretches)
            };
            assert!(
                moves.contains(&(heading, stretch.id.as_str())),
                "{}: {} under {heading}",
                muscle.id,
                stretch.id
            );
        }
        let notes = kb.notes_for_muscle(&muscle.id);
        let traditional = doc
            .all_sections()
            .into_iter()
            .position(|s| s.look == Look::Traditional);
        assert_eq!(traditional.is_some(), !notes.is_empty(), "{}", muscle.id);
        if let Some(at) = traditional {
            assert_eq!(
                at,
                doc.all_sections().len() - 1,
                "{}: the notes last",
                muscle.id
            );
        }
    }
}
