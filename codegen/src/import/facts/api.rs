//! An API page: its request lines, headers, query options, body and response.

use std::path::Path;

use super::super::page::{clean, space_header, Page};
use super::super::PageError;
use super::fields::{fields, is_field_header};
use super::{
    scopes, ApiFacts, BodyFact, FileError, HeaderFact, PathFact, ResponseFact, Result, Shape,
};
use crate::vocab::Method;

pub(super) fn read(page: &Page, path: &Path, shown: &str) -> Result<ApiFacts> {
    let at = |error: PageError| FileError {
        file: shown.to_owned(),
        error,
    };
    let (method, paths) = http_request(page).map_err(at)?;
    let scopes = scopes::read(page, path, shown)?;
    let headers = headers(page);
    let query = query(page);
    let body = body(page).map_err(at)?;
    let response = response(page);
    let fields = body.as_ref().map(|b| b.fields.as_slice()).unwrap_or(&[]);
    let enums = super::resource::option_tables(page, fields).map_err(at)?;
    Ok(ApiFacts {
        method,
        paths,
        scopes,
        headers,
        query,
        body,
        response,
        enums,
    })
}

/// The HTTP request block: one method, at least one path.
fn http_request(page: &Page) -> std::result::Result<(Method, Vec<PathFact>), PageError> {
    let Some((heading, range)) = page.section(&["http request"]) else {
        let line = scopes::permission_table(page)
            .map(|t| t.line)
            .or_else(|| page.section(&["permissions"]).map(|(h, _)| h.index + 1))
            .unwrap_or(1);
        return Err(PageError::new(
            line,
            "no HTTP request block on this API page; expected a section \"HTTP request\" with one `METHOD /path` line per path, e.g. `GET /me/drive/items/{item-id}/permissions`",
        ));
    };
    // The first code fence of the section (Markdown), or its leading lines (plain text).
    let mut candidates: Vec<(usize, &str)> = Vec::new();
    let fence_start = range.clone().find(|&i| page.lines[i].fence);
    if let Some(start) = fence_start {
        for i in start + 1..range.end {
            let l = &page.lines[i];
            if !l.fenced {
                break;
            }
            if !l.text.trim().is_empty() {
                candidates.push((i, l.text.as_str()));
            }
        }
    } else {
        for i in range.clone() {
            let t = page.lines[i].text.trim();
            if t.is_empty() {
                continue;
            }
            if method_of(t).is_none() {
                break;
            }
            candidates.push((i, page.lines[i].text.as_str()));
        }
    }
    if candidates.is_empty() {
        return Err(PageError::new(
            heading.index + 1,
            "the \"HTTP request\" section has no request line; expected `METHOD /path` lines, e.g. `GET /me/drive/items/{item-id}/permissions`",
        ));
    }
    let mut method = None;
    let mut paths = Vec::new();
    for (i, text) in candidates {
        let line = i + 1;
        let text = text.trim();
        let Some((m, target)) = method_of(text) else {
            return Err(PageError::new(
                line,
                format!("`{text}` is not a request line; expected `METHOD /path` with METHOD one of GET, POST, PUT, PATCH, DELETE"),
            ));
        };
        match method {
            None => method = Some(m),
            Some(first) if first != m => {
                return Err(PageError::new(
                    line,
                    format!(
                        "this HTTP request block mixes {} and {}; expected one operation (one method) per page",
                        first.as_str(),
                        m.as_str()
                    ),
                ))
            }
            Some(_) => {}
        }
        let path = request_path(target).map_err(|m| PageError::new(line, m))?;
        paths.push(PathFact { path, line });
    }
    let method = method.unwrap_or(Method::Get);
    Ok((method, paths))
}

/// `PATCH /x` → (Patch, "/x").
fn method_of(line: &str) -> Option<(Method, &str)> {
    let (m, rest) = line.split_once(char::is_whitespace)?;
    let method = Method::parse(m)?;
    Some((method, rest.trim()))
}

/// The path of a request target: host, version, query and `HTTP/1.1` off; braces checked.
fn request_path(target: &str) -> std::result::Result<String, String> {
    let mut t = target.split_whitespace().next().unwrap_or("");
    for host in ["https://graph.microsoft.com", "http://graph.microsoft.com"] {
        if let Some(rest) = t.strip_prefix(host) {
            t = rest;
        }
    }
    for version in ["/v1.0/", "/beta/"] {
        if t.starts_with(version) {
            // Keep the `/` that starts the path.
            t = &t[version.len() - 1..];
            break;
        }
    }
    let t = t.split('?').next().unwrap_or("");
    if !t.starts_with('/') {
        return Err(format!(
            "`{target}` is not a path; expected a path starting with `/`, e.g. `/me/drive/items/{{item-id}}/permissions`"
        ));
    }
    let mut open = false;
    for c in t.chars() {
        match c {
            '{' if open => {
                return Err(format!(
                    "unbalanced braces in the path `{t}`: a `{{` inside a placeholder; expected placeholders written `{{name}}`"
                ))
            }
            '{' => open = true,
            '}' if !open => {
                return Err(format!(
                    "unbalanced braces in the path `{t}`: a `}}` with no `{{` before it; expected placeholders written `{{name}}`"
                ))
            }
            '}' => open = false,
            _ => {}
        }
    }
    if open {
        return Err(format!(
            "unbalanced braces in the path `{t}`: a `{{` that is never closed; expected placeholders written `{{name}}`"
        ));
    }
    if t.contains("{}") {
        return Err(format!(
            "the path `{t}` has an empty placeholder `{{}}`; expected placeholders written `{{name}}`"
        ));
    }
    Ok(t.to_owned())
}

