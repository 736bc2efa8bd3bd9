//! The spec as text, before and around the YAML loader: what the loader must not see (a
//! character YAML forbids, nesting too deep for its recursion, a second document), what it
//! would refuse although YAML 1.2 allows it (a byte-order mark, a tab after `key:`), and its
//! syntax errors, said where the cause is.

use std::borrow::Cow;

use marked_yaml::LoadError;

use super::{scalar_span, Result, MAX_DEPTH};
use crate::error::{Diagnostic, Span};

/// The longest implicit key YAML allows (a key written without `?`), in characters.
const MAX_KEY_CHARS: usize = 1024;

/// The text without a leading byte-order mark, which YAML allows at the start of a stream and
/// which means nothing more (the loader would take it for part of the first key).
pub(super) fn without_bom(text: &str) -> &str {
    text.strip_prefix('\u{feff}').unwrap_or(text)
}

/// The text with every tab that separates a mapping value from its `:` made a space. YAML 1.2
/// allows tabs there; the parser refuses them when the value starts with a letter, a digit or
/// `-`. A tab inside a scalar (quoted, block or plain) is text and stays; so does every other
/// character, and each replaced tab is one column, as the space is: every place stays where
/// it was.
pub(super) fn tabs_after_colons(text: &str) -> Cow<'_, str> {
    if !text.contains(":\t") {
        return Cow::Borrowed(text);
    }
    // Tabs after a `:` and any blanks, by character index (the scanner's) and byte offset.
    let mut candidates: Vec<(usize, usize)> = Vec::new();
    let mut after_colon = false;
    for (index, (byte, c)) in text.char_indices().enumerate() {
        match c {
            ':' => after_colon = true,
            '\t' if after_colon => candidates.push((index, byte)),
            ' ' | '\t' => {}
            _ => after_colon = false,
        }
    }
    let mut bytes = text.as_bytes().to_vec();
    for &(_, byte) in &candidates {
        bytes[byte] = b' ';
    }
    // Tab and space are both ASCII: the bytes are still UTF-8.
    let Ok(fixed) = String::from_utf8(bytes) else {
        return Cow::Borrowed(text);
    };
    let scalars = scalar_extents(&fixed);
    let mut bytes = fixed.into_bytes();
    for &(index, byte) in &candidates {
        // The extents are in order and apart: the one that could hold `index` is the last
        // that starts at or before it.
        let after = scalars.partition_point(|&(start, _)| start <= index);
        if after > 0 && index < scalars[after - 1].1 {
            bytes[byte] = b'\t';
        }
    }
    String::from_utf8(bytes).map_or(Cow::Borrowed(text), Cow::Owned)
}

/// Where the scalars of a text are, as ranges of character indices in order: from each scalar
/// token to the next token, up to where the scanner stops.
fn scalar_extents(text: &str) -> Vec<(usize, usize)> {
    use yaml_rust2::scanner::{Scanner, TokenType};
    let mut scanner = Scanner::new(text.chars());
    let mut extents = Vec::new();
    let mut open: Option<usize> = None;
    for token in scanner.by_ref() {
        if let Some(start) = open.take() {
            extents.push((start, token.0.index()));
        }
        if let TokenType::Scalar(..) = token.1 {
            open = Some(token.0.index());
        }
    }
    if let Some(start) = open {
        extents.push((start, usize::MAX));
    }
    // After a scanning error nothing is known: every later tab stays as it was.
    if scanner.get_error().is_some() {
        let end = extents.last().map_or(0, |&(_, end)| end);
        extents.push((end, usize::MAX));
    }
    extents
}

/// Refuses the characters YAML does not allow in a document (it allows tab, LF, CR and the
/// printable ones): the parser would take a NUL for the end of the text and silently ignore
/// the rest of the spec, and counts some of the others as line breaks.
pub(super) fn forbidden_characters(text: &str) -> Result<()> {
    let allowed = |c: char| {
        matches!(c, '\t' | '\n' | '\r' | '\u{85}')
            || (' '..='~').contains(&c)
            || ('\u{a0}'..='\u{d7ff}').contains(&c)
            || ('\u{e000}'..='\u{fffd}').contains(&c)
            || c >= '\u{10000}'
    };
    let Some((at, c)) = text.char_indices().find(|&(_, c)| !allowed(c)) else {
        return Ok(());
    };
    let lines: Vec<&str> = yaml_lines(&text[..at]).collect();
    Err(Diagnostic::new(
        Span {
            line: lines.len().max(1),
            column: lines.last().map_or(0, |l| l.chars().count()) + 1,
        },
        format!(
            "the spec holds the character U+{:04X}, which YAML does not allow in a document; remove it",
            c as u32
        ),
    ))
}

