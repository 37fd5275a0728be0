//! Day arithmetic against known dates, and the kind log: days this week, the calendar, ease.

use atlas_core::program::{days_in_month, CalendarDay, ComeBack, Day, DayMark, Log, LogEntry};

fn day(y: i32, m: u32, d: u32) -> Day {
    Day::from_ymd(y, m, d).expect("a real date")
}

#[test]
fn known_dates_have_known_numbers_and_weekdays() {
    // Day numbers as `date -u -d 2026-11-28 +%s` / 86400 gives them (checked with GNU date).
    assert_eq!(day(2000, 1, 1), Day(10_957));
    assert_eq!(day(2000, 3, 1), Day(11_017));
    assert_eq!(day(2026, 11, 28), Day(20_785));
    assert_eq!(day(2199, 12, 31), Day(84_005));
    // 2000-01-01 was a Saturday; 2026-11-28 is a Saturday; 2026-11-30 a Monday.
    assert_eq!(day(2000, 1, 1).weekday(), 5);
    assert_eq!(day(2026, 11, 28).weekday(), 5);
    assert_eq!(day(2026, 11, 30).weekday(), 0);
    assert_eq!(Day(0).weekday(), 3, "1970-01-01 was a Thursday");
    assert_eq!(Day(0).ymd(), (1970, 1, 1));
}

#[test]
fn leap_years_follow_the_gregorian_rule() {
    assert_eq!(days_in_month(2024, 2), 29);
    assert_eq!(days_in_month(2026, 2), 28);
    assert_eq!(
        days_in_month(2100, 2),
        28,
        "every 100th year is not a leap year"
    );
    assert_eq!(days_in_month(2000, 2), 29, "every 400th year is");
    assert!(Day::from_ymd(2024, 2, 29).is_some());
    assert!(Day::from_ymd(2026, 2, 29).is_none());
    assert!(Day::from_ymd(2100, 2, 29).is_none());
    assert_eq!(day(2024, 2, 29).plus(1), day(2024, 3, 1));
    assert_eq!(day(2024, 12, 31).plus(1), day(2025, 1, 1));
    assert_eq!(day(2025, 3, 1).plus(-1), day(2025, 2, 28));
}

#[test]
fn impossible_dates_are_none() {
    for (y, m, d) in [
        (2026, 0, 1),
        (2026, 13, 1),
        (2026, 4, 31),
        (2026, 1, 0),
        (2026, 1, 32),
        (1999, 12, 31),
        (2200, 1, 1),
    ] {
        assert_eq!(Day::from_ymd(y, m, d), None, "{y}-{m}-{d}");
    }
}

#[test]
fn every_day_round_trips_through_its_date() {
    let first = day(2000, 1, 1);
    let last = day(2199, 12, 31);
    let mut previous = first.plus(-1);
    for n in first.0..=last.0 {
        let (y, m, d) = Day(n).ymd();
        assert_eq!(Day::from_ymd(y, m, d), Some(Day(n)));
        assert_eq!(Day::parse_iso(&Day(n).iso()), Some(Day(n)));
        assert_eq!(Day(n).weekday(), (previous.weekday() + 1) % 7);
        previous = Day(n);
    }
}

#[test]
fn weeks_start_on_monday() {
    let sat = day(2026, 11, 28);
    assert_eq!(sat.week_start(), day(2026, 11, 23));
    assert_eq!(day(2026, 11, 23).week_start(), day(2026, 11, 23));
    assert_eq!(
        day(2026, 11, 29).week_start(),
        day(2026, 11, 23),
        "Sunday ends it"
    );
    // Across a year's end: 2027-01-01 is a Friday.
    assert_eq!(day(2027, 1, 1).week_start(), day(2026, 12, 28));
}

#[test]
fn iso_dates_are_read_strictly() {
    assert_eq!(Day::parse_iso("2026-11-28"), Some(day(2026, 11, 28)));
    for bad in [
        "2026-11-8",
        "2026/11/28",
        "26-11-28",
        "2026-02-30",
        "+026-11-28",
        "",
        "2026-1a-28",
    ] {
        assert_eq!(Day::parse_iso(bad), None, "{bad}");
    }
    assert_eq!(day(2026, 1, 5).to_string(), "2026-01-05");
}

fn done(d: Day) -> LogEntry {
    LogEntry {
        day: d,
        ease_before: None,
        ease_after: None,
    }
}

