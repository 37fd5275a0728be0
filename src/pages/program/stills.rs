//! Still pictures of a stretch, drawn from its guide's rig: where it starts and the pose it
//! holds. The same figure as the animated guide, so the handout and the phone agree.

use std::rc::Rc;

use atlas_core::rig::Guide;
use yew::prelude::*;

use crate::components::figure::{frame_for, Figure};

/// Props for [`Stills`].
#[derive(Properties)]
pub struct StillsProps {
    /// The stretch's guide.
    pub guide: &'static Guide,
    /// The stretch's name, for the pictures' descriptions.
    pub name: AttrValue,
}

impl PartialEq for StillsProps {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.guide, other.guide) && self.name == other.name
    }
}

/// The start and the hold (or the end of the movement, for a move paced by the breath).
#[component]
pub fn Stills(props: &StillsProps) -> Html {
    let guide = props.guide;
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
                    label={format!("{}: {word}", props.name)} />
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
