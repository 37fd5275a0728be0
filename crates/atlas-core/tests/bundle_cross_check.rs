//! The real content and guides agree with each other, and a mismatch is reported precisely.
#![cfg(feature = "toml")]

use atlas_core::{bundle, bundle::cross_check, content, rig};

mod common;

fn load() -> (content::KnowledgeBase, Vec<rig::Guide>) {
    (common::load_assets(), common::load_guide_assets())
}

#[test]
fn every_stretch_has_a_guide_and_every_guide_a_stretch() {
    let (kb, guides) = load();
    assert_eq!(cross_check(&kb, &guides), Vec::<String>::new());
}

#[test]
fn a_guide_for_an_unknown_stretch_is_named() {
    let (kb, mut guides) = load();
    guides[0].stretch = "cat-cows".to_string();
    let problems = cross_check(&kb, &guides);
    assert!(
        problems.iter().any(|p| p
            == "assets/guides: guide \"cat-cows\", field \"stretch\": unknown stretch \"cat-cows\" (not in assets/content)"),
        "{problems:?}"
    );
}

#[test]
fn a_stretch_with_two_guides_is_named() {
    let (kb, mut guides) = load();
    let copy = guides[0].clone();
    let id = copy.stretch.clone();
    guides.push(copy);
    let problems = cross_check(&kb, &guides);
    assert!(
        problems
            .iter()
            .any(|p| p.starts_with(&format!("assets/guides: stretch \"{id}\" has 2 guides"))),
        "{problems:?}"
    );
}

#[test]
fn a_stretch_without_a_guide_is_named_with_its_file() {
    let (kb, mut guides) = load();
    let first = kb.stretches[0].clone();
    guides.retain(|g| g.stretch != first.id);
    let problems = cross_check(&kb, &guides);
    assert_eq!(
        problems,
        vec![format!(
            "{}: stretch \"{}\", field \"id\": has no animated guide in assets/guides",
            first.file, first.id
        )]
    );
}

#[test]
fn a_muscle_list_that_disagrees_with_the_rig_names_both_lists() {
    let (mut kb, guides) = load();
    let stretch = kb
        .stretches
        .iter_mut()
        .find(|s| s.id == "cross-body-glute")
        .expect("cross-body glute");
    // Tensor fasciae latae flexes the hip, so the bent hip of this stretch shortens it.
    stretch.muscles.push("tensor-fasciae-latae".into());
    let file = stretch.file.clone();
    assert_eq!(
        cross_check(&kb, &guides),
        vec![format!(
            "{file}: stretch \"cross-body-glute\", field \"muscles\": lists [\"gluteus-medius\", \
             \"gluteus-minimus\", \"gluteus-maximus\", \"piriformis\", \"tensor-fasciae-latae\"] \
             but the rig's muscle model lengthens [\"gluteus-maximus\", \"gluteus-medius\", \
             \"gluteus-minimus\", \"piriformis\"] in guide \"cross-body-glute\" (40% of a \
             comfortable end-of-range stretch or more beyond standing and the starting \
             position, in the hold); list exactly those muscles, or correct the guide's pose if \
             it does not show the stretch"
        )]
    );
}

#[test]
fn a_guide_that_lights_other_muscles_than_the_rig_lengthens_is_named() {
    let (kb, mut guides) = load();
    let cat_cow = guides
        .iter_mut()
        .find(|g| g.stretch == "cat-cow")
        .expect("cat-cow guide");
    cat_cow.muscles.push(rig::MuscleId::GluteusMaximus);
    assert_eq!(
        cross_check(&kb, &guides),
        vec![
            "assets/guides: guide \"cat-cow\", field \"muscles\": lights [\"erector-spinae\", \
             \"multifidus\", \"gluteus-maximus\"] but the rig's muscle model lengthens \
             [\"erector-spinae\", \"multifidus\"] in guide \"cat-cow\" (25% of a comfortable \
             end-of-range stretch or more beyond standing and the starting position, in any \
             keyframe); light exactly those muscles"
                .to_string()
        ]
    );
}

#[test]
fn the_rig_decides_what_each_stretch_lengthens() {
    use atlas_core::crosscheck::lengthens::lengthened_muscles;
    let (kb, guides) = load();
    for guide in &guides {
        let stretch = kb.stretch(&guide.stretch).expect("stretch");
        if stretch.is_exercise() {
            continue; // Exercises list what they work: see the tests below.
        }
        let mut rig: Vec<&str> = lengthened_muscles(guide).iter().map(|m| m.id()).collect();
        let mut content: Vec<&str> = stretch.muscles.iter().map(String::as_str).collect();
        rig.sort_unstable();
        content.sort_unstable();
        assert_eq!(content, rig, "{}", stretch.id);
        assert!(!rig.is_empty(), "{} lengthens nothing", stretch.id);
    }
}

#[test]
fn a_start_here_set_over_five_minutes_names_file_entry_field_and_times() {
    let (mut kb, guides) = load();
    let sciatica = kb
        .conditions
        .iter_mut()
        .find(|c| c.id == "sciatica")
        .expect("sciatica");
    sciatica.start_here = vec!["knee-to-chest".into(), "standing-quad".into()];
    let file = sciatica.file.clone();
    assert_eq!(
        cross_check(&kb, &guides),
        vec![format!(
            "{file}: condition \"sciatica\", field \"start_here\": takes 320 s in the player \
             (\"knee-to-chest\" 147 s + \"standing-quad\" 173 s), more than the 300 s (five \
             minutes) a start-here set may take; start with fewer or shorter stretches, or \
             shorten a dose"
        )]
    );
}

