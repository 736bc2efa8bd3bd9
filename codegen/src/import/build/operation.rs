//! The merged operations → `families:`: each family's variants (by the spec's names where it
//! has the path, else by rule; the first path of the family's first page `primary`) and
//! operations (by the spec's names where it has the identity, else by rule).

use super::super::doc::{Item, Map, Value};
use super::super::facts::{ApiFacts, PageFacts, ScopeRowFact};
use super::super::merge::{Address, Body, Merged, Operation};
use super::super::naming::{self, placeholders, segments, shape};
use super::super::note::{Note, NoteKind};
use super::super::spec_view::{FamilyView, SpecView};
use super::super::types::{base, element, with_element};
use super::resource::OptionTable;
use super::{at, merge_versions};
use crate::model::PathTemplate;
use crate::vocab::{
    ApiVersion, KnownHeader, ParameterStyle, ParameterType, PermissionType, Primitive, QueryOption,
    Shape, NOT_SUPPORTED,
};

/// `families:` and the scopes its operations name, least privileged first.
pub(super) struct Families {
    pub map: Map,
    pub scopes: Vec<String>,
    /// (where a note pointed before the operation had a name, where it points now).
    pub renames: Vec<(String, String)>,
}

/// What a page's "Path parameters" table says of the placeholders of a path, by position.
fn described(api: &ApiFacts, path: &str) -> Vec<String> {
    placeholders(path)
        .iter()
        .map(|p| {
            api.path_parameters
                .iter()
                .find(|(name, _, _)| naming::placeholder(name, None) == *p || name == p)
                .map(|(_, d, _)| d.clone())
                .unwrap_or_default()
        })
        .collect()
}

/// A new name: `base`, or `base2`, `base3`, … when `taken`.
fn free(base: &str, taken: impl Fn(&str) -> bool) -> String {
    let mut name = base.to_owned();
    let mut k = 2;
    while taken(&name) {
        name = format!("{base}{k}");
        k += 1;
    }
    name
}

pub(super) fn families(
    merged: &Merged,
    view: &SpecView,
    resources: &Map,
    tables: &mut Vec<OptionTable>,
    notes: &mut Vec<Note>,
) -> Families {
    let mut out = Families {
        map: Map::new(false, false),
        scopes: Vec::new(),
        renames: Vec::new(),
    };
    let empty = FamilyView::default();
    // Every scope the operations name, first seen first, and every row that names them.
    let mut names_seen: Vec<String> = Vec::new();
    let mut rows: Vec<Vec<String>> = Vec::new();
    for family in &merged.families {
        let fv = view.family(&family.name).unwrap_or(&empty);
        let ops: Vec<&Operation> = merged
            .operations
            .iter()
            .filter(|o| o.family == family.name)
            .collect();
        // Variants: the addresses the kept operations reach, in the family's order.
        let used: Vec<&Address> = family
            .addresses
            .iter()
            .filter(|a| {
                ops.iter()
                    .any(|o| o.addresses.iter().any(|b| shape(b) == shape(&a.path)))
            })
            .collect();
        let mut variants = Map::new(false, false);
        let mut names: Vec<(String, String)> = Vec::new();
        for a in &used {
            let address = a.path.as_str();
            let name = match fv.variant_for(address) {
                Some(n) => n.to_owned(),
                None => {
                    let rule = naming::variant(address);
                    let name = free(&rule, |n| {
                        fv.has_variant(n) || names.iter().any(|(m, _)| m == n)
                    });
                    if name != rule {
                        notes.push(Note::new(
                            NoteKind::NameClash,
                            Some(a.from.clone()),
                            format!("families.{}.variants.{name}", family.name),
                            format!("the rule names the variant of `{address}` `{rule}`, which another path of the family has; named `{name}`"),
                        ));
                    }
                    name
                }
            };
            names.push((shape(address), name.clone()));
            variants.set(name, variant_item(address, &ops));
        }
        let primary = fv.primary().map(str::to_owned).or_else(|| {
            used.first()
                .and_then(|a| names.iter().find(|(s, _)| *s == shape(&a.path)))
                .map(|(_, n)| n.clone())
        });
        if let Some(p) = primary {
            if let Some(Item {
                value: Value::Map(m),
                ..
            }) = variants.get_mut(&p)
            {
                m.entries.insert(
                    0,
                    ("primary".to_owned(), Item::new(Value::Flag(true), None)),
                );
            }
        }
        let mut operations = Map::new(false, false);
        let mut op_names: Vec<String> = Vec::new();
        for op in &ops {
            let spec = fv.operation_for(op.method.as_str(), &op.own);
            let name = match spec {
                Some((n, _)) => n.to_owned(),
                None => {
                    let rule = naming::operation(op.method, &op.own);
                    let name = free(&rule, |n| {
                        fv.has_operation(n) || op_names.iter().any(|m| m == n)
                    });
                    if name != rule {
                        notes.push(Note::new(
                            NoteKind::NameClash,
                            Some(op.own_from.clone()),
                            format!("families.{}.operations.{name}", family.name),
                            format!("the rule names {} {} `{rule}`, which another operation of the family has; named `{name}`", op.method.as_str(), op.own),
                        ));
                    }
                    name
                }
            };
            op_names.push(name.clone());
            let own = spec
                .map(|(_, p)| p.to_owned())
                .unwrap_or_else(|| op.own.clone());
            let variant_names: Vec<String> = op
                .addresses
                .iter()
                .filter_map(|a| {
                    names
                        .iter()
                        .find(|(s, _)| *s == shape(a))
                        .map(|(_, n)| n.clone())
                })
                .collect();
            let at_op = format!("families.{}.operations.{name}", family.name);
            out.renames.push((
                super::super::merge::identity_at(&op.family, op.method, &op.own),
                at_op.clone(),
            ));
            let item = operation_item(
                &at_op,
                op,
                &own,
                variant_names,
                view,
                resources,
                tables,
                notes,
            );
            for row in &op.scopes.rows {
                if let ScopeRowFact::Scopes(list) = row {
                    for s in list {
                        if !names_seen.contains(s) {
                            names_seen.push(s.clone());
                        }
                    }
                    rows.push(list.clone());
                }
            }
            operations.set(name, item);
        }
        let mut f = Map::new(false, false);
        f.set("variants", Item::new(Value::Map(variants), None));
        f.set("operations", Item::new(Value::Map(operations), None));
        out.map
            .set(family.name.clone(), Item::new(Value::Map(f), None));
    }
    out.scopes = least_first(&names_seen, &rows);
    out
}

