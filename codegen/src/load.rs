//! YAML text → [`Spec`]: syntax, shapes and keys. Names are resolved later, in `validate`.
//!
//! The YAML is read into marked-yaml nodes, which keep the line and column of every key and
//! value, so that a mistake found here or later can be pointed at. Anchors and aliases are
//! refused by the loader (no alias bombs), and so are duplicate keys.
//!
//! Before the loader runs, what could make it costly is refused, each with its place: a spec
//! larger than [`MAX_SPEC_BYTES`] (not even read in full), text that is not UTF-8, and YAML
//! nested deeper than [`MAX_DEPTH`] (marked-yaml builds its tree by recursion, which ten
//! thousand levels would overflow).

use marked_yaml::types::{MarkedMappingNode, MarkedScalarNode};
use marked_yaml::{LoadError, LoaderOptions, Node};

use crate::error::{Diagnostic, Span};
use crate::spec::*;

type Result<T> = std::result::Result<T, Diagnostic>;

/// The largest spec read, in bytes: a hundred times the size of the real one. A larger file is
/// refused before it is read in full.
pub const MAX_SPEC_BYTES: usize = 4 * 1024 * 1024;

/// The deepest nesting of mappings and lists a spec may have. The format needs 8; the YAML
/// loader recurses once per level, so a deeper document could overflow the stack.
pub const MAX_DEPTH: usize = 64;

