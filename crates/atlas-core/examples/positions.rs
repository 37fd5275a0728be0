//! Prints what each guide does to the hips and low back, phase by phase and side by side, as
//! the precautions are derived from it:
//! `cargo run -p atlas-core --features toml --example positions -- figure-4`.

// The guide folder is read by the tests' one reader, so tools and tests see the same files in
// the same order.
#[path = "../tests/common/mod.rs"]
mod common;

use atlas_core::rig::load_guides;
use atlas_core::rig::position::{guide_measures, Measure};

fn main() {
    let only: Vec<String> = std::env::args().skip(1).collect();
    let files = common::read_toml_dir("assets/guides");
    let refs = common::as_refs(&files);
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
