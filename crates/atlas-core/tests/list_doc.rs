//! The list pages as documents: rules that hold for whatever `assets/` holds (every condition
//! is on the conditions list, in its area's group, linked; every move on the stretches list;
//! "Your visit" reaches every article, technique, condition and note), read from the
//! documents the app's one renderer draws.
#![cfg(feature = "toml")]

use atlas_core::content::{
    also_called, list_document, AppSection, Area, Block, Entity, EntityRef, EntryCard, Kind,
    KnowledgeBase, PageDoc, Subject, Tradition, Word, LIST_PAGES,
};

mod common;
use common::load_assets;

/// A list's document, which every list has.
fn list(kb: &KnowledgeBase, list: AppSection) -> PageDoc<'_> {
    list_document(kb, list).unwrap_or_else(|| panic!("{list:?} has a document"))
}

/// Every card of a document, with the heading of the section it sits in.
fn cards<'d>(doc: &'d PageDoc<'_>) -> Vec<(Option<&'d str>, &'d EntryCard<'d>)> {
    doc.all_sections()
        .into_iter()
        .flat_map(|part| {
            part.blocks.iter().flat_map(move |block| match block {
                Block::Cards(cards) => cards.iter().map(|c| (part.heading, c)).collect(),
                _ => Vec::new(),
            })
        })
        .collect()
}

#[test]
fn every_list_has_its_title_its_sourced_lead_and_ways_on() {
    let kb = load_assets();
    for section in LIST_PAGES {
        let doc = list(&kb, section);
        let page = kb.page(section.as_str()).expect("its texts");
        assert_eq!(doc.subject, Subject::List(section));
        assert_eq!(doc.title, page.title);
        assert_eq!(doc.lead, vec![Block::Lead(&page.lead)], "{section:?}");
        assert!(!doc.onward.is_empty(), "{section:?}: no dead end");
        for (_, card) in cards(&doc) {
            assert!(kb.contains(&card.entry), "{section:?}: {:?}", card.entry);
            assert_eq!(Some(card.title), kb.title_of(&card.entry));
        }
    }
    for section in [AppSection::Home, AppSection::Atlas, AppSection::Search] {
        assert_eq!(list_document(&kb, section), None, "{section:?} is no list");
    }
}

#[test]
fn every_condition_is_on_the_conditions_list_once_in_its_areas_group() {
    let kb = load_assets();
    let doc = list(&kb, AppSection::Conditions);
    let cards = cards(&doc);
    assert_eq!(cards.len(), kb.conditions.len(), "each condition once");
    for condition in &kb.conditions {
        let entry = EntityRef::Condition(condition.id.clone());
        let (heading, card) = cards
            .iter()
            .find(|(_, c)| c.entry == entry)
            .unwrap_or_else(|| panic!("{}: on the list", condition.id));
        let group = match condition.area {
            Area::Hip => kb.word(Word::ConditionsHip),
            Area::LowBack => kb.word(Word::ConditionsBack),
        };
        assert_eq!(*heading, Some(group), "{}", condition.id);
        assert_eq!(card.text, &condition.summary);
        assert_eq!(
            card.meta,
            Some((
                kb.word(Word::CardMuscles),
                kb.muscle_names(&condition.muscles)
            ))
        );
    }
    let headings: Vec<&str> = doc.sections.iter().filter_map(|s| s.heading).collect();
    let hip = headings
        .iter()
        .position(|h| *h == kb.word(Word::ConditionsHip));
    let back = headings
        .iter()
        .position(|h| *h == kb.word(Word::ConditionsBack));
    if let (Some(hip), Some(back)) = (hip, back) {
        assert!(hip < back, "hip first");
    }
}

