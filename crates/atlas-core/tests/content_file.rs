//! The content file's envelope: what the app refuses instead of misreading (issue 25).

use atlas_core::bundle::{decode_bundle, encode_bundle, Bundle, MAGIC};
use atlas_core::clinic::Clinic;
use atlas_core::content::KnowledgeBase;

const STAMP: &str = "0123456789abcdef";

fn bundle() -> Bundle {
    Bundle {
        kb: KnowledgeBase::default(),
        guides: Vec::new(),
        clinic: Clinic {
            name: "Any Clinic".into(),
            ..Clinic::default()
        },
    }
}

#[test]
fn a_content_file_starts_with_what_it_is_and_its_build_and_reads_back() {
    let bytes = encode_bundle(STAMP, &bundle());
    assert_eq!(&bytes[..8], MAGIC);
    assert_eq!(&bytes[8..24], STAMP.as_bytes());
    assert_eq!(decode_bundle(&bytes, STAMP), Ok(bundle()));
}

#[test]
fn a_file_of_another_build_or_not_a_content_file_is_refused_in_words() {
    let bytes = encode_bundle(STAMP, &bundle());
    let other = decode_bundle(&bytes, "fedcba9876543210").unwrap_err();
    assert!(
        other.contains("written for build 0123456789abcdef, not fedcba9876543210"),
        "{other}"
    );
    let html = decode_bundle(b"<!doctype html><html><body>Not found</body></html>", STAMP);
    assert_eq!(
        html.unwrap_err(),
        "the content file is not an atlas content file"
    );
    assert!(decode_bundle(&bytes[..10], STAMP).is_err());
    let cut = decode_bundle(&bytes[..bytes.len() - 3], STAMP).unwrap_err();
    assert!(cut.starts_with("content file:"), "{cut}");
}
