//! The therapist's builder as one state and one update function (a reducer): add, remove,
//! reorder, start from a condition's "start here" set, dose edits held to each move's range,
//! and today's treatment. The shell only draws a [`Builder`] and sends it [`Edit`]s.
//!
//! **Invariant:** after any sequence of edits, every item names a stretch the content has,
//! once, at most [`MAX_ITEMS`] of them, each with a dose inside its move's [`Bounds`] (so the
//! player can play it and the client's page accepts its link). What the therapist types that
//! breaks a bound is kept as a [`Draft`] beside the item, with the range in words, and the
//! item keeps its last good dose: clearing a field never turns a held stretch into a moving
//! one. `tests/program_builder.rs` checks this over random edit sequences.

use std::ops::RangeInclusive;

use serde::{Deserialize, Serialize};

use super::json_form::{to_text, FromJson};
use super::{
    check, session_seconds, ComeBack, Day, Item, Program, Treatment, DAYS_A_WEEK, DEFAULT_ITEMS,
    FIVE_MINUTES, MAX_COME_BACK_WEEKS, MAX_ITEMS, MAX_NOTE_CHARS, MAX_TREATMENT_LIST, TIMES_A_DAY,
};
use crate::content::{Condition, EntityRef, KnowledgeBase, SearchIndex, Stretch};
use crate::content::{BREATH_SECONDS, MAX_HOLD_SECONDS, REPETITIONS};
use crate::rig::Guide;

/// The shortest hold the builder accepts, in seconds: the shortest hold Bandy & Irion 1994
/// compared (15 s, which did less than 30 or 60 s); nothing in the content's sources speaks
/// for a shorter one. A move whose content hold is shorter keeps its own as the floor.
pub const MIN_HOLD_SECONDS: u16 = 15;

/// What a move's dose may be in the builder, from its content dose.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Bounds {
    /// Seconds a hold may last; `None` for a move paced by the breath, which has no hold.
    pub hold: Option<RangeInclusive<u16>>,
    /// Repetitions (per side for a two-sided move).
    pub repetitions: RangeInclusive<u8>,
    /// Whether the move has sides: only then may the therapist choose one side or both.
    pub sided: bool,
}

impl Bounds {
    /// The ranges for `stretch`: a hold from [`MIN_HOLD_SECONDS`] to the content's longest,
    /// the content's repetitions, each widened to take in the move's own default.
    pub fn of(stretch: &Stretch) -> Bounds {
        let dose = &stretch.dose;
        let narrow = |n: u32| u16::try_from(n).unwrap_or(u16::MAX);
        let hold = (dose.hold_seconds > 0).then(|| {
            let own = narrow(dose.hold_seconds);
            MIN_HOLD_SECONDS.min(own)..=narrow(MAX_HOLD_SECONDS).max(own)
        });
        let reps = |n: u32| u8::try_from(n).unwrap_or(u8::MAX);
        let own = reps(dose.repetitions);
        Bounds {
            hold,
            repetitions: reps(*REPETITIONS.start()).min(own)..=reps(*REPETITIONS.end()).max(own),
            sided: dose.each_side,
        }
    }

    /// The range in words, as the field's message: "Hold between 15 and 120 seconds.",
    /// "Between 1 and 10 times.", "Between 1 and 10 repetitions.".
    pub fn in_words(&self, field: Field) -> String {
        match (field, &self.hold) {
            (Field::Hold, Some(range)) => format!(
                "Hold between {} and {} seconds.",
                range.start(),
                range.end()
            ),
            (Field::Hold, None) => "This move is paced by the breath: it has no hold.".into(),
            (Field::Repetitions, held) => format!(
                "Between {} and {} {}.",
                self.repetitions.start(),
                self.repetitions.end(),
                if held.is_some() {
                    "times"
                } else {
                    "repetitions"
                }
            ),
        }
    }

