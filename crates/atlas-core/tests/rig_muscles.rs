//! Anatomy statements: each stretch lengthens the muscles it should (moment-arm model).

use atlas_core::rig::{stretch, Joint, MuscleId, Pose, Side};

const L: Side = Side::Left;
const R: Side = Side::Right;

fn s(m: MuscleId, side: Side, p: &Pose) -> f64 {
    stretch(m, side, p)
}

#[test]
fn standing_is_resting_length_for_every_muscle() {
    for m in MuscleId::ALL {
        for side in [L, R] {
            assert!(s(m, side, &Pose::neutral()).abs() < 1e-12);
        }
    }
}

#[test]
fn hip_flexion_with_a_straight_knee_lengthens_the_hamstrings_more_than_with_it_bent() {
    let straight = Pose::neutral().with(Joint::HipFlex(L), 90.0);
    let bent = straight.with(Joint::KneeFlex(L), 90.0);
    assert!(s(MuscleId::Hamstrings, L, &straight) > 0.0);
    assert!(s(MuscleId::Hamstrings, L, &straight) > s(MuscleId::Hamstrings, L, &bent));
    // The other leg is untouched.
    assert!(s(MuscleId::Hamstrings, R, &straight).abs() < 1e-12);
}

#[test]
fn kneeling_lunge_lengthens_the_back_iliopsoas() {
    let lunge = Pose::neutral()
        .with(Joint::HipFlex(L), -15.0)
        .with(Joint::KneeFlex(L), 80.0)
        .with(Joint::HipFlex(R), 80.0)
        .with(Joint::KneeFlex(R), 100.0);
    assert!(s(MuscleId::Iliopsoas, L, &lunge) > 0.0);
    assert!(s(MuscleId::Iliopsoas, R, &lunge) < 0.0);
    // With the back knee bent, rectus femoris is lengthened too.
    assert!(s(MuscleId::RectusFemoris, L, &lunge) > 0.0);
}

#[test]
fn figure_four_lengthens_piriformis() {
    let flexed = Pose::neutral().with(Joint::HipFlex(L), 90.0);
    let fig4 = flexed
        .with(Joint::HipRot(L), 40.0)
        .with(Joint::HipAbd(L), -10.0)
        .with(Joint::KneeFlex(L), 90.0);
    assert!(s(MuscleId::Piriformis, L, &fig4) > 0.0);
    assert!(s(MuscleId::Piriformis, L, &fig4) > s(MuscleId::Piriformis, L, &flexed));
    // Upright, external rotation is what piriformis does, so it shortens it.
    let upright_er = Pose::neutral().with(Joint::HipRot(L), 40.0);
    assert!(s(MuscleId::Piriformis, L, &upright_er) < 0.0);
}

#[test]
fn cat_phase_lengthens_erector_spinae_and_multifidus() {
    let cat = Pose::neutral()
        .with(Joint::L5Flex, 12.0)
        .with(Joint::L34Flex, 12.0)
        .with(Joint::L12Flex, 12.0);
    for side in [L, R] {
        assert!(s(MuscleId::ErectorSpinae, side, &cat) > 0.0);
        assert!(s(MuscleId::Multifidus, side, &cat) > 0.0);
    }
    let cow = Pose::neutral().with(Joint::L34Flex, -10.0);
    assert!(s(MuscleId::ErectorSpinae, L, &cow) < 0.0);
}

#[test]
fn side_bend_to_the_left_lengthens_the_right_quadratus_lumborum() {
    let left_bend = Pose::neutral()
        .with(Joint::L5Side, 8.0)
        .with(Joint::L34Side, 8.0)
        .with(Joint::L12Side, 8.0);
    assert!(s(MuscleId::QuadratusLumborum, R, &left_bend) > 0.0);
    assert!(s(MuscleId::QuadratusLumborum, L, &left_bend) < 0.0);
}

#[test]
fn butterfly_lengthens_the_adductors() {
    let butterfly = Pose::neutral()
        .with(Joint::HipFlex(L), 80.0)
        .with(Joint::HipAbd(L), 40.0)
        .with(Joint::HipRot(L), 45.0)
        .with(Joint::KneeFlex(L), 125.0);
    assert!(s(MuscleId::Adductors, L, &butterfly) > 0.0);
}

#[test]
fn standing_quad_stretch_lengthens_rectus_femoris() {
    let quad = Pose::neutral()
        .with(Joint::KneeFlex(L), 125.0)
        .with(Joint::HipFlex(L), -5.0);
    assert!(s(MuscleId::RectusFemoris, L, &quad) > 0.1);
}

#[test]
fn cross_body_lengthens_gluteus_medius_and_minimus() {
    let cross = Pose::neutral()
        .with(Joint::HipFlex(L), 90.0)
        .with(Joint::HipAbd(L), -25.0)
        .with(Joint::KneeFlex(L), 90.0);
    assert!(s(MuscleId::GluteusMedius, L, &cross) > 0.0);
    assert!(s(MuscleId::GluteusMinimus, L, &cross) > 0.0);
}

#[test]
fn knee_to_chest_lengthens_gluteus_maximus() {
    let k2c = Pose::neutral()
        .with(Joint::HipFlex(L), 115.0)
        .with(Joint::KneeFlex(L), 115.0);
    assert!(s(MuscleId::GluteusMaximus, L, &k2c) > 0.2);
}

#[test]
fn muscle_ids_are_the_shared_strings() {
    let ids: Vec<&str> = MuscleId::ALL.iter().map(|m| m.id()).collect();
    assert_eq!(
        ids,
        [
            "gluteus-maximus",
            "gluteus-medius",
            "gluteus-minimus",
            "piriformis",
            "iliopsoas",
            "rectus-femoris",
            "tensor-fasciae-latae",
            "adductors",
            "hamstrings",
            "quadratus-lumborum",
            "erector-spinae",
            "multifidus"
        ]
    );
    for m in MuscleId::ALL {
        let json = serde_json::to_string(&m).unwrap();
        assert_eq!(json, format!("\"{}\"", m.id()));
    }
}
