//! An entry's other names in a client's words, one wording for every page that shows them.

use super::{fill, KnowledgeBase, Word};

/// "Also called “gun” or “gun rolling”" (in the content's words), or `None` when there are no
/// other names.
pub fn also_called(kb: &KnowledgeBase, aka: &[String]) -> Option<String> {
    worded(
        kb.word(Word::AlsoCalledOne),
        kb.word(Word::AlsoCalledMany),
        aka,
    )
}

/// The other names quoted, in `one` (with `{name}`) or `many` (with `{names}`, all but the
/// last joined by commas, and `{last}`).
fn worded(one: &str, many: &str, aka: &[String]) -> Option<String> {
    let quoted: Vec<String> = aka.iter().map(|a| format!("\u{201c}{a}\u{201d}")).collect();
    let (last, rest) = quoted.split_last()?;
    Some(if rest.is_empty() {
        fill(one, &[("name", last)])
    } else {
        fill(many, &[("names", &rest.join(", ")), ("last", last)])
    })
}

#[cfg(test)]
mod tests {
    use super::worded;

    #[test]
    fn other_names_are_quoted_and_joined_with_or() {
        let names = |n: &[&str]| n.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let also =
            |aka: &[String]| worded("Also called {name}", "Also called {names} or {last}", aka);
        assert_eq!(also(&[]), None);
        assert_eq!(
            also(&names(&["gun"])).as_deref(),
            Some("Also called \u{201c}gun\u{201d}")
        );
        assert_eq!(
            also(&names(&["a", "b", "c"])).as_deref(),
            Some("Also called \u{201c}a\u{201d}, \u{201c}b\u{201d} or \u{201c}c\u{201d}")
        );
    }
}
