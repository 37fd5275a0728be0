//! Play/pause/restart clock arithmetic. The caller passes `now` (seconds from any monotonic
//! clock); nothing here reads a clock.

/// A playback position that advances only while playing.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Playback {
    /// Elapsed guide time banked before the current play stretch.
    banked: f64,
    /// Clock time when the current play stretch began, if playing.
    since: Option<f64>,
    /// Guide seconds per clock second (1 normally; larger for tests or previews).
    speed: f64,
}

impl Default for Playback {
    fn default() -> Self {
        Self::new()
    }
}

impl Playback {
    /// Paused at zero, normal speed.
    pub fn new() -> Playback {
        Playback {
            banked: 0.0,
            since: None,
            speed: 1.0,
        }
    }

    /// The same playback running `speed` times faster (non-positive or non-finite means 1).
    pub fn with_speed(mut self, speed: f64) -> Playback {
        self.speed = if speed.is_finite() && speed > 0.0 {
            speed
        } else {
            1.0
        };
        self
    }

    /// The speed factor.
    pub fn speed(&self) -> f64 {
        self.speed
    }

    /// Starts or resumes at clock time `now`. No effect if already playing.
    pub fn play(&mut self, now: f64) {
        if self.since.is_none() {
            self.since = Some(now);
        }
    }

    /// Pauses at clock time `now`, keeping the elapsed time.
    pub fn pause(&mut self, now: f64) {
        self.banked = self.elapsed(now);
        self.since = None;
    }

    /// Back to zero and playing from clock time `now`.
    pub fn restart(&mut self, now: f64) {
        self.banked = 0.0;
        self.since = Some(now);
    }

    /// Jumps to guide time `t` (kept playing or paused as before).
    pub fn seek(&mut self, now: f64, t: f64) {
        self.banked = t.max(0.0);
        if self.since.is_some() {
            self.since = Some(now);
        }
    }

    /// Whether time is running.
    pub fn is_playing(&self) -> bool {
        self.since.is_some()
    }

    /// Guide seconds elapsed at clock time `now`. A clock that steps backwards never makes
    /// time run backwards.
    pub fn elapsed(&self, now: f64) -> f64 {
        let running = self
            .since
            .map(|s| ((now - s) * self.speed).max(0.0))
            .unwrap_or(0.0);
        self.banked + running
    }
}
