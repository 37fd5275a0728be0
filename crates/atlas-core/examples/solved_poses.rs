//! Prints each guide's written and solved poses, joint by joint, for a human tuning guides:
//! `cargo run -p atlas-core --features toml --example solved_poses -- childs-pose`.

use atlas_core::rig::{load_guides, Joint};

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
