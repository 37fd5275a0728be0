//! The player's state machine: phases, the events a player reacts to exactly once, the end,
//! and the speed knob, on top of [`Playback`]'s arithmetic. The shell reads the clock, hands
//! `now` to a [`Session`] and renders the [`Tick`] it gets back; every decision is made here,
//! so it is tested natively and the shell holds no copy of it.

use super::events::Event;
use super::playback::Playback;
use super::schedule::Schedule;

/// The highest speed factor a session runs at. Speed only exists so that tests and previews
/// can run a minute-long hold in seconds; capping it keeps a stray URL switch from turning a
/// client's exercise into a blur.
pub const MAX_SPEED: f64 = 100.0;

/// `speed` made safe to run at: non-finite or non-positive means normal speed (1), anything
/// above [`MAX_SPEED`] is capped there.
pub fn clamp_speed(speed: f64) -> f64 {
    if speed.is_finite() && speed > 0.0 {
        speed.min(MAX_SPEED)
    } else {
        1.0
    }
}

/// Where the player is, as the reader sees it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phase {
    /// Not started yet.
    Idle,
    /// Time is running.
    Playing,
    /// Stopped part-way; Resume continues.
    Paused,
    /// The whole guide has been played.
    Done,
}

/// What one [`Session::tick`] found.
#[derive(Clone, Debug, PartialEq)]
pub struct Tick {
    /// Guide time to show, within `0..=total` (seconds).
    pub t: f64,
    /// The events passed since the previous tick, in order; each is reported exactly once,
    /// and none while not playing.
    pub events: Vec<Event>,
    /// Whether this tick reached the end (true on that one tick only).
    pub finished: bool,
    /// The phase after this tick.
    pub phase: Phase,
}

impl Tick {
    /// Whether time is still running, i.e. whether the shell wants another frame.
    pub fn playing(&self) -> bool {
        self.phase == Phase::Playing
    }
}

/// One play-through of a guide: a [`Playback`], the phase, the guide time up to which events
/// have been reported, and the speed. Time is always an argument.
#[derive(Clone, Debug, PartialEq)]
pub struct Session {
    playback: Playback,
    phase: Phase,
    /// Guide time up to which events have been reported; negative before the start so that the
    /// events at time 0 are included. Also the floor for guide time while playing, so a clock
    /// stepping backwards never runs the guide backwards.
    last: f64,
    /// Guide seconds per clock second, already clamped.
    speed: f64,
}

impl Session {
    /// Idle at the start, running at `speed` guide seconds per clock second once started
    /// (clamped by [`clamp_speed`]).
    pub fn new(speed: f64) -> Session {
        let speed = clamp_speed(speed);
        Session {
            playback: Playback::new().with_speed(speed),
            phase: Phase::Idle,
            last: -1.0,
            speed,
        }
    }

    /// The current phase.
    pub fn phase(&self) -> Phase {
        self.phase
    }

    /// The speed factor in use (after clamping).
    pub fn speed(&self) -> f64 {
        self.speed
    }

    /// The play/pause button: starts when idle or done, pauses when playing, resumes when
    /// paused (with the time played so far kept). Returns the new phase.
    pub fn toggle(&mut self, now: f64) -> Phase {
        match self.phase {
            Phase::Playing => {
                self.hold_floor(now);
                self.playback.pause(now);
                self.phase = Phase::Paused;
            }
            Phase::Paused => {
                self.playback.play(now);
                self.phase = Phase::Playing;
            }
            Phase::Idle | Phase::Done => return self.restart(now),
        }
        self.phase
    }

    /// Back to the beginning and playing, from any phase; the events fire again from time 0.
    /// Returns the new phase.
    pub fn restart(&mut self, now: f64) -> Phase {
        self.playback = Playback::new().with_speed(self.speed);
        self.playback.play(now);
        self.last = -1.0;
        self.phase = Phase::Playing;
        self.phase
    }

    /// Advances to clock time `now` along `schedule`: the guide time to show, the events passed
    /// since the previous tick, and the end. At the end the phase becomes [`Phase::Done`] and
    /// the playback stops exactly at the total.
    pub fn tick(&mut self, now: f64, schedule: &Schedule) -> Tick {
        let total = schedule.total_duration();
        if self.phase != Phase::Playing {
            // Paused, idle or done: time stands still and nothing is reported. `last` stays
            // where it is so that events between the last frame and a pause are reported on
            // resume instead of being lost.
            return Tick {
                t: self.playback.elapsed(now).min(total),
                events: Vec::new(),
                finished: false,
                phase: self.phase,
            };
        }
        let t = self.hold_floor(now).min(total);
        let events = schedule.events_between(self.last, t);
        self.last = t;
        let finished = t >= total;
        if finished {
            // Bank exactly the total: a late frame must not leave the playback past the end.
            self.playback.pause(now);
            self.playback.seek(now, total);
            self.phase = Phase::Done;
        }
        Tick {
            t,
            events,
            finished,
            phase: self.phase,
        }
    }

    /// Guide time at `now`, never below what was already reported: if the clock stepped
    /// backwards, the playback is re-anchored at the reported time so it resumes from there.
    fn hold_floor(&mut self, now: f64) -> f64 {
        let t = self.playback.elapsed(now);
        if t < self.last {
            self.playback.seek(now, self.last);
            self.last
        } else {
            t
        }
    }
}

/// The side effects a frame's events call for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reactions<'a> {
    /// Play the soft tone (a hold ended, or the guide is done).
    pub chime: bool,
    /// The cue to speak, if any: the newest one, because when several fall in one frame only
    /// the last is still current.
    pub cue: Option<&'a str>,
}

/// What the events of one frame mean for sound and speech.
pub fn reactions(events: &[Event]) -> Reactions<'_> {
    let mut out = Reactions {
        chime: false,
        cue: None,
    };
    for event in events {
        match event {
            Event::HoldEnded { .. } | Event::Done => out.chime = true,
            Event::Cue { text, .. } => out.cue = Some(text.as_str()),
            Event::RepStarted { .. } | Event::SideSwitched { .. } => {}
        }
    }
    out
}
