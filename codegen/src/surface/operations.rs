//! The items of `operations` and `endpoints`: marker types, request options, bodies, and
//! one function per (operation, path variant) with its arguments.

use super::api::{Arg, BodyStruct, EndpointFn, OperationItem, PathVariant, RequestOption, Struct};
use super::namespaces::Namespace;
use super::{Builder, Ident, ModuleKind, RustType};
use crate::model::{Id, Operation, Parameter, ParameterType, QueryOption, Select, Shape, Variant};

/// Whether a type has a `Default`: a body with such required fields derives one.
fn defaultable(ty: &crate::model::Type) -> bool {
    use crate::model::{Primitive, Type};
    match ty {
        Type::Primitive(p) => *p != Primitive::DateTimeOffset,
        Type::Enum(_) => false,
        Type::Resource(_) | Type::Collection(_) => true,
    }
}

impl Builder<'_> {
    /// The path variants, with the arguments their parameters become.
    pub(super) fn variants(&mut self) -> Vec<(PathVariant, Vec<Arg>)> {
        let model = self.model;
        model
            .variants
            .iter()
            .map(|v| {
                let what = format!("path variant `{}`", v.wire);
                let ident = self.name(&v.wire, v.span, "path variant", Ident::new_value);
                let args = self.args(&v.parameters, &what);
                let variant = PathVariant {
                    wire: v.wire.clone(),
                    ident,
                    description: v.description.clone(),
                };
                (variant, args)
            })
            .collect()
    }

    /// The arguments path parameters become: distinct, and none called `body`.
    fn args(&mut self, parameters: &[Parameter], what: &str) -> Vec<Arg> {
        let mut idents = Namespace::default();
        let mut out = Vec::new();
        for p in parameters {
            let ident = self.name(&p.wire, p.span, "path parameter", Ident::new_value);
            let claim = idents.claim(&ident, format!("parameter `{}` of {what}", p.wire), p.span);
            self.report(claim);
            if ident == *"body" {
                self.diagnostics.push(crate::error::Diagnostic::new(
                    p.span,
                    format!("parameter `{}` of {what} becomes `body`, the name of the endpoint functions' body argument; rename it", p.wire),
                ));
            }
            let ty = match p.ty {
                ParameterType::String => RustType::Str,
                ParameterType::SharingUrl => RustType::Runtime("SharingUrl"),
            };
            out.push(Arg {
                wire: p.wire.clone(),
                ident,
                description: p.description.clone(),
                ty: ty.by_ref(),
                style: p.style,
                param_type: p.ty,
            });
        }
        out
    }

    pub(super) fn operations(
        &mut self,
        variants: &[(PathVariant, Vec<Arg>)],
        structs: &mut [Struct],
    ) -> Vec<OperationItem> {
        let model = self.model;
        let mut functions = Namespace::default();
        model
            .operations
            .iter()
            .map(|op| self.operation(op, variants, structs, &mut functions))
            .collect()
    }

    fn operation(
        &mut self,
        op: &Operation,
        variants: &[(PathVariant, Vec<Arg>)],
        structs: &mut [Struct],
        functions: &mut Namespace,
    ) -> OperationItem {
        let what = format!("operation `{}`", op.wire);
        let marker = self.name(&op.wire, op.span, "operation", Ident::new_type);
        self.claim_type(&marker, what.clone(), op.span);
        self.name(&op.wire, op.span, "operation", Ident::new_value);
        let args = self.args(&op.parameters, &what);
        let body = op.body.as_ref().map(|b| (marker.with_suffix("Body"), b));
        let body_type = body
            .as_ref()
            .map(|(ident, _)| RustType::Generated(ModuleKind::Operations, ident.clone()));
        let endpoints = op
            .endpoints
            .iter()
            .filter_map(|e| {
                let (variant, variant_args) = variants.get(e.variant.index())?;
                let path = &self.model.variants[e.variant];
                Some(self.endpoint(
                    op,
                    e.span,
                    (variant, variant_args, path),
                    &args,
                    &body_type,
                    functions,
                ))
            })
            .collect();
        let options = self.options(op, structs);
        let body = body.map(|(ident, b)| {
            self.claim_type(&ident, format!("the body of {what}"), op.span);
            let fields: Vec<_> = b.fields.iter().map(|f| self.field(f, false)).collect();
            let spans: Vec<_> = b.fields.iter().map(|f| f.span).collect();
            self.check_fields(&fields, &spans, &format!("the body of {what}"));
            let body_what = format!("the body of {what}");
            let new = [(
                "new".to_owned(),
                format!("the constructor `new` of {body_what}"),
            )];
            self.check_setters(&fields, &spans, &body_what, op.span, &new);
            let default = b.fields.iter().all(|f| !f.required || defaultable(&f.ty));
            BodyStruct {
                ident,
                description: b.description.clone(),
                fields,
                exhaustive: super::models::EXHAUSTIVE,
                default,
            }
        });
        let output = match (op.response.shape, op.response.resource) {
            (Shape::Single, Some(r)) => self.rust_type(&crate::model::Type::Resource(r)),
            (Shape::Collection, Some(r)) => self.rust_type(&crate::model::Type::Resource(r)).page(),
            _ => RustType::Unit,
        };
        OperationItem {
            wire: op.wire.clone(),
            allows: marker.with_prefix("Allows"),
            marker,
            summary: op.summary.clone(),
            description: op.description.clone(),
            method: op.method,
            path: op.path.clone(),
            availability: op.availability.clone(),
            endpoints,
            shape: op.response.shape,
            output,
            statuses: op.response.statuses.clone(),
            scopes: op.scopes.clone(),
            options,
            body,
        }
    }

    /// The function of an operation through a variant: the variant's arguments, then the
    /// operation's, each name once; its name unique among all endpoint functions.
    fn endpoint(
        &mut self,
        op: &Operation,
        at: crate::error::Span,
        (variant, variant_args, path): (&PathVariant, &[Arg], &Variant),
        args: &[Arg],
        body: &Option<RustType>,
        functions: &mut Namespace,
    ) -> EndpointFn {
        let what = format!("operation `{}`", op.wire);
        let mut names = Namespace::default();
        for (a, p) in variant_args.iter().zip(&path.parameters) {
            // Clashes within the variant were reported with the variant.
            let _ = names.claim(
                &a.ident,
                format!("parameter `{}` of path variant `{}`", a.wire, variant.wire),
                p.span,
            );
        }
        for a in args {
            let claim = names.claim(&a.ident, format!("parameter `{}` of {what}", a.wire), at);
            self.report(claim);
        }
        let ident =
            Ident::joined_value(&op.wire, &variant.wire).unwrap_or_else(|| Ident::fixed("invalid"));
        let claim = functions.claim(
            &ident,
            format!("{what} through path variant `{}`", variant.wire),
            at,
        );
        self.report(claim);
        EndpointFn {
            ident,
            variant: variant.wire.clone(),
            template: path.path.join(&op.path),
            args: variant_args.iter().chain(args).cloned().collect(),
            body: body.clone(),
            signed_in_user: path.signed_in_user,
        }
    }

    /// The query options, then the optional headers, in spec order: a runtime trait each.
    fn options(&mut self, op: &Operation, structs: &mut [Struct]) -> Vec<RequestOption> {
        let mut out = Vec::new();
        for q in &op.query {
            let (runtime_trait, method) = q.option.request_method();
            let field = match (q.option, &op.select) {
                (QueryOption::Select, Some(select)) => self.select_enum(select, structs),
                _ => None,
            };
            out.push(RequestOption {
                wire: q.option.as_str().to_owned(),
                description: q.description.clone(),
                runtime_trait,
                method,
                field,
            });
        }
        for h in &op.headers {
            if let Some((runtime_trait, method)) = h.role.request_method() {
                out.push(RequestOption {
                    wire: h.wire.clone(),
                    description: h.description.clone(),
                    runtime_trait,
                    method,
                    field: None,
                });
            }
        }
        out
    }

    /// The `$select` enum of the resource an operation selects from, claimed by the first
    /// operation that selects it.
    fn select_enum(&mut self, select: &Select, structs: &mut [Struct]) -> Option<RustType> {
        let s = structs.get_mut(select.resource.index())?;
        let field = match &s.select {
            Some(field) => field.clone(),
            None => {
                let field = s.ident.with_suffix("Field");
                let what = format!("the `$select` fields of resource `{}`", s.wire);
                s.select = Some(field.clone());
                self.claim_type(&field, what, select.span);
                field
            }
        };
        Some(RustType::Generated(ModuleKind::Models, field))
    }
}
