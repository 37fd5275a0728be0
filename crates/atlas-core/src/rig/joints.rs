//! The rig's degrees of freedom: names, sides and joint limits.
//!
//! Limits follow clinical-reference.md (Magee; Merck; Physiopedia). The lumbar spine is split
//! into three segments, so each segment gets a share of the whole-spine range and the totals
//! are checked separately in [`crate::rig::Pose::violations`].

use serde::{Deserialize, Serialize};

/// Left or right side of the body.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Side {
    /// The subject's left.
    Left,
    /// The subject's right.
    Right,
}

impl Side {
    /// The other side.
    pub fn other(self) -> Side {
        match self {
            Side::Left => Side::Right,
            Side::Right => Side::Left,
        }
    }

    /// +1 for left, -1 for right: the sign of the side's lateral (Z) direction.
    pub fn sign(self) -> f64 {
        match self {
            Side::Left => 1.0,
            Side::Right => -1.0,
        }
    }

    /// Lower-case name, as used in joint names ("left", "right").
    pub fn name(self) -> &'static str {
        match self {
            Side::Left => "left",
            Side::Right => "right",
        }
    }
}

/// One degree of freedom of the rig. Angles are degrees; `RootX` is centimetres.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Joint {
    /// Horizontal position of the hip centre along the body's facing direction (cm).
    RootX,
    /// Whole-body pitch: 0 standing, +90 face down (hands and knees), -90 lying on the back.
    RootPitch,
    /// Whole-body lean toward the subject's left (+) about the anterior axis.
    RootRoll,
    /// Whole-body turn toward the subject's left (+) about the long axis.
    RootTwist,
    /// Pelvic tilt relative to the root: anterior tilt positive, posterior (tuck) negative.
    PelvisTilt,
    /// L5-S1 flexion (+) / extension (-).
    L5Flex,
    /// L3-L4 flexion (+) / extension (-).
    L34Flex,
    /// L1-L2 flexion (+) / extension (-).
    L12Flex,
    /// L5-S1 side bend, toward the left positive.
    L5Side,
    /// L3-L4 side bend, toward the left positive.
    L34Side,
    /// L1-L2 side bend, toward the left positive.
    L12Side,
    /// L5-S1 rotation, turning the upper body to the left positive.
    L5Rot,
    /// L3-L4 rotation, turning the upper body to the left positive.
    L34Rot,
    /// L1-L2 rotation, turning the upper body to the left positive.
    L12Rot,
    /// Neck flexion (chin to chest) positive, extension (gaze up) negative.
    NeckFlex,
    /// Lower thoracic (T12-T7) flexion (+, rounding) / extension (-).
    ThoracicLowerFlex,
    /// Upper thoracic (T6-C7) flexion (+, rounding) / extension (-).
    ThoracicUpperFlex,
    /// Hip flexion (+) / extension (-).
    HipFlex(Side),
    /// Hip abduction (+) / adduction (-).
    HipAbd(Side),
    /// Hip external rotation (+) / internal rotation (-).
    HipRot(Side),
    /// Knee flexion.
    KneeFlex(Side),
    /// Ankle plantarflexion (+, toes pointed) / dorsiflexion (-).
    Ankle(Side),
    /// Shoulder flexion (+, arm forward and up) / extension (-).
    ShoulderFlex(Side),
    /// Shoulder abduction (arm out to the side and up); negative brings a raised arm across
    /// the body (horizontal adduction).
    ShoulderAbd(Side),
    /// Elbow flexion.
    ElbowFlex(Side),
    /// Wrist: + tips the hand toward the palm side (a palm laid flat on the floor in front).
    Wrist(Side),
}

