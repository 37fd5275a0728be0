//! Checks that span the knowledge base and the stretch guides, run by the app's build script
//! (through [`crate::bundle::cross_check`]) and by tests. Each problem is one line naming the
//! file, the entry and the field.
//!
//! - `guides`: every guide animates a stretch that exists, and every stretch has a guide.
//! - [`lengthens`]: a stretch's muscle list is what the rig computes the guide lengthens.
//! - [`works`]: a strengthening exercise's muscles are ones the rig computes its guide works
//!   (shortens on the way to the top).
//! - [`five_minutes`]: a condition's "start here" set plays in five minutes or less.
//! - [`precautions`]: a move needs every precaution its guide's poses meet a rule for, and a
//!   condition offers no move that needs one of its precautions unless a modification keeps
//!   out of the position.
//! - `pace`: a move paced by the breath is as slow as its dose says, one repetition a breath.
//! - `steps`: a guide's pictures do what its stretch's steps say (the checkable words of
//!   [`crate::rig::words`]).
//! - `within`: a modification's own pose in a guide keeps to the position the modification
//!   states (its `within`).

pub mod five_minutes;
mod guides;
pub mod lengthens;
mod pace;
pub mod precautions;
mod steps;
mod within;
pub mod works;

use crate::content::KnowledgeBase;
use crate::rig::Guide;

/// Every mismatch between the content and the guides, each naming the file, the entry and the
/// field. Empty when they agree.
pub fn cross_check(kb: &KnowledgeBase, guides: &[Guide]) -> Vec<String> {
    let mut problems = guides::check_pairs(kb, guides);
    problems.extend(lengthens::check_muscle_lists(kb, guides));
    problems.extend(works::check_worked_muscles(kb, guides));
    problems.extend(five_minutes::check_start_here(kb, guides));
    problems.extend(precautions::check_links(kb, guides));
    problems.extend(precautions::check_answers(kb, guides));
    problems.extend(steps::check_steps(kb, guides));
    problems.extend(pace::check_pace(kb, guides));
    problems.extend(within::check_modification_poses(kb, guides));
    problems
}
