//! Forward kinematics: a [`Pose`] to a frame (origin + rotation) for every segment.
//!
//! Sign conventions (all checked by tests): a joint's positive direction is the one named in
//! [`Joint`], e.g. hip flexion swings the thigh forward, knee flexion swings the shank back.

use super::joints::{Joint, Side};
use super::math::{Mat3, Vec3};
use super::pose::Pose;
use super::skeleton::{dims, Segment, SEGMENT_COUNT};

/// A segment's placement in the world: origin (its proximal joint) and orientation.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct SegmentFrame {
    /// World position of the segment's proximal joint (cm).
    pub origin: Vec3,
    /// Rotation from the segment's frame to the world.
    pub rotation: Mat3,
}

impl SegmentFrame {
    /// World position of a point given in this segment's frame.
    pub fn point(&self, local: Vec3) -> Vec3 {
        self.origin + self.rotation.apply(local)
    }
}

/// The posed body: one frame per segment.
#[derive(Clone, Debug, PartialEq)]
pub struct Body {
    frames: [SegmentFrame; SEGMENT_COUNT],
}

impl Body {
    /// The frame of one segment.
    pub fn frame(&self, s: Segment) -> SegmentFrame {
        self.frames.get(s.index()).copied().unwrap_or_default()
    }

    /// World position of a point given in a segment's frame.
    pub fn point(&self, s: Segment, local: Vec3) -> Vec3 {
        self.frame(s).point(local)
    }

    /// World position of a segment's proximal joint.
    pub fn joint(&self, s: Segment) -> Vec3 {
        self.frame(s).origin
    }

    /// World position of a segment's distal end (the next joint, or the tip).
    pub fn end(&self, s: Segment) -> Vec3 {
        self.point(s, segment_tip(s))
    }
}

/// The distal end of a segment in its own frame.
pub fn segment_tip(s: Segment) -> Vec3 {
    match s {
        Segment::Pelvis => dims::LUMBOSACRAL,
        Segment::L5 => Vec3::new(0.0, dims::LUMBAR[0], 0.0),
        Segment::L34 => Vec3::new(0.0, dims::LUMBAR[1], 0.0),
        Segment::L12 => Vec3::new(0.0, dims::LUMBAR[2], 0.0),
        Segment::Thorax => dims::T7,
        Segment::UpperThorax => dims::C7,
        Segment::Neck => dims::SKULL_BASE,
        Segment::Head => dims::HEAD_CENTRE,
        Segment::Thigh(_) => Vec3::new(0.0, -dims::THIGH, 0.0),
        Segment::Shank(_) => Vec3::new(0.0, -dims::SHANK, 0.0),
        Segment::Foot(_) => dims::TOE,
        Segment::UpperArm(_) => Vec3::new(0.0, -dims::UPPER_ARM, 0.0),
        Segment::Forearm(_) => Vec3::new(0.0, -dims::FOREARM, 0.0),
        Segment::Hand(_) => Vec3::new(0.0, -dims::HAND, 0.0),
    }
}

/// Rotation of a spinal joint: flexion about -Z (the upper part tips forward), side bend
/// about +X (tips left), rotation about -Y (the front turns left).
fn spine_joint(flex: f64, side: f64, rot: f64) -> Mat3 {
    Mat3::rot_z(-flex)
        .then(Mat3::rot_x(side))
        .then(Mat3::rot_y(-rot))
}

/// Rotation of a ball joint of a limb hanging down (hip or shoulder): flexion swings it
/// forward, abduction swings it away from the midline, external rotation turns its front
/// surface outward. The sign of the lateral direction comes from the side.
fn ball_joint(flex: f64, abd: f64, ext_rot: f64, side: Side) -> Mat3 {
    let s = side.sign();
    Mat3::rot_z(flex)
        .then(Mat3::rot_x(-s * abd))
        .then(Mat3::rot_y(-s * ext_rot))
}

/// The share of neck flexion taken at C7; the rest is the head's nod at the skull.
const NECK_SHARE: f64 = 0.6;

