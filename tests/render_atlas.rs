//! Server-side render tests of the atlas page, the body map and the muscle pages: what a reader
//! (and a screen reader) gets, without a browser.
#![cfg(not(target_arch = "wasm32"))]

mod render_support;

use hip_back_atlas::components::body_map::{BodyMap, BodyMapProps};
use hip_back_atlas::data::{kb, word, Word};
use render_support::{esc, pressed, region_tag};
use yew::{Callback, Html};

/// Renders the whole app at `path` to HTML.
async fn render(path: &'static str) -> String {
    render_support::render_app(path).await
}

/// Renders the map alone with these related muscles.
async fn render_map(highlighted: &[&str]) -> String {
    let highlighted: Vec<String> = highlighted.iter().map(|s| s.to_string()).collect();
    yew::ServerRenderer::<BodyMap>::with_props(move || BodyMapProps {
        highlighted,
        selected: None,
        second: Vec::new(),
        onselect: Callback::noop(),
        facing: None,
        layer: None,
        onfacing: None,
        onlayer: None,
        marks: Default::default(),
        controls: Html::default(),
    })
    .hydratable(false)
    .render()
    .await
}

/// The accessible names of the map's region buttons, in document order.
fn map_buttons(html: &str) -> Vec<String> {
    html.split(r#"role="button""#)
        .skip(1)
        .filter_map(|rest| {
            let tag_end = rest.find('>')?;
            let tag = &rest[..tag_end];
            let start = tag.find(r#"aria-label=""#)? + r#"aria-label=""#.len();
            let len = tag[start..].find('"')?;
            Some(tag[start..start + len].replace("&amp;", "&"))
        })
        .collect()
}

#[tokio::test]
async fn the_atlas_lists_all_twelve_muscle_groups_as_links() {
    let html = render("/atlas").await;
    let muscles = &kb().muscles;
    assert_eq!(muscles.len(), 12);
    for muscle in muscles {
        let link = format!(r##"href="muscle/{}/""##, muscle.id);
        assert!(html.contains(&link), "no list link to {}", muscle.id);
    }
    for heading in [
        word(Word::RegionHip),
        word(Word::RegionPelvis),
        word(Word::RegionLumbar),
    ] {
        assert!(html.contains(&format!(">{heading}</h3>")), "{heading}");
    }
    assert!(html.contains("Hips are mobility joints. The lumbar spine is for stability."));
    assert!(
        html.contains(r##"href="source/hip-and-back-session-plan/""##),
        "the sentence shows its source"
    );
    assert!(html.contains(r##"href="conditions/""##) && html.contains(r##"href="search/""##));
}

#[tokio::test]
async fn the_atlas_map_has_one_button_per_muscle_across_its_two_layers() {
    // The atlas opens on the surface layer: every surface muscle is a button, named as the
    // knowledge base names it, exactly once; deep muscles wait for the "Deep muscles" toggle.
    let html = render("/atlas").await;
    let surface = map_buttons(&html);
    assert!(pressed(&html, "Surface muscles") && !pressed(&html, "Deep muscles"));
    // The deep layer (opened here by asking for every deep muscle) has the rest.
    let deep_ids: Vec<&str> = kb()
        .muscles
        .iter()
        .filter(|m| m.depth == atlas_core::content::Depth::Deep)
        .map(|m| m.id.as_str())
        .collect();
    let deep = map_buttons(&render_map(&deep_ids).await);
    let mut all: Vec<String> = surface.iter().chain(deep.iter()).cloned().collect();
    all.sort();
    let mut names: Vec<String> = kb().muscles.iter().map(|m| m.name.clone()).collect();
    names.sort();
    assert_eq!(all, names, "surface {surface:?} + deep {deep:?}");
    for muscle in &kb().muscles {
        let deep_muscle = muscle.depth == atlas_core::content::Depth::Deep;
        assert_eq!(
            surface.contains(&muscle.name),
            !deep_muscle,
            "{}",
            muscle.name
        );
    }
}

#[tokio::test]
async fn every_region_is_a_keyboard_button_holding_both_sides() {
    let html = render("/atlas").await;
    let surface: Vec<&str> = kb()
        .muscles
        .iter()
        .filter(|m| m.depth == atlas_core::content::Depth::Superficial)
        .map(|m| m.id.as_str())
        .collect();
    for id in surface {
        let tag = region_tag(&html, id);
        assert!(tag.contains(r#"tabindex="0""#), "{tag}");
        assert_eq!(html.matches(&format!(r#"data-muscle="{id}""#)).count(), 1);
        let at = html.find(tag).unwrap();
        let inner = &html[at..at + html[at..].find("</g>").unwrap()];
        assert!(
            inner.matches("<path").count() >= 2,
            "{id} has left and right: {inner}"
        );
    }
    assert!(!html.contains("style="), "the CSP forbids inline styles");
}

#[tokio::test]
async fn every_muscle_page_names_it_and_leads_to_its_conditions_techniques_and_moves() {
    for muscle in &kb().muscles {
        let path: &'static str = Box::leak(format!("/muscle/{}", muscle.id).into_boxed_str());
        let html = render(path).await;
        assert!(
            html.contains(&format!("<h1 tabindex=\"-1\">{}</h1>", esc(&muscle.name))),
            "{}: its name is the heading",
            muscle.id
        );
        assert!(html.contains("What it does"), "{}", muscle.id);
        let groups = [
            (
                "Conditions it is involved in",
                kb().conditions_for_muscle(&muscle.id)
                    .iter()
                    .map(|c| format!("condition/{}/", c.id))
                    .collect::<Vec<_>>(),
            ),
            (
                "Massage techniques used on it",
                kb().techniques_for_muscle(&muscle.id)
                    .iter()
                    .map(|t| format!("technique/{}/", t.id))
                    .collect(),
            ),
            (
                "Stretches that lengthen it",
                kb().stretches_for_muscle(&muscle.id)
                    .iter()
                    .filter(|s| s.goal == atlas_core::content::Goal::Lengthen)
                    .map(|s| format!("stretch/{}/", s.id))
                    .collect(),
            ),
        ];
        for (heading, links) in groups {
            if links.is_empty() {
                continue;
            }
            assert!(html.contains(heading), "{}: {heading}", muscle.id);
            for link in links {
                assert!(
                    html.contains(&format!(r#"href="{link}""#)),
                    "{}: {link}",
                    muscle.id
                );
            }
        }
    }
}

#[tokio::test]
async fn low_back_muscles_offer_the_traditional_perspective_apart_from_the_anatomy() {
    let html = render("/muscle/quadratus-lumborum").await;
    assert!(html.contains("A traditional perspective"));
    assert!(html.contains(r#"class="traditional""#));
    // Only a link, in an aside after everything else on the page: the reflective text itself
    // is on the note's own page, never among the anatomy.
    let aside = html.find(r#"class="traditional""#).expect("an aside");
    for heading in [
        r#"id="muscle-anatomy""#,
        r#"id="muscle-role""#,
        "Stretches that lengthen it",
    ] {
        let at = html.find(heading).expect(heading);
        assert!(at < aside, "{heading} should come before the aside");
    }
    for note in kb().notes_for_muscle("quadratus-lumborum") {
        assert!(html.contains(&format!(r##"href="note/{}/""##, note.id)));
        let opening: String = note.perspective.text.chars().take(40).collect();
        assert!(
            !html.contains(&opening),
            "the note's text is on its own page"
        );
    }
    assert!(!render("/muscle/hamstrings")
        .await
        .contains("A traditional perspective"));
}

#[tokio::test]
async fn every_muscle_page_renders_its_anatomy_with_sources() {
    for muscle in &kb().muscles {
        let path: &'static str = Box::leak(format!("/muscle/{}", muscle.id).into_boxed_str());
        let html = render(path).await;
        for label in [
            "Starts at (origin)",
            "Ends at (insertion)",
            "Movement (action)",
        ] {
            assert!(html.contains(label), "{}: {label}", muscle.id);
        }
        assert!(html.contains("Mobility and stability"), "{}", muscle.id);
        // Each section lists its sources once, collapsed; every claim's sources are there.
        assert!(
            html.contains(r#"<details class="sources">"#),
            "{}",
            muscle.id
        );
        assert!(
            !html.contains("claim__source"),
            "{}: inline chips",
            muscle.id
        );
        for claim in [
            &muscle.plain,
            &muscle.origin,
            &muscle.insertion,
            &muscle.action,
            &muscle.mobility_role,
        ] {
            for id in &claim.sources {
                assert!(
                    html.contains(&format!(r##"href="source/{id}/""##)),
                    "{}: source {id} not listed",
                    muscle.id
                );
            }
        }
        assert!(
            region_tag(&html, &muscle.id).contains("is-selected"),
            "{}",
            muscle.id
        );
    }
}

#[tokio::test]
async fn an_unknown_muscle_shows_the_missing_entry_page() {
    let html = render("/muscle/no-such-muscle").await;
    assert!(html.contains("We could not find that page"), "{html}");
    assert!(html.contains("no-such-muscle"));
    assert!(html.contains("Open the body map"));
}

/// Issue 23, item 5: pre-rendered, every region of the map is a link to its muscle's page,
/// named like the app's button, so a tap before the app arrives is not lost; the app's own
/// render keeps the buttons.
#[tokio::test(flavor = "current_thread")]
async fn prerendered_map_regions_are_links_to_their_muscle() {
    use hip_back_atlas::app::{AppStatic, AppStaticProps};
    use hip_back_atlas::platform::prerendering::Prerendering;
    let props = AppStaticProps {
        path: "/atlas/".into(),
        prerendering: Prerendering::default(),
    };
    let html = yew::LocalServerRenderer::<AppStatic>::with_props(props)
        .hydratable(false)
        .render()
        .await;
    let app = render("/atlas/").await;
    let regions = app.matches(r#"role="button" tabindex="0""#).count();
    assert!(
        regions >= 5,
        "the app's regions are buttons: {regions}\n{app}"
    );
    let links = html
        .split(r#"<a href="muscle/"#)
        .skip(1)
        .filter(|tag| {
            tag.split('>')
                .next()
                .unwrap_or("")
                .contains(r#"class="region""#)
        })
        .count();
    assert_eq!(
        links, regions,
        "as many links as the app has buttons:\n{html}"
    );
    assert!(!app.contains(r#"class="region" href="#), "{app}");
    for id in ["tensor-fasciae-latae", "rectus-femoris"] {
        let name = kb().muscle(id).expect("a surface muscle").name.as_str();
        assert!(
            html.contains(&format!(
                r#"<a href="muscle/{id}/" aria-label="{name}" data-muscle="{id}""#
            )),
            "{id}: {html}"
        );
    }
    assert!(!html.contains(r#"role="button" tabindex="0""#), "{html}");
}
