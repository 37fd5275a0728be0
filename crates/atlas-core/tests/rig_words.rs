//! The pictures do what the steps say (issue 22, item 3) and move as the dose's words say
//! (issue 21, item 8): the build refuses a guide whose keyframe contradicts a checkable phrase
//! of its stretch's steps, or a breath-paced move faster than "slow", naming the guide, the
//! keyframe and the joint.
#![cfg(feature = "toml")]

use atlas_core::bundle::cross_check;
use atlas_core::rig::still::key_index;
use atlas_core::rig::words::{StepMeasure, RULES};
use atlas_core::rig::{Guide, Joint, Side};

mod common;

const L: Side = Side::Left;

fn guide<'a>(guides: &'a mut [Guide], id: &str) -> &'a mut Guide {
    guides.iter_mut().find(|g| g.stretch == id).expect(id)
}

#[test]
fn every_checkable_phrase_is_used_by_a_shipped_stretch() {
    // A phrase no stretch uses checks nothing: the table would go quietly dead if the content's
    // wording changed.
    let kb = common::load_assets();
    let words: Vec<String> = kb
        .stretches
        .iter()
        .flat_map(|s| {
            let mods = s.modifications.iter().map(|m| m.text.to_lowercase());
            s.steps.iter().map(|c| c.text.to_lowercase()).chain(mods)
        })
        .collect();
    for rule in RULES {
        assert!(
            words.iter().any(|w| w.contains(rule.words)),
            "no stretch says \"{}\"",
            rule.words
        );
    }
}

#[test]
fn a_bent_raised_knee_in_the_hamstring_stretch_fails_the_build() {
    let (kb, mut guides) = (common::load_assets(), common::load_guide_assets());
    let g = guide(&mut guides, "hamstring-stretch");
    let key = key_index(g, false).expect("a key picture");
    g.keyframes[key].pose.set(Joint::KneeFlex(L), 90.0);
    let problems = cross_check(&kb, &guides);
    assert!(
        problems.iter().any(|p| p.starts_with(&format!(
            "assets/guides/hamstring-stretch.toml: guide \"hamstring-stretch\", \
             keyframes[{key}], joint knee_flex_left: the steps say \"knee straight or softly \
             bent\" but the raised knee's bend is 90"
        ))),
        "{problems:?}"
    );
}

#[test]
fn a_side_bend_that_stays_upright_fails_the_build() {
    let (kb, mut guides) = (common::load_assets(), common::load_guide_assets());
    let g = guide(&mut guides, "side-bend");
    let key = key_index(g, false).expect("a key picture");
    for j in [
        Joint::L5Side,
        Joint::L34Side,
        Joint::L12Side,
        Joint::RootRoll,
    ] {
        g.keyframes[key].pose.set(j, 0.0);
    }
    let problems = cross_check(&kb, &guides);
    assert!(
        problems.iter().any(|p| p.contains("guide \"side-bend\"")
            && p.contains(&format!("keyframes[{key}]"))
            && p.contains("\"lean gently to the opposite side\"")),
        "{problems:?}"
    );
}

#[test]
fn a_supine_rotation_that_swings_to_both_sides_in_one_breath_fails_the_build() {
    // The steps say the repetitions go to one side, then the other after "switch sides".
    let (kb, mut guides) = (common::load_assets(), common::load_guide_assets());
    let g = guide(&mut guides, "supine-lumbar-rotation");
    let mut other = g.keyframes[0].clone();
    other.pose = other.pose.mirrored();
    let back = g.keyframes[1].clone();
    g.keyframes.extend([other, back]);
    let problems = cross_check(&kb, &guides);
    assert!(
        problems
            .iter()
            .any(|p| p.contains("keyframes[2], joint the knees")
                && p.contains("\"do your repetitions to one side\"")),
        "{problems:?}"
    );
}

#[test]
fn a_clamshell_whose_top_foot_lifts_fails_the_build() {
    // The steps say the feet stay together while the top knee lifts: the top foot rests on
    // the bottom one. Less external rotation with the same opening lifts the foot.
    let (kb, mut guides) = (common::load_assets(), common::load_guide_assets());
    let g = guide(&mut guides, "clamshell");
    let key = key_index(g, false).expect("a key picture");
    g.keyframes[key].pose.set(Joint::HipRot(L), 20.0);
    let problems = cross_check(&kb, &guides);
    assert!(
        problems.iter().any(
            |p| p.contains(&format!("keyframes[{key}], joint the ankles"))
                && p.contains("\"keeping your feet together\"")
        ),
        "{problems:?}"
    );
}