/// Scopes least privileged first, as the pages' rows say: a row names its least privileged
/// scope first (the order of the others is not a ranking), so a scope goes before another
/// when more rows name it first with the other after it than the other way round. The scopes
/// are then taken in that order (a topological order); where it leaves a choice, or rows
/// contradict each other, the first named goes first.
fn least_first(names: &[String], rows: &[Vec<String>]) -> Vec<String> {
    let first_before = |a: &str, b: &str| {
        rows.iter()
            .filter(|r| r.first().is_some_and(|f| f == a) && r[1..].iter().any(|s| s == b))
            .count()
    };
    let n = names.len();
    // before[a][b]: a goes before b.
    let before: Vec<Vec<bool>> = (0..n)
        .map(|a| {
            (0..n)
                .map(|b| {
                    a != b
                        && first_before(&names[a], &names[b]) > first_before(&names[b], &names[a])
                })
                .collect()
        })
        .collect();
    let mut left: Vec<usize> = (0..n).collect();
    let mut out = Vec::with_capacity(n);
    while !left.is_empty() {
        let waiting = |x: usize| left.iter().filter(|&&y| before[y][x]).count();
        let next = left
            .iter()
            .copied()
            .min_by_key(|&x| (waiting(x), x))
            .expect("not empty");
        left.retain(|&x| x != next);
        out.push(names[next].clone());
    }
    out
}

