//! Nodes → values: the scalars, names, lists and mappings every part of the spec is made of,
//! each refused with its place when it is not what the spec needs.
//!
//! YAML's null (a value left empty, or `~` or `null` unquoted) is nothing wherever it is
//! written: an empty mapping where a mapping is optional, and a missing text or name
//! otherwise, never the text `~`. A text may hold any printable character and line breaks,
//! which are LF when read (a CR written as `\r` would make a doc comment rustc refuses); a
//! name is one line. No value may hold a control character or one of the bidirectional text
//! controls that rustc refuses in comments and strings.

use marked_yaml::types::{MarkedMappingNode, MarkedScalarNode};
use marked_yaml::Node;

use super::Result;
use crate::error::{Diagnostic, Span};
use crate::spec::*;

/// The characters rustc's `text_direction_codepoint_in_comment` and `…_in_literal` lints
/// (deny by default) refuse: the embeddings, overrides and isolates of the Unicode
/// bidirectional algorithm, which can make code read in another order than it runs.
pub(crate) const BIDI_CONTROLS: [char; 9] = [
    '\u{202a}', '\u{202b}', '\u{202c}', '\u{202d}', '\u{202e}', '\u{2066}', '\u{2067}', '\u{2068}',
    '\u{2069}',
];

/// Line breaks a text may hold: LF, and CR and NEL, which are read as LF.
const LINE_BREAKS: [char; 3] = ['\n', '\r', '\u{85}'];

/// Whether YAML reads a scalar as null: empty, `~` or `null`, unquoted.
pub(super) fn is_null(s: &MarkedScalarNode) -> bool {
    s.may_coerce() && matches!(s.as_str(), "" | "~" | "null" | "Null" | "NULL")
}

/// Refuses, at its place, the first key or value anywhere in the document that holds a
/// control character (other than a tab or a line break) or a bidirectional text control.
pub(super) fn check_characters(node: &Node) -> Result<()> {
    match node {
        Node::Scalar(s) => refused_character(s).map_or(Ok(()), Err),
        Node::Sequence(items) => items.iter().try_for_each(check_characters),
        Node::Mapping(map) => map.iter().try_for_each(|(key, value)| {
            refused_character(key).map_or(Ok(()), Err)?;
            check_characters(value)
        }),
    }
}

fn refused_character(s: &MarkedScalarNode) -> Option<Diagnostic> {
    let refused = |c: char| {
        BIDI_CONTROLS.contains(&c) || (c.is_control() && c != '\t' && !LINE_BREAKS.contains(&c))
    };
    let (n, c) = s.as_str().chars().enumerate().find(|&(_, c)| refused(c))?;
    let start = scalar_span(s);
    let what = if BIDI_CONTROLS.contains(&c) {
        "a bidirectional text control, which rustc refuses in the comments and strings of generated code (it can make code read in another order than it runs)"
    } else {
        "a control character, which no name or text of a spec needs"
    };
    let code = c as u32;
    // In a plain scalar on one line, every character is where it is written.
    Some(if s.may_coerce() && !s.as_str().contains(LINE_BREAKS) {
        let at = Span {
            line: start.line,
            column: start.column + n,
        };
        Diagnostic::new(at, format!("U+{code:04X} here is {what}; remove it"))
    } else {
        Diagnostic::new(
            start,
            format!(
                "the value starting here holds U+{code:04X} as its character {}: {what}; remove it",
                n + 1
            ),
        )
    })
}

/// A text as the spec means it: its line breaks LF.
fn text(s: &MarkedScalarNode) -> String {
    let value = s.as_str();
    if !value.contains(['\r', '\u{85}']) {
        return value.to_owned();
    }
    value.replace("\r\n", "\n").replace(['\r', '\u{85}'], "\n")
}

/// The refusal of a null written as `~` or `null` where a value is needed.
fn null_written(s: &MarkedScalarNode, what: &str, expected: &str) -> Diagnostic {
    let v = s.as_str();
    Diagnostic::new(
        scalar_span(s),
        format!("{what} is `{v}`, which YAML reads as null (nothing); expected {expected} (write `\"{v}\"`, quoted, if `{v}` is meant)"),
    )
}

pub(super) fn span(node: &Node) -> Span {
    to_span(node.span())
}

pub(super) fn scalar_span(node: &MarkedScalarNode) -> Span {
    to_span(node.span())
}

fn to_span(span: &marked_yaml::Span) -> Span {
    span.start()
        .map(|m| Span {
            line: m.line(),
            column: m.column(),
        })
        .unwrap_or_default()
}

pub(super) fn kind(node: &Node) -> &'static str {
    match node {
        Node::Scalar(s) if is_null(s) => "nothing",
        Node::Scalar(_) => "a single value",
        Node::Mapping(_) => "a mapping",
        Node::Sequence(_) => "a list",
    }
}

