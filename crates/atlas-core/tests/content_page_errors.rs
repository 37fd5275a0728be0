//! Broken page texts, notices, vocabulary and home program texts must fail with messages that
//! name the file, the entry and the field; a missing one is named, so the app never looks in vain.
#![cfg(feature = "toml")]

mod common;

use atlas_core::content::{load_toml, validate};
use common::fixture::{as_files, fixture_texts, load, messages, parsed};

#[test]
fn page_mistakes_are_each_named() {
    assert_eq!(
        messages(&["bad-pages"]),
        [
            "fixtures/content/broken/bad-pages.toml: page \"welcome\", field \"id\": unknown \
             page; the pages with texts in the content are: home, atlas, conditions, \
             techniques, stretches, visit",
            "fixtures/content/broken/bad-pages.toml: page \"home\", field \"id\": duplicate \
             page (also defined in fixtures/content/minimal/pages.toml)",
            "fixtures/content/broken/bad-pages.toml: page \"home\", field \"lead\": unknown \
             source \"seed-01\"",
            "fixtures/content/broken/bad-pages.toml: page \"home\", field \"cards[0].to\": \
             unknown section \"strech\"; a card opens one of: home, atlas, conditions, \
             techniques, stretches, visit, search, explain, program",
            "fixtures/content/broken/bad-pages.toml: page \"home\", field \
             \"ways_in[0].leads[0]\": unknown stretch \"no-such-stretch\"",
            "fixtures/content/broken/bad-pages.toml: page \"home\", field \
             \"ways_in[0].leads[1]\": \"figure-4\" is not kind:id (e.g. \"stretch:figure-4\")",
            "fixtures/content/broken/bad-pages.toml: page \"home\", field \
             \"featured.article\": unknown article \"no-such-article\"",
            "fixtures/content/broken/bad-pages.toml: notice \"banner\", field \"id\": unknown \
             notice; the notices are: disclaimer, model-bend, model-stride, when-to-stop",
            "fixtures/content/broken/bad-pages.toml: notice \"disclaimer\", field \"id\": \
             duplicate notice (also defined in fixtures/content/minimal/pages.toml)",
            "fixtures/content/broken/bad-pages.toml: notice \"disclaimer\", field \"text\": \
             unknown source \"seed-002\"",
        ]
    );
}

#[test]
fn a_missing_page_is_named_so_the_app_never_looks_in_vain() {
    let mut kb = parsed(&[]);
    kb.pages.retain(|p| p.id != "visit");
    assert_eq!(
        validate(&kb).expect_err("missing page").messages(),
        [
            "fixtures/content/minimal/pages.toml: page \"visit\": is missing; the app shows this \
          page, so add a [[page]] with id = \"visit\", a title and a lead"
        ]
    );
    kb.pages.clear();
    assert_eq!(validate(&kb).expect_err("no pages").len(), 6);
}

#[test]
fn a_missing_notice_is_named() {
    let mut kb = parsed(&[]);
    assert_eq!(
        kb.notice("disclaimer").map(|n| n.text.text.as_str()),
        Some("For education only.")
    );
    kb.notices.retain(|n| n.id != "disclaimer");
    assert_eq!(
        validate(&kb).expect_err("missing notice").messages(),
        ["fixtures/content/minimal/pages.toml: notice \"disclaimer\": is missing; the app shows \
          it, so add a [[notice]] with id = \"disclaimer\" and a text"]
    );
    kb.notices.clear();
    assert_eq!(
        validate(&kb).expect_err("no notices").len(),
        atlas_core::content::REQUIRED_NOTICES.len()
    );
}

#[test]
fn a_page_claim_needs_text_and_a_source_and_a_card_a_title() {
    let mut kb = parsed(&[]);
    let home = kb.pages.iter_mut().find(|p| p.id == "home").unwrap();
    home.lead.sources.clear();
    home.cards[0].title = " ".into();
    home.cards[0].text.text = String::new();
    let atlas = kb.pages.iter_mut().find(|p| p.id == "atlas").unwrap();
    atlas.title = String::new();
    atlas.hint = Some(String::new());
    let file = "fixtures/content/minimal/pages.toml";
    assert_eq!(
        validate(&kb).expect_err("bad page claims").messages(),
        [
            format!("{file}: page \"home\", field \"lead\": no source given"),
            format!("{file}: page \"home\", field \"cards[0].title\": is empty"),
            format!("{file}: page \"home\", field \"cards[0].text\": text is empty"),
            format!("{file}: page \"atlas\", field \"title\": is empty"),
            format!("{file}: page \"atlas\", field \"hint\": is empty (leave it out instead)"),
        ]
    );
}

