//! Path parameters → percent-encoded path segments.
//!
//! Each parameter becomes exactly one segment (or, for an item path, the segments its `/`s
//! separate), whatever it contains: `/`, `?`, `#` and `%` are encoded, and a value that a URL
//! parser would read as `.` or `..` (which no encoding can protect) is refused, as is an empty
//! one. The refusal is kept in the request and reported before anything is sent.

use std::fmt;

use percent_encoding::{utf8_percent_encode, AsciiSet, CONTROLS};

/// What a path segment may hold unencoded: RFC 3986 `pchar` without `&`, `+` and `%`, which
/// some servers read specially.
const SEGMENT: &AsciiSet = &CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'#')
    .add(b'%')
    .add(b'&')
    .add(b'+')
    .add(b'/')
    .add(b'<')
    .add(b'>')
    .add(b'?')
    .add(b'[')
    .add(b'\\')
    .add(b']')
    .add(b'^')
    .add(b'`')
    .add(b'{')
    .add(b'|')
    .add(b'}');

/// A piece of a path, as generated endpoint functions describe it.
#[derive(Clone, Copy, Debug)]
pub enum PathPart<'a> {
    /// Text of the template, written as is.
    Literal(&'static str),
    /// A parameter that is one segment: (wire name, value).
    Segment(&'static str, &'a str),
    /// A parameter that is a `/`-separated item path: (wire name, value).
    Segments(&'static str, &'a str),
}

/// A path parameter that cannot be sent as a path segment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PathError {
    /// The parameter's wire name, e.g. `item-id`.
    pub parameter: &'static str,
    /// The value given.
    pub value: String,
    /// Why it cannot be a path segment.
    pub reason: &'static str,
}

impl fmt::Display for PathError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "path parameter `{}` is {:?}, which {}",
            self.parameter, self.value, self.reason
        )
    }
}

impl std::error::Error for PathError {}

/// Builds the encoded path; the first parameter that cannot be a segment is the error.
pub fn path(parts: &[PathPart<'_>]) -> (String, Option<PathError>) {
    let mut out = String::new();
    let mut error = None;
    for part in parts {
        let problem = match *part {
            PathPart::Literal(text) => {
                out.push_str(text);
                None
            }
            PathPart::Segment(name, value) => segment(&mut out, name, value),
            PathPart::Segments(name, value) => {
                let mut problem = None;
                for (i, piece) in value.split('/').enumerate() {
                    if i > 0 {
                        out.push('/');
                    }
                    problem = problem.or(segment(&mut out, name, piece).map(|mut e| {
                        e.value = value.to_owned();
                        if piece.is_empty() {
                            e.reason = "has an empty segment (a leading, trailing or doubled `/`)";
                        }
                        e
                    }));
                }
                problem
            }
        };
        if error.is_none() {
            error = problem;
        }
    }
    (out, error)
}

fn segment(out: &mut String, name: &'static str, value: &str) -> Option<PathError> {
    let reason = match value {
        "" => Some("is empty, and would remove a segment from the path"),
        "." | ".." => Some("a URL parser would resolve as a relative path segment"),
        _ => None,
    };
    out.extend(utf8_percent_encode(value, SEGMENT));
    reason.map(|reason| PathError {
        parameter: name,
        value: value.to_owned(),
        reason,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodes_each_parameter_into_its_segment() {
        let (p, e) = path(&[
            PathPart::Literal("/drives/"),
            PathPart::Segment("drive-id", "a/b?c#d%e f"),
            PathPart::Literal("/items/"),
            PathPart::Segment("item-id", "1234!56"),
        ]);
        assert_eq!(p, "/drives/a%2Fb%3Fc%23d%25e%20f/items/1234!56");
        assert_eq!(e, None);
    }

    #[test]
    fn item_paths_keep_their_slashes() {
        let (p, e) = path(&[
            PathPart::Literal("/me/drive/root:/"),
            PathPart::Segments("path", "Documents/Q1 report#2.docx"),
            PathPart::Literal(":"),
        ]);
        assert_eq!(p, "/me/drive/root:/Documents/Q1%20report%232.docx:");
        assert_eq!(e, None);
    }

    #[test]
    fn refuses_what_no_encoding_protects() {
        for (value, reason) in [("..", "relative"), (".", "relative"), ("", "empty")] {
            let (_, e) = path(&[PathPart::Segment("item-id", value)]);
            let e = e.expect("refused");
            assert_eq!(e.parameter, "item-id");
            assert!(e.to_string().contains(reason), "{e}");
        }
        let (_, e) = path(&[PathPart::Segments("path", "a/../b")]);
        assert_eq!(e.map(|e| e.value), Some("a/../b".to_owned()));
        let (_, e) = path(&[PathPart::Segments("path", "/a")]);
        assert!(e.expect("refused").reason.contains("empty segment"));
    }
}
