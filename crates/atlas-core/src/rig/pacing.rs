//! Which cues to say aloud, so that every cue is heard whole and none is said twice.
//!
//! A guide's cues follow its keyframes, which in a moving guide change every two or three
//! seconds, faster than a sentence can be said; and each breath cycle repeats the same cues.
//! Speaking every cue as it comes (cancelling the one before) cut sentences off mid-word and
//! repeated the same sentence every breath. A [`CuePacer`] decides instead:
//!
//! - a cue already heard on this side is not said again (the panel still shows it);
//! - a cue is said while it is current: when it begins or, if something else is still being
//!   said, as soon as that ends, up to [`LATE_FRACTION`] of the way through its step (late in
//!   a long hold is fine; "Breathe out" while the figure breathes in is not);
//! - it is said in full if, by the estimate of [`speaking_seconds`], it ends before the next
//!   cue that *must* be said can start: a new cue at its last occurrence on its side (a cue
//!   that comes again later can wait for then, so it does not hold this one back);
//! - otherwise its short form ([`short_form`]: "Breathe in" for "Breathe in, let your belly
//!   drop…") if that fits, otherwise nothing;
//! - nothing starts while another cue is being said (except the guide's last, which waits its
//!   turn in the synthesiser's queue), and nothing is cut off: the shell speaks without
//!   cancelling, except when the reader pauses, turns speech off or leaves.
//!
//! Pure: guide time and the schedule are arguments; the shell owns the synthesiser.

use super::events::Event;
use super::joints::Side;
use super::player::clamp_speed;
use super::schedule::Schedule;

/// Words a speech synthesiser says per second at its normal rate (rate 1) in English: the
/// figure behind every duration estimate here. Typical synthetic voices speak 150–170 words a
/// minute; 2.6 words/s (156 a minute) sits at the calm end.
pub const WORDS_PER_SECOND: f64 = 2.6;

/// The rate the shell asks the synthesiser for: a little slower than normal, to sound calm.
pub const SPEECH_RATE: f64 = 0.95;

/// Seconds added to every estimate: a synthesiser takes a moment to start an utterance, and
/// two cues back to back need a breath between them.
pub const SPEECH_GAP_SECONDS: f64 = 0.3;

/// How far through its step (from its start to the next cue) a cue may still begin to be said.
/// Half: a hold's cue can wait for the sentence before it, a two-second breath cue cannot.
pub const LATE_FRACTION: f64 = 0.5;

/// Clock seconds `text` takes to say at [`SPEECH_RATE`] (0 for no words).
pub fn speaking_seconds(text: &str) -> f64 {
    let words = text.split_whitespace().count();
    if words == 0 {
        return 0.0;
    }
    words as f64 / (WORDS_PER_SECOND * SPEECH_RATE) + SPEECH_GAP_SECONDS
}

/// A cue's short form: its words before the first comma, colon, semicolon or full stop
/// ("Breathe in" for "Breathe in, let your belly drop and lift your gaze"), when there is
/// such a break with words before it and more after it.
pub fn short_form(text: &str) -> Option<&str> {
    let cut = text.find([',', ':', ';', '.'])?;
    let (head, tail) = (text[..cut].trim(), text[cut + 1..].trim());
    (!head.is_empty() && !tail.is_empty()).then_some(head)
}

/// What is being said, as the pacer last left it.
#[derive(Clone, Debug, PartialEq)]
struct Saying {
    /// The words.
    text: String,
    /// Guide time by which they are said.
    until: f64,
}

/// Decides which cues to say aloud as a guide plays (see the module comment). One per player;
/// ask it on every tick while speech is on.
#[derive(Clone, Debug, PartialEq)]
pub struct CuePacer {
    /// Guide seconds per clock second (speech takes clock time, cues come in guide time).
    speed: f64,
    /// The side the heard cues were heard on (`None` inside: a guide not done per side).
    side: Option<Option<Side>>,
    /// Texts said on the current side (short forms included).
    heard: Vec<String>,
    /// The utterance in progress, if any.
    saying: Option<Saying>,
}

impl CuePacer {
    /// A pacer for a player running at `speed` guide seconds per clock second (clamped like
    /// the player's own speed), with nothing heard yet.
    pub fn new(speed: f64) -> CuePacer {
        CuePacer {
            speed: clamp_speed(speed),
            side: None,
            heard: Vec::new(),
            saying: None,
        }
    }

