//! Path templates: `/drives/{drive-id}/items/{item-id}` as literal text and placeholders.
//!
//! A template is parsed once, where the spec is checked; everything after that (the endpoint
//! functions, their docs, the changelog, the importer) reads its parts or prints it.

use std::fmt;

/// A path template of a path variant or an operation.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct PathTemplate {
    parts: Vec<Part>,
}

/// A piece of a path template.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Part {
    /// Text sent as written.
    Literal(String),
    /// A placeholder, by its parameter's wire name.
    Param(String),
}

/// A template that could not be parsed: what is wrong, and the parts read before the
/// mistake (their placeholders are still worth checking).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Invalid {
    /// What is wrong, as the end of a sentence that starts "the path `…` of X".
    pub problem: String,
    /// The parts before the mistake.
    pub parsed: PathTemplate,
}

/// What literal text may hold: what a URL path holds unencoded. Anything else would be
/// changed on the way (and refused by the client's URL check).
const LITERAL_PUNCTUATION: &str = "-._~!$&'()*+,;=:@/";

impl PathTemplate {
    /// Parses a template as the spec writes it.
    pub fn parse(text: &str) -> Result<PathTemplate, Invalid> {
        let fail = |problem: String, parsed: PathTemplate| Err(Invalid { problem, parsed });
        if let Some(problem) = whole_text_problem(text) {
            return fail(problem, PathTemplate::default());
        }
        let mut out = PathTemplate::default();
        let mut rest = text;
        while !rest.is_empty() {
            match (rest.find('{'), rest.find('}')) {
                (None, None) => {
                    out.push_literal(rest);
                    break;
                }
                (Some(open), close) if close.is_none_or(|c| c > open) => {
                    out.push_literal(&rest[..open]);
                    let after = &rest[open + 1..];
                    let Some(end) = after.find('}') else {
                        return fail("has a `{` that is never closed".to_owned(), out);
                    };
                    let placeholder = &after[..end];
                    if let Some(cut) = placeholder.find(['{', '/']) {
                        let problem = format!(
                            "has a `{{` that is not closed before the next `{}`: `{{{}`",
                            &placeholder[cut..cut + 1],
                            &placeholder[..=cut]
                        );
                        return fail(problem, out);
                    }
                    if placeholder.is_empty() {
                        return fail("has a malformed placeholder `{}`".to_owned(), out);
                    }
                    out.parts.push(Part::Param(placeholder.to_owned()));
                    rest = &after[end + 1..];
                }
                _ => return fail("has a `}` that was never opened".to_owned(), out),
            }
        }
        Ok(out)
    }

    /// The parts, in order; adjacent literals are one part.
    pub fn parts(&self) -> &[Part] {
        &self.parts
    }

    /// The placeholders' names, in order.
    pub fn placeholders(&self) -> impl Iterator<Item = &str> {
        self.parts.iter().filter_map(|p| match p {
            Part::Param(name) => Some(name.as_str()),
            Part::Literal(_) => None,
        })
    }

    /// Whether the path goes through `/me`, the user Graph reads from a delegated token: an
    /// application token has none.
    pub fn names_signed_in_user(&self) -> bool {
        match self.parts.first() {
            Some(Part::Literal(text)) => text == "/me" || text.starts_with("/me/"),
            _ => false,
        }
    }

    /// This template followed by `rest`: a variant's path, then its operation's.
    pub fn join(&self, rest: &PathTemplate) -> PathTemplate {
        let mut out = self.clone();
        for part in &rest.parts {
            match part {
                Part::Literal(text) => out.push_literal(text),
                Part::Param(name) => out.parts.push(Part::Param(name.clone())),
            }
        }
        out
    }

    fn push_literal(&mut self, text: &str) {
        if text.is_empty() {
            return;
        }
        match self.parts.last_mut() {
            Some(Part::Literal(last)) => last.push_str(text),
            _ => self.parts.push(Part::Literal(text.to_owned())),
        }
    }
}

