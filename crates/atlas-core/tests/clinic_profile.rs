//! The clinic profiles the repository ships load and validate, and a bad profile fails with a
//! message naming the file and the field.
#![cfg(feature = "toml")]

use atlas_core::bundle::{decode_bundle, encode_bundle, Bundle};
use atlas_core::clinic::{contrast_with_white, load_clinic, parse_hex, Clinic, MIN_CONTRAST};
use std::path::PathBuf;

/// A file's text, relative to the repository root (tests may do I/O).
fn read(path: &str) -> String {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    std::fs::read_to_string(root.join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// A fixture's text and the name used in messages.
fn fixture(name: &str) -> (String, String) {
    let path = format!("fixtures/clinic/{name}.toml");
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests");
    let text = std::fs::read_to_string(root.join(&path)).expect("fixture exists");
    (path, text)
}

/// The messages of a fixture that must fail.
fn messages(name: &str) -> Vec<String> {
    let (path, text) = fixture(name);
    load_clinic(&path, &text).expect_err("must fail").messages()
}

fn load(path: &str) -> Clinic {
    load_clinic(path, &read(path)).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn the_default_clinic_is_west_hills_massage_with_the_seed_details() {
    let clinic = load("assets/clinic.toml");
    assert_eq!(clinic.name, "West Hills Massage");
    assert_eq!(clinic.phone.as_deref(), Some("(971) 336-6028"));
    assert_eq!(clinic.licence.as_deref(), Some("Oregon License #19165"));
    assert_eq!(clinic.hours.len(), 6);
    assert!(clinic.address.join(" ").contains("Portland"));
    let service = &clinic.services[0];
    assert_eq!(service.name, "Pain Management Massage");
    assert!(service
        .course
        .as_deref()
        .unwrap_or("")
        .contains("4-6 treatments"));
}

#[test]
fn masahista_healing_hands_gives_only_what_its_guide_says() {
    let clinic = load("assets/clinics/masahista-healing-hands.toml");
    assert_eq!(clinic.name, "Masahista Healing Hands");
    assert!(clinic.address.join(" ").contains("Edmonton"));
    // The guide gives no phone, licence, hours or booking link: none is invented.
    assert_eq!(clinic.phone, None);
    assert_eq!(clinic.licence, None);
    assert_eq!(clinic.booking_url, None);
    assert!(clinic.hours.is_empty());
    assert!(clinic.lines[0].contains("schedule an appointment"));
}

#[test]
fn every_shipped_clinic_survives_the_content_file_trip() {
    for path in [
        "assets/clinic.toml",
        "assets/clinics/masahista-healing-hands.toml",
    ] {
        let bundle = Bundle {
            kb: Default::default(),
            guides: Vec::new(),
            clinic: load(path),
        };
        let bytes = encode_bundle("0123456789abcdef", &bundle);
        assert_eq!(decode_bundle(&bytes, "0123456789abcdef"), Ok(bundle));
    }
}

#[test]
fn a_profile_without_a_name_names_the_field() {
    assert_eq!(
        messages("missing-name"),
        [
            "fixtures/clinic/missing-name.toml: field \"name\": is missing or empty: the clinic's \
          name shows on every page"
        ]
    );
}

#[test]
fn an_accent_white_text_cannot_be_read_on_fails_with_its_contrast() {
    assert_eq!(
        messages("pale-accent"),
        [
            "fixtures/clinic/pale-accent.toml: field \"accent\": white text on \"#8fd19e\" has a \
          contrast of 1.78:1, below the 4.5:1 needed to read it; choose a darker colour"
        ]
    );
}

#[test]
fn every_bad_field_is_reported_at_once() {
    assert_eq!(
        messages("bad-fields"),
        [
            "fixtures/clinic/bad-fields.toml: field \"accent\": \"green\" is not a colour written \
             as #rrggbb, e.g. \"#2e5e4e\"",
            "fixtures/clinic/bad-fields.toml: field \"booking_url\": \"http://example.com/book\" \
             is not an https:// address or a tel: number (\"tel:+19713366028\") (write the whole \
             link, e.g. \"https://example.com/book\")",
            "fixtures/clinic/bad-fields.toml: field \"offers[0].url\": \"javascript:alert(1)\" \
             is not an https:// address or a tel: number (\"tel:+19713366028\") (write the whole \
             link, e.g. \"https://example.com/book\")",
            "fixtures/clinic/bad-fields.toml: field \"social[0].url\": \"tel:9713366028\" is not \
             an https:// address (write the whole link, e.g. \"https://example.com/book\")",
            "fixtures/clinic/bad-fields.toml: field \"phone\": \"call us\" does not look like a \
             phone number (digits, spaces, + ( ) - . only; leave the field out if the clinic has \
             none)",
            "fixtures/clinic/bad-fields.toml: field \"hours[1]\": is empty",
            "fixtures/clinic/bad-fields.toml: field \"services[0].description\": is missing or \
             empty",
        ]
    );
}

#[test]
fn a_misspelled_field_is_a_shape_error_with_a_line() {
    let errors = load_clinic(
        "c.toml",
        "name = \"A\"\naccent = \"#000000\"\nphnoe = \"1\"\n",
    )
    .expect_err("unknown field")
    .messages();
    assert_eq!(errors.len(), 1);
    assert!(errors[0].starts_with("c.toml: line 3: "), "{}", errors[0]);
    assert!(errors[0].contains("phnoe"), "{}", errors[0]);
}

#[test]
fn contrast_follows_wcag() {
    let black = parse_hex("#000000").unwrap();
    assert!((contrast_with_white(black) - 21.0).abs() < 1e-9);
    assert!((contrast_with_white(parse_hex("#FFFFFF").unwrap()) - 1.0).abs() < 1e-9);
    // #767676 is the lightest grey that passes AA for white text.
    assert!(contrast_with_white(parse_hex("#767676").unwrap()) >= MIN_CONTRAST);
    assert!(contrast_with_white(parse_hex("#777777").unwrap()) < MIN_CONTRAST);
    for bad in ["2e5e4e", "#2e5e4", "#2e5e4eff", "#gggggg", ""] {
        assert_eq!(parse_hex(bad), None, "{bad}");
    }
}
