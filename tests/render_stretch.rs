//! Server-side render tests of the stretch pages: every stretch shows its name, its dose in
//! words, the safety line and its precautions (with modifications) before the guide, the
//! figure, links to the muscles it lengthens, and its sources in one collapsed line per
//! section.
#![cfg(not(target_arch = "wasm32"))]

mod render_support;

use hip_back_atlas::components::precautions::get_ready_line;
use hip_back_atlas::data::{guide_for, kb, word, Word};
use render_support::esc;

/// Renders the whole app at `path` to HTML.
async fn render(path: String) -> String {
    readable(render_support::render_app(path).await)
}

/// The page with apostrophes and quotes unescaped (the renderer's choice of entity is not
/// what these tests are about).
fn readable(html: String) -> String {
    html.replace("&#39;", "'")
        .replace("&#x27;", "'")
        .replace("&quot;", "\"")
        .replace("&#34;", "\"")
}

#[tokio::test]
async fn every_stretch_page_shows_name_dose_safety_figure_and_muscles() {
    let stretches = &kb().stretches;
    assert!(stretches.len() >= 12, "expected the shipped stretches");
    for stretch in stretches {
        let html = render(format!("/stretch/{}", stretch.id)).await;
        let id = &stretch.id;
        assert!(
            html.contains(&format!("<h1>{}</h1>", esc(&stretch.name))),
            "{id}: name missing"
        );
        assert!(
            html.contains(&esc(&stretch.dose.in_words(stretch.goal))),
            "{id}: dose missing"
        );
        for text in [
            &kb().notice("when-to-stop").expect("notice").text.text,
            &kb().program_note("red-flags").expect("note").text.text,
        ] {
            assert!(html.contains(&esc(text)), "{id}: {text} missing");
        }
        let heading = word(if stretch.is_exercise() {
            Word::MusclesItWorks
        } else {
            Word::MusclesItLengthens
        });
        assert!(html.contains(heading), "{id}");
        for muscle in &stretch.muscles {
            assert!(
                html.contains(&format!(r##"href="muscle/{muscle}/""##)),
                "{id}: no link to muscle {muscle}"
            );
        }
        if guide_for(id).is_some() {
            assert!(html.contains(r#"class="figure""#), "{id}: no figure");
            assert!(html.contains("fig-limb"), "{id}: no limbs");
            assert!(html.contains(r#"role="img""#), "{id}: figure not an image");
            assert!(html.contains("aria-live=\"polite\""), "{id}: no live cue");
            assert!(html.contains(">Start</button>"), "{id}: no Start button");
        }
        for step in &stretch.steps {
            assert!(html.contains(&esc(&step.text)), "{id}: step missing");
        }
    }
}

#[tokio::test]
async fn a_full_minute_hold_reads_as_sixty_seconds_once_on_each_side() {
    let html = render("/stretch/hamstring-stretch".into()).await;
    assert!(
        html.contains("Hold 60 seconds, once on each side, daily or near daily"),
        "{html}"
    );
    // The figure describes what it shows, with the lengthening muscle.
    assert!(html.contains("hamstrings"), "{html}");
    assert!(html.contains("lengthening"), "{html}");
}

#[tokio::test]
async fn a_moving_stretch_reads_as_repetitions_with_the_breath() {
    let html = render("/stretch/cat-cow".into()).await;
    assert!(
        html.contains("8 slow repetitions, one breath of about 6 seconds each"),
        "{html}"
    );
    let erector = kb()
        .muscle("erector-spinae")
        .expect("erector spinae is in the content")
        .name
        .to_lowercase();
    assert!(html.contains(&erector), "{html}");
}

#[tokio::test]
async fn stretch_pages_link_the_conditions_they_help() {
    let mut linked = 0;
    for stretch in &kb().stretches {
        let conditions = kb().conditions_for_stretch(&stretch.id);
        if conditions.is_empty() {
            continue;
        }
        let html = render(format!("/stretch/{}", stretch.id)).await;
        assert!(html.contains("Helps with"), "{}", stretch.id);
        for condition in conditions {
            assert!(
                html.contains(&format!(r##"href="condition/{}/""##, condition.id)),
                "{}: no link to {}",
                stretch.id,
                condition.id
            );
            linked += 1;
        }
    }
    assert!(linked > 0, "no stretch links a condition");
}

#[tokio::test]
async fn every_precaution_and_modification_shows_before_the_guide() {
    let mut modifications = 0;
    for stretch in &kb().stretches {
        let id = &stretch.id;
        let html = render(format!("/stretch/{id}")).await;
        let safety = html
            .find(word(Word::MoveBeforeYouStart))
            .expect("a safety box");
        let doctor = &kb().program_note("red-flags").expect("note").text.text;
        let stop = html.find(&esc(doctor)).expect("the see-a-doctor signs");
        let guide = html.find(r#"class="player"#).expect("a guide");
        assert!(
            safety < stop && stop < guide,
            "{id}: safety after the guide"
        );
        for note in kb().precautions_for_stretch(id) {
            let advice = html
                .find(&esc(&note.precaution.advice.text))
                .unwrap_or_else(|| panic!("{id}: advice for {}", note.precaution.id));
            assert!(
                advice < guide,
                "{id}: {} after the guide",
                note.precaution.id
            );
            assert!(html.contains(&esc(&note.precaution.name)), "{id}");
            if let Some(modification) = note.modification {
                let at = html
                    .find(&esc(&modification.text))
                    .unwrap_or_else(|| panic!("{id}: modification missing"));
                assert!(at < guide, "{id}: modification after the guide");
                modifications += 1;
            }
        }
    }
    assert!(modifications > 0, "no stretch shows a modification");
}

/// Issue 22: a client after a hip replacement who copies the default hold (or takes it for
/// another move) could go past what the modification allows. Where a guide draws the move as
/// a modification has it (`[modifications.<precaution>]`), the stretch page shows that
/// picture, pre-rendered, in one block with the modification's words, named for screen
/// readers; a modification without its own pose shows its words alone.
#[tokio::test]
async fn a_modification_with_its_own_pose_shows_that_picture_beside_its_words() {
    let mut pictures = 0;
    let mut drawn = 0;
    for stretch in &kb().stretches {
        let id = &stretch.id;
        let Some(guide) = guide_for(id) else { continue };
        drawn += guide.modifications.len();
        let html = render(format!("/stretch/{id}")).await;
        let guide_at = html.find(r#"class="player"#).expect("a guide");
        for note in kb().precautions_for_stretch(id) {
            let Some(modification) = note.modification else {
                continue;
            };
            let words = html.find(&esc(&modification.text)).expect("the words");
            let block = html[..words].rfind(r#"<div class="precaution__modified">"#);
            if !guide.modifications.contains_key(&note.precaution.id) {
                let block = block.map_or("", |at| &html[at..words]);
                assert!(
                    block.contains("</div>") || block.is_empty(),
                    "{id}: a picture for {} without a pose of its own",
                    note.precaution.id
                );
                continue;
            }
            let at = block.unwrap_or_else(|| {
                panic!(
                    "{id}: no picture beside the {} modification",
                    note.precaution.id
                )
            });
            // The picture and the words in one block, the picture first, before the guide.
            let picture = &html[at..words];
            assert!(
                !picture.contains("</div>"),
                "{id}: the words are not beside the picture"
            );
            assert!(words < guide_at, "{id}: the modification after the guide");
            assert!(picture.contains(r#"class="figure""#), "{id}: {picture}");
            assert!(picture.contains("fig-limb"), "{id}: no body in {picture}");
            assert!(picture.contains(r#"role="img""#), "{id}: not an image");
            let label = modification.picture.clone().unwrap_or_default();
            assert!(
                !label.is_empty(),
                "{id}: the picture has no words of its own"
            );
            assert!(
                picture.contains(&format!(r#"aria-label="{}""#, esc(&label))),
                "{id}: the picture is not named \"{label}\": {picture}"
            );
            assert!(
                !picture.contains("aria-hidden"),
                "{id}: hidden from screen readers"
            );
            pictures += 1;
        }
    }
    assert_eq!(
        pictures, drawn,
        "every modification pose a guide draws is shown"
    );
    assert!(pictures > 0, "no guide draws a modification's own pose");
}

#[tokio::test]
async fn the_hamstring_stretch_tells_someone_with_sciatica_how_to_adapt_it() {
    let html = render("/stretch/hamstring-stretch".into()).await;
    let guide = html.find(r#"class="player"#).expect("a guide");
    let sciatica = html
        .find("If you have sciatica: keep the raised knee softly bent")
        .expect("the modification");
    assert!(sciatica < guide, "{html}");
    assert!(html.contains("Hip replacement"), "{html}");
    assert!(html.contains("ask your surgeon first"), "{html}");
}

#[tokio::test]
async fn the_player_lists_the_precautions_before_the_first_hold() {
    let html = render("/stretch/hamstring-stretch".into()).await;
    let player = &html[html.find(r#"class="player"#).expect("a guide")..];
    assert!(player.contains(word(Word::PlayerCheckFirst)), "{player}");
    let notes = kb().precautions_for_stretch("hamstring-stretch");
    assert_eq!(notes.len(), 3);
    for note in &notes {
        let line = esc(&get_ready_line(note));
        assert!(player.contains(&line), "{line} not in the player");
    }
    // A plain sentence a client reads, with the modification for sciatica after it.
    let hip = notes
        .iter()
        .find(|n| n.precaution.id == "hip-replacement")
        .unwrap();
    assert_eq!(
        get_ready_line(hip),
        "If you have had a hip replacement, ask your surgeon first, before you do this."
    );
    let sciatica = notes
        .iter()
        .find(|n| n.precaution.id == "sciatica")
        .unwrap();
    assert!(get_ready_line(sciatica).contains("If you have sciatica: keep the raised knee"));
}

#[tokio::test]
async fn a_stretch_without_precautions_still_says_when_to_stop() {
    let stretch = kb()
        .stretches
        .iter()
        .find(|s| s.precautions.is_empty())
        .expect("a stretch with no precautions");
    let html = render(format!("/stretch/{}", stretch.id)).await;
    assert!(html.contains(word(Word::MoveBeforeYouStart)), "{html}");
    assert!(html.contains("tingling or numbness"), "{html}");
    assert!(html.contains("Get urgent medical help"), "{html}");
    assert!(!html.contains("Check these first"), "{html}");
    assert!(!html.contains(word(Word::PlayerCheckFirst)), "{html}");
}

#[tokio::test]
async fn sources_are_one_collapsed_line_per_section_named_by_title() {
    for stretch in &kb().stretches {
        let id = &stretch.id;
        let html = render(format!("/stretch/{id}")).await;
        // No chip after each sentence or inside the dose box: one line per section.
        assert!(!html.contains("claim__source"), "{id}: inline chips");
        let dose_box = html.find("stretch-page__dose-text").unwrap();
        let dose_end = html[dose_box..].find("</p>").unwrap() + dose_box;
        assert_eq!(
            html[dose_box..dose_end].matches("<a ").count(),
            0,
            "{id}: a link in the dose line itself"
        );
        let sections = ["the dose", "Why it helps", "How to do it", "Take care"];
        // "Before you start" always has its own (what to feel, when to stop, the red flags).
        let expected = sections.len() + 1;
        // The page's own, not the footer's (its disclaimer has a Sources line too).
        let page = render_support::before_footer(&html);
        assert_eq!(
            page.matches(r#"<details class="sources">"#).count(),
            expected,
            "{id}: one Sources line per section"
        );
        for section in sections {
            assert!(html.contains(&format!("for {section}")), "{id}: {section}");
        }
        // Every claim's sources stay one tap away, named as a client reads them.
        let mut ids: Vec<&String> = stretch.dose.sources.iter().collect();
        ids.extend(&stretch.dose.frequency.sources);
        ids.extend(&stretch.purpose.sources);
        for claim in stretch.steps.iter().chain(&stretch.cautions) {
            ids.extend(&claim.sources);
        }
        for note in kb().precautions_for_stretch(id) {
            ids.extend(&note.precaution.advice.sources);
            if let Some(m) = note.modification {
                ids.extend(&m.sources);
            }
        }
        for source in ids {
            let title = &kb().source(source).expect("a known source").title;
            let link = format!(
                r##"href="source/{source}/" class="sources__link">{}</a>"##,
                esc(title)
            );
            assert!(html.contains(&link), "{id}: {link}");
        }
    }
}

#[tokio::test]
async fn an_unknown_stretch_shows_the_missing_entry_with_a_way_back() {
    let html = render("/stretch/no-such-stretch".into()).await;
    assert!(html.contains("We could not find that page"), "{html}");
    assert!(html.contains("no-such-stretch"), "{html}");
    assert!(html.contains(r##"href="stretches/""##), "{html}");
    assert!(html.contains("All stretches"), "{html}");
}
