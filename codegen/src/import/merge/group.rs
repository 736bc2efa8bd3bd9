//! The paths of every API page → families (the addresses their operations reach) and groups
//! of pages by operation identity (family, method, own path), one page per version.

use super::super::doc::Source;
use super::super::facts::{ApiFacts, PageFacts, PageKind, ScopesFact};
use super::super::naming::shape;
use super::super::note::{Note, NoteKind};
use super::paths::{self, PagePath};
use super::{Address, Family};
use crate::vocab::{ApiVersion, Method};

/// The pages of one operation, before its scopes, body and summary are resolved.
pub(super) struct Group<'p> {
    pub family: String,
    pub method: Method,
    pub own: String,
    pub own_from: Source,
    pub pages: Vec<(ApiVersion, &'p PageFacts, &'p ApiFacts)>,
    pub addresses: Vec<String>,
    /// Paths with real ids taken out: the note's index, the version, the path taken.
    mended: Vec<(usize, ApiVersion, String)>,
    /// Paths as their pages write them: version, path, where.
    written: Vec<(ApiVersion, String, Source)>,
}

/// Every path of every API page (in reading order) into its family and its group.
pub(super) fn group<'p>(
    ordered: &[&'p PageFacts],
    known: &[String],
    notes: &mut Vec<Note>,
) -> (Vec<Group<'p>>, Vec<Family>) {
    let mut groups: Vec<Group> = Vec::new();
    let mut families: Vec<Family> = Vec::new();
    for &p in ordered {
        let PageKind::Api(api) = &p.kind else {
            continue;
        };
        for path in paths::page_paths(p, api, known, notes) {
            let from = Source {
                file: p.file.clone(),
                line: path.line,
            };
            add_address(&mut families, &path, &from);
            let k = group_of(&mut groups, &path, api.method, &from);
            let g = &mut groups[k];
            if !add_page(g, p, api, &from, notes) {
                continue;
            }
            let address_shape = shape(&path.split.address);
            if !g.addresses.iter().any(|a| shape(a) == address_shape) {
                g.addresses.push(path.split.address.clone());
            }
            match path.ids_note {
                Some(n) => g.mended.push((n, p.version, path.path.clone())),
                None => g.written.push((p.version, path.path.clone(), from)),
            }
        }
    }
    name_written_paths(&groups, notes);
    (groups, families)
}

/// The path's address into its family (the family made when new).
fn add_address(families: &mut Vec<Family>, path: &PagePath, from: &Source) {
    let k = match families.iter().position(|f| f.name == path.family) {
        Some(k) => k,
        None => {
            families.push(Family {
                name: path.family.clone(),
                addresses: Vec::new(),
            });
            families.len() - 1
        }
    };
    let family = &mut families[k];
    let address_shape = shape(&path.split.address);
    if !family
        .addresses
        .iter()
        .any(|a| shape(&a.path) == address_shape)
    {
        family.addresses.push(Address {
            path: path.split.address.clone(),
            from: from.clone(),
        });
    }
}

/// The index of the group of the path's identity (the group made when new).
fn group_of(groups: &mut Vec<Group>, path: &PagePath, method: Method, from: &Source) -> usize {
    let own_shape = shape(&path.split.own);
    if let Some(k) = groups
        .iter()
        .position(|g| g.family == path.family && g.method == method && shape(&g.own) == own_shape)
    {
        return k;
    }
    groups.push(Group {
        family: path.family.clone(),
        method,
        own: path.split.own.clone(),
        own_from: from.clone(),
        pages: Vec::new(),
        addresses: Vec::new(),
        mended: Vec::new(),
        written: Vec::new(),
    });
    groups.len() - 1
}

/// The page into its group; false when the group keeps another page of the same version
/// (said: the page whose permission table can be read is used, else the first).
fn add_page<'p>(
    g: &mut Group<'p>,
    p: &'p PageFacts,
    api: &'p ApiFacts,
    from: &Source,
    notes: &mut Vec<Note>,
) -> bool {
    let Some(at) = g.pages.iter().position(|(v, _, _)| *v == p.version) else {
        g.pages.push((p.version, p, api));
        return true;
    };
    let (_, first, first_api) = g.pages[at];
    if first.file == p.file {
        return true;
    }
    let readable = |a: &ApiFacts| matches!(a.scopes, ScopesFact::Table { .. });
    let said = notes
        .iter()
        .any(|n| n.kind == NoteKind::SamePage && n.from.as_ref().is_some_and(|s| s.file == p.file));
    let better = !readable(first_api) && readable(api);
    let (used, other) = if better {
        (p.file.as_str(), first.file.as_str())
    } else {
        (first.file.as_str(), p.file.as_str())
    };
    if !said {
        notes.push(Note::new(
            NoteKind::SamePage,
            Some(from.clone()),
            "",
            format!(
                "{other} and {used} both document {} {} on a {} in {}; {used} is used{}",
                api.method.as_str(),
                if g.own.is_empty() {
                    "(the address)"
                } else {
                    &g.own
                },
                g.family,
                p.version,
                if better {
                    " (its permission table can be read)"
                } else {
                    ""
                }
            ),
        ));
    }
    if better {
        g.pages[at] = (p.version, p, api);
    }
    better
}

/// Real ids taken out of a path: the other version's page that writes the path says which
/// placeholders belong there.
fn name_written_paths(groups: &[Group], notes: &mut [Note]) {
    for g in groups {
        for (n, version, path) in &g.mended {
            let other = g
                .written
                .iter()
                .find(|(v, p, _)| v != version && shape(p) == shape(path));
            if let Some((v, p, src)) = other {
                notes[*n]
                    .text
                    .push_str(&format!("; the {v} page ({src}) writes `{p}`"));
            }
        }
    }
}
