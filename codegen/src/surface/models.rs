//! The items of `models` and `scopes::Scope`: names for scopes, enums, resources, their
//! fields, facet kinds; field types.

use super::api::{
    Deprecated, Field, KindEnum, KindVariant, ScopeVariant, Struct, WireEnum, WireValue,
};
use super::namespaces::Namespace;
use super::{Builder, Ident};
use crate::error::Span;
use crate::model::{Items, Property, PropertyId, Resource, ScopeId};

/// Whether generated structs may be built with struct literals outside the crate. They are
/// `#[non_exhaustive]`, built with `Default` or `new` and setters, so that a property Graph
/// adds is a minor change.
pub(super) const EXHAUSTIVE: bool = false;

impl Builder<'_> {
    pub(super) fn scopes(&mut self) -> Items<ScopeId, ScopeVariant> {
        let mut idents = Namespace::default();
        let mut out = Items::default();
        for s in &self.model.scopes {
            let ident = self.name(&s.wire, s.span, "scope", Ident::new_type);
            let claim = idents.claim(&ident, format!("scope `{}`", s.wire), s.span);
            self.report(claim);
            out.push(ScopeVariant {
                wire: s.wire.clone(),
                ident,
                description: s.description.clone(),
            });
        }
        out
    }

    pub(super) fn enums(&mut self) -> Vec<WireEnum> {
        let mut out = Vec::new();
        for e in &self.model.enums {
            let what = format!("enum `{}`", e.wire);
            let ident = self.name(&e.wire, e.span, "enum", Ident::new_type);
            self.claim_type(&ident, what.clone(), e.span);
            let mut variants = Namespace::default();
            let unknown = variants.claim(
                "Unknown",
                format!("the variant of {what} that keeps values the spec does not know"),
                e.span,
            );
            self.report(unknown);
            let values = e
                .values
                .iter()
                .map(|v| {
                    let ident = self.name(&v.wire, v.span, "enum value", Ident::new_type);
                    let claim =
                        variants.claim(&ident, format!("value `{}` of {what}", v.wire), v.span);
                    self.report(claim);
                    WireValue {
                        wire: v.wire.clone(),
                        ident,
                        description: v.description.clone(),
                        availability: v.availability.clone(),
                    }
                })
                .collect();
            self.enum_idents.push(ident.clone());
            out.push(WireEnum {
                wire: e.wire.clone(),
                ident,
                description: e.description.clone(),
                values,
            });
        }
        out
    }

    /// The model structs. Their names are all chosen before any field's type is, since a
    /// field may name a resource defined later.
    pub(super) fn structs(&mut self) -> Vec<Struct> {
        let model = self.model;
        let idents: Vec<Ident> = model
            .resources
            .iter()
            .map(|r| {
                let ident = self.name(&r.wire, r.span, "resource", Ident::new_type);
                self.claim_type(&ident, format!("resource `{}`", r.wire), r.span);
                ident
            })
            .collect();
        self.resource_idents = idents.clone();
        model
            .resources
            .iter()
            .zip(idents)
            .map(|(r, ident)| self.resource_struct(r, ident))
            .collect()
    }

    fn resource_struct(&mut self, r: &Resource, ident: Ident) -> Struct {
        let what = format!("resource `{}`", r.wire);
        let fields: Items<PropertyId, Field> = r
            .properties
            .iter()
            .map(|p| self.field(p, super::boxing::boxed(p)))
            .collect();
        let spans: Vec<Span> = r.properties.iter().map(|p| p.span).collect();
        self.check_fields(&fields, &spans, &what);
        let kind = self.kind_enum(r, &ident, &what);
        let mut methods: Vec<(String, String)> = r
            .one_of
            .iter()
            .map(|&p| {
                let ctor = fields[p].ident.with_prefix("from_");
                (
                    ctor.to_string(),
                    format!("the constructor `{ctor}` of {what}"),
                )
            })
            .collect();
        if kind.is_some() {
            methods.push((
                "kind".to_owned(),
                format!("the `kind()` accessor of {what}"),
            ));
        }
        self.check_setters(fields.iter(), &spans, &what, r.span, &methods);
        Struct {
            wire: r.wire.clone(),
            ident,
            description: r.description.clone(),
            fields,
            one_of: r.one_of.clone(),
            kind,
            select: None,
            exhaustive: EXHAUSTIVE,
        }
    }

    /// A field of a model or body struct.
    pub(super) fn field(&mut self, p: &Property, boxed: bool) -> Field {
        let ident = self.name(&p.wire, p.span, "property", Ident::new_value);
        let value = self.rust_type(&p.ty);
        let value = if boxed { value.boxed() } else { value };
        Field {
            wire: p.wire.clone(),
            ident,
            select_variant: Ident::new_type(&p.wire).unwrap_or_else(|| Ident::fixed("invalid")),
            ty: if p.required {
                value.clone()
            } else {
                value.clone().option()
            },
            value,
            description: p.description.clone(),
            read_only: p.read_only,
            required: p.required,
            deprecated: p.deprecated.as_ref().map(|d| Deprecated {
                replacement: Ident::new_value(&d.replacement_wire)
                    .unwrap_or_else(|| Ident::fixed("invalid")),
                replacement_wire: d.replacement_wire.clone(),
                note: d.note.clone(),
            }),
            availability: p.availability.clone(),
        }
    }

    /// The fields of a struct: unique Rust names, `extra` kept for unknown properties.
    pub(super) fn check_fields<'f>(
        &mut self,
        fields: impl IntoIterator<Item = &'f Field>,
        spans: &[Span],
        what: &str,
    ) {
        let mut idents = Namespace::default();
        let mut wires = Namespace::default();
        // The `$select` enum's variants: distinct whenever the field names are, so a clash
        // there is only reported when the fields did not clash already.
        let mut variants = Namespace::default();
        for (p, &span) in fields.into_iter().zip(spans) {
            let wire = wires.claim(&p.wire, format!("property `{}` of {what}", p.wire), span);
            self.report(wire);
            let claimed = idents.claim(&p.ident, format!("property `{}` of {what}", p.wire), span);
            if claimed.is_ok() {
                let variant = variants.claim(
                    &p.select_variant,
                    format!("property `{}` of {what} (as a `$select` variant)", p.wire),
                    span,
                );
                self.report(variant);
            }
            self.report(claimed);
        }
        if let Some((wire, span)) = idents.claimed("extra").cloned() {
            self.diagnostics.push(crate::error::Diagnostic::new(
                span,
                format!("{wire} becomes the Rust field `extra`, which every generated struct uses for the JSON properties the spec does not know; rename it"),
            ));
        }
    }

    /// A struct's setters (one per field, named like it) against its other methods.
    pub(super) fn check_setters<'f>(
        &mut self,
        fields: impl IntoIterator<Item = &'f Field>,
        spans: &[Span],
        what: &str,
        at: Span,
        methods: &[(String, String)],
    ) {
        let mut names = Namespace::default();
        for (name, method) in methods {
            let _ = names.claim(name, method.clone(), at);
        }
        // Setters clash with each other exactly when their fields do: that is reported with
        // the fields.
        for (f, &span) in fields.into_iter().zip(spans) {
            if names.claimed(f.ident.as_str()).is_some() {
                let claim = names.claim(
                    &f.ident,
                    format!("the setter of property `{}` of {what}", f.wire),
                    span,
                );
                self.report(claim);
            }
        }
    }

    /// The kind enum of a resource with facets.
    fn kind_enum(&mut self, r: &Resource, ident: &Ident, what: &str) -> Option<KindEnum> {
        let mut names = Namespace::default();
        let mut kinds: Vec<KindVariant> = Vec::new();
        let mut facets = Vec::new();
        for f in &r.facets {
            let kind_ident = self.name(&f.kind_wire, f.kind_span, "facet kind", Ident::new_type);
            // Several facets may signal one kind; only the first claims the name.
            let k = match kinds.iter().position(|k| k.wire == f.kind_wire) {
                Some(k) => k,
                None => {
                    let claim = names.claim(
                        &kind_ident,
                        format!("facet kind `{}`", f.kind_wire),
                        f.kind_span,
                    );
                    self.report(claim);
                    kinds.push(KindVariant {
                        wire: f.kind_wire.clone(),
                        ident: kind_ident,
                        description: f.description.clone(),
                    });
                    kinds.len() - 1
                }
            };
            facets.push((f.property, k));
        }
        if facets.is_empty() {
            return None;
        }
        let kind = ident.with_suffix("Kind");
        self.claim_type(&kind, format!("the facet kinds of {what}"), r.span);
        Some(KindEnum {
            ident: kind,
            kinds,
            facets,
        })
    }
}
