//! A still picture shows the pose that tells the stretch: the hold of a held stretch, the top
//! of an exercise (never its start, where moving guides also end), the deepest point of a move;
//! each guide names the keyframe in its TOML (`key`).
#![cfg(feature = "toml")]

mod common;

use atlas_core::rig::still::key_pose;
use atlas_core::rig::{working_intensity, Guide, Side};

fn guide(id: &str) -> Guide {
    common::load_guide_assets()
        .into_iter()
        .find(|g| g.stretch == id)
        .expect(id)
}

#[test]
fn a_held_stretch_shows_its_hold() {
    // Without a `key` of its own (figure-4 names its crossed-ankle step instead).
    let mut g = guide("figure-4");
    g.key = None;
    let hold = g.hold_index().expect("figure-4 holds");
    assert_eq!(key_pose(&g, false), g.keyframes[hold].pose);
}

#[test]
fn an_exercise_shows_its_top_with_the_worked_muscles_shortened() {
    for id in ["bridge", "clamshell"] {
        let g = guide(id);
        let top = key_pose(&g, true);
        assert_ne!(top, g.base, "{id}: the still is not the start");
        let lit: f64 = g
            .muscles
            .iter()
            .map(|m| working_intensity(*m, Side::Left, &top, &g.base))
            .sum();
        assert!(
            lit > 0.5,
            "{id}: the worked muscles are lit at the top ({lit})"
        );
    }
}

#[test]
fn every_guide_has_a_still_other_than_its_start() {
    let kb = common::load_assets();
    for g in common::load_guide_assets() {
        let working = kb.stretch(&g.stretch).expect("a stretch").is_exercise();
        assert_ne!(key_pose(&g, working), g.base, "{}", g.stretch);
    }
}

#[test]
fn a_guide_names_its_key_picture_and_the_still_shows_it() {
    // Issue 22, item 5: the one picture per move is chosen in the guide's data.
    for g in common::load_guide_assets() {
        let key = g
            .key
            .unwrap_or_else(|| panic!("{}: no `key` in its TOML", g.stretch));
        assert_eq!(key_pose(&g, false), g.keyframes[key].pose, "{}", g.stretch);
    }
    // A key the author chose wins over the hold.
    let mut g = guide("figure-4");
    g.key = Some(0);
    assert_eq!(key_pose(&g, false), g.keyframes[0].pose);
}

#[test]
fn a_key_that_names_no_keyframe_is_refused() {
    let mut g = guide("figure-4");
    g.key = Some(g.keyframes.len());
    assert!(g.problems().iter().any(|(field, _)| field == "key"));
}

#[test]
fn a_still_lights_only_the_muscles_its_own_pose_lengthens() {
    // Reader 12 saw a long lit strip along figure-4's folded thigh: the hamstrings, which the
    // guide lists because its hold lengthens them, while its key picture (the crossed ankle,
    // before the legs are drawn in) hardly does. The buttock's muscles stay lit.
    use atlas_core::rig::still::still_muscles;
    use atlas_core::rig::MuscleId;
    let g = guide("figure-4");
    let key = key_pose(&g, false);
    let lit = still_muscles(&g, &key, Some(Side::Left), false);
    assert!(g.muscles.contains(&MuscleId::Hamstrings));
    assert!(!lit.contains(&MuscleId::Hamstrings), "{lit:?}");
    for m in [MuscleId::Piriformis, MuscleId::GluteusMaximus] {
        assert!(lit.contains(&m), "{m:?} in {lit:?}");
    }
    // Its hold lengthens all three, so a still of the hold lights them all.
    let hold = g.keyframes[g.hold_index().expect("a hold")].pose;
    assert_eq!(still_muscles(&g, &hold, Some(Side::Left), false), g.muscles);
    // An exercise's worked muscles are lit as they shorten: all of them, always.
    let bridge = guide("bridge");
    assert_eq!(
        still_muscles(&bridge, &bridge.base, Some(Side::Left), true),
        bridge.muscles
    );
}
