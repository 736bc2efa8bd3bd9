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
    let options = LoaderOptions::default()
        .error_on_duplicate_keys(true)
        .toplevel_mapping();
    let root = marked_yaml::parse_yaml_with_options(0, text, options).map_err(load_error)?;
    let mut top = Fields::new(&root, "the spec")?;
    let spec = Spec {
        info: info(top.req("info")?)?,
        scopes: entries(top.req("scopes")?, "`scopes`", |node, name| {
            text_of(node, &format!("the description of scope `{name}`"))
        })?,
        enums: entries(top.req("enums")?, "`enums`", enum_spec)?,
        resources: entries(top.req("resources")?, "`resources`", resource)?,
        variants: entries(top.req("variants")?, "`variants`", variant)?,
        operations: entries(top.req("operations")?, "`operations`", operation)?,
    };
    top.finish()?;
    Ok(spec)
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

/// A mapping whose keys are known: every key read is remembered, so that `finish` can refuse
/// the ones nobody asked for.
struct Fields<'a> {
    map: &'a MarkedMappingNode,
    what: String,
    known: Vec<&'static str>,
}

impl<'a> Fields<'a> {
    fn new(node: &'a Node, what: &str) -> Result<Self> {
        match node {
            Node::Mapping(map) => Ok(Fields {
                map,
                what: what.to_owned(),
                known: Vec::new(),
            }),
            other => Err(Diagnostic::new(
                span(other),
                format!("expected a mapping for {what}, found {}", kind(other)),
            )),
        }
    }

    fn opt(&mut self, key: &'static str) -> Option<&'a Node> {
        self.known.push(key);
        self.map.get(key)
    }

    fn req(&mut self, key: &'static str) -> Result<&'a Node> {
        self.opt(key).ok_or_else(|| {
            Diagnostic::new(
                to_span(self.map.span()),
                format!("{} is missing the key `{key}`", self.what),
            )
        })
    }

    fn req_text(&mut self, key: &'static str) -> Result<String> {
        let node = self.req(key)?;
        text_of(node, &format!("`{key}` of {}", self.what))
    }

    fn opt_text(&mut self, key: &'static str) -> Result<Option<String>> {
        self.opt(key)
            .map(|node| text_of(node, &format!("`{key}` of {}", self.what)))
            .transpose()
    }

    fn req_name(&mut self, key: &'static str) -> Result<Name> {
        let node = self.req(key)?;
        name(node, &format!("`{key}` of {}", self.what))
    }

    fn opt_name(&mut self, key: &'static str) -> Result<Option<Name>> {
        self.opt(key)
            .map(|node| name(node, &format!("`{key}` of {}", self.what)))
            .transpose()
    }

    fn flag(&mut self, key: &'static str) -> Result<bool> {
        match self.opt(key) {
            None => Ok(false),
            Some(node) => boolean(node, &format!("`{key}` of {}", self.what)),
        }
    }

    fn names(&mut self, key: &'static str) -> Result<Option<Vec<Name>>> {
        self.opt(key)
            .map(|node| names(node, &format!("`{key}` of {}", self.what)))
            .transpose()
    }

    fn finish(self) -> Result<()> {
        for key in self.map.keys() {
            if !self.known.contains(&key.as_str()) {
                return Err(Diagnostic::new(
                    scalar_span(key),
                    format!(
                        "unknown key `{}` in {}; expected one of: {}",
                        key.as_str(),
                        self.what,
                        self.known.join(", ")
                    ),
                ));
            }
        }
        Ok(())
    }
}

fn scalar<'a>(node: &'a Node, what: &str) -> Result<&'a MarkedScalarNode> {
    match node {
        Node::Scalar(s) => Ok(s),
        other => Err(Diagnostic::new(
            span(other),
            format!("expected a single value for {what}, found {}", kind(other)),
        )),
    }
}

fn text_of(node: &Node, what: &str) -> Result<String> {
    Ok(scalar(node, what)?.as_str().to_owned())
}

fn name(node: &Node, what: &str) -> Result<Name> {
    let s = scalar(node, what)?;
    if s.as_str().trim().is_empty() {
        return Err(Diagnostic::new(
            scalar_span(s),
            format!("{what} is empty; expected a name"),
        ));
    }
    Ok(Spanned {
        value: s.as_str().to_owned(),
        span: scalar_span(s),
    })
}

