//! "Update ready — reload": a quiet notice when a new version of the app has been installed in
//! the background. It never takes focus and never reloads by itself, so a playing guide or a
//! half-read page is never interrupted; the reader reloads when it suits them.

use gloo::events::EventListener;
use yew::prelude::*;

use crate::data::{show, Word};
use crate::platform::service_worker;

/// Shows nothing until the service worker reports a waiting version, whether it did so before
/// this notice was mounted or after.
#[component]
pub fn UpdateNotice() -> Html {
    let ready = use_state_eq(service_worker::update_waiting);
    {
        let ready = ready.setter();
        use_effect_with((), move |_| {
            let listener =
                EventListener::new(&gloo::utils::window(), service_worker::UPDATE_READY, {
                    let ready = ready.clone();
                    move |_| ready.set(true)
                });
            // An announcement between the first render and this listener is not lost.
            if service_worker::update_waiting() {
                ready.set(true);
            }
            move || drop(listener)
        });
    }
    let dismiss = {
        let ready = ready.setter();
        Callback::from(move |_: MouseEvent| ready.set(false))
    };
    let reload = Callback::from(|_: MouseEvent| service_worker::apply_update());
    html! {
        <div class="update-notice" role="status">
            if *ready {
                <p class="update-notice__text">{ show(Word::UpdateReady) }</p>
                <button type="button" class="button button--primary update-notice__reload" onclick={reload}>
                    { show(Word::UpdateReload) }
                </button>
                <button type="button" class="button update-notice__later" onclick={dismiss}>
                    { show(Word::UpdateLater) }
                </button>
            }
        </div>
    }
}
