//! Validates the clinic-editable content in `assets/` and embeds it in the app.
//!
//! The knowledge base (`assets/content/*.toml`) and the stretch guides (`assets/guides/*.toml`) are
//! loaded with the same core functions the tests use. Any error fails the build with a message
//! naming the file, the entry and the field; otherwise both are written to `OUT_DIR` as compact binary bundles, which
//! `src/data.rs` embeds. The TOML parser therefore never ships to the browser.

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
    eprintln!(
        "\nThe content in assets/ has {} problem(s):",
        messages.len()
    );
    for message in messages {
        eprintln!("  {message}");
    }
    eprintln!();
    std::process::exit(1);
}

fn main() {
    let content_files = read_toml_dir("assets/content");
    let guide_files = read_toml_dir("assets/guides");
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

    // Where an entry came from matters for error messages, not to the browser.
    macro_rules! forget_files {
        ($($list:ident),*) => { $(for entry in &mut kb.$list { entry.file.clear(); })* };
    }
    forget_files!(sources, muscles, conditions, techniques, stretches, notes, articles);

    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let write = |name: &str, bytes: Vec<u8>| {
        fs::write(Path::new(&out).join(name), bytes).expect("OUT_DIR is writable");
    };
    write("content.bin", atlas_core::bundle::encode_kb(&kb));
    write("guides.bin", atlas_core::bundle::encode_guides(&guides));
}
