//! Matching a page's path with the data's: the key both sides become, and the near misses a
//! page's defect makes.

use crate::vocab::ApiVersion;

/// The key a path is matched by, on the page's side and the data's: each `{…}` placeholder
/// (also quoted, `'{…}'`) becomes `{}`, letters become lower case, whitespace and trailing
/// `/` go, a URL's scheme and host and a leading API version segment (`/v1.0`, `/beta`) go,
/// and the path starts with `/`. A query string stays: the importer takes it off first.
/// `/v1.0/Drives/{drive-id}/items/{item-id}/createLink/` → `/drives/{}/items/{}/createlink`.
pub fn path_key(path: &str) -> String {
    let path = path.trim();
    // A whole URL, as a page's example writes it: its path.
    let path = match path.split_once("://") {
        Some((_, url)) => url.find('/').map_or("", |slash| &url[slash..]),
        None => path,
    };
    let path = path.strip_prefix('/').unwrap_or(path);
    let path = match path.split_once('/') {
        Some((first, rest)) if ApiVersion::parse(first).is_some() => rest,
        None if ApiVersion::parse(path).is_some() => "",
        _ => path,
    };
    let mut key = String::with_capacity(path.len() + 1);
    key.push('/');
    let mut rest = path;
    // From one placeholder to the next; a `{` without its `}` is text.
    while let Some((open, close)) = rest
        .find('{')
        .and_then(|open| Some((open, open + rest[open..].find('}')?)))
    {
        let (mut text, mut after) = (&rest[..open], &rest[close + 1..]);
        if let (Some(t), Some(a)) = (text.strip_suffix('\''), after.strip_prefix('\'')) {
            (text, after) = (t, a);
        }
        push_text(&mut key, text);
        key.push_str("{}");
        rest = after;
    }
    push_text(&mut key, rest);
    while key.len() > 1 && key.ends_with('/') {
        key.pop();
    }
    key
}

/// Whether `longer` is `shorter` with one segment more, not the last: the last is the call's
/// own (`/permissions`, `/invite`), so a path with another last segment is another call,
/// which the data may simply lack.
pub(super) fn one_segment_apart(shorter: &[&str], longer: &[&str]) -> bool {
    longer.len() == shorter.len() + 1
        && (0..longer.len() - 1)
            .any(|skip| longer[..skip] == shorter[..skip] && longer[skip + 1..] == shorter[skip..])
}

/// Whether `page` is `data` with a value in place of at least one of its placeholders, and
/// otherwise the same, segment by segment.
pub(super) fn values_for_placeholders(page: &[&str], data: &[&str]) -> bool {
    page.len() == data.len()
        && page != data
        && page.iter().zip(data).all(|(p, d)| p == d || fills(p, d))
}

/// Whether `segment` is `pattern` with each `{}` of it replaced by some text, not all of it
/// placeholders (a page's `{}` where the data has text is another path, not a value).
pub(super) fn fills(segment: &str, pattern: &str) -> bool {
    if !pattern.contains("{}") || segment.contains("{}") {
        return false;
    }
    let mut parts = pattern.split("{}");
    let first = parts.next().unwrap_or("");
    let Some(mut rest) = segment.strip_prefix(first) else {
        return false;
    };
    let parts: Vec<&str> = parts.collect();
    let (last, middle) = parts.split_last().unwrap_or((&"", &[]));
    for part in middle {
        // Each value is at least one character.
        match rest.get(1..).and_then(|r| r.find(part)) {
            Some(at) => rest = &rest[1 + at + part.len()..],
            None => return false,
        }
    }
    rest.len() > last.len() && rest.ends_with(last)
}

/// `text` lower case and without whitespace, onto `key`.
fn push_text(key: &mut String, text: &str) {
    if text.is_ascii() {
        // The usual case, byte by byte.
        key.extend(
            text.bytes()
                .filter(|b| !b.is_ascii_whitespace())
                .map(|b| char::from(b.to_ascii_lowercase())),
        );
    } else {
        for c in text.chars().filter(|c| !c.is_whitespace()) {
            key.extend(c.to_lowercase());
        }
    }
}
