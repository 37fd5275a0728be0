//! QR codes for the home program's link, drawn as one SVG path so a phone can scan the
//! therapist's screen or the printed handout. The encoder is the `qrcodegen` crate; this module
//! only turns its grid of modules into path data, one rectangle per run of dark modules.

use qrcodegen::{QrCode, QrCodeEcc};

/// The light border around the code, in modules, that scanners need (the standard's four).
pub const QUIET_ZONE: i32 = 4;

/// A QR code ready to draw: an SVG `viewBox` of `0 0 size size` and the dark modules' path.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QrDrawing {
    /// Width and height in modules, quiet zone included.
    pub size: i32,
    /// SVG path data of every dark module, in module units.
    pub path: String,
}

/// The QR code for `text` (medium error correction, which survives a smudge or a glare), or
/// `None` if the text is too long for any QR code.
pub fn qr_drawing(text: &str) -> Option<QrDrawing> {
    let code = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
    let n = code.size();
    let mut path = String::new();
    for y in 0..n {
        let mut x = 0;
        while x < n {
            if !code.get_module(x, y) {
                x += 1;
                continue;
            }
            let start = x;
            while x < n && code.get_module(x, y) {
                x += 1;
            }
            let (left, top, run) = (start + QUIET_ZONE, y + QUIET_ZONE, x - start);
            path.push_str(&format!("M{left} {top}h{run}v1h-{run}z"));
        }
    }
    Some(QrDrawing {
        size: n + 2 * QUIET_ZONE,
        path,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_link_becomes_a_square_code_with_its_quiet_zone() {
        let drawing = qr_drawing("https://example.org/#/p/1AbCdEf").expect("fits");
        // Version 2 (25 modules) or 3 (29) for a link this short, plus 4 modules each side.
        assert!(matches!(drawing.size, 33 | 37), "{}", drawing.size);
        assert!(drawing
            .path
            .starts_with(&format!("M{QUIET_ZONE} {QUIET_ZONE}h7v1h-7z")));
    }

    #[test]
    fn text_too_long_for_any_code_is_none() {
        assert_eq!(qr_drawing(&"x".repeat(5000)), None);
    }
}