    /// Whether `item`'s dose is inside these bounds (and playable: a held move keeps a hold,
    /// a breath-paced move its breath).
    pub fn admit(&self, item: &Item) -> bool {
        let d = &item.dose;
        let hold_ok = match &self.hold {
            Some(range) => range.contains(&d.hold_seconds) && d.breath_seconds == 0,
            None => d.hold_seconds == 0 && BREATH_SECONDS.contains(&u32::from(d.breath_seconds)),
        };
        hold_ok
            && self.repetitions.contains(&d.repetitions)
            && (self.sided || !d.each_side)
            && TIMES_A_DAY.contains(&d.times_a_day)
            && DAYS_A_WEEK.contains(&d.days_a_week)
    }
}

/// A dose field the therapist types a number into.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Field {
    /// Seconds each hold lasts.
    Hold,
    /// Repetitions, or times for a held stretch.
    Repetitions,
}

/// What the therapist typed into a field that its move's bounds refuse: shown in the field
/// with the range in words, while the item keeps its last good dose.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Draft {
    /// The item's stretch id.
    pub stretch: String,
    /// Which field.
    pub field: Field,
    /// The text as typed (may be empty).
    pub text: String,
    /// The range in words ([`Bounds::in_words`]).
    pub message: String,
}

/// One change the therapist makes. Items are named by their stretch id (a program holds each
/// stretch once), so an edit from a screen drawn before a removal cannot reach another item.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Edit {
    /// Add a stretch; past [`DEFAULT_ITEMS`] only when `confirmed` (else the builder asks).
    Add {
        /// The stretch's id.
        stretch: String,
        /// The therapist has read why fewer works better and adds it anyway.
        confirmed: bool,
    },
    /// Answer "Keep two" to the question about a third.
    KeepTwo,
    /// Take a stretch out.
    Remove(String),
    /// Move a stretch one place earlier (`true`) or later.
    Move {
        /// The stretch's id.
        stretch: String,
        /// Earlier in the session.
        earlier: bool,
    },
    /// Replace the program with a condition's "start here" set at the content's doses.
    StartFrom(String),
    /// Start again: no stretches, no treatment.
    Clear,
    /// The text of a number field, as typed.
    Type {
        /// The item's stretch id.
        stretch: String,
        /// Which field.
        field: Field,
        /// The text.
        text: String,
    },
    /// Both sides (`true`) or one, for a move with sides.
    EachSide(String, bool),
    /// Sessions a day.
    TimesADay(String, u8),
    /// Days a week.
    DaysAWeek(String, u8),
    /// A change to today's treatment.
    Treatment(TreatmentEdit),
}

/// A change to today's treatment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TreatmentEdit {
    /// A muscle group worked, tapped on or off.
    Muscle(String),
    /// A technique used, on or off.
    Technique(String),
    /// An aftercare entry, on or off.
    Aftercare(String),
    /// The note for the client (cut to [`MAX_NOTE_CHARS`]).
    Note(String),
    /// Come back in this many weeks; 0 for not set.
    ComeBackInWeeks(u8),
    /// Come back on a booked day; `None` clears it.
    ComeBackOn(Option<Day>),
}

/// The program being built, with what the screen needs beyond the program itself.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Builder {
    /// The stretches, in the order they will be played; always within their bounds.
    pub items: Vec<Item>,
    /// Today's treatment as noted so far (empty when nothing is).
    pub treatment: Treatment,
    /// The condition whose "start here" set the program started from, if any.
    pub from: Option<String>,
    /// A stretch waiting on the "fewer works better" question.
    pub asking_third: Option<String>,
    /// Field texts the bounds refused, at most one per item and field.
    pub drafts: Vec<Draft>,
}

impl Builder {
    /// An empty builder, or one started from `condition`'s "start here" set when the content
    /// has that condition.
    pub fn start(kb: &KnowledgeBase, condition: &str) -> Builder {
        let mut builder = Builder::default();
        if kb.condition(condition).is_some() {
            builder.update(kb, Edit::StartFrom(condition.to_string()));
        }
        builder
    }

