//! The differences made in the spec's text: new entries rendered at the place the pages give
//! them, changed facts replaced where they are written, and (with `prune`) what only the spec
//! says removed — with the facets that name a removed property. Every other byte of the spec
//! (comments, hand-written notes, key order) stays as it was.

use super::diff::{Difference, Kind};
use super::doc::{render_entry, Item, Map, Value};
use super::yaml_edit::{flow_scalar, scalar, Edits, Entry, YamlDoc};

/// The spec's text with `differences` made; `Err` names the first one that cannot be.
pub(crate) fn apply(
    text: &str,
    root: &Map,
    differences: &[Difference],
    prune: bool,
) -> Result<String, String> {
    let doc = YamlDoc::parse(text)?;
    let mut edits = Edits::default();
    let mut converted: Vec<Vec<String>> = Vec::new();
    // What changes the public API is written only with `prune`.
    let written: Vec<&Difference> = differences
        .iter()
        .filter(|d| d.kept.is_none() && (prune || !d.api_change))
        .collect();
    // A mapping written in a new order gets its new entries in that order, not one by one.
    let reordered: Vec<&[String]> = written
        .iter()
        .filter(|d| matches!(d.target, Some(Value::List(_))))
        .map(|d| d.path.as_slice())
        .collect();
    for d in written {
        let keys: Vec<&str> = d.path.iter().map(String::as_str).collect();
        let in_reordered = d
            .path
            .split_last()
            .is_some_and(|(_, parent)| reordered.contains(&parent));
        match (&d.kind, &d.target) {
            (Kind::Added { .. } | Kind::Fill, _) if in_reordered => {}
            (Kind::Changed { .. }, Some(Value::List(order))) => {
                reorder(&doc, &mut edits, root, &keys, order)?
            }
            (Kind::Changed { .. }, Some(target)) => {
                // With `prune`, exactly the versions the pages state; else the spec's and theirs.
                let stated = match item_at(root, &keys).map(|i| &i.value) {
                    Some(Value::Stated(list)) if prune => {
                        Some(Value::Versions(super::doc::versions_value(list)))
                    }
                    _ => None,
                };
                set_versions(
                    &doc,
                    &mut edits,
                    root,
                    &keys,
                    stated.as_ref().unwrap_or(target),
                )?
            }
            (Kind::SpecOnly { .. }, Some(target)) if prune => {
                set_versions(&doc, &mut edits, root, &keys, target)?
            }
            (Kind::Added { .. } | Kind::Fill, _) => {
                add(&doc, &mut edits, root, &keys, &mut converted)?;
            }
            (Kind::Changed { .. }, None) => change(&doc, &mut edits, root, &keys)?,
            (Kind::SpecOnly { .. }, None) if prune => remove(&doc, &mut edits, &keys)?,
            (Kind::SpecOnly { .. }, _) => {}
        }
    }
    edits.apply(text)
}

/// A mapping's entries in the pages' order (`order`), comments kept with their entries, its
/// new entries rendered in their place.
fn reorder(
    doc: &YamlDoc,
    edits: &mut Edits,
    root: &Map,
    keys: &[&str],
    order: &[String],
) -> Result<(), String> {
    let parent = doc.entry(keys).ok_or_else(|| missing(keys))?;
    let pages = match item_at(root, keys).map(|i| &i.value) {
        Some(Value::Map(m)) => m,
        _ => return Err(missing(keys)),
    };
    doc.reorder(edits, &parent, order, |name, indent| {
        let mut out = String::new();
        render_entry(name, pages.get(name)?, indent, &mut out);
        Some(out)
    })
}

/// An operation's `versions:` set to `target`: the key written, replaced or (every version)
/// removed.
fn set_versions(
    doc: &YamlDoc,
    edits: &mut Edits,
    root: &Map,
    keys: &[&str],
    target: &Value,
) -> Result<(), String> {
    let Value::Versions(list) = target else {
        return Ok(());
    };
    match (doc.entry(keys), list) {
        (Some(e), None) => {
            edits.replace(doc.entry_range(&e), String::new());
            Ok(())
        }
        (Some(e), Some(list)) => doc.replace_list(edits, &e, list),
        (None, None) => Ok(()),
        (None, Some(list)) => {
            let mut pages = root.clone();
            let mut map = &mut pages;
            for k in &keys[..keys.len() - 1] {
                let Some(Item {
                    value: Value::Map(m),
                    ..
                }) = map.get_mut(k)
                else {
                    return Err(missing(keys));
                };
                map = m;
            }
            map.set(
                "versions",
                Item::new(Value::Versions(Some(list.clone())), None),
            );
            add(doc, edits, &pages, keys, &mut Vec::new())
        }
    }
}

/// The pages' item at a path.
fn item_at<'m>(root: &'m Map, keys: &[&str]) -> Option<&'m Item> {
    let (last, parents) = keys.split_last()?;
    let mut map = root;
    for k in parents {
        map = map.map(k)?;
    }
    map.get(last)
}

fn parent_map<'m>(root: &'m Map, keys: &[&str]) -> Option<&'m Map> {
    let mut map = root;
    for k in &keys[..keys.len() - 1] {
        map = map.map(k)?;
    }
    Some(map)
}

fn missing(keys: &[&str]) -> String {
    format!(
        "`{}` is not in the spec's text where it was read",
        keys.join(".")
    )
}