    /// The guide starts again from the beginning: everything may be said again.
    pub fn restart(&mut self) {
        self.side = None;
        self.heard.clear();
        self.saying = None;
    }

    /// Speech was cancelled at guide time `now` (the reader paused or turned speech off): an
    /// utterance that had not ended was cut, so it does not count as heard.
    pub fn interrupted(&mut self, now: f64) {
        if let Some(saying) = self.saying.take() {
            if saying.until > now {
                self.heard.retain(|h| *h != saying.text);
            }
        }
    }

    /// The text to start saying at guide time `now` of `schedule`, if any: the current cue,
    /// in full or short (see the module comment). Call it on every tick while playing.
    pub fn pace(&mut self, schedule: &Schedule, now: f64) -> Option<String> {
        let cues = cues(schedule);
        let i = cues.iter().rposition(|c| c.at <= now)?;
        let cue = &cues[i];
        if self.side != Some(cue.side) {
            // A new side is worked afresh: its cues are new again.
            self.side = Some(cue.side);
            self.heard.clear();
        }
        // The guide's last cue ("Well done") is queued behind whatever is being said: nothing
        // follows it, and the player stops asking once the guide ends.
        let last = i + 1 == cues.len();
        if (self.is_saying(now) && !last)
            || self.was_heard(cue.text)
            || now > latest_start(&cues, i)
        {
            return None;
        }
        let deadline = next_must_say(&cues, i, &self.heard);
        // Clock seconds until then.
        let available = (deadline - now) / self.speed;
        let say = if speaking_seconds(cue.text) <= available {
            cue.text
        } else {
            short_form(cue.text)
                .filter(|short| !self.was_heard(short) && speaking_seconds(short) <= available)?
        };
        let from = self.saying.as_ref().map_or(now, |s| s.until.max(now));
        self.heard.push(say.to_string());
        self.saying = Some(Saying {
            text: say.to_string(),
            until: from + speaking_seconds(say) * self.speed,
        });
        Some(say.to_string())
    }

    /// Whether an utterance is still going at guide time `now`.
    fn is_saying(&self, now: f64) -> bool {
        self.saying.as_ref().is_some_and(|s| s.until > now)
    }

    /// Whether `text` was said on this side.
    fn was_heard(&self, text: &str) -> bool {
        self.heard.iter().any(|h| h == text)
    }
}

/// One cue of the plan.
struct Cue<'a> {
    /// Guide time it begins.
    at: f64,
    /// The words.
    text: &'a str,
    /// The side it belongs to.
    side: Option<Side>,
}

/// The plan's cues in order, with their sides.
fn cues(schedule: &Schedule) -> Vec<Cue<'_>> {
    schedule
        .events
        .iter()
        .filter_map(|(at, event)| match event {
            Event::Cue { text, .. } => Some(Cue {
                at: *at,
                text: text.as_str(),
                side: schedule.segment_at(*at).and_then(|s| s.side),
            }),
            _ => None,
        })
        .collect()
}

/// The last guide time cue `i` may begin to be said: [`LATE_FRACTION`] of its step.
fn latest_start(cues: &[Cue<'_>], i: usize) -> f64 {
    let at = cues[i].at;
    let end = cues.get(i + 1).map_or(f64::INFINITY, |c| c.at);
    at + (end - at) * LATE_FRACTION
}

/// The latest guide time by which cue `i`'s words must have ended: the latest start of the
/// first later cue that must be said, i.e. one not yet heard (and not cue `i`'s own text,
/// which is about to be) that does not come again later on its side. Infinity if none.
fn next_must_say(cues: &[Cue<'_>], i: usize, heard: &[String]) -> f64 {
    let current = &cues[i];
    for (k, cue) in cues.iter().enumerate().skip(i + 1) {
        let known = cue.side == current.side
            && (cue.text == current.text || heard.iter().any(|h| h == cue.text));
        let again = cues[k + 1..]
            .iter()
            .take_while(|c| c.side == cue.side)
            .any(|c| c.text == cue.text);
        if !known && !again {
            return latest_start(cues, k);
        }
    }
    f64::INFINITY
}