    /// Applies one edit. Anything the content or the bounds refuse leaves the program as it
    /// was (a refused number is kept as a [`Draft`] with its message).
    pub fn update(&mut self, kb: &KnowledgeBase, edit: Edit) {
        match edit {
            Edit::Add { stretch, confirmed } => self.add(kb, &stretch, confirmed),
            Edit::KeepTwo => self.asking_third = None,
            Edit::Remove(id) => {
                self.items.retain(|i| i.stretch != id);
                self.drafts.retain(|d| d.stretch != id);
            }
            Edit::Move { stretch, earlier } => {
                if let Some(at) = self.position(&stretch) {
                    let to = if earlier {
                        at.checked_sub(1)
                    } else {
                        Some(at + 1)
                    };
                    if let Some(to) = to.filter(|to| *to < self.items.len()) {
                        self.items.swap(at, to);
                    }
                }
            }
            Edit::StartFrom(condition) => {
                let Some(c) = kb.condition(&condition) else {
                    return;
                };
                self.items = kb
                    .start_here_for_condition(&c.id)
                    .into_iter()
                    .take(MAX_ITEMS)
                    .map(Item::of)
                    .collect();
                self.from = Some(c.id.clone());
                self.asking_third = None;
                self.drafts.clear();
            }
            Edit::Clear => *self = Builder::default(),
            Edit::Type {
                stretch,
                field,
                text,
            } => self.type_number(kb, &stretch, field, text),
            Edit::EachSide(id, on) => self.dose(kb, &id, |d| d.each_side = on),
            Edit::TimesADay(id, n) => self.dose(kb, &id, |d| d.times_a_day = n),
            Edit::DaysAWeek(id, n) => self.dose(kb, &id, |d| d.days_a_week = n),
            Edit::Treatment(edit) => self.treat(kb, edit),
        }
        // The question about a third is only open while it can still be answered.
        let len = self.items.len();
        self.asking_third.take_if(|id| {
            self.items.iter().any(|i| i.stretch == *id)
                || !(DEFAULT_ITEMS..MAX_ITEMS).contains(&len)
        });
    }

    /// The program to hand over (the treatment only when something was noted).
    pub fn program(&self) -> Program {
        Program {
            items: self.items.clone(),
            treatment: (!treatment_is_empty(&self.treatment)).then(|| self.treatment.clone()),
        }
    }

    /// The program, or why it cannot be handed over yet: nothing chosen, or a field that
    /// still holds a number its move's range refused (the code would not say what the field
    /// shows).
    pub fn ready(&self, kb: &KnowledgeBase) -> Result<Program, String> {
        if self.items.is_empty() {
            return Err("Choose one or two stretches first.".into());
        }
        if let Some(draft) = self.drafts.first() {
            let name = kb.stretch(&draft.stretch).map_or("", |s| s.name.as_str());
            return Err(format!(
                "Correct {name} first: {}",
                draft.message.trim_end_matches('.')
            ) + ".");
        }
        let program = self.program();
        check(&program, kb).map_err(|e| e.to_string())?;
        Ok(program)
    }

    /// The refused text of one item's field, if any.
    pub fn draft(&self, stretch: &str, field: Field) -> Option<&Draft> {
        self.drafts
            .iter()
            .find(|d| d.stretch == stretch && d.field == field)
    }

    /// Seconds the player takes for the whole program, from its own schedule.
    pub fn seconds(&self, guides: &[Guide]) -> f64 {
        session_seconds(&self.program(), guides)
    }

    /// Whether the session is longer than seed 003's five minutes (the builder then shows
    /// the note on why shorter works better).
    pub fn over_five_minutes(&self, guides: &[Guide]) -> bool {
        self.seconds(guides) > FIVE_MINUTES
    }

    /// The builder as JSON, kept for the tab so a reload or an accidental Back loses nothing.
    pub fn to_json(&self) -> String {
        to_text(self)
    }

