//! The clinic's own details, from its profile (`assets/clinic.toml`, chosen at build time): a
//! compact block for the footer of every page, the full card for "Your visit", and the "Book a
//! visit" action for client pages. Optional facts the clinic has not given are left out, never
//! invented.

use atlas_core::clinic::{Booking, Clinic};
use yew::prelude::*;

use crate::data::{clinic, show, show_with, word, Word};
use crate::route::Route;
use crate::router::Link;

/// A `tel:` link target: the digits (and a leading `+`) of a number written for people.
pub use atlas_core::clinic::tel_href;

/// Address, phone, licence and booking link: how to reach the clinic.
fn contact(clinic: &Clinic) -> Html {
    html! {
        <>
            if !clinic.address.is_empty() {
                <address class="clinic__address">
                    { for clinic.address.iter().map(|line| html! { <span class="clinic__line">{ line.clone() }</span> }) }
                </address>
            }
            if let Some(phone) = &clinic.phone {
                <p class="clinic__phone">{ show(Word::ClinicPhone) }<a href={tel_href(phone)}>{ phone.clone() }</a></p>
            }
            if let Some(url) = &clinic.booking_url {
                // A plain link the reader taps; nothing is fetched from it.
                <p class="clinic__booking"><a href={url.clone()} rel="noopener noreferrer">{ show(Word::BookAVisit) }</a></p>
            }
            if let Some(licence) = &clinic.licence {
                <p class="clinic__licence">{ licence.clone() }</p>
            }
        </>
    }
}

/// The opening hours as a list, under a heading of the given level's text.
fn hours(clinic: &Clinic, heading: Html) -> Html {
    if clinic.hours.is_empty() {
        return Html::default();
    }
    html! {
        <div class="clinic__hours">
            { heading }
            <ul class="clinic__hours-list">
                { for clinic.hours.iter().map(|line| html! { <li>{ line.clone() }</li> }) }
            </ul>
        </div>
    }
}

/// The clinic's name, contact and hours, for the footer of every page.
pub fn clinic_footer() -> Html {
    let clinic = clinic();
    html! {
        <section class="clinic clinic--footer" aria-labelledby="footer-clinic-name">
            <h2 class="clinic__name" id="footer-clinic-name">{ clinic.name.clone() }</h2>
            <div class="clinic__columns">
                <div>{ contact(clinic) }</div>
                { hours(clinic, html! { <h3 class="clinic__subhead">{ show(Word::ClinicHours) }</h3> }) }
            </div>
        </section>
    }
}

/// The whole profile for "Your visit": about, treatments, the clinic's own lines, contact and
/// hours.
pub fn clinic_card() -> Html {
    let clinic = clinic();
    html! {
        <section class="clinic clinic--card card" aria-labelledby="visit-clinic-name">
            <h2 class="clinic__name" id="visit-clinic-name">{ show_with(Word::ClinicAbout, &[("clinic", &clinic.name)]) }</h2>
            { for clinic.about.iter().map(|p| html! { <p>{ p.clone() }</p> }) }
            { for clinic.services.iter().map(|service| html! {
                <div class="clinic__service">
                    <h3>{ service.name.clone() }</h3>
                    <p>{ service.description.clone() }</p>
                    if let Some(course) = &service.course {
                        <p class="clinic__course">{ course.clone() }</p>
                    }
                </div>
            }) }
            if !clinic.lines.is_empty() {
                <ul class="clinic__lines">
                    { for clinic.lines.iter().map(|line| html! { <li>{ line.clone() }</li> }) }
                </ul>
            }
            { book_visit(None) }
            { offers(clinic) }
            { social(clinic) }
            <div class="clinic__columns">
                <div>{ contact(clinic) }</div>
                { hours(clinic, html! { <h3 class="clinic__subhead">{ show(Word::ClinicOpeningHours) }</h3> }) }
            </div>
        </section>
    }
}

/// Gift certificates, packages and the like, each linked when the clinic gives a link.
fn offers(clinic: &Clinic) -> Html {
    if clinic.offers.is_empty() {
        return Html::default();
    }
    html! {
        <div class="clinic__offers">
            <h3 class="clinic__subhead">{ show(Word::ClinicOffers) }</h3>
            <ul>
                { for clinic.offers.iter().map(|offer| html! {
                    <li>
                        if let Some(url) = &offer.url {
                            <a href={url.clone()} rel="noopener noreferrer">{ offer.name.clone() }</a>
                        } else {
                            <strong>{ offer.name.clone() }</strong>
                        }
                        if let Some(text) = &offer.text {
                            { format!(": {text}") }
                        }
                    </li>
                }) }
            </ul>
        </div>
    }
}

/// The clinic's pages elsewhere, as plain links.
fn social(clinic: &Clinic) -> Html {
    if clinic.social.is_empty() {
        return Html::default();
    }
    html! {
        <p class="clinic__social">
            { show(Word::ClinicFollow) }
            { for clinic.social.iter().enumerate().map(|(i, link)| html! {
                <>
                    if i > 0 { { ", " } }
                    <a href={link.url.clone()} rel="noopener noreferrer">{ link.name.clone() }</a>
                </>
            }) }
        </p>
    }
}

/// "Book a visit": the clinic's booking link, else a call to its phone, else its address with a
/// link to "Your visit" (see `Clinic::booking`), after `lead`, a short line in the page's words
/// ("Well done."), if any. Nothing when the profile gives none of them.
pub fn book_visit(lead: Option<&str>) -> Html {
    let clinic = clinic();
    let Some(booking) = clinic.booking() else {
        return Html::default();
    };
    let action = match booking {
        Booking::Link { href } => html! {
            <a class="button button--primary book__action" href={href} rel="noopener noreferrer">
                { show(Word::BookAVisit) }
            </a>
        },
        Booking::Call { phone, href } => html! {
            <a class="button button--primary book__action" href={href}>
                { show(Word::BookCall) }<span class="book__phone">{ phone }</span>
            </a>
        },
        Booking::InPerson { address } => html! {
            <p class="book__address">
                { format!("{}: ", address.join(", ")) }
                <Link to={Route::Visit}>{ show(Word::BookHowToReach) }</Link>
            </p>
        },
    };
    html! {
        <aside class="book" aria-label={word(Word::BookAVisit)}>
            <p class="book__lead">
                if let Some(lead) = lead { { format!("{lead} ") } }
                { show_with(Word::BookWith, &[("clinic", &clinic.name)]) }
            </p>
            { action }
        </aside>
    }
}