#[test]
fn days_this_week_count_days_not_sessions() {
    let today = day(2026, 11, 28); // Saturday
    let mut log = Log::default();
    assert_eq!(log.days_this_week(today), 0);
    log.record(done(day(2026, 11, 22))); // last Sunday: last week
    log.record(done(day(2026, 11, 23))); // Monday
    log.record(done(day(2026, 11, 23))); // twice that day
    log.record(done(day(2026, 11, 25)));
    log.record(done(today));
    log.record(done(day(2026, 11, 29))); // tomorrow (a phone clock changed): not yet
    assert_eq!(log.days_this_week(today), 3);
    assert_eq!(log.sessions(), 6);
    assert_eq!(log.sessions_on(day(2026, 11, 23)), 2);
    // A new week starts at nothing to lose: Monday counts only itself.
    assert_eq!(log.days_this_week(day(2026, 11, 30)), 0);
}

#[test]
fn the_calendar_shows_four_weeks_monday_first() {
    let today = day(2026, 11, 26); // Thursday
    let mut log = Log::default();
    for d in [
        day(2026, 11, 2),
        day(2026, 11, 10),
        day(2026, 11, 24),
        day(2026, 11, 26),
    ] {
        log.record(done(d));
    }
    let weeks = log.calendar(today, 4);
    assert_eq!(weeks.len(), 4);
    assert_eq!(weeks[0][0].day, day(2026, 11, 2), "Monday four weeks back");
    assert_eq!(weeks[3][6].day, day(2026, 11, 29), "this week's Sunday");
    let marks: Vec<String> = weeks
        .iter()
        .map(|w| {
            w.iter()
                .map(|c: &CalendarDay| match c.mark {
                    DayMark::Practised => 'x',
                    DayMark::Rest => '.',
                    DayMark::Future => ' ',
                })
                .collect()
        })
        .collect();
    assert_eq!(marks, ["x......", ".x.....", ".......", ".x.x   "]);
    assert!(weeks
        .iter()
        .flatten()
        .all(|c| c.day.week_start() == c.day.plus(-(c.day.weekday() as i32))));
    assert!(log.calendar(today, 0).is_empty());
    assert_eq!(log.calendar(today, 10_000).len(), 53, "capped at a year");
}

#[test]
fn entries_are_kept_in_day_order_with_ease_clamped() {
    let mut log = Log::default();
    let e = |d: Day, b: Option<u8>, a: Option<u8>| LogEntry {
        day: d,
        ease_before: b,
        ease_after: a,
    };
    log.record(e(day(2026, 11, 20), Some(4), Some(6)));
    log.record(e(day(2026, 11, 18), Some(3), None));
    log.record(e(day(2026, 11, 20), None, Some(7)));
    log.record(e(day(2026, 11, 21), Some(200), Some(11)));
    assert_eq!(
        log.ease_series(),
        [
            (day(2026, 11, 18), Some(3), None),
            (day(2026, 11, 20), Some(4), Some(6)),
            (day(2026, 11, 20), None, Some(7)),
            (day(2026, 11, 21), Some(10), Some(10)),
        ]
    );
}

#[test]
fn any_day_number_from_a_link_is_safe_to_show() {
    for n in [i32::MIN, -1_000_000, -1, 0, 1_000_000, i32::MAX] {
        let d = Day(n);
        let _ = (
            d.ymd(),
            d.iso(),
            d.weekday(),
            d.week_start(),
            d.plus(i32::MAX),
        );
        assert!(!d.is_plausible(), "{n}");
    }
}

#[test]
fn a_booked_day_reads_as_words() {
    let day = Day::from_ymd(2026, 12, 15).unwrap();
    assert_eq!(day.in_words(), "Tuesday 15 December 2026");
    assert_eq!(
        Day::from_ymd(2027, 1, 3).unwrap().in_words(),
        "Sunday 3 January 2027"
    );
    assert_eq!(ComeBack::On(day).in_words(), "on Tuesday 15 December 2026");
    assert_eq!(ComeBack::InWeeks(2).in_words(), "in about 2 weeks");
}

#[test]
fn a_logged_day_reads_short_in_a_table() {
    assert_eq!(
        Day::from_ymd(2026, 12, 15).unwrap().short_words(),
        "Tue 15 Dec"
    );
    assert_eq!(
        Day::from_ymd(2027, 1, 3).unwrap().short_words(),
        "Sun 3 Jan"
    );
}
