//! The per-frame figure builds only the lit muscle lines, and draws them exactly as the full
//! figure does.

use atlas_core::rig::{figure, figure_lit, MuscleId, Pose, Side, View};

#[test]
fn only_the_lit_muscles_on_the_working_side_are_built() {
    let pose = Pose::neutral();
    let all = figure(&pose, View::Sagittal);
    let lit = figure_lit(
        &pose,
        View::Sagittal,
        &[MuscleId::ALL[0]],
        Some(Side::Right),
    );
    assert_eq!(lit.muscles.len(), 1);
    let line = &lit.muscles[0];
    assert_eq!((line.muscle, line.side), (MuscleId::ALL[0], Side::Right));
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
