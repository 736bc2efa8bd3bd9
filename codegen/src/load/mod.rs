//! YAML text → [`Spec`]: syntax, shapes and keys. Names are resolved later, in `validate`.
//!
//! The YAML is read into marked-yaml nodes, which keep the line and column of every key and
//! value, so that a mistake found here or later can be pointed at. Anchors and aliases are
//! refused by the loader (no alias bombs), and so are duplicate keys.
//!
//! Before the loader runs, what could make it costly is refused, each with its place: a spec
//! larger than [`MAX_SPEC_BYTES`] (not even read in full), text that is not UTF-8, and YAML
//! nested deeper than [`MAX_DEPTH`] (marked-yaml builds its tree by recursion, which ten
//! thousand levels would overflow). `text` has what is done to the text, `scalar` what makes
//! a value.

mod scalar;
mod text;

use marked_yaml::{LoaderOptions, Node};

use crate::error::{Diagnostic, Span};
use crate::spec::*;
pub(crate) use scalar::BIDI_CONTROLS;
use scalar::*;
pub(crate) use text::within;
use text::*;

type Result<T> = std::result::Result<T, Diagnostic>;

/// The largest spec read, in bytes: about three hundred times the size of the real one (56 KB
/// for the whole sharing surface), so that the 100× spec of the performance figures is read.
/// A larger file is refused before it is read in full.
pub const MAX_SPEC_BYTES: usize = 16 * 1024 * 1024;

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
    let text = without_bom(text);
    if yaml_lines(text).all(|l| l.trim().is_empty() || l.trim_start().starts_with('#')) {
        return Err(Diagnostic::new(
            Span { line: 1, column: 1 },
            "the spec is empty; expected a YAML mapping with the keys `info`, `scopes`, `enums`, `resources` and `families` (or, in the old form, `variants` and `operations`)",
        ));
    }
    forbidden_characters(text)?;
    let text = &*tabs_after_colons(text);
    check_depth(text)?;
    if let Some(line) = second_document(text) {
        return Err(Diagnostic::new(
            Span { line, column: 1 },
            "a spec is one YAML document, but a second one starts here",
        ));
    }
    let options = LoaderOptions::default()
        .error_on_duplicate_keys(true)
        .prevent_coercion(true)
        .toplevel_mapping();
    let root =
        marked_yaml::parse_yaml_with_options(0, text, options).map_err(|e| load_error(e, text))?;
    check_characters(&root)?;
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
            "families",
            "variants",
            "operations",
        ],
    )?;
    let (info_node, info_at) = top.req("info")?;
    let section = |key: &str| top.req(key);
    let (scopes, scopes_at) = section("scopes")?;
    let (enums, enums_at) = section("enums")?;
    let (resources, resources_at) = section("resources")?;
    let families = families(&top)?;
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
            description_of(
                node,
                &format!("the description of scope `{}`", name.value),
                name.span,
            )
        })?,
        scopes_span: scopes_at,
        enums: entries(enums, "`enums`", enums_at, enum_spec)?,
        resources: entries(resources, "`resources`", resources_at, resource)?,
        families,
    })
}

