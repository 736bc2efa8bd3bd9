//! The page's request examples: each `<!-- { "blockType": "request" } -->` annotation and the
//! code fence after it (`POST https://graph.microsoft.com/v1.0/…`, headers, a JSON body), and
//! any other fence outside the "HTTP request" section that opens with a request line. An
//! annotation that no request follows is a request example with no request.

use super::super::page::Page;
use super::RequestExample;
use crate::vocab::{ApiVersion, Method};

/// The examples, and the lines of request annotations that no request follows.
pub(super) fn examples(page: &Page) -> (Vec<RequestExample>, Vec<usize>) {
    let request_section = page.section(&["http request"]).map(|(h, r)| h.index..r.end);
    let mut out = Vec::new();
    let mut empty = Vec::new();
    let mut seen: Vec<usize> = Vec::new();
    for a in &page.annotations {
        if a.get("blockType").as_deref() != Some("request") {
            continue;
        }
        match fence_after(page, a.end + 1) {
            Some(start) => {
                seen.push(start);
                match request_in(page, start) {
                    Some(example) => out.push(example),
                    None => empty.push(a.line),
                }
            }
            None => empty.push(a.line),
        }
    }
    for (i, l) in page.lines.iter().enumerate() {
        let in_request = request_section.as_ref().is_some_and(|r| r.contains(&i));
        if !l.fence || in_request || seen.contains(&i) {
            continue;
        }
        let opens = page.lines.get(i + 1).is_some_and(|n| n.fenced);
        if opens {
            if let Some(example) = request_in(page, i) {
                seen.push(i);
                out.push(example);
            }
        }
    }
    out.sort_by_key(|e| e.line);
    out.dedup();
    (out, empty)
}

/// The index of the fence that opens next, when only blank lines, tab headings
/// (`# [HTTP](#tab/http)`) and comments come before it.
fn fence_after(page: &Page, from: usize) -> Option<usize> {
    for i in from..page.lines.len() {
        let l = &page.lines[i];
        if l.fence {
            return Some(i);
        }
        let t = l.text.trim();
        let tab = t.starts_with('#') && t.contains("](#tab/");
        if !(t.is_empty() || tab) {
            return None;
        }
    }
    None
}

/// The request in the fence opening at `start`: its first line `METHOD URL`, then headers,
/// then a blank line and the JSON body.
fn request_in(page: &Page, start: usize) -> Option<RequestExample> {
    let mut lines = (start + 1..page.lines.len()).take_while(|&i| page.lines[i].fenced);
    let first = lines.find(|&i| !page.lines[i].text.trim().is_empty())?;
    let text = page.lines[first].text.trim();
    let (m, target) = text.split_once(char::is_whitespace)?;
    let method = Method::parse(m);
    if method.is_none() && !m.chars().all(|c| c.is_ascii_uppercase()) {
        return None;
    }
    let path = example_path(target.trim())?;
    let rest: Vec<&str> = lines.map(|i| page.lines[i].text.as_str()).collect();
    let body_start = rest.iter().position(|l| l.trim().is_empty());
    let body: String = match body_start {
        Some(k) => rest[k..].join("\n"),
        None => String::new(),
    };
    Some(RequestExample {
        method,
        path,
        line: first + 1,
        keys: top_level_keys(&body),
    })
}

/// The path of an example's target: `https://graph.microsoft.com/v1.0/me/x?$y` → `/me/x`.
fn example_path(target: &str) -> Option<String> {
    let mut t = target.split_whitespace().next()?;
    for host in ["https://graph.microsoft.com", "http://graph.microsoft.com"] {
        if let Some(rest) = t.strip_prefix(host) {
            t = rest;
        }
    }
    for version in ApiVersion::ALL {
        let prefix = format!("/{}/", version.as_str());
        if t.starts_with(&prefix) {
            t = &t[prefix.len() - 1..];
            break;
        }
    }
    let t = t.split('?').next().unwrap_or("");
    t.starts_with('/').then(|| t.to_owned())
}

/// The keys of the outermost JSON object of `text`, in order. A scanner, not a parser: the
/// docs' examples are often shortened (`…`) and not valid JSON.
pub(super) fn top_level_keys(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut depth = 0usize;
    let chars = text.char_indices();
    let mut string_start: Option<usize> = None;
    let mut escaped = false;
    for (k, c) in chars {
        if let Some(s) = string_start {
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                string_start = None;
                if depth == 1 {
                    let rest = text[k + 1..].trim_start();
                    if rest.starts_with(':') {
                        let key = text[s + 1..k].to_owned();
                        if !out.contains(&key) {
                            out.push(key);
                        }
                    }
                }
            }
            continue;
        }
        match c {
            '"' => string_start = Some(k),
            '{' | '[' => depth += 1,
            '}' | ']' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_of_the_outer_object() {
        let body = r#"{
  "grantedToV2": { "application": { "id": "x" } },
  "roles": ["write"],
  "note": "a \"quoted\": value"
}"#;
        assert_eq!(top_level_keys(body), vec!["grantedToV2", "roles", "note"]);
        assert!(top_level_keys("").is_empty());
        assert_eq!(top_level_keys("{ \"a\": 1, …"), vec!["a"]);
    }

    #[test]
    fn paths_of_targets() {
        assert_eq!(
            example_path("https://graph.microsoft.com/v1.0/sites/x/lists?$top=1").as_deref(),
            Some("/sites/x/lists")
        );
        assert_eq!(
            example_path("/shares/{id}").as_deref(),
            Some("/shares/{id}")
        );
        assert_eq!(example_path("{id}"), None);
    }
}
