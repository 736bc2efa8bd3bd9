//! The items of `operations` and `endpoints`: family modules, marker types, request options,
//! bodies, and one function per (operation, path variant) with its arguments.
//!
//! The naming rule: in the families form, a family's items live in a module named after it
//! (`driveItem` → `drive_item`) in `operations`, `endpoints` and `scopes`; in the old form,
//! at the module root. An endpoint function is named after the operation alone through the
//! family's primary variant (`list`), and after the operation and the variant otherwise
//! (`list_me`). Names are unique within their module: a clash is an error at the second.

use super::api::{
    Arg, BodyStruct, EndpointFn, FamilyItem, OperationItem, PathVariant, RequestOption, Struct,
};
use super::namespaces::Namespace;
use super::{Builder, Ident, ModuleKind, RustType};
use crate::error::Diagnostic;
use crate::model::{Id, Operation, Parameter, ParameterType, Select, Shape, Variant};

/// Whether a type has a `Default`: a body with such required fields derives one.
fn defaultable(ty: &crate::model::Type) -> bool {
    use crate::model::{Primitive, Type};
    match ty {
        Type::Primitive(p) => *p != Primitive::DateTimeOffset,
        Type::Enum(_) => false,
        Type::Resource(_) | Type::Collection(_) => true,
    }
}

/// The name every generated module gives the runtime (`use … as rt;`): no family module may
/// take it.
const RUNTIME_ALIAS: &str = "rt";