/// The families: each of `families:`, or the one family without a name of the old form
/// (top-level `variants:` and `operations:`). A spec has one form or the other; the second
/// key of the other form is refused where it is written.
fn families(top: &Fields) -> Result<Vec<FamilySpec>> {
    let old_form = ["variants", "operations"]
        .into_iter()
        .filter_map(|key| top.opt(key).map(|(_, at)| (key, at)))
        .min_by_key(|(_, at)| *at);
    let Some((node, at)) = top.opt("families") else {
        let (variants, variants_at) = top.req("variants")?;
        let (operations, operations_at) = top.req("operations")?;
        return Ok(vec![FamilySpec {
            name: None,
            description: String::new(),
            variants: entries(variants, "`variants`", variants_at, |node, name| {
                variant(node, name, None)
            })?,
            operations: entries(operations, "`operations`", operations_at, |node, name| {
                operation(node, name, None)
            })?,
            span: variants_at,
        }]);
    };
    if let Some((old, old_at)) = old_form {
        let (second, first) = if old_at > at {
            (
                old_at,
                format!("`families` (line {}) and a top-level `{old}` here", at.line),
            )
        } else {
            (
                at,
                format!(
                    "a top-level `{old}` (line {}) and `families` here",
                    old_at.line
                ),
            )
        };
        return Err(Diagnostic::new(
            second,
            format!(
                "the spec has {first}, two forms of one thing: write the path variants and operations under their family in `families`, or leave `families` out (the old form: top-level `variants` and `operations`, one family without a name)"
            ),
        ));
    }
    entries(node, "`families`", at, |node, name| {
        let what = format!("family `{}`", name.value);
        let f = Fields::new(
            node,
            &what,
            name.span,
            &["description", "variants", "operations"],
        )?;
        let (variants, variants_at) = f.req("variants")?;
        let (operations, operations_at) = f.req("operations")?;
        Ok(FamilySpec {
            name: Some(name.clone()),
            description: f.desc("description")?,
            variants: entries(
                variants,
                &format!("the variants of {what}"),
                variants_at,
                |node, v| variant(node, v, Some(name)),
            )?,
            operations: entries(
                operations,
                &format!("the operations of {what}"),
                operations_at,
                |node, op| operation(node, op, Some(name)),
            )?,
            span: name.span,
        })
    })
    .map(|families| families.into_iter().map(|(_, f)| f).collect())
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
        description: f.desc("description")?,
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
                            description: f.desc("description")?,
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
        description: f.desc("description")?,
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
        description: f.desc("description")?,
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
        description: f.desc("description")?,
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
                        description: f.desc("description")?,
                        style: f.opt_name("style")?,
                        ty: f.opt_name("type")?,
                    })
                },
            )
        },
    )
}

