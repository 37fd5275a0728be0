//! The reminder file, exactly: RFC 5545 with CRLF, escaping and folding at 75 octets.

use atlas_core::program::{reminder_ics, Day};

#[test]
fn a_daily_reminder_exactly() {
    let start = Day::from_ymd(2026, 11, 29).unwrap();
    let link = "https://atlas.example/#/program/1AghmaWd1cmUtNDwBAQABBxNrbmVlbGluZy1oaXAtZmxleG9yPAEBAAEHAMa_DEk";
    let ics = reminder_ics(
        start,
        7,
        30,
        "Stretches; hips, back \\ more",
        link,
        "20261128T101500Z",
    );
    let expected = "BEGIN:VCALENDAR\r\n\
VERSION:2.0\r\n\
PRODID:-//Hip & Back Atlas//Home program//EN\r\n\
CALSCALE:GREGORIAN\r\n\
BEGIN:VEVENT\r\n\
UID:20261129-0730-UIDHASH@hip-back-atlas\r\n\
DTSTAMP:20261128T101500Z\r\n\
DTSTART:20261129T073000\r\n\
DURATION:PT5M\r\n\
RRULE:FREQ=DAILY\r\n\
SUMMARY:Stretches\\; hips\\, back \\\\ more\r\n\
DESCRIPTION:https://atlas.example/#/program/1AghmaWd1cmUtNDwBAQABBxNrbmVlbG\r\n \
luZy1oaXAtZmxleG9yPAEBAAEHAMa_DEk\r\n\
URL:https://atlas.example/#/program/1AghmaWd1cmUtNDwBAQABBxNrbmVlbGluZy1oaX\r\n \
AtZmxleG9yPAEBAAEHAMa_DEk\r\n\
BEGIN:VALARM\r\n\
ACTION:DISPLAY\r\n\
DESCRIPTION:Stretches\\; hips\\, back \\\\ more\r\n\
TRIGGER:PT0M\r\n\
END:VALARM\r\n\
END:VEVENT\r\n\
END:VCALENDAR\r\n";
    let uid_line = ics.lines().find(|l| l.starts_with("UID:")).unwrap();
    let hash = &uid_line["UID:20261129-0730-".len().."UID:20261129-0730-".len() + 8];
    assert!(hash.bytes().all(|b| b.is_ascii_hexdigit()), "{uid_line}");
    assert_eq!(ics, expected.replace("UIDHASH", hash));
}

#[test]
fn every_line_is_at_most_75_octets_and_ends_in_crlf() {
    let start = Day::from_ymd(2026, 11, 29).unwrap();
    let title = "Étirements du matin 😊 ".repeat(10) + "line\nbreak, comma; semi";
    let ics = reminder_ics(
        start,
        8,
        0,
        &title,
        "https://a.example/#/p/1abc",
        "bad stamp",
    );
    assert!(ics.ends_with("\r\n"));
    for line in ics.split("\r\n").filter(|l| !l.is_empty()) {
        assert!(line.len() <= 75, "{} octets: {line}", line.len());
        assert!(!line.contains('\n') && !line.contains('\r'));
    }
    // Unfolding gives back the escaped title, characters whole.
    let unfolded = ics.replace("\r\n ", "");
    let summary = unfolded
        .lines()
        .find(|l| l.starts_with("SUMMARY:"))
        .unwrap();
    assert!(
        summary.ends_with("line\\nbreak\\, comma\\; semi"),
        "{summary}"
    );
    assert!(summary.contains("😊"));
    assert!(
        ics.contains("DTSTAMP:20261129T000000Z"),
        "a bad stamp is replaced"
    );
    assert!(ics.contains("DTSTART:20261129T080000\r\n"));
}

#[test]
fn the_uid_is_the_same_for_the_same_reminder_and_differs_otherwise() {
    let start = Day::from_ymd(2026, 11, 29).unwrap();
    let uid = |h: u8, link: &str| {
        let ics = reminder_ics(start, h, 0, "Stretch", link, "20261128T101500Z");
        ics.lines()
            .find(|l| l.starts_with("UID:"))
            .unwrap()
            .to_string()
    };
    assert_eq!(uid(8, "a"), uid(8, "a"));
    assert_ne!(uid(8, "a"), uid(9, "a"));
    assert_ne!(uid(8, "a"), uid(8, "b"));
    // Out-of-range times are kept to the day.
    let ics = reminder_ics(start, 99, 99, "x", "a", "20261128T101500Z");
    assert!(ics.contains("DTSTART:20261129T235900\r\n"));
}