/// A problem of the template as a whole, found before its placeholders are read.
fn whole_text_problem(text: &str) -> Option<String> {
    if !text.starts_with('/') {
        return Some("must start with `/`".to_owned());
    }
    if let Some(c) = text
        .chars()
        .find(|c| matches!(c, '?' | '#' | '%' | '\\' | ' ') || c.is_control())
    {
        return Some(format!(
            "contains `{}`, which a path template may not hold",
            c.escape_debug()
        ));
    }
    let mut depth = 0i32;
    let outside = text.chars().find(|&c| {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            _ if depth == 0 => {
                return !(c.is_ascii_alphanumeric() || LITERAL_PUNCTUATION.contains(c))
            }
            _ => {}
        }
        false
    });
    if let Some(c) = outside {
        return Some(format!(
            "contains `{c}` outside a placeholder; a path template is sent as written, so outside placeholders it may hold only ASCII letters, digits and {LITERAL_PUNCTUATION}"
        ));
    }
    for segment in text[1..].split('/') {
        if segment.is_empty() {
            return Some("has an empty segment (`//` or a trailing `/`)".to_owned());
        }
        if segment == "." || segment == ".." {
            return Some(format!("has a `{segment}` segment"));
        }
    }
    None
}

impl fmt::Display for PathTemplate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for part in &self.parts {
            match part {
                Part::Literal(text) => f.write_str(text)?,
                Part::Param(name) => write!(f, "{{{name}}}")?,
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problem(text: &str) -> String {
        PathTemplate::parse(text).unwrap_err().problem
    }

    #[test]
    fn me_paths_name_the_signed_in_user() {
        let names = |t: &str| PathTemplate::parse(t).unwrap().names_signed_in_user();
        assert!(names("/me"));
        assert!(names("/me/drive/items/{item-id}"));
        assert!(names("/me/drive/root:/{path}:"));
        assert!(!names("/users/{user-id}/drive"));
        assert!(!names("/media/{id}"));
        assert!(!names("/{me}/drive"));
    }

    #[test]
    fn parses_and_prints() {
        let t = PathTemplate::parse("/drives/{drive-id}/items/{item-id}").unwrap();
        assert_eq!(
            t.parts(),
            [
                Part::Literal("/drives/".into()),
                Part::Param("drive-id".into()),
                Part::Literal("/items/".into()),
                Part::Param("item-id".into()),
            ]
        );
        assert_eq!(t.to_string(), "/drives/{drive-id}/items/{item-id}");
        assert_eq!(
            t.placeholders().collect::<Vec<_>>(),
            ["drive-id", "item-id"]
        );
    }

    #[test]
    fn joins_variant_and_operation() {
        let variant = PathTemplate::parse("/me/drive/items/{item-id}").unwrap();
        let op = PathTemplate::parse("/permissions").unwrap();
        let whole = variant.join(&op);
        assert_eq!(whole.to_string(), "/me/drive/items/{item-id}/permissions");
        let tail = PathTemplate::parse("/a").unwrap().join(&op);
        assert_eq!(tail.parts(), [Part::Literal("/a/permissions".into())]);
    }

    #[test]
    fn refuses_what_a_url_would_change() {
        assert_eq!(problem("drives"), "must start with `/`");
        assert_eq!(
            problem("/a?b"),
            "contains `?`, which a path template may not hold"
        );
        assert!(problem("/ä").starts_with("contains `ä` outside a placeholder"));
        assert_eq!(
            problem("/a//b"),
            "has an empty segment (`//` or a trailing `/`)"
        );
        assert_eq!(problem("/a/../b"), "has a `..` segment");
        assert_eq!(problem("/a/{b"), "has a `{` that is never closed");
        assert_eq!(problem("/a/b}"), "has a `}` that was never opened");
        assert_eq!(problem("/a/{}"), "has a malformed placeholder `{}`");
        assert_eq!(
            problem("/a/{b/c}"),
            "has a `{` that is not closed before the next `/`: `{b/`"
        );
    }

    #[test]
    fn keeps_what_came_before_a_mistake() {
        let invalid = PathTemplate::parse("/a/{x}/{y").unwrap_err();
        assert_eq!(invalid.parsed.to_string(), "/a/{x}/");
    }
}
