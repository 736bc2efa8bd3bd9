//! A page's bytes → its lines (HTML comments blanked, code fences marked), front matter,
//! headings and annotations.

use super::super::PageError;
use super::inline::{clean, unquote};
use super::{Annotation, Heading, Line};

/// Section titles the plain-text rendering shows as lines of their own.
const PLAIN_HEADINGS: &[&str] = &[
    "permissions",
    "http request",
    "path parameters",
    "request headers",
    "optional request headers",
    "request body",
    "response",
    "responses",
    "optional query parameters",
    "query parameters",
    "properties",
    "relationships",
    "json representation",
    "methods",
    "example",
    "examples",
    "request",
    "remarks",
    "error responses",
    "sdk sample code",
    "feedback",
    "functions",
    "actions",
];

/// The bytes as text: not binary, UTF-8, not empty; a byte-order mark dropped.
pub(super) fn page_text(bytes: &[u8]) -> Result<&str, PageError> {
    if let Some(at) = bytes.iter().position(|&b| b == 0) {
        return Err(PageError::new(
            line_of(bytes, at),
            "this is a binary file, not a documentation page; expected the Markdown source or the plain text of a Graph API or resource page",
        ));
    }
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            return Err(PageError::new(
                line_of(bytes, e.valid_up_to()),
                "the page is not UTF-8 text; expected the Markdown source or the plain text of a Graph API or resource page",
            ))
        }
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(PageError::new(
            1,
            "the page is empty; expected the Markdown source or the plain text of a Graph API or resource page",
        ));
    }
    Ok(text)
}

/// `title:` and `doc_type:` of the front matter, and the index of the first line after it.
#[allow(clippy::type_complexity)]
pub(super) fn front_matter(
    raw: &[&str],
) -> Result<(Option<String>, Option<String>, usize), PageError> {
    let mut front_title = None;
    let mut doc_type = None;
    let mut body_start = 0;
    if raw.first().map(|l| l.trim_end()) == Some("---") {
        let Some(end) = raw.iter().skip(1).position(|l| l.trim_end() == "---") else {
            return Err(PageError::new(
                1,
                "the front matter opened here is never closed; expected a line `---` after it",
            ));
        };
        for l in &raw[1..=end] {
            if let Some((key, value)) = l.split_once(':') {
                let value = unquote(value.trim());
                match key.trim() {
                    "title" => front_title = Some(value),
                    "doc_type" => doc_type = Some(value),
                    _ => {}
                }
            }
        }
        body_start = end + 2;
    }
    Ok((front_title, doc_type, body_start))
}

/// The lines with HTML comments taken out and code fences marked; the front matter blank.
pub(super) fn marked_lines(raw: &[&str], body_start: usize) -> Vec<Line> {
    let mut lines = Vec::with_capacity(raw.len());
    let mut in_comment = false;
    let mut fence: Option<String> = None;
    for (i, l) in raw.iter().enumerate() {
        if i < body_start {
            lines.push(Line {
                text: String::new(),
                fenced: false,
                fence: false,
            });
            continue;
        }
        let mut text = String::new();
        let mut rest: &str = l;
        loop {
            if in_comment {
                match rest.find("-->") {
                    Some(end) => {
                        rest = &rest[end + 3..];
                        in_comment = false;
                    }
                    None => break,
                }
            } else {
                match rest.find("<!--") {
                    Some(start) if fence.is_none() => {
                        text.push_str(&rest[..start]);
                        rest = &rest[start + 4..];
                        in_comment = true;
                    }
                    _ => {
                        text.push_str(rest);
                        break;
                    }
                }
            }
        }
        let trimmed = text.trim_start();
        let marker = if trimmed.starts_with("```") {
            Some("```")
        } else if trimmed.starts_with("~~~") {
            Some("~~~")
        } else {
            None
        };
        match (&fence, marker) {
            (None, Some(m)) => {
                fence = Some(m.to_owned());
                lines.push(Line {
                    text,
                    fenced: false,
                    fence: true,
                });
            }
            (Some(open), Some(m)) if open == m => {
                fence = None;
                lines.push(Line {
                    text,
                    fenced: false,
                    fence: true,
                });
            }
            (Some(_), _) => lines.push(Line {
                text,
                fenced: true,
                fence: false,
            }),
            (None, None) => lines.push(Line {
                text,
                fenced: false,
                fence: false,
            }),
        }
    }
    lines
}

/// The `<!-- { … } -->` comments outside code fences.
pub(super) fn annotations(raw: &[&str], body_start: usize) -> Vec<Annotation> {
    let mut out = Vec::new();
    let mut fence: Option<&str> = None;
    let mut i = body_start;
    while i < raw.len() {
        let t = raw[i].trim_start();
        for marker in ["```", "~~~"] {
            if t.starts_with(marker) {
                fence = match fence {
                    None => Some(marker),
                    Some(open) if open == marker => None,
                    other => other,
                };
            }
        }
        if fence.is_none() {
            if let Some(start) = raw[i].find("<!--") {
                let mut text = String::new();
                let mut j = i;
                let mut rest = &raw[i][start + 4..];
                loop {
                    if let Some(end) = rest.find("-->") {
                        text.push_str(&rest[..end]);
                        break;
                    }
                    text.push_str(rest);
                    text.push('\n');
                    j += 1;
                    match raw.get(j) {
                        Some(next) => rest = next,
                        None => break,
                    }
                }
                if text.trim_start().starts_with('{') {
                    out.push(Annotation {
                        line: i + 1,
                        end: j.min(raw.len() - 1),
                        text,
                    });
                }
                i = j + 1;
                continue;
            }
        }
        i += 1;
    }
    out
}

/// The headings: `#` lines of Markdown, known section titles of plain text.
pub(super) fn headings(lines: &[Line], markdown: bool) -> Vec<Heading> {
    let mut headings = Vec::new();
    for (index, l) in lines.iter().enumerate() {
        if l.fenced || l.fence {
            continue;
        }
        if markdown {
            if let Some((level, text)) = markdown_heading(&l.text) {
                headings.push(Heading {
                    index,
                    level,
                    text: heading_text(&text),
                });
            }
        } else {
            let text = heading_text(&l.text);
            if is_plain_heading(&text) {
                headings.push(Heading {
                    index,
                    level: 2,
                    text,
                });
            }
        }
    }
    headings
}

fn is_plain_heading(text: &str) -> bool {
    PLAIN_HEADINGS.contains(&text)
        || (text.ends_with(" enumeration")
            || text.ends_with(" enumeration values")
            || text.ends_with(" property values"))
            && text.split_whitespace().count() <= 4
}

/// `## Text` → (2, "Text"); tab markers (`# [C#](#tab/csharp)`) are not headings.
pub(super) fn markdown_heading(line: &str) -> Option<(usize, String)> {
    let trimmed = line.trim_start();
    if line.len() - trimmed.len() > 3 {
        return None;
    }
    let level = trimmed.chars().take_while(|&c| c == '#').count();
    if level == 0 || level > 6 {
        return None;
    }
    let rest = &trimmed[level..];
    if !rest.starts_with(' ') && !rest.is_empty() {
        return None;
    }
    let text = rest.trim().trim_end_matches('#').trim();
    if text.is_empty() || (text.starts_with('[') && text.contains("](#tab/")) {
        return None;
    }
    Some((level, text.to_owned()))
}

fn heading_text(text: &str) -> String {
    clean(text).trim_end_matches(':').trim().to_lowercase()
}

/// The 1-based line of a byte offset.
fn line_of(bytes: &[u8], at: usize) -> usize {
    bytes[..at.min(bytes.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}