/// Forward kinematics. The hip centre sits at `(root_x, 0, 0)`; nothing is grounded here
/// (the figure places the body on the floor).
pub fn forward(pose: &Pose) -> Body {
    let g = |j: Joint| pose.get(j);
    let mut frames = [SegmentFrame::default(); SEGMENT_COUNT];
    let mut put = |s: Segment, f: SegmentFrame| {
        if let Some(slot) = frames.get_mut(s.index()) {
            *slot = f;
        }
        f
    };
    let root = Mat3::rot_z(-g(Joint::RootPitch))
        .then(Mat3::rot_x(g(Joint::RootRoll)))
        .then(Mat3::rot_y(-g(Joint::RootTwist)));
    let pelvis = put(
        Segment::Pelvis,
        SegmentFrame {
            origin: Vec3::new(g(Joint::RootX), 0.0, 0.0),
            // Anterior tilt tips the top of the pelvis forward, like trunk flexion.
            rotation: root.then(Mat3::rot_z(-g(Joint::PelvisTilt))),
        },
    );
    let spine = [
        (Segment::L5, Joint::L5Flex, Joint::L5Side, Joint::L5Rot),
        (Segment::L34, Joint::L34Flex, Joint::L34Side, Joint::L34Rot),
        (Segment::L12, Joint::L12Flex, Joint::L12Side, Joint::L12Rot),
    ];
    let mut parent = pelvis;
    let mut parent_seg = Segment::Pelvis;
    for (seg, f, sd, r) in spine {
        parent = put(
            seg,
            SegmentFrame {
                origin: parent.point(segment_tip(parent_seg)),
                rotation: parent.rotation.then(spine_joint(g(f), g(sd), g(r))),
            },
        );
        parent_seg = seg;
    }
    // The thoracic spine bends at two joints (T12-T11 and T7-T6), so a rounded or arched
    // back curves along its length instead of tipping as one piece.
    let lower = put(
        Segment::Thorax,
        SegmentFrame {
            origin: parent.point(segment_tip(parent_seg)),
            rotation: parent
                .rotation
                .then(Mat3::rot_z(-g(Joint::ThoracicLowerFlex))),
        },
    );
    let thorax = put(
        Segment::UpperThorax,
        SegmentFrame {
            origin: lower.point(dims::T7),
            rotation: lower
                .rotation
                .then(Mat3::rot_z(-g(Joint::ThoracicUpperFlex))),
        },
    );
    // The neck's flexion is shared by the lower neck and the head's nod (a modelling choice),
    // so the head follows a curve instead of hinging at C7.
    let neck = put(
        Segment::Neck,
        SegmentFrame {
            origin: thorax.point(dims::C7),
            rotation: thorax
                .rotation
                .then(Mat3::rot_z(-NECK_SHARE * g(Joint::NeckFlex))),
        },
    );
    put(
        Segment::Head,
        SegmentFrame {
            origin: neck.point(dims::SKULL_BASE),
            rotation: neck
                .rotation
                .then(Mat3::rot_z(-(1.0 - NECK_SHARE) * g(Joint::NeckFlex))),
        },
    );
    for side in [Side::Left, Side::Right] {
        let thigh = put(
            Segment::Thigh(side),
            SegmentFrame {
                origin: pelvis.point(lateral(dims::HIP, side)),
                rotation: pelvis.rotation.then(ball_joint(
                    g(Joint::HipFlex(side)),
                    g(Joint::HipAbd(side)),
                    g(Joint::HipRot(side)),
                    side,
                )),
            },
        );
        let shank = put(
            Segment::Shank(side),
            SegmentFrame {
                origin: thigh.point(segment_tip(Segment::Thigh(side))),
                rotation: thigh.rotation.then(Mat3::rot_z(-g(Joint::KneeFlex(side)))),
            },
        );
        put(
            Segment::Foot(side),
            SegmentFrame {
                origin: shank.point(segment_tip(Segment::Shank(side))),
                rotation: shank.rotation.then(Mat3::rot_z(-g(Joint::Ankle(side)))),
            },
        );
        let upper = put(
            Segment::UpperArm(side),
            SegmentFrame {
                origin: thorax.point(lateral(dims::SHOULDER, side)),
                rotation: thorax.rotation.then(ball_joint(
                    g(Joint::ShoulderFlex(side)),
                    g(Joint::ShoulderAbd(side)),
                    0.0,
                    side,
                )),
            },
        );
        let fore = put(
            Segment::Forearm(side),
            SegmentFrame {
                origin: upper.point(segment_tip(Segment::UpperArm(side))),
                rotation: upper.rotation.then(Mat3::rot_z(g(Joint::ElbowFlex(side)))),
            },
        );
        put(
            Segment::Hand(side),
            SegmentFrame {
                origin: fore.point(segment_tip(Segment::Forearm(side))),
                rotation: fore.rotation.then(Mat3::rot_z(g(Joint::Wrist(side)))),
            },
        );
    }
    Body { frames }
}

/// A left-side local point moved to `side` (mirror across the midline for the right).
pub fn lateral(p: Vec3, side: Side) -> Vec3 {
    match side {
        Side::Left => p,
        Side::Right => p.mirror_z(),
    }
}
