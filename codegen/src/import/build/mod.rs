//! Facts of every page → the spec they give ([`Doc`](super::doc)), one version of the truth
//! per version: an entry on the pages of both versions is in both; one only one version's page
//! has gets `versions: [that version]` where the spec can say so (operations, properties, body
//! fields, enumeration values, statuses), and a note where it cannot.

mod operation;
mod resource;

use std::collections::BTreeMap;

use super::doc::{Item, Map, Source, Value, VERSIONS};
use super::facts::{PageFacts, PageKind};
use super::spec_view::SpecView;
use crate::vocab::Primitive;

/// Something the pages say that the spec cannot hold as said, or a page that disagrees with
/// another: reported, never written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Note {
    /// Where in the spec: `operations.grant.scopes`.
    pub at: String,
    /// What the import noticed there, as a sentence.
    pub text: String,
}

/// The spec the pages give, and the notes.
pub(crate) struct Built {
    pub root: Map,
    pub notes: Vec<Note>,
}

/// What the pages of one thing (an operation or a resource) give, per version.
struct Group<'p> {
    pages: BTreeMap<usize, &'p PageFacts>,
}

pub(crate) fn build(pages: &[PageFacts], view: &SpecView) -> Built {
    let mut notes = Vec::new();
    let mut root = Map::new(false, false);
    let sources = sources(pages);
    if !sources.entries.is_empty() {
        root.set("sources", Item::new(Value::Map(sources), None));
    }

    let resources = groups(pages, |p| match &p.kind {
        PageKind::Resource(r) => Some(r.name.clone()),
        PageKind::Api(_) => None,
    });
    let mut res_map = Map::new(false, false);
    let mut tables = Vec::new();
    for (name, group) in &resources {
        let items = group.items(|p| resource::item(p, view, &mut tables));
        let item = merge_group(&format!("resources.{name}"), items, &mut notes);
        res_map.set(name.clone(), item);
    }
    let known = resource::enumerations(&tables);
    drop_unknown_types(&mut res_map, &known, view, &mut notes);
    let ops = operations(pages, view, &res_map, &mut tables, &mut notes);
    let enums = resource::enumerations(&tables);
    for (key, map) in [
        ("scopes", ops.scopes),
        ("enums", enums),
        ("resources", res_map),
        ("variants", ops.variants),
        ("operations", ops.operations),
    ] {
        root.set(key, Item::new(Value::Map(map), None));
    }
    Built { root, notes }
}

/// What the API pages give: operations, the variants they need, the scopes they name.
struct Operations {
    operations: Map,
    variants: Map,
    scopes: Map,
}

fn operations(
    pages: &[PageFacts],
    view: &SpecView,
    resources: &Map,
    tables: &mut Vec<resource::OptionTable>,
    notes: &mut Vec<Note>,
) -> Operations {
    let mut out = Operations {
        operations: Map::new(false, false),
        variants: Map::new(false, false),
        scopes: Map::new(false, false),
    };
    let ctx = operation::Context { view, resources };
    let api: Vec<(&PageFacts, operation::Split)> = pages
        .iter()
        .filter_map(|p| operation::split(p, notes).map(|s| (p, s)))
        .collect();
    let named = operation::name_all(&api, view, &mut out.variants);
    let mut by_name: BTreeMap<String, Group> = BTreeMap::new();
    let mut order: Vec<String> = Vec::new();
    for ((page, _), name) in api.iter().zip(&named) {
        if !order.contains(name) {
            order.push(name.clone());
        }
        by_name
            .entry(name.clone())
            .or_insert_with(|| Group {
                pages: BTreeMap::new(),
            })
            .add(page, notes, name);
    }
    for name in &order {
        let items = by_name[name].items(|p| {
            let k = api
                .iter()
                .position(|(q, _)| std::ptr::eq(*q, p))
                .unwrap_or(0);
            let split = &api[k].1;
            operation::item(p, split, &named[k], &ctx, &out.variants, tables, notes)
        });
        let present: Vec<String> = items.iter().map(|(v, _)| v.to_string()).collect();
        let mut item = merge_group(&format!("operations.{name}"), items, notes);
        if let Value::Map(m) = &mut item.value {
            m.set("versions", Item::new(Value::Stated(present), None));
            operation::scope_names(m, &mut out.scopes);
        }
        out.operations.set(name.clone(), item);
    }
    out
}

