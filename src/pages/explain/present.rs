//! Present mode: while the therapist presents, the site's header and footer step aside and the
//! screen stays awake; leaving the mode (or explain mode) brings both back.

use yew::prelude::*;

use crate::data::{show, Word};
use crate::platform::{document, wake_lock};

/// Whether explain mode is presenting. The document and the wake lock follow the state, and
/// are restored when the explain page goes away.
#[hook]
pub fn use_presenting() -> UseStateHandle<bool> {
    let presenting = use_state(|| false);
    use_effect_with(*presenting, |on| {
        document::set_presenting(*on);
        if *on {
            wake_lock::acquire(wake_lock::Holder::Presenting);
        }
        move || {
            document::set_presenting(false);
            wake_lock::release(wake_lock::Holder::Presenting);
        }
    });
    presenting
}

/// "Present" / "Stop presenting": a plain function, since `presenting` is the page's state.
pub fn present_toggle(presenting: &UseStateHandle<bool>) -> Html {
    let is_presenting = **presenting;
    let presenting = presenting.clone();
    let onclick = Callback::from(move |_: MouseEvent| presenting.set(!*presenting));
    html! {
        <button type="button" class="button explain__tool" aria-pressed={is_presenting.to_string()} {onclick}>
            { show(if is_presenting { Word::ExplainStopPresenting } else { Word::ExplainPresent }) }
        </button>
    }
}
