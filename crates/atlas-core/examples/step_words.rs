//! Prints, for each guide (or those named), every checkable phrase's measure at each phase,
//! for a human tuning a guide against its steps' words:
//! `cargo run -p atlas-core --features toml --example step_words -- childs-pose`.

use atlas_core::rig::load_guides;
use atlas_core::rig::words::RULES;

fn main() {
    let only: Vec<String> = std::env::args().skip(1).collect();
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../assets/guides");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .filter(|p| {
            let stem = p.file_stem().and_then(|s| s.to_str()).unwrap_or_default();
            only.is_empty() || only.iter().any(|o| o == stem)
        })
        .collect();
    paths.sort();
    for path in paths {
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        let name = path.display().to_string();
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
