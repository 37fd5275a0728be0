//! The live hip–lumbar model: the rig's side-view figure bends forward (or takes a stride) as
//! `atlas_core::lumbopelvic` says, while the therapist or the client drags the bend and sets
//! how free the hips are. A readout gives the hip's and the low back's share in degrees and as
//! bars; the low back on the figure shows its load by colour and, when strained, by stripes and
//! the word "strained". "Side by side" draws free and tight hips doing the same movement.
//!
//! Self-contained: `<BendModel />` needs no props. The plain line under it (a simplified
//! model; tight hips *tend* to load the low back) is content: the `model-bend` and
//! `model-stride` notices in `assets/content/pages.toml`, shown with their sources.
//!
//! Stable hooks for tests and the benchmark: the root has `data-bend-model` (and
//! `data-movement`, `data-side-by-side`); the sliders `data-bend-slider` and
//! `data-hip-slider`; each figure's panel `data-capacity`, and in its readout
//! `[data-share="hip"]` / `[data-share="lumbar"]` with `data-degrees` (and `data-load` on the
//! low back).
//!
//! Nothing moves on its own (the figure follows the sliders), so reduced motion only turns off
//! the bars' short transition (in assets/model.css). No inline style: bars are SVG rectangles
//! sized by attributes, colours are classes.

mod readout;
mod text;

use atlas_core::lumbopelvic::{bend_pose, Load, Movement, Share};
use atlas_core::rig::shapes::Part;
use atlas_core::rig::{MuscleId, Pose, View};
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::components::claim::claim_text;
use crate::components::figure::{view_box_around, Figure, PartMark};
use crate::data::{kb, show, word, Word};
use crate::platform::clock::{bench_frame_rendered, bench_frame_start};

use readout::readout;
pub use text::{capacity_text, load_word, request_text};

/// Props for [`BendModel`]; every one is optional.
#[derive(Properties, PartialEq)]
pub struct BendModelProps {
    /// Prefix of the element ids inside (labels point at their sliders): unique on the page.
    #[prop_or(AttrValue::Static("bend-model"))]
    pub id: AttrValue,
    /// The movement shown first.
    #[prop_or(Movement::Bend)]
    pub movement: Movement,
}

impl Default for BendModelProps {
    /// No props: ids prefixed `bend-model`, bending forward first.
    fn default() -> Self {
        BendModelProps {
            id: AttrValue::Static("bend-model"),
            movement: Movement::Bend,
        }
    }
}

/// What the reader has set: per movement, the angle asked for and the hips' capacity.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Settings {
    movement: Movement,
    request: [f64; 2],
    capacity: [f64; 2],
    side_by_side: bool,
}

impl Settings {
    fn new(movement: Movement) -> Settings {
        Settings {
            movement,
            // A moderate bend and an ordinary step to begin with.
            request: [60.0, 12.0],
            capacity: Movement::ALL.map(Movement::normal_capacity),
            side_by_side: false,
        }
    }

    fn slot(&self) -> usize {
        index(self.movement)
    }

    fn request(&self) -> f64 {
        self.request[self.slot()]
    }

    fn capacity(&self) -> f64 {
        self.capacity[self.slot()]
    }

    /// The shares drawn: the reader's hips, or free hips beside them.
    fn shares(&self) -> Vec<Share> {
        let m = self.movement;
        let mine = m.share(self.request(), self.capacity());
        if self.side_by_side {
            vec![m.share(self.request(), m.normal_capacity()), mine]
        } else {
            vec![mine]
        }
    }
}

fn index(m: Movement) -> usize {
    match m {
        Movement::Bend => 0,
        Movement::Stride => 1,
    }
}

/// Whether a change set the hips (kept as set) or something else.
enum ChangeKind {
    Capacity,
    Other,
}

/// The reader's changes.
enum Change {
    Movement(Movement),
    Request(f64),
    Capacity(f64),
    SideBySide(bool),
}

impl Reducible for Settings {
    type Action = Change;

