//! What the phone keeps (the shell reads and writes the string in local storage): the saved
//! program and the log, as JSON with a schema number. The same text is the export file, so a
//! client changing phones imports it and loses nothing.
//!
//! Reading an older schema runs each migration in turn ([`MIGRATIONS`]); a newer one is
//! refused with [`SavedError::FromTheFuture`] rather than misread. Reading is forgiving part
//! by part: a session with a date outside the plausible years or an ease of 11, a program of
//! the wrong shape, a field this app never wrote, is each set aside by itself
//! ([`Saved::set_aside`], written back with the rest), never the whole store. Only text that
//! is not this app's JSON at all is an error, and the shell then keeps it untouched until the
//! client chooses what to do with it.

use super::json_form::{to_text, write_object, FromJson, ToJson};
use super::{decode, Day, Log, LogEntry, Program};
use crate::json::{self, Value};
use std::collections::BTreeMap;
use std::fmt;

/// The schema this app writes.
pub const SAVED_SCHEMA: u32 = 2;
/// Longest text read (far above years of daily sessions): anything longer is not ours. The
/// shell refuses a file of more bytes than this before reading it.
pub const MAX_SAVED_CHARS: usize = 1 << 20;

/// Everything the phone keeps.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Saved {
    /// The program saved on this phone, if any.
    pub program: Option<Program>,
    /// Every session done (kept when a new program replaces the old one).
    pub log: Log,
    /// Parts of what was saved that this app could not use (a session dated 1970, an ease of
    /// 11, a program of the wrong shape), each as it was found, so nothing is thrown away.
    pub set_aside: Vec<Value>,
    /// The day the program was saved on this phone (from a link, a QR code or a file), so the
    /// calendar starts there; `None` for data saved before this was kept.
    pub received: Option<Day>,
}

/// Why stored or imported text cannot be read at all. `Display` says what is wrong with the
/// text, in a sentence a client can read, without saying where it came from (the shell says
/// "saved on this phone" or "that file").
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SavedError {
    /// Longer than [`MAX_SAVED_CHARS`]: far more than any log.
    TooLong,
    /// Not JSON text (a photo, a document, a cut-off copy).
    NotJson,
    /// JSON, but not a program and log from this app.
    NotOurs,
    /// Written by a later version of the app.
    FromTheFuture {
        /// The schema it names.
        schema: u32,
    },
}

impl fmt::Display for SavedError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SavedError::TooLong => write!(f, "It is far too long to be a stretch log."),
            SavedError::NotJson => write!(
                f,
                "It is not a stretch log: it may be another kind of file, or only part of one."
            ),
            SavedError::NotOurs => {
                write!(f, "It is not a stretch log from this app.")
            }
            SavedError::FromTheFuture { schema } => write!(
                f,
                "It was saved by a newer version of the app (format {schema}). Reload the app \
                 to update it."
            ),
        }
    }
}

impl std::error::Error for SavedError {}

/// The text to store and to export: `{"schema":2,"program":…,"log":[…]}`, with
/// `"received":"…"` when the day is known and `"set_aside":[…]` when anything was; the
/// schema number first, so a person reading the export sees it.
pub fn saved_to_json(s: &Saved) -> String {
    let mut out = String::new();
    let schema = SAVED_SCHEMA;
    let mut fields: Vec<(&str, &dyn ToJson)> = vec![
        ("schema", &schema),
        ("program", &s.program),
        ("log", &s.log.entries),
    ];
    if let Some(day) = &s.received {
        fields.push(("received", day));
    }
    if !s.set_aside.is_empty() {
        fields.push(("set_aside", &s.set_aside));
    }
    write_object(&mut out, &fields);
    out
}

/// Reads stored or imported text of any schema up to [`SAVED_SCHEMA`]; never panics. What
/// cannot be used part by part lands in [`Saved::set_aside`].
pub fn saved_from_json(text: &str) -> Result<Saved, SavedError> {
    if text.len() > MAX_SAVED_CHARS {
        return Err(SavedError::TooLong);
    }
    let mut value = json::parse(text).ok_or(SavedError::NotJson)?;
    let Value::Object(map) = &value else {
        return Err(SavedError::NotOurs);
    };
    // Schema 0 had no number.
    let schema = match map.get("schema") {
        None => 0,
        Some(n) => n
            .as_u64()
            .and_then(|n| u32::try_from(n).ok())
            .ok_or(SavedError::NotOurs)?,
    };
    if schema > SAVED_SCHEMA {
        return Err(SavedError::FromTheFuture { schema });
    }
    for migrate in &MIGRATIONS[schema as usize..] {
        value = migrate(value)?;
    }
    match value {
        // Every schema since 1 writes its log, empty or not.
        Value::Object(map) if map.contains_key("log") => Ok(read_current(map)),
        _ => Err(SavedError::NotOurs),
    }
}

