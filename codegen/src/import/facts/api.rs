//! An API page: its request lines, headers, query options, body and response.

use std::path::Path;

use super::super::page::{clean, space_header, Page};
use super::super::PageError;
use super::examples::examples;
use super::fields::{fields, is_field_header, name_column};
use super::{
    scopes, ApiFacts, BodyFact, EnumFact, FileError, HeaderFact, PathFact, ResponseFact, Result,
    Shape, Skipped,
};
use crate::vocab::{ApiVersion, Method};

pub(super) fn read(
    page: &Page,
    path: &Path,
    shown: &str,
    skipped: &mut Vec<Skipped>,
) -> Result<ApiFacts> {
    let at = |error: PageError| FileError {
        file: shown.to_owned(),
        error,
    };
    let skip = |error: PageError| Skipped {
        file: shown.to_owned(),
        line: error.line,
        message: error.message,
    };
    let (method, paths, bad_lines) = http_request(page).map_err(at)?;
    skipped.extend(bad_lines.into_iter().map(skip));
    let scopes = scopes::read(page, path, shown);
    let headers = headers(page);
    let header_values = header_values(page);
    let query = query(page);
    let mut bad_rows = Vec::new();
    let body = match body(page, &mut bad_rows) {
        Ok(b) => b,
        Err(e) => {
            skipped.push(skip(e));
            None
        }
    };
    skipped.extend(bad_rows.into_iter().map(skip));
    let response = response(page);
    let fields = body.as_ref().map(|b| b.fields.as_slice()).unwrap_or(&[]);
    let enums = super::resource::option_tables(page, fields, shown, skipped);
    let (examples, empty_examples) = examples(page);
    Ok(ApiFacts {
        method,
        paths,
        path_parameters: path_parameters(page),
        scopes,
        headers,
        header_values,
        query,
        examples,
        empty_examples,
        body,
        response,
        enums,
    })
}

