//! Forward kinematics with known angles gives known positions; joint limits hold.

use atlas_core::rig::math::Vec3;
use atlas_core::rig::skeleton::Segment;
use atlas_core::rig::{forward, Joint, Pose, Side};

const L: Side = Side::Left;

fn close(a: Vec3, b: Vec3) {
    assert!((a - b).length() < 1e-9, "{a:?} != {b:?}");
}

#[test]
fn standing_positions() {
    let b = forward(&Pose::neutral());
    close(b.joint(Segment::Thigh(L)), Vec3::new(0.0, 0.0, 9.0));
    close(
        b.joint(Segment::Thigh(Side::Right)),
        Vec3::new(0.0, 0.0, -9.0),
    );
    close(b.joint(Segment::Shank(L)), Vec3::new(0.0, -42.0, 9.0));
    close(b.joint(Segment::Foot(L)), Vec3::new(0.0, -84.0, 9.0));
    // Three lumbar segments stacked above the lumbosacral joint.
    close(b.joint(Segment::L5), Vec3::new(-5.0, 10.0, 0.0));
    close(b.joint(Segment::L34), Vec3::new(-5.0, 15.0, 0.0));
    close(b.joint(Segment::L12), Vec3::new(-5.0, 21.0, 0.0));
    close(b.joint(Segment::Thorax), Vec3::new(-5.0, 27.0, 0.0));
    // Two thoracic segments (T12-T7, T6-C7), then the neck from C7 and the head.
    close(b.joint(Segment::UpperThorax), Vec3::new(-5.0, 40.0, 0.0));
    close(b.joint(Segment::Neck), Vec3::new(-4.0, 55.0, 0.0));
    close(b.joint(Segment::Head), Vec3::new(-3.0, 63.0, 0.0));
    close(b.joint(Segment::UpperArm(L)), Vec3::new(-4.0, 52.0, 18.0));
    close(b.joint(Segment::Forearm(L)), Vec3::new(-4.0, 22.0, 18.0));
}

#[test]
fn hip_flexion_swings_the_thigh_forward() {
    let b = forward(&Pose::neutral().with(Joint::HipFlex(L), 90.0));
    close(b.joint(Segment::Shank(L)), Vec3::new(42.0, 0.0, 9.0));
    // Extension swings it back.
    let b = forward(&Pose::neutral().with(Joint::HipFlex(L), -10.0));
    assert!(b.joint(Segment::Shank(L)).x < 0.0);
}

#[test]
fn knee_flexion_swings_the_shank_back() {
    let b = forward(&Pose::neutral().with(Joint::KneeFlex(L), 90.0));
    close(b.joint(Segment::Foot(L)), Vec3::new(-42.0, -42.0, 9.0));
}

#[test]
fn abduction_moves_each_thigh_away_from_the_midline() {
    let p = Pose::neutral()
        .with(Joint::HipAbd(L), 30.0)
        .with(Joint::HipAbd(Side::Right), 30.0);
    let b = forward(&p);
    let s = 30f64.to_radians().sin() * 42.0;
    let c = 30f64.to_radians().cos() * 42.0;
    close(b.joint(Segment::Shank(L)), Vec3::new(0.0, -c, 9.0 + s));
    close(
        b.joint(Segment::Shank(Side::Right)),
        Vec3::new(0.0, -c, -9.0 - s),
    );
}

#[test]
fn external_rotation_with_a_bent_knee_brings_the_foot_toward_the_midline() {
    let bent = Pose::neutral().with(Joint::KneeFlex(L), 90.0);
    let b = forward(&bent.with(Joint::HipRot(L), 40.0));
    let knee = b.joint(Segment::Shank(L));
    let ankle = b.joint(Segment::Foot(L));
    assert!(ankle.z < knee.z, "foot should move medially: {ankle:?}");
}

#[test]
fn lying_on_the_back_puts_the_head_toward_minus_x_and_face_up() {
    let b = forward(&Pose::neutral().with(Joint::RootPitch, -90.0));
    close(b.joint(Segment::L5), Vec3::new(-10.0, -5.0, 0.0));
    close(b.joint(Segment::Thorax), Vec3::new(-27.0, -5.0, 0.0));
    let face = b.frame(Segment::Head).rotation.axis(0);
    close(face, Vec3::new(0.0, 1.0, 0.0));
}

