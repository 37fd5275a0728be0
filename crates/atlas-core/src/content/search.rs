//! Search as you type across the whole knowledge base.
//!
//! Matching is by word: every query word must start some word of the entry (in any order),
//! case-insensitive, so "sci" finds "sciatica" while the user is still typing. Names rank
//! above also-known-as and keywords, which rank above body text; whole-word matches rank
//! above prefixes. Lowercased words are derived once in a [`SearchIndex`], never stored
//! in the TOML.
//!
//! Phrases come before words (see `query`): "sitting at desk" is matched whole to the
//! stretch whose keyword is "sitting at a desk" before "sitting" and "desk" are matched one by
//! one, and the clinic's vocabulary phrases ("at night") are read as one thing said.
//!
//! Search forgives: stop words are dropped ("pain when sitting" is "pain",
//! "sitting"), the content's vocabulary turns everyday words into the atlas's own ("office
//! chair" means "sitting"; `vocabulary.toml`), and a word of five letters or more that
//! matches nothing finds the real words one slip away, two for eight letters or more
//! ("siatica" → "sciatica"; `typo`). Such matches rank below what was typed and say why in the
//! reader's own words. A query naming a feeling ("hurts") ranks conditions and moves higher.

mod field;
mod query;
mod typo;

pub use typo::{distance_within, max_typos};

use super::{Entity, EntityRef, Kind, KnowledgeBase};
use field::{excerpt, words, Field, Tier};
use query::{Alt, Concept, How, Lexicon, Phrases, Vocabulary};

/// One search result.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SearchHit {
    /// What was found.
    pub entity: EntityRef,
    /// Its display name or title.
    pub title: String,
    /// Why it matched: the keyword or a short snippet of the matching text.
    pub why: String,
    /// Higher is better; only meaningful relative to other hits of the same query.
    pub score: u32,
}

/// One entry's searchable texts.
#[derive(Debug)]
struct Doc {
    entity: EntityRef,
    title: String,
    fields: Vec<Field>,
}

/// Lowercased, tokenised text of a knowledge base, built once and queried many times.
#[derive(Debug)]
pub struct SearchIndex {
    docs: Vec<Doc>,
    /// The clinic's everyday words (`vocabulary.toml`).
    vocabulary: Vocabulary,
    /// Every distinct word of the index, for typo tolerance.
    lexicon: Lexicon,
    /// Every run of words of a name, alias or keyword, for matching phrases whole.
    phrases: Phrases,
}

/// Extra points when a multi-word query appears whole in a name, alias or keyword.
const PHRASE_BONUS: u32 = 100;
/// Extra points per query word when the query is exactly a name, alias or keyword.
const WHOLE_BONUS_PER_WORD: u32 = 40;

/// Extra points when a query names a feeling ("hurts", "stiff"), for a condition: the reader is
/// asking what it is and what to do, which an article answers less directly.
const FEELING_CONDITION_BONUS: u32 = 80;
/// Extra points when a query names a feeling, for a move (see [`FEELING_CONDITION_BONUS`]).
const FEELING_MOVE_BONUS: u32 = 40;

/// Points a match through the vocabulary keeps, in quarters: what was typed ranks first.
const MEANS_QUARTERS: u32 = 3;
/// Most characters of a query's words echoed in a result's "why".
const WHY_ECHO_CHARS: usize = 30;

/// Words too common to narrow a search; ignored unless they are the whole query.
///
/// People type sentences ("pain when sitting", "it hurts when I bend"); these words carry no
/// meaning of their own, and matching them in body text would let almost anything through.
/// Words that do narrow ("after" in "after massage", "how" in "how often", "back", "up")
/// are not here.
pub const STOP_WORDS: [&str; 22] = [
    "a", "an", "and", "the", "of", "in", "on", "to", "for", "my", "is", "with", "i", "it", "when",
    "while", "at", "me", "am", "are", "do", "does",
];

/// The most characters of a query that are searched. A query comes from the URL as well as
/// the search box, so it can be any length; a person's search is a few words, and search time
/// grows with the words searched (100,000 words took about 6 s), so the rest is ignored.
pub const MAX_QUERY_CHARS: usize = 120;

/// The most words of a query that are searched (see [`MAX_QUERY_CHARS`]): enough for a
/// sentence such as "my lower back hurts when I sit all day at work".
pub const MAX_QUERY_WORDS: usize = 12;

