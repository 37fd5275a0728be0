//! The clinic's own details, from its profile (`assets/clinic.toml`, chosen at build time): a
//! compact block for the footer of every page, and the full card for "Your visit". Optional
//! facts the clinic has not given are left out, never invented.

use atlas_core::clinic::Clinic;
use yew::prelude::*;

use crate::data::clinic;

/// A `tel:` link target: the digits (and a leading `+`) of a number written for people.
pub fn tel_href(phone: &str) -> String {
    let digits: String = phone
        .chars()
        .enumerate()
        .filter(|(i, c)| c.is_ascii_digit() || (*i == 0 && *c == '+'))
        .map(|(_, c)| c)
        .collect();
    format!("tel:{digits}")
}

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
                <p class="clinic__phone">{ "Phone: " }<a href={tel_href(phone)}>{ phone.clone() }</a></p>
            }
            if let Some(url) = &clinic.booking_url {
                // A plain link the reader taps; nothing is fetched from it.
                <p class="clinic__booking"><a href={url.clone()} rel="noopener noreferrer">{ "Book a session" }</a></p>
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
#[component]
pub fn ClinicFooter() -> Html {
    let clinic = clinic();
    html! {
        <section class="clinic clinic--footer" aria-labelledby="footer-clinic-name">
            <h2 class="clinic__name" id="footer-clinic-name">{ clinic.name.clone() }</h2>
            <div class="clinic__columns">
                <div>{ contact(clinic) }</div>
                { hours(clinic, html! { <h3 class="clinic__subhead">{ "Hours" }</h3> }) }
            </div>
        </section>
    }
}

/// The whole profile for "Your visit": about, treatments, the clinic's own lines, contact and
/// hours.
#[component]
pub fn ClinicCard() -> Html {
    let clinic = clinic();
    html! {
        <section class="clinic clinic--card card" aria-labelledby="visit-clinic-name">
            <h2 class="clinic__name" id="visit-clinic-name">{ format!("About {}", clinic.name) }</h2>
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
            <div class="clinic__columns">
                <div>{ contact(clinic) }</div>
                { hours(clinic, html! { <h3 class="clinic__subhead">{ "Opening hours" }</h3> }) }
            </div>
        </section>
    }
}