/// A path variant; `family` names its family in messages.
fn variant(node: &Node, name: &Name, family: Option<&Name>) -> Result<VariantSpec> {
    let what = match family {
        Some(family) => format!("path variant `{}` of family `{}`", name.value, family.value),
        None => format!("path variant `{}`", name.value),
    };
    let f = Fields::new(
        node,
        &what,
        name.span,
        &[
            "description",
            "primary",
            "path",
            "parameters",
            "signed_in_user",
        ],
    )?;
    Ok(VariantSpec {
        description: f.desc("description")?,
        primary: f.opt_flag("primary")?,
        path: f.req_name("path")?,
        parameters: parameters(f.opt("parameters"), &what)?,
        signed_in_user: f.opt_flag("signed_in_user")?,
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

/// An operation; messages name it `family.operation` when it has a family.
fn operation(node: &Node, name: &Name, family: Option<&Name>) -> Result<OperationSpec> {
    let what = match family {
        Some(family) => format!("operation `{}.{}`", family.value, name.value),
        None => format!("operation `{}`", name.value),
    };
    let f = Fields::new(node, &what, name.span, OPERATION_KEYS)?;
    let summary = f.req_line("summary")?;
    let description = f.desc("description")?;
    let method = f.req_name("method")?;
    let (path_node, path_at) = f.req("path")?;
    let path = operation_path(path_node, &format!("`path` of {what}"), path_at)?;
    let parameters = parameters(f.opt("parameters"), &what)?;
    let (variants_node, variants_at) = f.req("variants")?;
    let variants = Spanned {
        value: names(variants_node, &format!("`variants` of {what}"), variants_at)?,
        span: variants_at,
    };
    let versions = f.names("versions")?;
    let headers = headers(f.opt("headers"), &what)?;
    let query = query_options(f.opt("query"), &what)?;
    let body = f
        .opt("body")
        .map(|(node, at)| body(node, &what, at))
        .transpose()?;
    let (response_node, response_at) = f.req("response")?;
    let response = response(response_node, &what, response_at)?;
    let (scopes_node, scopes_at) = f.req("scopes")?;
    let scopes = Spanned {
        value: scope_table(scopes_node, &what, scopes_at)?,
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

fn headers(field: Option<(&Node, Span)>, op: &str) -> Result<Entries<HeaderSpec>> {
    let Some((node, at)) = field else {
        return Ok(Vec::new());
    };
    entries(node, &format!("the headers of {op}"), at, |node, header| {
        let what = format!("header `{}` of {op}", header.value);
        let h = Fields::new(
            node,
            &what,
            header.span,
            &["required", "description", "status", "type"],
        )?;
        Ok(HeaderSpec {
            required: h.flag("required")?,
            description: h.desc("description")?,
            ty: h.opt_name("type")?,
            status: h
                .opt("status")
                .map(|(node, at)| status(scalar(node, &what, at)?, &format!("`status` of {what}")))
                .transpose()?,
        })
    })
}

fn query_options(field: Option<(&Node, Span)>, op: &str) -> Result<Entries<String>> {
    let Some((node, at)) = field else {
        return Ok(Vec::new());
    };
    entries(
        node,
        &format!("the query options of {op}"),
        at,
        |node, q| {
            description_of(
                node,
                &format!("the description of query option `{}` of {op}", q.value),
                q.span,
            )
        },
    )
}

fn body(node: &Node, op: &str, at: Span) -> Result<BodySpec> {
    let what = format!("the body of {op}");
    let b = Fields::new(
        node,
        &what,
        at,
        &["description", "fields", "resource", "accepts", "required"],
    )?;
    let description = b.desc("description")?;
    let content = match (b.opt("fields"), b.opt("resource")) {
        (Some((_, fields_at)), Some((_, resource_at))) => {
            return Err(Diagnostic::new(
                fields_at.max(resource_at),
                format!("{what} has both `fields` and `resource`; a body is either fields of its own or a resource with the properties the call `accepts`, not both"),
            ))
        }
        (Some((fields, fields_at)), None) => {
            if let Some(key) = ["accepts", "required"].into_iter().find(|k| b.opt(k).is_some()) {
                let (_, key_at) = b.req(key)?;
                return Err(Diagnostic::new(
                    key_at,
                    format!("{what} has `{key}` but no `resource`; `{key}` names properties of the resource the body is (`resource: NAME`), and a body of `fields` marks a required field with `required: true` on the field"),
                ));
            }
            let fields = entries(
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
            )?;
            BodyContent::Fields(fields)
        }
        (None, Some(_)) => {
            let resource = b.req_name("resource")?;
            let Some((accepts, accepts_at)) = b.opt("accepts") else {
                return Err(Diagnostic::new(
                    resource.span,
                    format!("{what} is resource `{}` but has no `accepts`; list the properties of `{}` the call accepts (`accepts: [roles, …]`)", resource.value, resource.value),
                ));
            };
            BodyContent::Resource {
                accepts: names(accepts, &format!("`accepts` of {what}"), accepts_at)?,
                required: b.names("required")?.unwrap_or_default(),
                resource,
            }
        }
        (None, None) => {
            if let Some(key) = ["accepts", "required"].into_iter().find(|k| b.opt(k).is_some()) {
                let (_, key_at) = b.req(key)?;
                return Err(Diagnostic::new(
                    key_at,
                    format!("{what} has `{key}` but no `resource`; `{key}` names properties of the resource the body is: add `resource: NAME`"),
                ));
            }
            return Err(Diagnostic::new(
                at,
                format!("{what} is missing the key `fields` (or `resource` with `accepts`)"),
            ));
        }
    };
    Ok(BodySpec {
        description,
        content,
        span: at,
    })
}

fn scope_table(node: &Node, op: &str, at: Span) -> Result<Entries<ScopeListSpec>> {
    entries(node, &format!("the scopes of {op}"), at, |node, ty| {
        scope_list(node, &format!("the `{}` scopes of {op}", ty.value), ty.span)
    })
}

fn response(node: &Node, op: &str, at: Span) -> Result<ResponseSpec> {
    let what = format!("the response of {op}");
    let f = Fields::new(node, &what, at, &["type", "shape", "statuses"])?;
    let ty = f.opt_name("type")?;
    let shape = f.req_name("shape")?;
    let (statuses_node, statuses_at) = f.req("statuses")?;
    let statuses = match statuses_node {
        // A null `statuses:` is an empty mapping; `validate` says it needs one.
        Node::Scalar(s) if is_null(s) => Vec::new(),
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
                            description: f.desc("description")?,
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
        Node::Scalar(s) if s.as_str() == crate::vocab::NOT_SUPPORTED => Ok(ScopeListSpec::NotSupported),
        Node::Sequence(_) => Ok(ScopeListSpec::Scopes(names(node, what, at)?)),
        other => Err(Diagnostic::new(
            value_span(other, at),
            format!(
                "expected a list of scopes (least privileged first) or `not supported` for {what}, found {}",
                match other {
                    Node::Scalar(s) if s.as_str().is_empty() => "nothing".to_owned(),
                    Node::Scalar(s) if is_null(s) => {
                        format!("`{}`, which YAML reads as null (nothing)", s.as_str())
                    }
                    Node::Scalar(s) => format!("`{}`", s.as_str()),
                    other => kind(other).to_owned(),
                }
            ),
        )),
    }
}
