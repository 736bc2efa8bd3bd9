//! Facts against the spec: what each page says that the spec does not, and the reverse.

use super::facts::*;
use crate::model::{self, Id, KnownHeader, Model, PermissionType, Type};

/// Which side says it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Side {
    /// The page says it; the spec does not (or says otherwise). `--write` applies it.
    Page,
    /// The spec says it; the page does not. Kept, unless `--prune`.
    Spec,
}

/// A new path variant, named and spelled for the spec.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewVariant {
    pub name: String,
    /// With the spec's placeholder spellings.
    pub path: String,
    /// Each placeholder: its name and its YAML value (a description, or a long form copied
    /// from a variant of the spec that has the same parameter).
    pub parameters: Vec<(String, ParameterText)>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParameterText {
    pub description: String,
    pub style: Option<String>,
    pub ty: Option<String>,
}

/// One difference.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Change {
    /// The page is published in a version the operation does not list.
    Version {
        version: String,
    },
    VariantAdded {
        variant: String,
        request: String,
    },
    NewVariant {
        variant: NewVariant,
        request: String,
    },
    VariantRemoved {
        variant: String,
        path: String,
    },
    Scopes {
        /// Index into `PermissionType::ALL`.
        row: usize,
        page: ScopeRowFact,
        spec: ScopeRowFact,
    },
    HeaderAdded {
        name: String,
        description: String,
        required: bool,
    },
    HeaderRemoved {
        name: String,
    },
    HeaderRequired {
        name: String,
        required: bool,
    },
    QueryAdded {
        name: String,
    },
    QueryRemoved {
        name: String,
    },
    FieldAdded {
        owner: Owner,
        name: String,
        /// In the spec's spelling, when it names a type the spec knows.
        ty: Option<String>,
        page_ty: String,
        description: String,
        required: bool,
        read_only: bool,
        deprecated: Option<(Option<String>, Option<String>)>,
        /// The field the page lists before it that the spec has.
        after: Option<String>,
        /// `beta` when a beta page adds it.
        versions: Option<Vec<String>>,
    },
    FieldRemoved {
        owner: Owner,
        name: String,
        ty: String,
    },
    FieldRetyped {
        owner: Owner,
        name: String,
        page: String,
        spec: String,
        ty: Option<String>,
    },
    FieldRequired {
        name: String,
        required: bool,
    },
    ReadOnly {
        name: String,
        read_only: bool,
    },
    Deprecated {
        name: String,
        replacement: Option<String>,
        note: Option<String>,
    },
    DeprecatedInSpec {
        name: String,
        replacement: String,
    },
    StatusAdded {
        code: u16,
        description: String,
    },
    Shape {
        page: Shape,
        spec: Shape,
    },
    ResponseType {
        page: String,
        spec: Option<String>,
    },
    EnumValueAdded {
        r#enum: String,
        value: String,
        description: String,
        after: Option<String>,
        versions: Option<Vec<String>>,
    },
    EnumValueRemoved {
        r#enum: String,
        value: String,
    },
}

/// Whose fields: an operation's body or a resource's properties.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Owner {
    Body,
    Resource,
}

impl Owner {
    fn word(self) -> &'static str {
        match self {
            Owner::Body => "body field",
            Owner::Resource => "property",
        }
    }
}

/// A difference, the side that says it and the page line it comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Difference {
    pub side: Side,
    pub change: Change,
    /// `line N`, or `FILE line N` for an included file; empty for what only the spec says.
    pub at: String,
}

impl Difference {
    /// The difference in one line, without where it was read.
    pub fn summary(&self) -> String {
        summary(&self.change)
    }

    /// The difference as the report lists it.
    pub fn render(&self) -> String {
        if self.at.is_empty() {
            self.summary()
        } else {
            format!("{} ({})", self.summary(), self.at)
        }
    }
}

/// What a page is compared with.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Subject {
    /// An operation: its name, index in the spec, method and path.
    Operation {
        name: String,
        index: usize,
        method: String,
        path: String,
    },
    Resource {
        name: String,
        index: usize,
    },
    /// A page that matches nothing in the spec.
    Unmatched {
        what: String,
    },
}

/// One page against its operation or resource.
#[derive(Clone, Debug)]
pub struct Section {
    pub subject: Subject,
    pub page: String,
    pub version: String,
    pub differences: Vec<Difference>,
    /// What the report says without it being a difference: an include that is not there, a
    /// header the client cannot send.
    pub notes: Vec<String>,
}