    /// A builder read back from [`Builder::to_json`], made to hold the invariant against this
    /// content whatever the text says (unknown ids dropped, doses out of bounds back to the
    /// content's); `None` when the text is not a builder at all.
    pub fn from_json(text: &str, kb: &KnowledgeBase) -> Option<Builder> {
        let read = <Builder as FromJson>::from_json(&crate::json::parse(text)?)?;
        let mut clean = Builder {
            from: read.from.filter(|c| kb.condition(c).is_some()),
            ..Builder::default()
        };
        for item in read.items {
            let Some(stretch) = kb.stretch(&item.stretch) else {
                continue;
            };
            if clean.items.len() >= MAX_ITEMS || clean.position(&stretch.id).is_some() {
                continue;
            }
            let fixed = if Bounds::of(stretch).admit(&item) {
                item
            } else {
                Item::of(stretch)
            };
            clean.items.push(fixed);
        }
        clean.asking_third = read.asking_third.filter(|id| {
            kb.stretch(id).is_some()
                && clean.position(id).is_none()
                && (DEFAULT_ITEMS..MAX_ITEMS).contains(&clean.items.len())
        });
        clean.drafts = read
            .drafts
            .into_iter()
            .filter(|d| clean.position(&d.stretch).is_some())
            .fold(Vec::new(), |mut kept, d| {
                if !kept
                    .iter()
                    .any(|k: &Draft| k.stretch == d.stretch && k.field == d.field)
                {
                    kept.push(d);
                }
                kept
            });
        let t = read.treatment;
        for (edit, ids) in [
            (
                TreatmentEdit::Muscle as fn(String) -> TreatmentEdit,
                t.muscles,
            ),
            (TreatmentEdit::Technique, t.techniques),
            (TreatmentEdit::Aftercare, t.aftercare),
        ] {
            for id in ids {
                clean.treat(kb, edit(id));
            }
        }
        clean.treat(kb, TreatmentEdit::Note(t.note));
        match t.come_back {
            Some(ComeBack::InWeeks(w)) => clean.treat(kb, TreatmentEdit::ComeBackInWeeks(w)),
            Some(ComeBack::On(day)) => clean.treat(kb, TreatmentEdit::ComeBackOn(Some(day))),
            None => {}
        }
        Some(clean)
    }

    fn position(&self, stretch: &str) -> Option<usize> {
        self.items.iter().position(|i| i.stretch == stretch)
    }

    fn add(&mut self, kb: &KnowledgeBase, id: &str, confirmed: bool) {
        let Some(stretch) = kb.stretch(id) else {
            return;
        };
        if self.items.len() >= MAX_ITEMS || self.position(id).is_some() {
            return;
        }
        if self.items.len() >= DEFAULT_ITEMS && !confirmed {
            self.asking_third = Some(stretch.id.clone());
            return;
        }
        self.items.push(Item::of(stretch));
        self.asking_third = None;
    }

    /// A change to an item's dose, kept only when the result is inside the move's bounds.
    fn dose(&mut self, kb: &KnowledgeBase, id: &str, change: impl FnOnce(&mut super::ItemDose)) {
        let Some(stretch) = kb.stretch(id) else {
            return;
        };
        let Some(at) = self.position(id) else {
            return;
        };
        let mut item = self.items[at].clone();
        change(&mut item.dose);
        if Bounds::of(stretch).admit(&item) {
            self.items[at] = item;
        }
    }

    fn type_number(&mut self, kb: &KnowledgeBase, id: &str, field: Field, text: String) {
        let (Some(stretch), Some(at)) = (kb.stretch(id), self.position(id)) else {
            return;
        };
        let bounds = Bounds::of(stretch);
        let mut item = self.items[at].clone();
        let number = text.trim().parse::<u32>().ok();
        let fits = match (field, number) {
            (Field::Hold, Some(n)) if bounds.hold.is_some() => u16::try_from(n).is_ok_and(|n| {
                item.dose.hold_seconds = n;
                true
            }),
            (Field::Repetitions, Some(n)) => u8::try_from(n).is_ok_and(|n| {
                item.dose.repetitions = n;
                true
            }),
            _ => false,
        } && bounds.admit(&item);
        self.drafts
            .retain(|d| !(d.stretch == id && d.field == field));
        if fits {
            self.items[at] = item;
        } else if field == Field::Repetitions || bounds.hold.is_some() {
            self.drafts.push(Draft {
                stretch: stretch.id.clone(),
                field,
                text: text.chars().take(8).collect(),
                message: bounds.in_words(field),
            });
        }
    }

