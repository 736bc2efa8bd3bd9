//! [`Spec`] → [`Model`]: resolves every reference, chooses every Rust name, and refuses what
//! would not make sense or would not compile. All problems are collected, in file order, so a
//! spec author sees every mistake at once.

use std::collections::HashMap;

use crate::error::{Diagnostic, Span};
use crate::model::*;
use crate::spec::{self, Name, Spanned};
use crate::surface::Ident;
use crate::vocab::{ApiVersion, QueryOption};

/// The deepest `Collection(Collection(…))` a type may be.
const MAX_COLLECTION_DEPTH: usize = 8;

/// The longest chain of `extends` (a resource, its parent, its grandparent, …).
const MAX_EXTENDS_DEPTH: usize = 16;

/// Validates a spec and builds the model, or says everything that is wrong with it.
pub fn validate(spec: &spec::Spec) -> Result<Model, Vec<Diagnostic>> {
    let mut v = Validator::default();
    let model = v.model(spec);
    if v.diagnostics.is_empty() {
        Ok(model)
    } else {
        v.diagnostics.sort_by_key(|d| d.span);
        v.diagnostics.dedup();
        Err(v.diagnostics)
    }
}

#[derive(Default)]
struct Validator {
    diagnostics: Vec<Diagnostic>,
    versions: Vec<ApiVersion>,
    /// Rust type names taken so far, and what took them.
    types: Namespace,
    scope_index: HashMap<String, ScopeId>,
    enum_index: HashMap<String, EnumId>,
    resource_index: HashMap<String, ResourceId>,
    variant_index: HashMap<String, VariantId>,
    /// Where each path variant's parameters are written, by (variant, parameter).
    variant_parameters: HashMap<(VariantId, String), Span>,
}

/// Rust names in one namespace, each with the spec name and place that claimed it.
#[derive(Default)]
struct Namespace(HashMap<String, (String, Span)>);

impl Namespace {
    /// Claims `rust` for `what`; says so when another spec name became the same Rust name.
    fn claim(&mut self, rust: impl AsRef<str>, what: String, span: Span) -> Result<(), Diagnostic> {
        let rust = rust.as_ref();
        match self.0.get(rust) {
            Some((other, at)) => Err(Diagnostic::new(
                span,
                format!("{what} and {other} (at {at}) both become the Rust name `{rust}`; rename one of them"),
            )),
            None => {
                self.0.insert(rust.to_owned(), (what, span));
                Ok(())
            }
        }
    }
}

impl Validator {
    fn error(&mut self, span: Span, message: impl Into<String>) {
        self.diagnostics.push(Diagnostic::new(span, message));
    }

    fn report(&mut self, result: Result<(), Diagnostic>) {
        if let Err(d) = result {
            self.diagnostics.push(d);
        }
    }

    /// A Rust name from a spec name, or a diagnostic saying why there is none.
    fn rust_name(&mut self, name: &Name, what: &str, case: fn(&str) -> Option<Ident>) -> Ident {
        match case(&name.value) {
            Some(rust) => rust,
            None => {
                self.error(
                    name.span,
                    format!(
                        "{what} `{}` has no letter or digit to make a Rust name from",
                        name.value
                    ),
                );
                Ident::fixed("invalid")
            }
        }
    }

    /// An optional keyword of the vocabulary, `default` when absent; a word that is not one
    /// is reported with `message(word)`.
    fn keyword<K: Copy>(
        &mut self,
        word: &Option<Name>,
        default: K,
        parse: impl Fn(&str) -> Option<K>,
        message: impl Fn(&str) -> String,
    ) -> K {
        let Some(word) = word else { return default };
        parse(&word.value).unwrap_or_else(|| {
            self.error(word.span, message(&word.value));
            default
        })
    }

    /// Claims a Rust type name in the one namespace all generated types share.
    fn claim_type(&mut self, rust: &Ident, what: String, span: Span) {
        let result = self.types.claim(rust.as_str(), what, span);
        self.report(result);
    }

