//! A resource page → its entry under `resources:`, and the enumerations its option tables give.

use super::super::doc::{Item, Map, Source, Value};
use super::super::facts::{lower_first, EnumFact, FieldFact, PageFacts, ResourceFacts};
use super::super::naming;
use super::super::spec_view::SpecView;
use super::super::types::with_element;
use crate::vocab::ApiVersion;

/// A resource page → the resource's entry, named `name` (the annotation's or the title's).
pub(super) fn item(
    name: &str,
    page: &PageFacts,
    r: &ResourceFacts,
    view: &SpecView,
    tables: &mut Vec<OptionTable>,
) -> Item {
    let at = |line| {
        Some(Source {
            file: page.file.clone(),
            line,
        })
    };
    let mut map = Map::new(false, false);
    if let Some(lead) = &page.lead {
        map.set("description", Item::text(lead.clone()));
    }
    let inherited = view.inherited(name);
    let mut props = Map::new(true, true);
    for p in &r.properties {
        if inherited.contains(&p.name.as_str()) {
            continue;
        }
        let ty = property_type(name, page, r, p, view, tables);
        let mut f = Map::new(true, false);
        f.set("type", Item::new(Value::Scalar(ty), at(p.line)));
        f.set("description", Item::text(p.description.clone()));
        f.set("read_only", Item::new(Value::Flag(p.read_only), at(p.line)));
        if let Some(d) = &p.deprecated {
            // The spec's `deprecated` names a replacement: the property the page names
            // instead, else the page's `…V2` successor; without one it cannot be said.
            let successor = format!("{}V2", p.name);
            let replacement = d.replacement.as_deref().map(lower_first).or_else(|| {
                r.properties
                    .iter()
                    .any(|q| q.name == successor)
                    .then_some(successor)
            });
            if let Some(replacement) = replacement {
                let mut dep = Map::new(false, false);
                dep.set(
                    "replacement",
                    Item::new(Value::Scalar(replacement), at(p.line)),
                );
                if let Some(n) = &d.note {
                    dep.set("note", Item::text(n.clone()));
                }
                f.set("deprecated", Item::new(Value::Map(dep), at(p.line)));
            }
        }
        f.set("versions", Item::new(Value::Versions(None), None));
        props.set(p.name.clone(), Item::new(Value::Map(f), at(p.line)));
    }
    map.set("properties", Item::new(Value::Map(props), at(r.title_line)));
    Item::new(Value::Map(map), at(r.title_line))
}

/// The property's type in the spec's spelling. A string property with an option table uses
/// that table's enumeration (named as the spec names it, else by rule); one the spec already
/// types by an enumeration keeps it.
fn property_type(
    resource: &str,
    page: &PageFacts,
    r: &ResourceFacts,
    p: &FieldFact,
    view: &SpecView,
    tables: &mut Vec<OptionTable>,
) -> String {
    let page_ty = p.ty.render();
    let spec_ty = view.type_of(resource, &p.name);
    let spec_enum = spec_ty
        .map(super::super::types::base)
        .filter(|b| view.enums.iter().any(|e| e == b));
    let Some(table) = r.enums.iter().find(|e| e.property == p.name) else {
        return match (p.ty.base.as_str(), spec_ty, spec_enum) {
            ("String", Some(t), Some(_)) => t.to_owned(),
            _ => page_ty,
        };
    };
    let name = spec_enum
        .map(str::to_owned)
        .unwrap_or_else(|| naming::enumeration(resource, &p.name, p.ty.collection));
    tables.push(OptionTable::new(&name, page, table));
    with_element(&page_ty, &name)
}

/// One option table: the values one page gives an enumeration.
pub(super) struct OptionTable {
    pub name: String,
    pub version: ApiVersion,
    pub from: Source,
    pub values: Vec<(String, String, Source)>,
}

impl OptionTable {
    pub fn new(name: &str, page: &PageFacts, table: &EnumFact) -> OptionTable {
        let at = |line| Source {
            file: page.file.clone(),
            line,
        };
        OptionTable {
            name: name.to_owned(),
            version: page.version,
            from: at(table.line),
            values: table
                .values
                .iter()
                .map(|v| (v.value.clone(), v.description.clone(), at(v.line)))
                .collect(),
        }
    }
}

/// The enumerations of every option table: a value in the tables of both versions is in
/// both; one the tables of only one version list (while the other version has tables of
/// the enumeration) gets `versions:`. Values in the order first seen, v1.0 first.
pub(super) fn enumerations(tables: &[OptionTable]) -> Map {
    let mut enums = Map::new(false, false);
    let mut names: Vec<&str> = Vec::new();
    for t in tables {
        if !names.contains(&t.name.as_str()) {
            names.push(&t.name);
        }
    }
    for name in names {
        let of = |version: ApiVersion| -> Vec<&OptionTable> {
            tables
                .iter()
                .filter(|t| t.name == name && t.version == version)
                .collect()
        };
        let [stable, preview] = ApiVersion::ALL else {
            unreachable!("two API versions")
        };
        let (v1, beta) = (of(*stable), of(*preview));
        let has = |ts: &[&OptionTable], value: &str| {
            ts.iter()
                .any(|t| t.values.iter().any(|(v, _, _)| v == value))
        };
        let mut values = Map::new(true, true);
        for t in v1.iter().chain(&beta) {
            for (k, (value, description, from)) in t.values.iter().enumerate() {
                if values.get(value).is_some() {
                    continue;
                }
                let versions = match (has(&v1, value), has(&beta, value)) {
                    (true, false) if !beta.is_empty() => Some(vec![stable.as_str().to_owned()]),
                    (false, true) if !v1.is_empty() => Some(vec![preview.as_str().to_owned()]),
                    _ => None,
                };
                let mut m = Map::new(false, false);
                m.set("description", Item::text(description.clone()));
                m.set("versions", Item::new(Value::Versions(versions), None));
                let item = Item::new(Value::Map(m), Some(from.clone()));
                // After the value this table lists before it.
                let place = t.values[..k]
                    .iter()
                    .rev()
                    .find_map(|(p, _, _)| values.entries.iter().position(|(q, _)| q == p))
                    .map(|p| p + 1)
                    .unwrap_or(values.entries.len());
                values.entries.insert(place, (value.clone(), item));
            }
        }
        let first = v1.first().or(beta.first()).copied();
        let mut e = Map::new(false, false);
        e.set(
            "values",
            Item::new(Value::Map(values), first.map(|t| t.from.clone())),
        );
        enums.set(
            name.to_owned(),
            Item::new(Value::Map(e), first.map(|t| t.from.clone())),
        );
    }
    enums
}