/// The part of `query` that is searched: at most [`MAX_QUERY_CHARS`] characters, then at most
/// [`MAX_QUERY_WORDS`] words (ending after the last word kept). Searching a query is the same
/// as searching this prefix of it; it takes time bounded by the caps, not the query's length.
pub fn capped_query(query: &str) -> &str {
    let end = query
        .char_indices()
        .nth(MAX_QUERY_CHARS)
        .map_or(query.len(), |(i, _)| i);
    let query = &query[..end];
    let found = words(query);
    match found.get(MAX_QUERY_WORDS.saturating_sub(1)) {
        // Cut just after the last word kept, when there are more.
        Some(last) if found.len() > MAX_QUERY_WORDS => &query[..last.end],
        _ => query,
    }
}

/// A text's lowercase words without stop words (all of them when every word is one): how
/// queries and vocabulary phrases are compared.
pub(crate) fn terms(text: &str) -> Vec<String> {
    let all: Vec<String> = words(text).into_iter().map(|w| w.lower).collect();
    let meaningful: Vec<String> = all
        .iter()
        .filter(|w| !STOP_WORDS.contains(&w.as_str()))
        .cloned()
        .collect();
    if meaningful.is_empty() {
        all
    } else {
        meaningful
    }
}

impl Doc {
    fn new(entity: &dyn Entity) -> Doc {
        // Sources are findable, but their long titles should not crowd out the content.
        let name_tier = if entity.kind() == Kind::Source {
            Tier::Body
        } else {
            Tier::Name
        };
        let mut fields = vec![Field::new(name_tier, entity.title())];
        fields.extend(entity.aliases().iter().map(|a| Field::new(Tier::Alias, a)));
        fields.extend(
            entity
                .keywords()
                .iter()
                .map(|k| Field::new(Tier::Keyword, k)),
        );
        // Therapist-side text (an article's suggested scripts) is not on the client's page, so
        // a search must not find it there or quote it as a snippet.
        fields.extend(
            entity
                .claims()
                .into_iter()
                .filter(|(field, _)| !is_therapist_side(field))
                .map(|(_, c)| Field::new(Tier::Body, &c.text)),
        );
        Doc {
            entity: entity.entity_ref(),
            title: entity.title().to_string(),
            fields,
        }
    }

    /// The best match of one way of matching: every word must be found; its points are the
    /// mean of its words' (so a phrase counts like one word), less for the vocabulary. Also
    /// returns how many texts of the entry each word was found in, added up.
    fn match_alt(&self, alt: &Alt) -> Option<(u32, &Field, usize, usize)> {
        match alt.how {
            How::Phrase => return self.match_phrase(&alt.words, PHRASE_BONUS),
            // A meaning of several words ("leg pain") is a phrase too: whole, it counts more,
            // but not so much that it outranks the word the reader typed ("bruise").
            How::Means if alt.words.len() > 1 => {
                let whole = self.match_phrase(&alt.words, PHRASE_BONUS / 2);
                if let Some((points, field, at, mentions)) = whole {
                    return Some((points * MEANS_QUARTERS / 4, field, at, mentions));
                }
            }
            _ => {}
        }
        self.match_words(alt)
    }

    /// The best name, alias or keyword holding `phrase` whole (its points with `bonus`), and
    /// how many do.
    fn match_phrase(&self, phrase: &[String], bonus: u32) -> Option<(u32, &Field, usize, usize)> {
        if phrase.len() < 2 {
            return None;
        }
        let found: Vec<(u32, &Field)> = self
            .fields
            .iter()
            .filter_map(|f| f.phrase(phrase, bonus).map(|(p, _)| (p, f)))
            .collect();
        let mentions = found.len();
        let (points, field) = found.into_iter().max_by_key(|(p, _)| *p)?;
        Some((points, field, 0, mentions))
    }

    /// The best match of a way of matching word by word (see [`Doc::match_alt`]).
    fn match_words(&self, alt: &Alt) -> Option<(u32, &Field, usize, usize)> {
        let mut sum = 0;
        let mut mentions = 0;
        let mut best: Option<(u32, &Field, usize)> = None;
        for word in &alt.words {
            let found: Vec<(u32, &Field, usize)> = self
                .fields
                .iter()
                .filter_map(|f| f.best_as(word, alt.how).map(|(p, at)| (p, f, at)))
                .collect();
            mentions += found.len();
            let (points, field, at) = found.into_iter().max_by_key(|(p, _, _)| *p)?;
            sum += points;
            if best.is_none_or(|(p, _, _)| points > p) {
                best = Some((points, field, at));
            }
        }
        let (_, field, at) = best?;
        let mean = sum / alt.words.len() as u32;
        let points = match alt.how {
            How::Means => mean * MEANS_QUARTERS / 4,
            How::Typed | How::Typo | How::Phrase => mean,
        };
        Some((points, field, at, mentions))
    }