    fn model(&mut self, spec: &spec::Spec) -> Model {
        self.versions = self.info_versions(&spec.info);
        self.claim_type(
            &Ident::fixed("Scope"),
            "the enum of scopes".to_owned(),
            spec.scopes_span,
        );
        let scopes = self.scopes(&spec.scopes);
        // Index every referable name first: a reference may point forward.
        for (i, (name, _)) in spec.enums.iter().enumerate() {
            self.enum_index
                .insert(name.value.clone(), EnumId::from_index(i));
        }
        for (i, (name, _)) in spec.resources.iter().enumerate() {
            if self.enum_index.contains_key(&name.value) {
                self.error(
                    name.span,
                    format!("resource `{}` has the name of an enum; a type reference could not tell them apart", name.value),
                );
            }
            self.resource_index
                .insert(name.value.clone(), ResourceId::from_index(i));
        }
        for (i, (name, v)) in spec.variants.iter().enumerate() {
            self.variant_index
                .insert(name.value.clone(), VariantId::from_index(i));
            for (param, _) in &v.parameters {
                self.variant_parameters
                    .insert((VariantId::from_index(i), param.value.clone()), param.span);
            }
        }
        let enums = spec
            .enums
            .iter()
            .map(|(name, e)| self.enum_def(name, e))
            .collect();
        let mut resources = self.resources(&spec.resources);
        let variants = spec
            .variants
            .iter()
            .map(|(name, v)| self.variant(name, v))
            .collect::<Items<VariantId, _>>();
        let mut functions = Namespace::default();
        let operations = spec
            .operations
            .iter()
            .map(|(name, op)| self.operation(name, op, &variants, &mut resources, &mut functions))
            .collect();
        mark_boxed(&mut resources);
        Model {
            title: spec.info.title.clone(),
            description: spec.info.description.clone(),
            versions: self.versions.clone(),
            scopes: scopes.into(),
            enums,
            resources,
            variants,
            operations,
        }
    }

    fn info_versions(&mut self, info: &spec::Info) -> Vec<ApiVersion> {
        let mut out: Vec<ApiVersion> = Vec::new();
        for v in &info.versions {
            match ApiVersion::parse(&v.value) {
                None => self.error(
                    v.span,
                    format!(
                        "unknown API version `{}`; Microsoft Graph has: {}",
                        v.value,
                        ApiVersion::spellings().collect::<Vec<_>>().join(", ")
                    ),
                ),
                Some(version) if out.contains(&version) => {
                    self.error(v.span, format!("API version `{}` is listed twice", v.value))
                }
                Some(version) => out.push(version),
            }
        }
        if out.len() > 1 && out[0] != ApiVersion::STABLE {
            if let Some(v) = info.versions.first() {
                self.error(v.span, format!("`versions` of `info` lists `{}` first; the stable version, `{}`, comes first", v.value, ApiVersion::STABLE));
            }
        }
        if info.versions.is_empty() {
            self.error(
                info.span,
                "`versions` of `info` is empty; list the API versions, the stable one first",
            );
        }
        out
    }

    fn availability(&mut self, versions: &Option<Vec<Name>>, what: &str) -> Availability {
        let all = self.versions.clone();
        self.availability_within(versions, &all, "`info.versions`", what)
    }

    /// Where an item is published: the versions it lists, each one of `parent`'s, or all of
    /// `parent` when it lists none (a status of a beta-only operation is beta-only).
    fn availability_within(
        &mut self,
        versions: &Option<Vec<Name>>,
        parent: &[ApiVersion],
        parent_name: &str,
        what: &str,
    ) -> Availability {
        let versions = match versions {
            None => parent.to_vec(),
            Some(list) => {
                let mut out = Vec::new();
                for v in list {
                    match ApiVersion::parse(&v.value).filter(|p| parent.contains(p)) {
                        None => self.error(
                            v.span,
                            format!(
                                "{what} names API version `{}`, which {parent_name} does not list (listed: {})",
                                v.value,
                                parent.iter().map(|p| p.as_str()).collect::<Vec<_>>().join(", ")
                            ),
                        ),
                        Some(version) if !out.contains(&version) => out.push(version),
                        Some(_) => {}
                    }
                }
                out
            }
        };
        Availability {
            stable: self.versions.first().is_some_and(|s| versions.contains(s)),
            versions,
        }
    }

    fn scopes(&mut self, scopes: &spec::Entries<String>) -> Vec<Scope> {
        let mut idents = Namespace::default();
        let mut out = Vec::new();
        for (name, description) in scopes {
            let ident = self.rust_name(name, "scope", Ident::new_type);
            let claim = idents.claim(ident.as_str(), format!("scope `{}`", name.value), name.span);
            self.report(claim);
            self.scope_index
                .insert(name.value.clone(), ScopeId::from_index(out.len()));
            out.push(Scope {
                wire: name.value.clone(),
                ident,
                description: description.clone(),
            });
        }
        out
    }

