//! Events of the player plan: what the shell reacts to exactly once (a tone at the end of a
//! hold, a spoken cue), found between two plan times however coarse the steps.

use super::guide::Breath;
use super::joints::Side;
use super::schedule::{Schedule, SpanKind};

/// Something the shell reacts to once (a tone, a spoken cue).
#[derive(Clone, Debug, PartialEq)]
pub enum Event {
    /// A new cue begins (speak it).
    Cue {
        /// The text.
        text: String,
        /// The breath that goes with it.
        breath: Breath,
    },
    /// A repetition (or moving cycle) starts.
    RepStarted {
        /// Side.
        side: Option<Side>,
        /// 1-based repetition.
        repetition: u32,
    },
    /// A hold just ended (play the soft tone).
    HoldEnded {
        /// Side.
        side: Option<Side>,
        /// 1-based repetition.
        repetition: u32,
    },
    /// Time to change to `to`.
    SideSwitched {
        /// The side about to be worked.
        to: Side,
    },
    /// The whole plan is finished.
    Done,
}

impl Schedule {
    /// Events whose time lies in `(t0, t1]`, in order. Consecutive calls with touching
    /// intervals report each event exactly once however coarse the steps; start with a
    /// negative `t0` to include the events at time 0.
    pub fn events_between(&self, t0: f64, t1: f64) -> Vec<Event> {
        self.events
            .iter()
            .filter(|(t, _)| *t > t0 && *t <= t1)
            .map(|(_, e)| e.clone())
            .collect()
    }

    pub(super) fn build_events(&self) -> Vec<(f64, Event)> {
        let mut ev = Vec::new();
        for seg in &self.segments {
            match seg.kind {
                SpanKind::SwitchSides => {
                    if let Some(to) = seg.side {
                        ev.push((seg.start, Event::SideSwitched { to }));
                    }
                }
                SpanKind::EaseIn | SpanKind::Move => ev.push((
                    seg.start,
                    Event::RepStarted {
                        side: seg.side,
                        repetition: seg.repetition,
                    },
                )),
                SpanKind::Done => ev.push((seg.start, Event::Done)),
                _ => {}
            }
            if seg.steps.is_empty() {
                let text = self.still_cue(seg);
                ev.push((
                    seg.start,
                    Event::Cue {
                        text,
                        breath: Breath::Natural,
                    },
                ));
            }
            let mut t = seg.start;
            for i in seg.steps.clone() {
                if let Some(k) = self.guide().keyframes.get(i) {
                    ev.push((
                        t,
                        Event::Cue {
                            text: k.cue.clone(),
                            breath: k.breath,
                        },
                    ));
                }
                t += seg.step_seconds.get(i).copied().unwrap_or(0.0);
            }
            if seg.kind == SpanKind::Hold {
                ev.push((
                    seg.end(),
                    Event::HoldEnded {
                        side: seg.side,
                        repetition: seg.repetition,
                    },
                ));
            }
        }
        // Stable sort keeps the natural order of events sharing a time.
        ev.sort_by(|a, b| a.0.partial_cmp(&b.0).unwrap_or(std::cmp::Ordering::Equal));
        ev
    }
}
