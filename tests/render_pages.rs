//! Server-side render tests of the content pages (conditions, techniques, notes, articles,
//! sources, the lists): for every entry, the page shows its title and its links. Search has
//! its own file (render_search.rs).
#![cfg(not(target_arch = "wasm32"))]

mod render_support;

use render_support::{is_a_good_page, links_to, shows};

use atlas_core::content::{EntityRef, Kind};
use hip_back_atlas::data::{kb, word, Word};
use hip_back_atlas::pages::condition::minutes_in_words;
use hip_back_atlas::route::Route;

/// Renders the whole app at `path` to HTML.
async fn render(path: String) -> String {
    render_support::render_app(path).await
}

fn refs(kind: Kind, ids: &[String]) -> Vec<EntityRef> {
    ids.iter().map(|id| EntityRef::new(kind, id)).collect()
}

#[tokio::test]
async fn every_condition_shows_its_muscles_red_flags_techniques_and_stretches() {
    for condition in &kb().conditions {
        let html = render(format!("/condition/{}", condition.id)).await;
        is_a_good_page(&html);
        shows(&html, &condition.name);
        shows(&html, &condition.summary.text);
        shows(&html, word(Word::ConditionMuscles));
        shows(&html, word(Word::ConditionMassage));
        shows(&html, word(Word::ConditionExpect));
        for entity in refs(Kind::Muscle, &condition.muscles)
            .iter()
            .chain(&refs(Kind::Technique, &condition.techniques))
            .chain(&refs(Kind::Stretch, &condition.stretches))
        {
            links_to(&html, entity);
        }
        if !condition.stretches.is_empty() {
            // "Start here" (one or two, with their time) comes before "More to try".
            let start = html.find(word(Word::StartHere)).expect("a start-here set");
            // (The first screen shows them too, as pictures: tests/render_condition_first.rs.)
            for stretch in kb().start_here_for_condition(&condition.id) {
                let link = format!("href=\"stretch/{}/\"", stretch.id);
                assert!(
                    html[start..].contains(&link),
                    "{}: {}",
                    condition.id,
                    stretch.id
                );
            }
            assert!(
                html.contains(" minute"),
                "{}: no time for the start-here set",
                condition.id
            );
            let more = kb().more_to_try_for_condition(&condition.id);
            if more.is_empty() {
                assert!(!html.contains(word(Word::MoreToTry)), "{}", condition.id);
            } else {
                let heading = html.find(word(Word::MoreToTry)).expect("more to try");
                assert!(start < heading, "{}", condition.id);
                for stretch in more {
                    let at = html
                        .find(&format!("href=\"stretch/{}/\"", stretch.id))
                        .unwrap();
                    assert!(at > heading, "{}: {}", condition.id, stretch.id);
                }
            }
        }
        for precaution in kb().precautions_for_condition(&condition.id) {
            shows(&html, &precaution.advice.text);
        }
        if !condition.see_physician.is_empty() {
            shows(&html, "When to see a physician instead");
            assert!(html.contains(r#"aria-labelledby="red-flags-title""#));
            for flag in &condition.see_physician {
                shows(&html, &flag.text);
            }
        }
    }
}

#[tokio::test]
async fn sciatica_starts_with_one_stretch_and_its_time_then_more_to_try() {
    let html = render("/condition/sciatica".into()).await;
    shows(&html, word(Word::HomeStretches));
    shows(&html, word(Word::StartHere));
    shows(&html, word(Word::MoreToTry));
    // The time is the player's, counted as the build's five-minute check counts it.
    let seconds: f64 = atlas_core::crosscheck::five_minutes::start_here_seconds(
        kb(),
        hip_back_atlas::data::guides(),
        "sciatica",
    )
    .iter()
    .map(|(_, s)| s)
    .sum();
    assert!(seconds > 0.0 && seconds <= 300.0);
    let words = minutes_in_words(seconds).unwrap();
    shows(&html, &format!("One stretch, {words} with the guide."));
    // Its precaution, in plain words, before the stretches.
    let advice = html.find("If you have sciatica").expect("the precaution");
    assert!(advice < html.find(word(Word::StartHere)).unwrap());
}

#[test]
fn rough_durations_read_as_minutes() {
    assert_eq!(minutes_in_words(230.0).as_deref(), Some("about 4 minutes"));
    assert_eq!(minutes_in_words(75.0).as_deref(), Some("about 1 minute"));
    assert_eq!(minutes_in_words(20.0).as_deref(), Some("about 1 minute"));
    assert_eq!(minutes_in_words(300.0).as_deref(), Some("about 5 minutes"));
    assert_eq!(minutes_in_words(0.0), None);
}

#[tokio::test]
async fn technique_pages_show_their_precautions() {
    let kb = kb();
    let mut shown = 0;
    for technique in &kb.techniques {
        let notes = kb.precautions_for_technique(&technique.id);
        if notes.is_empty() {
            continue;
        }
        let html = render(format!("/technique/{}", technique.id)).await;
        shows(&html, "Tell your therapist first");
        for note in notes {
            shows(&html, &note.precaution.name);
            shows(&html, &note.precaution.advice.text);
            shown += 1;
        }
    }
    assert!(shown > 0, "no technique shows a precaution");
    let cupping = render("/technique/cupping".into()).await;
    shows(&cupping, "blood thinners");
}

/// Whether `word` occurs in `html` as a whole word, ignoring case.
fn has_word(html: &str, word: &str) -> bool {
    let html = html.to_lowercase();
    let word = word.to_lowercase();
    html.match_indices(&word).any(|(at, _)| {
        let before = html[..at].chars().next_back();
        let after = html[at + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// Every client page: the lists, the map, search, and each entry's own page.
fn client_pages() -> Vec<String> {
    let kb = kb();
    let mut paths: Vec<String> = [
        "/",
        "/atlas",
        "/conditions",
        "/techniques",
        "/stretches",
        "/visit",
    ]
    .iter()
    .map(|p| p.to_string())
    .collect();
    // (A search page repeats the reader's own words, so none of the therapist's are searched.)
    paths.extend(
        ["rolling", "kneading", "script", "sciatica"].map(|q| Route::Search { q: q.into() }.path()),
    );
    for entity in kb.entities() {
        let entity = entity.entity_ref();
        paths.push(hip_back_atlas::route::route_for(&entity).path());
    }
    paths
}

#[tokio::test]
async fn no_client_page_shows_therapist_only_words() {
    let kb = kb();
    let therapist_words: Vec<&String> = kb
        .techniques
        .iter()
        .flat_map(|t| &t.therapist_aka)
        .collect();
    assert!(
        therapist_words.iter().any(|w| w.as_str() == "gun"),
        "the seed's \"gun\" is kept as data"
    );
    for path in client_pages() {
        let html = render(path.clone()).await;
        assert!(!html.contains("Suggested therapist script"), "{path}");
        assert!(!html.contains("<blockquote"), "{path}: a script");
        for word in &therapist_words {
            assert!(
                !has_word(&html, word),
                "{path}: shows the therapist's \"{word}\""
            );
        }
    }
}

#[tokio::test]
async fn piriformis_syndrome_shows_piriformis_and_its_red_flags() {
    let html = render("/condition/piriformis-syndrome".into()).await;
    assert!(html.contains(r##"href="muscle/piriformis/""##), "{html}");
    shows(&html, "When to see a physician instead");
    assert!(html.contains("red-flags"), "{html}");
}

#[tokio::test]
async fn every_technique_shows_what_it_is_its_steps_muscles_and_conditions() {
    let kb = kb();
    for technique in &kb.techniques {
        let html = render(format!("/technique/{}", technique.id)).await;
        is_a_good_page(&html);
        shows(&html, &technique.name);
        for text in [
            &technique.summary.text,
            &technique.feels.text,
            &technique.pressure.text,
            &technique.afterwards.text,
        ] {
            shows(&html, text);
        }
        for step in &technique.steps {
            shows(&html, &step.text);
        }
        for aka in &technique.aka {
            shows(&html, &format!("\u{201c}{aka}\u{201d}"));
        }
        for muscle in refs(Kind::Muscle, &technique.muscles) {
            links_to(&html, &muscle);
        }
        for condition in kb.conditions_for_technique(&technique.id) {
            links_to(&html, &EntityRef::Condition(condition.id.clone()));
        }
    }
}

#[tokio::test]
async fn the_rolling_page_keeps_the_therapists_name_off_and_shows_its_muscles() {
    // "gun" is the therapist-side name (`therapist_aka`), for explain mode only.
    let html = render("/technique/rolling".into()).await;
    assert!(!html.contains("gun"), "{html}");
    shows(&html, word(Word::MusclesItWorks));
    assert!(
        html.contains(r##"href="muscle/erector-spinae/""##),
        "{html}"
    );
    assert!(
        html.contains(r##"href="muscle/quadratus-lumborum/""##),
        "{html}"
    );
}

#[tokio::test]
async fn every_note_is_framed_as_a_perspective_with_the_disclaimer_and_muscles() {
    for note in &kb().notes {
        let html = render(format!("/note/{}", note.id)).await;
        is_a_good_page(&html);
        shows(&html, &note.title);
        shows(&html, &note.disclaimer.text);
        shows(&html, &note.perspective.text);
        shows(&html, "not anatomy and not a diagnosis");
        for theme in &note.themes {
            shows(&html, &theme.text);
        }
        for muscle in refs(Kind::Muscle, &note.muscles) {
            links_to(&html, &muscle);
        }
        // The disclaimer comes before the themes, where it cannot be missed.
        let disclaimer = html.find("note__disclaimer").expect("a disclaimer box");
        let themes = html.find("note-card__themes").expect("the themes");
        assert!(disclaimer < themes);
    }
}

#[tokio::test]
async fn every_article_shows_its_sections_scripts_and_related_links() {
    for article in &kb().articles {
        let html = render(format!("/visit/{}", article.id)).await;
        is_a_good_page(&html);
        shows(&html, &article.title);
        for section in &article.sections {
            shows(&html, &section.heading);
            for paragraph in &section.paragraphs {
                shows(&html, &paragraph.text);
            }
        }
        for (_, entity) in article.related.refs() {
            links_to(&html, &entity);
        }
        // One collapsed Sources line per section that cites anything (all of them do).
        let cited = article
            .sections
            .iter()
            .filter(|s| s.paragraphs.iter().any(|p| !p.sources.is_empty()))
            .count();
        // The page's own, not the footer's (its disclaimer has a Sources line too).
        let page = render_support::before_footer(&html);
        assert_eq!(
            page.matches(r#"<details class="sources">"#).count(),
            cited + 1, // and the summary's own
            "{}",
            article.id
        );
        assert!(
            !html.contains("claim__source"),
            "{}: inline chips",
            article.id
        );
    }
}

#[tokio::test]
async fn an_article_keeps_its_therapist_scripts_for_explain_mode_only() {
    let article = kb().article("hip-lumbar-session").unwrap();
    assert!(
        article.sections.iter().any(|s| !s.scripts.is_empty()),
        "the scripts stay in the content"
    );
    let html = render("/visit/hip-lumbar-session".into()).await;
    assert!(!html.contains("<blockquote"), "{html}");
    assert!(!html.contains("Suggested therapist script"), "{html}");
}

#[tokio::test]
async fn every_source_shows_its_kind_citation_and_what_cites_it() {
    let kb = kb();
    for source in &kb.sources {
        let html = render(format!("/source/{}", source.id)).await;
        is_a_good_page(&html);
        shows(&html, &source.title);
        shows(&html, &source.citation);
        let kind = match source.kind {
            atlas_core::content::SourceKind::Seed => "Clinic document",
            atlas_core::content::SourceKind::Reference => "Published reference",
        };
        shows(&html, kind);
        for entity in kb.cited_by(&source.id) {
            links_to(&html, &entity);
        }
    }
}

#[tokio::test]
async fn claims_link_to_their_sources() {
    let html = render("/condition/sciatica".into()).await;
    assert!(html.contains(r##"href="source/ahcpr-1994/""##), "{html}");
}

#[tokio::test]
async fn condition_and_technique_pages_mark_their_muscles_on_the_body_map() {
    for path in ["/condition/piriformis-syndrome", "/technique/rolling"] {
        let html = render(path.into()).await;
        assert!(html.contains("body-map"), "{path}: no map:\n{html}");
        assert!(
            html.contains("is-related"),
            "{path}: nothing marked:\n{html}"
        );
        assert!(
            html.contains(r#"aria-describedby="body-map-related""#),
            "{path}: marks are not described:\n{html}"
        );
    }
}
