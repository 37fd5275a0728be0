//! Server-side render tests of the texts the app's own pages take from the content
//! (`assets/content/pages.toml`): what a reader sees is what the clinic wrote there.
#![cfg(not(target_arch = "wasm32"))]

mod render_support;

use atlas_core::content::{AppSection, REQUIRED_PAGES};
use hip_back_atlas::data::{kb, page};
use hip_back_atlas::route::route_for_section;
use render_support::esc;

/// Renders the whole app at `path` to HTML.
async fn render(path: String) -> String {
    render_support::render_app(path).await
}

#[tokio::test]
async fn every_page_shows_its_title_and_sourced_lead_from_the_content() {
    for section in REQUIRED_PAGES {
        let texts = page(section);
        let html = render(route_for_section(section).path()).await;
        let h1 = format!(">{}</h1>", esc(&texts.title));
        assert!(html.contains(&h1), "{section}: expected {h1}:\n{html}");
        assert!(
            html.contains(&esc(&texts.lead.text)),
            "{section}: expected the lead {:?}",
            texts.lead.text
        );
        for source in &texts.lead.sources {
            let link = format!("href=\"source/{source}/\"");
            assert!(html.contains(&link), "{section}: lead source {source}");
        }
    }
}

#[tokio::test]
async fn the_home_cards_open_their_sections_with_the_contents_words() {
    let home = page(AppSection::Home);
    assert_eq!(home.cards.len(), 3);
    let html = render("/".into()).await;
    for card in &home.cards {
        let section = card.section().expect("validated");
        let link = format!(
            "href=\"{}\">{}</a>",
            route_for_section(section).href(),
            esc(&card.title)
        );
        assert!(html.contains(&link), "expected {link}:\n{html}");
        assert!(html.contains(&esc(&card.text.text)), "{}", card.text.text);
    }
    assert!(html.contains("Explore the muscles"));
    assert!(
        !html.contains("Hips are made to move"),
        "the old unsourced lead is gone"
    );
}

#[tokio::test]
async fn the_atlas_shows_the_hint_from_the_content() {
    let hint = page(AppSection::Atlas).hint.as_ref().expect("atlas hint");
    let html = render("/atlas".into()).await;
    assert!(html.contains(&format!("<p class=\"atlas__hint\">{}</p>", esc(hint))));
}

#[tokio::test]
async fn every_page_ends_with_the_contents_disclaimer_and_its_source() {
    let disclaimer = &kb().notice("disclaimer").expect("validated").text;
    let html = render("/stretches".into()).await;
    let footer = &html[html.find("site-footer__disclaimer").expect("footer")..];
    assert!(footer.contains(&esc(&disclaimer.text)));
    assert!(footer.contains("href=\"source/back-relaxation-massage-notes/\""));
}

#[tokio::test]
async fn the_home_page_starts_from_what_clients_say() {
    let home = hip_back_atlas::data::page(atlas_core::content::AppSection::Home);
    assert!(home.ways_in.len() >= 4, "the four everyday ways in");
    let html = render("/".to_string()).await;
    for way in &home.ways_in {
        assert!(
            html.contains(&format!("\u{201c}{}\u{201d}", way.says)),
            "{}",
            way.says
        );
        for target in way.targets() {
            let target = target.expect("valid kind:id");
            let route = hip_back_atlas::route::route_for(&target);
            assert!(
                html.contains(&format!("href=\"{}\"", route.href())),
                "{target}"
            );
        }
    }
    assert!(html.contains("I sit all day") && html.contains("My leg goes numb"));
}
