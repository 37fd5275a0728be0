//! What the phone keeps (the shell reads and writes the string in local storage): the saved
//! program and the log, as JSON with a schema number. The same text is the export file, so a
//! client changing phones imports it and loses nothing.
//!
//! Reading an older schema runs each migration in turn ([`MIGRATIONS`]); a newer one is
//! refused with [`SavedError::FromTheFuture`] rather than misread, and anything unreadable is
//! [`SavedError::Corrupt`] (the shell then keeps a copy of the text and carries on).

use super::{decode, Day, Log, LogEntry, Program, MAX_EASE};
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};
use std::fmt;

/// The schema this app writes.
pub const SAVED_SCHEMA: u32 = 1;
/// Longest text read (far above years of daily sessions): anything longer is not ours.
pub const MAX_SAVED_CHARS: usize = 1 << 20;

/// Everything the phone keeps.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Saved {
    /// The program saved on this phone, if any.
    pub program: Option<Program>,
    /// Every session done (kept when a new program replaces the old one).
    pub log: Log,
}

/// Why stored or imported text cannot be read. `Display` gives a sentence a client can read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SavedError {
    /// Not JSON, not ours, or with values the app never writes.
    Corrupt,
    /// Written by a later version of the app.
    FromTheFuture {
        /// The schema it names.
        schema: u32,
    },
}

impl fmt::Display for SavedError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SavedError::Corrupt => write!(
                f,
                "The program and log saved here could not be read. A copy has been kept."
            ),
            SavedError::FromTheFuture { schema } => write!(
                f,
                "This was saved by a newer version of the app (schema {schema}). Reload the \
                 app to update it."
            ),
        }
    }
}

impl std::error::Error for SavedError {}

/// The stored form: the schema number first, so a person reading the export sees it.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Stored {
    schema: u32,
    program: Option<Program>,
    log: Vec<LogEntry>,
}

/// The text to store and to export: `{"schema":1,"program":…,"log":[…]}`.
pub fn saved_to_json(s: &Saved) -> String {
    let stored = Stored {
        schema: SAVED_SCHEMA,
        program: s.program.clone(),
        log: s.log.entries.clone(),
    };
    // Plain structs of strings, integers and options always serialise.
    serde_json::to_string(&stored).unwrap_or_default()
}

/// Reads stored or imported text of any schema up to [`SAVED_SCHEMA`]; never panics.
pub fn saved_from_json(text: &str) -> Result<Saved, SavedError> {
    if text.len() > MAX_SAVED_CHARS {
        return Err(SavedError::Corrupt);
    }
    let mut value: Value = serde_json::from_str(text).map_err(|_| SavedError::Corrupt)?;
    if !value.is_object() {
        return Err(SavedError::Corrupt);
    }
    // Schema 0 had no number.
    let schema = match value.get("schema") {
        None => 0,
        Some(n) => n
            .as_u64()
            .and_then(|n| u32::try_from(n).ok())
            .ok_or(SavedError::Corrupt)?,
    };
    if schema > SAVED_SCHEMA {
        return Err(SavedError::FromTheFuture { schema });
    }
    for migrate in &MIGRATIONS[schema as usize..] {
        value = migrate(value)?;
    }
    let stored: Stored = serde_json::from_value(value).map_err(|_| SavedError::Corrupt)?;
    let plausible = |e: &LogEntry| {
        e.day.is_plausible()
            && e.ease_before.is_none_or(|v| v <= MAX_EASE)
            && e.ease_after.is_none_or(|v| v <= MAX_EASE)
    };
    if stored.schema != SAVED_SCHEMA || !stored.log.iter().all(plausible) {
        return Err(SavedError::Corrupt);
    }
    let mut log = Log::default();
    for entry in stored.log {
        log.record(entry);
    }
    Ok(Saved {
        program: stored.program,
        log,
    })
}

/// One step from a schema to the next, on the JSON value.
pub type Migration = fn(Value) -> Result<Value, SavedError>;

/// `MIGRATIONS[n]` turns schema `n` into schema `n + 1`; there is one per schema before
/// [`SAVED_SCHEMA`].
pub const MIGRATIONS: [Migration; SAVED_SCHEMA as usize] = [from_schema_0];

/// Schema 0 (the first drafts, no schema number): the program as its link text under `"link"`
/// and the log as a list of ISO dates under `"days"`, with no ease ratings. A link that no
/// longer decodes leaves no program but keeps the log: the days practised are the client's.
fn from_schema_0(v: Value) -> Result<Value, SavedError> {
    let program = match v.get("link") {
        None | Some(Value::Null) => None,
        Some(Value::String(link)) => decode(link).ok(),
        Some(_) => return Err(SavedError::Corrupt),
    };
    let days = match v.get("days") {
        None => Vec::new(),
        Some(Value::Array(days)) => days.clone(),
        Some(_) => return Err(SavedError::Corrupt),
    };
    let log = days
        .iter()
        .map(|d| {
            let day = d
                .as_str()
                .and_then(Day::parse_iso)
                .ok_or(SavedError::Corrupt)?;
            Ok(json!({ "day": day, "ease_before": null, "ease_after": null }))
        })
        .collect::<Result<Vec<Value>, SavedError>>()?;
    Ok(json!({ "schema": 1, "program": program, "log": log }))
}
