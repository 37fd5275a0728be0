//! What a query asks for, once the vocabulary and typo tolerance have had their say.
//!
//! A query's words (stop words already gone) become *concepts*, phrases before words: one per
//! everyday phrase the vocabulary knows ("office chair", "at night"), one per run of words that
//! some entry names, aliases or keywords whole ("sore hip"), and one per remaining word. Each
//! concept lists the ways it may match — as a whole phrase, as typed, as the vocabulary says it
//! means ("sitting"), or, for a word of five letters or more that matches nothing in the atlas,
//! as the nearest real words ("siatica" → "sciatica"). An entry must match every concept in
//! one of its ways.

use super::terms;
use super::typo::{distance_within, max_typos};
use crate::content::Synonym;
use std::collections::{BTreeSet, HashSet};
use std::ops::Bound;

/// Most corrections tried for one mistyped word (the nearest ones, in alphabetical order).
const MAX_CORRECTIONS: usize = 3;

/// How a way of matching came about; sets its rank and what the result says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum How {
    /// The words as typed (prefixes count while typing).
    Typed,
    /// What the vocabulary says the typed words mean.
    Means,
    /// A real word of the atlas one or two slips from the typed one (whole words only).
    Typo,
    /// The typed words together, in order, as whole words of a name, alias or keyword.
    Phrase,
}

/// One way of matching a concept: words that must all be found in the entry.
#[derive(Debug)]
pub(super) struct Alt {
    pub words: Vec<String>,
    pub how: How,
}

/// One thing the reader asked for: what they typed and the ways it may match, as typed first.
#[derive(Debug)]
pub(super) struct Concept {
    pub typed: Vec<String>,
    pub alts: Vec<Alt>,
    /// Where its words are among the query's words (stop words left out): `start..end`.
    pub span: (usize, usize),
    /// Whether it names a feeling ("hurts", "pain").
    pub feeling: bool,
}

/// One everyday phrase of the vocabulary, as lowercase words, with what it means.
#[derive(Debug)]
struct Phrase {
    words: Vec<String>,
    means: Vec<Vec<String>>,
    feeling: bool,
}

/// The content's vocabulary, ready to match against a query's words.
#[derive(Debug, Default)]
pub(super) struct Vocabulary {
    /// Longest phrases first, so "sitting all day" wins over "sitting".
    phrases: Vec<Phrase>,
    /// The words and meanings of feeling entries, so a typed "pain" names a feeling too.
    feelings: HashSet<Vec<String>>,
}

impl Vocabulary {
    pub fn new(synonyms: &[Synonym]) -> Vocabulary {
        let mut phrases: Vec<Phrase> = synonyms
            .iter()
            .flat_map(|s| {
                let means: Vec<Vec<String>> = s
                    .means
                    .iter()
                    .map(|m| terms(m))
                    .filter(|m| !m.is_empty())
                    .collect();
                s.words.iter().map(move |w| Phrase {
                    words: terms(w),
                    means: means.clone(),
                    feeling: s.feeling,
                })
            })
            .filter(|p| !p.words.is_empty() && !p.means.is_empty())
            .collect();
        phrases.sort_by_key(|p| std::cmp::Reverse(p.words.len()));
        let feelings = synonyms
            .iter()
            .filter(|s| s.feeling)
            .flat_map(|s| s.words.iter().chain(&s.means).map(|w| terms(w)))
            .collect();
        Vocabulary { phrases, feelings }
    }

    /// The longest phrase the query's words start with.
    fn longest_at(&self, words: &[String]) -> Option<&Phrase> {
        self.phrases.iter().find(|p| words.starts_with(&p.words))
    }
}

/// Every run of two or more words (stop words left out) of every name, alias and keyword: the
/// phrases a query is matched to whole before word by word.
#[derive(Debug, Default)]
pub(super) struct Phrases(HashSet<Vec<String>>);

impl Phrases {
    /// The runs of each label's words (`terms` of a name, alias or keyword).
    pub fn new<'a>(labels: impl Iterator<Item = &'a [String]>) -> Phrases {
        let mut runs = HashSet::new();
        for label in labels {
            for start in 0..label.len() {
                for end in start + 2..=label.len() {
                    runs.insert(label[start..end].to_vec());
                }
            }
        }
        Phrases(runs)
    }

    /// How many of the query's first words some label holds whole, in order (0 under two).
    fn longest_at(&self, words: &[String]) -> usize {
        (2..=words.len())
            .rev()
            .find(|n| self.0.contains(&words[..*n]))
            .unwrap_or(0)
    }
}

