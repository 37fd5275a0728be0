//! A lit muscle drawn as a muscle belly: a smooth spindle along the muscle's path, thin at the
//! tendons and widest in the middle, so it reads as a muscle and not a stray line.

use crate::bodymap::shape::{closed_path, s as smooth};

/// Widest half-width (cm) of a belly at rest, and what full lighting adds to it.
const HALF_WIDTH: (f32, f32) = (2.0, 1.6);
/// Stations sampled along the path (ends included).
const STATIONS: usize = 6;

/// A point `d` along a polyline.
fn along(points: &[(f32, f32)], d: f32) -> (f32, f32) {
    let mut left = d;
    let count = points.len().saturating_sub(1);
    for (i, w) in points.windows(2).enumerate() {
        let (a, b) = (w[0], w[1]);
        let (dx, dy) = (b.0 - a.0, b.1 - a.1);
        let len = (dx * dx + dy * dy).sqrt();
        if left <= len || i + 1 == count {
            let t = if len > 1e-4 {
                (left / len).min(1.0)
            } else {
                0.0
            };
            return (a.0 + dx * t, a.1 + dy * t);
        }
        left -= len;
    }
    points.first().copied().unwrap_or_default()
}

/// One station of a belly: a point on the muscle's line and the belly's half-width there (cm).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Station {
    /// The point on the line (screen coordinates).
    pub at: (f32, f32),
    /// Half the belly's width at this point: nothing at the tendons, widest in the middle.
    pub half: f32,
}

/// The belly's stations along `points` (screen coordinates), evenly spaced, ends included,
/// fuller as `intensity` (0..=1) rises. Empty when the path has no length. The figure moves
/// each station onto the body by its own half-width, so the whole belly, not only its line,
/// stays inside the outline and above the floor.
pub fn stations(points: &[(f32, f32)], intensity: f32) -> Vec<Station> {
    let total: f32 = points
        .windows(2)
        .map(|w| ((w[1].0 - w[0].0).powi(2) + (w[1].1 - w[0].1).powi(2)).sqrt())
        .sum();
    if points.len() < 2 || total < 1e-3 {
        return Vec::new();
    }
    let widest = HALF_WIDTH.0 + HALF_WIDTH.1 * intensity.clamp(0.0, 1.0);
    let last = (STATIONS - 1) as f32;
    (0..STATIONS)
        .map(|i| {
            let t = i as f32 / last;
            // A spindle: sin(pi t) to a power under one keeps the middle full and the ends fine.
            let half = widest * (std::f32::consts::PI * t).sin().max(0.0).powf(0.7);
            let half = if i == 0 || i == STATIONS - 1 {
                0.0
            } else {
                half
            };
            Station {
                at: along(points, t * total),
                half,
            }
        })
        .collect()
}

/// SVG path data of the belly around its (placed) stations: a closed, filled spindle whose
/// sides run square to the line through the stations. Empty with fewer than two stations.
pub fn belly_around(stations: &[Station]) -> String {
    let n = stations.len();
    if n < 2 {
        return String::new();
    }
    let mut one_side = Vec::new();
    let mut other_side = Vec::new();
    for w in stations.windows(3) {
        let ((px, py), st, (nx, ny)) = (w[0].at, w[1], w[2].at);
        let (dx, dy) = (nx - px, ny - py);
        let len = dx.hypot(dy);
        let (tx, ty) = if len > 1e-4 {
            (dx / len, dy / len)
        } else {
            (1.0, 0.0)
        };
        let ((x, y), half) = (st.at, st.half);
        one_side.push(smooth(x - ty * half, y + tx * half));
        other_side.push(smooth(x + ty * half, y - tx * half));
    }
    let (start, end) = (stations[0].at, stations[n - 1].at);
    let mut nodes = vec![smooth(start.0, start.1)];
    nodes.extend(one_side);
    nodes.push(smooth(end.0, end.1));
    nodes.extend(other_side.into_iter().rev());
    closed_path(&nodes)
}
