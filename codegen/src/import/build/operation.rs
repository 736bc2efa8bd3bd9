//! An API page → its entry under `operations:`, and the variants its paths need.

use super::super::doc::{Item, Map, Source, Value};
use super::super::facts::{ApiFacts, PageFacts, PageKind, ScopeRowFact, ScopesFact};
use super::super::naming;
use super::super::spec_view::SpecView;
use super::resource::OptionTable;
use super::Note;
use crate::model::PathTemplate;
use crate::vocab::{
    ParameterStyle, ParameterType, PermissionType, Primitive, Shape, NOT_SUPPORTED,
};

pub(super) struct Context<'a> {
    pub view: &'a SpecView,
    pub resources: &'a Map,
}

/// A page's request paths, each split into its item address and the operation's own path.
pub(super) struct Split {
    pub method: String,
    /// (address, operation path, line), placeholders spelled canonically.
    pub parts: Vec<(String, String, usize)>,
}

pub(super) fn split(page: &PageFacts, notes: &mut Vec<Note>) -> Option<Split> {
    let PageKind::Api(api) = &page.kind else {
        return None;
    };
    let mut parts = Vec::new();
    for p in &api.paths {
        let path = naming::canonical_path(&p.path);
        match naming::split_address(&path) {
            Some((address, own)) => parts.push((address, own, p.line)),
            None => notes.push(Note {
                at: page.file.clone(),
                text: format!(
                    "{}:{}: `{path}` has no item address (`items/{{id}}`, `root:/{{path}}:`, `driveItem` or a first placeholder); left out",
                    page.file, p.line
                ),
            }),
        }
    }
    (!parts.is_empty()).then(|| Split {
        method: api.method.as_str().to_owned(),
        parts,
    })
}

/// The variant an address is: the spec's, one made in this import, or a new one by rule.
fn variant_name(address: &str, view: &SpecView, variants: &mut Map) -> String {
    if let Some(name) = view.variant_for(address) {
        return name.to_owned();
    }
    let shape = naming::shape(address);
    for (name, item) in &variants.entries {
        if let Value::Map(m) = &item.value {
            if let Some(Value::Scalar(p)) = m.get("path").map(|i| &i.value) {
                if naming::shape(p) == shape {
                    return name.clone();
                }
            }
        }
    }
    let base = naming::variant(address);
    let taken = |n: &str| view.variants.iter().any(|(v, _)| v == n) || variants.get(n).is_some();
    let mut name = base.clone();
    let mut k = 2;
    while taken(&name) {
        name = format!("{base}-{k}");
        k += 1;
    }
    variants.set(name.clone(), new_variant(address));
    name
}

fn new_variant(address: &str) -> Item {
    let mut params = Map::new(false, false);
    let segs = naming::segments(address);
    for p in naming::placeholders(address) {
        let description = naming::parameter_description(&p);
        let in_root = segs.iter().any(|s| *s == format!("{{{p}}}:"));
        let after_shares =
            segs.first() == Some(&"shares") && segs.get(1) == Some(&format!("{{{p}}}").as_str());
        let item = if in_root || after_shares {
            let mut m = Map::new(false, false);
            let (text, key, value) = if in_root {
                (description, "style", ParameterStyle::Segments.as_str())
            } else {
                (
                    "The sharing token: an encoded sharing URL (u! and base64url) or a share id."
                        .to_owned(),
                    "type",
                    ParameterType::SharingUrl.as_str(),
                )
            };
            m.set("description", Item::text(text));
            m.set(key, Item::new(Value::Scalar(value.to_owned()), None));
            Item::new(Value::Map(m), None)
        } else {
            Item::text(description)
        };
        params.set(p, item);
    }
    let mut v = Map::new(false, false);
    v.set(
        "description",
        Item::text(format!("A driveItem reached through `{address}`.")),
    );
    v.set("path", Item::new(Value::Scalar(address.to_owned()), None));
    if PathTemplate::parse(address).is_ok_and(|t| t.names_signed_in_user()) {
        v.set("signed_in_user", Item::new(Value::Flag(true), None));
    }
    v.set("parameters", Item::new(Value::Map(params), None));
    Item::new(Value::Map(v), None)
}

/// Every page's operation name, making the variants their addresses need.
pub(super) fn name_all(
    api: &[(&PageFacts, Split)],
    view: &SpecView,
    variants: &mut Map,
) -> Vec<String> {
    api.iter()
        .map(|(_, s)| {
            let full: Vec<String> = s.parts.iter().map(|(a, o, _)| format!("{a}{o}")).collect();
            for (address, _, _) in &s.parts {
                variant_name(address, view, variants);
            }
            view.operation_for(&s.method, &full)
                .map(str::to_owned)
                .unwrap_or_else(|| naming::operation(&s.method, &s.parts[0].1))
        })
        .collect()
}

