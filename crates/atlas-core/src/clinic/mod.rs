//! The clinic's own profile: name, address, phone, hours, licence, booking link, accent colour,
//! the "about us" words and the clinic's own lines. The app shows it in the header or footer,
//! on "Your visit" and on anything printed; the build embeds it (postcard, like the content).
//!
//! - `model` (this file): the serde types of `assets/clinic.toml`.
//! - `validate`: the rules, each problem naming the file and the field; `colour`: the accent's
//!   contrast with white text.
//! - `load` (feature `toml`): [`load_clinic`], parse and validate one profile text.
//! - `booking`: how a client books ([`Booking`]: the link, else a call, else the address).
//!
//! Architecture invariant: nothing here reads files; the caller hands in the text.

mod booking;
mod colour;
#[cfg(feature = "toml")]
mod load;
mod validate;

pub use booking::{tel_href, Booking};
pub use colour::{contrast_with_white, parse_hex, MIN_CONTRAST};
#[cfg(feature = "toml")]
pub use load::load_clinic;
pub use validate::{validate_clinic, ClinicError, ClinicErrors};

use serde::{Deserialize, Serialize};

/// A clinic's profile. Optional facts stay out when the clinic has not given them: the app
/// never shows an invented phone number or licence.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Clinic {
    /// The clinic's name as it shows on every page, e.g. "West Hills Massage". Required.
    #[serde(default)]
    pub name: String,
    /// Postal address, one line per entry (may be just the city when that is all it gives).
    #[serde(default)]
    pub address: Vec<String>,
    /// Phone number as the clinic writes it, e.g. "(971) 336-6028".
    #[serde(default)]
    pub phone: Option<String>,
    /// Opening hours, one line per entry as the clinic writes them, e.g. "Mon: 10:00-8:00".
    #[serde(default)]
    pub hours: Vec<String>,
    /// Licence number as the clinic writes it, e.g. "Oregon License #19165".
    #[serde(default)]
    pub licence: Option<String>,
    /// Where clients book: an `https://` address (or a `tel:` link) the user taps (nothing is
    /// fetched from it). Without one, pages offer a call to the phone number instead.
    #[serde(default)]
    pub booking_url: Option<String>,
    /// Accent colour as `#rrggbb`; white text on it must be readable (contrast 4.5:1 or more).
    #[serde(default)]
    pub accent: String,
    /// The "about us" words, one paragraph per entry, in the clinic's own voice.
    #[serde(default)]
    pub about: Vec<String>,
    /// Treatments the clinic offers under its own names.
    #[serde(default)]
    pub services: Vec<Service>,
    /// The clinic's own short lines, e.g. an invitation to book or "Gift certificates
    /// available", shown as the clinic wrote them.
    #[serde(default)]
    pub lines: Vec<String>,
    /// Gift certificates, packages and the like, shown on "Your visit".
    #[serde(default)]
    pub offers: Vec<Offer>,
    /// The clinic's pages elsewhere (Facebook, Instagram...), shown on "Your visit".
    #[serde(default)]
    pub social: Vec<SocialLink>,
}

/// Something the clinic sells besides a session, e.g. gift certificates or a package of
/// treatments, in its own words.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Offer {
    /// Its name, e.g. "Gift certificates".
    #[serde(default)]
    pub name: String,
    /// A line about it in the clinic's words, if it gives one.
    #[serde(default)]
    pub text: Option<String>,
    /// Where to buy or ask about it: an `https:` or `tel:` link, if the clinic gives one.
    #[serde(default)]
    pub url: Option<String>,
}

/// One of the clinic's pages elsewhere, e.g. on Facebook.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SocialLink {
    /// The site's name as the link reads, e.g. "Facebook".
    #[serde(default)]
    pub name: String,
    /// The clinic's page there: an `https:` address.
    #[serde(default)]
    pub url: String,
}

/// A treatment the clinic offers under its own name, e.g. a "Pain Management Massage".
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Service {
    /// The clinic's name for it.
    #[serde(default)]
    pub name: String,
    /// What it includes, in the clinic's words.
    #[serde(default)]
    pub description: String,
    /// The clinic's own advice on how many sessions, e.g. "4 to 6 treatments for best
    /// results", if it gives one.
    #[serde(default)]
    pub course: Option<String>,
}