    fn treat(&mut self, kb: &KnowledgeBase, edit: TreatmentEdit) {
        let t = &mut self.treatment;
        let toggle = |list: &mut Vec<String>, id: String, known: bool| {
            if let Some(at) = list.iter().position(|x| *x == id) {
                list.remove(at);
            } else if known && list.len() < MAX_TREATMENT_LIST {
                list.push(id);
            }
        };
        match edit {
            TreatmentEdit::Muscle(id) => {
                let known = kb.muscle(&id).is_some();
                toggle(&mut t.muscles, id, known);
            }
            TreatmentEdit::Technique(id) => {
                let known = kb.technique(&id).is_some();
                toggle(&mut t.techniques, id, known);
            }
            TreatmentEdit::Aftercare(id) => {
                let known = kb.aftercare_entry(&id).is_some();
                toggle(&mut t.aftercare, id, known);
            }
            TreatmentEdit::Note(text) => t.note = text.chars().take(MAX_NOTE_CHARS).collect(),
            TreatmentEdit::ComeBackInWeeks(w) => {
                t.come_back = (1..=MAX_COME_BACK_WEEKS)
                    .contains(&w)
                    .then_some(ComeBack::InWeeks(w));
            }
            TreatmentEdit::ComeBackOn(day) => {
                t.come_back = day.filter(|d| d.is_plausible()).map(ComeBack::On);
            }
        }
    }
}

/// Whether the therapist noted nothing about today's treatment.
pub fn treatment_is_empty(t: &Treatment) -> bool {
    t.muscles.is_empty()
        && t.techniques.is_empty()
        && t.aftercare.is_empty()
        && t.note.trim().is_empty()
        && t.come_back.is_none()
}

/// What the builder's search finds for the client's own words: conditions (each a starter
/// set) and moves, through the site's search and its everyday vocabulary.
#[derive(Debug, Default, PartialEq)]
pub struct Found<'a> {
    /// Conditions to start from, best first: those the search names, then those of the
    /// muscles it names.
    pub conditions: Vec<&'a Condition>,
    /// Moves, best first: those the search names, then those for the muscles it names.
    pub stretches: Vec<&'a Stretch>,
}

/// The conditions and moves for `query` ("sciatica", "low back", "tight hips"), as the site's
/// search ranks them; a condition or move is listed once.
pub fn find<'a>(kb: &'a KnowledgeBase, index: &SearchIndex, query: &str) -> Found<'a> {
    let hits = index.search(query);
    let mut found = Found::default();
    let mut muscles = Vec::new();
    for hit in &hits {
        match &hit.entity {
            EntityRef::Condition(id) => push_new(&mut found.conditions, kb.condition(id)),
            EntityRef::Stretch(id) => push_new(&mut found.stretches, kb.stretch(id)),
            EntityRef::Muscle(id) => muscles.push(id.as_str()),
            _ => {}
        }
    }
    for id in muscles {
        for c in kb.conditions_for_muscle(id) {
            push_new(&mut found.conditions, Some(c));
        }
        for s in kb.stretches_for_muscle(id) {
            push_new(&mut found.stretches, Some(s));
        }
    }
    found
}

fn push_new<'a, T: PartialEq>(list: &mut Vec<&'a T>, entry: Option<&'a T>) {
    if let Some(entry) = entry {
        if !list.iter().any(|e| std::ptr::eq(*e, entry)) {
            list.push(entry);
        }
    }
}