/// A mapping whose keys are all known up front: a key outside them is refused at once, at the
/// key, so a typo is reported where it is and not as a missing key elsewhere.
pub(super) struct Fields<'a> {
    map: &'a MarkedMappingNode,
    what: String,
    /// Where the mapping's owner is written (its key), for problems with the whole mapping.
    at: Span,
}

impl<'a> Fields<'a> {
    pub(super) fn new(node: &'a Node, what: &str, at: Span, keys: &[&str]) -> Result<Self> {
        let map = match node {
            Node::Mapping(map) => map,
            other => {
                return Err(Diagnostic::new(
                    value_span(other, at),
                    format!("expected a mapping for {what}, found {}", kind(other)),
                ))
            }
        };
        for key in map.keys() {
            if !keys.contains(&key.as_str()) {
                return Err(Diagnostic::new(
                    scalar_span(key),
                    format!(
                        "unknown key `{}` in {what}; expected one of: {}",
                        key.as_str(),
                        keys.join(", ")
                    ),
                ));
            }
        }
        Ok(Fields {
            map,
            what: what.to_owned(),
            at,
        })
    }

    /// The value of `key` and where `key` is written.
    pub(super) fn opt(&self, key: &str) -> Option<(&'a Node, Span)> {
        self.map
            .iter()
            .find(|(k, _)| k.as_str() == key)
            .map(|(k, v)| (v, scalar_span(k)))
    }

    pub(super) fn req(&self, key: &str) -> Result<(&'a Node, Span)> {
        self.opt(key).ok_or_else(|| {
            Diagnostic::new(self.at, format!("{} is missing the key `{key}`", self.what))
        })
    }

    /// A required text, non-empty.
    pub(super) fn req_text(&self, key: &str) -> Result<String> {
        let (node, at) = self.req(key)?;
        let text = text_of(node, &format!("`{key}` of {}", self.what), at)?;
        if text.trim().is_empty() {
            return Err(Diagnostic::new(
                at,
                format!("`{key}` of {} is empty", self.what),
            ));
        }
        Ok(text)
    }

    /// A required text of one line.
    pub(super) fn req_line(&self, key: &str) -> Result<String> {
        let text = self.req_text(key)?;
        if text.trim().contains('\n') {
            let (_, at) = self.req(key)?;
            return Err(Diagnostic::new(
                at,
                format!("`{key}` of {} must be a single line", self.what),
            ));
        }
        Ok(text)
    }

    /// A description: optional, and empty when absent or null (a spec may leave one out:
    /// the importer never makes text up, and generated docs then leave the sentence out).
    pub(super) fn desc(&self, key: &str) -> Result<String> {
        match self.opt(key) {
            None => Ok(String::new()),
            Some((node, at)) => description_of(node, &format!("`{key}` of {}", self.what), at),
        }
    }

    pub(super) fn opt_text(&self, key: &str) -> Result<Option<String>> {
        self.opt(key)
            .map(|(node, at)| text_of(node, &format!("`{key}` of {}", self.what), at))
            .transpose()
    }

    pub(super) fn req_name(&self, key: &str) -> Result<Name> {
        let (node, at) = self.req(key)?;
        name(node, &format!("`{key}` of {}", self.what), at)
    }

    pub(super) fn opt_name(&self, key: &str) -> Result<Option<Name>> {
        self.opt(key)
            .map(|(node, at)| name(node, &format!("`{key}` of {}", self.what), at))
            .transpose()
    }

    pub(super) fn flag(&self, key: &str) -> Result<bool> {
        match self.opt(key) {
            None => Ok(false),
            Some((node, at)) => boolean(node, &format!("`{key}` of {}", self.what), at),
        }
    }

    /// A flag as written, with where its value is; `None` when the key is absent.
    pub(super) fn opt_flag(&self, key: &str) -> Result<Option<Spanned<bool>>> {
        self.opt(key)
            .map(|(node, at)| {
                let value = boolean(node, &format!("`{key}` of {}", self.what), at)?;
                Ok(Spanned {
                    value,
                    span: value_span(node, at),
                })
            })
            .transpose()
    }

    pub(super) fn names(&self, key: &str) -> Result<Option<Vec<Name>>> {
        self.opt(key)
            .map(|(node, at)| names(node, &format!("`{key}` of {}", self.what), at))
            .transpose()
    }
}

/// Where a value is, or where its key is when the value is empty (the YAML parser places an
/// empty value at the next token, which may be on another line).
pub(super) fn value_span(node: &Node, key: Span) -> Span {
    match node {
        Node::Scalar(s) if s.as_str().is_empty() => key,
        other => span(other),
    }
}

/// A single value, not null unless it is empty (which the caller tells from an empty text).
pub(super) fn scalar<'a>(node: &'a Node, what: &str, at: Span) -> Result<&'a MarkedScalarNode> {
    match node {
        Node::Scalar(s) if is_null(s) && !s.as_str().is_empty() => {
            Err(null_written(s, what, "a value"))
        }
        Node::Scalar(s) => Ok(s),
        other => Err(Diagnostic::new(
            value_span(other, at),
            format!("expected a single value for {what}, found {}", kind(other)),
        )),
    }
}

