//! Keeping a number within bounds without `f64::clamp`. `clamp` asserts its bounds and its
//! failure message formats both floats, which alone pulled ~10 KB of float formatting into
//! the wasm. These never panic: reversed bounds give `hi`, and NaN gives `lo`.

/// `v` limited to `lo..=hi`.
pub fn within(v: f64, lo: f64, hi: f64) -> f64 {
    v.max(lo).min(hi)
}

/// `v` limited to `lo..=hi` (single precision, for drawing).
pub fn within_f32(v: f32, lo: f32, hi: f32) -> f32 {
    v.max(lo).min(hi)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_without_panicking() {
        assert_eq!(within(1.5, 0.0, 1.0), 1.0);
        assert_eq!(within(-1.0, 0.0, 1.0), 0.0);
        assert_eq!(within(0.25, 0.0, 1.0), 0.25);
        assert_eq!(within(f64::NAN, 0.0, 1.0), 0.0);
        assert_eq!(within_f32(5.0, 3.0, 2.0), 2.0);
    }
}
