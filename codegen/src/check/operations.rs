//! Operations: method, path, variants, headers, query options and body. The response and
//! the permission table have files of their own.

use std::collections::HashSet;

use super::{listing, Checker};
use crate::model::{
    Body, Endpoint, FamilyId, Header, KnownHeader, Method, Model, Operation, Property, QueryOption,
    QueryParam, Response, Select,
};
use crate::spec::{self, Name, Spanned};

impl Checker {
    pub(super) fn operation(
        &mut self,
        family: FamilyId,
        name: &Name,
        op: &spec::OperationSpec,
        model: &Model,
    ) -> Operation {
        let what = match &model.families[family].wire {
            Some(f) => format!("operation `{f}.{}`", name.value),
            None => format!("operation `{}`", name.value),
        };
        let method = Method::parse(&op.method.value).unwrap_or_else(|| {
            self.error(
                op.method.span,
                format!(
                    "{what} has the HTTP method `{}`; expected one of: {}",
                    op.method.value,
                    Method::spellings().collect::<Vec<_>>().join(", ")
                ),
            );
            Method::Get
        });
        let (path, parameters) = self.path(&op.path, &op.parameters, &what, true);
        let endpoints = self.endpoints(family, &op.variants, &what, model);
        let availability = self.availability(&op.versions, &what);
        let headers = self.headers(&op.headers, &what);
        let response = self.response(&op.response, &what, &availability);
        let (query, select) = self.query(&op.query, &response, &what);
        let body = op.body.as_ref().map(|b| self.body(b, &what, model));
        let scopes = self.scope_table(&op.scopes, &what);
        Operation {
            family,
            wire: name.value.clone(),
            summary: op.summary.clone(),
            description: op.description.clone(),
            method,
            path,
            parameters,
            endpoints,
            availability,
            headers,
            query,
            select,
            body,
            response,
            scopes,
            span: name.span,
        }
    }

    /// The path variants an operation is reached through: of its own family, each once.
    fn endpoints(
        &mut self,
        family: FamilyId,
        variants: &Spanned<Vec<Name>>,
        what: &str,
        model: &Model,
    ) -> Vec<Endpoint> {
        if variants.value.is_empty() {
            self.error(
                variants.span,
                format!("{what} has no path variants; list at least one"),
            );
        }
        let mut endpoints: Vec<Endpoint> = Vec::new();
        for vname in &variants.value {
            let Some(&variant) = self.variants.get(&(family, vname.value.clone())) else {
                let own = listing(
                    model
                        .variants
                        .iter()
                        .filter(|v| v.family == family)
                        .map(|v| v.wire.as_str()),
                );
                let elsewhere = model
                    .variants
                    .iter()
                    .find(|v| v.wire == vname.value)
                    .and_then(|v| model.families[v.family].wire.as_deref());
                let message = match (elsewhere, &model.families[family].wire) {
                    (Some(other), Some(own_family)) => format!(
                        "{what} uses path variant `{}`, which is a variant of family `{other}`; an operation is reached through the variants of its own family (`{own_family}`: {own})",
                        vname.value,
                    ),
                    _ => format!(
                        "{what} uses path variant `{}`, which is not defined (defined: {own})",
                        vname.value,
                    ),
                };
                self.error(vname.span, message);
                continue;
            };
            if endpoints.iter().any(|e| e.variant == variant) {
                self.error(
                    vname.span,
                    format!("{what} lists path variant `{}` twice", vname.value),
                );
                continue;
            }
            endpoints.push(Endpoint {
                variant,
                span: vname.span,
            });
        }
        endpoints
    }