fn add(
    doc: &YamlDoc,
    edits: &mut Edits,
    root: &Map,
    keys: &[&str],
    converted: &mut Vec<Vec<String>>,
) -> Result<(), String> {
    let item = item_at(root, keys).ok_or_else(|| missing(keys))?;
    let siblings = parent_map(root, keys).ok_or_else(|| missing(keys))?;
    let key = keys[keys.len() - 1];
    let parent_keys = &keys[..keys.len() - 1];
    if parent_keys.is_empty() {
        let top = doc.top();
        // After the key the pages give before it; `sources` (the first) after `info`.
        let after =
            place(&top, siblings, key).or_else(|| top.iter().find(|e| e.name() == "info").copied());
        let at = after.map(|e| doc.entry_end(&e));
        let mut out = String::new();
        render_entry(key, item, 0, &mut out);
        let at = at.unwrap_or_else(|| top.first().map(|e| doc.entry_start(e)).unwrap_or(0));
        edits.insert(at, format!("\n{out}"));
        return Ok(());
    }
    let parent = doc.entry(parent_keys).ok_or_else(|| missing(parent_keys))?;
    let indent = doc.key_indent(&parent) + 2;
    if let Some(range) = doc.empty_flow_map(&parent) {
        // `{}` → a block: every entry the pages give it, rendered at once.
        let owned: Vec<String> = parent_keys.iter().map(|k| (*k).to_owned()).collect();
        if converted.contains(&owned) {
            return Ok(());
        }
        converted.push(owned);
        let mut out = String::from("\n");
        for (k, v) in &siblings.entries {
            render_entry(k, v, indent, &mut out);
        }
        edits.replace(range, out.trim_end_matches('\n').to_owned());
        return Ok(());
    }
    if let Some(s) = parent.value.as_scalar() {
        // A short form (`read: text`) that gains a key: the long form, the spec's text kept.
        let owned: Vec<String> = parent_keys.iter().map(|k| (*k).to_owned()).collect();
        if converted.contains(&owned) {
            return Ok(());
        }
        converted.push(owned);
        let range = doc.value_range(&parent)?;
        let pad = " ".repeat(indent);
        let mut out = format!("\n{pad}description: {}\n", scalar(s.as_str()));
        for (k, v) in siblings.entries.iter().filter(|(k, _)| k != "description") {
            render_entry(k, v, indent, &mut out);
        }
        edits.replace(range, out.trim_end_matches('\n').to_owned());
        return Ok(());
    }
    let children: Vec<Entry> = parent
        .value
        .as_mapping()
        .map(|m| m.iter().map(|(k, v)| Entry { key: k, value: v }).collect())
        .unwrap_or_default();
    let indent = children
        .first()
        .map(|c| doc.key_indent(c))
        .unwrap_or(indent);
    let mut out = String::new();
    render_entry(key, item, indent, &mut out);
    let at = match place(&children, siblings, key) {
        Some(after) => doc.entry_end(&after),
        None => match children.first() {
            Some(first) => doc.entry_start(first),
            None => doc.child_insert_point(&parent, None, true)?.0,
        },
    };
    edits.insert(at, out);
    Ok(())
}

/// The spec's entry that the new key goes after: the nearest one the pages list before it.
fn place<'d>(children: &[Entry<'d>], siblings: &Map, key: &str) -> Option<Entry<'d>> {
    let k = siblings.entries.iter().position(|(s, _)| s == key)?;
    siblings.entries[..k]
        .iter()
        .rev()
        .find_map(|(s, _)| children.iter().find(|c| c.name() == s).copied())
}

fn change(doc: &YamlDoc, edits: &mut Edits, root: &Map, keys: &[&str]) -> Result<(), String> {
    let item = item_at(root, keys).ok_or_else(|| missing(keys))?;
    let e = doc.entry(keys).ok_or_else(|| missing(keys))?;
    match &item.value {
        Value::Versions(None) => {
            edits.replace(doc.entry_range(&e), String::new());
            Ok(())
        }
        Value::Versions(Some(list)) | Value::List(list) => doc.replace_list(edits, &e, list),
        Value::Flag(b) => {
            edits.replace(doc.value_range(&e)?, b.to_string());
            Ok(())
        }
        Value::Number(n) => {
            edits.replace(doc.value_range(&e)?, n.to_string());
            Ok(())
        }
        Value::Scalar(s) => {
            edits.replace(doc.value_range(&e)?, flow_scalar(s));
            Ok(())
        }
        Value::Text(_) | Value::Map(_) | Value::Stated(_) => Ok(()),
    }
}

/// Removes what only the spec says; a property goes with the facets that name it.
fn remove(doc: &YamlDoc, edits: &mut Edits, keys: &[&str]) -> Result<(), String> {
    let e = doc.entry(keys).ok_or_else(|| missing(keys))?;
    edits.replace(doc.entry_start(&e)..doc.entry_end(&e), String::new());
    if let ["resources", resource, "properties", property] = keys {
        let Some(facets) = doc.entry(&["resources", resource, "facets"]) else {
            return Ok(());
        };
        let seq = facets.value.as_sequence().map(|s| s.len()).unwrap_or(0);
        let named: Vec<usize> = (0..seq)
            .filter(|&k| {
                facets
                    .value
                    .as_sequence()
                    .and_then(|s| s.get(k))
                    .and_then(|f| f.as_mapping())
                    .and_then(|m| m.get_scalar("property"))
                    .is_some_and(|p| p.as_str() == *property)
            })
            .collect();
        if named.len() == seq && seq > 0 {
            edits.replace(
                doc.entry_start(&facets)..doc.entry_end(&facets),
                String::new(),
            );
            return Ok(());
        }
        for k in named {
            let range = doc
                .sequence_item(&facets, k)
                .ok_or_else(|| format!("the facet of `{property}` in `{resource}` is not a block list item; remove it by hand"))?;
            edits.replace(range, String::new());
        }
    }
    Ok(())
}