/// `sources:` — every page of a docs checkout read, and the versions it was read in. Pages
/// not read this time are not differences: an import of some pages says nothing of others.
fn sources(pages: &[PageFacts]) -> Map {
    let mut map = Map::new(false, false);
    for p in pages {
        let Some(name) = &p.name else { continue };
        let mut versions = match map.get(name).map(|i| &i.value) {
            Some(Value::List(v)) => v.clone(),
            _ => Vec::new(),
        };
        if !versions.contains(&p.version) {
            versions.push(p.version.clone());
        }
        versions.sort_by_key(|v| VERSIONS.iter().position(|w| w == v));
        map.set(name.clone(), Item::new(Value::List(versions), None));
    }
    map
}

fn groups<'p>(
    pages: &'p [PageFacts],
    key: impl Fn(&PageFacts) -> Option<String>,
) -> Vec<(String, Group<'p>)> {
    let mut out: Vec<(String, Group<'p>)> = Vec::new();
    let mut sink = Vec::new();
    for p in pages {
        let Some(name) = key(p) else { continue };
        match out.iter_mut().find(|(n, _)| *n == name) {
            Some((_, g)) => g.add(p, &mut sink, &name),
            None => {
                let mut g = Group {
                    pages: BTreeMap::new(),
                };
                g.add(p, &mut sink, &name);
                out.push((name, g));
            }
        }
    }
    out
}

impl<'p> Group<'p> {
    fn add(&mut self, page: &'p PageFacts, notes: &mut Vec<Note>, name: &str) {
        let k = VERSIONS
            .iter()
            .position(|v| *v == page.version)
            .unwrap_or(0);
        if let Some(first) = self.pages.get(&k) {
            notes.push(Note {
                at: name.to_owned(),
                text: format!(
                    "{} and {} are both the {} page of `{name}`; {} is used",
                    first.file, page.file, page.version, first.file
                ),
            });
            return;
        }
        self.pages.insert(k, page);
    }

    fn items(&self, mut make: impl FnMut(&'p PageFacts) -> Item) -> Vec<(&'static str, Item)> {
        self.pages
            .iter()
            .map(|(&k, &p)| (VERSIONS[k], make(p)))
            .collect()
    }
}

fn merge_group(at: &str, items: Vec<(&'static str, Item)>, notes: &mut Vec<Note>) -> Item {
    let mut it = items.into_iter();
    let Some((va, a)) = it.next() else {
        return Item::new(Value::Map(Map::default()), None);
    };
    match it.next() {
        Some((vb, b)) => merge(at, (va, a), (vb, b), notes),
        None => a,
    }
}

/// Two versions' view of one thing → one, with `versions:` where they differ and the spec
/// can say so.
fn merge(at: &str, (va, a): (&str, Item), (vb, b): (&str, Item), notes: &mut Vec<Note>) -> Item {
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
                // After the key the beta page lists before it.
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
                let shown = |v: &Value, from: &Option<Source>| match from {
                    Some(s) => format!("{} ({s})", super::doc::inline(v)),
                    None => super::doc::inline(v),
                };
                notes.push(Note {
                    at: at.to_owned(),
                    text: format!(
                        "the {va} page says {}, the {vb} page {}; the spec takes the {va} page's",
                        shown(&va_value, &a.from),
                        shown(&vb_value, &b.from)
                    ),
                });
            }
            Item::new(va_value, a.from)
        }
    }
}

fn one_sided(
    at: &str,
    mut item: Item,
    version: &str,
    versioned: bool,
    notes: &mut Vec<Note>,
) -> Item {
    if versioned {
        if let Value::Map(m) = &mut item.value {
            m.set(
                "versions",
                Item::new(Value::Versions(Some(vec![version.to_owned()])), None),
            );
            return item;
        }
    }
    if !matches!(item.value, Value::Text(_) | Value::Versions(_)) {
        let from = item
            .from
            .as_ref()
            .map(|s| format!(" ({s})"))
            .unwrap_or_default();
        notes.push(Note {
            at: at.to_owned(),
            text: format!("only the {version} page says this{from}; the spec cannot tell the versions apart here, so it holds for both"),
        });
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
            let base = ty.trim_start_matches("Collection(").trim_end_matches(')');
            if Primitive::parse(base).is_some() || known.iter().any(|k| k == base) {
                return true;
            }
            let from = item.from.as_ref().map(|s| format!(" ({s})")).unwrap_or_default();
            notes.push(Note {
                at: format!("resources.{name}.properties.{p}"),
                text: format!("its type `{base}` is on no page read and not in the spec, so it is left out{from}; import the page of `{base}` too (`--page resources/{}.md`)", base.to_lowercase()),
            });
            false
        });
    }
}
