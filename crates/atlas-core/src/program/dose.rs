//! The therapist's dose for one stretch of a program, and the time the player takes for it.
//!
//! The content's dose gives how long and how many; how often is prose there ("Daily or near
//! daily."). A program needs numbers, so the default is **once a day, every day**: every
//! stretch's frequency in the content says daily (seed 003: "stretching often, or near to a
//! daily basis"; seed 000: "Continue lumbar and hip mobility daily"). The therapist may lower it.

use crate::content::{self, amount_in_words, Goal, MAX_HOLD_SECONDS};
use crate::crosscheck::five_minutes::guide_seconds;
use crate::rig::{Guide, GuideDose};
use serde::{Deserialize, Serialize};
use std::ops::RangeInclusive;

use super::Program;

/// Seed 003's limit for a home program: "one or two stretches that take no longer than 5
/// minutes to do", in seconds.
pub const FIVE_MINUTES: f64 = 300.0;
/// Allowed sessions a day: the default is one; more than three is more than any source asks.
pub const TIMES_A_DAY: RangeInclusive<u8> = 1..=3;
/// Allowed days a week: ACSM's "at least 2 to 3 days a week" up to seed 003's daily.
pub const DAYS_A_WEEK: RangeInclusive<u8> = 1..=7;
/// Sessions a day when the content does not say otherwise (it says daily everywhere).
pub const DEFAULT_TIMES_A_DAY: u8 = 1;
/// Days a week when the content does not say otherwise.
pub const DEFAULT_DAYS_A_WEEK: u8 = 7;

/// How much of one stretch to do, and how often. Small integers, so the link stays short.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ItemDose {
    /// Seconds each hold lasts; 0 for a move paced by the breath.
    pub hold_seconds: u16,
    /// Repetitions (per side when `each_side`).
    pub repetitions: u8,
    /// Left, then right.
    pub each_side: bool,
    /// Seconds of one breath for a move paced by the breath; else 0.
    pub breath_seconds: u8,
    /// Sessions a day.
    pub times_a_day: u8,
    /// Days a week.
    pub days_a_week: u8,
}

impl ItemDose {
    /// The content's dose for a stretch, once a day, every day (see the module's note).
    /// Numbers beyond what the link can carry saturate; validated content never has them.
    pub fn from_stretch(dose: &content::Dose) -> ItemDose {
        ItemDose {
            hold_seconds: u16::try_from(dose.hold_seconds).unwrap_or(u16::MAX),
            repetitions: u8::try_from(dose.repetitions).unwrap_or(u8::MAX),
            each_side: dose.each_side,
            breath_seconds: u8::try_from(dose.breath_seconds).unwrap_or(u8::MAX),
            times_a_day: DEFAULT_TIMES_A_DAY,
            days_a_week: DEFAULT_DAYS_A_WEEK,
        }
    }

    /// The dose the stretch player runs (one session; how often is not the player's concern).
    pub fn guide_dose(&self) -> GuideDose {
        GuideDose {
            hold_seconds: u32::from(self.hold_seconds),
            repetitions: u32::from(self.repetitions),
            each_side: self.each_side,
            breath_seconds: u32::from(self.breath_seconds),
        }
    }

    /// The dose as a client reads it: "Hold 30 seconds, twice on each side, once a day, every
    /// day"; the first part is worded exactly as on the stretch's own page.
    pub fn in_words(&self, goal: Goal) -> String {
        let amount = amount_in_words(
            u32::from(self.hold_seconds),
            u32::from(self.repetitions),
            self.each_side,
            u32::from(self.breath_seconds),
            goal,
        );
        format!("{amount}, {}", self.how_often())
    }

    /// "once a day, every day", "twice a day, 5 days a week".
    pub fn how_often(&self) -> String {
        let per_day = match self.times_a_day {
            0 | 1 => "once a day".to_string(),
            2 => "twice a day".to_string(),
            n => format!("{n} times a day"),
        };
        let per_week = match self.days_a_week {
            7.. => "every day".to_string(),
            0 | 1 => "one day a week".to_string(),
            n => format!("{n} days a week"),
        };
        format!("{per_day}, {per_week}")
    }

    /// What is wrong with this dose for a stretch whose content dose is `content`, in a few
    /// words ("the hold", "the repetitions", …); `None` when it is within the content's ranges.
    /// A held stretch stays held (1 to [`MAX_HOLD_SECONDS`] s) and a move stays paced by the
    /// breath, because the stretch's guide animates one or the other.
    pub fn problem(&self, content: &content::Dose) -> Option<&'static str> {
        let held = content.hold_seconds > 0;
        if held && !(1..=MAX_HOLD_SECONDS).contains(&u32::from(self.hold_seconds)) {
            return Some("the hold");
        }
        if !held && self.hold_seconds != 0 {
            return Some("the hold of a moving stretch");
        }
        if held && self.breath_seconds != 0 {
            return Some("the breath of a held stretch");
        }
        if !held && !content::BREATH_SECONDS.contains(&u32::from(self.breath_seconds)) {
            return Some("the breath");
        }
        if !content::REPETITIONS.contains(&u32::from(self.repetitions)) {
            return Some("the repetitions");
        }
        if !TIMES_A_DAY.contains(&self.times_a_day) {
            return Some("the times a day");
        }
        if !DAYS_A_WEEK.contains(&self.days_a_week) {
            return Some("the days a week");
        }
        None
    }
}

/// Seconds the player takes to play every stretch of the program in a row, from the same
/// schedule the player runs (get ready, easing in and out, rests, switching sides). A stretch
/// with no guide adds nothing (the build checks that every stretch has one).
pub fn session_seconds(p: &Program, guides: &[Guide]) -> f64 {
    p.items
        .iter()
        .filter_map(|item| {
            let guide = guides.iter().find(|g| g.stretch == item.stretch)?;
            Some(guide_seconds(guide, item.dose.guide_dose()))
        })
        .sum()
}
