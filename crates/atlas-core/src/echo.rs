//! Text from the URL, echoed back on a page ("There is no muscle called “…”", "No results
//! for “…”"), as a short excerpt.
//!
//! The URL is written by whoever made the link: echoed in full, a 100 KB id made the page a
//! million pixels wide, and a crafted one put someone else's sentence ("this clinic has moved,
//! call …") into the clinic's page. An excerpt of a few words, shown in quotation marks, still
//! tells the reader what was asked for.

/// The most characters of URL text echoed on a page, "…" included: a few words, short enough
/// to fit one line on a phone and too short to pass for the clinic's own message.
pub const ECHO_CHARS: usize = 40;

/// `text` as it may be echoed: runs of whitespace and control characters become one space,
/// the ends are trimmed, and anything past [`ECHO_CHARS`] characters is cut and marked "…".
/// The caller adds the quotation marks.
pub fn echo_excerpt(text: &str) -> String {
    let mut clean = String::new();
    // Reading stops once there is more than fits, so a huge text costs no more than a short one.
    let mut chars = 0;
    let mut gap = false;
    for ch in text.chars() {
        if ch.is_whitespace() || ch.is_control() {
            gap = !clean.is_empty();
            continue;
        }
        if gap {
            clean.push(' ');
            chars += 1;
            gap = false;
        }
        clean.push(ch);
        chars += 1;
        if chars > ECHO_CHARS {
            break;
        }
    }
    if chars <= ECHO_CHARS {
        return clean;
    }
    let kept: String = clean.chars().take(ECHO_CHARS - 1).collect();
    format!("{}…", kept.trim_end())
}
