//! Numbers written into SVG attributes: one decimal at most, no trailing `.0`.
//!
//! A tenth of a drawing unit is below a pixel at the sizes we draw, and shorter strings keep
//! the DOM small. Integer arithmetic only: Rust's float formatting would add ~14 KB of
//! formatting tables to the wasm for output this simple.

/// Appends `v` rounded to one decimal place (`12`, `-3.5`, `0`).
pub fn push_num(out: &mut String, v: impl Into<f64>) {
    push_tenths(out, tenths(v));
}

/// `v` in tenths of a unit, rounded: the precision every number is written at.
pub fn tenths(v: impl Into<f64>) -> i64 {
    (v.into() * 10.0).round() as i64
}

/// Appends a number given in tenths (`125` is `12.5`, `-30` is `-3`).
pub fn push_tenths(out: &mut String, tenths: i64) {
    if tenths < 0 {
        out.push('-');
    }
    let a = tenths.unsigned_abs();
    out.push_str(&(a / 10).to_string());
    if !a.is_multiple_of(10) {
        out.push('.');
        out.push(char::from(b'0' + (a % 10) as u8));
    }
}

/// `v` rounded to one decimal place, as a string.
pub fn num(v: impl Into<f64>) -> String {
    let mut out = String::new();
    push_num(&mut out, v);
    out
}

#[cfg(test)]
mod tests {
    use super::num;

    #[test]
    fn rounds_to_a_tenth_and_drops_trailing_zeros() {
        assert_eq!(num(12.0), "12");
        assert_eq!(num(12.04), "12");
        assert_eq!(num(12.06), "12.1");
        assert_eq!(num(-3.45f32), "-3.5");
        assert_eq!(num(-0.04), "0");
        assert_eq!(num(0.0), "0");
        assert_eq!(num(199.96), "200");
    }
}
