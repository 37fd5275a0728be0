//! A log file from another phone (or this one's own export) read into what this phone keeps:
//! its sessions merged, keyed by day and ratings, so a file imported twice adds nothing the
//! second time; its program held to the same rules as a link ([`super::check`]) and only
//! offered, never put in place of the saved one without the client's word.

use super::{check, saved_from_json, LinkError, Program, Saved, SavedError, MAX_SAVED_CHARS};
use crate::content::KnowledgeBase;

/// What the file's program means for this phone.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FileProgram {
    /// The file has no program.
    None,
    /// The file's program is the one already saved here.
    Same,
    /// A program this app can play, different from the saved one: ask before using it.
    Offer(Program),
    /// A program this app cannot use (unknown stretches, doses out of range): left out.
    Unusable(LinkError),
}

/// A file read and merged, ready to save.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Imported {
    /// What this phone keeps now: its own program, its log with the file's new sessions.
    pub saved: Saved,
    /// Sessions the file added (0 when it held nothing new).
    pub added: usize,
    /// Parts of the file that could not be used (sessions with impossible dates or ratings).
    pub left_out: usize,
    /// The file's program, to offer.
    pub program: FileProgram,
}

/// Reads `text`, a file of `bytes` bytes, against what the phone keeps (`current`). A file
/// longer than [`MAX_SAVED_CHARS`] is refused on its size alone, which the shell knows
/// before reading it.
pub fn import(
    current: &Saved,
    bytes: u64,
    text: &str,
    kb: &KnowledgeBase,
) -> Result<Imported, SavedError> {
    if bytes > MAX_SAVED_CHARS as u64 {
        return Err(SavedError::TooLong);
    }
    let file = saved_from_json(text)?;
    let mut saved = current.clone();
    let added = saved.log.merge(&file.log);
    let program = match file.program {
        None => FileProgram::None,
        Some(p) if Some(&p) == current.program.as_ref() => FileProgram::Same,
        Some(p) => match check(&p, kb) {
            Ok(()) => FileProgram::Offer(p),
            Err(e) => FileProgram::Unusable(e),
        },
    };
    Ok(Imported {
        saved,
        added,
        left_out: file.set_aside.len(),
        program,
    })
}
