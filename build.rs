//! Validates the clinic-editable content in `assets/` (or the set named by `ATLAS_CONTENT`) and
//! writes it as one content file.
//!
//! The knowledge base (`assets/content/*.toml`), the stretch guides (`assets/guides/*.toml`) and
//! the clinic's profile (`assets/clinic.toml`, or the file named by `ATLAS_CLINIC`) are
//! loaded with the same core functions the tests use. Any error fails the build with a message
//! naming the file, the entry and the field; otherwise all three are written to
//! `OUT_DIR/bundle.bin` as one compact binary file (`atlas_core::bundle::encode_bundle`), which
//! the pre-renderer copies into the site as `content-<hash>.bin` and the browser tests install.
//! The wasm never embeds it, so it is the same for every clinic and every content edit; it only
//! knows the stamp (`ATLAS_BUNDLE_STAMP`, a fingerprint of the model code) a file must carry.
//! The TOML parser never ships to the browser.

use std::fs;
use std::path::Path;

use atlas_core::{content, rig};

/// Reads every `*.toml` file in `dir`, sorted by name, as (path for messages, text).
fn read_toml_dir(dir: &str) -> Vec<(String, String)> {
    println!("cargo:rerun-if-changed={dir}");
    let mut files: Vec<(String, String)> = fs::read_dir(dir)
        .unwrap_or_else(|e| fail(&[format!("{dir}: cannot read the folder: {e}")]))
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "toml"))
        .map(|path| {
            let name = path.to_string_lossy().replace('\\', "/");
            println!("cargo:rerun-if-changed={name}");
            let text = fs::read_to_string(&path)
                .unwrap_or_else(|e| fail(&[format!("{name}: cannot read the file: {e}")]));
            (name, text)
        })
        .collect();
    files.sort();
    files
}

/// Stops the build with every message, one per line.
fn fail(messages: &[String]) -> ! {
    eprintln!("\nThe content has {} problem(s):", messages.len());
    for message in messages {
        eprintln!("  {message}");
    }
    eprintln!();
    std::process::exit(1);
}

fn main() {
    let root = content_root();
    let content_files = read_toml_dir(&format!("{root}/content"));
    let guide_files = read_toml_dir(&format!("{root}/guides"));
    let content_refs: Vec<(&str, &str)> = content_files
        .iter()
        .map(|(p, t)| (p.as_str(), t.as_str()))
        .collect();
    let guide_refs: Vec<(&str, &str)> = guide_files
        .iter()
        .map(|(p, t)| (p.as_str(), t.as_str()))
        .collect();

    let lines = |text: String| text.lines().map(str::to_string).collect::<Vec<_>>();
    let mut kb = content::load_toml(&content_refs).unwrap_or_else(|e| fail(&lines(e.to_string())));
    let guides = rig::load_guides(&guide_refs).unwrap_or_else(|e| fail(&lines(e.to_string())));

    // Every guide must animate a stretch that exists, and every stretch needs a guide.
    let problems = atlas_core::bundle::cross_check(&kb, &guides);
    if !problems.is_empty() {
        fail(&problems);
    }
    // Every move carries the precautions its guide's poses need (derived from the rig, added
    // to the hand-typed ones), so every page, the player, the builder and the handout show
    // them. The rules themselves are only for the build.
    atlas_core::crosscheck::precautions::apply_derived(&mut kb, &guides);
    kb.position_rules.clear();

    let clinic = load_clinic_profile();

    let stamp = model_stamp();
    println!("cargo:rustc-env=ATLAS_BUNDLE_STAMP={stamp}");
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let bundle = atlas_core::bundle::Bundle { kb, guides, clinic };
    fs::write(
        Path::new(&out).join("bundle.bin"),
        atlas_core::bundle::encode_bundle(&stamp, &bundle),
    )
    .expect("OUT_DIR is writable");
}

/// The model code's fingerprint (FNV-1a of every source file of the core and its manifest, in
/// path order), which every content file carries and the app checks: postcard has no field
/// names, so a file written for other code must be refused, not misread. Any change to the core
/// gives a new stamp, also one that would not have needed it; a stale file is never read.
fn model_stamp() -> String {
    const CORE: &str = "crates/atlas-core";
    println!("cargo:rerun-if-changed={CORE}");
    fn sources(dir: &Path, into: &mut Vec<std::path::PathBuf>) {
        for entry in fs::read_dir(dir)
            .expect("the core's sources are readable")
            .flatten()
        {
            let path = entry.path();
            if path.is_dir() {
                sources(&path, into);
            } else if path.extension().is_some_and(|ext| ext == "rs") {
                into.push(path);
            }
        }
    }
    let mut files = vec![Path::new(CORE).join("Cargo.toml")];
    sources(&Path::new(CORE).join("src"), &mut files);
    files.sort();
    let mut hash = 0xcbf2_9ce4_8422_2325_u64;
    for file in files {
        let name = file.to_string_lossy().replace('\\', "/");
        let text = fs::read(&file).expect("the core's sources are readable");
        for byte in name.bytes().chain([0]).chain(text) {
            hash = (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("{hash:016x}")
}

/// The clinic whose name goes on every page: `assets/clinic.toml`, or another profile chosen at
/// build time with `ATLAS_CLINIC=assets/clinics/<name>.toml` (a path from the repository root).
fn load_clinic_profile() -> atlas_core::clinic::Clinic {
    println!("cargo:rerun-if-env-changed={CLINIC_ENV}");
    let path = std::env::var(CLINIC_ENV)
        .ok()
        .filter(|p| !p.trim().is_empty())
        .unwrap_or_else(|| DEFAULT_CLINIC.to_string());
    println!("cargo:rerun-if-changed={path}");
    let text = fs::read_to_string(&path).unwrap_or_else(|e| {
        fail(&[format!(
            "{path}: cannot read the clinic profile ({CLINIC_ENV}): {e}"
        )])
    });
    atlas_core::clinic::load_clinic(&path, &text).unwrap_or_else(|e| {
        fail(
            &e.to_string()
                .lines()
                .map(str::to_string)
                .collect::<Vec<_>>(),
        )
    })
}

/// The folder holding `content/` and `guides/`: `assets`, or another content set chosen at
/// build time with `ATLAS_CONTENT=<folder>` (a path from the repository root). CI builds and
/// tests the app once more with `tests/fixtures/second-content`, so nothing leans on the
/// sample content.
fn content_root() -> String {
    println!("cargo:rerun-if-env-changed={CONTENT_ENV}");
    std::env::var(CONTENT_ENV)
        .ok()
        .map(|p| p.trim().trim_end_matches('/').to_string())
        .filter(|p| !p.is_empty())
        .unwrap_or_else(|| "assets".to_string())
}

/// The environment variable that chooses the content set at build time.
const CONTENT_ENV: &str = "ATLAS_CONTENT";

/// The environment variable that chooses the clinic profile at build time.
const CLINIC_ENV: &str = "ATLAS_CLINIC";
/// The profile used when `ATLAS_CLINIC` is not set.
const DEFAULT_CLINIC: &str = "assets/clinic.toml";
