//! Loading guides from the clinic-editable TOML files (feature `toml`).
//!
//! File format, one guide per file: `stretch`, `view`, `kind`, `muscles`, a `[base]` table of
//! joint values, and `[[keyframes]]` with `duration`, `easing`, `cue`, `breath`, optional
//! `hold`, and a `pose` table of joint values overriding the base.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::easing::Easing;
use super::guide::{Breath, Guide, Keyframe, Kind, View};
use super::muscles::MuscleId;
use super::pose::Pose;
use super::validate::{GuideError, GuideErrors};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawGuide {
    stretch: String,
    view: View,
    kind: Kind,
    muscles: Vec<String>,
    #[serde(default)]
    base: BTreeMap<String, f64>,
    #[serde(default)]
    keyframes: Vec<RawKeyframe>,
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

fn load_one(path: &str, text: &str) -> Result<Guide, Vec<GuideError>> {
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
    let mut keyframes = Vec::new();
    for (i, k) in raw.keyframes.into_iter().enumerate() {
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
        });
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
        keyframes,
    };
    for (field, message) in guide.problems() {
        errors.push(err(path, &name, &field, &message));
    }
    if errors.is_empty() {
        Ok(guide)
    } else {
        Err(errors)
    }
}
