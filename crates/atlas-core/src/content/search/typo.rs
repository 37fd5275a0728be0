//! Typo tolerance: how far apart two words are, and how many slips a word may have.
//!
//! A small optimal-string-alignment (Damerau–Levenshtein) distance: insertions, deletions,
//! substitutions and swaps of two neighbouring letters each cost one. It works on
//! `char`s, keeps three rows, and gives up as soon as every cell of a row exceeds the
//! allowed distance, so comparing a typed word with the whole index stays cheap.

/// Shortest word, in letters, that may match with a typo. Shorter words are too easy to
/// turn into another real word ("heat" → "seat", "hip" → "lip"), so they must be exact.
pub const MIN_TYPO_LETTERS: usize = 5;

/// Shortest word, in letters, that may match with two typos. Long words are where people
/// slip twice ("pirafomis" for "piriformis" is two edits away), and among the atlas's words a
/// word of eight letters or more is almost never within two edits of a different real
/// word, so the second edit finds what was meant without bringing in noise.
pub const TWO_TYPO_LETTERS: usize = 8;

/// How many edits a typed word of `letters` letters may be from the word it matches.
pub fn max_typos(letters: usize) -> usize {
    match letters {
        n if n >= TWO_TYPO_LETTERS => 2,
        n if n >= MIN_TYPO_LETTERS => 1,
        _ => 0,
    }
}

/// The edit distance between `a` and `b` when it is at most `max`, else `None`.
///
/// Counts insertions, deletions, substitutions and swaps of adjacent letters
/// ("sciatcia" is one swap from "sciatica").
pub fn distance_within(a: &str, b: &str, max: usize) -> Option<usize> {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > max {
        return None;
    }
    // Rows of the table: two back (for swaps), the previous and the current.
    let mut before: Vec<usize> = vec![0; b.len() + 1];
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    let mut current: Vec<usize> = vec![0; b.len() + 1];
    for i in 1..=a.len() {
        current[0] = i;
        let mut row_min = current[0];
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut cell = (previous[j] + 1)
                .min(current[j - 1] + 1)
                .min(previous[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                cell = cell.min(before[j - 2] + 1);
            }
            current[j] = cell;
            row_min = row_min.min(cell);
        }
        if row_min > max {
            return None;
        }
        std::mem::swap(&mut before, &mut previous);
        std::mem::swap(&mut previous, &mut current);
    }
    Some(previous[b.len()]).filter(|d| *d <= max)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_each_kind_of_slip_once() {
        assert_eq!(distance_within("sciatica", "sciatica", 2), Some(0));
        assert_eq!(distance_within("siatica", "sciatica", 2), Some(1)); // a letter left out
        assert_eq!(distance_within("sciattica", "sciatica", 2), Some(1)); // one too many
        assert_eq!(distance_within("sciatiça", "sciatica", 2), Some(1)); // one wrong
        assert_eq!(distance_within("sciatcia", "sciatica", 2), Some(1)); // two swapped
        assert_eq!(distance_within("siatika", "sciatica", 2), Some(2));
        assert_eq!(distance_within("", "abc", 3), Some(3));
    }

    #[test]
    fn gives_up_beyond_the_limit() {
        assert_eq!(distance_within("siatika", "sciatica", 1), None);
        assert_eq!(distance_within("stairs", "sitting", 2), None);
        assert_eq!(distance_within("a", "abcdef", 2), None);
    }

    #[test]
    fn short_words_must_be_exact() {
        assert_eq!(max_typos(4), 0);
        assert_eq!(max_typos(5), 1);
        assert_eq!(max_typos(7), 1);
        assert_eq!(max_typos(8), 2);
    }
}
