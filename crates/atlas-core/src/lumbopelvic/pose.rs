//! A [`Share`] as a pose of the rig, for the side-view figure: the hips' share as the pelvis
//! rotating on the thighs (bend) or the trailing thigh going back (stride), the lumbar share
//! spread evenly over the rig's three lumbar segments.
//!
//! The feet stay planted: in a bend the hips shift back over the heels as the trunk leans
//! forward (as people do to keep their balance) and the ankles make up the angle, so the feet
//! do not move; the arms hang and the elbows bend before a hand could reach the floor. These
//! are drawing choices, not part of the model.

use super::{Movement, Share};
use crate::rig::kinematics::forward;
use crate::rig::shapes::{FOOT_HEEL, FOOT_TOE};
use crate::rig::skeleton::{dims, Segment};
use crate::rig::{Joint, Pose, Side};

/// The legs lean back this many degrees per degree of hip share in a bend (drawing choice:
/// about 6 degrees at a full bend, moving the hips back about 9 cm over planted feet).
const LEAN_PER_HIP: f64 = 0.09;
/// The head drops this much per degree of trunk inclination (drawing choice).
const NECK_PER_TRUNK: f64 = 0.25;

/// The standing figure bending forward as `share` says (for a [`Movement::Bend`] share; a
/// stride share is drawn with [`stride_pose`]).
pub fn bend_pose(share: &Share) -> Pose {
    if share.movement == Movement::Stride {
        return stride_pose(share);
    }
    let hip = share.hip;
    let trunk = share.reached();
    let lean = LEAN_PER_HIP * hip;
    let leg = dims::THIGH + dims::SHANK;
    let mut p = Pose::neutral()
        // The hips move back so the ankles (under the hip at rest) stay where they were.
        .with(Joint::RootX, -leg * lean.to_radians().sin())
        .with(Joint::RootPitch, hip)
        .with(Joint::NeckFlex, NECK_PER_TRUNK * trunk);
    spread_lumbar(&mut p, share.lumbar);
    // Arms hang: they swing forward as far as the trunk has leaned, so they stay vertical; the
    // elbows bend once the trunk is low enough that straight arms would reach the floor.
    let reach = (trunk - 90.0).max(0.0);
    for side in [Side::Left, Side::Right] {
        // The legs lean forward from the hips down to the planted feet.
        p.set(Joint::HipFlex(side), hip + lean);
        // The ankle takes up the lean so the foot stays flat.
        p.set(Joint::Ankle(side), lean);
        p.set(Joint::ShoulderFlex(side), trunk - reach * 0.8);
        p.set(Joint::ElbowFlex(side), 5.0 + reach * 2.0);
    }
    p
}

/// The push-off of a walking stride as `share` says: the near (left) leg trails, its thigh
/// behind the vertical by the angle reached; the pelvis tilts forward by the lumbar share and
/// the lumbar spine extends by the same angle, so the trunk stays upright; the far leg and the
/// arms swing opposite.
pub fn stride_pose(share: &Share) -> Pose {
    if share.movement == Movement::Bend {
        return bend_pose(share);
    }
    let back = share.reached();
    let tilt = share.pelvic_tilt();
    let mut p = Pose::neutral().with(Joint::PelvisTilt, tilt);
    spread_lumbar(&mut p, -share.lumbar);
    let (trail, lead) = (Side::Left, Side::Right);
    // Leading (far, right) leg: as far forward as the trailing thigh is back, heel down, toes
    // up (the foot `LEAD_FOOT` times `back` above level).
    p.set(Joint::HipFlex(lead), tilt + back);
    p.set(Joint::KneeFlex(lead), LEAD_KNEE * back);
    p.set(
        Joint::Ankle(lead),
        back - LEAD_KNEE * back - LEAD_FOOT * back,
    );
    // Trailing (near, left) leg: thigh `back` degrees behind the vertical, heel up, the foot
    // `TRAIL_FOOT` times `back` below level; the knee bends just enough that its toes and the
    // leading heel rest on the same floor.
    p.set(Joint::HipFlex(trail), tilt - back);
    let knee = trailing_knee(&p, back);
    set_trailing_knee(&mut p, back, knee);
    // Arms swing opposite the legs, elbows a little bent.
    p.set(Joint::ShoulderFlex(trail), back);
    p.set(Joint::ShoulderFlex(lead), -0.8 * back);
    for side in [trail, lead] {
        p.set(Joint::ElbowFlex(side), 15.0);
    }
    p
}

/// The leading knee's bend per degree of stride (drawing choice).
const LEAD_KNEE: f64 = 0.1;
/// The leading foot's toes-up angle per degree of stride (drawing choice).
const LEAD_FOOT: f64 = 0.6;
/// The trailing foot's heel-up angle per degree of stride (drawing choice).
const TRAIL_FOOT: f64 = 1.5;

/// Sets the trailing knee's bend and the ankle that keeps its foot at the chosen angle.
fn set_trailing_knee(p: &mut Pose, back: f64, knee: f64) {
    p.set(Joint::KneeFlex(Side::Left), knee);
    // The foot's world angle is -(back + knee + ankle); it should be -TRAIL_FOOT * back.
    p.set(Joint::Ankle(Side::Left), TRAIL_FOOT * back - back - knee);
}

/// The trailing knee's bend (0–60 degrees) that rests the trailing toes and the leading heel
/// on the same floor (as level as toes and heel are when standing flat), found by bisection:
/// the toes rise as the knee bends.
fn trailing_knee(p: &Pose, back: f64) -> f64 {
    let level = FOOT_TOE.y - FOOT_HEEL.y;
    let gap = |knee: f64| {
        let mut q = *p;
        set_trailing_knee(&mut q, back, knee);
        let body = forward(&q);
        let toe = body.point(Segment::Foot(Side::Left), FOOT_TOE).y;
        let heel = body.point(Segment::Foot(Side::Right), FOOT_HEEL).y;
        toe - heel - level
    };
    let (mut lo, mut hi) = (0.0, 60.0);
    if gap(lo) >= -1e-9 {
        return lo;
    }
    for _ in 0..24 {
        let mid = (lo + hi) / 2.0;
        if gap(mid) < 0.0 {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    (lo + hi) / 2.0
}

/// Lumbar flexion (+) or extension (-) spread evenly over the rig's three lumbar segments.
fn spread_lumbar(p: &mut Pose, total: f64) {
    for j in [Joint::L5Flex, Joint::L34Flex, Joint::L12Flex] {
        p.set(j, total / 3.0);
    }
}
