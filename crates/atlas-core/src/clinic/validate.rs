//! Rules for a clinic profile. Every problem names the file and the field, and all are
//! reported at once so an editor can fix them in one pass.

use super::colour::{contrast_with_white, parse_hex, MIN_CONTRAST};
use super::Clinic;
use std::fmt;

/// One problem in a clinic profile.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClinicError {
    /// The profile file, e.g. `assets/clinic.toml`.
    pub file: String,
    /// 1-based line, for TOML syntax and shape errors.
    pub line: Option<usize>,
    /// The field at fault, e.g. `accent` or `services[0].name` (empty if none).
    pub field: String,
    /// What is wrong and how to fix it, in plain words.
    pub message: String,
}

/// Reads like `assets/clinic.toml: field "accent": ...`.
impl fmt::Display for ClinicError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.file)?;
        if let Some(line) = self.line {
            write!(f, ": line {line}")?;
        }
        if !self.field.is_empty() {
            write!(f, ": field \"{}\"", self.field)?;
        }
        write!(f, ": {}", self.message)
    }
}

impl std::error::Error for ClinicError {}

/// Every problem found in a profile.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ClinicErrors(pub Vec<ClinicError>);

impl ClinicErrors {
    /// Each problem's message, for tests and the build script.
    pub fn messages(&self) -> Vec<String> {
        self.0.iter().map(ToString::to_string).collect()
    }
}

/// One problem per line.
impl fmt::Display for ClinicErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let lines: Vec<String> = self.messages();
        f.write_str(&lines.join("\n"))
    }
}

impl std::error::Error for ClinicErrors {}

/// Checks a profile; `file` is the path used in messages.
pub fn validate_clinic(clinic: &Clinic, file: &str) -> Result<(), ClinicErrors> {
    let mut errors = Vec::new();
    let mut bad = |field: &str, message: String| {
        errors.push(ClinicError {
            file: file.to_string(),
            line: None,
            field: field.to_string(),
            message,
        })
    };
    if clinic.name.trim().is_empty() {
        bad(
            "name",
            "is missing or empty: the clinic's name shows on every page".into(),
        );
    }
    check_accent(&clinic.accent, &mut bad);
    if let Some(url) = &clinic.booking_url {
        check_link("booking_url", url, true, &mut bad);
    }
    for (i, offer) in clinic.offers.iter().enumerate() {
        if offer.name.trim().is_empty() {
            bad(&format!("offers[{i}].name"), "is missing or empty".into());
        }
        if let Some(url) = &offer.url {
            check_link(&format!("offers[{i}].url"), url, true, &mut bad);
        }
    }
    for (i, link) in clinic.social.iter().enumerate() {
        if link.name.trim().is_empty() {
            bad(&format!("social[{i}].name"), "is missing or empty".into());
        }
        check_link(&format!("social[{i}].url"), &link.url, false, &mut bad);
    }
    if let Some(phone) = &clinic.phone {
        if !is_phone(phone) {
            let msg = format!(
                "\"{phone}\" does not look like a phone number (digits, spaces, + ( ) - . only; \
                 leave the field out if the clinic has none)"
            );
            bad("phone", msg);
        }
    }
    if clinic.licence.as_ref().is_some_and(|l| l.trim().is_empty()) {
        bad(
            "licence",
            "is empty (leave the field out if there is none)".into(),
        );
    }
    let lists = [
        ("address", &clinic.address),
        ("hours", &clinic.hours),
        ("about", &clinic.about),
        ("lines", &clinic.lines),
    ];
    for (field, list) in lists {
        for (i, line) in list.iter().enumerate() {
            if line.trim().is_empty() {
                bad(&format!("{field}[{i}]"), "is empty".into());
            }
        }
    }
    for (i, service) in clinic.services.iter().enumerate() {
        if service.name.trim().is_empty() {
            bad(&format!("services[{i}].name"), "is missing or empty".into());
        }
        if service.description.trim().is_empty() {
            bad(
                &format!("services[{i}].description"),
                "is missing or empty".into(),
            );
        }
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(ClinicErrors(errors))
    }
}

/// The accent is `#rrggbb` and white text on it reads at 4.5:1 or more.
fn check_accent(accent: &str, bad: &mut impl FnMut(&str, String)) {
    let Some(rgb) = parse_hex(accent) else {
        let msg = format!("\"{accent}\" is not a colour written as #rrggbb, e.g. \"#2e5e4e\"");
        bad("accent", msg);
        return;
    };
    let ratio = contrast_with_white(rgb);
    if ratio < MIN_CONTRAST {
        // Hundredths by integer arithmetic: the message must not understate the shortfall.
        let hundredths = (ratio * 100.0).floor() as i64;
        let msg = format!(
            "white text on \"{accent}\" has a contrast of {}.{:02}:1, below the {MIN_CONTRAST}:1 \
             needed to read it; choose a darker colour",
            hundredths / 100,
            hundredths % 100
        );
        bad("accent", msg);
    }
}

/// A link in the profile is a whole `https://` address or, where a call makes sense
/// (`tel_ok`), a `tel:` number: nothing else opens safely from a client's page.
fn check_link(field: &str, url: &str, tel_ok: bool, bad: &mut impl FnMut(&str, String)) {
    let tel = url
        .strip_prefix("tel:")
        .is_some_and(|number| tel_ok && is_phone(number));
    if !is_https_url(url) && !tel {
        let also = if tel_ok {
            " or a tel: number (\"tel:+19713366028\")"
        } else {
            ""
        };
        let msg = format!(
            "\"{url}\" is not an https:// address{also} (write the whole link, e.g. \
             \"https://example.com/book\")"
        );
        bad(field, msg);
    }
}

/// `https://` followed by a host and no spaces.
fn is_https_url(url: &str) -> bool {
    url.strip_prefix("https://").is_some_and(|rest| {
        let host = rest.split(['/', '?', '#']).next().unwrap_or("");
        host.contains('.') && !url.chars().any(char::is_whitespace)
    })
}

/// Digits with the usual separators, and at least seven digits.
fn is_phone(phone: &str) -> bool {
    let allowed = |c: char| c.is_ascii_digit() || " +()-.".contains(c);
    phone.chars().all(allowed) && phone.chars().filter(char::is_ascii_digit).count() >= 7
}
