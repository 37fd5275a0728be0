//! Reading a clinic profile from TOML (feature `toml`: the build script and tests only).

use super::validate::{validate_clinic, ClinicError, ClinicErrors};
use super::Clinic;
use crate::content::line_of;

/// Parses and validates one profile; `path` names the file in messages. A bad profile fails
/// with every problem, each naming the file and the field (or the line, for TOML syntax).
pub fn load_clinic(path: &str, text: &str) -> Result<Clinic, ClinicErrors> {
    let clinic: Clinic = toml::from_str(text).map_err(|err| {
        let line = err.span().map(|span| line_of(text, span.start));
        ClinicErrors(vec![ClinicError {
            file: path.to_string(),
            line,
            field: String::new(),
            message: err.message().trim().replace('\n', " "),
        }])
    })?;
    validate_clinic(&clinic, path)?;
    Ok(clinic)
}
