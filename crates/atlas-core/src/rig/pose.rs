//! A pose: one value per degree of freedom, with limits, mirroring and interpolation.

use std::collections::BTreeMap;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::joints::{Joint, JOINT_COUNT, LUMBAR_TOTAL_LIMITS, THORACIC_TOTAL_LIMITS};

/// A set of joint angles (degrees) plus the root position (cm). All zero is standing upright.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Pose {
    values: [f64; JOINT_COUNT],
}

impl Default for Pose {
    fn default() -> Self {
        Self::neutral()
    }
}

/// A joint value outside its allowed range.
#[derive(Clone, Debug, PartialEq)]
pub struct LimitViolation {
    /// The joint's data name, or a lumbar total such as "lumbar side bend".
    pub joint: String,
    /// The offending value.
    pub value: f64,
    /// Allowed minimum.
    pub min: f64,
    /// Allowed maximum.
    pub max: f64,
}

impl Pose {
    /// Standing upright, arms by the sides: every value zero.
    pub fn neutral() -> Pose {
        Pose {
            values: [0.0; JOINT_COUNT],
        }
    }

    /// The value of one joint.
    pub fn get(&self, j: Joint) -> f64 {
        self.values.get(j.index()).copied().unwrap_or(0.0)
    }

    /// Sets one joint (unclamped; see [`Pose::clamped`] and [`Pose::violations`]).
    pub fn set(&mut self, j: Joint, value: f64) {
        if let Some(v) = self.values.get_mut(j.index()) {
            *v = value;
        }
    }

    /// Builder form of [`Pose::set`].
    pub fn with(mut self, j: Joint, value: f64) -> Pose {
        self.set(j, value);
        self
    }

    /// Sum of the three lumbar segments' flexion (+) / extension (-).
    pub fn lumbar_flexion(&self) -> f64 {
        self.get(Joint::L5Flex) + self.get(Joint::L34Flex) + self.get(Joint::L12Flex)
    }

    /// Sum of the three lumbar segments' side bend (toward the left positive).
    pub fn lumbar_side_bend(&self) -> f64 {
        self.get(Joint::L5Side) + self.get(Joint::L34Side) + self.get(Joint::L12Side)
    }

    /// Sum of the three lumbar segments' rotation (toward the left positive).
    pub fn lumbar_rotation(&self) -> f64 {
        self.get(Joint::L5Rot) + self.get(Joint::L34Rot) + self.get(Joint::L12Rot)
    }

    /// Sum of the two thoracic segments' flexion (+) / extension (-).
    pub fn thoracic_flexion(&self) -> f64 {
        self.get(Joint::ThoracicLowerFlex) + self.get(Joint::ThoracicUpperFlex)
    }

    /// Every joint (and lumbar or thoracic total) outside its limit. Empty means the pose is valid.
    pub fn violations(&self) -> Vec<LimitViolation> {
        let mut out: Vec<LimitViolation> = Joint::all()
            .filter_map(|j| {
                let (min, max) = j.limits();
                let value = self.get(j);
                outside(value, min, max).then(|| LimitViolation {
                    joint: j.name(),
                    value,
                    min,
                    max,
                })
            })
            .collect();
        let totals = [
            self.lumbar_flexion(),
            self.lumbar_side_bend(),
            self.lumbar_rotation(),
        ];
        let thoracic = (THORACIC_TOTAL_LIMITS, self.thoracic_flexion());
        for ((name, min, max), value) in LUMBAR_TOTAL_LIMITS
            .iter()
            .copied()
            .zip(totals)
            .chain([thoracic])
        {
            if outside(value, min, max) {
                out.push(LimitViolation {
                    joint: name.to_string(),
                    value,
                    min,
                    max,
                });
            }
        }
        out
    }

    /// The pose with every joint clamped into its own limit.
    pub fn clamped(&self) -> Pose {
        let mut p = *self;
        for j in Joint::all() {
            let (lo, hi) = j.limits();
            p.set(j, crate::bounds::within(self.get(j), lo, hi));
        }
        p
    }

    /// The mirror image: left and right limbs swap, side bends and rotations change sign.
    pub fn mirrored(&self) -> Pose {
        let mut p = Pose::neutral();
        for j in Joint::all() {
            let (target, sign) = j.mirror();
            p.set(target, self.get(j) * sign);
        }
        p
    }

    /// Blend toward `other`: `s = 0` returns `self` exactly and `s = 1` returns `other` exactly.
    pub fn lerp(&self, other: &Pose, s: f64) -> Pose {
        let mut p = *self;
        for (v, o) in p.values.iter_mut().zip(other.values.iter()) {
            // `a*(1-s) + b*s` (not `a + (b-a)*s`) so both ends are exact in floating point.
            *v = *v * (1.0 - s) + o * s;
        }
        p
    }

    /// Largest absolute difference over all joints.
    pub fn max_difference(&self, other: &Pose) -> f64 {
        self.values
            .iter()
            .zip(other.values.iter())
            .map(|(a, b)| (a - b).abs())
            .fold(0.0, f64::max)
    }

    /// The non-zero values by data name (the serialised form).
    pub fn to_map(&self) -> BTreeMap<String, f64> {
        Joint::all()
            .filter(|j| self.get(*j) != 0.0)
            .map(|j| (j.name(), self.get(j)))
            .collect()
    }

    /// Builds a pose from named values on top of `base`; unknown names are returned as errors.
    pub fn from_map(base: &Pose, map: &BTreeMap<String, f64>) -> Result<Pose, Vec<String>> {
        let mut p = *base;
        let mut unknown = Vec::new();
        for (name, value) in map {
            match Joint::from_name(name) {
                Some(j) => p.set(j, *value),
                None => unknown.push(name.clone()),
            }
        }
        if unknown.is_empty() {
            Ok(p)
        } else {
            Err(unknown)
        }
    }
}

fn outside(value: f64, min: f64, max: f64) -> bool {
    // A hair of tolerance so values produced by interpolation of valid poses stay valid.
    !value.is_finite() || value < min - 1e-9 || value > max + 1e-9
}

// A pose travels as a map of joint name to value in readable formats (the JSON bundle, the
// tests), and as (joint index, value) pairs in the binary bundle the app embeds, where the
// names would cost most of the bytes (solved guides carry two poses a step). Neutral joints
// are left out of both.
impl Serialize for Pose {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if s.is_human_readable() {
            return self.to_map().serialize(s);
        }
        let pairs: Vec<(u8, f64)> = Joint::all()
            .filter(|j| self.get(*j) != 0.0)
            .filter_map(|j| Some((u8::try_from(j.index()).ok()?, self.get(j))))
            .collect();
        pairs.serialize(s)
    }
}

impl<'de> Deserialize<'de> for Pose {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Pose, D::Error> {
        if !d.is_human_readable() {
            let pairs = Vec::<(u8, f64)>::deserialize(d)?;
            let mut p = Pose::neutral();
            for (index, value) in pairs {
                let j = Joint::from_index(usize::from(index))
                    .ok_or_else(|| serde::de::Error::custom(format!("no joint {index}")))?;
                p.set(j, value);
            }
            return Ok(p);
        }
        let map = BTreeMap::<String, f64>::deserialize(d)?;
        Pose::from_map(&Pose::neutral(), &map).map_err(|unknown| {
            serde::de::Error::custom(format!("unknown joint name(s): {}", unknown.join(", ")))
        })
    }
}