    fn reduce(self: Rc<Self>, change: Change) -> Rc<Self> {
        let mut s = *self;
        let change_kind = match change {
            Change::Capacity(_) => ChangeKind::Capacity,
            _ => ChangeKind::Other,
        };
        let slot = s.slot();
        match change {
            Change::Movement(m) => s.movement = m,
            Change::Request(v) => s.request[slot] = v,
            Change::Capacity(v) => s.capacity[slot] = v,
            Change::SideBySide(on) => s.side_by_side = on,
        }
        // Free beside free shows nothing: a comparison starts from tight hips.
        let slot = s.slot();
        let entering = !matches!(change_kind, ChangeKind::Capacity);
        if s.side_by_side && entering && s.capacity() >= s.movement.normal_capacity() {
            s.capacity[slot] = s.movement.tight_capacity();
        }
        Rc::new(s)
    }
}

/// The live model of how the hips and the low back share a forward bend or a stride.
#[component]
pub fn BendModel(props: &BendModelProps) -> Html {
    let settings = use_reducer_eq(|| Settings::new(props.movement));
    // Benchmark builds (`?bench`) time each input to its committed render.
    use_effect(bench_frame_rendered);
    let frames = use_memo((), |_| Movement::ALL.map(frame_of));
    let s = *settings;
    let m = s.movement;
    let id = &props.id;
    let request_id = format!("{id}-request");
    let capacity_id = format!("{id}-capacity");

    let on_request = slider(&settings, Change::Request);
    let on_capacity = slider(&settings, Change::Capacity);
    let change = |c: fn() -> Change| {
        let settings = settings.clone();
        Callback::from(move |_: MouseEvent| settings.dispatch(c()))
    };
    let set_capacity = |v: f64| {
        let settings = settings.clone();
        Callback::from(move |_: MouseEvent| settings.dispatch(Change::Capacity(v)))
    };
    let shares = s.shares();
    let mine = shares.last().copied().unwrap_or_else(|| m.share(0.0, 0.0));
    let frame = frames[index(m)].clone();
    let (request_label, capacity_label) = text::labels(m);
    let note = kb().notice(match m {
        Movement::Bend => "model-bend",
        Movement::Stride => "model-stride",
    });

    html! {
        <section class="bend-model" data-bend-model="" data-movement={text::movement_key(m)}
            data-side-by-side={s.side_by_side.to_string()} aria-label={word(Word::BendLabel)}>
            <div class="bend-model__modes">
                <div class="toggle" role="group" aria-label={word(Word::BendMovementLabel)}>
                    <button type="button" class="toggle__button" aria-pressed={(m == Movement::Bend).to_string()}
                        onclick={change(|| Change::Movement(Movement::Bend))}>{ show(Word::BendBending) }</button>
                    <button type="button" class="toggle__button" aria-pressed={(m == Movement::Stride).to_string()}
                        onclick={change(|| Change::Movement(Movement::Stride))}>{ show(Word::BendStriding) }</button>
                </div>
                <div class="toggle">
                    <button type="button" class="toggle__button toggle__button--alone" aria-pressed={s.side_by_side.to_string()}
                        onclick={
                            let settings = settings.clone();
                            let on = !s.side_by_side;
                            Callback::from(move |_: MouseEvent| settings.dispatch(Change::SideBySide(on)))
                        }>{ show(Word::BendSideBySide) }</button>
                </div>
            </div>
            <div class={classes!("bend-model__stage", s.side_by_side.then_some("bend-model__stage--two"))}>
                { for shares.iter().map(|share| panel(share, &frame)) }
            </div>
            <div class="bend-model__controls">
                { slider_control(SliderControl {
                    id: request_id,
                    label: request_label,
                    hook: Hook::Bend,
                    min: 0.0,
                    max: m.max_request(),
                    value: s.request(),
                    spoken: request_text(&mine),
                    oninput: on_request,
                    after: Html::default(),
                }) }
                { slider_control(SliderControl {
                    id: capacity_id,
                    label: capacity_label,
                    hook: Hook::Hip,
                    min: m.min_capacity(),
                    max: m.normal_capacity(),
                    value: s.capacity(),
                    spoken: capacity_text(&mine),
                    oninput: on_capacity,
                    after: html! {
                        <div class="toggle bend-model__presets" role="group" aria-label={word(Word::BendHipsLabel)}>
                            <button type="button" class="toggle__button"
                                aria-pressed={(s.capacity() >= m.normal_capacity()).to_string()}
                                onclick={set_capacity(m.normal_capacity())}>{ show(Word::BendFreeHips) }</button>
                            <button type="button" class="toggle__button"
                                aria-pressed={(s.capacity() == m.tight_capacity()).to_string()}
                                onclick={set_capacity(m.tight_capacity())}>{ show(Word::BendTightHips) }</button>
                        </div>
                    },
                }) }
            </div>
            if let Some(note) = note {
                <div class="bend-model__note">
                    { claim_text(&note.text, None) }
                </div>
            }
        </section>
    }
}