fn boolean(node: &Node, what: &str) -> Result<bool> {
    let s = scalar(node, what)?;
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

fn names(node: &Node, what: &str) -> Result<Vec<Name>> {
    match node {
        Node::Sequence(items) => items.iter().map(|item| name(item, what)).collect(),
        other => Err(Diagnostic::new(
            span(other),
            format!("expected a list of names for {what}, found {}", kind(other)),
        )),
    }
}

/// The pairs of a mapping whose keys are names chosen by the spec's author.
fn entries<T>(
    node: &Node,
    what: &str,
    mut value: impl FnMut(&Node, &str) -> Result<T>,
) -> Result<Entries<T>> {
    let map = match node {
        Node::Mapping(map) => map,
        // An empty value (`headers:`) is an empty mapping.
        Node::Scalar(s) if s.as_str().is_empty() => return Ok(Vec::new()),
        other => {
            return Err(Diagnostic::new(
                span(other),
                format!("expected a mapping for {what}, found {}", kind(other)),
            ))
        }
    };
    let mut out = Vec::with_capacity(map.len());
    for (key, node) in map.iter() {
        let key = name(&Node::Scalar(key.clone()), &format!("a key of {what}"))?;
        let v = value(node, &key.value)?;
        out.push((key, v));
    }
    Ok(out)
}

/// A value that is either its description, or a mapping read by `long`.
fn short_or_long<T>(
    node: &Node,
    what: &str,
    short: impl FnOnce(String) -> T,
    long: impl FnOnce(&mut Fields) -> Result<T>,
) -> Result<T> {
    match node {
        Node::Scalar(s) => Ok(short(s.as_str().to_owned())),
        _ => {
            let mut f = Fields::new(node, what)?;
            let value = long(&mut f)?;
            f.finish()?;
            Ok(value)
        }
    }
}

fn info(node: &Node) -> Result<Info> {
    let mut f = Fields::new(node, "`info`")?;
    let info = Info {
        title: f.req_text("title")?,
        description: f.req_text("description")?,
        versions: names(f.req("versions")?, "`versions` of `info`")?,
        span: span(node),
    };
    f.finish()?;
    Ok(info)
}

fn enum_spec(node: &Node, name: &str) -> Result<EnumSpec> {
    let what = format!("enum `{name}`");
    let mut f = Fields::new(node, &what)?;
    let spec = EnumSpec {
        description: f.req_text("description")?,
        values: entries(
            f.req("values")?,
            &format!("the values of {what}"),
            |node, value| {
                let what = format!("value `{value}` of enum `{name}`");
                short_or_long(
                    node,
                    &what,
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
        span: span(node),
    };
    f.finish()?;
    Ok(spec)
}

fn resource(node: &Node, name: &str) -> Result<ResourceSpec> {
    let what = format!("resource `{name}`");
    let mut f = Fields::new(node, &what)?;
    let spec = ResourceSpec {
        description: f.req_text("description")?,
        extends: f.opt_name("extends")?,
        one_of: f.names("one_of")?.unwrap_or_default(),
        properties: entries(
            f.req("properties")?,
            &format!("the properties of {what}"),
            |node, prop| property(node, &format!("property `{prop}` of {what}"), false),
        )?,
        facets: match f.opt("facets") {
            None => Vec::new(),
            Some(Node::Sequence(items)) => items
                .iter()
                .map(|item| facet(item, &format!("a facet of {what}")))
                .collect::<Result<_>>()?,
            Some(other) => {
                return Err(Diagnostic::new(
                    span(other),
                    format!(
                        "expected a list of facets for {what}, found {}",
                        kind(other)
                    ),
                ))
            }
        },
        span: span(node),
    };
    f.finish()?;
    Ok(spec)
}

/// A resource property (`body_field` false) or a request body field (`body_field` true).
fn property(node: &Node, what: &str, body_field: bool) -> Result<PropertySpec> {
    let mut f = Fields::new(node, what)?;
    let spec = PropertySpec {
        ty: f.req_name("type")?,
        description: f.req_text("description")?,
        read_only: if body_field {
            false
        } else {
            f.flag("read_only")?
        },
        required: if body_field {
            f.flag("required")?
        } else {
            false
        },
        deprecated: f
            .opt("deprecated")
            .map(|node| {
                let what = format!("`deprecated` of {what}");
                let mut d = Fields::new(node, &what)?;
                let spec = DeprecationSpec {
                    replacement: d.req_name("replacement")?,
                    note: d.opt_text("note")?,
                };
                d.finish()?;
                Ok(spec)
            })
            .transpose()?,
        versions: f.names("versions")?,
    };
    f.finish()?;
    Ok(spec)
}

fn facet(node: &Node, what: &str) -> Result<FacetSpec> {
    let mut f = Fields::new(node, what)?;
    let spec = FacetSpec {
        property: f.req_name("property")?,
        kind: f.req_name("kind")?,
        description: f.req_text("description")?,
    };
    f.finish()?;
    Ok(spec)
}

fn parameters(node: Option<&Node>, what: &str) -> Result<Entries<ParameterSpec>> {
    let Some(node) = node else {
        return Ok(Vec::new());
    };
    entries(node, &format!("the parameters of {what}"), |node, param| {
        short_or_long(
            node,
            &format!("parameter `{param}` of {what}"),
            |description| ParameterSpec {
                description,
                style: None,
            },
            |f| {
                Ok(ParameterSpec {
                    description: f.req_text("description")?,
                    style: f.opt_name("style")?,
                })
            },
        )
    })
}

fn variant(node: &Node, name: &str) -> Result<VariantSpec> {
    let what = format!("path variant `{name}`");
    let mut f = Fields::new(node, &what)?;
    let spec = VariantSpec {
        description: f.req_text("description")?,
        path: f.req_name("path")?,
        parameters: parameters(f.opt("parameters"), &what)?,
    };
    f.finish()?;
    Ok(spec)
}

fn operation(node: &Node, name: &str) -> Result<OperationSpec> {
    let what = format!("operation `{name}`");
    let mut f = Fields::new(node, &what)?;
    let variants_node = f.req("variants")?;
    let spec = OperationSpec {
        summary: f.req_text("summary")?,
        description: f.req_text("description")?,
        method: f.req_name("method")?,
        path: f.req_name("path")?,
        parameters: parameters(f.opt("parameters"), &what)?,
        variants: Spanned {
            value: names(variants_node, &format!("`variants` of {what}"))?,
            span: span(variants_node),
        },
        versions: f.names("versions")?,
        headers: match f.opt("headers") {
            None => Vec::new(),
            Some(node) => entries(node, &format!("the headers of {what}"), |node, header| {
                let what = format!("header `{header}` of {what}");
                let mut h = Fields::new(node, &what)?;
                let spec = HeaderSpec {
                    required: h.flag("required")?,
                    description: h.req_text("description")?,
                    status: h
                        .opt("status")
                        .map(|node| status(scalar(node, &what)?, &format!("`status` of {what}")))
                        .transpose()?,
                };
                h.finish()?;
                Ok(spec)
            })?,
        },
        query: match f.opt("query") {
            None => Vec::new(),
            Some(node) => entries(node, &format!("the query options of {what}"), |node, q| {
                text_of(
                    node,
                    &format!("the description of query option `{q}` of {what}"),
                )
            })?,
        },
        body: f
            .opt("body")
            .map(|node| {
                let what = format!("the body of {what}");
                let mut b = Fields::new(node, &what)?;
                let spec = BodySpec {
                    description: b.req_text("description")?,
                    fields: entries(
                        b.req("fields")?,
                        &format!("the fields of {what}"),
                        |node, field| property(node, &format!("field `{field}` of {what}"), true),
                    )?,
                };
                b.finish()?;
                Ok(spec)
            })
            .transpose()?,
        response: response(f.req("response")?, &what)?,
        scopes: {
            let node = f.req("scopes")?;
            Spanned {
                value: entries(node, &format!("the scopes of {what}"), |node, ty| {
                    scope_list(node, &format!("the `{ty}` scopes of {what}"))
                })?,
                span: span(node),
            }
        },
    };
    f.finish()?;
    Ok(spec)
}

fn response(node: &Node, op: &str) -> Result<ResponseSpec> {
    let what = format!("the response of {op}");
    let mut f = Fields::new(node, &what)?;
    let statuses_node = f.req("statuses")?;
    let statuses = match statuses_node {
        Node::Mapping(map) => map
            .iter()
            .map(|(code, node)| {
                let code = status(code, &format!("a status of {what}"))?;
                let what = format!("status {} of {what}", code.value);
                let spec = short_or_long(
                    node,
                    &what,
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
                span(other),
                format!(
                    "expected a mapping of statuses for {what}, found {}",
                    kind(other)
                ),
            ))
        }
    };
    let spec = ResponseSpec {
        ty: f.opt_name("type")?,
        shape: f.req_name("shape")?,
        statuses,
        span: span(node),
    };
    f.finish()?;
    Ok(spec)
}

fn scope_list(node: &Node, what: &str) -> Result<ScopeListSpec> {
    match node {
        Node::Scalar(s) if s.as_str() == "not supported" => Ok(ScopeListSpec::NotSupported),
        Node::Sequence(_) => Ok(ScopeListSpec::Scopes(names(node, what)?)),
        other => Err(Diagnostic::new(
            span(other),
            format!(
                "expected a list of scopes (least privileged first) or `not supported` for {what}, found {}",
                match other {
                    Node::Scalar(s) => format!("`{}`", s.as_str()),
                    other => kind(other).to_owned(),
                }
            ),
        )),
    }
}
