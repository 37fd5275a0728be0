//! The home program (issue 13): one or two stretches a therapist hands over by QR code, link or
//! print, played by the client as one session and logged on their phone. This is its pure
//! core; the app's shell draws the builder, the QR code and the pages, and reads and writes the
//! phone's storage.
//!
//! - `builder`: the therapist's builder as one state and one update function ([`Builder`],
//!   [`Edit`]), each move's dose [`Bounds`], and [`find`] by the client's own words.
//! - `model`: [`Program`], [`Item`], [`Treatment`], [`ComeBack`] and their limits.
//! - `dose`: [`ItemDose`] (the content's dose, once a day every day, unless the therapist
//!   changes it), its words, and [`session_seconds`] from the player's own schedule.
//! - `link`: [`encode`] / [`decode`], the program in the link's `#` part (versioned, with a
//!   checksum); `check`: [`check`] it against the content.
//! - `day`: [`Day`], calendar arithmetic without a date crate.
//! - `log`: the kind log ([`Log`]): days practised, a calendar, ease before and after;
//!   `ease_chart`: the latest ease ratings as a small chart in pixels ([`EaseChart`]).
//! - `saved`: what the phone stores ([`Saved`]) as versioned JSON, with migrations; a bad
//!   part is set aside by itself; `json_form`: these types as JSON ([`crate::json`]). `import`: a log file merged into it ([`import`]).
//! - `ics`: a daily reminder as a calendar file ([`reminder_ics`]).
//!
//! Architecture invariant: nothing here reads a clock or storage; "today" and "now" are always
//! arguments, and the shell moves the strings.

mod builder;
mod check;
mod day;
mod dose;
mod ease_chart;
mod ics;
mod import;
mod json_form;
mod link;
mod log;
mod model;
mod saved;

pub use builder::{
    find, treatment_is_empty, Bounds, Builder, Draft, Edit, Field, Found, TreatmentEdit,
    MIN_HOLD_SECONDS,
};
pub use check::check;
pub use day::{days_in_month, Day, FIRST_YEAR, LAST_YEAR, WEEKDAY_NAMES};
pub use dose::{
    session_seconds, ItemDose, DAYS_A_WEEK, DEFAULT_DAYS_A_WEEK, DEFAULT_TIMES_A_DAY, FIVE_MINUTES,
    TIMES_A_DAY,
};
pub use ease_chart::{scale_y, EaseChart, CHART_HEIGHT, CHART_LEFT, CHART_SESSIONS};
pub use ics::{reminder_ics, PRODID};
pub use import::{import, FileProgram, Imported};
pub use link::{crc32, decode, encode, LinkError, MAX_LINK_CHARS, VERSION};
pub use log::{
    encouragement, CalendarDay, DayMark, EasePoint, Log, LogEntry, MAX_CALENDAR_WEEKS, MAX_EASE,
};
pub use model::{
    ComeBack, Item, Program, Treatment, DEFAULT_ITEMS, MAX_COME_BACK_WEEKS, MAX_ITEMS,
    MAX_NOTE_CHARS, MAX_TREATMENT_LIST, STRENGTHEN_DAYS_A_WEEK,
};
pub use saved::{
    saved_from_json, saved_to_json, Migration, Saved, SavedError, MAX_SAVED_CHARS, MIGRATIONS,
    SAVED_SCHEMA,
};