    /// Extra points, and the field, when a phrase of `count` words appears whole in a name,
    /// alias or keyword, or is one: almost certainly what the reader meant ("after massage").
    fn phrase_bonus(&self, phrase: &[&str]) -> Option<(u32, &Field)> {
        let count = phrase.len();
        // Compared without stop words, as the query is ("lying on my side" is "lying side").
        let whole = |f: &&Field| f.tier != Tier::Body && f.terms == phrase;
        let within = |f: &&Field| {
            f.tier != Tier::Body && count > 0 && f.terms.windows(count).any(|w| w == phrase)
        };
        let phrase_points = if count > 1 { PHRASE_BONUS } else { 0 };
        if let Some(f) = self.fields.iter().find(whole) {
            Some((phrase_points + WHOLE_BONUS_PER_WORD * count as u32, f))
        } else if count > 1 {
            self.fields.iter().find(within).map(|f| (PHRASE_BONUS, f))
        } else {
            None
        }
    }

    /// Scores this entry against the query's concepts; `None` unless every concept matches.
    /// Also returns how many of its texts (name, aliases, keywords, body) mention what
    /// matched, which breaks ties ("heat" finds the article that talks about heat most).
    /// `shown` is what the reader typed for each concept (stop words inside a phrase kept),
    /// which is all a "why" line quotes of the query.
    fn score(&self, concepts: &[Concept], shown: &[String]) -> Option<(SearchHit, usize)> {
        let mut total = 0;
        let mut best_why: Option<(u32, String)> = None;
        let mut chosen: Vec<&Alt> = Vec::new();
        let mut support = 0;
        for (concept, shown) in concepts.iter().zip(shown) {
            // The first way wins a tie, so what was typed beats its interpretations.
            let (points, field, at, mentions, alt) = concept
                .alts
                .iter()
                .filter_map(|a| self.match_alt(a).map(|(p, f, at, m)| (p, f, at, m, a)))
                .reduce(|best, next| if next.0 > best.0 { next } else { best })?;
            total += points;
            support += mentions;
            if best_why.as_ref().is_none_or(|(p, _)| points > *p) {
                let line = match alt.how {
                    // A meaning found word by word, not whole in one text: name the meaning.
                    How::Means if !field.terms.windows(alt.words.len()).any(|w| w == alt.words) => {
                        let meaning = excerpt(&alt.words.join(" "), WHY_ECHO_CHARS);
                        for_typed(shown, &format!("about \u{201c}{meaning}\u{201d}"))
                    }
                    How::Means => for_typed(shown, &field.why(at)),
                    _ => field.why(at),
                };
                best_why = Some((points, line));
            }
            chosen.push(alt);
        }
        let typed: Vec<&str> = concepts
            .iter()
            .flat_map(|c| c.typed.iter().map(String::as_str))
            .collect();
        let meant: Vec<&str> = chosen
            .iter()
            .flat_map(|a| a.words.iter().map(String::as_str))
            .collect();
        // The larger of the bonuses for what was typed and for what it means, typed on a tie
        // ("glutes" is also called that, but means the whole name "Gluteus medius").
        let typed_bonus = self.phrase_bonus(&typed);
        let meant_bonus = self.phrase_bonus(&meant);
        match (typed_bonus, meant_bonus) {
            (Some((points, f)), other) if other.is_none_or(|(o, _)| points >= o) => {
                total += points;
                best_why = Some((u32::MAX, f.why(0)));
            }
            (_, Some((points, f))) => {
                total += points;
                best_why = Some((u32::MAX, for_typed(&shown.join(" "), &f.why(0))));
            }
            _ => {}
        }
        let why = if chosen.iter().any(|a| a.how == How::Typo) {
            let echo = excerpt(&meant.join(" "), WHY_ECHO_CHARS);
            format!("did you mean \u{201c}{echo}\u{201d}?")
        } else {
            best_why.map(|(_, w)| w).unwrap_or_default()
        };
        let hit = SearchHit {
            entity: self.entity.clone(),
            title: self.title.clone(),
            why,
            score: total,
        };
        Some((hit, support))
    }
}

