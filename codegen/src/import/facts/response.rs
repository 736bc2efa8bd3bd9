//! An API page's response: the shape and the resource of its "If successful, this method
//! returns …" sentence, and every success status its prose names.

use super::super::page::{clean, Page};
use super::{ResponseFact, Shape};

/// "If successful, this method returns a 200 OK response code and …": the shape and the
/// resource from that sentence, and every success status the "Response" section names
/// (createLink's "`201 Created` if a new link is created or `200 OK` if …").
pub(super) fn response(page: &Page) -> Option<ResponseFact> {
    let start = page
        .section(&["http request"])
        .map(|(h, _)| h.index)
        .unwrap_or(0);
    // The "Response" section; a page that says it elsewhere (invite: under "Request body"),
    // from the request on.
    let section = page.section(&["response", "responses"]).map(|(_, r)| r);
    let (lead, statuses) = match section.map(|r| response_lines(page, r)) {
        Some((Some(lead), statuses)) => (lead, statuses),
        _ => match response_lines(page, start..page.lines.len()) {
            (Some(lead), statuses) => (lead, statuses),
            (None, _) => return None,
        },
    };
    let (i, text) = lead;
    let linked = linked_resource(&page.lines[i].text);
    let lower = text.to_ascii_lowercase();
    let p = lower.find("if successful").unwrap_or(0);
    let r = lower[p..].find("returns").map(|r| r + p).unwrap_or(p);
    let after = &text[r..];
    let rest_lower = after.to_lowercase();
    let status = statuses.first().map(|(s, _, _)| *s).unwrap_or(0);
    let shape = if rest_lower.contains("collection") {
        Some(Shape::Collection)
    } else if status == 204
        || rest_lower.contains("doesn't return anything")
        || rest_lower.contains("does not return anything")
        || rest_lower.contains("no content")
    {
        Some(Shape::None)
    } else if rest_lower.contains("object")
        || rest_lower.contains("resource")
        || rest_lower.contains("in the response body")
    {
        Some(Shape::Single)
    } else {
        None
    };
    let sentence = text[p..]
        .split_inclusive(". ")
        .next()
        .unwrap_or(&text[p..])
        .trim()
        .to_owned();
    Some(ResponseFact {
        status,
        shape,
        words: after
            .split_whitespace()
            .map(|w| {
                w.trim_matches(|c: char| !c.is_ascii_alphanumeric())
                    .to_owned()
            })
            .filter(|w| !w.is_empty())
            .collect(),
        sentence,
        statuses,
        line: i + 1,
        linked,
    })
}

/// The first resource a line links to: `[permission](../resources/permission.md)` or a
/// reference link `[permission][]`, first letter lower case.
fn linked_resource(raw: &str) -> Option<String> {
    let mut rest = raw;
    while let Some(open) = rest.find('[') {
        let after = &rest[open + 1..];
        let close = after.find(']')?;
        let text = clean(&after[..close]);
        let tail = &after[close + 1..];
        let is_link = match tail.strip_prefix('(') {
            Some(t) => t
                .split(')')
                .next()
                .is_some_and(|target| target.contains("resources/")),
            None => tail.starts_with('['),
        };
        let word = !text.is_empty() && text.chars().all(|c| c.is_ascii_alphanumeric());
        if is_link && word {
            return Some(super::lower_first(&text));
        }
        rest = tail;
    }
    None
}

/// The "If successful …" line of a range and the success statuses its prose names.
#[allow(clippy::type_complexity)]
fn response_lines(
    page: &Page,
    range: std::ops::Range<usize>,
) -> (Option<(usize, String)>, Vec<(u16, String, usize)>) {
    let mut lead: Option<(usize, String)> = None;
    let mut statuses: Vec<(u16, String, usize)> = Vec::new();
    for (i, text) in page.prose(range) {
        let text = clean(text);
        let lower = text.to_ascii_lowercase();
        if lead.is_none() && lower.contains("if successful") && lower.contains("returns") {
            lead = Some((i, text.clone()));
        }
        if lead.is_none() {
            continue;
        }
        for status in success_statuses(&text) {
            if !statuses.iter().any(|(s, _, _)| *s == status) {
                statuses.push((status, sentence_with(&text, status), i + 1));
            }
        }
    }
    (lead, statuses)
}

/// The 2xx codes a sentence names as statuses: `200 OK`, `201 Created`, `204 No Content`,
/// "status code of 207" — not digits in an example's ids.
fn success_statuses(text: &str) -> Vec<u16> {
    const REASONS: &[&str] = &[
        "ok",
        "created",
        "accepted",
        "no",
        "multi-status",
        "partial",
        "response",
    ];
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut out = Vec::new();
    for (k, w) in words.iter().enumerate() {
        let code = w.trim_matches(|c: char| !c.is_ascii_digit());
        let bare = w.trim_matches(|c: char| !c.is_ascii_alphanumeric());
        let Ok(status) = code.parse::<u16>() else {
            continue;
        };
        if code.len() != 3 || bare != code || !(200..300).contains(&status) {
            continue;
        }
        let next = words.get(k + 1).map(|n| {
            n.trim_matches(|c: char| !c.is_ascii_alphanumeric() && c != '-')
                .to_ascii_lowercase()
        });
        let before = k
            .checked_sub(1)
            .and_then(|p| words.get(p))
            .map(|b| b.to_ascii_lowercase());
        let named = next.is_some_and(|n| REASONS.contains(&n.as_str()))
            || before.is_some_and(|b| b == "code" || b == "of" || b == "status");
        if named {
            out.push(status);
        }
    }
    out
}

/// The sentence of `text` that names `status`.
fn sentence_with(text: &str, status: u16) -> String {
    let code = status.to_string();
    text.split_inclusive(". ")
        .find(|s| s.contains(&code))
        .unwrap_or(text)
        .trim()
        .to_owned()
}
