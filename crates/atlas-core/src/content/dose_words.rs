//! A dose in a client's words, shared by the stretch page (the content's dose with its
//! frequency sentence) and the home program (the therapist's dose with a number of times a
//! day and days a week), so the two never word the same dose differently.

use super::{Dose, Goal};

/// How many times, as a client says it: "once", "twice", "3 times". Validation keeps
/// repetitions at 1 or more; 0 reads as "once" so a guide never says "0 times".
pub fn times_in_words(n: u32) -> String {
    match n {
        0 | 1 => "once".to_string(),
        2 => "twice".to_string(),
        n => format!("{n} times"),
    }
}

/// How long and how many, without how often: "Hold 30 seconds, twice on each side", or for a
/// move paced by the breath "8 slow repetitions, one breath of about 6 seconds each". A
/// strengthening exercise's seconds per repetition are the animation's pace, not sourced
/// advice, so its words leave them out ("10 slow repetitions on each side").
pub fn amount_in_words(
    hold_seconds: u32,
    repetitions: u32,
    each_side: bool,
    breath_seconds: u32,
    goal: Goal,
) -> String {
    let sides = if each_side { " on each side" } else { "" };
    if hold_seconds > 0 {
        let times = times_in_words(repetitions);
        format!("Hold {hold_seconds} seconds, {times}{sides}")
    } else {
        let reps = repetitions.max(1);
        let noun = if reps == 1 {
            "repetition"
        } else {
            "repetitions"
        };
        match goal {
            Goal::Lengthen => format!(
                "{reps} slow {noun}{sides}, one breath of about {breath_seconds} seconds each"
            ),
            Goal::Strengthen => format!("{reps} slow {noun}{sides}"),
        }
    }
}

impl Dose {
    /// The dose as a client reads it, e.g. "Hold 60 seconds, once on each side, daily or near
    /// daily" (the frequency is the content's own sentence, lower-cased into this one), for a
    /// stretch or an exercise (`goal`).
    pub fn in_words(&self, goal: Goal) -> String {
        format!(
            "{}, {}",
            self.amount(goal),
            sentence_part(&self.frequency.text)
        )
    }

    /// How long and how many, without how often ([`amount_in_words`]): the short form a list
    /// or a condition's "Start here" shows, worded as the stretch page words it.
    pub fn amount(&self, goal: Goal) -> String {
        amount_in_words(
            self.hold_seconds,
            self.repetitions,
            self.each_side,
            self.breath_seconds,
            goal,
        )
    }
}

/// A stand-alone sentence ("Daily or near daily.") as the end of another one.
fn sentence_part(text: &str) -> String {
    let text = text.trim().trim_end_matches('.');
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}
