//! What a query asks for, once the vocabulary and typo tolerance have had their say.
//!
//! A query's words (stop words already gone) become *concepts*: one per typed word, or one
//! per everyday phrase the vocabulary knows ("office chair"). Each concept lists the ways it
//! may match — as typed, as the vocabulary says it means ("sitting"), or, for a word of five
//! letters or more that matches nothing in the atlas, as the nearest real words ("siatica" →
//! "sciatica"). An entry must match every concept in one of its ways.

use super::terms;
use super::typo::{distance_within, max_typos};
use crate::content::Synonym;
use std::collections::BTreeSet;
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
}

/// One everyday phrase of the vocabulary, as lowercase words, with what it means.
#[derive(Debug)]
struct Phrase {
    words: Vec<String>,
    means: Vec<Vec<String>>,
}

/// The content's vocabulary, ready to match against a query's words.
#[derive(Debug, Default)]
pub(super) struct Vocabulary {
    /// Longest phrases first, so "sitting all day" wins over "sitting".
    phrases: Vec<Phrase>,
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
                })
            })
            .filter(|p| !p.words.is_empty() && !p.means.is_empty())
            .collect();
        phrases.sort_by_key(|p| std::cmp::Reverse(p.words.len()));
        Vocabulary { phrases }
    }

    /// The longest phrase the query's words start with.
    fn longest_at(&self, words: &[String]) -> Option<&Phrase> {
        self.phrases.iter().find(|p| words.starts_with(&p.words))
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

/// The concepts of a query's words: vocabulary phrases (longest first, left to right), the
/// other words one by one, each with the ways it may match.
pub(super) fn concepts(words: &[String], vocab: &Vocabulary, lexicon: &Lexicon) -> Vec<Concept> {
    let mut out = Vec::new();
    let mut rest = words;
    while let Some(first) = rest.first() {
        if let Some(phrase) = vocab.longest_at(rest) {
            let mut alts = vec![Alt {
                words: phrase.words.clone(),
                how: How::Typed,
            }];
            alts.extend(phrase.means.iter().map(|m| Alt {
                words: m.clone(),
                how: How::Means,
            }));
            out.push(Concept {
                typed: phrase.words.clone(),
                alts,
            });
            rest = &rest[phrase.words.len()..];
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
        });
        rest = &rest[1..];
    }
    out
}
