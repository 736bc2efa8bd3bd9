//! YAML text → [`Spec`]: syntax, shapes and keys. Names are resolved later, in `validate`.
//!
//! The YAML is read into marked-yaml nodes, which keep the line and column of every key and
//! value, so that a mistake found here or later can be pointed at. Anchors and aliases are
//! refused by the loader (no alias bombs), and so are duplicate keys.

use marked_yaml::types::{MarkedMappingNode, MarkedScalarNode};
use marked_yaml::{LoadError, LoaderOptions, Node};

use crate::error::{Diagnostic, Span};
use crate::spec::*;

type Result<T> = std::result::Result<T, Diagnostic>;

/// Reads a spec from YAML text. The first problem stops the reading: what follows a wrong
/// shape cannot be read with any confidence.
pub fn load(text: &str) -> Result<Spec> {
    if let Some(line) = second_document(text) {
        return Err(Diagnostic::new(
            Span { line, column: 1 },
            "a spec is one YAML document, but a second one starts here",
        ));
    }
    let options = LoaderOptions::default()
        .error_on_duplicate_keys(true)
        .toplevel_mapping();
    let root = marked_yaml::parse_yaml_with_options(0, text, options).map_err(load_error)?;
    let start = Span { line: 1, column: 1 };
    let top = Fields::new(
        &root,
        "the spec",
        start,
        &[
            "info",
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
    Ok(Spec {
        info: info(info_node, info_at)?,
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

/// The line of a `---` that starts a second YAML document, which the loader would ignore.
fn second_document(text: &str) -> Option<usize> {
    let (mut content, mut ended) = (false, false);
    for (i, line) in text.lines().enumerate() {
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

fn load_error(error: LoadError) -> Diagnostic {
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
        LoadError::ScanError(m, e) => Diagnostic::new(at(&m), format!("YAML syntax error: {}", e.info())),
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
