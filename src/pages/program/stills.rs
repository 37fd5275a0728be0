//! Still pictures of a stretch, drawn from its guide's rig: where it starts and the pose it
//! holds. The same figure as the animated guide, so the handout and the phone agree.

use std::rc::Rc;

use atlas_core::rig::Guide;
use yew::prelude::*;

use crate::components::figure::{frame_for, Figure};

/// The start and the hold (or the end of the movement, for a move paced by the breath).
///
/// A plain function rather than a component: it has no state, and every component costs the
/// download a few kilobytes of Yew's generic code.
pub fn stills(guide: &'static Guide, name: &str) -> Html {
    let muscles: Rc<[_]> = guide.muscles.clone().into();
    let frame = frame_for(guide);
    let held = guide
        .hold_index()
        .or(guide.keyframes.len().checked_sub(1))
        .map(|i| guide.keyframes[i].pose)
        .unwrap_or(guide.base);
    let picture = |pose, word: &str| {
        html! {
            <figure class="still">
                <Figure {pose} view={guide.view} muscles={muscles.clone()} frame={Some(frame.clone())}
                    label={format!("{name}: {word}")} />
                <figcaption>{ word.to_string() }</figcaption>
            </figure>
        }
    };
    html! {
        <div class="stills">
            { picture(guide.base, "Start") }
            { picture(held, if guide.hold_index().is_some() { "Hold" } else { "Move" }) }
        </div>
    }
}
