//! The client's log, kind by design: each session is recorded with the day and, if the client
//! wants, how easy moving felt before and after (0–10). It counts days practised this week and
//! draws weeks as a calendar; there is no streak, so nothing breaks when a day is rested (seed
//! 003: consistency brings results, so the words encourage coming back, never blame).

use super::Day;
use crate::content::{Claim, KnowledgeBase};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// The top of the ease scale: 0 is "very hard to move", 10 "moves freely".
pub const MAX_EASE: u8 = 10;
/// Most weeks a calendar draws (a year), so a stray argument cannot build a huge table.
pub const MAX_CALENDAR_WEEKS: usize = 53;

/// One session's day and ease before and after, as [`Log::ease_series`] gives it.
pub type EasePoint = (Day, Option<u8>, Option<u8>);

/// One session done.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct LogEntry {
    /// The day it was done, in the client's time zone.
    pub day: Day,
    /// How easy moving felt before, 0 to [`MAX_EASE`], if the client said.
    pub ease_before: Option<u8>,
    /// How easy moving felt after, 0 to [`MAX_EASE`], if the client said.
    pub ease_after: Option<u8>,
}

impl LogEntry {
    /// Whether the app could have written this: a day in the plausible years and ratings of
    /// 0 to [`MAX_EASE`]. Anything else came from a wrong clock, a bug or a hand edit, and is
    /// set aside rather than read.
    pub fn is_plausible(&self) -> bool {
        self.day.is_plausible()
            && self.ease_before.is_none_or(|v| v <= MAX_EASE)
            && self.ease_after.is_none_or(|v| v <= MAX_EASE)
    }
}

/// Every session done, oldest first.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Log {
    /// The sessions, in day order (sessions of one day in the order they were recorded).
    pub entries: Vec<LogEntry>,
}

/// What a calendar day shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DayMark {
    /// At least one session was done.
    Practised,
    /// A day without a session: rest, not a failure.
    Rest,
    /// After today.
    Future,
}

/// One day of the calendar.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CalendarDay {
    /// The date.
    pub day: Day,
    /// Practised, rest or still to come.
    pub mark: DayMark,
    /// Sessions done that day (a program may ask for more than one a day).
    pub sessions: usize,
}

impl Log {
    /// Adds a session, kept in day order; an ease above [`MAX_EASE`] counts as [`MAX_EASE`].
    pub fn record(&mut self, e: LogEntry) {
        let e = LogEntry {
            ease_before: e.ease_before.map(|v| v.min(MAX_EASE)),
            ease_after: e.ease_after.map(|v| v.min(MAX_EASE)),
            ..e
        };
        let at = self.entries.partition_point(|x| x.day <= e.day);
        self.entries.insert(at, e);
    }

    /// Adds the sessions of `other` that this log does not already hold, and says how many
    /// were added. Sessions are keyed by their day and ratings: a day with two identical
    /// sessions here and three in `other` gains one. So importing the same file twice, or a
    /// log that already holds this one, adds nothing, and nothing here is ever removed.
    /// Implausible entries of `other` are left out.
    pub fn merge(&mut self, other: &Log) -> usize {
        let mut here: HashMap<LogEntry, usize> = HashMap::new();
        for e in &self.entries {
            *here.entry(*e).or_default() += 1;
        }
        let mut added = 0;
        for e in other.entries.iter().filter(|e| e.is_plausible()) {
            match here.get_mut(e) {
                Some(n) if *n > 0 => *n -= 1,
                _ => {
                    self.record(*e);
                    added += 1;
                }
            }
        }
        added
    }

    /// Sessions done on `day`.
    pub fn sessions_on(&self, day: Day) -> usize {
        self.entries.iter().filter(|e| e.day == day).count()
    }

    /// Days with a session from this week's Monday to `today`.
    pub fn days_this_week(&self, today: Day) -> usize {
        let monday = today.week_start();
        (0..7)
            .map(|i| monday.plus(i))
            .filter(|d| *d <= today && self.sessions_on(*d) > 0)
            .count()
    }

    /// The last `weeks` weeks up to and including today's, each Monday first, oldest first
    /// (at most [`MAX_CALENDAR_WEEKS`]).
    pub fn calendar(&self, today: Day, weeks: usize) -> Vec<[CalendarDay; 7]> {
        let weeks = weeks.min(MAX_CALENDAR_WEEKS);
        let first = today.week_start().plus(-7 * (weeks as i32 - 1));
        (0..weeks as i32)
            .map(|w| {
                std::array::from_fn(|i| {
                    let day = first.plus(7 * w + i as i32);
                    let sessions = self.sessions_on(day);
                    let mark = if day > today {
                        DayMark::Future
                    } else if sessions > 0 {
                        DayMark::Practised
                    } else {
                        DayMark::Rest
                    };
                    CalendarDay {
                        day,
                        mark,
                        sessions,
                    }
                })
            })
            .collect()
    }

    /// Sessions done in all.
    pub fn sessions(&self) -> usize {
        self.entries.len()
    }

    /// Every session's day and ease before and after, oldest first, sessions without ratings
    /// included; the chart the client shows at the next visit ([`super::EaseChart`]) keeps the
    /// rated ones.
    pub fn ease_series(&self) -> Vec<EasePoint> {
        self.entries
            .iter()
            .map(|e| (e.day, e.ease_before, e.ease_after))
            .collect()
    }
}

/// The kind words for `days_this_week` from the content, with the count filled in ("3 days
/// this week. Keep going: …"), and the claim whose sources back them. `None` only for content
/// that failed validation.
pub fn encouragement(kb: &KnowledgeBase, days_this_week: usize) -> Option<(String, &Claim)> {
    let e = kb.encouragement(days_this_week)?;
    Some((e.words(days_this_week), &e.text))
}
