//! A resource page → its entry under `resources:`, and the enumerations its option tables give.

use super::super::doc::{Item, Map, Source, Value};
use super::super::facts::{FieldFact, PageFacts, PageKind, ResourceFacts};
use super::super::naming;
use super::super::spec_view::SpecView;

pub(super) fn item(page: &PageFacts, view: &SpecView, enums: &mut Map) -> Item {
    let PageKind::Resource(r) = &page.kind else {
        return Item::new(Value::Map(Map::default()), None);
    };
    let at = |line| {
        Some(Source {
            file: page.file.clone(),
            line,
        })
    };
    let mut map = Map::new(false, false);
    map.set(
        "description",
        Item::text(
            page.lead
                .clone()
                .unwrap_or_else(|| format!("The {} resource.", r.name)),
        ),
    );
    let inherited = view.inherited(&r.name);
    let mut props = Map::new(true, true);
    for p in &r.properties {
        if inherited.contains(&p.name.as_str()) {
            continue;
        }
        let ty = property_type(page, r, p, view, enums);
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
    page: &PageFacts,
    r: &ResourceFacts,
    p: &FieldFact,
    view: &SpecView,
    enums: &mut Map,
) -> String {
    let page_ty = p.ty.render();
    let spec_ty = view.type_of(&r.name, &p.name);
    let spec_enum = spec_ty
        .map(|t| t.trim_start_matches("Collection(").trim_end_matches(')'))
        .filter(|b| view.enums.iter().any(|e| e == b));
    let Some(table) = r.enums.iter().find(|e| e.property == p.name) else {
        return match (p.ty.base.as_str(), spec_ty, spec_enum) {
            ("String", Some(t), Some(_)) => t.to_owned(),
            _ => page_ty,
        };
    };
    let name = spec_enum
        .map(str::to_owned)
        .unwrap_or_else(|| naming::enumeration(&r.name, &p.name, p.ty.collection));
    let from = Some(Source {
        file: page.file.clone(),
        line: table.line,
    });
    let mut values = Map::new(true, true);
    for v in &table.values {
        let mut value = Map::new(false, false);
        value.set("description", Item::text(v.description.clone()));
        value.set("versions", Item::new(Value::Versions(None), None));
        let line = Some(Source {
            file: page.file.clone(),
            line: v.line,
        });
        values.set(v.value.clone(), Item::new(Value::Map(value), line));
    }
    let mut e = Map::new(false, false);
    e.set(
        "description",
        Item::text(format!(
            "The values of the `{}` property of {}.",
            p.name, r.name
        )),
    );
    e.set("values", Item::new(Value::Map(values), from.clone()));
    let item = Item::new(Value::Map(e), from);
    // The enumeration of two versions' pages: merged by the caller's version merge when the
    // resource is; here the first page read of each version adds its values.
    match enums.get_mut(&name) {
        Some(existing) => merge_values(existing, item, &page.version),
        None => enums.set(name.clone(), item),
    }
    if p.ty.collection {
        format!("Collection({name})")
    } else {
        name
    }
}

/// Adds the values of another version's table, marking the values only one version lists.
fn merge_values(existing: &mut Item, new: Item, version: &str) {
    let (Value::Map(old), Value::Map(new)) = (&mut existing.value, new.value) else {
        return;
    };
    let (Some(Value::Map(old_values)), Some(Value::Map(new_values))) = (
        old.get_mut("values").map(|i| &mut i.value),
        new.get("values").map(|i| i.value.clone()),
    ) else {
        return;
    };
    let other = if version == "beta" { "v1.0" } else { "beta" };
    for (k, item) in &mut old_values.entries {
        if new_values.get(k).is_none() {
            set_versions(item, other);
        }
    }
    let mut last: Option<usize> = None;
    for (k, mut item) in new_values.entries {
        match old_values.entries.iter().position(|(o, _)| *o == k) {
            Some(p) => last = Some(p),
            None => {
                set_versions(&mut item, version);
                let at = last.map(|p| p + 1).unwrap_or(old_values.entries.len());
                old_values.entries.insert(at, (k, item));
                last = Some(at);
            }
        }
    }
}

fn set_versions(item: &mut Item, version: &str) {
    if let Value::Map(m) = &mut item.value {
        m.set(
            "versions",
            Item::new(Value::Versions(Some(vec![version.to_owned()])), None),
        );
    }
}

fn lower_first(name: &str) -> String {
    let mut chars = name.chars();
    match chars.next() {
        Some(c) => c.to_ascii_lowercase().to_string() + chars.as_str(),
        None => String::new(),
    }
}