/// Reads `v` as a `T`, or sets it aside under `key` (`{"program": …}`) and gives `None`.
fn read_or_set_aside<T: FromJson>(
    key: &str,
    v: Option<Value>,
    set_aside: &mut Vec<Value>,
) -> Option<T> {
    match v {
        None | Some(Value::Null) => None,
        Some(v) => {
            let read = T::from_json(&v);
            if read.is_none() {
                set_aside.push(Value::one(key, v));
            }
            read
        }
    }
}

/// Reads the current schema part by part: whatever cannot be used is set aside as found.
fn read_current(mut map: BTreeMap<String, Value>) -> Saved {
    map.remove("schema");
    let mut set_aside = match map.remove("set_aside") {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::Array(parts)) => parts,
        Some(other) => vec![Value::one("set_aside", other)],
    };
    let program = read_or_set_aside::<Program>("program", map.remove("program"), &mut set_aside);
    let mut log = Log::default();
    match map.remove("log") {
        None | Some(Value::Null) => {}
        Some(Value::Array(entries)) => {
            for v in entries {
                match LogEntry::from_json(&v) {
                    Some(e) if e.is_plausible() => log.record(e),
                    _ => set_aside.push(v),
                }
            }
        }
        Some(other) => set_aside.push(Value::one("log", other)),
    }
    // The day the program arrived: only a plausible day is used (a phone with a wrong date
    // could have written another), anything else is set aside like a bad session.
    let received = match map.remove("received") {
        None | Some(Value::Null) => None,
        Some(v) => match Day::from_json(&v) {
            Some(day) if day.is_plausible() => Some(day),
            _ => {
                set_aside.push(Value::one("received", v));
                None
            }
        },
    };
    // A field this app never wrote (hand-edited, another app): kept, not trusted.
    for (key, v) in map {
        set_aside.push(Value::one(&key, v));
    }
    Saved {
        program,
        log,
        set_aside,
        received,
    }
}

/// One step from a schema to the next, on the JSON value.
pub type Migration = fn(Value) -> Result<Value, SavedError>;

/// `MIGRATIONS[n]` turns schema `n` into schema `n + 1`; there is one per schema before
/// [`SAVED_SCHEMA`].
pub const MIGRATIONS: [Migration; SAVED_SCHEMA as usize] = [from_schema_0, from_schema_1];

/// Schema 0 (the first drafts, no schema number): the program as its link text under `"link"`
/// and the log as a list of ISO dates under `"days"`, with no ease ratings. A link that no
/// longer decodes and a day that is not a date are set aside; the rest is kept.
fn from_schema_0(v: Value) -> Result<Value, SavedError> {
    let Value::Object(mut map) = v else {
        return Err(SavedError::NotOurs);
    };
    // `{}` is a phone with nothing saved; an object with neither field is someone else's.
    if !map.is_empty() && !map.contains_key("link") && !map.contains_key("days") {
        return Err(SavedError::NotOurs);
    }
    let mut set_aside = Vec::new();
    let program = match map.remove("link") {
        None | Some(Value::Null) => Value::Null,
        // The program in today's JSON form, which the current schema's reader reads back.
        Some(Value::String(link)) => match decode(&link) {
            Ok(p) => json::parse(&to_text(&p)).unwrap_or(Value::Null),
            Err(_) => {
                set_aside.push(Value::one("link", Value::String(link)));
                Value::Null
            }
        },
        Some(other) => {
            set_aside.push(Value::one("link", other));
            Value::Null
        }
    };
    let log = match map.remove("days") {
        None | Some(Value::Null) => Vec::new(),
        // A day that does not read as a date is set aside by the current schema's reader.
        Some(Value::Array(days)) => days
            .into_iter()
            .map(|day| {
                Value::Object(BTreeMap::from([
                    ("day".to_string(), day),
                    ("ease_before".to_string(), Value::Null),
                    ("ease_after".to_string(), Value::Null),
                ]))
            })
            .collect(),
        Some(other) => {
            set_aside.push(Value::one("days", other));
            Vec::new()
        }
    };
    for (key, v) in map {
        set_aside.push(Value::one(&key, v));
    }
    Ok(Value::Object(BTreeMap::from([
        ("schema".to_string(), Value::uint(1)),
        ("program".to_string(), program),
        ("log".to_string(), Value::Array(log)),
        ("set_aside".to_string(), Value::Array(set_aside)),
    ])))
}

/// Schema 1: the same fields as schema 2 without `"set_aside"`; a schema-1 reader refused the
/// whole store for one bad session, so any such session is now set aside instead.
fn from_schema_1(mut v: Value) -> Result<Value, SavedError> {
    let Value::Object(map) = &mut v else {
        return Err(SavedError::NotOurs);
    };
    map.insert("schema".into(), Value::uint(2));
    Ok(v)
}
