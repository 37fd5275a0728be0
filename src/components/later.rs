//! A part of a page that the take-over renders in a task of its own (`platform::take_over`):
//! rendered with the rest, a whole entry page was one task a throttled phone spent a quarter
//! of a second on, deaf to taps. During the take-over's first render a [`Later`] renders
//! nothing and waits its turn; the pre-rendered copy stays on screen until every part has
//! rendered, so a reader never sees the gap. Anywhere else (a page opened after the take-over,
//! the build's render, tests) it renders its part at once.

use yew::prelude::*;

use crate::platform::take_over::{later_place, wait_turn};

/// Props for [`Later`].
#[derive(Properties, PartialEq)]
pub struct LaterProps {
    /// The part.
    pub children: Html,
}

/// Its part, in a task of its own during the take-over (see the module comment).
#[component]
pub fn Later(props: &LaterProps) -> Html {
    // Its place in the take-over's queue while it waits; `None` once shown, or from the start.
    let waiting = use_state(later_place);
    {
        let waiting = waiting.clone();
        use_effect_with((), move |_| {
            if let Some(place) = *waiting {
                wait_turn(place, move || waiting.set(None));
            }
        });
    }
    if waiting.is_some() {
        return Html::default();
    }
    props.children.clone()
}

/// `part` as a [`Later`].
pub fn later(part: Html) -> Html {
    html! { <Later>{ part }</Later> }
}
