//! What a home program is: one to [`MAX_ITEMS`] stretches, each with its dose, and optionally
//! what was done at today's visit.
//!
//! These types are also the link's binary form (postcard, in field order) and the phone's
//! saved JSON (by field name). Changing a field changes link version 1: add a new
//! [`super::link::VERSION`] and keep reading the old one; add a migration to `saved.rs`.

use super::{Day, ItemDose};
use crate::content::{Goal, KnowledgeBase, Stretch};
use serde::{Deserialize, Serialize};

/// Most stretches a program may hold. Seed 003: "one or two stretches that take no longer than
/// 5 minutes"; a third is allowed only after the builder shows why fewer works better.
pub const MAX_ITEMS: usize = 3;
/// Stretches a program holds without the "fewer works better" note (seed 003: one or two).
pub const DEFAULT_ITEMS: usize = 2;
/// Longest free-text note, in characters (a few sentences; keeps the link short enough to
/// scan from a QR code).
pub const MAX_NOTE_CHARS: usize = 280;
/// Most entries in each of the treatment's lists (muscles, techniques, aftercare): more than
/// the body has groups would only be a damaged or hand-made link.
pub const MAX_TREATMENT_LIST: usize = 16;
/// Longest wait a "come back in … weeks" may name (a quarter of a year).
pub const MAX_COME_BACK_WEEKS: u8 = 12;

/// A home program: the stretches to do, and optionally today's treatment.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Program {
    /// The stretches, in the order they are played.
    pub items: Vec<Item>,
    /// What was done at the visit, if the therapist filled it in.
    pub treatment: Option<Treatment>,
}

/// One stretch of a program and how much of it to do.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Item {
    /// The stretch's id in the content, e.g. `figure-4`.
    pub stretch: String,
    /// How long, how many, how often.
    pub dose: ItemDose,
}

/// Today's treatment, as the therapist records it for the client.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Treatment {
    /// Ids of the muscle groups worked.
    pub muscles: Vec<String>,
    /// Ids of the techniques used.
    pub techniques: Vec<String>,
    /// Ids of the aftercare advice chosen (`[[aftercare]]` in the content).
    pub aftercare: Vec<String>,
    /// A short free-text note, at most [`MAX_NOTE_CHARS`] characters; may be empty.
    pub note: String,
    /// When to come back, if the therapist said.
    pub come_back: Option<ComeBack>,
}

/// When to come back for the next visit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ComeBack {
    /// In about this many weeks (1 to [`MAX_COME_BACK_WEEKS`]); the therapist may not know the
    /// date yet ("once a month", seed 003).
    InWeeks(u8),
    /// On this day (an appointment already booked).
    On(Day),
}

impl ComeBack {
    /// "in about 2 weeks", "in about a week", "on Saturday 12 December 2026", for the client's
    /// page.
    pub fn in_words(&self) -> String {
        match self {
            ComeBack::InWeeks(1) => "in about a week".to_string(),
            ComeBack::InWeeks(n) => format!("in about {n} weeks"),
            ComeBack::On(day) => format!("on {}", day.in_words()),
        }
    }
}

/// Days a week a strengthening exercise starts at in a program (the content says two or
/// three; the therapist may change it).
pub const STRENGTHEN_DAYS_A_WEEK: u8 = 3;

impl Program {
    /// A program of these stretches, each at its dose.
    pub fn of(items: Vec<Item>) -> Program {
        Program {
            items,
            treatment: None,
        }
    }

    /// A condition's suggested stretches ("start here") at the content's doses, the builder's
    /// start from a condition page; `None` for an unknown condition. At most [`MAX_ITEMS`].
    pub fn start_here(kb: &KnowledgeBase, condition_id: &str) -> Option<Program> {
        let condition = kb.condition(condition_id)?;
        let items = (condition.start_here.iter())
            .filter_map(|id| kb.stretch(id))
            .take(MAX_ITEMS)
            .map(Item::of)
            .collect();
        Some(Program::of(items))
    }
}

impl Item {
    /// A stretch at the content's dose, once a day, every day.
    pub fn of(stretch: &Stretch) -> Item {
        let mut dose = ItemDose::from_stretch(&stretch.dose);
        if stretch.goal == Goal::Strengthen {
            // Strengthening is not a daily thing: the content's exercises say two or three days
            // a week (ACSM, Garber 2011), so the program starts at three.
            dose.days_a_week = STRENGTHEN_DAYS_A_WEEK;
        }
        Item {
            stretch: stretch.id.clone(),
            dose,
        }
    }
}