/// A "why" for a match through the vocabulary: what the reader typed, then what of the entry
/// it matched (for "office chair": about "sitting"), so it never says they typed a word they
/// did not.
fn for_typed(shown: &str, why: &str) -> String {
    let shown = excerpt(shown, WHY_ECHO_CHARS);
    format!("for \u{201c}{shown}\u{201d}: {why}")
}

/// Which of two equal scores comes first: articles, notes and sources after the rest, so the
/// muscle also called "glutes" comes before an article about them.
fn kind_rank(entity: &EntityRef) -> u8 {
    match entity.kind() {
        Kind::Article | Kind::Note | Kind::Source => 0,
        _ => 1,
    }
}

/// What the reader typed for each concept: its words with any stop words between them kept
/// ("sitting at desk"); `all` is the query's words, `kept` where its searched words are.
fn shown_phrases(concepts: &[Concept], all: &[String], kept: &[usize]) -> Vec<String> {
    concepts
        .iter()
        .map(|c| {
            let (from, to) = (kept[c.span.0], kept[c.span.1 - 1]);
            all[from..=to].join(" ")
        })
        .collect()
}

impl SearchIndex {
    /// Derives the lowercase words of every entry; keep it next to the knowledge base.
    pub fn new(kb: &KnowledgeBase) -> SearchIndex {
        let docs: Vec<Doc> = kb.entities().into_iter().map(Doc::new).collect();
        let lexicon = Lexicon::new(
            docs.iter()
                .flat_map(|d| d.fields.iter())
                .flat_map(|f| f.words.iter().map(|w| w.lower.as_str())),
        );
        let phrases = Phrases::new(
            docs.iter()
                .flat_map(|d| d.fields.iter())
                .filter(|f| f.tier != Tier::Body)
                .map(|f| f.terms.as_slice()),
        );
        SearchIndex {
            docs,
            vocabulary: Vocabulary::new(&kb.synonyms),
            lexicon,
            phrases,
        }
    }

    /// Hits for a query, best first; empty for a blank query.
    ///
    /// Equal scores go to the entry with more texts mentioning what matched; full
    /// ties keep knowledge-base order (muscles, conditions, techniques, stretches, notes,
    /// articles, sources), so results do not jump around while typing.
    pub fn search(&self, query: &str) -> Vec<SearchHit> {
        let all: Vec<String> = words(capped_query(query))
            .into_iter()
            .map(|w| w.lower)
            .collect();
        let mut kept: Vec<usize> = (0..all.len())
            .filter(|i| !STOP_WORDS.contains(&all[*i].as_str()))
            .collect();
        if kept.is_empty() {
            // A query of stop words only searches for them (as `terms` does).
            kept = (0..all.len()).collect();
        }
        if kept.is_empty() {
            return Vec::new();
        }
        let query_words: Vec<String> = kept.iter().map(|i| all[*i].clone()).collect();
        let concepts =
            query::concepts(&query_words, &self.vocabulary, &self.phrases, &self.lexicon);
        let shown = shown_phrases(&concepts, &all, &kept);
        let feeling = concepts.iter().any(|c| c.feeling);
        let mut hits: Vec<(SearchHit, usize)> = self
            .docs
            .iter()
            .filter_map(|d| d.score(&concepts, &shown))
            .collect();
        if feeling {
            for (hit, _) in &mut hits {
                hit.score += match hit.entity.kind() {
                    Kind::Condition => FEELING_CONDITION_BONUS,
                    Kind::Stretch => FEELING_MOVE_BONUS,
                    _ => 0,
                };
            }
        }
        hits.sort_by_key(|(h, support)| {
            std::cmp::Reverse((h.score, kind_rank(&h.entity), *support))
        });
        hits.into_iter().map(|(h, _)| h).collect()
    }
}

/// Whether a claim's field (as `Entity::claims` names it) is for the therapist only: the
/// "Suggested therapist script" lines of an article's sections.
fn is_therapist_side(field: &str) -> bool {
    field.contains(".scripts[")
}

impl KnowledgeBase {
    /// Searches the whole knowledge base (builds a fresh [`SearchIndex`]; an app that
    /// searches on every keystroke should build the index once and keep it).
    pub fn search(&self, query: &str) -> Vec<SearchHit> {
        SearchIndex::new(self).search(query)
    }
}
