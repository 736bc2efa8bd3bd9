//! Inline Markdown: links, emphasis, code marks, HTML tags and table cells, to plain text.

/// Inline Markdown to text: links to their text, emphasis and code marks and HTML tags out,
/// whitespace collapsed.
pub(crate) fn clean(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        match c {
            '[' => {
                // [text](url) or [text][ref] → text
                if let Some(close) = find_close(&chars, i, '[', ']') {
                    let after = chars.get(close + 1).copied();
                    let target_close = match after {
                        Some('(') => find_close(&chars, close + 1, '(', ')'),
                        Some('[') => find_close(&chars, close + 1, '[', ']'),
                        _ => None,
                    };
                    if let Some(end) = target_close {
                        let inner: String = chars[i + 1..close].iter().collect();
                        out.push_str(&clean(&inner));
                        i = end + 1;
                        continue;
                    }
                }
                out.push(c);
            }
            '<' => {
                // An HTML tag: <br/>, <a …>, </b>. Not `<` in text.
                let end = chars[i..].iter().position(|&c| c == '>').map(|p| p + i);
                let is_tag = chars
                    .get(i + 1)
                    .is_some_and(|n| n.is_ascii_alphabetic() || *n == '/');
                match end {
                    Some(end) if is_tag && end - i < 200 => {
                        out.push(' ');
                        i = end + 1;
                        continue;
                    }
                    _ => out.push(c),
                }
            }
            '`' => {}
            '*' if chars.get(i + 1) == Some(&'*') => {
                i += 2;
                continue;
            }
            '\\' if chars.get(i + 1) == Some(&'|') => {
                out.push('|');
                i += 2;
                continue;
            }
            _ => out.push(c),
        }
        i += 1;
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn find_close(chars: &[char], open_at: usize, open: char, close: char) -> Option<usize> {
    let mut depth = 0usize;
    // Links are short: a bounded look keeps a line of a million `[` linear.
    for (k, &c) in chars.iter().enumerate().skip(open_at).take(500) {
        if c == open {
            depth += 1;
        } else if c == close {
            depth = depth.saturating_sub(1);
            if depth == 0 {
                return Some(k);
            }
        } else if c == '\n' {
            return None;
        }
    }
    None
}

/// `| a | b \| c |` → ["a", "b | c"], cleaned.
pub(super) fn split_pipes(line: &str) -> Vec<String> {
    let inner = line.trim();
    let inner = inner.strip_prefix('|').unwrap_or(inner);
    let inner = inner.strip_suffix('|').unwrap_or(inner);
    let mut cells = Vec::new();
    let mut cell = String::new();
    let mut chars = inner.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' if chars.peek() == Some(&'|') => {
                cell.push_str("\\|");
                chars.next();
            }
            '|' => cells.push(std::mem::take(&mut cell)),
            _ => cell.push(c),
        }
    }
    cells.push(cell);
    cells.iter().map(|c| clean(c)).collect()
}

pub(super) fn is_separator(cells: &[String]) -> bool {
    cells.iter().all(|c| {
        let c = c.trim();
        !c.is_empty() && c.chars().all(|ch| matches!(ch, '-' | ':' | ' '))
    })
}

pub(super) fn unquote(value: &str) -> String {
    let v = value.trim();
    for q in ['"', '\''] {
        if v.len() >= 2 && v.starts_with(q) && v.ends_with(q) {
            return v[1..v.len() - 1].to_owned();
        }
    }
    v.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cleans_markdown() {
        assert_eq!(
            clean("[driveRecipient](../resources/driverecipient.md) collection"),
            "driveRecipient collection"
        );
        assert_eq!(clean("a `200 OK` **b**<br/>c"), "a 200 OK b c");
        assert_eq!(clean("[unbalanced"), "[unbalanced");
    }

    #[test]
    fn splits_pipes() {
        assert_eq!(split_pipes("|a|b \\| c|"), vec!["a", "b | c"]);
        assert!(is_separator(&split_pipes("|:---|---:|")));
    }
}
