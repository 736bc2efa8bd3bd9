//! The path variants and operations of a family, with everything an operation holds: its
//! parameters, headers, query options, body, response and scope table.

use marked_yaml::Node;

use super::scalar::*;
use super::{property, Result};
use crate::error::{Diagnostic, Span};
use crate::spec::*;

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
pub(super) fn variant(node: &Node, name: &Name, family: Option<&Name>) -> Result<VariantSpec> {
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
pub(super) fn operation(node: &Node, name: &Name, family: Option<&Name>) -> Result<OperationSpec> {
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
