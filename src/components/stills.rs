//! Still pictures of a stretch or exercise, drawn from its guide's rig, so a picture on a list,
//! a page or the printed handout is the same figure the guide animates.
//!
//! - [`stills`]: where it starts and the pose that tells it (the home program and its handout),
//!   each picture labelled for screen readers.
//! - [`still`]: that pose alone, small, for lists and links. It always sits next to the
//!   stretch's name, so it is hidden from screen readers: they hear each name once.
//! - [`stretch_chip`]: a link to a stretch with its small still and its name.
//! - [`modification_still`]: the move as a modification has it, beside the modification's
//!   words, labelled for screen readers.
//!
//! Plain functions rather than components: they hold no state, and every component costs the
//! download a few kilobytes of Yew's generic code.

use std::rc::Rc;

use atlas_core::content::{Entity, Stretch};
use atlas_core::rig::ghost::other_end;
use atlas_core::rig::still::{key_index, key_pose, lit_side, still_muscles};
use atlas_core::rig::{Guide, Pose};
use yew::prelude::*;

use crate::components::figure::{view_box_attr, Figure};
use crate::data::{self, guide_for, show, words, Word};
use crate::route::route_for;
use crate::router::Link;

/// The start and the pose that tells the stretch: its hold, the deepest point of a move paced
/// by the breath, or an exercise's top. Nothing when the stretch has no guide.
pub fn stills(stretch: &Stretch) -> Html {
    let Some(guide) = guide_for(&stretch.id) else {
        return Html::default();
    };
    let working = stretch.is_exercise();
    let view_box = view_box_attr(guide);
    // "Hold" only when the key picture is the hold: figure-4's is the crossed ankle before
    // the legs are drawn in, which the caption must not call the hold.
    let word = if working {
        Word::StillTop
    } else if guide.hold_index().is_none() {
        Word::StillMove
    } else if key_index(guide, working) == guide.hold_index() {
        Word::StillHold
    } else {
        Word::StillThen
    };
    let picture = |pose, ghost, which: Word| {
        let label = words(
            Word::StillLabel,
            &[("name", &stretch.name), ("picture", data::word(which))],
        );
        html! {
            <figure class="still">
                { figure(stretch, guide, pose, ghost, Some(view_box.clone()), label) }
                <figcaption>{ show(which) }</figcaption>
            </figure>
        }
    };
    html! {
        <div class="stills">
            { picture(guide.base, None, Word::StillStart) }
            { picture(key_pose(guide, working), other_end(guide, working), word) }
        </div>
    }
}

/// The pose that tells the stretch, alone and small, cropped to that pose so it reads at list
/// size. Decorative (`aria-hidden`): it always stands next to the stretch's name.
pub fn still(stretch: &Stretch) -> Html {
    let Some(guide) = guide_for(&stretch.id) else {
        return Html::default();
    };
    let working = stretch.is_exercise();
    let pose = key_pose(guide, working);
    // A move's other end is drawn faint behind it, so the crop takes in both.
    let ghost = other_end(guide, working);
    html! {
        <span class="still still--small" aria-hidden="true">
            { figure(stretch, guide, pose, ghost, None, stretch.name.clone()) }
        </span>
    }
}

/// The move as one of its modifications has it, small, to stand beside the modification's
/// words: the guide's own pose for that precaution (`[modifications.<precaution>]`, the pose
/// the build checks the modification's words and limits on), so a client who must keep to
/// the modification copies that picture, not the default hold. `label` says what it shows.
/// `None` when the stretch's guide has no pose for this precaution.
pub fn modification_still(stretch: &Stretch, precaution: &str, label: String) -> Option<Html> {
    let guide = guide_for(&stretch.id)?;
    let pose = guide.modifications.get(precaution).copied()?;
    Some(html! {
        <span class="still still--modification">
            { figure(stretch, guide, pose, None, None, label) }
        </span>
    })
}

/// A list item linking to a stretch: its small still, then its name (one tap target).
pub fn stretch_chip(stretch: &Stretch) -> Html {
    html! {
        <li>
            <Link to={route_for(&stretch.entity_ref())}>
                { still(stretch) }
                <span class="chip__name">{ stretch.name.clone() }</span>
            </Link>
        </li>
    }
}

/// The guide's figure in `pose`, with a move's other end (`ghost`) faint behind it, in
/// `view_box` or, without one, cropped to the pose and its ghost. An
/// exercise lights the muscles it works by how far they have shortened from its start, as the
/// player does; a stretch lights the ones this pose lengthens (`still_muscles`), on the side
/// `lit_side` names.
fn figure(
    stretch: &Stretch,
    guide: &'static Guide,
    pose: Pose,
    ghost: Option<Pose>,
    view_box: Option<AttrValue>,
    label: String,
) -> Html {
    let working = stretch.is_exercise();
    let side = lit_side(guide, stretch.dose.each_side);
    let muscles: Rc<[_]> = still_muscles(guide, &pose, side, working).into();
    html! {
        <Figure {pose} view={guide.view} {muscles} crop={view_box.is_none()} {view_box} label={label}
            working_from={working.then_some(guide.base)} {ghost} {side} />
    }
}
