//! Operations: method, path, variants, headers, query options and body. The response and
//! the permission table have files of their own.

use std::collections::HashSet;

use super::{listing, Checker};
use crate::model::{
    Body, Endpoint, Header, KnownHeader, Method, Model, Operation, QueryOption, QueryParam,
    Response, Select,
};
use crate::spec::{self, Name, Spanned};

impl Checker {
    pub(super) fn operation(
        &mut self,
        name: &Name,
        op: &spec::OperationSpec,
        model: &Model,
    ) -> Operation {
        let what = format!("operation `{}`", name.value);
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
        let (path, parameters) = self.path(&op.path, &op.parameters, &what);
        let endpoints = self.endpoints(&op.variants, &what, model);
        let availability = self.availability(&op.versions, &what);
        let headers = self.headers(&op.headers, &what);
        let response = self.response(&op.response, &what, &availability);
        let (query, select) = self.query(&op.query, &response, &what);
        let body = op.body.as_ref().map(|b| Body {
            description: b.description.clone(),
            fields: b
                .fields
                .iter()
                .map(|(n, f)| self.property(n, f, "body field", &what))
                .collect(),
        });
        let scopes = self.scope_table(&op.scopes, &what);
        Operation {
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

    /// The path variants an operation is reached through: defined, each once.
    fn endpoints(
        &mut self,
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
            let Some(&variant) = self.variants.get(&vname.value) else {
                let defined = listing(model.variants.iter().map(|v| v.wire.as_str()));
                self.error(
                    vname.span,
                    format!(
                        "{what} uses path variant `{}`, which is not defined (defined: {defined})",
                        vname.value,
                    ),
                );
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
            out.push(Header {
                wire: name.value.clone(),
                description: h.description.clone(),
                required: h.required,
                role,
                status: expected,
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
            if option == QueryOption::Select {
                let Some(resource) = response.resource else {
                    self.error(
                        name.span,
                        format!("{what} offers `$select` but returns no resource to select from"),
                    );
                    continue;
                };
                select = Some(Select {
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
