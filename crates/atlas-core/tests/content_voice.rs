//! One clinic's voice: the shared content is neutral or names its source, so no sentence from
//! one clinic's documents ("we recommend 4 to 6 treatments", "in our experience") is spoken
//! as "our" under another clinic's profile. The active clinic's own words come from its
//! profile (`assets/clinic.toml`).
#![cfg(feature = "toml")]

mod common;

/// Phrases that speak one clinic's practice in the first person.
const ONE_CLINICS_VOICE: [&str; 9] = [
    "our clinic",
    "our experience",
    "we recommend",
    "our recommendation",
    "our plan",
    "our session plan",
    "our hip guide",
    "our low back article",
    "our therapist",
];

#[test]
fn shared_content_never_speaks_one_clinics_practice_as_ours() {
    let mut found = Vec::new();
    for (file, text) in common::read_toml_dir("assets/content") {
        for (n, line) in text.lines().enumerate() {
            if line.trim_start().starts_with('#') {
                continue; // Comments are for the clinic editing the file.
            }
            // Whole words only ("your therapist" is not "our therapist").
            let words: String = line
                .to_lowercase()
                .chars()
                .map(|c| if c.is_alphanumeric() { c } else { ' ' })
                .collect();
            let words = format!(
                " {} ",
                words.split_whitespace().collect::<Vec<_>>().join(" ")
            );
            for phrase in ONE_CLINICS_VOICE {
                if words.contains(&format!(" {phrase} ")) {
                    found.push(format!("{file}:{}: \"{phrase}\"", n + 1));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "one clinic's voice in shared content:\n{}",
        found.join("\n")
    );
}