/// The HTTP request block: one method, at least one path; the lines that are not a request
/// line with a readable path are left out (and returned, to be listed).
#[allow(clippy::type_complexity)]
fn http_request(
    page: &Page,
) -> std::result::Result<(Method, Vec<PathFact>, Vec<PageError>), PageError> {
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
    let mut bad = Vec::new();
    for (i, text) in candidates {
        let line = i + 1;
        let text = text.trim();
        let Some((m, target)) = method_of(text) else {
            let methods = Method::spellings().collect::<Vec<_>>().join(", ");
            bad.push(PageError::new(
                line,
                format!("`{text}` is not a request line; expected `METHOD /path` with METHOD one of {methods}; the line is left out"),
            ));
            continue;
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
        match request_path(target) {
            Ok(path) => paths.push(PathFact { path, line }),
            Err(m) => bad.push(PageError::new(line, format!("{m}; the line is left out"))),
        }
    }
    match (method, paths.is_empty()) {
        (Some(method), false) => Ok((method, paths, bad)),
        _ => Err(bad.into_iter().next().unwrap_or_else(|| {
            PageError::new(
                heading.index + 1,
                "the \"HTTP request\" section has no request line; expected `METHOD /path` lines",
            )
        })),
    }
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
    for version in ApiVersion::ALL {
        let prefix = format!("/{}/", version.as_str());
        if t.starts_with(&prefix) {
            // Keep the `/` that starts the path.
            t = &t[prefix.len() - 1..];
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

/// Query options (`$select`, `$filter`, …) the "Optional query parameters" section names,
/// each with the sentence that names it.
fn query(page: &Page) -> Vec<(String, String, usize)> {
    let mut out: Vec<(String, String, usize)> = Vec::new();
    for (_, range) in page.sections(|t| t == "optional query parameters" || t == "query parameters")
    {
        for (i, text) in page.prose(range) {
            let chars: Vec<char> = text.chars().collect();
            for (k, c) in chars.iter().enumerate() {
                if *c != '$' {
                    continue;
                }
                let name: String = chars[k + 1..]
                    .iter()
                    .take_while(|c| c.is_ascii_alphabetic())
                    .collect();
                let option = format!("${name}");
                if name.is_empty() || out.iter().any(|(o, _, _)| *o == option) {
                    continue;
                }
                let sentence = clean(text)
                    .split_inclusive(". ")
                    .find(|s| s.contains(&option))
                    .unwrap_or_default()
                    .trim()
                    .to_owned();
                out.push((option, sentence, i + 1));
            }
        }
    }
    out
}

/// The "Path parameters" table: each placeholder's name as written, its description, its line.
fn path_parameters(page: &Page) -> Vec<(String, String, usize)> {
    let Some((_, range)) = page.section(&["path parameters"]) else {
        return Vec::new();
    };
    let Some(table) = page.table(range, |h| name_column(h).is_some() && h.len() >= 2) else {
        return Vec::new();
    };
    let columns = table.columns();
    let name_col = name_column(&columns).unwrap_or(0);
    let desc_col = columns
        .iter()
        .position(|c| c == "description")
        .unwrap_or(columns.len().saturating_sub(1));
    table
        .rows
        .iter()
        .filter_map(|row| {
            let cells = table.cells(row);
            let name = clean(cells.get(name_col)?)
                .trim_matches(['{', '}'])
                .to_owned();
            let description = cells.get(desc_col).cloned().unwrap_or_default();
            let description = description
                .trim()
                .trim_start_matches("Required.")
                .trim_start_matches("Optional.")
                .trim()
                .to_owned();
            (!name.is_empty() && !name.contains(' ')).then_some((name, description, row.line))
        })
        .collect()
}

/// Value tables of headers: a section "Prefer header values" lists the values of `Prefer`.
fn header_values(page: &Page) -> Vec<(String, EnumFact)> {
    let mut out = Vec::new();
    for (heading, range) in page.sections(|t| t.ends_with(" header values")) {
        let header = heading
            .text
            .trim_end_matches(" header values")
            .trim()
            .to_owned();
        let Some(table) = page.table(range, |h| h.len() >= 2) else {
            continue;
        };
        let columns = table.columns();
        let desc_col = columns.iter().position(|c| c == "description").unwrap_or(1);
        let mut values = Vec::new();
        for row in &table.rows {
            let cells = table.cells(row);
            let value = cells
                .first()
                .map(|c| c.trim().to_owned())
                .unwrap_or_default();
            if value.is_empty() || value.contains(' ') {
                continue;
            }
            values.push(super::EnumValueFact {
                value,
                description: cells.get(desc_col).cloned().unwrap_or_default(),
                line: row.line,
            });
        }
        if !values.is_empty() {
            out.push((
                header.clone(),
                EnumFact {
                    property: header,
                    line: heading.index + 1,
                    values,
                },
            ));
        }
    }
    out
}

fn body(
    page: &Page,
    bad_rows: &mut Vec<PageError>,
) -> std::result::Result<Option<BodyFact>, PageError> {
    let Some((heading, range)) = page.section(&["request body"]) else {
        return Ok(None);
    };
    let description = page
        .prose(range.clone())
        .filter(|(i, _)| !page.headings.iter().any(|h| h.index == *i))
        .map(|(_, t)| clean(t))
        .find(|t| !t.is_empty() && !t.starts_with(['|', '{', '#']));
    let prose = super::body::prose(page, range.clone());
    match page.table(range.clone(), is_field_header) {
        Some(table) => Ok(Some(BodyFact {
            description,
            fields: {
                let (fields, bad) = fields(&table, false);
                bad_rows.extend(bad);
                fields
            },
            line: table.line,
            resource: None,
            accepted: prose.accepted,
            rejected: prose.rejected,
            required: prose.required,
        })),
        None => {
            let says_none = page.prose(range).any(|(_, t)| {
                let t = t.to_lowercase();
                t.contains("don't supply a request body")
                    || t.contains("do not supply a request body")
                    || t.contains("no request body")
            });
            if says_none {
                return Ok(Some(BodyFact {
                    description: None,
                    fields: Vec::new(),
                    line: heading.index + 1,
                    resource: None,
                    accepted: Vec::new(),
                    rejected: Vec::new(),
                    required: Vec::new(),
                }));
            }
            Ok(prose.resource.map(|resource| BodyFact {
                description,
                fields: Vec::new(),
                line: heading.index + 1,
                resource: Some(resource),
                accepted: prose.accepted,
                rejected: prose.rejected,
                required: prose.required,
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