    fn enum_def(&mut self, name: &Name, e: &spec::EnumSpec) -> Enum {
        let ident = self.rust_name(name, "enum", Ident::new_type);
        self.claim_type(&ident, format!("enum `{}`", name.value), name.span);
        let mut variants = Namespace::default();
        let what = format!("enum `{}`", name.value);
        self.report(variants.claim(
            "Unknown",
            format!("the variant of {what} that keeps values the spec does not know"),
            name.span,
        ));
        if e.values.is_empty() {
            self.error(e.span, format!("{what} has no values"));
        }
        let values = e
            .values
            .iter()
            .map(|(value, spec)| {
                let ident = self.rust_name(value, "enum value", Ident::new_type);
                let claim = variants.claim(
                    &ident,
                    format!("value `{}` of {what}", value.value),
                    value.span,
                );
                self.report(claim);
                EnumValue {
                    wire: value.value.clone(),
                    ident,
                    description: spec.description.clone(),
                    availability: self.availability(
                        &spec.versions,
                        &format!("value `{}` of {what}", value.value),
                    ),
                }
            })
            .collect();
        Enum {
            wire: name.value.clone(),
            ident,
            description: e.description.clone(),
            values,
        }
    }

    fn ty(&mut self, ty: &Name, what: &str) -> Type {
        // `Collection(…)` peeled in a loop, not by recursion: a type nested ten thousand deep
        // is an error, not a stack overflow.
        let mut text = ty.value.trim();
        let mut depth = 0;
        while let Some(inner) = text
            .strip_prefix("Collection(")
            .and_then(|t| t.strip_suffix(')'))
        {
            text = inner.trim();
            depth += 1;
        }
        if depth > MAX_COLLECTION_DEPTH {
            self.error(
                ty.span,
                format!("{what} nests `Collection(…)` {depth} deep; at most {MAX_COLLECTION_DEPTH} levels are supported"),
            );
            return Type::String;
        }
        let mut out = self.element_type(text, ty.span, what);
        for _ in 0..depth {
            out = Type::Collection(Box::new(out));
        }
        out
    }

    /// A type that is not a collection.
    fn element_type(&mut self, text: &str, span: Span, what: &str) -> Type {
        match text {
            "String" => Type::String,
            "Boolean" => Type::Boolean,
            "Int32" => Type::Int32,
            "Int64" => Type::Int64,
            "Double" => Type::Double,
            "DateTimeOffset" => Type::DateTimeOffset,
            other => {
                if let Some(&i) = self.enum_index.get(other) {
                    Type::Enum(i)
                } else if let Some(&i) = self.resource_index.get(other) {
                    Type::Resource(i)
                } else {
                    let mut known: Vec<&str> = vec![
                        "String",
                        "Boolean",
                        "Int32",
                        "Int64",
                        "Double",
                        "DateTimeOffset",
                    ];
                    let mut defined: Vec<&str> = self
                        .enum_index
                        .keys()
                        .chain(self.resource_index.keys())
                        .map(String::as_str)
                        .collect();
                    defined.sort_unstable();
                    known.extend(defined);
                    known.push("Collection(T)");
                    self.error(
                        span,
                        format!(
                            "{what} has type `{other}`, which is not defined (known types: {})",
                            listing(known)
                        ),
                    );
                    Type::String
                }
            }
        }
    }

    /// `kind` (property, body field) `name` of `owner`: what messages about it call it.
    fn property(
        &mut self,
        name: &Name,
        p: &spec::PropertySpec,
        kind: &str,
        owner: &str,
    ) -> Property {
        let what = format!("{kind} `{}` of {owner}", name.value);
        Property {
            wire: name.value.clone(),
            ident: self.rust_name(name, "property", Ident::new_value),
            variant_ident: Ident::new_type(&name.value).unwrap_or_else(|| Ident::fixed("invalid")),
            ty: self.ty(&p.ty, &what),
            boxed: false,
            description: p.description.clone(),
            read_only: p.read_only,
            required: p.required,
            deprecated: p.deprecated.as_ref().map(|d| Deprecation {
                replacement_wire: d.replacement.value.clone(),
                replacement_ident: Ident::new_value(&d.replacement.value)
                    .unwrap_or_else(|| Ident::fixed("invalid")),
                note: d.note.clone(),
            }),
            availability: self.availability(&p.versions, &what),
        }
    }

