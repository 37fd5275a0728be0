//! Body segments and their dimensions (an adult of about 175 cm).
//!
//! Every segment has a frame whose origin is its proximal joint; in standing every frame is
//! aligned with the body (X anterior, Y up, Z left). Lengths follow common anthropometric
//! proportions (hip centre at ~0.51 of height, shoulder at ~0.82, fingertip at ~0.38).

use super::joints::Side;
use super::math::Vec3;

/// One rigid body segment.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Segment {
    /// Pelvis; its origin is the midpoint between the hip joints (the rig's root).
    Pelvis,
    /// L5 vertebra, from the lumbosacral joint.
    L5,
    /// L3-L4 vertebrae.
    L34,
    /// L1-L2 vertebrae.
    L12,
    /// Lower thoracic spine and ribs (T12-T7), from the thoracolumbar junction.
    Thorax,
    /// Upper thoracic spine and ribs (T6-T1) up to C7; carries the shoulders.
    UpperThorax,
    /// Neck (the cervical spine), from C7 to the base of the skull.
    Neck,
    /// Head, from the base of the skull.
    Head,
    /// Thigh, from the hip joint.
    Thigh(Side),
    /// Shank, from the knee.
    Shank(Side),
    /// Foot, from the ankle.
    Foot(Side),
    /// Upper arm, from the shoulder.
    UpperArm(Side),
    /// Forearm, from the elbow.
    Forearm(Side),
    /// Hand, from the wrist.
    Hand(Side),
}

/// Number of segments.
pub const SEGMENT_COUNT: usize = 20;

impl Segment {
    /// Every segment, parents before children.
    pub const ALL: [Segment; SEGMENT_COUNT] = [
        Segment::Pelvis,
        Segment::L5,
        Segment::L34,
        Segment::L12,
        Segment::Thorax,
        Segment::UpperThorax,
        Segment::Neck,
        Segment::Head,
        Segment::Thigh(Side::Left),
        Segment::Thigh(Side::Right),
        Segment::Shank(Side::Left),
        Segment::Shank(Side::Right),
        Segment::Foot(Side::Left),
        Segment::Foot(Side::Right),
        Segment::UpperArm(Side::Left),
        Segment::UpperArm(Side::Right),
        Segment::Forearm(Side::Left),
        Segment::Forearm(Side::Right),
        Segment::Hand(Side::Left),
        Segment::Hand(Side::Right),
    ];

    /// Position in [`Segment::ALL`].
    pub fn index(self) -> usize {
        Segment::ALL.iter().position(|s| *s == self).unwrap_or(0)
    }

    /// The side of a limb segment.
    pub fn side(self) -> Option<Side> {
        match self {
            Segment::Thigh(s)
            | Segment::Shank(s)
            | Segment::Foot(s)
            | Segment::UpperArm(s)
            | Segment::Forearm(s)
            | Segment::Hand(s) => Some(s),
            _ => None,
        }
    }
}

/// Dimensions in centimetres.
pub mod dims {
    use super::Vec3;

    /// Hip joint centre from the pelvis origin (left side; mirror Z for right).
    pub const HIP: Vec3 = Vec3::new(0.0, 0.0, 9.0);
    /// Lumbosacral joint from the pelvis origin: behind and above the hips.
    pub const LUMBOSACRAL: Vec3 = Vec3::new(-5.0, 10.0, 0.0);
    /// Height of each lumbar segment: L5, L3-4, L1-2.
    pub const LUMBAR: [f64; 3] = [5.0, 6.0, 6.0];
    /// The mid-thoracic joint (T7-T6) from the thoracolumbar junction.
    pub const T7: Vec3 = Vec3::new(0.0, 13.0, 0.0);
    /// C7 from the mid-thoracic joint (C7 is 28 cm above the thoracolumbar junction).
    pub const C7: Vec3 = Vec3::new(1.0, 15.0, 0.0);
    /// Shoulder joint from the mid-thoracic joint (left side).
    pub const SHOULDER: Vec3 = Vec3::new(1.0, 12.0, 18.0);
    /// The base of the skull from C7.
    pub const SKULL_BASE: Vec3 = Vec3::new(1.0, 8.0, 0.0);
    /// Centre of the head from the base of the skull.
    pub const HEAD_CENTRE: Vec3 = Vec3::new(2.0, 9.0, 0.0);
    /// Head radius.
    pub const HEAD_RADIUS: f64 = 11.0;
    /// Thigh length (hip to knee).
    pub const THIGH: f64 = 42.0;
    /// Shank length (knee to ankle).
    pub const SHANK: f64 = 42.0;
    /// Heel from the ankle.
    pub const HEEL: Vec3 = Vec3::new(-5.0, -5.0, 0.0);
    /// Toe tip from the ankle.
    pub const TOE: Vec3 = Vec3::new(17.0, -6.0, 0.0);
    /// Upper arm length.
    pub const UPPER_ARM: f64 = 30.0;
    /// Forearm length (elbow to wrist).
    pub const FOREARM: f64 = 26.0;
    /// Hand length (wrist to fingertip).
    pub const HAND: f64 = 17.0;
}