/// Every distinct lowercase word of the index, for telling real words from typos.
#[derive(Debug, Default)]
pub(super) struct Lexicon(BTreeSet<String>);

impl Lexicon {
    pub fn new<'a>(words: impl Iterator<Item = &'a str>) -> Lexicon {
        Lexicon(words.map(str::to_string).collect())
    }

    /// Whether some word of the atlas is this word, starts with it, or is its singular.
    fn knows(&self, word: &str) -> bool {
        let starts = self
            .0
            .range::<str, _>((Bound::Included(word), Bound::Unbounded))
            .next()
            .is_some_and(|w| w.starts_with(word));
        starts || word.strip_suffix('s').is_some_and(|s| self.0.contains(s))
    }

    /// The nearest real words to a mistyped one, if any is close enough for its length.
    fn corrections(&self, word: &str) -> Vec<String> {
        let max = max_typos(word.chars().count());
        if max == 0 {
            return Vec::new();
        }
        let mut found: Vec<(usize, &String)> = self
            .0
            .iter()
            .filter_map(|w| distance_within(word, w, max).map(|d| (d, w)))
            .collect();
        let nearest = found.iter().map(|(d, _)| *d).min().unwrap_or(0);
        found.retain(|(d, _)| *d == nearest);
        found
            .into_iter()
            .take(MAX_CORRECTIONS)
            .map(|(_, w)| w.clone())
            .collect()
    }
}

/// The concepts of a query's words, left to right: at each word the longer of the vocabulary's
/// phrase and the content's phrase that starts there (the vocabulary's on a tie: it is the
/// clinic's own reading), else the word alone; each with the ways it may match.
pub(super) fn concepts(
    words: &[String],
    vocab: &Vocabulary,
    phrases: &Phrases,
    lexicon: &Lexicon,
) -> Vec<Concept> {
    let mut out = Vec::new();
    let mut rest = words;
    while let Some(first) = rest.first() {
        let at = words.len() - rest.len();
        let said = phrases.longest_at(rest);
        let vocab_phrase = vocab.longest_at(rest);
        match vocab_phrase {
            Some(phrase) if phrase.words.len() >= said => {
                let n = phrase.words.len();
                let mut alts = vec![Alt {
                    words: phrase.words.clone(),
                    how: How::Typed,
                }];
                if n > 1 {
                    alts.insert(
                        0,
                        Alt {
                            words: phrase.words.clone(),
                            how: How::Phrase,
                        },
                    );
                }
                alts.extend(phrase.means.iter().map(|m| Alt {
                    words: m.clone(),
                    how: How::Means,
                }));
                out.push(Concept {
                    typed: phrase.words.clone(),
                    alts,
                    span: (at, at + n),
                    feeling: phrase.feeling,
                });
                rest = &rest[n..];
                continue;
            }
            _ => {}
        }
        if said > 1 {
            let typed = rest[..said].to_vec();
            out.push(Concept {
                alts: vec![
                    Alt {
                        words: typed.clone(),
                        how: How::Phrase,
                    },
                    Alt {
                        words: typed.clone(),
                        how: How::Typed,
                    },
                ],
                feeling: typed
                    .iter()
                    .any(|w| vocab.feelings.contains(std::slice::from_ref(w))),
                typed,
                span: (at, at + said),
            });
            rest = &rest[said..];
            continue;
        }
        let mut alts = vec![Alt {
            words: vec![first.clone()],
            how: How::Typed,
        }];
        if !lexicon.knows(first) {
            alts.extend(lexicon.corrections(first).into_iter().map(|w| Alt {
                words: vec![w],
                how: How::Typo,
            }));
        }
        out.push(Concept {
            typed: vec![first.clone()],
            alts,
            span: (at, at + 1),
            feeling: vocab.feelings.contains(std::slice::from_ref(first)),
        });
        rest = &rest[1..];
    }
    out
}
