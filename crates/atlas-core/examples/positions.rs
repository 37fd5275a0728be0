//! Prints what each guide does to the hips and low back, phase by phase and side by side, as
//! the precautions are derived from it:
//! `cargo run -p atlas-core --features toml --example positions -- figure-4`.

use atlas_core::rig::load_guides;
use atlas_core::rig::position::{guide_measures, Measure};

fn main() {
    let only: Vec<String> = std::env::args().skip(1).collect();
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../assets/guides");
    let mut files: Vec<(String, String)> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .filter_map(|p| Some((p.display().to_string(), std::fs::read_to_string(&p).ok()?)))
        .collect();
    files.sort();
    let refs: Vec<(&str, &str)> = files
        .iter()
        .map(|(p, t)| (p.as_str(), t.as_str()))
        .collect();
    let guides = match load_guides(&refs) {
        Ok(g) => g,
        Err(e) => {
            println!("{e}");
            return;
        }
    };
    for guide in guides
        .iter()
        .filter(|g| only.is_empty() || only.contains(&g.stretch))
    {
        println!("== {}", guide.stretch);
        for m in guide_measures(guide) {
            let values: Vec<String> = Measure::ALL
                .iter()
                .filter(|x| m.get(**x) >= 0.5)
                .map(|x| format!("{}={:.0}", x.id(), m.get(*x)))
                .collect();
            println!(
                "  phase {} {:?} {}: {}",
                m.phase,
                m.side,
                m.position.id(),
                values.join(" ")
            );
        }
    }
}
