//! The program as the `#` part of a link: compact, versioned, with a checksum, so it travels by
//! QR code, message or print and needs no account or server.
//!
//! The text is one version character (`1`) and then, in base64url without padding, the
//! program as postcard bytes followed by a CRC-32 (little-endian) of the version and those
//! bytes. A typo, a truncated copy or a changed character fails the checksum ("damaged");
//! a later version says so instead of misreading the program.
//!
//! [`decode`] only reads the shape; [`super::check`] then holds the program against the
//! content (known ids, sane doses). Neither panics on any input.

use super::Program;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use std::fmt;

/// The link format this app writes, the character the text starts with.
pub const VERSION: u8 = 1;
/// Longest text [`decode`] reads: anything longer is not one of ours (a full program with the
/// longest note stays far below), and reading stops before any work is done.
pub const MAX_LINK_CHARS: usize = 4096;

/// Why a link's program cannot be opened. `Display` gives a short sentence a client can read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkError {
    /// The link holds nothing.
    Empty,
    /// The text is not a program from this app (another app's link, or a mangled one).
    NotOurs,
    /// The program was written by a later version of the app.
    FromTheFuture {
        /// The version the link names.
        version: u8,
    },
    /// Part of the link is missing or changed (the checksum or the shape does not hold).
    Damaged,
    /// Far longer than any program.
    TooLong,
    /// The program names something this app's content does not have.
    Unknown {
        /// What, in a few words: `stretch "pigeon-pose"`.
        what: String,
    },
    /// A number or a length is outside what the app allows.
    OutOfRange {
        /// What, in a few words: `the hold of "figure-4"`, `the note`.
        what: String,
    },
}

impl fmt::Display for LinkError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let ask = "Please ask your therapist for the link again.";
        match self {
            LinkError::Empty => write!(f, "This link has no program in it. {ask}"),
            LinkError::NotOurs => write!(f, "This link is not a home program from this app."),
            LinkError::FromTheFuture { version } => write!(
                f,
                "This program was made by a newer version of the app (format {version}). \
                 Reload the app to update it, then open the link again."
            ),
            LinkError::Damaged => write!(
                f,
                "This link is damaged: part of it is missing or changed. {ask}"
            ),
            LinkError::TooLong => write!(f, "This link is too long to be a home program."),
            LinkError::Unknown { what } => write!(
                f,
                "This program names {what}, which this app does not know. It may come from \
                 another clinic or a newer version. {ask}"
            ),
            LinkError::OutOfRange { what } => write!(
                f,
                "In this program, {what} is outside what the app allows. {ask}"
            ),
        }
    }
}

impl std::error::Error for LinkError {}

/// The program as link text: `1` and base64url. Deterministic: the same program always gives
/// the same text.
pub fn encode(p: &Program) -> String {
    // Serialising owned strings, integers and options into a Vec cannot fail.
    let mut bytes = postcard::to_allocvec(p).unwrap_or_default();
    let sum = crc32(VERSION, &bytes);
    bytes.extend_from_slice(&sum.to_le_bytes());
    let mut text = String::with_capacity(1 + bytes.len() * 4 / 3 + 4);
    text.push(char::from(b'0' + VERSION));
    URL_SAFE_NO_PAD.encode_string(&bytes, &mut text);
    text
}

/// Reads link text back into a program; any input gives a program or a [`LinkError`], never
/// a panic. Surrounding whitespace (from copying) is ignored.
pub fn decode(s: &str) -> Result<Program, LinkError> {
    let s = s.trim();
    if s.is_empty() {
        return Err(LinkError::Empty);
    }
    if s.len() > MAX_LINK_CHARS {
        return Err(LinkError::TooLong);
    }
    // The first character must be an ASCII digit before anything is split at byte 1.
    let version = match s.as_bytes().first() {
        Some(b @ b'1'..=b'9') => b - b'0',
        _ => return Err(LinkError::NotOurs),
    };
    let rest = &s[1..];
    if version > VERSION {
        return Err(LinkError::FromTheFuture { version });
    }
    if !rest
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    {
        return Err(LinkError::NotOurs);
    }
    let bytes = URL_SAFE_NO_PAD
        .decode(rest)
        .map_err(|_| LinkError::Damaged)?;
    let Some(split) = bytes.len().checked_sub(4) else {
        return Err(LinkError::Damaged);
    };
    let (body, sum) = bytes.split_at(split);
    let sum = u32::from_le_bytes([sum[0], sum[1], sum[2], sum[3]]);
    if crc32(version, body) != sum {
        return Err(LinkError::Damaged);
    }
    match postcard::take_from_bytes::<Program>(body) {
        Ok((program, [])) => Ok(program),
        _ => Err(LinkError::Damaged),
    }
}

/// CRC-32 (IEEE 802.3, as in zip and PNG) of the version byte and then `bytes`. Computed bit
/// by bit: a link is a few hundred bytes, and a table-driven crate would add its tables
/// (kilobytes) to the wasm.
pub fn crc32(version: u8, bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &byte in std::iter::once(&version).chain(bytes) {
        crc ^= u32::from(byte);
        for _ in 0..8 {
            let mask = (crc & 1).wrapping_neg();
            crc = (crc >> 1) ^ (0xEDB8_8320 & mask);
        }
    }
    !crc
}
