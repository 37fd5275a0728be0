//! Moving through the session: a progress bar whose every step is a link, Previous and Next,
//! the arrow keys (and Page Up/Down, and Space where the step plays nothing), and a sideways
//! swipe. Every move is a new history entry, so Back returns to the step before.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::data::{kb, show_with, word, Word};
use crate::platform::keys;
use crate::route::Route;
use crate::router::{use_navigator, Link, Navigator};

/// How far a finger must travel sideways, in CSS pixels, for a swipe to turn the step.
const SWIPE_MIN: f64 = 60.0;

/// Props for [`Progress`].
#[derive(Properties, PartialEq)]
pub struct ProgressProps {
    /// The current step's number.
    pub number: usize,
}

/// Every step, numbered and named, the current one marked; each opens its step.
#[component]
pub fn Progress(props: &ProgressProps) -> Html {
    let steps = &kb().explain;
    html! {
        <nav class="explain__progress" aria-label={word(Word::ExplainStepsLabel)}>
            <ol>
                { for steps.iter().enumerate().map(|(i, step)| {
                    let number = i + 1;
                    let current = number == props.number;
                    let class = classes!(
                        "explain__dot",
                        current.then_some("is-current"),
                        (number < props.number).then_some("is-done"),
                    );
                    html! {
                        <li class={class} aria-current={current.then_some("step")}>
                            // The name is read once, in words; the number and the visible name
                            // (hidden on a phone, where the heading names the step) are seen.
                            <Link to={Route::Explain { step: number }} classes="explain__dot-link">
                                <span class="visually-hidden">{ show_with(Word::ExplainStepNamed, &[("number", &number.to_string()), ("step", &step.title)]) }</span>
                                <span class="explain__dot-number" aria-hidden="true">{ number }</span>
                                <span class="explain__dot-title" aria-hidden="true">{ step.title.clone() }</span>
                            </Link>
                        </li>
                    }
                }) }
            </ol>
        </nav>
    }
}

/// Props for [`PrevNext`].
#[derive(Properties, PartialEq)]
pub struct PrevNextProps {
    /// The current step's number.
    pub number: usize,
    /// How many steps there are.
    pub total: usize,
}

/// Large Previous and Next links at the foot of the step.
#[component]
pub fn PrevNext(props: &PrevNextProps) -> Html {
    let steps = &kb().explain;
    let title = |number: usize| steps[number - 1].title.clone();
    html! {
        <nav class="explain__prev-next" aria-label={word(Word::ExplainPrevNextLabel)}>
            if props.number > 1 {
                <Link to={Route::Explain { step: props.number - 1 }} classes="button explain__prev">
                    <span aria-hidden="true">{ "← " }</span>{ show_with(Word::ExplainPrevious, &[("step", &title(props.number - 1))]) }
                </Link>
            }
            if props.number < props.total {
                <Link to={Route::Explain { step: props.number + 1 }} classes="button button--primary explain__next">
                    { show_with(Word::ExplainNext, &[("step", &title(props.number + 1))]) }<span aria-hidden="true">{ " →" }</span>
                </Link>
            }
        </nav>
    }
}

/// The step `delta` away from `number`, if the session has it.
fn neighbour(number: usize, total: usize, delta: isize) -> Option<Route> {
    let to = number.checked_add_signed(delta)?;
    (1..=total)
        .contains(&to)
        .then_some(Route::Explain { step: to })
}

/// Props for [`StepKeys`].
#[derive(Properties, PartialEq)]
pub struct StepKeysProps {
    /// The current step's number.
    pub number: usize,
    /// How many steps there are.
    pub total: usize,
    /// Whether Space moves on too (not on a step whose guide player answers Space).
    pub space: bool,
    /// Escape: leaves present mode.
    pub onescape: Callback<()>,
}

/// Listens for the keys that move between steps while the step is open; renders nothing.
#[component]
pub fn StepKeys(props: &StepKeysProps) -> Html {
    let navigator = use_navigator();
    let deps = (
        props.number,
        props.total,
        props.space,
        props.onescape.clone(),
    );
    use_effect_with(deps, move |(number, total, space, onescape)| {
        let listener = listen(navigator, *number, *total, *space, onescape.clone());
        move || drop(listener)
    });
    Html::default()
}

/// The keydown listener: arrows and Page Up/Down move (unless a slider or text field has
/// focus), Space moves on where allowed, Escape leaves present mode.
fn listen(
    navigator: Navigator,
    number: usize,
    total: usize,
    space: bool,
    onescape: Callback<()>,
) -> Option<gloo::events::EventListener> {
    // The step the last press went to. The listener is registered again only after the new
    // step has rendered; a second press before that must step on from where the first one
    // went, not push the same next step again (it was lost).
    let at = std::cell::Cell::new(number);
    keys::on_key(move |key, target| {
        if key.default_prevented() {
            return;
        }
        let (typing, control) = keys::focus_kind(target);
        // A slider or text field uses the arrow keys itself.
        let uses_arrows = typing
            || target.is_some_and(|t| {
                t.get_attribute("type").as_deref() == Some("range")
                    || t.get_attribute("role").as_deref() == Some("slider")
            });
        let delta = match key.key().as_str() {
            "ArrowRight" | "PageDown" if !uses_arrows => 1,
            "ArrowLeft" | "PageUp" if !uses_arrows => -1,
            " " if space && !typing && !control => 1,
            "Escape" => {
                onescape.emit(());
                return;
            }
            _ => return,
        };
        if let Some(route) = neighbour(at.get(), total, delta) {
            key.prevent_default();
            at.set(at.get().saturating_add_signed(delta));
            navigator.push(&route);
        }
    })
}

/// The pointer handlers that turn a sideways swipe into a step.
pub struct Swipe {
    /// Where a touch started.
    pub down: Callback<PointerEvent>,
    /// Where it ended: a long enough, mostly sideways move turns the step.
    pub up: Callback<PointerEvent>,
    /// The browser took the touch over (a scroll): forget it.
    pub cancel: Callback<PointerEvent>,
}

/// Swipes on the step (not on a slider, a map or a playing figure, which use the finger
/// themselves): left for the next step, right for the previous one. Touch only; a mouse
/// drag selects text as usual.
#[hook]
pub fn use_swipe(number: usize, total: usize) -> Swipe {
    let start = use_mut_ref(|| None::<(f64, f64)>);
    let navigator = use_navigator();
    let down = {
        let start = start.clone();
        Callback::from(move |event: PointerEvent| {
            let own_gesture = event
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .and_then(|t| t.closest("input, svg, [data-own-gesture]").ok().flatten())
                .is_some();
            *start.borrow_mut() = (event.pointer_type() == "touch" && !own_gesture)
                .then(|| (f64::from(event.client_x()), f64::from(event.client_y())));
        })
    };
    let up = {
        let start = start.clone();
        Callback::from(move |event: PointerEvent| {
            let Some((x, y)) = start.borrow_mut().take() else {
                return;
            };
            let dx = f64::from(event.client_x()) - x;
            let dy = f64::from(event.client_y()) - y;
            if dx.abs() >= SWIPE_MIN && dx.abs() > 1.5 * dy.abs() {
                let delta = if dx < 0.0 { 1 } else { -1 };
                if let Some(route) = neighbour(number, total, delta) {
                    navigator.push(&route);
                }
            }
        })
    };
    let cancel = Callback::from(move |_: PointerEvent| *start.borrow_mut() = None);
    Swipe { down, up, cancel }
}
