//! Prints each guide's written and solved poses, joint by joint, for a human tuning guides:
//! `cargo run -p atlas-core --features toml --example solved_poses -- childs-pose`.

// The guide folder is read by the tests' one reader, so tools and tests see the same files in
// the same order.
#[path = "../tests/common/mod.rs"]
mod common;

use atlas_core::rig::{load_guides, Joint};

fn main() {
    let only: Vec<String> = std::env::args().skip(1).collect();
    let files = common::read_toml_dir("assets/guides");
    for (path, text) in &files {
        let mut raw = match load_guides(&[(path.as_str(), text.as_str())]) {
            Ok(g) => g.into_iter().next().expect("one guide"),
            Err(e) => {
                println!("{e}");
                continue;
            }
        };
        if !only.is_empty() && !only.contains(&raw.stretch) {
            continue;
        }
        println!("== {}", raw.stretch);
        if let Ok(written) = atlas_core::rig::load::parse_guide(path, text) {
            for (f, m) in written.contact_problems() {
                println!("  written: {f}: {m}");
            }
        }
        let phases = raw.keyframes.len() + 1;
        raw.stretch.clear();
        for phase in 0..phases {
            let p = raw.pose_at(phase);
            let line: Vec<String> = Joint::all()
                .filter(|j| p.get(*j) != 0.0)
                .map(|j| format!("{}={:.0}", j.name(), p.get(j)))
                .collect();
            println!("phase {phase}: {}", line.join(" "));
        }
    }
}