pub(super) fn item(
    page: &PageFacts,
    split: &Split,
    name: &str,
    ctx: &Context,
    variants: &Map,
    tables: &mut Vec<OptionTable>,
    notes: &mut Vec<Note>,
) -> Item {
    let PageKind::Api(api) = &page.kind else {
        return Item::new(Value::Map(Map::default()), None);
    };
    let at = |line| {
        Some(Source {
            file: page.file.clone(),
            line,
        })
    };
    let mut op = Map::new(false, false);
    let title = page.title.clone().unwrap_or_else(|| name.to_owned());
    op.set("summary", Item::text(title.clone()));
    op.set(
        "description",
        Item::text(page.lead.clone().unwrap_or(title)),
    );
    let first_line = split.parts[0].2;
    op.set(
        "method",
        Item::new(Value::Scalar(split.method.clone()), at(first_line)),
    );
    let own = &split.parts[0].1;
    op.set(
        "path",
        Item::new(Value::Scalar(own.clone()), at(first_line)),
    );
    let mut params = Map::new(true, false);
    for p in naming::placeholders(own) {
        params.set(p.clone(), Item::text(naming::parameter_description(&p)));
    }
    if !params.entries.is_empty() {
        op.set("parameters", Item::new(Value::Map(params), at(first_line)));
    }
    let mut names: Vec<String> = Vec::new();
    let mut scratch = variants.clone();
    for (address, path, line) in &split.parts {
        if path != own {
            notes.push(Note {
                at: format!("operations.{name}"),
                text: format!("{}:{line}: the path after the item address is `{path}`, not `{own}` as on the first request line; left out", page.file),
            });
            continue;
        }
        let v = variant_name(address, ctx.view, &mut scratch);
        if !names.contains(&v) {
            names.push(v);
        }
    }
    op.set("variants", Item::new(Value::List(names), at(first_line)));
    op.set("versions", Item::new(Value::Versions(None), None));
    headers(api, &mut op, &at);
    query(api, &mut op, &at);
    body(page, api, name, ctx, tables, &mut op, &at);
    response(api, ctx, &mut op, &at);
    scopes(api, name, &mut op, notes);
    Item::new(Value::Map(op), at(first_line))
}

fn headers(api: &ApiFacts, op: &mut Map, at: &impl Fn(usize) -> Option<Source>) {
    let mut map = Map::new(true, false);
    for h in &api.headers {
        let mut m = Map::new(true, false);
        m.set("required", Item::new(Value::Flag(h.required), at(h.line)));
        m.set("description", Item::text(h.description.clone()));
        if let Some(status) = failure_status(&h.description) {
            m.set("status", Item::new(Value::Number(status), at(h.line)));
        }
        map.set(h.name.clone(), Item::new(Value::Map(m), at(h.line)));
    }
    if !map.entries.is_empty() {
        op.set("headers", Item::new(Value::Map(map), None));
    }
}

/// The status a conditional header's description names: "… a 412 Precondition Failed …".
fn failure_status(description: &str) -> Option<u16> {
    description
        .split(|c: char| !c.is_ascii_digit())
        .filter(|w| w.len() == 3)
        .filter_map(|w| w.parse::<u16>().ok())
        .find(|s| (300..500).contains(s))
}

fn query(api: &ApiFacts, op: &mut Map, at: &impl Fn(usize) -> Option<Source>) {
    let mut map = Map::new(true, false);
    for (option, line) in &api.query {
        let text = format!("The `{option}` query option: shapes the response.");
        map.set(option.clone(), Item::new(Value::Text(text), at(*line)));
    }
    if !map.entries.is_empty() {
        op.set("query", Item::new(Value::Map(map), None));
    }
}

fn body(
    page: &PageFacts,
    api: &ApiFacts,
    name: &str,
    ctx: &Context,
    tables: &mut Vec<OptionTable>,
    op: &mut Map,
    at: &impl Fn(usize) -> Option<Source>,
) {
    let Some(b) = &api.body else { return };
    if b.fields.is_empty() {
        return;
    }
    let mut fields = Map::new(true, true);
    for f in &b.fields {
        let mut m = Map::new(true, false);
        let mut ty = field_type(name, &f.name, &f.ty.render(), ctx);
        // A field with an option table on the page: its values go to the field's
        // enumeration (a string field without one gets one, named by rule).
        if let Some(table) = api.enums.iter().find(|e| e.property == f.name) {
            let base = ty
                .trim_start_matches("Collection(")
                .trim_end_matches(')')
                .to_owned();
            let enum_name = if base == "String" {
                let e = naming::enumeration(name, &f.name, f.ty.collection);
                ty = if f.ty.collection {
                    format!("Collection({e})")
                } else {
                    e.clone()
                };
                e
            } else {
                base
            };
            let what = format!("The values of the `{}` field of {name}.", f.name);
            tables.push(OptionTable::new(&enum_name, &what, page, table));
        }
        m.set("type", Item::new(Value::Scalar(ty), at(f.line)));
        m.set(
            "required",
            Item::new(Value::Flag(f.required == Some(true)), at(f.line)),
        );
        m.set("description", Item::text(f.description.clone()));
        m.set("versions", Item::new(Value::Versions(None), None));
        fields.set(f.name.clone(), Item::new(Value::Map(m), at(f.line)));
    }
    let mut body = Map::new(false, false);
    let text = b
        .description
        .clone()
        .unwrap_or_else(|| "The request body.".to_owned());
    body.set("description", Item::text(text));
    body.set("fields", Item::new(Value::Map(fields), at(b.line)));
    op.set("body", Item::new(Value::Map(body), at(b.line)));
}

