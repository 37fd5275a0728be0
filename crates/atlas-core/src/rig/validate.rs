//! Validation of guides, with errors that name the file, the guide and the field.

use std::fmt;

use super::guide::{Guide, Motion};
use super::joints::Joint;
use super::pose::Pose;

/// One problem in the guide data.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GuideError {
    /// Source file path (as handed to the loader; empty when validating a guide directly).
    pub file: String,
    /// The guide's stretch id (or `?` when it could not be read).
    pub guide: String,
    /// The field, e.g. `keyframes[2].pose.hip_flex_left`.
    pub field: String,
    /// What is wrong, in plain words.
    pub message: String,
}

impl fmt::Display for GuideError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: guide '{}': {}: {}",
            self.file, self.guide, self.field, self.message
        )
    }
}

/// Every problem found while loading guides.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct GuideErrors(pub Vec<GuideError>);

impl fmt::Display for GuideErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, e) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{e}")?;
        }
        Ok(())
    }
}

impl std::error::Error for GuideErrors {}

/// Checks a pose's limits; reports each violation under `field.<joint>`.
pub(crate) fn check_pose(pose: &Pose, field: &str, out: &mut Vec<(String, String)>) {
    for v in pose.violations() {
        let name = if Joint::from_name(&v.joint).is_some() {
            format!("{field}.{}", v.joint)
        } else {
            field.to_string()
        };
        out.push((
            name,
            format!(
                "{} = {} is outside its limit {}..{}",
                v.joint, v.value, v.min, v.max
            ),
        ));
    }
}

impl Guide {
    /// Every problem with this guide as `(field, message)`; empty means valid.
    pub fn problems(&self) -> Vec<(String, String)> {
        let mut out = self.written_problems();
        if out.is_empty() {
            out.extend(self.contact_problems());
        }
        out
    }

    /// Problems of the guide as written, before its contacts are solved: names, durations,
    /// cues, joint limits, the loop or the hold.
    pub fn written_problems(&self) -> Vec<(String, String)> {
        let mut out = Vec::new();
        // Whether the stretch exists is a question for the content: `bundle::cross_check`.
        if self.stretch.trim().is_empty() {
            out.push((
                "stretch".into(),
                "name the stretch this guide animates".into(),
            ));
        }
        if self.muscles.is_empty() {
            out.push((
                "muscles".into(),
                "list at least one lengthened muscle".into(),
            ));
        }
        check_pose(&self.base, "base", &mut out);
        for (precaution, pose) in &self.modifications {
            check_pose(pose, &format!("modifications.{precaution}"), &mut out);
        }
        if self.keyframes.is_empty() {
            out.push((
                "keyframes".into(),
                "a guide needs at least one keyframe".into(),
            ));
            return out;
        }
        for (i, k) in self.keyframes.iter().enumerate() {
            let field = format!("keyframes[{i}]");
            if !(k.duration.is_finite() && k.duration > 0.0) {
                out.push((
                    format!("{field}.duration"),
                    format!(
                        "duration must be a positive number of seconds, got {}",
                        k.duration
                    ),
                ));
            }
            if k.cue.trim().is_empty() {
                out.push((format!("{field}.cue"), "cue text is empty".into()));
            }
            check_pose(&k.pose, &format!("{field}.pose"), &mut out);
        }
        if let Some(key) = self.key.filter(|k| *k >= self.keyframes.len()) {
            out.push((
                "key".into(),
                format!(
                    "key = {key} names no keyframe (there are {})",
                    self.keyframes.len()
                ),
            ));
        }
        match self.kind {
            Motion::Dynamic => self.check_loop(&mut out),
            Motion::Static => self.check_hold(&mut out),
        }
        out
    }

    fn check_loop(&self, out: &mut Vec<(String, String)>) {
        let last = self.keyframes.len() - 1;
        if let Some(k) = self.keyframes.last() {
            let diff: Vec<String> = Joint::all()
                .filter(|j| (k.pose.get(*j) - self.base.get(*j)).abs() > 1e-9)
                .map(Joint::name)
                .collect();
            if !diff.is_empty() {
                out.push((
                    format!("keyframes[{last}].pose"),
                    format!(
                        "a dynamic guide's last pose must return to the first (the base) so it \
                         loops seamlessly; differs in {}",
                        diff.join(", ")
                    ),
                ));
            }
        }
        if self.keyframes.iter().any(|k| k.hold) {
            out.push((
                "keyframes".into(),
                "a dynamic guide has no hold step; remove `hold = true`".into(),
            ));
        }
    }

    fn check_hold(&self, out: &mut Vec<(String, String)>) {
        let holds: Vec<usize> = (0..self.keyframes.len())
            .filter(|i| self.keyframes.get(*i).is_some_and(|k| k.hold))
            .collect();
        match holds.as_slice() {
            [h] if *h > 0 && *h + 1 < self.keyframes.len() => {}
            [h] => out.push((
                format!("keyframes[{h}].hold"),
                "the hold needs at least one easing-in step before it and one easing-out \
                 step after it"
                    .into(),
            )),
            _ => out.push((
                "keyframes".into(),
                format!(
                    "a static guide needs exactly one keyframe with `hold = true`, found {}",
                    holds.len()
                ),
            )),
        }
    }
}
