//! The readout under a figure: the hip's and the low back's share in degrees and as bars, the
//! low back's load in words (and stripes when strained), and what is out of reach.

use atlas_core::lumbopelvic::{Load, Share};
use yew::prelude::*;

use crate::data::{show, Word};

use super::text::{int, load_key, load_word};

/// Two labelled bars (hips, low back) on one scale, and a line for what cannot be reached: a
/// plain function, since it holds no state and its share changes with every render of the
/// model that draws it.
pub fn readout(share: &Share) -> Html {
    let s = share;
    let m = s.movement;
    // One scale for both bars: the larger of the free hip's and the strained low back's range.
    let scale = m.normal_capacity().max(m.strained_limit());
    let load = s.load();
    let lumbar_class = classes!(
        "bend-bar__fill",
        format!("bend-bar__fill--{}", load_key(load))
    );
    html! {
        <dl class="bend-readout">
            <div class="bend-readout__row" data-share="hip" data-degrees={int(s.hip).to_string()}>
                <dt class="bend-readout__name">{ show(Word::BendReadoutHips) }</dt>
                <dd class="bend-readout__value">{ format!("{}°", int(s.hip)) }</dd>
                <dd class="bend-readout__bar">{ bar(s.hip, scale, classes!("bend-bar__fill", "bend-bar__fill--hip"), None, false) }</dd>
            </div>
            <div class="bend-readout__row" data-share="lumbar" data-degrees={int(s.lumbar).to_string()}
                data-load={load_key(load)}>
                <dt class="bend-readout__name">{ show(Word::BendReadoutLowBack) }</dt>
                <dd class="bend-readout__value">{ format!("{}°", int(s.lumbar)) }</dd>
                <dd class={classes!("bend-readout__load", format!("bend-readout__load--{}", load_key(load)))}>
                    { load_word(load) }
                </dd>
                <dd class="bend-readout__bar">
                    { bar(s.lumbar, scale, lumbar_class, Some(m.usual_lumbar_end()), load == Load::Strained) }
                </dd>
            </div>
            if s.out_of_reach() {
                <div class="bend-readout__row bend-readout__row--reach" data-share="unreached"
                    data-degrees={int(s.unreached).to_string()}>
                    <dt class="bend-readout__name">{ show(Word::BendReadoutReach) }</dt>
                    <dd class="bend-readout__value">{ format!("{}°", int(s.unreached)) }</dd>
                </div>
            }
        </dl>
    }
}

/// A horizontal bar (decorative: the degrees are in the text beside it), `value` of `scale`,
/// with an optional tick at the usual end and stripes.
fn bar(value: f64, scale: f64, fill: Classes, tick: Option<f64>, stripes: bool) -> Html {
    let w = |v: f64| AttrValue::from(atlas_core::svg_number::num((100.0 * v / scale) as f32));
    html! {
        <svg class="bend-bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true"
            focusable="false">
            <rect class="bend-bar__track" width="100" height="10" rx="2" />
            <rect class={fill} width={w(value)} height="10" rx="2" />
            if stripes {
                <line class="bend-bar__stripes" x1="0" x2={w(value)} y1="5" y2="5" />
            }
            if let Some(t) = tick {
                <line class="bend-bar__tick" x1={w(t)} x2={w(t)} y1="0" y2="10" />
            }
        </svg>
    }
}