pub(super) fn text_of(node: &Node, what: &str, at: Span) -> Result<String> {
    Ok(text(scalar(node, what, at)?))
}

/// A description, which may be empty: YAML's null (`~`, `null` or nothing) is none.
pub(super) fn description_of(node: &Node, what: &str, at: Span) -> Result<String> {
    match node {
        Node::Scalar(s) if is_null(s) => Ok(String::new()),
        _ => text_of(node, what, at),
    }
}

/// An operation's own path: a template after its variant's, or empty (YAML's null or `""`)
/// for the address itself. One line, as a name.
pub(super) fn operation_path(node: &Node, what: &str, at: Span) -> Result<Spanned<String>> {
    let s = match node {
        Node::Scalar(s) if is_null(s) => {
            return Ok(Spanned {
                value: String::new(),
                span: at,
            })
        }
        _ => scalar(node, what, at)?,
    };
    if s.as_str().contains(LINE_BREAKS) {
        return Err(Diagnostic::new(
            scalar_span(s),
            format!("{what} holds a line break; a path is one line"),
        ));
    }
    Ok(Spanned {
        value: s.as_str().to_owned(),
        span: if s.as_str().is_empty() {
            at
        } else {
            scalar_span(s)
        },
    })
}

pub(super) fn name(node: &Node, what: &str, at: Span) -> Result<Name> {
    let s = scalar(node, what, at)?;
    if s.as_str().trim().is_empty() {
        return Err(Diagnostic::new(
            at,
            format!("{what} is empty; expected a name"),
        ));
    }
    if s.as_str().contains(LINE_BREAKS) {
        return Err(Diagnostic::new(
            scalar_span(s),
            format!("{what} holds a line break; a name is one line"),
        ));
    }
    Ok(Spanned {
        value: s.as_str().to_owned(),
        span: scalar_span(s),
    })
}

pub(super) fn boolean(node: &Node, what: &str, at: Span) -> Result<bool> {
    let s = scalar(node, what, at)?;
    s.as_bool().ok_or_else(|| {
        let found = if s.may_coerce() {
            format!("`{}`", s.as_str())
        } else {
            format!("the quoted text `{}`; write it without quotes", s.as_str())
        };
        Diagnostic::new(
            scalar_span(s),
            format!("expected `true` or `false` for {what}, found {found}"),
        )
    })
}

pub(super) fn status(s: &MarkedScalarNode, what: &str) -> Result<Spanned<u16>> {
    match s.as_str().parse::<u16>() {
        Ok(code @ 100..=599) => Ok(Spanned {
            value: code,
            span: scalar_span(s),
        }),
        _ => Err(Diagnostic::new(
            scalar_span(s),
            format!(
                "expected an HTTP status (100 to 599) for {what}, found `{}`",
                s.as_str()
            ),
        )),
    }
}

pub(super) fn names(node: &Node, what: &str, at: Span) -> Result<Vec<Name>> {
    match node {
        Node::Sequence(items) => items
            .iter()
            .map(|item| name(item, what, span(item)))
            .collect(),
        other => Err(Diagnostic::new(
            value_span(other, at),
            format!("expected a list of names for {what}, found {}", kind(other)),
        )),
    }
}

/// The pairs of a mapping whose keys are names chosen by the spec's author; `value` gets
/// each value and its key (name and place).
pub(super) fn entries<T>(
    node: &Node,
    what: &str,
    at: Span,
    mut value: impl FnMut(&Node, &Name) -> Result<T>,
) -> Result<Entries<T>> {
    let map = match node {
        Node::Mapping(map) => map,
        // A null value (`headers:`) is an empty mapping.
        Node::Scalar(s) if is_null(s) => return Ok(Vec::new()),
        other => {
            return Err(Diagnostic::new(
                value_span(other, at),
                format!("expected a mapping for {what}, found {}", kind(other)),
            ))
        }
    };
    let mut out = Vec::with_capacity(map.len());
    for (key, node) in map.iter() {
        let key_span = scalar_span(key);
        let key = name(
            &Node::Scalar(key.clone()),
            &format!("a key of {what}"),
            key_span,
        )?;
        let v = value(node, &key)?;
        out.push((key, v));
    }
    Ok(out)
}

/// A value that is either its description (which may be empty or null: no description), or
/// a mapping of `keys` read by `long`.
pub(super) fn short_or_long<T>(
    node: &Node,
    what: &str,
    at: Span,
    keys: &[&str],
    short: impl FnOnce(String) -> T,
    long: impl FnOnce(&Fields) -> Result<T>,
) -> Result<T> {
    match node {
        Node::Scalar(s) if is_null(s) => Ok(short(String::new())),
        Node::Scalar(s) => Ok(short(text(s))),
        _ => long(&Fields::new(node, what, at, keys)?),
    }
}