    /// The fields of a struct: unique Rust names, `extra` kept for unknown properties.
    fn check_fields(&mut self, fields: &[(Property, Span)], what: &str) {
        let mut idents = Namespace::default();
        let mut wires = Namespace::default();
        // The `$select` enum's variants: distinct whenever the field names are, so a clash
        // there is only reported when the fields did not clash already.
        let mut variants = Namespace::default();
        for (p, span) in fields {
            self.report(wires.claim(&p.wire, format!("property `{}` of {what}", p.wire), *span));
            let claimed = idents.claim(&p.ident, format!("property `{}` of {what}", p.wire), *span);
            if claimed.is_ok() {
                let variant = variants.claim(
                    &p.variant_ident,
                    format!("property `{}` of {what} (as a `$select` variant)", p.wire),
                    *span,
                );
                self.report(variant);
            }
            self.report(claimed);
        }
        if let Some((wire, span)) = idents.0.get("extra") {
            self.error(
                *span,
                format!("{wire} becomes the Rust field `extra`, which every generated struct uses for the JSON properties the spec does not know; rename it"),
            );
        }
    }

    fn resources(
        &mut self,
        specs: &spec::Entries<spec::ResourceSpec>,
    ) -> Items<ResourceId, Resource> {
        // Properties of each resource in order, inherited ones first.
        let mut out = Items::default();
        for (name, r) in specs {
            let what = format!("resource `{}`", name.value);
            let ident = self.rust_name(name, "resource", Ident::new_type);
            self.claim_type(&ident, what.clone(), name.span);
            let mut fields: Vec<(Property, Span)> = Vec::new();
            for (pname, p) in self.inherited(specs, name) {
                fields.push((self.property(pname, p, "property", &what), pname.span));
            }
            let properties: Items<PropertyId, Property> = {
                self.check_fields(&fields, &what);
                fields.iter().map(|(p, _)| p.clone()).collect()
            };
            // Checked where each deprecation is written: on the resource's own properties.
            for (pname, p) in &r.properties {
                if let Some(d) = &p.deprecated {
                    if !properties.iter().any(|q| q.wire == d.replacement.value) {
                        self.error(
                            d.replacement.span,
                            format!(
                                "property `{}` of {what} is deprecated in favour of `{}`, which {what} does not have",
                                pname.value, d.replacement.value
                            ),
                        );
                    }
                }
            }
            let find = |v: &mut Validator, n: &Name, role: &str| -> Option<PropertyId> {
                let found = properties.find_id(|p| p.wire == n.value);
                if found.is_none() {
                    v.error(
                        n.span,
                        format!(
                            "{role} of {what} names property `{}`, which {what} does not have (it has: {})",
                            n.value,
                            listing(properties.iter().map(|p| p.wire.as_str()))
                        ),
                    );
                }
                found
            };
            let one_of = r
                .one_of
                .iter()
                .filter_map(|n| find(self, n, "`one_of`"))
                .collect();
            let mut kinds = Namespace::default();
            let mut facets = Vec::new();
            for f in &r.facets {
                let Some(property) = find(self, &f.property, "a facet") else {
                    continue;
                };
                let kind_ident = self.rust_name(&f.kind, "facet kind", Ident::new_type);
                // Several facets may signal one kind; only the first claims the name.
                if !facets.iter().any(|g: &Facet| g.kind_wire == f.kind.value) {
                    let claim = kinds.claim(
                        &kind_ident,
                        format!("facet kind `{}`", f.kind.value),
                        f.kind.span,
                    );
                    self.report(claim);
                }
                facets.push(Facet {
                    property,
                    kind_wire: f.kind.value.clone(),
                    kind_ident,
                    description: f.description.clone(),
                });
            }
            let kind_ident = (!facets.is_empty()).then(|| ident.with_suffix("Kind"));
            if let Some(k) = &kind_ident {
                self.claim_type(k, format!("the facet kinds of {what}"), name.span);
            }
            out.push(Resource {
                wire: name.value.clone(),
                ident,
                description: r.description.clone(),
                properties,
                one_of,
                facets,
                kind_ident,
                field_ident: None,
            });
        }
        out
    }