#[test]
fn a_knee_to_chest_for_a_new_hip_past_a_right_angle_fails_the_build() {
    // The hip-replacement modification's words ("no more than a right angle") are checked on
    // the modification's own pose, written in the guide: deepen it and the build names it.
    let (kb, mut guides) = (common::load_assets(), common::load_guide_assets());
    let g = guide(&mut guides, "knee-to-chest");
    g.modifications
        .get_mut("hip-replacement")
        .expect("the modification's pose")
        .set(Joint::HipFlex(L), 118.0);
    let problems = cross_check(&kb, &guides);
    assert!(
        problems.iter().any(|p| p.contains(
            "guide \"knee-to-chest\", modifications.hip-replacement, joint hip_flex_left: the \
             steps say \"no more than a right angle\" but the raised hip's bend is 118"
        )),
        "{problems:?}"
    );
}

#[test]
fn the_default_knee_to_chest_brings_the_knee_past_a_right_angle_and_only_the_modification_stops() {
    // The default hold pulls the thigh in toward the chest; the modification's pose stops at a
    // right angle. Without a pose of its own the modification's words fall back on the key
    // picture, which then fails: the check never goes quiet.
    let (kb, mut guides) = (common::load_assets(), common::load_guide_assets());
    let g = guide(&mut guides, "knee-to-chest");
    let key = key_index(g, false).expect("a key picture");
    assert!(g.keyframes[key].pose.get(Joint::HipFlex(L)) > 95.0);
    assert!(g.modifications["hip-replacement"].get(Joint::HipFlex(L)) <= 95.0);
    let problems = cross_check(&kb, &guides);
    assert!(problems.is_empty(), "{problems:?}");
    guide(&mut guides, "knee-to-chest").modifications.clear();
    let problems = cross_check(&kb, &guides);
    assert!(
        problems.iter().any(|p| p.contains(&format!(
            "guide \"knee-to-chest\", keyframes[{key}], joint hip_flex_left: the steps say \
             \"no more than a right angle\""
        ))),
        "{problems:?}"
    );
}

#[test]
fn a_modification_pose_past_its_modifications_within_fails_the_build() {
    // The hip-replacement modification keeps the knee over the hip on its own side (within:
    // hip-adduction at most 0); its pose taking the knee 8 degrees across is named, though no
    // checkable word of the steps speaks of crossing.
    let (kb, mut guides) = (common::load_assets(), common::load_guide_assets());
    let g = guide(&mut guides, "knee-to-chest");
    g.modifications
        .get_mut("hip-replacement")
        .expect("the modification's pose")
        .set(Joint::HipAbd(L), -8.0);
    let problems = cross_check(&kb, &guides);
    assert!(
        problems.iter().any(|p| p
            == "assets/guides/knee-to-chest.toml: guide \"knee-to-chest\", \
                modifications.hip-replacement, hip-adduction: the modification keeps to \
                hip-adduction at most 0 but its pose measures 8°; correct the pose or the \
                modification's within"),
        "{problems:?}"
    );
}

#[test]
fn a_modification_pose_without_its_modification_fails_the_build() {
    let (kb, mut guides) = (common::load_assets(), common::load_guide_assets());
    let g = guide(&mut guides, "cross-body-glute");
    let pose = g.base;
    g.modifications.insert("balance".into(), pose);
    let problems = cross_check(&kb, &guides);
    assert!(
        problems.iter().any(|p| p.starts_with(
            "assets/guides/cross-body-glute.toml: guide \"cross-body-glute\", \
             modifications.balance: the stretch has no modification for \"balance\""
        )),
        "{problems:?}"
    );
}

#[test]
fn a_modification_pose_off_the_floor_is_named() {
    // The stretch page shows the modification's own pose: it rests on the floor where the key
    // picture does, and a contact lifted off it is named like a keyframe's.
    let mut guides = common::load_guide_assets();
    let g = guide(&mut guides, "knee-to-chest");
    assert!(
        g.contact_problems().is_empty(),
        "{:?}",
        g.contact_problems()
    );
    g.modifications
        .get_mut("hip-replacement")
        .expect("the modification's pose")
        .set(Joint::KneeFlex(Side::Right), 0.0);
    let problems = g.contact_problems();
    assert!(
        problems.iter().any(|(field, m)| field
            == "modifications.hip-replacement.contacts.right_heel"
            && m.contains("leaves the floor")),
        "{problems:?}"
    );
}

#[test]
fn a_modification_pose_without_words_for_its_picture_fails_the_build() {
    // The stretch page shows the modification's pose beside its words: a screen reader must
    // hear what that picture shows.
    let (mut kb, guides) = (common::load_assets(), common::load_guide_assets());
    let hug = kb
        .stretches
        .iter_mut()
        .find(|s| s.id == "knee-to-chest")
        .expect("knee to chest");
    let file = hug.file.clone();
    let m = hug
        .modifications
        .iter_mut()
        .position(|m| m.precaution == "hip-replacement")
        .expect("the hip-replacement modification");
    hug.modifications[m].picture = None;
    let problems = cross_check(&kb, &guides);
    assert!(
        problems.iter().any(|p| p.starts_with(&format!(
            "{file}: stretch \"knee-to-chest\", field \"modifications[{m}].picture\": its guide \
             draws this modification (modifications.hip-replacement)"
        ))),
        "{problems:?}"
    );
}

