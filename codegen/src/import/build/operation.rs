//! The merged operations → `families:`: each family's variants ([`variant`](super::variant))
//! and operations (by the spec's names where it has the identity, else by rule), each
//! operation's entry merged from its pages of both versions.

use super::super::doc::{Item, Map, Source, Value};
use super::super::facts::{ApiFacts, PageFacts, ScopeRowFact};
use super::super::merge::{Body, Family, Merged, Operation, ScopeData};
use super::super::naming::{self, placeholders, segments, shape};
use super::super::note::{Note, NoteKind};
use super::super::spec_view::{FamilyView, SpecView};
use super::ranking::Ranking;
use super::request::{fields_body, headers, query, response};
use super::resource::OptionTable;
use super::variant::{described, free, variants};
use super::{at, merge_versions};
use crate::vocab::{ApiVersion, PermissionType, NOT_SUPPORTED};

/// `families:` and the scopes its operations name, least privileged first.
pub(super) struct Families {
    pub map: Map,
    pub scopes: Ranking,
    /// (where a note pointed before the operation had a name, where it points now).
    pub renames: Vec<(String, String)>,
}

/// What building an operation's entry reads and adds to.
pub(super) struct Building<'a> {
    pub view: &'a SpecView,
    /// The resources the pages give, as built.
    pub resources: &'a Map,
    /// The option tables met, for `enums:`.
    pub tables: &'a mut Vec<OptionTable>,
    pub notes: &'a mut Vec<Note>,
    /// Microsoft's permission data, when given: it ranks the scopes the pages do not.
    pub data: Option<&'a dyn ScopeData>,
}

pub(super) fn families(merged: &Merged, b: &mut Building) -> Families {
    let mut out = Families {
        map: Map::new(false, false),
        scopes: Ranking::default(),
        renames: Vec::new(),
    };
    let empty = FamilyView::default();
    // Every scope the operations name, first seen first, and every row that names them.
    let mut names_seen: Vec<String> = Vec::new();
    let mut rows: Vec<(Vec<String>, Option<Source>)> = Vec::new();
    for family in &merged.families {
        let fv = b.view.family(&family.name).unwrap_or(&empty);
        let ops: Vec<&Operation> = merged
            .operations
            .iter()
            .filter(|o| o.family == family.name)
            .collect();
        let (variants, names) = variants(family, fv, &ops, b.notes);
        let mut operations = Map::new(false, false);
        for op in &ops {
            let name = operation_name(family, fv, op, &operations, b.notes);
            let at_op = format!("families.{}.operations.{name}", family.name);
            out.renames.push((
                super::super::merge::identity_at(&op.family, op.method, &op.own),
                at_op.clone(),
            ));
            let own = fv
                .operation_for(op.method.as_str(), &op.own)
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
            let item = operation_item(&at_op, op, &own, variant_names, b);
            for (row, from) in op.scopes.rows.iter().zip(&op.scopes.from) {
                if let ScopeRowFact::Scopes(list) = row {
                    for s in list {
                        if !names_seen.contains(s) {
                            names_seen.push(s.clone());
                        }
                    }
                    rows.push((list.clone(), from.clone()));
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
    let level = |s: &str| b.data.and_then(|d| d.privilege_level(s));
    out.scopes = Ranking::new(&names_seen, rows, level, &b.view.scopes);
    out
}

/// An operation's name: the spec's for its identity, else the rule's (with a number, said,
/// when the family already has that name).
fn operation_name(
    family: &Family,
    fv: &FamilyView,
    op: &Operation,
    named: &Map,
    notes: &mut Vec<Note>,
) -> String {
    if let Some((n, _)) = fv.operation_for(op.method.as_str(), &op.own) {
        return n.to_owned();
    }
    let rule = naming::operation(op.method, &op.own);
    let name = free(&rule, |n| fv.has_operation(n) || named.get(n).is_some());
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

fn operation_item(
    at_op: &str,
    op: &Operation,
    own: &str,
    variant_names: Vec<String>,
    b: &mut Building,
) -> Item {
    let items: Vec<(ApiVersion, Item)> = op
        .pages
        .iter()
        .map(|(v, page, api)| (*v, page_item(at_op, op, own, page, api, b)))
        .collect();
    let mut item = merge_versions(at_op, items, b.notes);
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
fn page_item(
    at_op: &str,
    op: &Operation,
    own: &str,
    page: &PageFacts,
    api: &ApiFacts,
    b: &mut Building,
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
    headers(at_op, page, api, &mut m, b.tables, b.notes);
    query(at_op, page, api, &mut m, b.notes);
    match &op.body {
        Body::Fields => fields_body(at_op, page, api, b.view, b.resources, b.tables, &mut m),
        // Written once the versions are merged; here for its place.
        Body::Resource { .. } => m.set("body", Item::new(Value::Map(Map::default()), None)),
        Body::None | Body::Unsaid { .. } | Body::Unknown => {}
    }
    response(api, b.view, b.resources, page, &mut m);
    m.set("scopes", Item::new(Value::Map(Map::new(true, false)), None));
    Item::new(Value::Map(m), src(first_line))
}