/// A sided joint kind: constructor, name stem, minimum, maximum.
type SidedRow = (fn(Side) -> Joint, &'static str, f64, f64);

/// Kinds of sided joints, in table order, with their name stem and limits. The knee's 150 is
/// passive flexion (kneeling back toward the heels, or a hand drawing the ankle in), past
/// Merck's active 130 in clinical-reference.md: Magee gives passive knee flexion of about
/// 150-160 degrees, a modelling choice to be checked against the reference like the thoracic
/// limits below.
const SIDED: [SidedRow; 9] = [
    (Joint::HipFlex, "hip_flex", -15.0, 125.0),
    (Joint::HipAbd, "hip_abd", -30.0, 45.0),
    (Joint::HipRot, "hip_rot", -45.0, 60.0),
    (Joint::KneeFlex, "knee_flex", 0.0, 150.0),
    (Joint::Ankle, "ankle", -20.0, 50.0),
    (Joint::ShoulderFlex, "shoulder_flex", -60.0, 180.0),
    (Joint::ShoulderAbd, "shoulder_abd", -45.0, 180.0),
    (Joint::ElbowFlex, "elbow_flex", 0.0, 150.0),
    (Joint::Wrist, "wrist", -90.0, 90.0),
];

/// Unsided joints with their names and limits.
const UNSIDED: [(Joint, &str, f64, f64); 17] = [
    (Joint::RootX, "root_x", -120.0, 120.0),
    (Joint::RootPitch, "root_pitch", -180.0, 180.0),
    (Joint::RootRoll, "root_roll", -90.0, 90.0),
    (Joint::RootTwist, "root_twist", -90.0, 90.0),
    (Joint::PelvisTilt, "pelvis_tilt", -25.0, 25.0),
    // Per-segment shares of lumbar flexion 40-60 and extension 20-35 (three segments).
    (Joint::L5Flex, "lumbar_l5_flex", -12.0, 20.0),
    (Joint::L34Flex, "lumbar_l34_flex", -12.0, 20.0),
    (Joint::L12Flex, "lumbar_l12_flex", -12.0, 20.0),
    // Lateral flexion 15-30 per side in total.
    (Joint::L5Side, "lumbar_l5_side", -10.0, 10.0),
    (Joint::L34Side, "lumbar_l34_side", -10.0, 10.0),
    (Joint::L12Side, "lumbar_l12_side", -10.0, 10.0),
    // Rotation 5-35 per side in total (sources disagree widely).
    (Joint::L5Rot, "lumbar_l5_rot", -12.0, 12.0),
    (Joint::L34Rot, "lumbar_l34_rot", -12.0, 12.0),
    (Joint::L12Rot, "lumbar_l12_rot", -12.0, 12.0),
    (Joint::NeckFlex, "neck_flex", -60.0, 70.0),
    // Per-segment shares of thoracic flexion 20-45 and extension 25-45 (two segments);
    // see THORACIC_TOTAL_LIMITS.
    (Joint::ThoracicLowerFlex, "thoracic_lower_flex", -15.0, 22.0),
    (Joint::ThoracicUpperFlex, "thoracic_upper_flex", -15.0, 22.0),
];

/// Whole-thoracic flexion/extension limits (sum of the two thoracic segments). Not in
/// clinical-reference.md, which lists the lumbar spine only: Magee (Orthopedic Physical
/// Assessment) gives thoracic flexion 20-45 and extension 25-45 degrees; we use the lower
/// ends, 40 and -25, as a modelling choice to be checked against the reference.
pub const THORACIC_TOTAL_LIMITS: (&str, f64, f64) = ("thoracic flexion/extension", -25.0, 40.0);

/// Number of degrees of freedom in a [`crate::rig::Pose`].
pub const JOINT_COUNT: usize = UNSIDED.len() + 2 * SIDED.len();

/// Whole-lumbar limits (sum of the three segments): flexion/extension, side bend, rotation.
pub const LUMBAR_TOTAL_LIMITS: [(&str, f64, f64); 3] = [
    ("lumbar flexion/extension", -35.0, 60.0),
    ("lumbar side bend", -30.0, 30.0),
    ("lumbar rotation", -35.0, 35.0),
];

impl Joint {
    /// Every joint, in storage order.
    pub fn all() -> impl Iterator<Item = Joint> {
        (0..JOINT_COUNT).filter_map(Joint::from_index)
    }

    /// Storage index of this joint inside a pose.
    pub fn index(self) -> usize {
        if let Some(i) = UNSIDED.iter().position(|(j, ..)| *j == self) {
            return i;
        }
        let n = UNSIDED.len();
        for (k, (make, ..)) in SIDED.iter().enumerate() {
            if make(Side::Left) == self {
                return n + 2 * k;
            }
            if make(Side::Right) == self {
                return n + 2 * k + 1;
            }
        }
        0
    }

    /// The joint stored at `index`, if any.
    pub fn from_index(index: usize) -> Option<Joint> {
        if let Some((j, ..)) = UNSIDED.get(index) {
            return Some(*j);
        }
        let k = index.checked_sub(UNSIDED.len())?;
        let (make, ..) = SIDED.get(k / 2)?;
        Some(make(if k.is_multiple_of(2) {
            Side::Left
        } else {
            Side::Right
        }))
    }

    /// The joint's data name, e.g. `hip_flex_left` or `lumbar_l34_flex`.
    pub fn name(self) -> String {
        let i = self.index();
        if let Some((_, n, ..)) = UNSIDED.get(i) {
            return (*n).to_string();
        }
        let k = i - UNSIDED.len();
        let side = if k.is_multiple_of(2) {
            Side::Left
        } else {
            Side::Right
        };
        SIDED
            .get(k / 2)
            .map(|(_, n, ..)| format!("{n}_{}", side.name()))
            .unwrap_or_default()
    }

    /// Looks a joint up by its data name.
    pub fn from_name(name: &str) -> Option<Joint> {
        Joint::all().find(|j| j.name() == name)
    }

    /// Allowed range `(min, max)`.
    pub fn limits(self) -> (f64, f64) {
        let i = self.index();
        if let Some((_, _, lo, hi)) = UNSIDED.get(i) {
            return (*lo, *hi);
        }
        SIDED
            .get((i - UNSIDED.len()) / 2)
            .map(|(_, _, lo, hi)| (*lo, *hi))
            .unwrap_or((0.0, 0.0))
    }

    /// The side this joint belongs to, if it is sided.
    pub fn side(self) -> Option<Side> {
        let i = self.index();
        (i >= UNSIDED.len()).then(|| {
            if (i - UNSIDED.len()).is_multiple_of(2) {
                Side::Left
            } else {
                Side::Right
            }
        })
    }

    /// The joint that takes this joint's value in the mirror-image pose, and the sign to apply.
    ///
    /// Left and right limbs swap; side bends, rotations and whole-body roll/twist change sign.
    pub fn mirror(self) -> (Joint, f64) {
        use Joint::*;
        match self {
            RootRoll | RootTwist | L5Side | L34Side | L12Side | L5Rot | L34Rot | L12Rot => {
                (self, -1.0)
            }
            HipFlex(s) => (HipFlex(s.other()), 1.0),
            HipAbd(s) => (HipAbd(s.other()), 1.0),
            HipRot(s) => (HipRot(s.other()), 1.0),
            KneeFlex(s) => (KneeFlex(s.other()), 1.0),
            Ankle(s) => (Ankle(s.other()), 1.0),
            ShoulderFlex(s) => (ShoulderFlex(s.other()), 1.0),
            ShoulderAbd(s) => (ShoulderAbd(s.other()), 1.0),
            ElbowFlex(s) => (ElbowFlex(s.other()), 1.0),
            Wrist(s) => (Wrist(s.other()), 1.0),
            _ => (self, 1.0),
        }
    }
}