    /// The property specs of a resource, its ancestors' first. Reports an unknown or cyclic
    /// `extends` once, where it is written.
    fn inherited<'s>(
        &mut self,
        specs: &'s spec::Entries<spec::ResourceSpec>,
        name: &'s Name,
    ) -> Vec<(&'s Name, &'s spec::PropertySpec)> {
        let mut chain: Vec<&'s Name> = vec![name];
        let mut current = &specs[self.resource_index[&name.value].index()].1;
        while let Some(parent) = &current.extends {
            if chain.len() > MAX_EXTENDS_DEPTH {
                // Bounded, so that a chain of thousands costs thousands of steps, not millions.
                self.error(
                    name.span,
                    format!(
                        "resource `{}` has more than {MAX_EXTENDS_DEPTH} levels of `extends` above it; at most {MAX_EXTENDS_DEPTH} are supported",
                        name.value
                    ),
                );
                break;
            }
            match self
                .resource_index
                .get(&parent.value)
                .and_then(|&i| specs.get(i.index()))
            {
                None => {
                    self.error(
                        parent.span,
                        format!(
                            "resource `{}` extends `{}`, which is not a resource (resources: {})",
                            chain.last().map(|n| n.value.as_str()).unwrap_or_default(),
                            parent.value,
                            listing(specs.iter().map(|(n, _)| n.value.as_str()))
                        ),
                    );
                    break;
                }
                Some((pname, _)) if chain.iter().any(|n| n.value == pname.value) => {
                    if chain[0].value == pname.value || chain.len() == 1 {
                        self.error(
                            parent.span,
                            format!(
                                "resource `{}` extends itself through {}",
                                name.value,
                                chain
                                    .iter()
                                    .map(|n| format!("`{}`", n.value))
                                    .collect::<Vec<_>>()
                                    .join(" → ")
                            ),
                        );
                    }
                    break;
                }
                Some((pname, pspec)) => {
                    chain.push(pname);
                    current = pspec;
                }
            }
        }
        chain
            .iter()
            .rev()
            .flat_map(|n| {
                let r = &specs[self.resource_index[&n.value].index()].1;
                r.properties.iter().map(|(pn, p)| (pn, p))
            })
            .collect()
    }

    /// Parses a path template into literal and parameter parts, matched against `params`.
    fn path(
        &mut self,
        template: &Name,
        params: &spec::Entries<spec::ParameterSpec>,
        what: &str,
    ) -> (PathTemplate, Vec<Parameter>) {
        let mut parameters = Vec::new();
        let mut idents = Namespace::default();
        for (name, p) in params {
            let ident = self.rust_name(name, "path parameter", Ident::new_value);
            let claim = idents.claim(
                &ident,
                format!("parameter `{}` of {what}", name.value),
                name.span,
            );
            self.report(claim);
            if ident == *"body" {
                self.error(name.span, format!("parameter `{}` of {what} becomes `body`, the name of the endpoint functions' body argument; rename it", name.value));
            }
            let style = self.keyword(
                &p.style,
                ParameterStyle::Segment,
                ParameterStyle::parse,
                |style| {
                    format!(
                        "parameter `{}` of {what} has style `{style}`; expected {}",
                        name.value,
                        or_list(ParameterStyle::spellings())
                    )
                },
            );
            let ty = self.keyword(&p.ty, ParameterType::String, ParameterType::parse, |ty| {
                format!(
                    "parameter `{}` of {what} has type `{ty}`; expected {}",
                    name.value,
                    or_list(ParameterType::spellings())
                )
            });
            parameters.push(Parameter {
                wire: name.value.clone(),
                ident,
                description: p.description.clone(),
                style,
                ty,
            });
        }
        let t = &template.value;
        let (path, problem) = match PathTemplate::parse(t) {
            Ok(path) => (path, None),
            Err(invalid) => (invalid.parsed, Some(invalid.problem)),
        };
        let mut used = vec![false; parameters.len()];
        for placeholder in path.placeholders() {
            match parameters.iter().position(|p| p.wire == placeholder) {
                Some(i) => {
                    if used[i] {
                        self.error(template.span, format!("the path `{t}` of {what} uses `{{{placeholder}}}` twice"));
                    }
                    used[i] = true;
                }
                None => self.error(
                    template.span,
                    format!(
                        "the path `{t}` of {what} has the placeholder `{{{placeholder}}}`, but {what} has no parameter `{placeholder}` (parameters: {})",
                        if parameters.is_empty() {
                            "none".to_owned()
                        } else {
                            listing(parameters.iter().map(|p| p.wire.as_str()))
                        }
                    ),
                ),
            }
        }
        if let Some(problem) = problem {
            self.error(template.span, format!("the path `{t}` of {what} {problem}"));
            return (path, parameters);
        }
        for ((name, _), used) in params.iter().zip(&used) {
            if !used {
                self.error(
                    name.span,
                    format!(
                        "parameter `{}` of {what} has no placeholder `{{{}}}` in the path `{t}`",
                        name.value, name.value
                    ),
                );
            }
        }
        (path, parameters)
    }

    fn variant(&mut self, name: &Name, v: &spec::VariantSpec) -> Variant {
        let what = format!("path variant `{}`", name.value);
        self.rust_name(name, "path variant", Ident::new_value);
        let (path, parameters) = self.path(&v.path, &v.parameters, &what);
        Variant {
            wire: name.value.clone(),
            description: v.description.clone(),
            path,
            parameters,
        }
    }

    fn operation(
        &mut self,
        name: &Name,
        op: &spec::OperationSpec,
        variants: &Items<VariantId, Variant>,
        resources: &mut Items<ResourceId, Resource>,
        functions: &mut Namespace,
    ) -> Operation {
        let what = format!("operation `{}`", name.value);
        let type_ident = self.rust_name(name, "operation", Ident::new_type);
        self.claim_type(&type_ident, what.clone(), name.span);
        let fn_stem = self.rust_name(name, "operation", Ident::new_value);
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

        let mut endpoints = Vec::new();
        if op.variants.value.is_empty() {
            self.error(
                op.variants.span,
                format!("{what} has no path variants; list at least one"),
            );
        }
        for vname in &op.variants.value {
            let Some(&vi) = self.variant_index.get(&vname.value) else {
                let defined: Vec<&str> = variants.iter().map(|v| v.wire.as_str()).collect();
                self.error(
                    vname.span,
                    format!(
                        "{what} uses path variant `{}`, which is not defined (defined: {})",
                        vname.value,
                        listing(defined)
                    ),
                );
                continue;
            };
            if endpoints.iter().any(|e: &Endpoint| e.variant == vi) {
                self.error(
                    vname.span,
                    format!("{what} lists path variant `{}` twice", vname.value),
                );
                continue;
            }
            let variant = &variants[vi];
            // The endpoint function takes the variant's parameters, then the operation's.
            let mut args = Namespace::default();
            for p in &variant.parameters {
                let at = self
                    .variant_parameters
                    .get(&(vi, p.wire.clone()))
                    .copied()
                    .unwrap_or(vname.span);
                // Clashes within the variant were reported with the variant.
                let _ = args.claim(
                    &p.ident,
                    format!("parameter `{}` of path variant `{}`", p.wire, variant.wire),
                    at,
                );
            }
            for p in &parameters {
                let claim = args.claim(
                    &p.ident,
                    format!("parameter `{}` of {what}", p.wire),
                    vname.span,
                );
                self.report(claim);
            }
            let fn_ident = Ident::joined_value(&name.value, &vname.value)
                .unwrap_or_else(|| Ident::fixed("invalid"));
            let claim = functions.claim(
                &fn_ident,
                format!("{what} through path variant `{}`", vname.value),
                vname.span,
            );
            self.report(claim);
            endpoints.push(Endpoint {
                variant: vi,
                fn_ident,
            });
        }

        let availability = self.availability(&op.versions, &what);
        let headers = self.headers(&op.headers, &what);
        let response = self.response(&op.response, &what, &availability);
        let select = self.select(&op.query, &response, &what, resources);
        let body = op.body.as_ref().map(|b| {
            let ident = type_ident.with_suffix("Body");
            self.claim_type(&ident, format!("the body of {what}"), name.span);
            let fields: Vec<(Property, Span)> = b
                .fields
                .iter()
                .map(|(n, f)| (self.property(n, f, "body field", &what), n.span))
                .collect();
            self.check_fields(&fields, &format!("the body of {what}"));
            Body {
                ident,
                description: b.description.clone(),
                fields: fields.into_iter().map(|(p, _)| p).collect(),
            }
        });
        let scopes = self.scope_table(&op.scopes, &what);
        Operation {
            wire: name.value.clone(),
            type_ident,
            fn_stem,
            summary: op.summary.clone(),
            description: op.description.clone(),
            method,
            path,
            parameters,
            endpoints,
            availability,
            headers,
            select,
            body,
            response,
            scopes,
        }
    }

    fn headers(&mut self, headers: &spec::Entries<spec::HeaderSpec>, what: &str) -> Vec<Header> {
        let mut seen = Namespace::default();
        let mut out = Vec::new();
        for (name, h) in headers {
            let lower = name.value.to_ascii_lowercase();
            let claim = seen.claim(&lower, format!("header `{}`", name.value), name.span);
            if let Err(mut d) = claim {
                d.message = format!(
                    "{what} lists header `{}` twice (header names ignore case)",
                    name.value
                );
                self.diagnostics.push(d);
                continue;
            }
            let Some(role) = KnownHeader::parse(&lower) else {
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
                    self.error(
                        status.span,
                        match expected {
                            Some(e) => format!(
                                "header `{}` of {what} makes Graph answer {e}, not {}",
                                name.value, status.value
                            ),
                            None => format!(
                                "header `{}` of {what} is not conditional; remove its `status`",
                                name.value
                            ),
                        },
                    );
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

    fn response(&mut self, r: &spec::ResponseSpec, what: &str, op: &Availability) -> Response {
        let shape = Shape::parse(&r.shape.value);
        if shape.is_none() {
            self.error(
                r.shape.span,
                format!(
                    "the response of {what} has shape `{}`; expected {}",
                    r.shape.value,
                    or_list(Shape::spellings())
                ),
            );
        }
        let resource = match (&r.ty, shape) {
            // An unknown shape was reported; check the type alone.
            (Some(ty), None) => self.resource_index.get(&ty.value).copied(),
            (None, None) => None,
            (Some(ty), Some(Shape::None)) => {
                self.error(
                    ty.span,
                    format!("the response of {what} has shape `none` but a type; remove one"),
                );
                None
            }
            (None, Some(Shape::Single | Shape::Collection)) => {
                self.error(
                    r.span,
                    format!(
                        "the response of {what} has no `type`; a `{}` response needs one",
                        r.shape.value
                    ),
                );
                None
            }
            (Some(ty), _) => match self.resource_index.get(&ty.value) {
                Some(&i) => Some(i),
                None => {
                    let mut known: Vec<&str> =
                        self.resource_index.keys().map(String::as_str).collect();
                    known.sort_unstable();
                    self.error(
                        ty.span,
                        format!(
                            "the response of {what} has type `{}`, which is not a resource (resources: {})",
                            ty.value,
                            listing(known)
                        ),
                    );
                    None
                }
            },
            (None, Some(Shape::None)) => None,
        };
        if r.statuses.is_empty() {
            self.error(
                r.statuses_span,
                format!("the response of {what} has no statuses; list the success statuses"),
            );
        }
        let mut statuses: Vec<Status> = Vec::new();
        for (code, s) in &r.statuses {
            if !(200..300).contains(&code.value) {
                self.error(
                    code.span,
                    format!(
                        "status {} of {what} is not a success status (200 to 299)",
                        code.value
                    ),
                );
            }
            statuses.push(Status {
                code: code.value,
                description: s.description.clone(),
                availability: self.availability_within(
                    &s.versions,
                    &op.versions,
                    "its operation",
                    &format!("status {} of {what}", code.value),
                ),
            });
        }
        Response {
            resource,
            shape: shape.unwrap_or(Shape::None),
            statuses,
        }
    }

    fn select(
        &mut self,
        query: &spec::Entries<String>,
        response: &Response,
        what: &str,
        resources: &mut Items<ResourceId, Resource>,
    ) -> Option<(ResourceId, String)> {
        let mut select = None;
        for (name, description) in query {
            if QueryOption::parse(&name.value).is_none() {
                self.error(
                    name.span,
                    format!(
                        "query option `{}` of {what} is not one the client supports (supported: {})",
                        name.value,
                        QueryOption::spellings().collect::<Vec<_>>().join(", ")
                    ),
                );
                continue;
            }
            match response.resource {
                Some(r) => {
                    let resource = &mut resources[r];
                    if resource.field_ident.is_none() {
                        let ident = resource.ident.with_suffix("Field");
                        resource.field_ident = Some(ident.clone());
                        let wire = resource.wire.clone();
                        self.claim_type(
                            &ident,
                            format!("the `$select` fields of resource `{wire}`"),
                            name.span,
                        );
                    }
                    select = Some((r, description.clone()));
                }
                None => self.error(
                    name.span,
                    format!("{what} offers `$select` but returns no resource to select from"),
                ),
            }
        }
        select
    }

    fn scope_table(
        &mut self,
        scopes: &Spanned<spec::Entries<spec::ScopeListSpec>>,
        what: &str,
    ) -> [ScopeRow; 3] {
        let mut rows: [Option<ScopeRow>; 3] = [None, None, None];
        for (ty, list) in &scopes.value {
            let Some(i) = PermissionType::parse(&ty.value).map(PermissionType::index) else {
                self.error(
                    ty.span,
                    format!(
                        "the scopes of {what} name permission type `{}`; expected {}",
                        ty.value,
                        PermissionType::spellings()
                            .map(|w| format!("`{w}`"))
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                );
                continue;
            };
            rows[i] = Some(match list {
                spec::ScopeListSpec::NotSupported => ScopeRow::NotSupported,
                spec::ScopeListSpec::Scopes(names) => {
                    if names.is_empty() {
                        self.error(ty.span, format!("the `{}` scopes of {what} are an empty list; write `not supported` if this permission type cannot call it", ty.value));
                    }
                    let mut out = Vec::new();
                    for n in names {
                        match self.scope_index.get(&n.value) {
                            None => {
                                let mut known: Vec<&str> =
                                    self.scope_index.keys().map(String::as_str).collect();
                                known.sort_unstable();
                                self.error(
                                    n.span,
                                    format!(
                                        "{what} requires scope `{}`, which `scopes` does not define (defined: {})",
                                        n.value,
                                        listing(known)
                                    ),
                                );
                            }
                            Some(&s) if out.contains(&s) => {
                                self.error(
                                    n.span,
                                    format!(
                                        "the `{}` scopes of {what} list `{}` twice",
                                        ty.value, n.value
                                    ),
                                );
                            }
                            Some(&s) => out.push(s),
                        }
                    }
                    ScopeRow::Scopes(out)
                }
            });
        }
        let mut missing = Vec::new();
        for (row, wire) in rows.iter().zip(PermissionType::spellings()) {
            if row.is_none() {
                missing.push(format!("`{wire}`"));
            }
        }
        if !missing.is_empty() {
            self.error(
                scopes.span,
                format!(
                    "the scopes of {what} have no row for {}; give every permission type its scopes, or `not supported`",
                    missing.join(" and ")
                ),
            );
        }
        rows.map(|r| r.unwrap_or(ScopeRow::NotSupported))
    }
}

/// `` `a`, `b` or `c` ``: the spellings a message expects.
fn or_list(spellings: impl Iterator<Item = &'static str>) -> String {
    let quoted: Vec<String> = spellings.map(|s| format!("`{s}`")).collect();
    match quoted.split_last() {
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
        None => String::new(),
    }
}

/// Names for a message, in the order given: all of them, or the first few and how many more,
/// so that a spec with thousands of names and thousands of mistakes gets a report of
/// thousands of lines, not millions.
fn listing<'a>(names: impl IntoIterator<Item = &'a str>) -> String {
    const SHOWN: usize = 30;
    let mut names = names.into_iter();
    let mut out: Vec<&str> = names.by_ref().take(SHOWN).collect();
    let more = names.count();
    let more = (more > 0).then(|| format!("… and {more} more"));
    out.extend(more.as_deref());
    out.join(", ")
}

/// Boxes every property whose resource type leads back to its own resource without a
/// collection in between: such a struct would otherwise have infinite size. With an edge from
/// each resource to the resources its properties hold, property `i → t` leads back exactly
/// when `i` and `t` are in one strongly connected component; those are found in linear time
/// (Kosaraju, with explicit stacks: a chain of thousands of resources is no deep recursion).
fn mark_boxed(resources: &mut Items<ResourceId, Resource>) {
    let n = resources.len();
    let edges: Vec<Vec<usize>> = resources
        .iter()
        .map(|r| {
            r.properties
                .iter()
                .filter_map(|p| match p.ty {
                    Type::Resource(t) if t.index() < n => Some(t.index()),
                    _ => None,
                })
                .collect()
        })
        .collect();
    let mut reverse: Vec<Vec<usize>> = vec![Vec::new(); n];
    for (from, targets) in edges.iter().enumerate() {
        for &to in targets {
            reverse[to].push(from);
        }
    }
    // Pass 1: the order in which depth-first searches finish.
    let mut order = Vec::with_capacity(n);
    let mut visited = vec![false; n];
    for root in 0..n {
        if visited[root] {
            continue;
        }
        visited[root] = true;
        let mut stack = vec![(root, 0usize)];
        while let Some((node, next)) = stack.pop() {
            match edges[node].get(next) {
                Some(&to) => {
                    stack.push((node, next + 1));
                    if !visited[to] {
                        visited[to] = true;
                        stack.push((to, 0));
                    }
                }
                None => order.push(node),
            }
        }
    }
    // Pass 2: on the reversed graph, latest finished first; each search is one component.
    let mut component = vec![usize::MAX; n];
    for (c, &root) in order.iter().rev().enumerate() {
        if component[root] != usize::MAX {
            continue;
        }
        component[root] = c;
        let mut stack = vec![root];
        while let Some(node) = stack.pop() {
            for &from in &reverse[node] {
                if component[from] == usize::MAX {
                    component[from] = c;
                    stack.push(from);
                }
            }
        }
    }
    for (i, resource) in resources.iter_mut().enumerate() {
        for p in resource.properties.iter_mut() {
            if let Type::Resource(t) = p.ty {
                p.boxed = component.get(t.index()) == component.get(i);
            }
        }
    }
}