/// A variant's entry: its path and its parameters, described where a page's "Path parameters"
/// table does.
fn variant_item(address: &str, ops: &[&Operation]) -> Item {
    let mut descriptions: Vec<String> = vec![String::new(); placeholders(address).len()];
    for op in ops {
        for (_, _, api) in &op.pages {
            for path in api.paths.iter() {
                let canonical = naming::canonical_path(&path.path);
                if !shape(&canonical).starts_with(&shape(address)) {
                    continue;
                }
                let page_address: String = {
                    let n = segments(address).len();
                    format!(
                        "/{}",
                        segments(&canonical)[..n.min(segments(&canonical).len())].join("/")
                    )
                };
                for (k, d) in described(api, &page_address).into_iter().enumerate() {
                    if descriptions.get(k).is_some_and(String::is_empty) {
                        descriptions[k] = d;
                    }
                }
            }
        }
    }
    let mut params = Map::new(false, false);
    let segs = segments(address);
    for (k, p) in placeholders(address).into_iter().enumerate() {
        let description = descriptions.get(k).cloned().unwrap_or_default();
        let root_path = segs.iter().any(|s| *s == format!("{{{p}}}:"));
        let sharing =
            segs.first() == Some(&"shares") && segs.get(1) == Some(&format!("{{{p}}}").as_str());
        let item = if root_path || sharing {
            let mut m = Map::new(false, false);
            m.set("description", Item::text(description));
            let (key, value) = if root_path {
                ("style", ParameterStyle::Segments.as_str())
            } else {
                ("type", ParameterType::SharingUrl.as_str())
            };
            m.set(key, Item::new(Value::Scalar(value.to_owned()), None));
            Item::new(Value::Map(m), None)
        } else {
            Item::text(description)
        };
        params.set(p, item);
    }
    let mut v = Map::new(false, false);
    v.set("path", Item::new(Value::Scalar(address.to_owned()), None));
    if PathTemplate::parse(address).is_ok_and(|t| t.names_signed_in_user()) {
        v.set("signed_in_user", Item::new(Value::Flag(true), None));
    }
    if !params.entries.is_empty() {
        v.set("parameters", Item::new(Value::Map(params), None));
    }
    Item::new(Value::Map(v), None)
}

#[allow(clippy::too_many_arguments)]
fn operation_item(
    at_op: &str,
    op: &Operation,
    own: &str,
    variant_names: Vec<String>,
    view: &SpecView,
    resources: &Map,
    tables: &mut Vec<OptionTable>,
    notes: &mut Vec<Note>,
) -> Item {
    let items: Vec<(ApiVersion, Item)> = op
        .pages
        .iter()
        .map(|(v, page, api)| {
            (
                *v,
                page_item(at_op, op, own, page, api, view, resources, tables, notes),
            )
        })
        .collect();
    let mut item = merge_versions(at_op, items, notes);
    let Value::Map(m) = &mut item.value else {
        return item;
    };
    let first = &op.own_from;
    m.set("summary", Item::text(op.summary.clone()));
    m.set(
        "variants",
        Item::new(Value::List(variant_names), at(&first.file, first.line)),
    );
    let stated: Vec<String> = op
        .pages
        .iter()
        .map(|(v, _, _)| v.as_str().to_owned())
        .collect();
    m.set("versions", Item::new(Value::Stated(stated), None));
    if let Body::Resource {
        name,
        accepts,
        required,
        description,
        from,
        ..
    } = &op.body
    {
        let mut b = Map::new(false, false);
        if let Some(d) = description {
            b.set("description", Item::text(d.clone()));
        }
        let src = at(&from.file, from.line);
        b.set(
            "resource",
            Item::new(Value::Scalar(name.clone()), src.clone()),
        );
        b.set(
            "accepts",
            Item::new(Value::List(accepts.clone()), src.clone()),
        );
        if !required.is_empty() {
            b.set(
                "required",
                Item::new(Value::List(required.clone()), src.clone()),
            );
        }
        m.set("body", Item::new(Value::Map(b), src));
    }
    let mut scopes = Map::new(true, false);
    for (k, row) in op.scopes.rows.iter().enumerate() {
        let value = match row {
            ScopeRowFact::NotSupported => Value::Scalar(NOT_SUPPORTED.to_owned()),
            ScopeRowFact::Scopes(s) => Value::List(s.clone()),
        };
        scopes.set(
            PermissionType::ALL[k].as_str(),
            Item::new(value, op.scopes.from[k].clone()),
        );
    }
    m.set("scopes", Item::new(Value::Map(scopes), None));
    item
}