/// A string field is the enumeration the spec gives it, or the one the only resource
/// property of the same name and shape uses (`roles` → `Collection(role)`).
fn field_type(op: &str, field: &str, page: &str, ctx: &Context) -> String {
    let base = page.trim_start_matches("Collection(").trim_end_matches(')');
    if base != "String" {
        return page.to_owned();
    }
    if let Some(t) = ctx.view.type_of(&format!("operations.{op}"), field) {
        let b = t.trim_start_matches("Collection(").trim_end_matches(')');
        if ctx.view.enums.iter().any(|e| e == b)
            && t.starts_with("Collection(") == page.starts_with("Collection(")
        {
            return t.to_owned();
        }
    }
    let primitive = |t: &str| Primitive::parse(t).is_some();
    let mut found: Vec<String> = Vec::new();
    for (_, r) in &ctx.resources.entries {
        let Value::Map(r) = &r.value else { continue };
        let Some(props) = r.map("properties") else {
            continue;
        };
        let Some(Value::Map(p)) = props.get(field).map(|i| &i.value) else {
            continue;
        };
        let Some(Value::Scalar(t)) = p.get("type").map(|i| &i.value) else {
            continue;
        };
        let b = t.trim_start_matches("Collection(").trim_end_matches(')');
        let is_resource = ctx.resources.get(b).is_some();
        if !primitive(b)
            && !is_resource
            && t.starts_with("Collection(") == page.starts_with("Collection(")
            && !found.contains(t)
        {
            found.push(t.clone());
        }
    }
    match found.as_slice() {
        [one] => one.clone(),
        _ => page.to_owned(),
    }
}

fn response(api: &ApiFacts, ctx: &Context, op: &mut Map, at: &impl Fn(usize) -> Option<Source>) {
    let Some(r) = &api.response else { return };
    let mut m = Map::new(false, false);
    let shape = r.shape.unwrap_or(Shape::Single);
    if shape != Shape::None {
        let known: Vec<String> = ctx
            .resources
            .entries
            .iter()
            .map(|(k, _)| k.clone())
            .chain(ctx.view.resources.iter().cloned())
            .collect();
        let ty = r.words.iter().find_map(|w| {
            let w = w.trim_end_matches('s');
            known
                .iter()
                .find(|k| k.eq_ignore_ascii_case(w) || k.eq_ignore_ascii_case(&format!("{w}s")))
        });
        if let Some(ty) = ty {
            m.set("type", Item::new(Value::Scalar(ty.clone()), at(r.line)));
        }
    }
    m.set(
        "shape",
        Item::new(Value::Scalar(shape.as_str().to_owned()), at(r.line)),
    );
    let mut statuses = Map::new(true, true);
    for (code, sentence, line) in &r.statuses {
        let mut status = Map::new(false, false);
        status.set("description", Item::text(sentence.clone()));
        status.set("versions", Item::new(Value::Versions(None), None));
        statuses.set(code.to_string(), Item::new(Value::Map(status), at(*line)));
    }
    m.set("statuses", Item::new(Value::Map(statuses), at(r.line)));
    op.set("response", Item::new(Value::Map(m), at(r.line)));
}

fn scopes(api: &ApiFacts, name: &str, op: &mut Map, notes: &mut Vec<Note>) {
    match &api.scopes {
        ScopesFact::Table { rows, file, lines } => {
            let mut m = Map::new(true, false);
            for (k, row) in rows.iter().enumerate() {
                let value = match row {
                    ScopeRowFact::NotSupported => Value::Scalar(NOT_SUPPORTED.to_owned()),
                    ScopeRowFact::Scopes(s) => Value::List(s.clone()),
                };
                let from = Some(Source { file: file.clone(), line: lines[k] });
                m.set(PermissionType::ALL[k].as_str(), Item::new(value, from));
            }
            op.set("scopes", Item::new(Value::Map(m), None));
        }
        ScopesFact::MissingInclude { target, looked_at, line } => notes.push(Note {
            at: format!("operations.{name}.scopes"),
            text: format!("the permission table is included from `{target}` (line {line}), and {looked_at} is not there; the scopes are not read from this page"),
        }),
    }
}

/// Adds every scope an operation names to the top-level `scopes:`, in first-seen order.
pub(super) fn scope_names(op: &Map, scopes: &mut Map) {
    let Some(rows) = op.map("scopes") else { return };
    for (_, row) in &rows.entries {
        if let Value::List(list) = &row.value {
            for s in list {
                if scopes.get(s).is_none() {
                    scopes.set(
                        s.clone(),
                        Item::new(Value::Text(naming::scope_description(s)), row.from.clone()),
                    );
                }
            }
        }
    }
}
