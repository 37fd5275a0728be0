//! Easing curves that shape a keyframe's motion over its duration.

use serde::{Deserialize, Serialize};

/// How progress through a keyframe maps to progress of the motion.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Easing {
    /// Constant speed.
    Linear,
    /// Slow start and slow end (smoothstep): calm, breath-like movement.
    #[default]
    EaseInOut,
    /// Slow start (quadratic).
    EaseIn,
    /// Slow end (quadratic).
    EaseOut,
}

impl Easing {
    /// Eased progress for `s` in 0..=1 (clamped). Exactly 0 at 0 and exactly 1 at 1.
    pub fn apply(self, s: f64) -> f64 {
        let s = if s.is_nan() { 0.0 } else { s.clamp(0.0, 1.0) };
        match self {
            Easing::Linear => s,
            Easing::EaseInOut => s * s * (3.0 - 2.0 * s),
            Easing::EaseIn => s * s,
            Easing::EaseOut => s * (2.0 - s),
        }
    }
}
