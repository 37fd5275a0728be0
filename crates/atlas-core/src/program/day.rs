//! Calendar days as plain numbers: days since 1970-01-01, with the proleptic Gregorian calendar
//! converted both ways by Howard Hinnant's `days_from_civil` / `civil_from_days`. A few lines
//! of integer arithmetic instead of a date crate, which would cost the wasm far more than the
//! log needs. Today's date is always an argument: the core reads no clock.

use serde::{de, Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// A calendar day in the client's own time zone, as days since 1970-01-01 (day 0, a Thursday).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day(pub i32);

/// The first year a program or log may name; older dates are typing mistakes or tampering.
pub const FIRST_YEAR: i32 = 2000;
/// The last year a program or log may name.
pub const LAST_YEAR: i32 = 2199;

impl Day {
    /// The day with this year, month (1–12) and day of the month; `None` for a date that does
    /// not exist (30 February, month 13) or a year outside [`FIRST_YEAR`]..=[`LAST_YEAR`].
    pub fn from_ymd(year: i32, month: u32, day: u32) -> Option<Day> {
        if !(FIRST_YEAR..=LAST_YEAR).contains(&year)
            || !(1..=12).contains(&month)
            || day < 1
            || day > days_in_month(year, month)
        {
            return None;
        }
        // Count from March so the leap day falls at the end of the counting year.
        let y = if month <= 2 { year - 1 } else { year };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let mp = (month as i32 + 9) % 12;
        let doy = (153 * mp + 2) / 5 + day as i32 - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        Some(Day(era * 146_097 + doe - 719_468))
    }

    /// Year, month (1–12) and day of the month.
    pub fn ymd(self) -> (i32, u32, u32) {
        let z = self.0 as i64 + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        (year, month, day)
    }

    /// Day of the week, Monday = 0 … Sunday = 6 (the calendar's rows start on Monday).
    pub fn weekday(self) -> u32 {
        // 1970-01-01 was a Thursday (3).
        (self.0 as i64 + 3).rem_euclid(7) as u32
    }

    /// The Monday of this day's week.
    pub fn week_start(self) -> Day {
        self.plus(-(self.weekday() as i32))
    }

    /// The day `n` days later (earlier when negative); saturates rather than overflowing.
    pub fn plus(self, n: i32) -> Day {
        Day(self.0.saturating_add(n))
    }

    /// Whether the day lies in [`FIRST_YEAR`]..=[`LAST_YEAR`].
    pub fn is_plausible(self) -> bool {
        let first = Day::from_ymd(FIRST_YEAR, 1, 1).map_or(0, |d| d.0);
        let last = Day::from_ymd(LAST_YEAR, 12, 31).map_or(0, |d| d.0);
        (first..=last).contains(&self.0)
    }

    /// `2026-11-28`, as the export file and the calendar file write it.
    pub fn iso(self) -> String {
        let (y, m, d) = self.ymd();
        format!("{y:04}-{m:02}-{d:02}")
    }

    /// `Tuesday 15 December 2026`, as a client reads a booked day.
    pub fn in_words(self) -> String {
        let (y, m, d) = self.ymd();
        let weekday = WEEKDAY_NAMES[self.weekday() as usize];
        format!("{weekday} {d} {} {y}", month_name(m))
    }

    /// `Tue 15 Dec`, for a row of a short table (the log's recent sessions).
    pub fn short_words(self) -> String {
        let (_, m, d) = self.ymd();
        let weekday = &WEEKDAY_NAMES[self.weekday() as usize][..3];
        format!("{weekday} {d} {}", &month_name(m)[..3])
    }

    /// Reads `2026-11-28` (exactly that shape); `None` for anything else.
    pub fn parse_iso(text: &str) -> Option<Day> {
        let b = text.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let num = |r: std::ops::Range<usize>| -> Option<u32> {
            let part = text.get(r)?;
            if !part.bytes().all(|c| c.is_ascii_digit()) {
                return None;
            }
            part.parse().ok()
        };
        Day::from_ymd(num(0..4)? as i32, num(5..7)?, num(8..10)?)
    }
}

/// The days of the week by [`Day::weekday`] number, Monday first (the calendar's order).
pub const WEEKDAY_NAMES: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// The months' names, January first.
const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The name of month `m` (1–12; clamped, so a bad month never panics).
fn month_name(m: u32) -> &'static str {
    MONTH_NAMES[(m as usize).clamp(1, 12) - 1]
}

/// Days in a month of a year (Gregorian leap years: every 4th, not every 100th, every 400th).
pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        _ => 0,
    }
}

impl fmt::Display for Day {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.iso())
    }
}

/// In JSON (the phone's store and the export file) a day is `"2026-11-28"`, readable by a
/// person; in the link's binary form it is the day number, which is shorter.
impl Serialize for Day {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if s.is_human_readable() {
            s.serialize_str(&self.iso())
        } else {
            s.serialize_i32(self.0)
        }
    }
}

impl<'de> Deserialize<'de> for Day {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Day, D::Error> {
        if d.is_human_readable() {
            let text = String::deserialize(d)?;
            Day::parse_iso(&text).ok_or_else(|| de::Error::custom("not a date like 2026-11-28"))
        } else {
            i32::deserialize(d).map(Day)
        }
    }
}
