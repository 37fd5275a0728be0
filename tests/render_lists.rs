//! Server-side render tests of the list pages (conditions, techniques, stretches, your visit)
//! and of an unknown entry's page: every entry is reached, in its group and order.
#![cfg(not(target_arch = "wasm32"))]

mod render_support;

use atlas_core::content::EntityRef;
use hip_back_atlas::data::kb;
use render_support::{is_a_good_page, links_to, render_app as render, shows};

#[tokio::test]
async fn the_conditions_list_links_every_condition_grouped_by_area() {
    let html = render("/conditions").await;
    is_a_good_page(&html);
    shows(&html, "Hip and buttock");
    shows(&html, "Low back");
    for condition in &kb().conditions {
        links_to(&html, &EntityRef::Condition(condition.id.clone()));
    }
    let hip = html.find("Hip and buttock").unwrap();
    let back = html.find(">Low back<").unwrap();
    let bursitis = html.find("\"condition/hip-bursitis/").unwrap();
    let sciatica = html.find("\"condition/sciatica/").unwrap();
    assert!(hip < bursitis && bursitis < back && back < sciatica);
}

#[tokio::test]
async fn the_techniques_list_links_every_technique_clinical_then_traditional() {
    let html = render("/techniques").await;
    is_a_good_page(&html);
    for technique in &kb().techniques {
        links_to(&html, &EntityRef::Technique(technique.id.clone()));
    }
    let traditional = html
        .find("Traditional low-back techniques")
        .expect("two groups");
    assert!(html.find("\"technique/swedish/").unwrap() < traditional);
    assert!(html.find("\"technique/rolling/").unwrap() > traditional);
}

#[tokio::test]
async fn the_stretches_list_shows_each_dose_and_the_muscles_it_lengthens() {
    let kb = kb();
    let html = render("/stretches").await;
    is_a_good_page(&html);
    for stretch in &kb.stretches {
        links_to(&html, &EntityRef::Stretch(stretch.id.clone()));
        for muscle in kb.muscles_for_stretch(&stretch.id) {
            shows(&html, &muscle.name);
        }
    }
    // Each card words its dose as the stretch page does (one wording, from the core).
    shows(&html, "Hold 60 seconds, once on each side");
    for stretch in kb.stretches.iter().filter(|s| !s.is_exercise()) {
        shows(&html, &stretch.dose.amount(stretch.goal));
    }
}

#[tokio::test]
async fn the_visit_page_reaches_every_article_technique_condition_and_note() {
    let kb = kb();
    let html = render("/visit").await;
    is_a_good_page(&html);
    for article in &kb.articles {
        links_to(&html, &EntityRef::Article(article.id.clone()));
        shows(&html, &article.summary.text);
    }
    for technique in &kb.techniques {
        links_to(&html, &EntityRef::Technique(technique.id.clone()));
    }
    for condition in &kb.conditions {
        links_to(&html, &EntityRef::Condition(condition.id.clone()));
    }
    for note in &kb.notes {
        links_to(&html, &EntityRef::Note(note.id.clone()));
    }
}

#[tokio::test]
async fn unknown_ids_show_the_missing_entry_page_with_a_way_back() {
    let cases = [
        ("/condition/nope", "condition", "All conditions"),
        (
            "/technique/nope",
            "massage technique",
            "All massage techniques",
        ),
        ("/note/nope", "note", "Explore the muscles"),
        ("/visit/nope", "article", "Your visit"),
        ("/source/nope", "source", "Your visit"),
    ];
    for (path, kind, back) in cases {
        let html = render(path).await;
        shows(&html, "We could not find that page");
        shows(
            &html,
            &format!("There is no {kind} called \u{201c}nope\u{201d}"),
        );
        shows(&html, back);
    }
}