/// One version's page of an operation → its entry as that page says it.
#[allow(clippy::too_many_arguments)]
fn page_item(
    at_op: &str,
    op: &Operation,
    own: &str,
    page: &PageFacts,
    api: &ApiFacts,
    view: &SpecView,
    resources: &Map,
    tables: &mut Vec<OptionTable>,
    notes: &mut Vec<Note>,
) -> Item {
    let src = |line| at(&page.file, line);
    let first_line = op.own_from.line;
    let mut m = Map::new(false, false);
    m.set("summary", Item::text(op.summary.clone()));
    if let Some(lead) = &page.lead {
        m.set("description", Item::text(lead.clone()));
    }
    m.set(
        "method",
        Item::new(
            Value::Scalar(op.method.as_str().to_owned()),
            src(first_line),
        ),
    );
    m.set(
        "path",
        Item::new(Value::Scalar(own.to_owned()), src(first_line)),
    );
    let mut params = Map::new(true, false);
    let page_own = api
        .paths
        .iter()
        .map(|p| naming::canonical_path(&p.path))
        .find(|p| shape(p).ends_with(&shape(own)) && !own.is_empty())
        .map(|p| {
            let n = segments(own).len();
            let segs = segments(&p);
            format!("/{}", segs[segs.len().saturating_sub(n)..].join("/"))
        })
        .unwrap_or_else(|| own.to_owned());
    let descriptions = described(api, &page_own);
    for (k, p) in placeholders(own).into_iter().enumerate() {
        let d = descriptions.get(k).cloned().unwrap_or_default();
        params.set(p, Item::text(d));
    }
    if !params.entries.is_empty() {
        m.set("parameters", Item::new(Value::Map(params), src(first_line)));
    }
    m.set("variants", Item::new(Value::List(Vec::new()), None));
    m.set("versions", Item::new(Value::Versions(None), None));
    headers(at_op, page, api, &mut m, tables, notes);
    query(at_op, page, api, &mut m, notes);
    match &op.body {
        Body::Fields => fields_body(at_op, page, api, view, resources, tables, &mut m),
        // Written once the versions are merged; here for its place.
        Body::Resource { .. } => m.set("body", Item::new(Value::Map(Map::default()), None)),
        Body::None | Body::Unsaid { .. } | Body::Unknown => {}
    }
    response(api, view, resources, page, &mut m);
    m.set("scopes", Item::new(Value::Map(Map::new(true, false)), None));
    Item::new(Value::Map(m), src(first_line))
}