impl Builder<'_> {
    /// The families, each with its module: distinct, and none called `rt`.
    pub(super) fn families(&mut self) -> Vec<FamilyItem> {
        let model = self.model;
        let mut modules = Namespace::default();
        let mut out = Vec::new();
        for f in &model.families {
            let module = f.wire.as_ref().map(|wire| {
                let what = format!("family `{wire}`");
                let ident = self.name(wire, f.span, "family", Ident::new_value);
                if ident == *RUNTIME_ALIAS {
                    self.diagnostics.push(Diagnostic::new(
                        f.span,
                        format!("{what} becomes the module `{RUNTIME_ALIAS}`, the name every generated module gives the runtime; rename it"),
                    ));
                }
                let claim = modules.claim(&ident, what, f.span);
                self.report(claim);
                ident
            });
            out.push(FamilyItem {
                wire: f.wire.clone(),
                module,
                description: f.description.clone(),
                primary: f.primary.map(|v| model.variants[v].wire.clone()),
            });
        }
        out
    }

    /// The path variants, with the arguments their parameters become.
    pub(super) fn variants(&mut self, families: &[FamilyItem]) -> Vec<(PathVariant, Vec<Arg>)> {
        let model = self.model;
        model
            .variants
            .iter()
            .map(|v| {
                let family = families.get(v.family.index());
                let what = match family.and_then(|f| f.wire.as_deref()) {
                    Some(f) => format!("path variant `{}` of family `{f}`", v.wire),
                    None => format!("path variant `{}`", v.wire),
                };
                let ident = self.name(&v.wire, v.span, "path variant", Ident::new_value);
                let args = self.args(&v.parameters, &what);
                let variant = PathVariant {
                    family: family.and_then(|f| f.wire.clone()),
                    module: family.and_then(|f| f.module.clone()),
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
        families: &[FamilyItem],
        variants: &[(PathVariant, Vec<Arg>)],
        structs: &mut [Struct],
    ) -> Vec<OperationItem> {
        let model = self.model;
        // Per family: its endpoint functions, and (in a family's module) its types. The old
        // form's types share the one namespace of every generated type.
        let mut functions: Vec<Namespace> = families.iter().map(|_| Namespace::default()).collect();
        let mut types: Vec<Namespace> = families.iter().map(|_| Namespace::default()).collect();
        model
            .operations
            .iter()
            .map(|op| {
                let i = op.family.index();
                let family = families.get(i);
                match (functions.get_mut(i), types.get_mut(i), family) {
                    (Some(functions), Some(types), Some(family)) => {
                        self.operation(op, family, variants, structs, (functions, types))
                    }
                    _ => self.operation(
                        op,
                        &FamilyItem {
                            wire: None,
                            module: None,
                            description: String::new(),
                            primary: None,
                        },
                        variants,
                        structs,
                        (&mut Namespace::default(), &mut Namespace::default()),
                    ),
                }
            })
            .collect()
    }

    /// Claims the name of an operation's type: in its family's module, or, in the old form,
    /// among every generated type.
    fn claim_operation_type(
        &mut self,
        family: &FamilyItem,
        types: &mut Namespace,
        ident: &Ident,
        what: String,
        span: crate::error::Span,
    ) {
        if family.module.is_some() {
            let claim = types.claim(ident, what, span);
            self.report(claim);
        } else {
            self.claim_type(ident, what, span);
        }
    }

    fn operation(
        &mut self,
        op: &Operation,
        family: &FamilyItem,
        variants: &[(PathVariant, Vec<Arg>)],
        structs: &mut [Struct],
        (functions, types): (&mut Namespace, &mut Namespace),
    ) -> OperationItem {
        let what = match &family.wire {
            Some(f) => format!("operation `{f}.{}`", op.wire),
            None => format!("operation `{}`", op.wire),
        };
        let marker = self.name(&op.wire, op.span, "operation", Ident::new_type);
        self.claim_operation_type(family, types, &marker, what.clone(), op.span);
        self.name(&op.wire, op.span, "operation", Ident::new_value);
        let args = self.args(&op.parameters, &what);
        let body = op.body.as_ref().map(|b| (marker.with_suffix("Body"), b));
        let body_type = body.as_ref().map(|(ident, _)| match &family.module {
            Some(module) => RustType::Nested(ModuleKind::Operations, module.clone(), ident.clone()),
            None => RustType::Generated(ModuleKind::Operations, ident.clone()),
        });
        let endpoints = op
            .endpoints
            .iter()
            .filter_map(|e| {
                let (variant, variant_args) = variants.get(e.variant.index())?;
                let path = &self.model.variants[e.variant];
                Some(self.endpoint(
                    (op, &what),
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
            self.claim_operation_type(
                family,
                types,
                &ident,
                format!("the body of {what}"),
                op.span,
            );
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
                resource: b.resource.map(|r| self.model.resources[r].wire.clone()),
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
            family: family.wire.clone(),
            module: family.module.clone(),
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
    /// operation's, each name once; named after the operation alone through the family's
    /// primary variant, after both otherwise; its name unique in its module.
    fn endpoint(
        &mut self,
        (op, what): (&Operation, &str),
        at: crate::error::Span,
        (variant, variant_args, path): (&PathVariant, &[Arg], &Variant),
        args: &[Arg],
        body: &Option<RustType>,
        functions: &mut Namespace,
    ) -> EndpointFn {
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
        let ident = if path.primary {
            Ident::new_value(&op.wire)
        } else {
            Ident::joined_value(&op.wire, &variant.wire)
        }
        .unwrap_or_else(|| Ident::fixed("invalid"));
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
            let field = match (q.option.names_fields(), &op.select) {
                (true, Some(select)) => self
                    .select_enum(select, structs)
                    .map(|field| ("Field", field)),
                _ => None,
            };
            out.push(RequestOption {
                wire: q.option.as_str().to_owned(),
                description: q.description.clone(),
                runtime_trait,
                method,
                field,
                required: false,
            });
        }
        for h in &op.headers {
            if let Some((runtime_trait, method)) = h.role.request_method() {
                let value = h.role.takes_value().then(|| match h.value {
                    Some(e) => self.rust_type(&crate::model::Type::Enum(e)),
                    None => RustType::Std("String"),
                });
                out.push(RequestOption {
                    wire: h.wire.clone(),
                    description: h.description.clone(),
                    runtime_trait,
                    method,
                    field: value.map(|v| ("Value", v)),
                    required: h.required,
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
