//! The accent colour's readability: white text on the accent must reach the WCAG 2 contrast
//! ratio for normal text, so buttons and headers in the clinic's colour stay legible.

/// Least contrast ratio of white text on the accent (WCAG 2, level AA, normal text).
pub const MIN_CONTRAST: f64 = 4.5;

/// Reads `#rrggbb` (either case) into its three channels; `None` for anything else.
pub fn parse_hex(text: &str) -> Option<[u8; 3]> {
    let hex = text.strip_prefix('#')?;
    if hex.len() != 6 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let channel = |i: usize| u8::from_str_radix(hex.get(i..i + 2)?, 16).ok();
    Some([channel(0)?, channel(2)?, channel(4)?])
}

/// WCAG 2 relative luminance of an sRGB colour, 0 (black) to 1 (white).
fn luminance(rgb: [u8; 3]) -> f64 {
    let linear = |c: u8| {
        let s = f64::from(c) / 255.0;
        if s <= 0.04045 {
            s / 12.92
        } else {
            ((s + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * linear(rgb[0]) + 0.7152 * linear(rgb[1]) + 0.0722 * linear(rgb[2])
}

/// Contrast ratio of white text on this colour, 1 (none) to 21 (white on black).
pub fn contrast_with_white(rgb: [u8; 3]) -> f64 {
    1.05 / (luminance(rgb) + 0.05)
}
