//! Loading guides from the clinic-editable TOML files (feature `toml`).
//!
//! File format, one guide per file: `stretch`, `view`, `kind`, `muscles`, a `[base]` table of
//! joint values, and `[[keyframes]]` with `duration`, `easing`, `cue`, `breath`, optional
//! `hold`, and a `pose` table of joint values overriding the base; optional `key`, the index of
//! the keyframe the guide's one still picture shows; optional `[modifications.<precaution>]`
//! tables of joint values over the base, the pose a modification's words are checked on.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::contact::Contact;
use super::easing::Easing;
use super::guide::{Breath, Guide, Keyframe, Motion, View};
use super::muscles::MuscleId;
use super::pose::Pose;
use super::validate::{GuideError, GuideErrors};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawGuide {
    stretch: String,
    view: View,
    kind: Motion,
    muscles: Vec<String>,
    #[serde(default)]
    base: BTreeMap<String, f64>,
    #[serde(default)]
    keyframes: Vec<RawKeyframe>,
    #[serde(default)]
    contacts: Vec<String>,
    #[serde(default)]
    key: Option<usize>,
    #[serde(default)]
    modifications: BTreeMap<String, BTreeMap<String, f64>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawKeyframe {
    #[serde(default)]
    pose: BTreeMap<String, f64>,
    duration: f64,
    #[serde(default)]
    easing: Easing,
    cue: String,
    breath: Breath,
    #[serde(default)]
    hold: bool,
    contacts: Option<Vec<String>>,
    #[serde(default)]
    moves: Vec<String>,
}

/// Parses and validates guide files given as `(path, text)`. Returns every problem found,
/// each naming the file, the guide and the field.
pub fn load_guides(files: &[(&str, &str)]) -> Result<Vec<Guide>, GuideErrors> {
    let mut guides = Vec::new();
    let mut errors = Vec::new();
    for (path, text) in files {
        match load_one(path, text) {
            Ok(g) => {
                if guides.iter().any(|o: &Guide| o.stretch == g.stretch) {
                    errors.push(err(
                        path,
                        &g.stretch,
                        "stretch",
                        "duplicate guide for this id",
                    ));
                }
                guides.push(g);
            }
            Err(mut e) => errors.append(&mut e),
        }
    }
    if errors.is_empty() {
        Ok(guides)
    } else {
        Err(GuideErrors(errors))
    }
}

fn err(file: &str, guide: &str, field: &str, message: &str) -> GuideError {
    GuideError {
        file: file.to_string(),
        guide: guide.to_string(),
        field: field.to_string(),
        message: message.to_string(),
    }
}

/// One guide as written: parsed, names resolved, but neither checked nor solved for its
/// contacts (for tools that tune guides; [`load_guides`] is what the app and tests use).
pub fn parse_guide(path: &str, text: &str) -> Result<Guide, Vec<GuideError>> {
    let raw: RawGuide = toml::from_str(text).map_err(|e| {
        // Name the guide if its id can still be read from the text.
        let guide = toml::from_str::<toml::Table>(text)
            .ok()
            .and_then(|t| t.get("stretch").and_then(|s| s.as_str()).map(String::from))
            .unwrap_or_else(|| "?".into());
        vec![err(path, &guide, "(syntax)", e.message())]
    })?;
    let name = raw.stretch.clone();
    let mut errors = Vec::new();
    let mut unknown = |field: &str, names: Vec<String>| {
        for n in names {
            errors.push(err(
                path,
                &name,
                &format!("{field}.{n}"),
                "unknown joint name",
            ));
        }
    };
    let base = Pose::from_map(&Pose::neutral(), &raw.base).unwrap_or_else(|u| {
        unknown("base", u);
        Pose::neutral()
    });
    let mut bad_contacts = Vec::new();
    let mut contacts_of = |field: String, names: &[String]| -> Vec<Contact> {
        names
            .iter()
            .filter_map(|n| {
                let c = Contact::from_name(n);
                if c.is_none() {
                    bad_contacts.push(err(path, &name, &field, &format!("unknown contact '{n}'")));
                }
                c
            })
            .collect()
    };
    let contacts = contacts_of("contacts".into(), &raw.contacts);
    let mut keyframes = Vec::new();
    for (i, k) in raw.keyframes.into_iter().enumerate() {
        let k_contacts = k
            .contacts
            .as_ref()
            .map(|c| contacts_of(format!("keyframes[{i}].contacts"), c));
        let k_moves = contacts_of(format!("keyframes[{i}].moves"), &k.moves);
        let pose = Pose::from_map(&base, &k.pose).unwrap_or_else(|u| {
            unknown(&format!("keyframes[{i}].pose"), u);
            base
        });
        keyframes.push(Keyframe {
            pose,
            duration: k.duration,
            easing: k.easing,
            cue: k.cue,
            breath: k.breath,
            hold: k.hold,
            contacts: k_contacts,
            moves: k_moves,
            via: None,
        });
    }
    let mut modifications = BTreeMap::new();
    for (precaution, values) in &raw.modifications {
        let pose = Pose::from_map(&base, values).unwrap_or_else(|u| {
            unknown(&format!("modifications.{precaution}"), u);
            base
        });
        modifications.insert(precaution.clone(), pose);
    }
    let mut muscles = Vec::new();
    for (i, m) in raw.muscles.iter().enumerate() {
        match MuscleId::from_id(m) {
            Some(id) => muscles.push(id),
            None => errors.push(err(
                path,
                &name,
                &format!("muscles[{i}]"),
                &format!("unknown muscle id '{m}'"),
            )),
        }
    }
    let guide = Guide {
        stretch: raw.stretch,
        view: raw.view,
        kind: raw.kind,
        muscles,
        base,
        contacts,
        keyframes,
        key: raw.key,
        modifications,
    };
    errors.append(&mut bad_contacts);
    if errors.is_empty() {
        Ok(guide)
    } else {
        Err(errors)
    }
}

fn load_one(path: &str, text: &str) -> Result<Guide, Vec<GuideError>> {
    let guide = parse_guide(path, text)?;
    let name = guide.stretch.clone();
    let mut errors = Vec::new();
    // The written poses' own problems first; only a sound guide is solved for its contacts
    // (the solver keeps joints inside their limits, which would hide a written violation).
    let mut problems = guide.written_problems();
    let guide = if problems.is_empty() {
        let solved = guide.grounded();
        problems = solved.problems();
        solved
    } else {
        guide
    };
    for (field, message) in problems {
        errors.push(err(path, &name, &field, &message));
    }
    if errors.is_empty() {
        Ok(guide)
    } else {
        Err(errors)
    }
}
