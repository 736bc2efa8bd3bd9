//! A request body given in prose: "In the request body, supply a JSON representation of the
//! [permission](…) object." names the resource; the section's sentences name the properties
//! the call accepts ("This API only accepts **grantedToV2** …", a `**grantedToV2.siteGroup**`
//! path into the body), those it does not ("… **grantedTo** … aren't accepted") and those it
//! requires ("**roles** is required").

use std::ops::Range;

use super::super::page::{clean, Page};
use super::lower_first;

/// What the prose of a "Request body" section says.
#[derive(Debug, Default)]
pub(super) struct Prose {
    pub resource: Option<(String, usize)>,
    pub accepted: Vec<(String, usize)>,
    pub rejected: Vec<(String, usize)>,
    pub required: Vec<(String, usize)>,
}

/// Words that make a sentence say what the call does not take.
const REFUSES: &[&str] = &[
    "aren't accepted",
    "are not accepted",
    "isn't accepted",
    "is not accepted",
    "not supported",
    "aren't supported",
    "isn't supported",
    "doesn't accept",
    "does not accept",
    "can't be",
    "cannot be",
    "ignored",
];

/// Words that make a sentence say what the call takes.
const TAKES: &[&str] = &[
    "accepts",
    "accepted",
    "supports",
    "can be set",
    "can be supplied",
    "can be updated",
    "can be modified",
];

pub(super) fn prose(page: &Page, range: Range<usize>) -> Prose {
    let mut out = Prose::default();
    for (i, raw) in page.prose(range) {
        let line = i + 1;
        let text = raw.trim_start_matches(['>', ' ', '-', '*']).trim();
        if out.resource.is_none() {
            out.resource = representation_of(&clean(text)).map(|r| (r, line));
        }
        for sentence in sentences(text) {
            let names = bold_names(sentence);
            if names.is_empty() {
                continue;
            }
            let lower = clean(sentence).to_lowercase();
            let resource = out.resource.as_ref().map(|(r, _)| r.to_lowercase());
            let is_resource = |n: &str| resource.as_deref() == Some(n.to_lowercase().as_str());
            let dotted: Vec<&String> = names.iter().filter(|n| n.contains('.')).collect();
            if !dotted.is_empty() {
                // A path into the body: its first property is one the call takes.
                for n in dotted {
                    let first = n.split('.').next().unwrap_or_default();
                    push(&mut out.accepted, first, line);
                }
                continue;
            }
            let list = if REFUSES.iter().any(|w| lower.contains(w)) {
                &mut out.rejected
            } else if lower.contains("required") {
                &mut out.required
            } else if TAKES.iter().any(|w| lower.contains(w)) {
                &mut out.accepted
            } else {
                continue;
            };
            for n in names.iter().filter(|n| !is_resource(n)) {
                push(list, n, line);
            }
        }
    }
    out
}

fn push(list: &mut Vec<(String, usize)>, name: &str, line: usize) {
    if !name.is_empty() && !list.iter().any(|(n, _)| n == name) {
        list.push((name.to_owned(), line));
    }
}

/// "… supply a JSON representation of the permission object" → `permission`.
fn representation_of(text: &str) -> Option<String> {
    let lower = text.to_lowercase();
    let at = lower.find("json representation of")? + "json representation of".len();
    let mut words = text[at..].split_whitespace();
    let mut word = words.next()?;
    if matches!(word.to_lowercase().as_str(), "the" | "a" | "an") {
        word = words.next()?;
    }
    let next = words.next().unwrap_or_default().to_lowercase();
    let name = word.trim_matches(|c: char| !c.is_ascii_alphanumeric());
    let is_name = !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric());
    (is_name && (next.starts_with("object") || next.starts_with("resource")))
        .then(|| lower_first(name))
}

/// A line's sentences and clauses: split after `. ` or `; ` (a period that ends a word, not
/// one inside a name).
fn sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    for (k, b) in bytes.iter().enumerate() {
        if (*b == b'.' || *b == b';') && bytes.get(k + 1) == Some(&b' ') {
            out.push(&text[start..=k]);
            start = k + 2;
        }
    }
    if start < text.len() {
        out.push(&text[start..]);
    }
    out
}

/// The names a sentence sets in bold: `**grantedToV2**`, `**grantedToV2.siteGroup**`.
fn bold_names(sentence: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = sentence;
    while let Some(open) = rest.find("**") {
        let after = &rest[open + 2..];
        let Some(close) = after.find("**") else { break };
        let name = after[..close].trim().trim_matches('`');
        let is_name = !name.is_empty()
            && name.starts_with(|c: char| c.is_ascii_alphabetic())
            && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '.');
        if is_name {
            out.push(name.to_owned());
        }
        rest = &after[close + 2..];
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_the_resource() {
        assert_eq!(
            representation_of(
                "In the request body, supply a JSON representation of the permission object."
            )
            .as_deref(),
            Some("permission")
        );
        assert_eq!(
            representation_of("Supply a JSON representation of a Container resource.").as_deref(),
            Some("container")
        );
        assert_eq!(representation_of("Supply the values of the fields."), None);
    }

    #[test]
    fn bold_names_and_sentences() {
        assert_eq!(
            bold_names("only **a** and **b.c** but not ** x y **"),
            vec!["a", "b.c"]
        );
        assert_eq!(
            sentences("One **a**. Two, with a.b inside; three"),
            vec!["One **a**.", "Two, with a.b inside;", "three"]
        );
    }
}