    /// Headers the client knows, each once; a conditional one is optional and makes Graph
    /// answer its own status.
    fn headers(&mut self, headers: &spec::Entries<spec::HeaderSpec>, what: &str) -> Vec<Header> {
        let mut seen = HashSet::new();
        let mut out = Vec::new();
        for (name, h) in headers {
            if !seen.insert(name.value.to_ascii_lowercase()) {
                self.error(
                    name.span,
                    format!(
                        "{what} lists header `{}` twice (header names ignore case)",
                        name.value
                    ),
                );
                continue;
            }
            let Some(role) = KnownHeader::parse_ignoring_case(&name.value) else {
                self.error(
                    name.span,
                    format!(
                        "header `{}` of {what} is not one the client knows how to send (known: {})",
                        name.value,
                        KnownHeader::ALL
                            .iter()
                            .map(|h| h.conventional())
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                );
                continue;
            };
            let expected = role.status();
            if let Some(status) = &h.status {
                if Some(status.value) != expected {
                    let message = match expected {
                        Some(e) => format!(
                            "header `{}` of {what} makes Graph answer {e}, not {}",
                            name.value, status.value
                        ),
                        None => format!(
                            "header `{}` of {what} is not conditional; remove its `status`",
                            name.value
                        ),
                    };
                    self.error(status.span, message);
                }
            }
            if expected.is_some() && h.required {
                self.error(
                    name.span,
                    format!(
                        "header `{}` of {what} is conditional, so it cannot be required",
                        name.value
                    ),
                );
            }
            let value =
                h.ty.as_ref()
                    .and_then(|ty| self.header_type(ty, role, &name.value, what));
            out.push(Header {
                wire: name.value.clone(),
                description: h.description.clone(),
                required: h.required,
                role,
                status: expected,
                value,
            });
        }
        out
    }

    /// The query options the client supports; `$select` needs a resource to select from.
    fn query(
        &mut self,
        query: &spec::Entries<String>,
        response: &Response,
        what: &str,
    ) -> (Vec<QueryParam>, Option<Select>) {
        let mut options = Vec::new();
        let mut select = None;
        for (name, description) in query {
            let Some(option) = QueryOption::parse(&name.value) else {
                self.error(
                    name.span,
                    format!(
                        "query option `{}` of {what} is not one the client supports (supported: {})",
                        name.value,
                        QueryOption::spellings().collect::<Vec<_>>().join(", ")
                    ),
                );
                continue;
            };
            if option.names_fields() {
                let Some(resource) = response.resource else {
                    self.error(
                        name.span,
                        format!(
                            "{what} offers `{option}` but returns no resource {}",
                            match option {
                                QueryOption::OrderBy => "to order by",
                                QueryOption::Expand => "to expand from",
                                _ => "to select from",
                            }
                        ),
                    );
                    continue;
                };
                select.get_or_insert(Select {
                    resource,
                    description: description.clone(),
                    span: name.span,
                });
            }
            options.push(QueryParam {
                option,
                description: description.clone(),
                span: name.span,
            });
        }
        (options, select)
    }
}

impl Checker {
    /// The enum a header's value is (`type:`): only a header the caller sets with a value
    /// (`prefer`, `consistencylevel`) has one.
    fn header_type(
        &mut self,
        ty: &Name,
        role: KnownHeader,
        header: &str,
        what: &str,
    ) -> Option<crate::model::EnumId> {
        if !role.takes_value() {
            let valued: Vec<&str> = KnownHeader::ALL
                .iter()
                .filter(|h| h.takes_value())
                .map(|h| h.as_str())
                .collect();
            self.error(
                ty.span,
                format!(
                    "header `{header}` of {what} has a `type`, but only a header the caller gives a value ({}) takes one",
                    valued.join(", ")
                ),
            );
            return None;
        }
        let found = self.enums.get(&ty.value).copied();
        if found.is_none() {
            let known = listing(Checker::sorted(&self.enums));
            self.error(
                ty.span,
                format!(
                    "header `{header}` of {what} has type `{}`, which is not an enum (enums: {known}); a header's value is text, or one of an enum's values",
                    ty.value
                ),
            );
        }
        found
    }

    /// A request body: its own fields, or the properties of a resource the call accepts
    /// (with the resource's types and descriptions; read-only ignored: the call accepts them).
    fn body(&mut self, b: &spec::BodySpec, what: &str, model: &Model) -> Body {
        let (accepts, required, resource) = match &b.content {
            spec::BodyContent::Fields(fields) => {
                return Body {
                    description: b.description.clone(),
                    fields: fields
                        .iter()
                        .map(|(n, f)| self.property(n, f, "body field", what))
                        .collect(),
                    resource: None,
                }
            }
            spec::BodyContent::Resource {
                resource,
                accepts,
                required,
            } => (accepts, required, resource),
        };
        let Some(&id) = self.resources.get(&resource.value) else {
            let known = listing(Checker::sorted(&self.resources));
            self.error(
                resource.span,
                format!(
                    "the body of {what} is resource `{}`, which is not a resource (resources: {known})",
                    resource.value
                ),
            );
            return Body {
                description: b.description.clone(),
                fields: Vec::new(),
                resource: None,
            };
        };
        let r = &model.resources[id];
        if accepts.is_empty() {
            self.error(
                b.span,
                format!(
                    "the body of {what} accepts no property of `{}`; list at least one in `accepts`",
                    resource.value
                ),
            );
        }
        let fields = self.accepted(r, (accepts, required), what);
        Body {
            description: b.description.clone(),
            fields,
            resource: Some(id),
        }
    }

    /// The properties of `r` a resource body accepts, as its fields: read-only ignored (the
    /// call accepts them), `required` set where the body says so.
    fn accepted(
        &mut self,
        r: &crate::model::Resource,
        (accepts, required): (&[Name], &[Name]),
        what: &str,
    ) -> Vec<Property> {
        let mut fields: Vec<Property> = Vec::new();
        for name in accepts {
            if fields.iter().any(|f| f.wire == name.value) {
                self.error(
                    name.span,
                    format!(
                        "`accepts` of the body of {what} lists `{}` twice",
                        name.value
                    ),
                );
                continue;
            }
            let Some(p) = r.properties.iter().find(|p| p.wire == name.value) else {
                self.error(
                    name.span,
                    format!(
                        "`accepts` of the body of {what} names `{}`, which resource `{}` does not have (it has: {})",
                        name.value,
                        r.wire,
                        listing(r.properties.iter().map(|p| p.wire.as_str()))
                    ),
                );
                continue;
            };
            fields.push(Property {
                read_only: false,
                required: false,
                span: name.span,
                ..p.clone()
            });
        }
        for name in required {
            match fields.iter_mut().find(|f| f.wire == name.value) {
                Some(f) => f.required = true,
                None => self.error(
                    name.span,
                    format!(
                        "`required` of the body of {what} names `{}`, which is not in its `accepts`",
                        name.value
                    ),
                ),
            }
        }
        fields
    }
}