/// Which slider a control is, for the stable hooks tests and the benchmark find it by
/// (`data-bend-slider`, `data-hip-slider`).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Hook {
    /// The requested bend or stride.
    Bend,
    /// The hips' capacity.
    Hip,
}

/// What [`slider_control`] draws.
struct SliderControl {
    id: String,
    label: &'static str,
    hook: Hook,
    min: f64,
    max: f64,
    value: f64,
    /// The value and the shares, as a screen reader says them.
    spoken: String,
    oninput: Callback<InputEvent>,
    /// More controls under the slider (the hips' presets).
    after: Html,
}

/// One labelled slider in whole degrees, its value shown beside the label (the slider itself
/// speaks it, with the shares, to a screen reader).
fn slider_control(c: SliderControl) -> Html {
    let int = |v: f64| text::int(v).to_string();
    html! {
        <div class="bend-model__control">
            <div class="bend-model__label-row">
                <label class="bend-model__label" for={c.id.clone()}>{ c.label }</label>
                <output class="bend-model__output" for={c.id.clone()} aria-hidden="true">
                    { format!("{}°", int(c.value)) }
                </output>
            </div>
            <input id={c.id} class="bend-model__slider" type="range"
                data-bend-slider={(c.hook == Hook::Bend).then_some("")}
                data-hip-slider={(c.hook == Hook::Hip).then_some("")}
                min={int(c.min)} max={int(c.max)} step="1" value={int(c.value)}
                aria-valuetext={c.spoken} oninput={c.oninput} />
            { c.after }
        </div>
    }
}

/// A slider's `input` handler: the value as degrees, sent as `make(value)`.
fn slider(settings: &UseReducerHandle<Settings>, make: fn(f64) -> Change) -> Callback<InputEvent> {
    let settings = settings.clone();
    Callback::from(move |e: InputEvent| {
        bench_frame_start();
        let input: HtmlInputElement = e.target_unchecked_into();
        let value = input.value_as_number();
        if value.is_finite() {
            settings.dispatch(make(value));
        }
    })
}

/// One figure with its caption and readout.
fn panel(share: &Share, frame: &AttrValue) -> Html {
    let pose = bend_pose(share);
    let caption = text::caption(share);
    let mark = PartMark {
        part: Part::Waist,
        classes: match share.load() {
            Load::Usual => &["fig-mark fig-mark--usual"],
            Load::More => &["fig-mark fig-mark--more"],
            Load::Strained => &["fig-mark fig-mark--strained", "fig-stripes"],
        },
    };
    html! {
        <figure class="bend-model__panel" data-capacity={text::int(share.capacity).to_string()}
            data-load={text::load_key(share.load())}>
            <Figure pose={pose} view={View::Sagittal} muscles={no_muscles()}
                label={text::figure_label(share)} view_box={frame.clone()} mark={mark} />
            <figcaption class="bend-model__caption">{ caption }</figcaption>
            { readout(share) }
        </figure>
    }
}

/// No muscle lines: the low back's mark is the one thing lit.
fn no_muscles() -> Rc<[MuscleId]> {
    thread_local! {
        static NONE: Rc<[MuscleId]> = Rc::from(Vec::new().into_boxed_slice());
    }
    NONE.with(Rc::clone)
}

/// The one view box for a movement: fits every request with free and very tight hips, so the
/// figure never rescales while it moves and two figures side by side share a scale.
fn frame_of(m: Movement) -> AttrValue {
    let steps = 10;
    let poses = (0..=steps).flat_map(move |i| {
        let t = m.max_request() * f64::from(i) / f64::from(steps);
        [m.normal_capacity(), m.min_capacity()].map(|c| bend_pose(&m.share(t, c)))
    });
    let poses: Vec<Pose> = poses.collect();
    AttrValue::from(view_box_around(poses, View::Sagittal).attr())
}
