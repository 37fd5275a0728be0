//! Issue 23, item 1: "Book a visit" on every client page type, rendered on the server as a
//! reader's phone first receives it. The profile built in (`assets/clinic.toml`) gives a phone
//! but no booking link, so the action is a call; which action a profile gets is decided (and
//! tested for every case) in `atlas_core::clinic::booking`.
#![cfg(not(target_arch = "wasm32"))]

mod render_support;

use atlas_core::clinic::{tel_href, Booking};
use atlas_core::program::{encode, ComeBack, Item, Program, Treatment};
use hip_back_atlas::data::{clinic, kb, word, Word};
use render_support::{before_footer, render_app};

/// How the block starts in the rendered HTML.
const BOOK: &str = r#"class="book">"#;

/// The page's own "Book a visit" block (the footer's contact details do not count).
fn book_block(html: &str) -> &str {
    let page = before_footer(html);
    let start = page
        .find(BOOK)
        .unwrap_or_else(|| panic!("no Book a visit on the page:\n{page}"));
    let end = page[start..].find("</aside>").expect("the block ends") + start;
    &page[start..end]
}

/// The block offers the built-in clinic's way to book: here a call to its number.
fn offers_the_clinics_booking(block: &str) {
    assert!(block.contains("Book a visit"), "{block}");
    match clinic().booking().expect("the clinic gives a way to book") {
        Booking::Link { href } => assert!(block.contains(&format!(r#"href="{href}""#))),
        Booking::Call { phone, href } => {
            assert!(block.contains(&format!(r#"href="{href}""#)), "{block}");
            assert!(block.contains(&phone), "{block}");
        }
        Booking::InPerson { address } => assert!(block.contains(&address[0]), "{block}"),
    }
}

#[test]
fn the_built_in_clinic_books_by_phone() {
    let clinic = clinic();
    assert_eq!(clinic.booking_url, None, "the seed gives no booking link");
    let phone = clinic.phone.clone().expect("the seed gives a phone");
    assert_eq!(
        clinic.booking(),
        Some(Booking::Call {
            href: tel_href(&phone),
            phone
        })
    );
}

#[tokio::test]
async fn every_condition_page_offers_a_booking_before_the_long_reading() {
    for condition in &kb().conditions {
        let html = render_app(format!("/condition/{}", condition.id)).await;
        offers_the_clinics_booking(book_block(&html));
        // Right under the one-line summary: no scrolling through the page to find it.
        let book = html.find(BOOK).unwrap();
        let muscles = html
            .find(word(Word::ConditionMuscles))
            .expect("muscles heading");
        assert!(book < muscles, "{}: the action comes first", condition.id);
    }
}

#[tokio::test]
async fn every_muscle_page_offers_a_booking() {
    for muscle in &kb().muscles {
        let html = render_app(format!("/muscle/{}", muscle.id)).await;
        offers_the_clinics_booking(book_block(&html));
    }
}

#[tokio::test]
async fn every_stretch_page_offers_a_booking() {
    for stretch in &kb().stretches {
        let html = render_app(format!("/stretch/{}", stretch.id)).await;
        offers_the_clinics_booking(book_block(&html));
    }
}

#[tokio::test]
async fn come_back_in_two_weeks_is_a_booking_in_the_clients_program() {
    let mut program = Program::of(vec![Item::of(kb().stretch("cat-cow").unwrap())]);
    program.treatment = Some(Treatment {
        come_back: Some(ComeBack::InWeeks(2)),
        ..Treatment::default()
    });
    let html = render_app(format!("/p/{}", encode(&program))).await;
    let block = book_block(&html);
    assert!(block.contains("Come back in about 2 weeks."), "{block}");
    offers_the_clinics_booking(block);
    // Without a "come back", the program page does not push a booking.
    let plain = Program::of(vec![Item::of(kb().stretch("cat-cow").unwrap())]);
    let html = render_app(format!("/p/{}", encode(&plain))).await;
    assert!(!before_footer(&html).contains(BOOK));
}

#[tokio::test]
async fn the_visit_page_shows_the_clinics_gift_certificates_and_packages() {
    let html = render_app("/visit").await;
    let page = before_footer(&html);
    assert!(
        !clinic().offers.is_empty(),
        "the seed names gift certificates"
    );
    assert!(page.contains("Gift certificates and packages"), "{page}");
    for offer in &clinic().offers {
        assert!(page.contains(&offer.name), "{}", offer.name);
    }
    offers_the_clinics_booking(book_block(&html));
}
