//! Stage 4: the merged facts → the spec the pages give ([`Doc`](super::doc)), in the families
//! form, one version of the truth per version: an entry on the pages of both versions is in
//! both; one only one version's page has gets `versions: [that version]` where the spec can
//! say so (operations, properties, body fields, enumeration values, statuses), and a note
//! where it cannot. Names come from the spec where it has the thing (by identity), else from
//! the rules of [`naming`](super::naming).

mod operation;
mod ranking;
mod request;
mod resource;
mod variant;

use super::doc::{Item, Map, Source, Value};
use super::merge::{Merged, ScopeData};
use super::note::{Note, NoteKind};
use super::spec_view::SpecView;
use super::types::base;
use crate::vocab::{ApiVersion, Primitive};
pub(crate) use ranking::Ranking;

/// The spec the pages give.
pub(crate) struct Built {
    pub root: Map,
    pub notes: Vec<Note>,
    /// (where a note of the merge pointed before the operation had a name, where it points).
    pub renames: Vec<(String, String)>,
    /// The order of `scopes:`, and why.
    pub scopes: Ranking,
}

impl Built {
    /// Points notes made before the operations had names at their names. An identity is
    /// replaced whole (`families.list.GET /permissions` is not the start of
    /// `families.list.GET /permissions/{permission-id}`).
    pub fn rename(&self, notes: &mut [Note]) {
        for n in notes {
            let renamed = self.renames.iter().find_map(|(old, new)| {
                let rest = n.at.strip_prefix(old.as_str())?;
                (rest.is_empty() || rest.starts_with('.')).then(|| format!("{new}{rest}"))
            });
            if let Some(at) = renamed {
                n.at = at;
            }
        }
    }
}

pub(crate) fn build(merged: &Merged, view: &SpecView, data: Option<&dyn ScopeData>) -> Built {
    let mut notes = Vec::new();
    let mut root = Map::new(false, false);
    let mut sources = Map::new(false, false);
    for (name, versions) in &merged.sources {
        let list = versions.iter().map(|v| v.as_str().to_owned()).collect();
        sources.set(name.clone(), Item::new(Value::List(list), None));
    }
    if !sources.entries.is_empty() {
        root.set("sources", Item::new(Value::Map(sources), None));
    }

    let mut tables = Vec::new();
    let mut res_map = Map::new(false, false);
    for r in &merged.resources {
        let items: Vec<(ApiVersion, Item)> = r
            .pages
            .iter()
            .map(|(v, page, facts)| (*v, resource::item(&r.name, page, facts, view, &mut tables)))
            .collect();
        let item = merge_versions(&format!("resources.{}", r.name), items, &mut notes);
        res_map.set(r.name.clone(), item);
    }
    let known = resource::enumerations(&tables);
    drop_unknown_types(&mut res_map, &known, view, &mut notes);

    let operation::Families {
        map: families,
        scopes: ranking,
        renames,
    } = operation::families(
        merged,
        &mut operation::Building {
            view,
            resources: &res_map,
            tables: &mut tables,
            notes: &mut notes,
            data,
        },
    );
    let enums = resource::enumerations(&tables);

    let mut scopes = Map::new(false, false);
    for name in &ranking.order {
        let description = data.and_then(|d| d.description(name)).unwrap_or_default();
        scopes.set(name.clone(), Item::new(Value::Text(description), None));
    }
    for (key, map) in [
        ("scopes", scopes),
        ("enums", enums),
        ("resources", res_map),
        ("families", families),
    ] {
        root.set(key, Item::new(Value::Map(map), None));
    }
    Built {
        root,
        notes,
        renames,
        scopes: ranking,
    }
}

/// The versions' view of one thing → one, with `versions:` where they differ and the spec
/// can say so.
pub(super) fn merge_versions(
    at: &str,
    items: Vec<(ApiVersion, Item)>,
    notes: &mut Vec<Note>,
) -> Item {
    let mut it = items.into_iter();
    let Some((va, a)) = it.next() else {
        return Item::new(Value::Map(Map::default()), None);
    };
    match it.next() {
        Some((vb, b)) => merge(at, (va, a), (vb, b), notes),
        None => a,
    }
}

