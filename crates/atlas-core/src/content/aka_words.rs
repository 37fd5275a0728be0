//! An entry's other names in a client's words, one wording for every page that shows them.

/// "Also called “gun” or “gun rolling”", or `None` when there are no other names.
pub fn also_called(aka: &[String]) -> Option<String> {
    let quoted: Vec<String> = aka.iter().map(|a| format!("\u{201c}{a}\u{201d}")).collect();
    let (last, rest) = quoted.split_last()?;
    if rest.is_empty() {
        Some(format!("Also called {last}"))
    } else {
        Some(format!("Also called {} or {last}", rest.join(", ")))
    }
}

#[cfg(test)]
mod tests {
    use super::also_called;

    #[test]
    fn other_names_are_quoted_and_joined_with_or() {
        let names = |n: &[&str]| n.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(also_called(&[]), None);
        assert_eq!(
            also_called(&names(&["gun"])).as_deref(),
            Some("Also called \u{201c}gun\u{201d}")
        );
        assert_eq!(
            also_called(&names(&["a", "b", "c"])).as_deref(),
            Some("Also called \u{201c}a\u{201d}, \u{201c}b\u{201d} or \u{201c}c\u{201d}")
        );
    }
}