impl Section {
    fn order(&self) -> (usize, usize, &str) {
        match &self.subject {
            Subject::Operation { index, .. } => (0, *index, &self.page),
            Subject::Resource { index, .. } => (1, *index, &self.page),
            Subject::Unmatched { .. } => (2, 0, &self.page),
        }
    }

    pub fn title(&self) -> String {
        match &self.subject {
            Subject::Operation {
                name, method, path, ..
            } => {
                format!("Operation `{name}` — {method} …{path}")
            }
            Subject::Resource { name, .. } => format!("Resource `{name}`"),
            Subject::Unmatched { what } => format!("Not in the spec: {what}"),
        }
    }
}

/// The import report: every page against the spec.
#[derive(Clone, Debug)]
pub struct Report {
    pub spec: String,
    pub sections: Vec<Section>,
}

impl Report {
    pub(crate) fn new(spec: &str, mut sections: Vec<Section>) -> Report {
        sections.sort_by(|a, b| a.order().cmp(&b.order()));
        Report {
            spec: spec.to_owned(),
            sections,
        }
    }

    /// Every difference, with the title of its section.
    pub fn differences(&self) -> Vec<(String, &Difference)> {
        self.sections
            .iter()
            .flat_map(|s| s.differences.iter().map(move |d| (s.title(), d)))
            .collect()
    }

    /// True when the pages and the spec agree.
    pub fn is_empty(&self) -> bool {
        self.sections.iter().all(|s| s.differences.is_empty())
    }

    /// The report as Markdown.
    pub fn to_markdown(&self) -> String {
        let pages = self.sections.len();
        let page_side: usize = self
            .sections
            .iter()
            .map(|s| {
                s.differences
                    .iter()
                    .filter(|d| d.side == Side::Page)
                    .count()
            })
            .sum();
        let spec_side: usize = self
            .sections
            .iter()
            .map(|s| {
                s.differences
                    .iter()
                    .filter(|d| d.side == Side::Spec)
                    .count()
            })
            .sum();
        let mut out = format!(
            "# Import: {pages} page{} against `{}`\n\n",
            if pages == 1 { "" } else { "s" },
            self.spec
        );
        out.push_str(&format!(
            "{page_side} thing{} the pages say that the spec does not (`--write` applies them); {spec_side} thing{} the spec says that the pages do not (kept; `--prune` removes them).\n",
            if page_side == 1 { "" } else { "s" },
            if spec_side == 1 { "" } else { "s" },
        ));
        for s in &self.sections {
            out.push_str(&format!("\n## {}\n\n", s.title()));
            out.push_str(&format!("Page: `{}` ({})\n", s.page, s.version));
            let page: Vec<&Difference> = s
                .differences
                .iter()
                .filter(|d| d.side == Side::Page)
                .collect();
            let spec: Vec<&Difference> = s
                .differences
                .iter()
                .filter(|d| d.side == Side::Spec)
                .collect();
            if page.is_empty() && spec.is_empty() && !matches!(s.subject, Subject::Unmatched { .. })
            {
                out.push_str("\nNo differences.\n");
            }
            if !page.is_empty() {
                out.push_str("\nOn the page, not in the spec:\n\n");
                for d in page {
                    out.push_str(&format!("- {}\n", d.render()));
                }
            }
            if !spec.is_empty() {
                out.push_str("\nIn the spec, not on the page:\n\n");
                for d in spec {
                    out.push_str(&format!("- {}\n", d.render()));
                }
            }
            if !s.notes.is_empty() {
                out.push_str("\nNotes:\n\n");
                for n in &s.notes {
                    out.push_str(&format!("- {n}\n"));
                }
            }
        }
        out
    }
}

