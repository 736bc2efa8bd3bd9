//! The parts of an operation one version's page gives: its headers, query options, body
//! fields and response.

use super::super::doc::{Item, Map, Value};
use super::super::facts::{ApiFacts, PageFacts};
use super::super::naming;
use super::super::note::{Note, NoteKind};
use super::super::spec_view::SpecView;
use super::super::types::{base, element, with_element};
use super::at;
use super::resource::OptionTable;
use crate::vocab::{KnownHeader, Primitive, QueryOption, Shape};

pub(super) fn headers(
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

pub(super) fn query(
    at_op: &str,
    page: &PageFacts,
    api: &ApiFacts,
    op: &mut Map,
    notes: &mut Vec<Note>,
) {
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

pub(super) fn fields_body(
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

pub(super) fn response(
    api: &ApiFacts,
    view: &SpecView,
    resources: &Map,
    page: &PageFacts,
    op: &mut Map,
) {
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
