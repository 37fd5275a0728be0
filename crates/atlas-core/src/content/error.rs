//! Content errors that tell a clinic editor exactly where to look: file, entry, field.

use super::EntityRef;
use std::fmt;

/// One problem in the content.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ContentError {
    /// The file the problem is in (empty if the entry did not come from a file).
    pub file: String,
    /// 1-based line, for TOML syntax and shape errors.
    pub line: Option<usize>,
    /// The entry at fault, if the problem is inside one.
    pub entry: Option<EntityRef>,
    /// The entry at fault when it is not one of the linked kinds, written as it shows in the
    /// message, e.g. `precaution "sciatica"` (precautions have no [`EntityRef`]).
    pub label: Option<String>,
    /// The field at fault, e.g. `muscles` or `dose.hold_seconds` (empty if none).
    pub field: String,
    /// What is wrong, in plain words.
    pub message: String,
}

impl ContentError {
    /// A problem in one field of one entry.
    pub fn in_entry(
        file: &str,
        entry: EntityRef,
        field: impl Into<String>,
        message: impl Into<String>,
    ) -> Self {
        ContentError {
            file: file.to_string(),
            line: None,
            entry: Some(entry),
            label: None,
            field: field.into(),
            message: message.into(),
        }
    }

    /// A problem in one field of an entry outside the linked kinds, e.g. a precaution; `label`
    /// reads like `precaution "sciatica"`.
    pub fn in_labelled(
        file: &str,
        label: impl Into<String>,
        field: impl Into<String>,
        message: impl Into<String>,
    ) -> Self {
        ContentError {
            file: file.to_string(),
            line: None,
            entry: None,
            label: Some(label.into()),
            field: field.into(),
            message: message.into(),
        }
    }

    /// A problem at a line of a file (TOML syntax or shape).
    pub fn at_line(file: &str, line: Option<usize>, message: impl Into<String>) -> Self {
        ContentError {
            file: file.to_string(),
            line,
            entry: None,
            label: None,
            field: String::new(),
            message: message.into(),
        }
    }
}

/// Reads like `assets/content/conditions.toml: condition "x", field "muscles": unknown muscle "y"`.
impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let file = if self.file.is_empty() {
            "<no file>"
        } else {
            &self.file
        };
        f.write_str(file)?;
        if let Some(line) = self.line {
            write!(f, ": line {line}")?;
        }
        let entry = match (&self.entry, &self.label) {
            (Some(entry), _) => Some(entry.to_string()),
            (None, label) => label.clone(),
        };
        match (entry, self.field.is_empty()) {
            (Some(entry), false) => write!(f, ": {entry}, field \"{}\"", self.field)?,
            (Some(entry), true) => write!(f, ": {entry}")?,
            (None, false) => write!(f, ": field \"{}\"", self.field)?,
            (None, true) => {}
        }
        write!(f, ": {}", self.message)
    }
}

impl std::error::Error for ContentError {}

/// Every problem found, so an editor can fix them all in one pass.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ContentErrors(pub Vec<ContentError>);

impl ContentErrors {
    /// How many problems.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// True when there is no problem.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The problems in the order found.
    pub fn iter(&self) -> std::slice::Iter<'_, ContentError> {
        self.0.iter()
    }

    /// Each problem's message, for tests and tools.
    pub fn messages(&self) -> Vec<String> {
        self.0.iter().map(ToString::to_string).collect()
    }

    /// `Ok(())` when empty, else `Err(self)`.
    pub fn into_result(self) -> Result<(), ContentErrors> {
        if self.is_empty() {
            Ok(())
        } else {
            Err(self)
        }
    }
}

/// One problem per line.
impl fmt::Display for ContentErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, error) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{error}")?;
        }
        Ok(())
    }
}

impl std::error::Error for ContentErrors {}