/// Reads a spec file as text: at most [`MAX_SPEC_BYTES`], and UTF-8, or a diagnostic at the
/// place that is not; the I/O error when the file cannot be read at all.
pub fn read(path: &std::path::Path) -> std::result::Result<String, ReadError> {
    use std::io::Read;
    let file = std::fs::File::open(path).map_err(ReadError::Io)?;
    let mut bytes = Vec::new();
    file.take(MAX_SPEC_BYTES as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(ReadError::Io)?;
    if bytes.len() > MAX_SPEC_BYTES {
        return Err(ReadError::Spec(too_large()));
    }
    String::from_utf8(bytes).map_err(|e| {
        let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        // Valid up to here, so this is text.
        let before = std::str::from_utf8(valid).unwrap_or_default();
        let lines: Vec<&str> = yaml_lines(before).collect();
        let line = lines.len().max(1);
        let column = lines.last().map_or(0, |l| l.chars().count()) + 1;
        let byte = e.as_bytes()[valid.len()];
        ReadError::Spec(Diagnostic::new(
            Span { line, column },
            format!(
                "the spec is not UTF-8 text: byte 0x{byte:02x} here does not start a character"
            ),
        ))
    })
}

/// Why a spec file could not be read.
#[derive(Debug)]
pub enum ReadError {
    Io(std::io::Error),
    Spec(Diagnostic),
}

fn too_large() -> Diagnostic {
    Diagnostic::new(
        Span { line: 1, column: 1 },
        format!(
            "the spec is larger than {} MiB, which no spec needs; it was not read",
            MAX_SPEC_BYTES / (1024 * 1024)
        ),
    )
}

/// Reads a spec from YAML text. The first problem stops the reading: what follows a wrong
/// shape cannot be read with any confidence.
pub fn load(text: &str) -> Result<Spec> {
    if text.len() > MAX_SPEC_BYTES {
        return Err(too_large());
    }
    if yaml_lines(text).all(|l| l.trim().is_empty() || l.trim_start().starts_with('#')) {
        return Err(Diagnostic::new(
            Span { line: 1, column: 1 },
            "the spec is empty; expected a YAML mapping with the keys `info`, `scopes`, `enums`, `resources`, `variants` and `operations`",
        ));
    }
    forbidden_characters(text)?;
    check_depth(text)?;
    if let Some(line) = second_document(text) {
        return Err(Diagnostic::new(
            Span { line, column: 1 },
            "a spec is one YAML document, but a second one starts here",
        ));
    }
    let options = LoaderOptions::default()
        .error_on_duplicate_keys(true)
        .toplevel_mapping();
    let root =
        marked_yaml::parse_yaml_with_options(0, text, options).map_err(|e| load_error(e, text))?;
    let start = Span { line: 1, column: 1 };
    let top = Fields::new(
        &root,
        "the spec",
        start,
        &[
            "info",
            "sources",
            "scopes",
            "enums",
            "resources",
            "variants",
            "operations",
        ],
    )?;
    let (info_node, info_at) = top.req("info")?;
    let section = |key: &str| top.req(key);
    let (scopes, scopes_at) = section("scopes")?;
    let (enums, enums_at) = section("enums")?;
    let (resources, resources_at) = section("resources")?;
    let (variants, variants_at) = section("variants")?;
    let (operations, operations_at) = section("operations")?;
    let sources = match top.opt("sources") {
        Some((node, at)) => entries(node, "`sources`", at, |node, page| {
            names(
                node,
                &format!("the versions of source page `{}`", page.value),
                page.span,
            )
        })?,
        None => Vec::new(),
    };
    Ok(Spec {
        info: info(info_node, info_at)?,
        sources,
        scopes: entries(scopes, "`scopes`", scopes_at, |node, name| {
            let text = text_of(
                node,
                &format!("the description of scope `{}`", name.value),
                name.span,
            )?;
            if text.trim().is_empty() {
                return Err(Diagnostic::new(
                    name.span,
                    format!("scope `{}` has no description", name.value),
                ));
            }
            Ok(text)
        })?,
        scopes_span: scopes_at,
        enums: entries(enums, "`enums`", enums_at, enum_spec)?,
        resources: entries(resources, "`resources`", resources_at, resource)?,
        variants: entries(variants, "`variants`", variants_at, variant)?,
        operations: entries(operations, "`operations`", operations_at, operation)?,
    })
}

/// Refuses the characters YAML does not allow in a document (it allows tab, LF, CR and the
/// printable ones): the parser would take a NUL for the end of the text and silently ignore
/// the rest of the spec, and counts some of the others as line breaks.
fn forbidden_characters(text: &str) -> Result<()> {
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
fn check_depth(text: &str) -> Result<()> {
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
fn syntax_error(text: &str, reported: Span, info: &str) -> Diagnostic {
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
    let mut message = format!("YAML syntax error: {info}");
    if let Some((open, bracket)) = open_flow_collection(text, reported) {
        let close = if bracket == '[' { ']' } else { '}' };
        message.push_str(&format!(
            " (inside the `{bracket}` at {open}, which may be missing its `{close}`)"
        ));
    }
    Diagnostic::new(at, message)
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
fn yaml_lines(text: &str) -> impl Iterator<Item = &str> {
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
fn second_document(text: &str) -> Option<usize> {
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

fn load_error(error: LoadError, text: &str) -> Diagnostic {
    let at = |m: &marked_yaml::Marker| Span {
        line: m.line(),
        column: m.column(),
    };
    match error {
        LoadError::TopLevelMustBeMapping(m) => Diagnostic::new(
            at(&m),
            "the spec must be a YAML mapping with the keys `info`, `scopes`, `enums`, `resources`, `variants` and `operations`",
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

fn span(node: &Node) -> Span {
    to_span(node.span())
}

fn scalar_span(node: &MarkedScalarNode) -> Span {
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

fn kind(node: &Node) -> &'static str {
    match node {
        Node::Scalar(_) => "a single value",
        Node::Mapping(_) => "a mapping",
        Node::Sequence(_) => "a list",
    }
}

/// A mapping whose keys are all known up front: a key outside them is refused at once, at the
/// key, so a typo is reported where it is and not as a missing key elsewhere.
struct Fields<'a> {
    map: &'a MarkedMappingNode,
    what: String,
    /// Where the mapping's owner is written (its key), for problems with the whole mapping.
    at: Span,
}

impl<'a> Fields<'a> {
    fn new(node: &'a Node, what: &str, at: Span, keys: &[&str]) -> Result<Self> {
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
    fn opt(&self, key: &str) -> Option<(&'a Node, Span)> {
        self.map
            .iter()
            .find(|(k, _)| k.as_str() == key)
            .map(|(k, v)| (v, scalar_span(k)))
    }

    fn req(&self, key: &str) -> Result<(&'a Node, Span)> {
        self.opt(key).ok_or_else(|| {
            Diagnostic::new(self.at, format!("{} is missing the key `{key}`", self.what))
        })
    }

    /// A required text, non-empty.
    fn req_text(&self, key: &str) -> Result<String> {
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
    fn req_line(&self, key: &str) -> Result<String> {
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

    fn opt_text(&self, key: &str) -> Result<Option<String>> {
        self.opt(key)
            .map(|(node, at)| text_of(node, &format!("`{key}` of {}", self.what), at))
            .transpose()
    }

    fn req_name(&self, key: &str) -> Result<Name> {
        let (node, at) = self.req(key)?;
        name(node, &format!("`{key}` of {}", self.what), at)
    }

    fn opt_name(&self, key: &str) -> Result<Option<Name>> {
        self.opt(key)
            .map(|(node, at)| name(node, &format!("`{key}` of {}", self.what), at))
            .transpose()
    }

    fn flag(&self, key: &str) -> Result<bool> {
        match self.opt(key) {
            None => Ok(false),
            Some((node, at)) => boolean(node, &format!("`{key}` of {}", self.what), at),
        }
    }

    fn names(&self, key: &str) -> Result<Option<Vec<Name>>> {
        self.opt(key)
            .map(|(node, at)| names(node, &format!("`{key}` of {}", self.what), at))
            .transpose()
    }
}

/// Where a value is, or where its key is when the value is empty (the YAML parser places an
/// empty value at the next token, which may be on another line).
fn value_span(node: &Node, key: Span) -> Span {
    match node {
        Node::Scalar(s) if s.as_str().is_empty() => key,
        other => span(other),
    }
}

fn scalar<'a>(node: &'a Node, what: &str, at: Span) -> Result<&'a MarkedScalarNode> {
    match node {
        Node::Scalar(s) => Ok(s),
        other => Err(Diagnostic::new(
            value_span(other, at),
            format!("expected a single value for {what}, found {}", kind(other)),
        )),
    }
}

fn text_of(node: &Node, what: &str, at: Span) -> Result<String> {
    Ok(scalar(node, what, at)?.as_str().to_owned())
}

fn name(node: &Node, what: &str, at: Span) -> Result<Name> {
    let s = scalar(node, what, at)?;
    if s.as_str().trim().is_empty() {
        return Err(Diagnostic::new(
            at,
            format!("{what} is empty; expected a name"),
        ));
    }
    Ok(Spanned {
        value: s.as_str().to_owned(),
        span: scalar_span(s),
    })
}

fn boolean(node: &Node, what: &str, at: Span) -> Result<bool> {
    let s = scalar(node, what, at)?;
    s.as_bool().ok_or_else(|| {
        Diagnostic::new(
            scalar_span(s),
            format!(
                "expected `true` or `false` for {what}, found `{}`",
                s.as_str()
            ),
        )
    })
}

fn status(s: &MarkedScalarNode, what: &str) -> Result<Spanned<u16>> {
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

fn names(node: &Node, what: &str, at: Span) -> Result<Vec<Name>> {
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
fn entries<T>(
    node: &Node,
    what: &str,
    at: Span,
    mut value: impl FnMut(&Node, &Name) -> Result<T>,
) -> Result<Entries<T>> {
    let map = match node {
        Node::Mapping(map) => map,
        // An empty value (`headers:`) is an empty mapping.
        Node::Scalar(s) if s.as_str().is_empty() => return Ok(Vec::new()),
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

/// A value that is either its description, or a mapping of `keys` read by `long`.
fn short_or_long<T>(
    node: &Node,
    what: &str,
    at: Span,
    keys: &[&str],
    short: impl FnOnce(String) -> T,
    long: impl FnOnce(&Fields) -> Result<T>,
) -> Result<T> {
    match node {
        Node::Scalar(s) if s.as_str().trim().is_empty() => Err(Diagnostic::new(
            at,
            format!("{what} is empty; expected a description"),
        )),
        Node::Scalar(s) => Ok(short(s.as_str().to_owned())),
        _ => long(&Fields::new(node, what, at, keys)?),
    }
}

fn info(node: &Node, at: Span) -> Result<Info> {
    let f = Fields::new(node, "`info`", at, &["title", "description", "versions"])?;
    let (versions, versions_at) = f.req("versions")?;
    Ok(Info {
        title: f.req_line("title")?,
        description: f.req_text("description")?,
        versions: names(versions, "`versions` of `info`", versions_at)?,
        span: versions_at,
    })
}

fn enum_spec(node: &Node, name: &Name) -> Result<EnumSpec> {
    let what = format!("enum `{}`", name.value);
    let f = Fields::new(node, &what, name.span, &["description", "values"])?;
    let (values, values_at) = f.req("values")?;
    Ok(EnumSpec {
        description: f.req_text("description")?,
        values: entries(
            values,
            &format!("the values of {what}"),
            values_at,
            |node, value| {
                short_or_long(
                    node,
                    &format!("value `{}` of {what}", value.value),
                    value.span,
                    &["description", "versions"],
                    |description| EnumValueSpec {
                        description,
                        versions: None,
                    },
                    |f| {
                        Ok(EnumValueSpec {
                            description: f.req_text("description")?,
                            versions: f.names("versions")?,
                        })
                    },
                )
            },
        )?,
        span: values_at,
    })
}

fn resource(node: &Node, name: &Name) -> Result<ResourceSpec> {
    let what = format!("resource `{}`", name.value);
    let f = Fields::new(
        node,
        &what,
        name.span,
        &["description", "extends", "one_of", "properties", "facets"],
    )?;
    let (properties, properties_at) = f.req("properties")?;
    Ok(ResourceSpec {
        description: f.req_text("description")?,
        extends: f.opt_name("extends")?,
        one_of: f.names("one_of")?.unwrap_or_default(),
        properties: entries(
            properties,
            &format!("the properties of {what}"),
            properties_at,
            |node, prop| {
                property(
                    node,
                    &format!("property `{}` of {what}", prop.value),
                    prop.span,
                    false,
                )
            },
        )?,
        facets: match f.opt("facets") {
            None => Vec::new(),
            Some((Node::Sequence(items), _)) => items
                .iter()
                .map(|item| facet(item, &format!("a facet of {what}"), span(item)))
                .collect::<Result<_>>()?,
            Some((other, at)) => {
                return Err(Diagnostic::new(
                    value_span(other, at),
                    format!(
                        "expected a list of facets for {what}, found {}",
                        kind(other)
                    ),
                ))
            }
        },
        span: name.span,
    })
}

/// A resource property (`body_field` false) or a request body field (`body_field` true).
fn property(node: &Node, what: &str, at: Span, body_field: bool) -> Result<PropertySpec> {
    let keys: &[&str] = if body_field {
        &["type", "description", "required", "deprecated", "versions"]
    } else {
        &["type", "description", "read_only", "deprecated", "versions"]
    };
    let f = Fields::new(node, what, at, keys)?;
    Ok(PropertySpec {
        ty: f.req_name("type")?,
        description: f.req_text("description")?,
        read_only: !body_field && f.flag("read_only")?,
        required: body_field && f.flag("required")?,
        deprecated: f
            .opt("deprecated")
            .map(|(node, at)| {
                let what = format!("`deprecated` of {what}");
                let d = Fields::new(node, &what, at, &["replacement", "note"])?;
                Ok(DeprecationSpec {
                    replacement: d.req_name("replacement")?,
                    note: d.opt_text("note")?,
                })
            })
            .transpose()?,
        versions: f.names("versions")?,
    })
}

fn facet(node: &Node, what: &str, at: Span) -> Result<FacetSpec> {
    let f = Fields::new(node, what, at, &["property", "kind", "description"])?;
    Ok(FacetSpec {
        property: f.req_name("property")?,
        kind: f.req_name("kind")?,
        description: f.req_text("description")?,
    })
}

fn parameters(field: Option<(&Node, Span)>, what: &str) -> Result<Entries<ParameterSpec>> {
    let Some((node, at)) = field else {
        return Ok(Vec::new());
    };
    entries(
        node,
        &format!("the parameters of {what}"),
        at,
        |node, param| {
            short_or_long(
                node,
                &format!("parameter `{}` of {what}", param.value),
                param.span,
                &["description", "style", "type"],
                |description| ParameterSpec {
                    description,
                    style: None,
                    ty: None,
                },
                |f| {
                    Ok(ParameterSpec {
                        description: f.req_text("description")?,
                        style: f.opt_name("style")?,
                        ty: f.opt_name("type")?,
                    })
                },
            )
        },
    )
}

fn variant(node: &Node, name: &Name) -> Result<VariantSpec> {
    let what = format!("path variant `{}`", name.value);
    let f = Fields::new(
        node,
        &what,
        name.span,
        &["description", "path", "parameters"],
    )?;
    Ok(VariantSpec {
        description: f.req_text("description")?,
        path: f.req_name("path")?,
        parameters: parameters(f.opt("parameters"), &what)?,
    })
}

const OPERATION_KEYS: &[&str] = &[
    "summary",
    "description",
    "method",
    "path",
    "parameters",
    "variants",
    "versions",
    "headers",
    "query",
    "body",
    "response",
    "scopes",
];

fn operation(node: &Node, name: &Name) -> Result<OperationSpec> {
    let what = format!("operation `{}`", name.value);
    let f = Fields::new(node, &what, name.span, OPERATION_KEYS)?;
    let summary = f.req_line("summary")?;
    let description = f.req_text("description")?;
    let method = f.req_name("method")?;
    let path = f.req_name("path")?;
    let parameters = parameters(f.opt("parameters"), &what)?;
    let (variants_node, variants_at) = f.req("variants")?;
    let variants = Spanned {
        value: names(variants_node, &format!("`variants` of {what}"), variants_at)?,
        span: variants_at,
    };
    let versions = f.names("versions")?;
    let headers = match f.opt("headers") {
        None => Vec::new(),
        Some((node, at)) => entries(
            node,
            &format!("the headers of {what}"),
            at,
            |node, header| {
                let what = format!("header `{}` of {what}", header.value);
                let h = Fields::new(
                    node,
                    &what,
                    header.span,
                    &["required", "description", "status"],
                )?;
                Ok(HeaderSpec {
                    required: h.flag("required")?,
                    description: h.req_text("description")?,
                    status: h
                        .opt("status")
                        .map(|(node, at)| {
                            status(scalar(node, &what, at)?, &format!("`status` of {what}"))
                        })
                        .transpose()?,
                })
            },
        )?,
    };
    let query = match f.opt("query") {
        None => Vec::new(),
        Some((node, at)) => entries(
            node,
            &format!("the query options of {what}"),
            at,
            |node, q| {
                text_of(
                    node,
                    &format!("the description of query option `{}` of {what}", q.value),
                    q.span,
                )
            },
        )?,
    };
    let body = f
        .opt("body")
        .map(|(node, at)| {
            let what = format!("the body of {what}");
            let b = Fields::new(node, &what, at, &["description", "fields"])?;
            let (fields, fields_at) = b.req("fields")?;
            Ok(BodySpec {
                description: b.req_text("description")?,
                fields: entries(
                    fields,
                    &format!("the fields of {what}"),
                    fields_at,
                    |node, field| {
                        property(
                            node,
                            &format!("field `{}` of {what}", field.value),
                            field.span,
                            true,
                        )
                    },
                )?,
            })
        })
        .transpose()?;
    let (response_node, response_at) = f.req("response")?;
    let response = response(response_node, &what, response_at)?;
    let (scopes_node, scopes_at) = f.req("scopes")?;
    let scopes = Spanned {
        value: entries(
            scopes_node,
            &format!("the scopes of {what}"),
            scopes_at,
            |node, ty| {
                scope_list(
                    node,
                    &format!("the `{}` scopes of {what}", ty.value),
                    ty.span,
                )
            },
        )?,
        span: scopes_at,
    };
    Ok(OperationSpec {
        summary,
        description,
        method,
        path,
        parameters,
        variants,
        versions,
        headers,
        query,
        body,
        response,
        scopes,
    })
}

fn response(node: &Node, op: &str, at: Span) -> Result<ResponseSpec> {
    let what = format!("the response of {op}");
    let f = Fields::new(node, &what, at, &["type", "shape", "statuses"])?;
    let ty = f.opt_name("type")?;
    let shape = f.req_name("shape")?;
    let (statuses_node, statuses_at) = f.req("statuses")?;
    let statuses = match statuses_node {
        // An empty `statuses:` is an empty mapping; `validate` says it needs one.
        Node::Scalar(s) if s.as_str().is_empty() => Vec::new(),
        Node::Mapping(map) => map
            .iter()
            .map(|(code, node)| {
                let code = status(code, &format!("a status of {what}"))?;
                let what = format!("status {} of {what}", code.value);
                let spec = short_or_long(
                    node,
                    &what,
                    code.span,
                    &["description", "versions"],
                    |description| StatusSpec {
                        description,
                        versions: None,
                    },
                    |f| {
                        Ok(StatusSpec {
                            description: f.req_text("description")?,
                            versions: f.names("versions")?,
                        })
                    },
                )?;
                Ok((code, spec))
            })
            .collect::<Result<Vec<_>>>()?,
        other => {
            return Err(Diagnostic::new(
                value_span(other, statuses_at),
                format!(
                    "expected a mapping of statuses for {what}, found {}",
                    kind(other)
                ),
            ))
        }
    };
    Ok(ResponseSpec {
        ty,
        shape,
        statuses,
        statuses_span: statuses_at,
        span: at,
    })
}

fn scope_list(node: &Node, what: &str, at: Span) -> Result<ScopeListSpec> {
    match node {
        Node::Scalar(s) if s.as_str() == "not supported" => Ok(ScopeListSpec::NotSupported),
        Node::Sequence(_) => Ok(ScopeListSpec::Scopes(names(node, what, at)?)),
        other => Err(Diagnostic::new(
            value_span(other, at),
            format!(
                "expected a list of scopes (least privileged first) or `not supported` for {what}, found {}",
                match other {
                    Node::Scalar(s) if s.as_str().is_empty() => "nothing".to_owned(),
                    Node::Scalar(s) => format!("`{}`", s.as_str()),
                    other => kind(other).to_owned(),
                }
            ),
        )),
    }
}
