//! Prints, for each guide (or those named), every checkable phrase's measure at each phase,
//! for a human tuning a guide against its steps' words:
//! `cargo run -p atlas-core --features toml --example step_words -- childs-pose`.

// The guide folder is read by the tests' one reader, so tools and tests see the same files in
// the same order.
#[path = "../tests/common/mod.rs"]
mod common;

use atlas_core::rig::load_guides;
use atlas_core::rig::words::RULES;

fn main() {
    let only: Vec<String> = std::env::args().skip(1).collect();
    let files = common::read_toml_dir("assets/guides");
    for (name, text) in &files {
        // Named by file: `childs-pose` is assets/guides/childs-pose.toml.
        let stem = name
            .rsplit('/')
            .next()
            .unwrap_or_default()
            .trim_end_matches(".toml");
        if !(only.is_empty() || only.iter().any(|o| o == stem)) {
            continue;
        }
        let guide = match load_guides(&[(name.as_str(), text.as_str())]) {
            Ok(g) => g.into_iter().next().expect("one guide"),
            Err(e) => {
                println!("{e}");
                continue;
            }
        };
        println!("== {}", guide.stretch);
        for rule in RULES {
            let values: Vec<String> = (0..=guide.keyframes.len())
                .map(|phase| format!("{:.0}", rule.measure.of(&guide.pose_at(phase)).0))
                .collect();
            println!("  {:45} {}", rule.words, values.join(" "));
        }
    }
}