#[test]
fn lumbar_flexion_and_side_bend_move_the_thorax() {
    let flex = Pose::neutral()
        .with(Joint::L5Flex, 15.0)
        .with(Joint::L34Flex, 15.0)
        .with(Joint::L12Flex, 15.0);
    assert!(forward(&flex).joint(Segment::Head).x > 20.0);
    let bend_left = Pose::neutral().with(Joint::L34Side, 10.0);
    assert!(forward(&bend_left).joint(Segment::Head).z > 5.0);
}

#[test]
fn the_thoracic_spine_rounds_along_its_length_and_the_head_follows() {
    let round = Pose::neutral()
        .with(Joint::ThoracicLowerFlex, 20.0)
        .with(Joint::ThoracicUpperFlex, 20.0);
    let b = forward(&round);
    // The lower thorax tips forward by 20 degrees, the upper by 40: a curve, not one piece.
    let lean = |s: Segment| {
        let up = b.frame(s).rotation.axis(1);
        up.x.atan2(up.y).to_degrees()
    };
    assert!((lean(Segment::Thorax) - 20.0).abs() < 1e-6);
    assert!((lean(Segment::UpperThorax) - 40.0).abs() < 1e-6);
    assert!(
        b.joint(Segment::Head).x > 10.0,
        "{:?}",
        b.joint(Segment::Head)
    );
    // Neck flexion is shared between the neck and the head's nod.
    let nod = forward(&Pose::neutral().with(Joint::NeckFlex, 40.0));
    let head_up = nod.frame(Segment::Head).rotation.axis(1);
    assert!((head_up.x.atan2(head_up.y).to_degrees() - 40.0).abs() < 1e-6);
    let neck_up = nod.frame(Segment::Neck).rotation.axis(1);
    assert!((neck_up.x.atan2(neck_up.y).to_degrees() - 24.0).abs() < 1e-6);
}

#[test]
fn shoulder_flexion_raises_the_arm_forward() {
    let b = forward(&Pose::neutral().with(Joint::ShoulderFlex(L), 90.0));
    close(b.joint(Segment::Forearm(L)), Vec3::new(26.0, 52.0, 18.0));
}

#[test]
fn mirrored_pose_is_the_mirror_image() {
    let p = Pose::neutral()
        .with(Joint::HipFlex(L), 70.0)
        .with(Joint::HipRot(L), 30.0)
        .with(Joint::KneeFlex(L), 60.0)
        .with(Joint::L34Side, 8.0)
        .with(Joint::RootTwist, 20.0);
    let a = forward(&p);
    let m = forward(&p.mirrored());
    for s in [Segment::Foot(L), Segment::Head, Segment::Forearm(L)] {
        let other = match s {
            Segment::Foot(_) => Segment::Foot(Side::Right),
            Segment::Forearm(_) => Segment::Forearm(Side::Right),
            x => x,
        };
        close(m.joint(other), a.joint(s).mirror_z());
    }
    assert_eq!(p.mirrored().mirrored(), p);
}

#[test]
fn joint_limits_follow_the_clinical_reference() {
    assert_eq!(Joint::HipFlex(L).limits(), (-15.0, 125.0));
    assert_eq!(Joint::HipAbd(L).limits(), (-30.0, 45.0));
    assert_eq!(Joint::HipRot(L).limits(), (-45.0, 60.0));
    assert_eq!(Joint::KneeFlex(L).limits(), (0.0, 150.0));
    let too_far = Pose::neutral().with(Joint::KneeFlex(L), 160.0);
    let v = too_far.violations();
    assert_eq!(v.len(), 1);
    assert_eq!(v[0].joint, "knee_flex_left");
    assert_eq!(too_far.clamped().get(Joint::KneeFlex(L)), 150.0);
    // Each segment within its share but the whole lumbar spine beyond 35 degrees extension.
    let arched = Pose::neutral()
        .with(Joint::L5Flex, -12.0)
        .with(Joint::L34Flex, -12.0)
        .with(Joint::L12Flex, -12.0);
    assert!(arched
        .violations()
        .iter()
        .any(|v| v.joint == "lumbar flexion/extension"));
    assert!(Pose::neutral().violations().is_empty());
}

#[test]
fn joint_names_round_trip() {
    let mut n = 0;
    for j in Joint::all() {
        assert_eq!(Joint::from_name(&j.name()), Some(j));
        n += 1;
    }
    assert_eq!(n, atlas_core::rig::joints::JOINT_COUNT);
    assert_eq!(
        Joint::from_name("hip_flex_right"),
        Some(Joint::HipFlex(Side::Right))
    );
    assert_eq!(Joint::from_name("hip_flexion"), None);
}