#[test]
fn every_start_here_set_fits_in_five_minutes() {
    use atlas_core::crosscheck::five_minutes::{start_here_seconds, START_HERE_SECONDS};
    let (kb, guides) = load();
    // A condition may offer no home move at all (lateral hip pain: every shipped move that
    // reaches it provokes it); one that offers moves starts with one or two.
    for condition in kb.conditions.iter().filter(|c| !c.stretches.is_empty()) {
        let parts = start_here_seconds(&kb, &guides, &condition.id);
        assert!(!parts.is_empty() && parts.len() <= 2, "{}", condition.id);
        let total: f64 = parts.iter().map(|(_, s)| s).sum();
        assert!(total <= START_HERE_SECONDS, "{}: {total} s", condition.id);
    }
}

#[test]
fn each_exercise_works_what_it_lists_and_stretches_none_of_it() {
    use atlas_core::crosscheck::lengthens::lengthened_muscles;
    use atlas_core::crosscheck::works::{most_shortening, worked_muscles, WORKED_SHORTENING};
    let (kb, guides) = load();
    let exercises: Vec<&content::Stretch> =
        kb.stretches.iter().filter(|s| s.is_exercise()).collect();
    let ids: Vec<&str> = exercises.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids, ["bridge", "clamshell"]);
    for exercise in exercises {
        let guide = guides
            .iter()
            .find(|g| g.stretch == exercise.id)
            .expect("guide");
        let worked = worked_muscles(guide);
        let lengthened = lengthened_muscles(guide);
        for id in &exercise.muscles {
            let m = rig::MuscleId::from_id(id).expect("rig muscle");
            assert!(worked.contains(&m), "{}: {id} not worked", exercise.id);
            assert!(!lengthened.contains(&m), "{}: {id} lengthened", exercise.id);
            assert!(most_shortening(guide, m) >= WORKED_SHORTENING);
        }
    }
}

#[test]
fn an_exercise_that_lists_a_muscle_it_lengthens_names_file_entry_and_field() {
    let (mut kb, guides) = load();
    let bridge = kb
        .stretches
        .iter_mut()
        .find(|s| s.id == "bridge")
        .expect("bridge");
    // Lifting the hips straightens them: the hip flexors lengthen, they are not worked.
    bridge.muscles.push("iliopsoas".into());
    let file = bridge.file.clone();
    let problems = cross_check(&kb, &guides);
    assert_eq!(
        problems,
        vec![
            format!(
                "{file}: exercise \"bridge\", field \"muscles\": lists [\"gluteus-maximus\", \
                 \"hamstrings\", \"iliopsoas\"] as worked, but the rig's muscle model does not \
                 shorten [\"iliopsoas\"] ([\"iliopsoas\"] it lengthens instead: that would be \
                 a stretch, not work) from the start to the top of guide \"bridge\" by 25% of a \
                 comfortable end-of-range stretch or more; it works [\"gluteus-maximus\", \
                 \"piriformis\", \"hamstrings\"]. Name only muscles the move works, or correct \
                 the guide's top pose"
            ),
            "assets/guides: guide \"bridge\", field \"muscles\": lights [\"gluteus-maximus\", \
             \"hamstrings\"] but exercise \"bridge\" works [\"gluteus-maximus\", \
             \"hamstrings\", \"iliopsoas\"]; light exactly the muscles the exercise names"
                .to_string(),
        ]
    );
}

#[test]
fn an_exercise_is_not_held_to_the_stretch_rule_and_a_stretch_not_to_the_exercise_rule() {
    let (mut kb, guides) = load();
    // The same muscle list read as "lengthens" would fail: the bridge lengthens the hip
    // flexors, not the glutes.
    let bridge = kb
        .stretches
        .iter_mut()
        .find(|s| s.id == "bridge")
        .expect("bridge");
    bridge.goal = content::Goal::Lengthen;
    let problems = cross_check(&kb, &guides);
    assert!(
        problems
            .iter()
            .any(|p| p.contains("stretch \"bridge\", field \"muscles\": lists")),
        "{problems:?}"
    );
}

#[test]
fn the_content_file_carries_no_file_an_entry_came_from() {
    // Every kind of entry remembers its file for the build's messages; the content file, which
    // the browser downloads, holds none of them (not even for a kind added later).
    let (kb, guides) = load();
    assert!(!kb.explain.is_empty() && !kb.explain[0].file.is_empty());
    let bundle = bundle::Bundle {
        kb,
        guides,
        clinic: atlas_core::clinic::Clinic::default(),
    };
    let bytes = bundle::encode_bundle("0123456789abcdef", &bundle);
    let text = String::from_utf8_lossy(&bytes);
    assert!(
        !text.contains(".toml"),
        "the content file names a .toml file"
    );
    let decoded = bundle::decode_bundle(&bytes, "0123456789abcdef").expect("the file decodes");
    assert!(decoded.kb.explain.iter().all(|step| step.file.is_empty()));
}
