//! The model's words: labels, spoken slider values and the figure's description. Degrees are
//! whole numbers written as integers (float formatting would cost the wasm ~14 KB).

use atlas_core::lumbopelvic::{Load, Movement, Share};

/// Degrees rounded to a whole number.
pub fn int(degrees: f64) -> i32 {
    degrees.round() as i32
}

/// The two sliders' labels: the movement's angle and the hips' capacity.
pub fn labels(m: Movement) -> (&'static str, &'static str) {
    match m {
        Movement::Bend => (
            "Bend forward (degrees)",
            "Hip flexibility: how far the hips can bend (degrees)",
        ),
        Movement::Stride => (
            "Stride: back leg behind the body (degrees)",
            "Hip flexibility: how far the hip can straighten past upright (degrees)",
        ),
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
        Load::Usual => "usual share",
        Load::More => "working harder",
        Load::Strained => "strained",
    }
}

/// "Free hips" or "Tight hips".
pub fn hips_word(share: &Share) -> &'static str {
    if share.capacity >= share.movement.normal_capacity() {
        "Free hips"
    } else {
        "Tight hips"
    }
}

/// The panel's caption: "Free hips" or "Tight hips (40°)".
pub fn caption(share: &Share) -> String {
    if share.capacity >= share.movement.normal_capacity() {
        hips_word(share).to_string()
    } else {
        format!("{} ({}°)", hips_word(share), int(share.capacity))
    }
}

/// The shares as words: "hips 26, low back 34, usual share" (and what is out of reach).
fn shares_words(share: &Share) -> String {
    let mut words = format!(
        "hips {}, low back {}, {}",
        int(share.hip),
        int(share.lumbar),
        load_word(share.load())
    );
    if share.out_of_reach() {
        words.push_str(&format!("; {} out of reach", int(share.unreached)));
    }
    words
}

/// The movement slider's spoken value: "60 degrees: hips 26, low back 34, usual share".
pub fn request_text(share: &Share) -> String {
    format!("{} degrees: {}", int(share.requested), shares_words(share))
}

/// The hip slider's spoken value: "40 degrees, tight hips: hips 40, low back 48, strained".
pub fn capacity_text(share: &Share) -> String {
    format!(
        "{} degrees, {}: {}",
        int(share.capacity),
        hips_word(share).to_lowercase(),
        shares_words(share)
    )
}

/// The figure's description for screen readers: "Tight hips (40°), bending forward 90
/// degrees: hips 40, low back 50, strained".
pub fn figure_label(share: &Share) -> String {
    let doing = match share.movement {
        Movement::Bend => "bending forward",
        Movement::Stride => "striding, back leg behind by",
    };
    format!(
        "{}, {doing} {} degrees: {}",
        caption(share),
        int(share.requested),
        shares_words(share)
    )
}