fn headers(page: &Page) -> Vec<HeaderFact> {
    let mut out: Vec<HeaderFact> = Vec::new();
    let sections = page.sections(|t| t == "request headers" || t == "optional request headers");
    for (heading, range) in sections {
        let optional = heading.text.starts_with("optional");
        let Some(table) = page.table(range, |h| {
            matches!(
                h.first().map(String::as_str),
                Some("name" | "header" | "request header")
            ) && h.len() >= 2
                && (h.iter().any(|c| c == "description" || c == "value") || space_header(h))
        }) else {
            continue;
        };
        let columns = table.columns();
        let desc_col = columns
            .iter()
            .position(|c| c == "description" || c == "value")
            .unwrap_or(columns.len().saturating_sub(1));
        for row in &table.rows {
            let cells = table.cells(row);
            let name = cells.first().map(|c| clean(c)).unwrap_or_default();
            if name.is_empty() || name.contains(' ') {
                continue;
            }
            let description = cells.get(desc_col).cloned().unwrap_or_default();
            let required = !optional && says_required(&description) == Some(true);
            if out.iter().any(|h| h.name.eq_ignore_ascii_case(&name)) {
                continue;
            }
            out.push(HeaderFact {
                name,
                description,
                required,
                line: row.line,
            });
        }
    }
    out
}

/// `Required.` → true, `Optional.` → false, else nothing.
pub(super) fn says_required(description: &str) -> Option<bool> {
    let lower = description.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_ascii_alphabetic() && c != '-')
        .filter(|w| !w.is_empty())
        .collect();
    if words.first() == Some(&"optional") || lower.contains("optional.") {
        Some(false)
    } else if words.first() == Some(&"required") || lower.contains("required.") {
        Some(true)
    } else {
        None
    }
}

fn query(page: &Page) -> Vec<(String, usize)> {
    let mut out: Vec<(String, usize)> = Vec::new();
    for (_, range) in page.sections(|t| t == "optional query parameters" || t == "query parameters")
    {
        for (i, text) in page.prose(range) {
            let chars: Vec<char> = text.chars().collect();
            let mut k = 0;
            while k < chars.len() {
                if chars[k] == '$' {
                    let name: String = chars[k + 1..]
                        .iter()
                        .take_while(|c| c.is_ascii_alphabetic())
                        .collect();
                    if !name.is_empty() {
                        let option = format!("${name}");
                        if !out.iter().any(|(o, _)| *o == option) {
                            out.push((option, i + 1));
                        }
                    }
                }
                k += 1;
            }
        }
    }
    out
}

fn body(page: &Page) -> std::result::Result<Option<BodyFact>, PageError> {
    let Some((heading, range)) = page.section(&["request body"]) else {
        return Ok(None);
    };
    let description = page
        .prose(range.clone())
        .map(|(_, t)| clean(t))
        .find(|t| !t.is_empty() && !t.starts_with('|') && !t.starts_with('{'));
    match page.table(range.clone(), is_field_header) {
        Some(table) => Ok(Some(BodyFact {
            description,
            fields: fields(&table, false)?,
            line: table.line,
        })),
        None => {
            let says_none = page.prose(range).any(|(_, t)| {
                let t = t.to_lowercase();
                t.contains("don't supply a request body")
                    || t.contains("do not supply a request body")
                    || t.contains("no request body")
            });
            Ok(says_none.then(|| BodyFact {
                description: None,
                fields: Vec::new(),
                line: heading.index + 1,
            }))
        }
    }
}

/// "If successful, this method returns a 200 OK response code and …": the shape and the
/// resource from that sentence, and every success status the "Response" section names
/// (createLink's "`201 Created` if a new link is created or `200 OK` if …").
fn response(page: &Page) -> Option<ResponseFact> {
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
    })
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths() {
        assert_eq!(request_path("/a/{b}/c?$x=1").unwrap(), "/a/{b}/c");
        assert_eq!(
            request_path("https://graph.microsoft.com/v1.0/shares/{x}/permission/grant").unwrap(),
            "/shares/{x}/permission/grant"
        );
        assert!(request_path("/a/{b/c").is_err());
        assert!(request_path("/a/b}/c").is_err());
        assert!(request_path("/a/{{b}}").is_err());
        assert!(request_path("a/b").is_err());
    }
}