fn summary(change: &Change) -> String {
    match change {
        Change::Version { version } => {
            format!("published in {version}, which the operation's `versions` do not list")
        }
        Change::VariantAdded { variant, request } => {
            format!("variant `{variant}` added: `{request}`")
        }
        Change::NewVariant { variant, request } => format!(
            "new variant `{}` (`{}`) added: `{request}`",
            variant.name, variant.path
        ),
        Change::VariantRemoved { variant, path } => format!("variant `{variant}` (`{path}`)"),
        Change::Scopes { row, page, spec, .. } => format!(
            "scopes of \"{}\": {} (the spec: {})",
            PermissionType::ALL[*row].label(),
            page.render(),
            spec.render()
        ),
        Change::HeaderAdded { name, required, .. } => format!(
            "header `{name}` added{}",
            if *required { ", required" } else { "" }
        ),
        Change::HeaderRemoved { name } => format!("header `{name}`"),
        Change::HeaderRequired { name, required } => format!(
            "header `{name}` {} (the spec: {})",
            if *required { "required" } else { "optional" },
            if *required { "optional" } else { "required" }
        ),
        Change::QueryAdded { name } => format!("query option `{name}` added"),
        Change::QueryRemoved { name } => format!("query option `{name}`"),
        Change::FieldAdded {
            owner,
            name,
            page_ty,
            required,
            read_only,
            deprecated,
            ..
        } => {
            let mut notes = vec![page_ty.clone()];
            if *required {
                notes.push("required".to_owned());
            }
            if *read_only {
                notes.push("read-only".to_owned());
            }
            if let Some((replacement, _)) = deprecated {
                notes.push(match replacement {
                    Some(r) => format!("deprecated for `{r}`"),
                    None => "deprecated".to_owned(),
                });
            }
            format!("{} `{name}` added: {}", owner.word(), notes.join(", "))
        }
        Change::FieldRemoved { owner, name, ty } => format!("{} `{name}` ({ty})", owner.word()),
        Change::FieldRetyped { owner, name, page, spec, .. } => {
            format!("{} `{name}` retyped: {page} (the spec: {spec})", owner.word())
        }
        Change::FieldRequired { name, required } => format!(
            "body field `{name}` {} (the spec: {})",
            if *required { "made required" } else { "made optional" },
            if *required { "optional" } else { "required" }
        ),
        Change::ReadOnly { name, read_only } => format!(
            "property `{name}` {} (the spec: {})",
            if *read_only { "read-only" } else { "writable" },
            if *read_only { "writable" } else { "read-only" }
        ),
        Change::Deprecated { name, replacement, .. } => match replacement {
            Some(r) => format!("property `{name}` deprecated, replaced by `{r}`"),
            None => format!(
                "property `{name}` deprecated, with no replacement named (`--write` needs one: the page should say \"Use X instead\")"
            ),
        },
        Change::DeprecatedInSpec { name, replacement } => {
            format!("property `{name}` deprecated, replaced by `{replacement}`")
        }
        Change::StatusAdded { code, .. } => format!("success status {code} added"),
        Change::Shape { page, spec } => format!(
            "response shape `{}` (the spec: `{}`)",
            page.as_str(),
            spec.as_str()
        ),
        Change::ResponseType { page, spec } => format!(
            "response type `{page}` (the spec: {})",
            spec.as_ref()
                .map(|s| format!("`{s}`"))
                .unwrap_or_else(|| "none".to_owned())
        ),
        Change::EnumValueAdded { r#enum, value, .. } => {
            format!("enum `{}` value `{value}` added", r#enum)
        }
        Change::EnumValueRemoved { r#enum, value } => {
            format!("enum `{}` value `{value}`", r#enum)
        }
    }
}

/// `{anything}` → `{}`, lower case: placeholder spellings do not count.
pub(crate) fn normalize(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    let mut in_brace = false;
    for c in path.chars() {
        match c {
            '{' => {
                in_brace = true;
                out.push('{');
            }
            '}' => {
                in_brace = false;
                out.push('}');
            }
            _ if in_brace => {}
            _ => out.extend(c.to_lowercase()),
        }
    }
    out.trim_end_matches('/').to_owned()
}

pub(crate) fn operation_path(op: &model::Operation) -> String {
    op.path.to_string()
}

pub(crate) fn variant_path(v: &model::Variant) -> String {
    v.path.to_string()
}

/// A model type in the spec's spelling.
pub(crate) fn type_name(model: &Model, ty: &Type) -> String {
    ty.spec_name(model)
}

const BUILTINS: &[&str] = &[
    "String",
    "Boolean",
    "Int32",
    "Int64",
    "Double",
    "DateTimeOffset",
];

/// What Graph pages call the spec's built-in types.
const ALIASES: &[(&str, &str)] = &[
    ("guid", "String"),
    ("binary", "String"),
    ("date", "String"),
    ("timeofday", "String"),
    ("duration", "String"),
    ("url", "String"),
    ("bool", "Boolean"),
    ("int", "Int32"),
    ("integer", "Int32"),
    ("long", "Int64"),
    ("single", "Double"),
    ("float", "Double"),
    ("decimal", "Double"),
    ("datetime", "DateTimeOffset"),
];

/// A page's type in the spec's spelling, when the spec knows it.
pub(crate) fn resolve_type(model: &Model, ty: &TypeFact) -> Option<String> {
    let base = ty.base.to_lowercase();
    let name = BUILTINS
        .iter()
        .find(|b| b.to_lowercase() == base)
        .map(|b| (*b).to_owned())
        .or_else(|| {
            ALIASES
                .iter()
                .find(|(a, _)| *a == base)
                .map(|(_, b)| (*b).to_owned())
        })
        .or_else(|| {
            model
                .enums
                .iter()
                .find(|e| e.wire.to_lowercase() == base)
                .map(|e| e.wire.clone())
        })
        .or_else(|| {
            model
                .resources
                .iter()
                .find(|r| r.wire.to_lowercase() == base)
                .map(|r| r.wire.clone())
        })?;
    Some(if ty.collection {
        format!("Collection({name})")
    } else {
        name
    })
}

/// Whether a page's type says what the spec's does. Pages type enums as `String`.
fn type_matches(model: &Model, page: &TypeFact, spec: &Type) -> bool {
    let (inner, collection) = match spec {
        Type::Collection(inner) => (inner.as_ref(), true),
        other => (other, false),
    };
    if page.collection != collection {
        return false;
    }
    if let Some(resolved) = resolve_type(
        model,
        &TypeFact {
            base: page.base.clone(),
            collection: false,
        },
    ) {
        if resolved == type_name(model, inner) {
            return true;
        }
    }
    matches!(inner, Type::Enum(_)) && page.base.eq_ignore_ascii_case("string")
}

fn at_line(line: usize) -> String {
    format!("line {line}")
}

/// Compares one page with the spec.
pub(crate) fn section(model: &Model, facts: &PageFacts) -> Section {
    match &facts.kind {
        PageKind::Api(api) => operation(model, facts, api),
        PageKind::Resource(r) => resource(model, facts, r),
    }
}

fn unmatched(facts: &PageFacts, what: String, note: String) -> Section {
    Section {
        subject: Subject::Unmatched { what },
        page: facts.file.clone(),
        version: facts.version.clone(),
        differences: Vec::new(),
        notes: vec![note],
    }
}

fn operation(model: &Model, facts: &PageFacts, api: &ApiFacts) -> Section {
    let method = api.method.as_str();
    // The operation: same method, most paths ending with its path; then the longest path.
    let mut best: Option<(usize, usize, usize)> = None;
    for (index, op) in model.operations.iter().enumerate() {
        if op.method != api.method {
            continue;
        }
        let suffix = normalize(&operation_path(op));
        let count = api
            .paths
            .iter()
            .filter(|p| {
                let n = normalize(&p.path);
                n.len() > suffix.len() && n.ends_with(&suffix)
            })
            .count();
        if count == 0 {
            continue;
        }
        let better = match best {
            None => true,
            Some((_, c, len)) => count > c || (count == c && suffix.len() > len),
        };
        if better {
            best = Some((index, count, suffix.len()));
        }
    }
    let first = api
        .paths
        .first()
        .map(|p| p.path.clone())
        .unwrap_or_default();
    let Some((index, _, _)) = best else {
        return unmatched(
            facts,
            format!("{method} {first}"),
            format!(
                "no operation of the spec is `{method}` with a path that ends these paths; the page is not imported (add the operation to the spec by hand, then import again)"
            ),
        );
    };
    let op = &model.operations[model::OperationId::from_index(index)];
    let op_path = operation_path(op);
    let suffix = normalize(&op_path);
    let mut diffs = Vec::new();
    let mut notes = Vec::new();
    let page_side = |change: Change, at: String| Difference {
        side: Side::Page,
        change,
        at,
    };
    let spec_side = |change: Change| Difference {
        side: Side::Spec,
        change,
        at: String::new(),
    };

    // Version.
    let listed =
        |versions: &[model::ApiVersion]| versions.iter().any(|v| v.as_str() == facts.version);
    if !listed(&op.availability.versions) && listed(&model.versions) {
        diffs.push(page_side(
            Change::Version {
                version: facts.version.clone(),
            },
            String::new(),
        ));
    }

    // Path variants.
    let mut page_variants: Vec<String> = Vec::new();
    let mut new_names: Vec<String> = Vec::new();
    for p in &api.paths {
        let n = normalize(&p.path);
        if !(n.len() > suffix.len() && n.ends_with(&suffix)) {
            notes.push(format!(
                "line {}: `{method} {}` does not end with the operation's path `{op_path}`; ignored",
                p.line, p.path
            ));
            continue;
        }
        let prefix_norm = &n[..n.len() - suffix.len()];
        // The page's prefix, as written: the same number of characters from the start is not
        // enough (placeholders differ in length), so cut the written path at the same place.
        let prefix = written_prefix(&p.path, prefix_norm);
        let request = format!("{method} {}", p.path);
        match model
            .variants
            .iter()
            .find(|v| normalize(&variant_path(v)) == prefix_norm)
        {
            Some(v) => {
                if page_variants.contains(&v.wire) {
                    continue;
                }
                page_variants.push(v.wire.clone());
                if !op
                    .endpoints
                    .iter()
                    .any(|e| model.variants[e.variant].wire == v.wire)
                {
                    diffs.push(page_side(
                        Change::VariantAdded {
                            variant: v.wire.clone(),
                            request,
                        },
                        at_line(p.line),
                    ));
                }
            }
            None => {
                let variant = new_variant(model, &prefix, &new_names);
                if new_names.contains(&variant.name) || diffs.iter().any(|d: &Difference| matches!(&d.change, Change::NewVariant { variant: v, .. } if normalize(&v.path) == prefix_norm)) {
                    continue;
                }
                new_names.push(variant.name.clone());
                page_variants.push(variant.name.clone());
                diffs.push(page_side(
                    Change::NewVariant { variant, request },
                    at_line(p.line),
                ));
            }
        }
    }
    for e in &op.endpoints {
        let v = &model.variants[e.variant];
        if !page_variants.contains(&v.wire) {
            diffs.push(spec_side(Change::VariantRemoved {
                variant: v.wire.clone(),
                path: variant_path(v),
            }));
        }
    }

    // Scopes.
    match &api.scopes {
        ScopesFact::Table { rows, file, lines } => {
            for (k, page_row) in rows.iter().enumerate() {
                let spec_row = match &op.scopes[k] {
                    model::ScopeRow::NotSupported => ScopeRowFact::NotSupported,
                    model::ScopeRow::Scopes(list) => ScopeRowFact::Scopes(
                        list.iter().map(|&s| model.scopes[s].wire.clone()).collect(),
                    ),
                };
                if *page_row != spec_row {
                    let at = if *file == facts.file {
                        at_line(lines[k])
                    } else {
                        format!("{file} line {}", lines[k])
                    };
                    diffs.push(page_side(
                        Change::Scopes {
                            row: k,
                            page: page_row.clone(),
                            spec: spec_row,
                        },
                        at,
                    ));
                }
            }
        }
        ScopesFact::MissingInclude {
            target,
            looked_at,
            line,
        } => notes.push(format!(
            "line {line}: the permission table is included from `{target}`, which is not there (looked for `{looked_at}`); the scopes of `{}` are left as the spec has them",
            op.wire
        )),
    }

    // Headers.
    for h in &api.headers {
        let spec = op
            .headers
            .iter()
            .find(|s| s.wire.eq_ignore_ascii_case(&h.name));
        let known = KnownHeader::parse_ignoring_case(&h.name);
        match (spec, known) {
            (None, None) => notes.push(format!(
                "line {}: header `{}` is not one the client knows how to send (known: Authorization, Content-Type, if-match, if-none-match); not imported",
                h.line, h.name
            )),
            (None, Some(role)) => diffs.push(page_side(
                Change::HeaderAdded {
                    name: h.name.clone(),
                    description: h.description.clone(),
                    required: h.required && role.status().is_none(),
                },
                at_line(h.line),
            )),
            (Some(s), _) => {
                if s.required != h.required && s.role.status().is_none() {
                    diffs.push(page_side(
                        Change::HeaderRequired {
                            name: s.wire.clone(),
                            required: h.required,
                        },
                        at_line(h.line),
                    ));
                }
            }
        }
    }
    for s in &op.headers {
        if !api
            .headers
            .iter()
            .any(|h| h.name.eq_ignore_ascii_case(&s.wire))
        {
            diffs.push(spec_side(Change::HeaderRemoved {
                name: s.wire.clone(),
            }));
        }
    }

    // Query options.
    for (q, line) in &api.query {
        if q == "$select" {
            if op.select.is_none() {
                if op.response.resource.is_some() {
                    diffs.push(page_side(
                        Change::QueryAdded { name: q.clone() },
                        at_line(*line),
                    ));
                } else {
                    notes.push(format!(
                        "line {line}: `$select` on an operation that returns no resource; not imported"
                    ));
                }
            }
        } else {
            notes.push(format!(
                "line {line}: query option `{q}` is not one the client supports (supported: $select); not imported"
            ));
        }
    }
    if op.select.is_some() && !api.query.iter().any(|(q, _)| q == "$select") {
        diffs.push(spec_side(Change::QueryRemoved {
            name: "$select".to_owned(),
        }));
    }

    // Body.
    if let Some(body) = &api.body {
        let spec_fields: &[model::Property] =
            op.body.as_ref().map(|b| &b.fields[..]).unwrap_or(&[]);
        fields(
            model,
            facts,
            Owner::Body,
            &body.fields,
            spec_fields,
            &mut diffs,
            &mut notes,
        );
    }

    // Response.
    if let Some(r) = &api.response {
        if !op.response.statuses.iter().any(|s| s.code == r.status)
            && (200..300).contains(&r.status)
        {
            diffs.push(page_side(
                Change::StatusAdded {
                    code: r.status,
                    description: r.sentence.clone(),
                },
                at_line(r.line),
            ));
        }
        let spec_shape = match op.response.shape {
            model::Shape::Single => Shape::Single,
            model::Shape::Collection => Shape::Collection,
            model::Shape::None => Shape::None,
        };
        if let Some(shape) = r.shape {
            if shape != spec_shape {
                diffs.push(page_side(
                    Change::Shape {
                        page: shape,
                        spec: spec_shape,
                    },
                    at_line(r.line),
                ));
            }
        }
        if r.shape != Some(Shape::None) {
            let found = r.words.iter().find_map(|w| {
                let lower = w.to_lowercase();
                model.resources.iter().find(|res| {
                    let name = res.wire.to_lowercase();
                    lower == name || lower.strip_suffix('s') == Some(name.as_str())
                })
            });
            let spec_ty = op
                .response
                .resource
                .map(|i| model.resources[i].wire.clone());
            if let Some(res) = found {
                if spec_ty.as_deref() != Some(res.wire.as_str()) && spec_ty.is_some() {
                    diffs.push(page_side(
                        Change::ResponseType {
                            page: res.wire.clone(),
                            spec: spec_ty,
                        },
                        at_line(r.line),
                    ));
                }
            }
        }
    }

    Section {
        subject: Subject::Operation {
            name: op.wire.clone(),
            index,
            method: method.to_owned(),
            path: op_path,
        },
        page: facts.file.clone(),
        version: facts.version.clone(),
        differences: diffs,
        notes,
    }
}

/// The start of `path` that normalizes to `prefix_norm`.
fn written_prefix(path: &str, prefix_norm: &str) -> String {
    for (i, _) in path
        .char_indices()
        .chain(std::iter::once((path.len(), ' ')))
    {
        if normalize(&path[..i]) == prefix_norm && !path[..i].ends_with('{') {
            // Stop after the placeholder or literal that completes the prefix.
            let rest = &path[i..];
            if rest.starts_with('/') || rest.is_empty() || normalize(rest).starts_with('/') {
                return path[..i].to_owned();
            }
        }
    }
    path.to_owned()
}

/// `/drives/{drive-id}/root:/{path}:` → `drive-by-path`, with the spec's spellings of the
/// placeholders and their descriptions.
fn new_variant(model: &Model, prefix: &str, taken: &[String]) -> NewVariant {
    // Placeholders: the spec's spelling when some variant has the same parameter.
    let key = |s: &str| {
        s.chars()
            .filter(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_lowercase()
    };
    let mut path = String::new();
    let mut parameters: Vec<(String, ParameterText)> = Vec::new();
    let mut rest = prefix;
    while let Some(open) = rest.find('{') {
        path.push_str(&rest[..open]);
        let Some(close) = rest[open..].find('}').map(|c| c + open) else {
            break;
        };
        let written = &rest[open + 1..close];
        let known = model
            .variants
            .iter()
            .flat_map(|v| v.parameters.iter())
            .chain(model.operations.iter().flat_map(|o| o.parameters.iter()))
            .find(|p| key(&p.wire) == key(written));
        let (name, text) = match known {
            Some(p) => (
                p.wire.clone(),
                ParameterText {
                    description: p.description.clone(),
                    style: (p.style == model::ParameterStyle::Segments)
                        .then(|| "segments".to_owned()),
                    ty: (p.ty == model::ParameterType::SharingUrl).then(|| "sharingUrl".to_owned()),
                },
            ),
            None => {
                let stem = written
                    .strip_suffix("-id")
                    .or_else(|| written.strip_suffix("Id"))
                    .or_else(|| written.strip_suffix("_id"));
                let description = match stem {
                    Some(s) => format!("The unique identifier of the {s}."),
                    None => format!("The `{written}` of the item."),
                };
                (
                    written.to_owned(),
                    ParameterText {
                        description,
                        style: None,
                        ty: None,
                    },
                )
            }
        };
        path.push_str(&format!("{{{name}}}"));
        if !parameters.iter().any(|(n, _)| *n == name) {
            parameters.push((name, text));
        }
        rest = &rest[close + 1..];
    }
    path.push_str(rest);

    // The name: the first segment, singular; each later literal other than the usual
    // `drive`/`items`/`driveItem`; `root:` reads `by-path`.
    let mut words: Vec<String> = Vec::new();
    for (k, seg) in prefix
        .split('/')
        .filter(|s| !s.is_empty() && !s.starts_with('{'))
        .enumerate()
    {
        let seg = seg.trim_end_matches(':');
        let lower = seg.to_lowercase();
        let word = if lower == "root" {
            "by-path".to_owned()
        } else if k > 0 && matches!(lower.as_str(), "drive" | "items" | "driveitem" | "drives") {
            continue;
        } else {
            let w: String = seg
                .chars()
                .map(|c| {
                    if c.is_ascii_alphanumeric() {
                        c.to_ascii_lowercase()
                    } else {
                        '-'
                    }
                })
                .collect();
            w.strip_suffix('s').map(str::to_owned).unwrap_or(w)
        };
        if !word.is_empty() && !words.contains(&word) {
            words.push(word);
        }
    }
    let base = if words.is_empty() {
        "variant".to_owned()
    } else {
        words.join("-")
    };
    let exists =
        |n: &str| model.variants.iter().any(|v| v.wire == n) || taken.iter().any(|t| t == n);
    let mut name = base.clone();
    let mut k = 2;
    while exists(&name) {
        name = format!("{base}-{k}");
        k += 1;
    }
    NewVariant {
        name,
        path,
        parameters,
    }
}

/// Body fields or properties: the page's against the spec's.
fn fields(
    model: &Model,
    facts: &PageFacts,
    owner: Owner,
    page: &[FieldFact],
    spec: &[model::Property],
    diffs: &mut Vec<Difference>,
    notes: &mut Vec<String>,
) {
    let beta_only = (model.versions.first().map(|v| v.as_str()) != Some(facts.version.as_str()))
        .then(|| vec![facts.version.clone()]);
    let mut last_known: Option<String> = None;
    for f in page {
        let found = spec.iter().find(|p| p.wire == f.name);
        let Some(p) = found else {
            let ty = resolve_type(model, &f.ty);
            if ty.is_none() {
                notes.push(format!(
                    "line {}: the type `{}` of `{}` is neither a built-in type nor a resource or enum of the spec; `--write` cannot add it until the spec has that type",
                    f.line,
                    f.ty.render(),
                    f.name
                ));
            }
            diffs.push(Difference {
                side: Side::Page,
                change: Change::FieldAdded {
                    owner,
                    name: f.name.clone(),
                    ty,
                    page_ty: f.ty.render(),
                    description: f.description.clone(),
                    required: owner == Owner::Body && f.required == Some(true),
                    read_only: owner == Owner::Resource && f.read_only,
                    deprecated: f
                        .deprecated
                        .as_ref()
                        .filter(|_| owner == Owner::Resource)
                        .map(|d| {
                            (
                                d.replacement
                                    .clone()
                                    .map(|r| replacement_name(spec, page, &r)),
                                d.note.clone(),
                            )
                        }),
                    after: last_known.clone(),
                    versions: beta_only.clone(),
                },
                at: at_line(f.line),
            });
            continue;
        };
        last_known = Some(p.wire.clone());
        if !type_matches(model, &f.ty, &p.ty) {
            diffs.push(Difference {
                side: Side::Page,
                change: Change::FieldRetyped {
                    owner,
                    name: f.name.clone(),
                    page: f.ty.render(),
                    spec: type_name(model, &p.ty),
                    ty: resolve_type(model, &f.ty),
                },
                at: at_line(f.line),
            });
        }
        match owner {
            Owner::Body => {
                if let Some(required) = f.required {
                    if required != p.required {
                        diffs.push(Difference {
                            side: Side::Page,
                            change: Change::FieldRequired {
                                name: f.name.clone(),
                                required,
                            },
                            at: at_line(f.line),
                        });
                    }
                }
            }
            Owner::Resource => {
                if f.read_only != p.read_only {
                    diffs.push(Difference {
                        side: Side::Page,
                        change: Change::ReadOnly {
                            name: f.name.clone(),
                            read_only: f.read_only,
                        },
                        at: at_line(f.line),
                    });
                }
                match (&f.deprecated, &p.deprecated) {
                    (Some(d), None) => diffs.push(Difference {
                        side: Side::Page,
                        change: Change::Deprecated {
                            name: f.name.clone(),
                            replacement: d
                                .replacement
                                .as_ref()
                                .map(|r| replacement_name(spec, page, r))
                                .filter(|r| {
                                    spec.iter().any(|p| p.wire == *r)
                                        || page.iter().any(|p| p.name == *r)
                                }),
                            note: d.note.clone(),
                        },
                        at: at_line(f.line),
                    }),
                    (None, Some(d)) => diffs.push(Difference {
                        side: Side::Spec,
                        change: Change::DeprecatedInSpec {
                            name: p.wire.clone(),
                            replacement: d.replacement_wire.clone(),
                        },
                        at: String::new(),
                    }),
                    _ => {}
                }
            }
        }
    }
    for p in spec {
        if !page.iter().any(|f| f.name == p.wire) {
            diffs.push(Difference {
                side: Side::Spec,
                change: Change::FieldRemoved {
                    owner,
                    name: p.wire.clone(),
                    ty: type_name(model, &p.ty),
                },
                at: String::new(),
            });
        }
    }
}

/// A replacement named on a page (`GrantedToV2`) in the spelling of the property it names.
fn replacement_name(spec: &[model::Property], page: &[FieldFact], named: &str) -> String {
    spec.iter()
        .map(|p| p.wire.as_str())
        .chain(page.iter().map(|f| f.name.as_str()))
        .find(|n| n.eq_ignore_ascii_case(named))
        .unwrap_or(named)
        .to_owned()
}

fn resource(model: &Model, facts: &PageFacts, r: &ResourceFacts) -> Section {
    let squash = |s: &str| {
        s.chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_lowercase()
    };
    let Some((index, res)) = model
        .resources
        .iter()
        .enumerate()
        .find(|(_, res)| squash(&res.wire) == squash(&r.name))
    else {
        return unmatched(
            facts,
            format!("resource \"{}\"", r.name),
            format!(
                "line {}: no resource of the spec is called `{}`; the page is not imported (add the resource to the spec by hand, then import again)",
                r.title_line, r.name
            ),
        );
    };
    let mut diffs = Vec::new();
    let mut notes = Vec::new();
    fields(
        model,
        facts,
        Owner::Resource,
        &r.properties,
        &res.properties,
        &mut diffs,
        &mut notes,
    );
    let beta_only = (model.versions.first().map(|v| v.as_str()) != Some(facts.version.as_str()))
        .then(|| vec![facts.version.clone()]);
    for e in &r.enums {
        let lower = e.name.to_lowercase();
        // By the property it types (`roles` → `role`), else by name.
        let by_property = res
            .properties
            .iter()
            .find(|p| p.wire.to_lowercase() == lower)
            .and_then(|p| match &p.ty {
                Type::Enum(i) => Some(*i),
                Type::Collection(inner) => match inner.as_ref() {
                    Type::Enum(i) => Some(*i),
                    _ => None,
                },
                _ => None,
            });
        let by_name = || {
            model.enums.find_id(|en| {
                let w = en.wire.to_lowercase();
                w == lower || Some(w.as_str()) == lower.strip_suffix('s')
            })
        };
        let Some(ei) = by_property.or_else(by_name) else {
            notes.push(format!(
                "line {}: the enumeration \"{}\" matches no enum of the spec; not imported",
                e.line, e.name
            ));
            continue;
        };
        let en = &model.enums[ei];
        let mut last_known: Option<String> = None;
        for v in &e.values {
            if en.values.iter().any(|x| x.wire == v.value) {
                last_known = Some(v.value.clone());
                continue;
            }
            diffs.push(Difference {
                side: Side::Page,
                change: Change::EnumValueAdded {
                    r#enum: en.wire.clone(),
                    value: v.value.clone(),
                    description: v.description.clone(),
                    after: last_known.clone(),
                    versions: beta_only.clone(),
                },
                at: at_line(v.line),
            });
        }
        for x in &en.values {
            if !e.values.iter().any(|v| v.value == x.wire) {
                diffs.push(Difference {
                    side: Side::Spec,
                    change: Change::EnumValueRemoved {
                        r#enum: en.wire.clone(),
                        value: x.wire.clone(),
                    },
                    at: String::new(),
                });
            }
        }
    }
    Section {
        subject: Subject::Resource {
            name: res.wire.clone(),
            index,
        },
        page: facts.file.clone(),
        version: facts.version.clone(),
        differences: diffs,
        notes,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalizes_placeholders() {
        assert_eq!(
            normalize("/sites/{siteId}/drive/items/{itemId}"),
            normalize("/sites/{site-id}/drive/items/{item-id}")
        );
        assert_eq!(
            written_prefix("/me/drive/root:/{path}:/permissions", "/me/drive/root:/{}:"),
            "/me/drive/root:/{path}:"
        );
        assert_eq!(
            written_prefix(
                "/sites/{siteId}/drive/items/{itemId}/permissions",
                "/sites/{}/drive/items/{}"
            ),
            "/sites/{siteId}/drive/items/{itemId}"
        );
    }
}
