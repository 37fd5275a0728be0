//! The ease chart on the client's page: how easy moving felt before and after each rated
//! session, as points and lines in a small SVG the shell draws at its own size in pixels.
//!
//! The chart has a slot per session, [`CHART_SLOT`] pixels wide, and room for at least
//! [`CHART_MIN_SLOTS`]: drawn at the screen's width instead, one session filled a phone with a
//! single dot the size of a thumb and a line a hand's width away. It shows the last
//! [`CHART_SESSIONS`] rated sessions, which fit a 360 px phone unscaled; "Sessions logged" counts all.

use super::log::{EasePoint, MAX_EASE};

/// The most sessions the chart shows (the latest): 12 slots fit the 328 px column of a
/// 360 px phone without scaling down.
pub const CHART_SESSIONS: usize = 12;
/// The fewest slots the chart has room for, so a first session is a dot on a week's axis.
pub const CHART_MIN_SLOTS: usize = 7;
/// Pixels across per session.
pub const CHART_SLOT: f32 = 24.0;
/// Pixels left of the first slot, for the scale's numbers.
pub const CHART_LEFT: f32 = 24.0;
/// Pixels right of the last slot.
pub const CHART_RIGHT: f32 = 8.0;
/// The chart's height in pixels.
pub const CHART_HEIGHT: f32 = 120.0;
/// The y of ease 0 (the axis); ease [`MAX_EASE`] is [`CHART_TOP`].
pub const CHART_BOTTOM: f32 = 110.0;
/// The y of ease [`MAX_EASE`].
pub const CHART_TOP: f32 = 10.0;

/// The chart of the latest rated sessions, in pixels.
#[derive(Clone, Debug, PartialEq)]
pub struct EaseChart {
    /// The sessions shown, oldest first (only rated ones: at least one of the two ratings).
    pub sessions: Vec<EasePoint>,
    /// How many rated sessions there are in all (more than `sessions.len()` when cut).
    pub rated: usize,
    /// The chart's width in pixels; its height is [`CHART_HEIGHT`].
    pub width: f32,
    /// The dots for ease before, in pixels.
    pub before: Vec<(f32, f32)>,
    /// The dots for ease after, in pixels.
    pub after: Vec<(f32, f32)>,
}

impl EaseChart {
    /// The chart of `series` (the log's sessions, oldest first), or `None` when no session
    /// has a rating.
    pub fn new(series: &[EasePoint]) -> Option<EaseChart> {
        let rated: Vec<EasePoint> = series
            .iter()
            .filter(|(_, b, a)| b.is_some() || a.is_some())
            .copied()
            .collect();
        if rated.is_empty() {
            return None;
        }
        let sessions = rated[rated.len().saturating_sub(CHART_SESSIONS)..].to_vec();
        let slots = sessions.len().max(CHART_MIN_SLOTS);
        let dots = |pick: fn(&EasePoint) -> Option<u8>| -> Vec<(f32, f32)> {
            sessions
                .iter()
                .enumerate()
                .filter_map(|(i, s)| pick(s).map(|v| point(i, v)))
                .collect()
        };
        Some(EaseChart {
            rated: rated.len(),
            width: CHART_LEFT + CHART_SLOT * slots as f32 + CHART_RIGHT,
            before: dots(|s| s.1),
            after: dots(|s| s.2),
            sessions,
        })
    }

    /// Where the axis (ease 0) ends on the right, in pixels.
    pub fn axis_end(&self) -> f32 {
        self.width - CHART_RIGHT
    }

    /// Whether older rated sessions were left out.
    pub fn is_cut(&self) -> bool {
        self.rated > self.sessions.len()
    }
}

/// The centre of session `i`'s slot at ease `value` (clamped to 0..=[`MAX_EASE`]).
pub fn point(i: usize, value: u8) -> (f32, f32) {
    let x = CHART_LEFT + CHART_SLOT * i as f32 + CHART_SLOT / 2.0;
    let y = CHART_BOTTOM
        - (CHART_BOTTOM - CHART_TOP) * f32::from(value.min(MAX_EASE)) / f32::from(MAX_EASE);
    (x, y)
}

/// The y of an ease value on the scale (for its numbers).
pub fn scale_y(value: u8) -> f32 {
    point(0, value).1
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::program::Day;

    fn day(n: i32) -> Day {
        Day(20_000 + n)
    }

    #[test]
    fn nothing_rated_is_no_chart() {
        assert_eq!(EaseChart::new(&[]), None);
        assert_eq!(EaseChart::new(&[(day(0), None, None)]), None);
    }

    #[test]
    fn one_session_is_two_dots_on_a_week_wide_chart() {
        let chart = EaseChart::new(&[(day(0), Some(3), Some(6))]).unwrap();
        assert_eq!(chart.width, CHART_LEFT + CHART_SLOT * 7.0 + CHART_RIGHT);
        assert_eq!(chart.before, [(CHART_LEFT + 12.0, 80.0)]);
        assert_eq!(chart.after, [(CHART_LEFT + 12.0, 50.0)]);
        assert!(!chart.is_cut());
    }

    #[test]
    fn the_scale_runs_from_the_axis_to_the_top() {
        assert_eq!(scale_y(0), CHART_BOTTOM);
        assert_eq!(scale_y(MAX_EASE), CHART_TOP);
        assert_eq!(
            scale_y(200),
            CHART_TOP,
            "an impossible rating stays on the chart"
        );
    }

    #[test]
    fn unrated_sessions_take_no_slot_and_a_missing_rating_no_dot() {
        let chart = EaseChart::new(&[
            (day(0), Some(2), None),
            (day(1), None, None),
            (day(2), Some(4), Some(7)),
        ])
        .unwrap();
        assert_eq!(chart.sessions.len(), 2);
        assert_eq!(chart.before.len(), 2);
        assert_eq!(chart.after, [point(1, 7)]);
    }

    #[test]
    fn a_long_log_shows_its_latest_sessions_within_a_phone_width() {
        let series: Vec<EasePoint> = (0..30).map(|i| (day(i), Some(5), Some(6))).collect();
        let chart = EaseChart::new(&series).unwrap();
        assert_eq!(chart.sessions.len(), CHART_SESSIONS);
        assert_eq!(chart.sessions[0].0, day(30 - CHART_SESSIONS as i32));
        assert!(chart.is_cut());
        assert_eq!(chart.rated, 30);
        assert!(chart.width <= 328.0, "{}", chart.width);
        let last = chart.after.last().unwrap();
        assert!(last.0 < chart.width - CHART_RIGHT, "{last:?}");
    }
}
