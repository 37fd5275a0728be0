//! The soft body shapes drawn for each segment: an axis through local points and an
//! elliptic cross-section (two local directions and their semi-axes, cm).

use super::joints::Side;
use super::math::Vec3;
use super::skeleton::{dims, Segment};

/// A drawable body part.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Part {
    /// Pelvis and buttocks.
    Pelvis,
    /// Waist over the lumbar spine.
    Waist,
    /// Chest.
    Chest,
    /// Neck.
    Neck,
    /// Thigh.
    Thigh,
    /// Shank.
    Shank,
    /// Foot.
    Foot,
    /// Upper arm.
    UpperArm,
    /// Forearm.
    Forearm,
    /// Hand.
    Hand,
}

/// How one part is drawn.
#[derive(Clone, Debug, PartialEq)]
pub struct PartShape {
    /// The part.
    pub part: Part,
    /// The segment whose frame carries the shape (and gives its cross-section orientation).
    pub segment: Segment,
    /// Axis points, each in the frame of its own segment (the waist spans several).
    pub points: Vec<(Segment, Vec3)>,
    /// Cross-section directions in the segment frame.
    pub cross: (Vec3, Vec3),
    /// Cross-section semi-axes along `cross`.
    pub semi: (f64, f64),
}

/// The foot's drawn axis at the heel, in the foot's frame (the sole is half the foot's width
/// below it).
pub const FOOT_HEEL: Vec3 = Vec3::new(dims::HEEL.x, dims::HEEL.y + 2.0, 0.0);
/// The foot's drawn axis at the toes, in the foot's frame.
pub const FOOT_TOE: Vec3 = Vec3::new(dims::TOE.x - 2.0, dims::TOE.y + 2.5, 0.0);

const X: Vec3 = Vec3::new(1.0, 0.0, 0.0);
const Y: Vec3 = Vec3::new(0.0, 1.0, 0.0);
const Z: Vec3 = Vec3::new(0.0, 0.0, 1.0);

fn on(segment: Segment, points: &[Vec3]) -> Vec<(Segment, Vec3)> {
    points.iter().map(|p| (segment, *p)).collect()
}

/// Every part of the figure, trunk first.
pub fn parts() -> Vec<PartShape> {
    let front = Vec3::new(5.0, 0.0, 0.0);
    let mut v = vec![
        PartShape {
            part: Part::Pelvis,
            segment: Segment::Pelvis,
            points: on(
                Segment::Pelvis,
                &[Vec3::new(0.0, -2.0, 0.0), Vec3::new(-1.0, 8.0, 0.0)],
            ),
            cross: (X, Z),
            semi: (11.0, 16.0),
        },
        // The waist bends with the lumbar segments: a point in front of each lumbar joint.
        PartShape {
            part: Part::Waist,
            segment: Segment::L34,
            points: vec![
                (Segment::L5, front),
                (Segment::L34, front),
                (Segment::L12, front),
                (Segment::Thorax, front + Vec3::new(0.0, 3.0, 0.0)),
            ],
            cross: (X, Z),
            semi: (10.0, 14.0),
        },
        // The chest follows both thoracic segments, so it curves as the back rounds.
        PartShape {
            part: Part::Chest,
            segment: Segment::UpperThorax,
            points: vec![
                (Segment::Thorax, Vec3::new(5.0, 2.0, 0.0)),
                (Segment::UpperThorax, Vec3::new(5.0, 0.0, 0.0)),
                (Segment::UpperThorax, Vec3::new(4.0, 7.0, 0.0)),
            ],
            cross: (X, Z),
            semi: (11.5, 15.0),
        },
        PartShape {
            part: Part::Neck,
            segment: Segment::Neck,
            points: vec![
                (Segment::Neck, Vec3::new(0.0, -2.0, 0.0)),
                (Segment::Head, Vec3::new(0.0, 0.0, 0.0)),
            ],
            cross: (X, Z),
            semi: (5.5, 5.5),
        },
    ];
    for side in [Side::Left, Side::Right] {
        let limb = |part, segment, points: Vec<Vec3>, cross, semi| PartShape {
            part,
            segment,
            points: on(segment, &points),
            cross,
            semi,
        };
        v.push(limb(
            Part::Thigh,
            Segment::Thigh(side),
            vec![Vec3::new(0.0, -1.0, 0.0), Vec3::new(0.0, -dims::THIGH, 0.0)],
            (X, Z),
            (7.5, 7.5),
        ));
        v.push(limb(
            Part::Shank,
            Segment::Shank(side),
            vec![Vec3::default(), Vec3::new(0.0, -dims::SHANK, 0.0)],
            (X, Z),
            (5.5, 5.0),
        ));
        v.push(limb(
            Part::Foot,
            Segment::Foot(side),
            vec![FOOT_HEEL, FOOT_TOE],
            (Y, Z),
            (3.5, 4.5),
        ));
        v.push(limb(
            Part::UpperArm,
            Segment::UpperArm(side),
            vec![Vec3::default(), Vec3::new(0.0, -dims::UPPER_ARM, 0.0)],
            (X, Z),
            (4.5, 4.5),
        ));
        v.push(limb(
            Part::Forearm,
            Segment::Forearm(side),
            vec![Vec3::default(), Vec3::new(0.0, -dims::FOREARM, 0.0)],
            (X, Z),
            (3.8, 3.8),
        ));
        v.push(limb(
            Part::Hand,
            Segment::Hand(side),
            vec![
                Vec3::new(0.0, -2.0, 0.0),
                Vec3::new(0.0, -dims::HAND + 3.0, 0.0),
            ],
            (X, Z),
            (2.0, 4.0),
        ));
    }
    v
}