#[test]
fn every_technique_is_on_its_list_once_clinical_before_traditional() {
    let kb = load_assets();
    let doc = list(&kb, AppSection::Techniques);
    let cards = cards(&doc);
    assert_eq!(cards.len(), kb.techniques.len(), "each technique once");
    let traditional = kb
        .techniques
        .iter()
        .any(|t| t.tradition == Tradition::Traditional);
    let mut seen_traditional = false;
    for (heading, card) in &cards {
        let technique = kb.technique(card.entry.id()).expect("a technique");
        let group = match technique.tradition {
            Tradition::Traditional => kb.word(Word::TechniquesTraditional),
            Tradition::Clinical if traditional => kb.word(Word::TechniquesClinical),
            Tradition::Clinical => kb.word(Word::TechniquesAll),
        };
        assert_eq!(*heading, Some(group), "{}", technique.id);
        assert_eq!(card.other_names, also_called(&kb, &technique.aka));
        assert_eq!(card.text, &technique.summary);
        seen_traditional |= technique.tradition == Tradition::Traditional;
        assert!(
            technique.tradition == Tradition::Traditional || !seen_traditional,
            "{}: clinical techniques first",
            technique.id
        );
    }
    let featured: Vec<&Block> = doc
        .all_blocks()
        .into_iter()
        .filter(|b| matches!(b, Block::Featured { .. }))
        .collect();
    let page = kb.page("techniques").expect("its texts");
    match page.featured.as_ref().filter(|_| traditional) {
        Some(f) if kb.article(&f.article).is_some() => assert_eq!(
            featured,
            vec![&Block::Featured {
                intro: &f.intro,
                article: EntityRef::Article(f.article.clone())
            }]
        ),
        _ => assert!(
            featured.is_empty(),
            "no link to an article that is not there"
        ),
    }
}

#[test]
fn every_move_is_on_the_stretches_list_once_with_its_still_dose_and_muscles() {
    let kb = load_assets();
    let doc = list(&kb, AppSection::Stretches);
    let cards = cards(&doc);
    assert_eq!(cards.len(), kb.stretches.len(), "each move once");
    for (heading, card) in &cards {
        let stretch = kb.stretch(card.entry.id()).expect("a move");
        let exercise = stretch.is_exercise();
        // Exercises are apart, under their own heading: the list never calls one a stretch.
        let group = exercise.then_some(kb.word(Word::ExercisesHeading));
        assert_eq!(*heading, group, "{}", stretch.id);
        assert_eq!(card.still.map(|s| &s.id), Some(&stretch.id), "its still");
        let dose = if exercise {
            stretch.dose.in_words(stretch.goal)
        } else {
            stretch.dose.amount(stretch.goal)
        };
        assert_eq!(card.dose.as_ref(), Some(&dose), "{}", stretch.id);
        let label = if exercise {
            kb.word(Word::CardWorks)
        } else {
            kb.word(Word::CardLengthens)
        };
        assert_eq!(
            card.meta,
            Some((label, kb.muscle_names(&stretch.muscles))),
            "{}",
            stretch.id
        );
    }
}

#[test]
fn your_visit_reaches_every_article_technique_condition_and_note() {
    let kb = load_assets();
    let doc = list(&kb, AppSection::Visit);
    let carded: Vec<&EntityRef> = cards(&doc).into_iter().map(|(_, c)| &c.entry).collect();
    let articles: Vec<EntityRef> = kb.articles.iter().map(|a| a.entity_ref()).collect();
    assert_eq!(
        carded,
        articles.iter().collect::<Vec<_>>(),
        "every article, in order"
    );
    let linked = doc.all_links();
    let groups = [
        (
            kb.word(Word::LinkedTechniques),
            kb.entities_of(Kind::Technique),
        ),
        (
            kb.word(Word::VisitConditions),
            kb.entities_of(Kind::Condition),
        ),
        ("A traditional perspective", kb.entities_of(Kind::Note)),
    ];
    for (heading, entries) in groups {
        for entry in entries {
            let entry = entry.entity_ref();
            assert!(
                linked.contains(&(heading, &entry)),
                "{entry:?} under {heading:?}"
            );
        }
    }
    assert!(doc.all_blocks().contains(&&Block::ClinicCard), "the clinic");
}
