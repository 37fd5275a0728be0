//! The per-frame figure builds only the lit muscle lines, and draws them exactly as the full
//! figure does.

use atlas_core::rig::{figure, figure_lit, MuscleId, Pose, Side, View};

#[test]
fn only_the_lit_muscles_on_the_working_side_are_built() {
    let pose = Pose::neutral();
    let all = figure(&pose, View::Sagittal);
    let lit = figure_lit(&pose, View::Sagittal, &[MuscleId::ALL[0]], Some(Side::Left));
    assert_eq!(lit.muscles.len(), 1);
    let line = &lit.muscles[0];
    assert_eq!((line.muscle, line.side), (MuscleId::ALL[0], Side::Left));
    let same = all
        .muscles
        .iter()
        .find(|m| m.muscle == line.muscle && m.side == line.side)
        .expect("the full figure has every line");
    assert_eq!(same, line);
    assert_eq!(lit.limbs, all.limbs);
}

#[test]
fn both_sides_when_no_side_is_given() {
    let pose = Pose::neutral();
    let lit = figure_lit(&pose, View::Frontal, &MuscleId::ALL[..2], None);
    assert_eq!(lit.muscles.len(), 4);
}

#[test]
fn the_right_side_of_a_side_view_is_seen_from_the_right_so_it_is_the_near_side() {
    use atlas_core::rig::DrawOrder;
    let pose = Pose::neutral().with(atlas_core::rig::Joint::HipFlex(Side::Right), 60.0);
    let left = figure_lit(
        &pose.mirrored(),
        View::Sagittal,
        &[MuscleId::Piriformis],
        Some(Side::Left),
    );
    let right = figure_lit(
        &pose,
        View::Sagittal,
        &[MuscleId::Piriformis],
        Some(Side::Right),
    );
    // The same picture flipped left to right: the worked side is near either way.
    assert_eq!(right.muscles[0].layer, DrawOrder::Near);
    assert_eq!(left.muscles[0].layer, DrawOrder::Near);
    let (l, r) = (left.bounds(), right.bounds());
    assert!(
        (l.0 + r.2).abs() < 0.2 && (l.2 + r.0).abs() < 0.2,
        "{l:?} {r:?}"
    );
}