#[test]
fn pages_are_found_by_id_with_their_cards_and_featured_article() {
    use atlas_core::content::AppSection;
    let kb = load(&[]).expect("minimal fixture loads");
    let home = kb.page("home").expect("home page");
    assert_eq!(home.cards[0].section(), Some(AppSection::Atlas));
    assert_eq!(
        kb.page("atlas").unwrap().hint.as_deref(),
        Some("Tap a muscle.")
    );
    assert_eq!(kb.page("search"), None);
    assert_eq!(kb.featured_article("techniques"), None);
    for section in AppSection::ALL {
        assert_eq!(AppSection::parse(section.as_str()), Some(section));
    }
}

#[test]
fn vocabulary_mistakes_name_file_entry_and_field() {
    assert_eq!(
        messages(&["bad-vocabulary"]),
        [
            "fixtures/content/broken/bad-vocabulary.toml: synonym \"deep buttock\", field \
             \"means\": \"piriformiss\" is not the name, also-known-as or keyword of any entry",
            "fixtures/content/broken/bad-vocabulary.toml: synonym \"knots\", field \"words\": \
             \"Seat muscle\" is also listed in synonym \"bum muscle\"",
            "fixtures/content/broken/bad-vocabulary.toml: synonym \"\", field \"words\": \
             lists no words",
            "fixtures/content/broken/bad-vocabulary.toml: synonym \"\", field \"means\": \
             lists no meaning",
            "fixtures/content/broken/bad-vocabulary.toml: synonym \"the\", field \"words\": \
             \"the\" has no word to search for (small words such as \"the\" are ignored)",
        ]
    );
}

#[test]
fn home_program_text_mistakes_name_file_entry_and_field() {
    let f = "fixtures/content/broken/bad-program.toml";
    assert_eq!(
        messages(&["bad-program"]),
        [
            format!(
                "{f}: aftercare \"Ice Bath\", field \"id\": id must be lowercase words joined by \
                 hyphens, e.g. \"water\""
            ),
            format!("{f}: aftercare \"Ice Bath\", field \"name\": is empty"),
            format!("{f}: aftercare \"water\", field \"id\": duplicate aftercare id"),
            format!(
                "{f}: encouragement from 1 days, field \"text\": says \"streak\"; the log is \
                 kind: no streak, nothing missed or failed"
            ),
            format!("{f}: encouragement from 8 days, field \"from_days\": a week has 7 days"),
            format!(
                "{f}: encouragement from 8 days, field \"text\": the only placeholder is {{days}}"
            ),
            format!(
                "{f}: program note \"why-fewer\", field \"id\": unknown program note; the notes \
                 are: fewer-works-better, over-five-minutes, why-daily, red-flags, \
                 no-home-move"
            ),
            format!("{f}: program note \"why-daily\", field \"id\": duplicate program note"),
            format!("{f}: program note \"why-daily\", field \"text\": unknown source \"nowhere\""),
        ]
    );
}

#[test]
fn missing_program_texts_are_named() {
    let texts: Vec<(String, String)> = fixture_texts(&[])
        .into_iter()
        .filter(|(name, _)| !name.ends_with("program.toml"))
        .collect();
    let messages = load_toml(&as_files(&texts))
        .expect_err("must fail")
        .messages();
    assert!(
        messages
            .iter()
            .any(|m| m.contains("encouragement") && m.contains("is missing")),
        "{messages:?}"
    );
    for id in atlas_core::content::REQUIRED_PROGRAM_NOTES {
        assert!(
            messages
                .iter()
                .any(|m| m.contains(&format!("program note \"{id}\""))),
            "{id}: {messages:?}"
        );
    }
}