/// Refuses YAML nested deeper than [`MAX_DEPTH`], where the first node too deep starts. The
/// event parser is a loop, not a recursion, so measuring cannot overflow; a syntax error is
/// left to the loader, which then stops there, no deeper than measured.
pub(super) fn check_depth(text: &str) -> Result<()> {
    use yaml_rust2::parser::{Event, Parser};
    let mut parser = Parser::new_from_str(text);
    let mut depth = 0usize;
    loop {
        match parser.next_token() {
            Ok((Event::StreamEnd, _)) => return Ok(()),
            // The scanner's own limit on `[` and `{` (255), which it may reach before the
            // parser reaches ours: the same problem, said the same way.
            Err(e) if e.info() == "recursion limit exceeded" => return Err(too_deep(e.marker())),
            Err(_) => return Ok(()),
            Ok((Event::MappingStart(..) | Event::SequenceStart(..), mark)) => {
                depth += 1;
                if depth > MAX_DEPTH {
                    return Err(too_deep(&mark));
                }
            }
            Ok((Event::MappingEnd | Event::SequenceEnd, _)) => depth = depth.saturating_sub(1),
            Ok(_) => {}
        }
    }
}

fn too_deep(mark: &yaml_rust2::scanner::Marker) -> Diagnostic {
    Diagnostic::new(
        Span {
            line: mark.line(),
            column: mark.col() + 1,
        },
        format!("the YAML is nested more than {MAX_DEPTH} levels deep here; a spec needs no more than 8"),
    )
}

/// The diagnostic at a place that is in the text. At the end of a text without a final line
/// break, the YAML parser places what it finds there (an error, an empty node) on the line
/// after the last; that becomes the end of the last line, which an editor can show.
pub(crate) fn within(text: &str, mut diagnostic: Diagnostic) -> Diagnostic {
    if let Some((last, line)) = yaml_lines(text).enumerate().last() {
        if diagnostic.span.line > last + 1 {
            diagnostic.span = Span {
                line: last + 1,
                column: line.chars().count() + 1,
            };
        }
    }
    diagnostic
}

/// A YAML syntax error as the parser reports it, made clearer where the cause is a common one
/// that the parser reports elsewhere: a tab in the indentation (reported where the scalar
/// before it started), or a `[` or `{` left open (reported where the flow collection first
/// meets something it cannot hold, often lines later).
pub(super) fn syntax_error(text: &str, reported: Span, info: &str) -> Diagnostic {
    let at = reported;
    if info.contains("tab") {
        // The tab is on the reported line or one of the next two.
        for (i, line) in yaml_lines(text)
            .enumerate()
            .skip(at.line.saturating_sub(1))
            .take(3)
        {
            let indentation = &line[..line.len() - line.trim_start().len()];
            if let Some(column) = indentation.chars().position(|c| c == '\t') {
                return Diagnostic::new(
                    Span {
                        line: i + 1,
                        column: column + 1,
                    },
                    "YAML syntax error: a tab in the indentation; YAML indents with spaces only",
                );
            }
        }
    }
    if info == "mapping values are not allowed in this context" {
        if let Some((key, length)) = long_key(text, reported) {
            return Diagnostic::new(
                key,
                format!("YAML syntax error: this key is {length} characters long, and YAML allows at most {MAX_KEY_CHARS} in a key written without `?` (the parser then reads the `:` after it as out of place); shorten it"),
            );
        }
    }
    let mut message = format!("YAML syntax error: {info}");
    if let Some((open, bracket)) = open_flow_collection(text, reported) {
        let close = if bracket == '[' { ']' } else { '}' };
        message.push_str(&format!(
            " (inside the `{bracket}` at {open}, which may be missing its `{close}`)"
        ));
    }
    Diagnostic::new(at, message)
}

