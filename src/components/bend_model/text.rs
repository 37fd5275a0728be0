//! The model's words: labels, spoken slider values and the figure's description, put together
//! from the clinic's interface table (`interface.toml`). Degrees are whole numbers written as
//! integers (float formatting would cost the wasm ~14 KB).

use atlas_core::lumbopelvic::{Load, Movement, Share};

use crate::data::{word, words, Word};

/// Degrees rounded to a whole number.
pub fn int(degrees: f64) -> i32 {
    degrees.round() as i32
}

/// The two sliders' labels: the movement's angle and the hips' capacity.
pub fn labels(m: Movement) -> (&'static str, &'static str) {
    match m {
        Movement::Bend => (word(Word::BendBendLabel), word(Word::BendBendCapacity)),
        Movement::Stride => (word(Word::BendStrideLabel), word(Word::BendStrideCapacity)),
    }
}

/// `data-movement`: `bend` or `stride`.
pub fn movement_key(m: Movement) -> &'static str {
    match m {
        Movement::Bend => "bend",
        Movement::Stride => "stride",
    }
}

/// `data-load`: `usual`, `more` or `strained`.
pub fn load_key(load: Load) -> &'static str {
    match load {
        Load::Usual => "usual",
        Load::More => "more",
        Load::Strained => "strained",
    }
}

/// How the low back's load reads: "usual share", "working harder", "strained".
pub fn load_word(load: Load) -> &'static str {
    match load {
        Load::Usual => word(Word::BendLoadUsual),
        Load::More => word(Word::BendLoadMore),
        Load::Strained => word(Word::BendLoadStrained),
    }
}

/// "Free hips" or "Tight hips".
pub fn hips_word(share: &Share) -> &'static str {
    if share.capacity >= share.movement.normal_capacity() {
        word(Word::BendFreeHips)
    } else {
        word(Word::BendTightHips)
    }
}

/// The panel's caption: "Free hips" or "Tight hips (40°)".
pub fn caption(share: &Share) -> String {
    if share.capacity >= share.movement.normal_capacity() {
        hips_word(share).to_string()
    } else {
        words(
            Word::BendCaptionTight,
            &[
                ("hips", hips_word(share)),
                ("degrees", &int(share.capacity).to_string()),
            ],
        )
    }
}

/// The shares as words: "hips 26, low back 34, usual share" (and what is out of reach).
fn shares_words(share: &Share) -> String {
    let mut said = words(
        Word::BendShares,
        &[
            ("hip", &int(share.hip).to_string()),
            ("lumbar", &int(share.lumbar).to_string()),
            ("load", load_word(share.load())),
        ],
    );
    if share.out_of_reach() {
        said.push_str(&words(
            Word::BendOutOfReach,
            &[("degrees", &int(share.unreached).to_string())],
        ));
    }
    said
}

/// The movement slider's spoken value: "60 degrees: hips 26, low back 34, usual share".
pub fn request_text(share: &Share) -> String {
    words(
        Word::BendRequestSpoken,
        &[
            ("degrees", &int(share.requested).to_string()),
            ("shares", &shares_words(share)),
        ],
    )
}

/// The hip slider's spoken value: "40 degrees, tight hips: hips 40, low back 48, strained".
pub fn capacity_text(share: &Share) -> String {
    words(
        Word::BendCapacitySpoken,
        &[
            ("degrees", &int(share.capacity).to_string()),
            ("hips", &hips_word(share).to_lowercase()),
            ("shares", &shares_words(share)),
        ],
    )
}

/// The figure's description for screen readers: "Tight hips (40°), bending forward 90
/// degrees: hips 40, low back 50, strained".
pub fn figure_label(share: &Share) -> String {
    let doing = match share.movement {
        Movement::Bend => Word::BendDoingBend,
        Movement::Stride => Word::BendDoingStride,
    };
    words(
        Word::BendFigureLabel,
        &[
            ("caption", &caption(share)),
            ("doing", word(doing)),
            ("degrees", &int(share.requested).to_string()),
            ("shares", &shares_words(share)),
        ],
    )
}
