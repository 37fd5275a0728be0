//! A daily reminder as a calendar file (RFC 5545), made on the phone: the client picks a time,
//! downloads the file and their calendar app reminds them every day. No server, no account.
//!
//! The event starts on a given day at a local ("floating") time, so it stays at 8:00 wherever
//! the phone is; it repeats daily, lasts five minutes (seed 003: no longer than five minutes)
//! and carries an alarm at its start. Text values are escaped, lines end in CRLF and are folded
//! at 75 octets, as the RFC requires. The UID is derived from the inputs: the same reminder
//! downloaded twice updates one event instead of adding a second.

use super::{crc32, Day};

/// The product that wrote the file, as calendars show it.
pub const PRODID: &str = "-//Hip & Back Atlas//Home program//EN";

/// The calendar file: one daily event at `hour:minute` local time from `start`, titled
/// `title`, opening `link`. `stamp_utc` is when it was made, `YYYYMMDDTHHMMSSZ` (the shell
/// reads the clock); any other shape is replaced by midnight UTC of `start`. Hours above 23 and
/// minutes above 59 are taken as 23 and 59.
pub fn reminder_ics(
    start: Day,
    hour: u8,
    minute: u8,
    title: &str,
    link: &str,
    stamp_utc: &str,
) -> String {
    let (hour, minute) = (hour.min(23), minute.min(59));
    let (y, m, d) = start.ymd();
    let date = format!("{y:04}{m:02}{d:02}");
    let stamp = if is_utc_stamp(stamp_utc) {
        stamp_utc.to_string()
    } else {
        format!("{date}T000000Z")
    };
    // A URI is not escaped, so control characters and spaces are dropped rather than let
    // through to break a line.
    let link: String = link
        .chars()
        .filter(|c| !c.is_control() && !c.is_whitespace())
        .collect();
    let key = format!("{date}|{hour}|{minute}|{title}|{link}");
    let uid = format!(
        "{date}-{hour:02}{minute:02}-{:08x}@hip-back-atlas",
        crc32(0, key.as_bytes())
    );
    let lines = [
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".to_string(),
        format!("PRODID:{PRODID}"),
        "CALSCALE:GREGORIAN".to_string(),
        "BEGIN:VEVENT".to_string(),
        format!("UID:{uid}"),
        format!("DTSTAMP:{stamp}"),
        format!("DTSTART:{date}T{hour:02}{minute:02}00"),
        "DURATION:PT5M".to_string(),
        "RRULE:FREQ=DAILY".to_string(),
        format!("SUMMARY:{}", escape(title)),
        format!("DESCRIPTION:{}", escape(&link)),
        format!("URL:{link}"),
        "BEGIN:VALARM".to_string(),
        "ACTION:DISPLAY".to_string(),
        format!("DESCRIPTION:{}", escape(title)),
        "TRIGGER:PT0M".to_string(),
        "END:VALARM".to_string(),
        "END:VEVENT".to_string(),
        "END:VCALENDAR".to_string(),
    ];
    let mut out = String::new();
    for line in &lines {
        fold_into(&mut out, line);
    }
    out
}

/// `20261128T073000Z`: 8 digits, `T`, 6 digits, `Z`.
fn is_utc_stamp(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 16
        && b[8] == b'T'
        && b[15] == b'Z'
        && b[..8].iter().chain(&b[9..15]).all(u8::is_ascii_digit)
}

/// A TEXT value (RFC 5545 §3.3.11): backslash, semicolon and comma escaped, a line break as
/// `\n`, other control characters dropped.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' | '\r' => out.push_str("\\n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends `line` folded at 75 octets (RFC 5545 §3.1): each continuation starts with one space,
/// a character is never split, and every line ends in CRLF.
fn fold_into(out: &mut String, line: &str) {
    let mut width = 0;
    for c in line.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
}