#[test]
fn a_fast_step_in_a_slow_move_fails_the_build() {
    let (kb, mut guides) = (common::load_assets(), common::load_guide_assets());
    let g = guide(&mut guides, "cat-cow");
    g.keyframes[2].duration = 0.3;
    let problems = cross_check(&kb, &guides);
    assert!(
        problems.iter().any(|p| p.starts_with(
            "assets/guides/cat-cow.toml: guide \"cat-cow\", keyframes[2].duration, joint"
        ) && p.contains("the dose says slow")),
        "{problems:?}"
    );
}

#[test]
fn the_shipped_pictures_show_what_the_words_say() {
    let guides = common::load_guide_assets();
    let find = |id: &str| guides.iter().find(|g| g.stretch == id).expect(id);
    let key = |id: &str| {
        let g = find(id);
        let i = key_index(g, false).expect("a key picture");
        g.keyframes[i].pose
    };
    // The hamstring stretch's raised knee is straight or softly bent, the hip well up.
    let ham = key("hamstring-stretch");
    assert!(ham.get(Joint::KneeFlex(L)) <= 25.0 && ham.get(Joint::HipFlex(L)) >= 60.0);
    // Child's pose sits back toward the heels.
    assert!(StepMeasure::HipsToHeel.of(&key("childs-pose")).0 <= 32.0);
    // The side bend leans away from the raised arm.
    assert!(StepMeasure::TrunkLeanAway.of(&key("side-bend")).0 >= 12.0);
    // The clamshell's top knee opens with the feet together.
    let clam = find("clamshell");
    let top = key("clamshell");
    assert!(StepMeasure::KneesApart.of(&top).0 >= StepMeasure::KneesApart.of(&clam.base).0 + 15.0);
    assert!(StepMeasure::FeetApart.of(&top).0 <= 12.0);
    assert!(StepMeasure::FeetApart.of(&clam.base).0 <= 12.0);
    // Knee-to-chest for a new hip stops at a right angle (the default hold goes further).
    assert!(find("knee-to-chest").modifications["hip-replacement"].get(Joint::HipFlex(L)) <= 95.0);
    // Cat-cow reaches both ends: an arch and a rounding.
    let cat_cow = find("cat-cow");
    let flexion: Vec<f64> = cat_cow
        .keyframes
        .iter()
        .map(|k| k.pose.lumbar_flexion())
        .collect();
    assert!(flexion.iter().any(|f| *f <= -12.0) && flexion.iter().any(|f| *f >= 20.0));
}

#[test]
fn a_knee_to_chest_whose_thigh_stops_upright_fails_the_build() {
    // "Bring one knee toward your chest": a reader saw the hold at hip 95 as a thigh standing
    // straight up. The default hold must bring the thigh past upright.
    let (kb, mut guides) = (common::load_assets(), common::load_guide_assets());
    let g = guide(&mut guides, "knee-to-chest");
    let key = key_index(g, false).expect("a key picture");
    g.keyframes[key].pose.set(Joint::HipFlex(L), 95.0);
    let problems = cross_check(&kb, &guides);
    assert!(
        problems.iter().any(|p| p.contains(&format!(
            "guide \"knee-to-chest\", keyframes[{key}], joint hip_flex_left: the steps say \
             \"bring one knee toward your chest\" but the raised hip's bend is 95 (the words \
             need 105 or more)"
        ))),
        "{problems:?}"
    );
}

#[test]
fn a_knee_to_chest_held_by_one_hand_fails_the_build() {
    // Reader 9 saw nothing holding the hugged shin: the far hand reached only to the body's
    // midline, 21 cm from the leg. "Both hands" puts each hand on the thigh or the shin.
    let (kb, mut guides) = (common::load_assets(), common::load_guide_assets());
    let g = guide(&mut guides, "knee-to-chest");
    let key = key_index(g, false).expect("a key picture");
    g.keyframes[key]
        .pose
        .set(Joint::ShoulderAbd(Side::Right), -14.0);
    let problems = cross_check(&kb, &guides);
    assert!(
        problems.iter().any(|p| p.starts_with(&format!(
            "assets/guides/knee-to-chest.toml: guide \"knee-to-chest\", keyframes[{key}], \
             joint shoulder_abd_right: the steps say \"hold it with both hands behind the \
             thigh or over the shin\" but the farther hand's distance from the raised leg is"
        ))),
        "{problems:?}"
    );
}
