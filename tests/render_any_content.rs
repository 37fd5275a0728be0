//! Rules that hold for whatever content the build holds: each is checked over every entry of
//! its kind, with names and doses read from the knowledge base, never typed here. CI runs this
//! file twice: with `assets/` and with the second content set (`ATLAS_CONTENT`, see README), so
//! a clinic that renames a muscle or drops a move breaks none of these.
#![cfg(not(target_arch = "wasm32"))]

mod render_support;

use atlas_core::content::{Depth, Goal};
use hip_back_atlas::data::{kb, word, Word};
use render_support::{before_footer, esc, pressed, region_tag, render_app, visible_words};

/// The page at `path` up to the footer.
async fn page(path: &str) -> String {
    before_footer(&render_app(path).await).to_string()
}

/// Where the link to a move's page first occurs, if it does.
fn move_link_at(html: &str, id: &str) -> Option<usize> {
    html.find(&format!(r#"href="stretch/{id}/""#))
}

#[tokio::test]
async fn every_move_page_names_the_move_its_dose_and_what_it_does_to_its_muscles() {
    assert!(!kb().stretches.is_empty(), "the content has moves");
    for stretch in &kb().stretches {
        let html = page(&format!("/stretch/{}", stretch.id)).await;
        let text = visible_words(&html);
        assert!(
            html.contains(&format!(">{}</h1>", esc(&stretch.name))),
            "{}: its name is the heading",
            stretch.id
        );
        let dose = stretch.dose.in_words(stretch.goal);
        assert!(text.contains(&dose), "{}: dose {dose:?}", stretch.id);
        let (right, wrong) = match stretch.goal {
            Goal::Strengthen => (
                [word(Word::MusclesItWorks), "Working:", "Guided exercise"],
                [
                    word(Word::MusclesItLengthens),
                    "Stretching:",
                    "Guided stretch",
                ],
            ),
            Goal::Lengthen => (
                [
                    word(Word::MusclesItLengthens),
                    "Stretching:",
                    "Guided stretch",
                ],
                [word(Word::MusclesItWorks), "Working:", "Guided exercise"],
            ),
        };
        for words in right {
            assert!(html.contains(words), "{}: says {words:?}", stretch.id);
        }
        for words in wrong {
            assert!(!html.contains(words), "{}: says {words:?}", stretch.id);
        }
        for muscle in kb().muscles_for_stretch(&stretch.id) {
            assert!(
                html.contains(&format!(r#"href="muscle/{}/""#, muscle.id)),
                "{}: links to {}",
                stretch.id,
                muscle.id
            );
        }
        // What to check first comes before the picture that shows how: the player's figure (a
        // modification's own picture stands among the precautions, beside its words).
        let player = html.find(r#"class="player"#).expect("a player");
        let figure = player + html[player..].find(r#"class="figure""#).expect("a figure");
        for note in kb().precautions_for_stretch(&stretch.id) {
            let at = html
                .find(&esc(&note.precaution.name))
                .unwrap_or_else(|| panic!("{}: precaution {}", stretch.id, note.precaution.id));
            assert!(
                at < figure,
                "{}: {} after the figure",
                stretch.id,
                note.precaution.id
            );
        }
    }
}

#[tokio::test]
async fn every_muscle_page_lists_its_exercises_apart_from_its_stretches() {
    for muscle in &kb().muscles {
        let html = page(&format!("/muscle/{}", muscle.id)).await;
        let moves = kb().stretches_for_muscle(&muscle.id);
        let exercises = html.find("Exercises that work it");
        for stretch in &moves {
            let at = move_link_at(&html, &stretch.id)
                .unwrap_or_else(|| panic!("{}: no link to {}", muscle.id, stretch.id));
            let in_exercises = exercises.is_some_and(|group| at > group);
            assert_eq!(
                in_exercises,
                stretch.goal == Goal::Strengthen,
                "{}: {} in the wrong group",
                muscle.id,
                stretch.id
            );
        }
    }
}

#[tokio::test]
async fn every_article_with_exercises_leads_to_them_as_guided_exercises() {
    for article in &kb().articles {
        let html = page(&format!("/visit/{}", article.id)).await;
        let exercises: Vec<&str> = article
            .related
            .stretches
            .iter()
            .filter(|id| kb().stretch(id).is_some_and(|s| s.goal == Goal::Strengthen))
            .map(String::as_str)
            .collect();
        if exercises.is_empty() {
            continue;
        }
        let group = html
            .find("Guided exercises")
            .unwrap_or_else(|| panic!("{}: no guided exercises", article.id));
        for id in exercises {
            assert!(
                html[group..].contains(&format!(r#"href="stretch/{id}/""#)),
                "{}: {id}",
                article.id
            );
        }
    }
}

#[tokio::test]
async fn every_deep_muscle_page_opens_the_map_on_the_deep_layer_with_it_marked() {
    let deep: Vec<_> = kb()
        .muscles
        .iter()
        .filter(|m| m.depth == Depth::Deep)
        .collect();
    for muscle in deep {
        let html = page(&format!("/muscle/{}", muscle.id)).await;
        assert!(pressed(&html, "Deep muscles"), "{}", muscle.id);
        let tag = region_tag(&html, &muscle.id);
        assert!(
            tag.contains("is-selected") && tag.contains(r#"aria-current="true""#),
            "{}: {tag}",
            muscle.id
        );
        // The surface is drawn faintly over it and cannot be focused.
        for surface in kb()
            .muscles
            .iter()
            .filter(|m| m.depth == Depth::Superficial)
        {
            let tag = region_tag(&html, &surface.id);
            assert!(
                tag.contains("is-faint") && !tag.contains("tabindex"),
                "{}: {tag}",
                muscle.id
            );
        }
    }
}

#[tokio::test]
async fn searching_a_moves_name_finds_it_and_an_exercise_is_called_one() {
    for stretch in &kb().stretches {
        let query = stretch.name.to_lowercase().replace(' ', "+");
        let html = page(&format!("/search?q={query}")).await;
        assert!(
            move_link_at(&html, &stretch.id).is_some(),
            "{:?} does not find {}",
            stretch.name,
            stretch.id
        );
        if stretch.goal == Goal::Strengthen {
            assert!(visible_words(&html).contains("Exercise"), "{}", stretch.id);
        }
    }
}
