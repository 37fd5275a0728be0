//! The app's layers hold: app → pages → components → route/router/platform → core, with no
//! import running back up. A lower layer that imported a higher one would tie everything that
//! needs it to every page (the circle `route::switch` once made of 28 files).
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::{Path, PathBuf};

/// Each layer's files (below `src/`) and the crate modules they must not name.
const RULES: &[(&[&str], &[&str])] = &[
    (
        &["route", "router", "router.rs", "platform", "data.rs"],
        &["app", "pages", "components"],
    ),
    (&["components"], &["app", "pages"]),
    (&["pages"], &["app"]),
];

/// Every `.rs` file at `path` (a file, or a folder searched all the way down).
fn rust_files(path: &Path) -> Vec<PathBuf> {
    if path.is_file() {
        return vec![path.to_path_buf()];
    }
    let mut files = Vec::new();
    for entry in fs::read_dir(path).unwrap_or_else(|e| panic!("{}: {e}", path.display())) {
        let path = entry.expect("a folder entry").path();
        if path.is_dir() {
            files.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
    files
}

/// The lines of `source` that name `crate::<module>` in code (comments may mention it).
fn lines_naming(source: &str, module: &str) -> Vec<String> {
    let direct = format!("crate::{module}");
    source
        .lines()
        .filter(|line| !line.trim_start().starts_with("//"))
        .filter(|line| {
            let named_directly = line.match_indices(&direct).any(|(at, _)| {
                !line[at + direct.len()..].starts_with(|c: char| c.is_alphanumeric() || c == '_')
            });
            // `use crate::{pages::x, ...}` on one line.
            let named_in_group = line.split("crate::{").skip(1).any(|group| {
                group
                    .split(|c: char| !(c.is_alphanumeric() || c == '_'))
                    .any(|word| word == module)
            });
            named_directly || named_in_group
        })
        .map(|line| line.trim().to_string())
        .collect()
}

#[test]
fn no_layer_imports_a_layer_above_it() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut wrong = Vec::new();
    let mut files_read = 0;
    for (places, above) in RULES {
        for place in *places {
            for file in rust_files(&src.join(place)) {
                files_read += 1;
                let source = fs::read_to_string(&file).expect("a source file");
                for module in *above {
                    for line in lines_naming(&source, module) {
                        wrong.push(format!(
                            "{} names crate::{module}, a layer above it: {line}",
                            file.strip_prefix(&src).unwrap_or(&file).display()
                        ));
                    }
                }
            }
        }
    }
    // The folders exist and were read (a renamed folder must not make this pass unread).
    assert!(files_read > 40, "read only {files_read} files");
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn the_check_sees_an_import_written_either_way() {
    assert_eq!(lines_naming("use crate::pages::home;", "pages").len(), 1);
    assert_eq!(
        lines_naming("use crate::{data::kb, pages::home};", "pages").len(),
        1
    );
    assert_eq!(
        lines_naming("    html! { <crate::app::Frame /> }", "app").len(),
        1
    );
    // Not a comment, and not a longer name that starts the same.
    assert!(lines_naming("/// see `crate::app::switch`", "app").is_empty());
    assert!(lines_naming("use crate::application::x;", "app").is_empty());
}
