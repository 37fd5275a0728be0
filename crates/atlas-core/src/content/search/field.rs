//! One searchable text of an entry ([`Field`]): its words, lowercased once with their spans in
//! the text, how much a match in it counts ([`Tier`]), and the "why" a result shows for it.

use super::query::How;

/// Extra points when a name starts with the query word ("hip" finds "Hip bursitis" first).
const LEADING_BONUS: u32 = 10;

/// Where a word was found, which sets how much it counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Tier {
    Name,
    Alias,
    Keyword,
    Body,
}

impl Tier {
    /// Points for a typo match (a whole word one or two slips away): half a prefix match,
    /// so it ranks below exact and prefix matches in the same place.
    fn typo_points(self) -> u32 {
        self.points(false) / 2
    }

    /// Points for a whole-word match and for a prefix match.
    fn points(self, exact: bool) -> u32 {
        match (self, exact) {
            (Tier::Name, true) => 200,
            (Tier::Name, false) => 120,
            (Tier::Alias | Tier::Keyword, true) => 160,
            (Tier::Alias | Tier::Keyword, false) => 90,
            (Tier::Body, true) => 20,
            (Tier::Body, false) => 10,
        }
    }
}

/// A word of a field: its lowercase form and its byte span in the original text.
#[derive(Debug)]
pub(super) struct Word {
    /// The word in lowercase, apostrophes dropped.
    pub(super) lower: String,
    start: usize,
    /// The byte just past it in the text.
    pub(super) end: usize,
}

/// One searchable text of an entry.
#[derive(Debug)]
pub(super) struct Field {
    /// Where the text was found.
    pub(super) tier: Tier,
    text: String,
    /// Its words, in order.
    pub(super) words: Vec<Word>,
    /// Its words without stop words, as queries are compared ("lying on my side" is
    /// "lying side").
    pub(super) terms: Vec<String>,
}

/// At most `max` characters of `text`, with an ellipsis when cut.
pub(super) fn excerpt(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((end, _)) => format!("{}\u{2026}", text[..end].trim_end()),
        None => text.to_string(),
    }
}

/// Splits text into words, keeping byte spans; apostrophes join ("child's" is "childs").
pub(super) fn words(text: &str) -> Vec<Word> {
    let mut out = Vec::new();
    let mut current: Option<Word> = None;
    for (i, ch) in text.char_indices() {
        let apostrophe = ch == '\'' || ch == '\u{2019}';
        if ch.is_alphanumeric() || (apostrophe && current.is_some()) {
            let word = current.get_or_insert(Word {
                lower: String::new(),
                start: i,
                end: i,
            });
            if !apostrophe {
                word.lower.extend(ch.to_lowercase());
            }
            word.end = i + ch.len_utf8();
        } else if let Some(word) = current.take() {
            out.push(word);
        }
    }
    out.extend(current);
    out
}

impl Field {
    /// The field of `text`, found in `tier`.
    pub(super) fn new(tier: Tier, text: &str) -> Field {
        Field {
            tier,
            text: text.to_string(),
            words: words(text),
            terms: super::terms(text),
        }
    }

    /// Points when `phrase` (a query's words, stop words left out) is whole, in order, in this
    /// name, alias or keyword: its tier's whole-word points and `bonus`, and where it starts.
    pub(super) fn phrase(&self, phrase: &[String], bonus: u32) -> Option<(u32, usize)> {
        if self.tier == Tier::Body || phrase.is_empty() {
            return None;
        }
        self.terms.windows(phrase.len()).position(|w| w == phrase)?;
        Some((self.tier.points(true) + bonus, 0))
    }

    /// The best match of one query word here: (points, index of the word).
    fn best(&self, query_word: &str) -> Option<(u32, usize)> {
        // A plural query also finds the singular as a whole word ("stairs" finds "stair").
        let singular = query_word
            .strip_suffix('s')
            .filter(|s| s.len() >= 3)
            .unwrap_or(query_word);
        let mut best: Option<(u32, usize)> = None;
        for (i, word) in self.words.iter().enumerate() {
            let prefix = word.lower.starts_with(query_word);
            if prefix || word.lower == singular {
                let exact = word.lower == query_word || word.lower == singular;
                let mut points = self.tier.points(exact);
                if i == 0 && self.tier == Tier::Name {
                    points += LEADING_BONUS;
                }
                if best.is_none_or(|(p, _)| points > p) {
                    best = Some((points, i));
                }
            }
        }
        best
    }

    /// The best match of one word of a way of matching: typed and vocabulary words as
    /// [`Field::best`]; a typo correction only as a whole word, for fewer points.
    pub(super) fn best_as(&self, word: &str, how: How) -> Option<(u32, usize)> {
        match how {
            How::Typed | How::Means => return self.best(word),
            // Phrases are matched whole by `Field::phrase`, never word by word.
            How::Phrase => return None,
            How::Typo => {}
        }
        let at = self.words.iter().position(|w| w.lower == word)?;
        let leading = if at == 0 && self.tier == Tier::Name {
            LEADING_BONUS
        } else {
            0
        };
        Some((self.tier.typo_points() + leading, at))
    }

    /// Why this field matched, short enough for a results list.
    pub(super) fn why(&self, word_index: usize) -> String {
        match self.tier {
            Tier::Name => self.text.clone(),
            Tier::Alias => format!("also called \u{201c}{}\u{201d}", self.text),
            Tier::Keyword => format!("about \u{201c}{}\u{201d}", self.text),
            Tier::Body => self.snippet(word_index),
        }
    }

    /// About eight words around the matched one, with ellipses where text was cut.
    fn snippet(&self, at: usize) -> String {
        let first = at.saturating_sub(3);
        let last = (at + 5).min(self.words.len().saturating_sub(1));
        let (Some(a), Some(b)) = (self.words.get(first), self.words.get(last)) else {
            return String::new();
        };
        let mut out = String::new();
        if first > 0 {
            out.push('\u{2026}');
        }
        out.push_str(self.text.get(a.start..b.end).unwrap_or_default());
        if last + 1 < self.words.len() {
            out.push('\u{2026}');
        }
        out
    }
}