fn headers(
    at_op: &str,
    page: &PageFacts,
    api: &ApiFacts,
    op: &mut Map,
    tables: &mut Vec<OptionTable>,
    notes: &mut Vec<Note>,
) {
    let mut map = Map::new(true, false);
    for h in &api.headers {
        let src = at(&page.file, h.line);
        let Some(known) = KnownHeader::parse_ignoring_case(&h.name) else {
            let names: Vec<&str> = KnownHeader::ALL.iter().map(|k| k.conventional()).collect();
            notes.push(Note::new(
                NoteKind::Unsupported,
                src,
                format!("{at_op}.headers"),
                format!("the page names the request header `{}`, which the spec format does not know (it knows {}); left out", h.name, names.join(", ")),
            ));
            continue;
        };
        let mut m = Map::new(true, false);
        m.set("required", Item::new(Value::Flag(h.required), src.clone()));
        m.set("description", Item::text(h.description.clone()));
        if let Some(status) = failure_status(&h.description).filter(|_| known.status().is_some()) {
            m.set("status", Item::new(Value::Number(status), src.clone()));
        }
        if let Some((_, values)) = api
            .header_values
            .iter()
            .find(|(name, _)| name.eq_ignore_ascii_case(&h.name))
        {
            let name = naming::header_enumeration(&h.name);
            tables.push(OptionTable::new(&name, page, values));
            m.set(
                "type",
                Item::new(Value::Scalar(name), at(&page.file, values.line)),
            );
        }
        map.set(h.name.clone(), Item::new(Value::Map(m), src));
    }
    if let Some(first) = api.headers.first() {
        if !map.entries.is_empty() {
            op.set(
                "headers",
                Item::new(Value::Map(map), at(&page.file, first.line)),
            );
        }
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

fn query(at_op: &str, page: &PageFacts, api: &ApiFacts, op: &mut Map, notes: &mut Vec<Note>) {
    let mut map = Map::new(true, false);
    for (option, sentence, line) in &api.query {
        let src = at(&page.file, *line);
        if QueryOption::parse(option).is_none() {
            let known: Vec<&str> = QueryOption::spellings().collect();
            notes.push(Note::new(
                NoteKind::Unsupported,
                src,
                format!("{at_op}.query"),
                format!("the page names the query option `{option}`, which the spec format does not know (it knows {}); left out", known.join(", ")),
            ));
            continue;
        }
        map.set(
            option.clone(),
            Item::new(Value::Text(sentence.clone()), src),
        );
    }
    if let Some((_, _, line)) = api.query.first() {
        if !map.entries.is_empty() {
            op.set("query", Item::new(Value::Map(map), at(&page.file, *line)));
        }
    }
}

fn fields_body(
    at_op: &str,
    page: &PageFacts,
    api: &ApiFacts,
    view: &SpecView,
    resources: &Map,
    tables: &mut Vec<OptionTable>,
    op: &mut Map,
) {
    let Some(b) = &api.body else { return };
    if b.fields.is_empty() {
        return;
    }
    let mut fields = Map::new(true, true);
    for f in &b.fields {
        let src = at(&page.file, f.line);
        let mut m = Map::new(true, false);
        let mut ty = field_type(at_op, &f.name, &f.ty.render(), view, resources);
        // A field with an option table on the page: its values go to the field's
        // enumeration (a string field without one gets one, named by rule).
        if let Some(table) = api.enums.iter().find(|e| e.property == f.name) {
            let element_name = base(&ty).to_owned();
            let enum_name = if element_name == Primitive::String.as_str() {
                let op_name = at_op.rsplit('.').next().unwrap_or_default();
                let e = naming::enumeration(op_name, &f.name, f.ty.collection);
                ty = with_element(&ty, &e);
                e
            } else {
                element_name
            };
            tables.push(OptionTable::new(&enum_name, page, table));
        }
        m.set("type", Item::new(Value::Scalar(ty), src.clone()));
        m.set(
            "required",
            Item::new(Value::Flag(f.required == Some(true)), src.clone()),
        );
        m.set("description", Item::text(f.description.clone()));
        m.set("versions", Item::new(Value::Versions(None), None));
        fields.set(f.name.clone(), Item::new(Value::Map(m), src));
    }
    let mut body = Map::new(false, false);
    if let Some(text) = &b.description {
        body.set("description", Item::text(text.clone()));
    }
    let src = at(&page.file, b.line);
    body.set("fields", Item::new(Value::Map(fields), src.clone()));
    op.set("body", Item::new(Value::Map(body), src));
}

/// A string field is the enumeration the spec gives it, or the one the only resource
/// property of the same name and shape uses (`roles` → `Collection(role)`).
fn field_type(at_op: &str, field: &str, page: &str, view: &SpecView, resources: &Map) -> String {
    let (page_base, page_collection) = element(page);
    if page_base != Primitive::String.as_str() {
        return page.to_owned();
    }
    if let Some(t) = view.type_of(at_op, field) {
        let (b, collection) = element(t);
        if view.enums.iter().any(|e| e == b) && collection == page_collection {
            return t.to_owned();
        }
    }
    let mut found: Vec<String> = Vec::new();
    for (_, r) in &resources.entries {
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
        let (b, collection) = element(t);
        let is_resource = resources.get(b).is_some();
        if Primitive::parse(b).is_none()
            && !is_resource
            && collection == page_collection
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

fn response(api: &ApiFacts, view: &SpecView, resources: &Map, page: &PageFacts, op: &mut Map) {
    let Some(r) = &api.response else { return };
    let src = at(&page.file, r.line);
    let mut m = Map::new(false, false);
    let shape = r.shape.unwrap_or(Shape::Single);
    if shape != Shape::None {
        let known: Vec<String> = resources
            .entries
            .iter()
            .map(|(k, _)| k.clone())
            .chain(view.resources.iter().cloned())
            .collect();
        let ty = r.words.iter().find_map(|w| {
            let w = w.trim_end_matches('s');
            known
                .iter()
                .find(|k| k.eq_ignore_ascii_case(w) || k.eq_ignore_ascii_case(&format!("{w}s")))
        });
        if let Some(ty) = ty {
            m.set("type", Item::new(Value::Scalar(ty.clone()), src.clone()));
        }
    }
    m.set(
        "shape",
        Item::new(Value::Scalar(shape.as_str().to_owned()), src.clone()),
    );
    let mut statuses = Map::new(true, true);
    for (code, sentence, line) in &r.statuses {
        let mut status = Map::new(false, false);
        status.set("description", Item::text(sentence.clone()));
        status.set("versions", Item::new(Value::Versions(None), None));
        statuses.set(
            code.to_string(),
            Item::new(Value::Map(status), at(&page.file, *line)),
        );
    }
    m.set("statuses", Item::new(Value::Map(statuses), src.clone()));
    op.set("response", Item::new(Value::Map(m), src));
}