fn merge(
    at: &str,
    (va, a): (ApiVersion, Item),
    (vb, b): (ApiVersion, Item),
    notes: &mut Vec<Note>,
) -> Item {
    match (a.value, b.value) {
        (Value::Map(ma), Value::Map(mb)) => {
            let mut out = Map::new(ma.owned, ma.versioned);
            let keys_b: Vec<String> = mb.entries.iter().map(|(k, _)| k.clone()).collect();
            let mut rest_b: Vec<(String, Item)> = mb.entries;
            for (k, ia) in ma.entries {
                let child = format!("{at}.{k}");
                match rest_b.iter().position(|(kb, _)| *kb == k) {
                    Some(p) => {
                        let (_, ib) = rest_b.remove(p);
                        out.entries
                            .push((k, merge(&child, (va, ia), (vb, ib), notes)));
                    }
                    None => out
                        .entries
                        .push((k, one_sided(&child, ia, va, ma.versioned, notes))),
                }
            }
            for (k, ib) in rest_b {
                let child = format!("{at}.{k}");
                let item = one_sided(&child, ib, vb, mb.versioned, notes);
                // After the key the other page lists before it.
                let before = keys_b.iter().position(|x| *x == k).unwrap_or(0);
                let place = keys_b[..before]
                    .iter()
                    .rev()
                    .find_map(|p| out.entries.iter().position(|(q, _)| q == p))
                    .map(|p| p + 1)
                    .unwrap_or(0);
                out.entries.insert(place, (k, item));
            }
            Item::new(Value::Map(out), a.from)
        }
        (Value::Text(t), _) => Item::new(Value::Text(t), a.from),
        (va_value, vb_value) => {
            if va_value != vb_value && !matches!(va_value, Value::Versions(_)) {
                let shown = super::doc::inline(&vb_value);
                let from_a = a
                    .from
                    .as_ref()
                    .map(|s| format!(" ({s})"))
                    .unwrap_or_default();
                notes.push(Note::new(
                    NoteKind::VersionsDisagree,
                    b.from.clone(),
                    at,
                    format!(
                        "the {vb} page says {shown}, the {va} page {}{from_a}; the spec holds one value for both versions and takes the {va} page's",
                        super::doc::inline(&va_value)
                    ),
                ));
            }
            Item::new(va_value, a.from)
        }
    }
}

fn one_sided(
    at: &str,
    mut item: Item,
    version: ApiVersion,
    versioned: bool,
    notes: &mut Vec<Note>,
) -> Item {
    if versioned {
        if let Value::Map(m) = &mut item.value {
            m.set(
                "versions",
                Item::new(
                    Value::Versions(Some(vec![version.as_str().to_owned()])),
                    None,
                ),
            );
            return item;
        }
    }
    if !matches!(item.value, Value::Text(_) | Value::Versions(_)) {
        notes.push(Note::new(
            NoteKind::OneVersion,
            item.from.clone(),
            at,
            format!("only the {version} page says this; the spec cannot tell the versions apart here, so it holds for both"),
        ));
    }
    item
}

/// Leaves out a property whose type no page read (and nothing in the spec) defines: the
/// spec would not validate, and what the type holds is on a page not given.
fn drop_unknown_types(resources: &mut Map, enums: &Map, view: &SpecView, notes: &mut Vec<Note>) {
    let known: Vec<String> = resources
        .entries
        .iter()
        .chain(&enums.entries)
        .map(|(k, _)| k.clone())
        .chain(view.resources.iter().cloned())
        .chain(view.enums.iter().cloned())
        .collect();
    for (name, r) in &mut resources.entries {
        let Value::Map(r) = &mut r.value else {
            continue;
        };
        let Some(Item {
            value: Value::Map(props),
            ..
        }) = r.get_mut("properties")
        else {
            continue;
        };
        props.entries.retain(|(p, item)| {
            let Value::Map(m) = &item.value else { return true };
            let Some(Value::Scalar(ty)) = m.get("type").map(|t| &t.value) else {
                return true;
            };
            let ty_base = base(ty);
            if Primitive::parse(ty_base).is_some() || known.iter().any(|k| k == ty_base) {
                return true;
            }
            notes.push(Note::new(
                NoteKind::LeftOut,
                item.from.clone(),
                format!("resources.{name}.properties.{p}"),
                format!("its type `{ty_base}` is on no page read and not in the spec, so the property is left out; import the page of `{ty_base}` too (`--page resources/{}.md`)", ty_base.to_lowercase()),
            ));
            false
        });
    }
}

/// A source for an item at a page line.
pub(super) fn at(file: &str, line: usize) -> Option<Source> {
    Some(Source {
        file: file.to_owned(),
        line,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_identity_is_renamed_whole_never_as_the_start_of_another() {
        let built = Built {
            root: Map::new(false, false),
            notes: Vec::new(),
            scopes: Ranking::default(),
            renames: vec![
                (
                    "families.list.GET /permissions".to_owned(),
                    "families.list.operations.list".to_owned(),
                ),
                (
                    "families.list.GET /permissions/{permission-id}".to_owned(),
                    "families.list.operations.get".to_owned(),
                ),
            ],
        };
        let note = |at: &str| Note::new(NoteKind::FilledFromData, None, at, "");
        let mut notes = vec![
            note("families.list.GET /permissions/{permission-id}.scopes"),
            note("families.list.GET /permissions.scopes"),
            note("families.list.GET /permissions"),
            note("families.list.GET /permissionsX"),
        ];
        built.rename(&mut notes);
        let at: Vec<&str> = notes.iter().map(|n| n.at.as_str()).collect();
        assert_eq!(
            at,
            [
                "families.list.operations.get.scopes",
                "families.list.operations.list.scopes",
                "families.list.operations.list",
                "families.list.GET /permissionsX",
            ]
        );
    }
}
