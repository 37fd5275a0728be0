//! Issue 11, item 7: every guide's key poses (start, each keyframe, the hold, both sides)
//! keep their declared contacts on the floor, stay inside the joint limits and never pass
//! through the floor; the steps between them too, within the step tolerance. And the
//! validator names file, guide, keyframe and contact when a guide breaks a floor rule.
#![cfg(feature = "toml")]

mod common;

use common::{guide_errors, MINIMAL_GUIDE};

use atlas_core::rig::contact_check::{floor_problems, STEP_TOLERANCE};
use atlas_core::rig::contact_check::{LIFT_TOLERANCE, SLIDE_TOLERANCE};
use atlas_core::rig::{Contact, Guide, Joint, Pose, Side};

/// A guide's key poses on one side: `(what, pose, contacts, the phase before)`.
type KeyPose = (String, Pose, Vec<Contact>, Option<(Pose, Vec<Contact>)>);

fn key_poses(g: &Guide, side: Side) -> Vec<KeyPose> {
    let mirror = |p: Pose| if side == Side::Left { p } else { p.mirrored() };
    let sided = |cs: &[Contact]| -> Vec<Contact> {
        cs.iter()
            .map(|c| if side == Side::Left { *c } else { c.mirrored() })
            .collect()
    };
    (0..=g.keyframes.len())
        .map(|phase| {
            let what = match phase {
                0 => "start".to_string(),
                p if g.hold_index() == Some(p - 1) => format!("keyframes[{}] (hold)", p - 1),
                p => format!("keyframes[{}]", p - 1),
            };
            let before = phase
                .checked_sub(1)
                .map(|b| (mirror(g.pose_at(b)), sided(&g.held_at(phase))));
            (
                format!("{what}, {} side", side.name()),
                mirror(g.pose_at(phase)),
                sided(g.contacts_at(phase)),
                before,
            )
        })
        .collect()
}

#[test]
fn every_guide_declares_what_rests_on_the_floor() {
    for g in common::load_guide_assets() {
        assert!(
            !g.contacts.is_empty(),
            "{}: declare the start's contacts",
            g.stretch
        );
    }
}

#[test]
fn every_key_pose_keeps_its_contacts_down_within_limits_and_out_of_the_floor() {
    let mut problems = Vec::new();
    for g in common::load_guide_assets() {
        for side in [Side::Left, Side::Right] {
            for (what, pose, contacts, before) in key_poses(&g, side) {
                for v in pose.violations() {
                    problems.push(format!(
                        "{} {what}: {} = {} outside {}..{}",
                        g.stretch, v.joint, v.value, v.min, v.max
                    ));
                }
                let before = before.as_ref().map(|(p, c)| (p, c.as_slice()));
                let tolerance = (LIFT_TOLERANCE, SLIDE_TOLERANCE);
                for (field, message) in floor_problems(&pose, &g, &contacts, before, tolerance) {
                    problems.push(format!("{} {what}: {field}: {message}", g.stretch));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_step_keeps_held_contacts_down_and_nothing_through_the_floor() {
    let mut problems = Vec::new();
    for g in common::load_guide_assets() {
        for i in 0..g.keyframes.len() {
            let held = g.held_at(i + 1);
            let start = g.pose_at(i);
            for k in 1..10 {
                let s = f64::from(k) / 10.0;
                let pose = g.step_pose(i, s);
                let tolerance = (STEP_TOLERANCE, STEP_TOLERANCE);
                for (field, message) in
                    floor_problems(&pose, &g, &held, Some((&start, &held)), tolerance)
                {
                    problems.push(format!(
                        "{} keyframes[{i}] at {s:.1}: {field}: {message}",
                        g.stretch
                    ));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn a_contact_the_solver_cannot_put_down_is_named_with_file_guide_keyframe_and_contact() {
    // Lying on the back with the forehead on the floor: the head cannot face down.
    let text = r#"
stretch = "hip-rocks"
view = "sagittal"
kind = "static"
muscles = ["erector-spinae"]
contacts = ["pelvis", "back"]
[base]
root_pitch = -90
[[keyframes]]
duration = 2.0
breath = "exhale"
cue = "In"
contacts = ["pelvis", "back", "forehead"]
[[keyframes]]
duration = 2.0
breath = "natural"
cue = "Hold"
hold = true
[[keyframes]]
duration = 2.0
breath = "inhale"
cue = "Out"
"#;
    let e = guide_errors(text);
    assert!(
        e.contains("assets/guides/test.toml: guide 'hip-rocks': keyframes[0].contacts.forehead:"),
        "{e}"
    );
}

#[test]
fn an_unknown_contact_is_named() {
    let text = MINIMAL_GUIDE.replace(
        "muscles = [\"erector-spinae\"]\n",
        "muscles = [\"erector-spinae\"]\ncontacts = [\"pelvis\", \"left_elbow\"]\n",
    );
    let e = guide_errors(&text);
    assert!(
        e.contains("guide 'hip-rocks': contacts: unknown contact 'left_elbow'"),
        "{e}"
    );
}

#[test]
fn a_contact_that_slides_or_lifts_fails_its_keyframe() {
    // Written, not solved: standing, then the whole body moved 30 cm and a foot lifted.
    let mut g = common::load_guide_assets()
        .into_iter()
        .find(|g| g.stretch == "side-bend")
        .expect("side-bend");
    if let Some(k) = g.keyframes.get_mut(0) {
        k.pose = k
            .pose
            .with(Joint::RootX, g.base.get(Joint::RootX) + 30.0)
            .with(Joint::HipFlex(Side::Right), 40.0);
    }
    let problems = g.problems();
    let has = |field: &str, words: &str| {
        problems
            .iter()
            .any(|(f, m)| f == field && m.contains(words))
    };
    assert!(
        has("keyframes[0].contacts.left_foot", "slides"),
        "{problems:?}"
    );
    assert!(
        has("keyframes[0].contacts.right_foot", "leaves the floor"),
        "{problems:?}"
    );
}