/// The key that ends at a `:` the parser found out of place, with its length in characters,
/// when it is longer than YAML allows an implicit key to be.
fn long_key(text: &str, colon: Span) -> Option<(Span, usize)> {
    let line = yaml_lines(text).nth(colon.line.checked_sub(1)?)?;
    let before: String = line.chars().take(colon.column.saturating_sub(1)).collect();
    // The key starts after the indentation, any `- ` and `? `, and the last flow indicator.
    let mut start = before.len() - before.trim_start().len();
    loop {
        let rest = &before[start..];
        let skipped = rest
            .strip_prefix("- ")
            .or_else(|| rest.strip_prefix("? "))
            .map(|r| rest.len() - r.trim_start().len());
        match skipped {
            Some(n) => start += n,
            None => break,
        }
    }
    if let Some(flow) = before[start..].rfind(['{', '[', ',']) {
        let after = &before[start + flow + 1..];
        start += flow + 1 + (after.len() - after.trim_start().len());
    }
    let key = before[start..].trim_end();
    let length = key.chars().count();
    (length > MAX_KEY_CHARS).then(|| {
        let column = before[..start].chars().count() + 1;
        (
            Span {
                line: colon.line,
                column,
            },
            length,
        )
    })
}

/// The innermost `[` or `{` still open where a syntax error was found, when it was opened on an
/// earlier line.
fn open_flow_collection(text: &str, error: Span) -> Option<(Span, char)> {
    use yaml_rust2::scanner::{Scanner, TokenType};
    let mut scanner = Scanner::new(text.chars());
    let mut open: Vec<(Span, char)> = Vec::new();
    for token in scanner.by_ref() {
        let at = Span {
            line: token.0.line(),
            column: token.0.col() + 1,
        };
        if at >= error {
            break;
        }
        match token.1 {
            TokenType::FlowSequenceStart => open.push((at, '[')),
            TokenType::FlowMappingStart => open.push((at, '{')),
            TokenType::FlowSequenceEnd | TokenType::FlowMappingEnd => {
                open.pop();
            }
            _ => {}
        }
    }
    open.pop().filter(|(at, _)| at.line < error.line)
}

/// The lines of a text as YAML counts them, and so as every `line:column` here does: a line
/// ends at LF, CRLF or a CR alone. (`str::lines` would take `a\rb` for one line.)
pub(super) fn yaml_lines(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = Some(text);
    std::iter::from_fn(move || {
        let current = rest?;
        match current.find(['\r', '\n']) {
            Some(end) => {
                let next = if current[end..].starts_with("\r\n") {
                    end + 2
                } else {
                    end + 1
                };
                rest = Some(&current[next..]);
                Some(&current[..end])
            }
            None => {
                rest = None;
                Some(current)
            }
        }
    })
}

/// The line of a `---` that starts a second YAML document, which the loader would ignore.
pub(super) fn second_document(text: &str) -> Option<usize> {
    let (mut content, mut ended) = (false, false);
    for (i, line) in yaml_lines(text).enumerate() {
        let trimmed = line.trim();
        if line == "---" || line.starts_with("--- ") {
            if content {
                return Some(i + 1);
            }
        } else if line == "..." {
            ended = content;
        } else if !trimmed.is_empty() && !trimmed.starts_with('#') && !trimmed.starts_with('%') {
            if ended {
                return Some(i + 1);
            }
            content = true;
        }
    }
    None
}

pub(super) fn load_error(error: LoadError, text: &str) -> Diagnostic {
    let at = |m: &marked_yaml::Marker| Span {
        line: m.line(),
        column: m.column(),
    };
    match error {
        LoadError::TopLevelMustBeMapping(m) => Diagnostic::new(
            at(&m),
            "the spec must be a YAML mapping with the keys `info`, `scopes`, `enums`, `resources` and `families` (or, in the old form, `variants` and `operations`)",
        ),
        LoadError::TopLevelMustBeSequence(m) => {
            Diagnostic::new(at(&m), "expected a YAML sequence at the top level")
        }
        LoadError::UnexpectedAnchor(m) => Diagnostic::new(
            at(&m),
            "YAML anchors and aliases are not allowed in a spec; write the value out",
        ),
        LoadError::MappingKeyMustBeScalar(m) => {
            Diagnostic::new(at(&m), "a mapping key must be a plain name, not a list or mapping")
        }
        LoadError::UnexpectedTag(m) => {
            Diagnostic::new(at(&m), "YAML tags (`!name`) are not allowed in a spec")
        }
        LoadError::ScanError(m, e) => syntax_error(text, at(&m), e.info()),
        LoadError::DuplicateKey(inner) => {
            let first = scalar_span(&inner.prev_key);
            Diagnostic::new(
                scalar_span(&inner.key),
                format!(
                    "duplicate key `{}` (first written at {first})",
                    inner.key.as_str()
                ),
            )
        }
    }
}
