//! A family's variants: named by the spec where it has the path, else by rule; the first path
//! of the family's first page `primary` (unless the spec names one); each with its path and
//! its parameters, described where a page's "Path parameters" table does.

use super::super::doc::{Item, Map, Value};
use super::super::facts::ApiFacts;
use super::super::merge::{Address, Family, Operation};
use super::super::naming::{self, placeholders, segments, shape};
use super::super::note::{Note, NoteKind};
use super::super::spec_view::FamilyView;
use crate::model::PathTemplate;
use crate::vocab::{ParameterStyle, ParameterType};

/// What a page's "Path parameters" table says of the placeholders of a path, by position.
pub(super) fn described(api: &ApiFacts, path: &str) -> Vec<String> {
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
pub(super) fn free(base: &str, taken: impl Fn(&str) -> bool) -> String {
    let mut name = base.to_owned();
    let mut k = 2;
    while taken(&name) {
        name = format!("{base}{k}");
        k += 1;
    }
    name
}

/// The variants of a family its kept operations reach (`variants:`), and the name of each by
/// its address's shape.
pub(super) fn variants(
    family: &Family,
    fv: &FamilyView,
    ops: &[&Operation],
    notes: &mut Vec<Note>,
) -> (Map, Vec<(String, String)>) {
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
        variants.set(name, variant_item(address, ops));
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
    (variants, names)
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
