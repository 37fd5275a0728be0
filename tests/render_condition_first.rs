//! Issue 23, item 3: a condition page answers "what can I do?" first. Before the long reading
//! it shows what the condition is in one line, the warning signs in one line with a link to all
//! of them, the start-here moves as pictures, and "Book a visit".
#![cfg(not(target_arch = "wasm32"))]

mod render_support;

use hip_back_atlas::data::kb;
use hip_back_atlas::pages::atlas::first_sentence;
use render_support::{esc, render_app};

#[tokio::test]
async fn every_condition_page_starts_with_what_it_is_the_warning_signs_and_what_to_do() {
    for condition in &kb().conditions {
        let id = &condition.id;
        let html = render_app(format!("/condition/{id}")).await;
        let first = html
            .find(r#"class="first-screen""#)
            .expect("a first screen");
        let long = html
            .find(">What it is</h2>")
            .expect("the long reading's first section");
        assert!(first < long, "{id}: the first screen comes first");
        let screen = &html[first..long];
        // What it is, in one line: the summary's first sentence.
        let what = first_sentence(&condition.summary.text);
        assert!(what.len() < condition.summary.text.len() || !what.contains(". "));
        assert!(screen.contains(&esc(what)), "{id}: {screen}");
        // The warning signs in one line, linking to all of them on this page.
        if !condition.see_physician.is_empty() {
            let link = format!(r#"href="condition/{id}/#red-flags-title""#);
            assert!(screen.contains(&link), "{id}: {screen}");
            assert!(html.contains(r#"id="red-flags-title""#));
        }
        // The start-here moves, each a picture and its name, linking to its guide.
        for stretch in kb().start_here_for_condition(id) {
            let link = format!(r#"href="stretch/{}/""#, stretch.id);
            let at = screen.find(&link).unwrap_or_else(|| panic!("{id}: {link}"));
            assert!(
                screen[at..].contains(r#"class="still still--small""#),
                "{id}"
            );
        }
        assert!(screen.contains("Book a visit"), "{id}");
        // The whole summary is still there, in the long reading.
        assert!(html[long..].contains(&esc(&condition.summary.text)), "{id}");
    }
}

#[tokio::test]
async fn the_home_page_has_a_way_in_for_low_back_pain() {
    let html = render_app("/").await;
    let ways = html.find("My low back hurts").expect("a low-back way in");
    let rest = &html[ways..];
    let link = r#"href="condition/chronic-low-back-pain/""#;
    assert!(rest.contains(link), "{rest}");
}
