//! Server-side render tests of the stretch pages: every stretch shows its name, its dose in
//! words, the safety line, the figure and links to the muscles it lengthens.
#![cfg(not(target_arch = "wasm32"))]

use hip_back_atlas::app::{AppAt, AppAtProps};
use hip_back_atlas::data::{guide_for, kb};
use hip_back_atlas::pages::stretch::dose_in_words;

/// Renders the whole app at `path` to HTML.
async fn render(path: String) -> String {
    let html = yew::ServerRenderer::<AppAt>::with_props(move || AppAtProps { path: path.into() })
        .hydratable(false)
        .render()
        .await;
    readable(html)
}

/// Text as the renderer escapes it.
fn escaped(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
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
            html.contains(&format!("<h1>{}</h1>", escaped(&stretch.name))),
            "{id}: name missing"
        );
        assert!(
            html.contains(&escaped(&dose_in_words(&stretch.dose))),
            "{id}: dose missing"
        );
        assert!(
            html.contains("Pain-free, controlled movement; stop if pain increases."),
            "{id}: safety line missing"
        );
        assert!(html.contains("Muscles it lengthens"), "{id}");
        for muscle in &stretch.muscles {
            assert!(
                html.contains(&format!(r##"href="#/muscle/{muscle}""##)),
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
            assert!(html.contains(&escaped(&step.text)), "{id}: step missing");
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
    assert!(html.contains("erector spinae"), "{html}");
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
                html.contains(&format!(r##"href="#/condition/{}""##, condition.id)),
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
async fn claims_on_the_page_show_their_sources() {
    let html = render("/stretch/figure-4".into()).await;
    assert!(html.contains("claim__source"), "{html}");
    assert!(html.contains(r##"href="#/source/"##), "{html}");
}

#[tokio::test]
async fn an_unknown_stretch_shows_the_missing_entry_with_a_way_back() {
    let html = render("/stretch/no-such-stretch".into()).await;
    assert!(html.contains("We could not find that page"), "{html}");
    assert!(html.contains("no-such-stretch"), "{html}");
    assert!(html.contains(r##"href="#/stretches""##), "{html}");
    assert!(html.contains("All stretches"), "{html}");
}
