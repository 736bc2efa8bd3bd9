//! Stage 3: the facts of every page → operations and resources, each merged across the pages
//! of both versions by its identity. An operation is known by its family (what its address
//! reaches), its method and its own path after the address — never by a page's name, so that
//! a page of another resource adds an operation instead of rewriting one. A resource is known
//! by its name.
//!
//! The pages' paths are mended here ([`paths`]), scope tables chosen and checked ([`scopes`]),
//! bodies resolved ([`body`]); every choice that is not plain is a [`Note`].

pub(crate) mod body;
pub(crate) mod paths;
pub(crate) mod scopes;

use super::doc::Source;
use super::facts::{ApiFacts, PageFacts, PageKind, ResourceFacts, Skipped};
use super::naming::shape;
use super::note::{Note, NoteKind};
use super::spec_view::SpecView;
use crate::vocab::{ApiVersion, Method};
pub(crate) use body::Body;
pub(crate) use scopes::{ScopeData, Scopes};

/// What the pages say, merged per identity.
pub(crate) struct Merged<'p> {
    /// `sources:` — every page of a docs checkout read, and its versions.
    pub sources: Vec<(String, Vec<ApiVersion>)>,
    /// The families, in the order their first page is read; each with its addresses, the
    /// first of which (the first path of its first page) is the primary one.
    pub families: Vec<Family>,
    /// The operations kept, in the order their first page is read.
    pub operations: Vec<Operation<'p>>,
    /// The resources, in the order their first page is read.
    pub resources: Vec<Resource<'p>>,
    /// What the pages say that needs a note.
    pub notes: Vec<Note>,
    /// The parts of pages that could not be read.
    pub skipped: Vec<Skipped>,
}

/// A family: the addresses its operations reach.
pub(crate) struct Family {
    pub name: String,
    pub addresses: Vec<Address>,
}

/// An address (a variant's path) and the page line that gives it first.
#[derive(Clone, Debug)]
pub(crate) struct Address {
    pub path: String,
    pub from: Source,
}

/// An operation: its identity, its pages (one per version, the stable one first) and what was
/// resolved across them.
pub(crate) struct Operation<'p> {
    pub family: String,
    pub method: Method,
    /// The own path after the address, placeholders spelled as its first page spells them.
    pub own: String,
    pub own_from: Source,
    pub pages: Vec<(ApiVersion, &'p PageFacts, &'p ApiFacts)>,
    /// The addresses its paths reach, in page order.
    pub addresses: Vec<String>,
    /// The summary: its first page's title, mended when the title names another resource.
    pub summary: String,
    pub scopes: Scopes,
    pub body: Body,
}

/// A resource and its pages, one per version.
pub(crate) struct Resource<'p> {
    pub name: String,
    pub pages: Vec<(ApiVersion, &'p PageFacts, &'p ResourceFacts)>,
}

/// Where notes on an operation point before its name is known:
/// `families.FAMILY.METHOD OWN-PATH`; [`build`](super::build) renames it.
pub(crate) fn identity_at(family: &str, method: Method, own: &str) -> String {
    let own = if own.is_empty() { "(the address)" } else { own };
    format!("families.{family}.{} {own}", method.as_str())
}

fn version_index(v: ApiVersion) -> usize {
    ApiVersion::ALL.iter().position(|w| *w == v).unwrap_or(0)
}

/// Pages in the order the import reads them: the stable version's first, then by file name.
fn reading_order(pages: &[PageFacts]) -> Vec<&PageFacts> {
    let mut out: Vec<&PageFacts> = pages.iter().collect();
    out.sort_by(|a, b| {
        (version_index(a.version), &a.file).cmp(&(version_index(b.version), &b.file))
    });
    out
}

/// The name a resource page gives: its annotation's, else its title's. A title that names
/// another resource than the annotation is a note.
fn resource_name(page: &PageFacts, r: &ResourceFacts, notes: &mut Vec<Note>) -> String {
    match &r.annotated {
        Some((name, _)) if *name != r.name => {
            notes.push(Note::new(
                NoteKind::WrongTitle,
                Some(Source {
                    file: page.file.clone(),
                    line: r.title_line,
                }),
                format!("resources.{name}"),
                format!(
                    "the title names the resource `{}`; the page's resource annotation names it `{name}`, as Graph spells it; `{name}` is taken",
                    r.name
                ),
            ));
            name.clone()
        }
        _ => r.name.clone(),
    }
}

pub(crate) fn merge<'p>(
    pages: &'p [PageFacts],
    view: &SpecView,
    data: Option<&dyn ScopeData>,
) -> Merged<'p> {
    let mut notes = Vec::new();
    let mut skipped = Vec::new();
    let ordered = reading_order(pages);
    for p in &ordered {
        skipped.extend(p.skipped.iter().cloned());
        if let PageKind::Api(api) = &p.kind {
            match &api.scopes {
                super::facts::ScopesFact::MissingInclude {
                    target,
                    line,
                    looked_at,
                } => skipped.push(Skipped {
                    file: p.file.clone(),
                    line: *line,
                    message: format!(
                        "the permission table's include `{target}`: {looked_at} is not there"
                    ),
                }),
                super::facts::ScopesFact::Unreadable(s) => skipped.push(s.clone()),
                _ => {}
            }
        }
        for s in &p.skipped {
            notes.push(Note::new(
                NoteKind::Unreadable,
                Some(Source {
                    file: s.file.clone(),
                    line: s.line,
                }),
                "",
                s.message.clone(),
            ));
        }
        if let Some(line) = p.crlf {
            notes.push(Note::new(
                NoteKind::Crlf,
                Some(Source {
                    file: p.file.clone(),
                    line,
                }),
                "",
                "the page's lines end in CR LF; read as LF",
            ));
        }
    }

    // Resources by name.
    let mut resources: Vec<Resource> = Vec::new();
    for p in &ordered {
        let PageKind::Resource(r) = &p.kind else {
            continue;
        };
        let name = resource_name(p, r, &mut notes);
        let group = match resources.iter_mut().position(|g| g.name == name) {
            Some(k) => &mut resources[k],
            None => {
                resources.push(Resource {
                    name: name.clone(),
                    pages: Vec::new(),
                });
                resources.last_mut().expect("just pushed")
            }
        };
        if let Some((_, first, _)) = group.pages.iter().find(|(v, _, _)| *v == p.version) {
            notes.push(Note::new(
                NoteKind::SamePage,
                Some(Source {
                    file: p.file.clone(),
                    line: r.title_line,
                }),
                format!("resources.{name}"),
                format!(
                    "{} and this page are both the {} page of `{name}`; {} is used",
                    first.file, p.version, first.file
                ),
            ));
            continue;
        }
        group.pages.push((p.version, p, r));
    }
    let mut known: Vec<String> = resources.iter().map(|r| r.name.clone()).collect();
    known.extend(view.resources.iter().cloned());

    // Operations by identity.
    struct Group<'p> {
        family: String,
        method: Method,
        own: String,
        own_from: Source,
        pages: Vec<(ApiVersion, &'p PageFacts, &'p ApiFacts)>,
        addresses: Vec<String>,
        /// Paths with real ids taken out: the note's index, the version, the path taken.
        mended: Vec<(usize, ApiVersion, String)>,
        /// Paths as their pages write them: version, path, where.
        written: Vec<(ApiVersion, String, Source)>,
    }
    let mut groups: Vec<Group> = Vec::new();
    let mut families: Vec<Family> = Vec::new();
    for p in &ordered {
        let PageKind::Api(api) = &p.kind else {
            continue;
        };
        for path in paths::page_paths(p, api, &known, &mut notes) {
            let from = Source {
                file: p.file.clone(),
                line: path.line,
            };
            let family = match families.iter_mut().position(|f| f.name == path.family) {
                Some(k) => &mut families[k],
                None => {
                    families.push(Family {
                        name: path.family.clone(),
                        addresses: Vec::new(),
                    });
                    families.last_mut().expect("just pushed")
                }
            };
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
            let own_shape = shape(&path.split.own);
            let k = match groups.iter().position(|g| {
                g.family == path.family && g.method == api.method && shape(&g.own) == own_shape
            }) {
                Some(k) => k,
                None => {
                    groups.push(Group {
                        family: path.family.clone(),
                        method: api.method,
                        own: path.split.own.clone(),
                        own_from: from.clone(),
                        pages: Vec::new(),
                        addresses: Vec::new(),
                        mended: Vec::new(),
                        written: Vec::new(),
                    });
                    groups.len() - 1
                }
            };
            let g = &mut groups[k];
            let readable =
                |a: &ApiFacts| matches!(a.scopes, super::facts::ScopesFact::Table { .. });
            match g.pages.iter().position(|(v, _, _)| *v == p.version) {
                Some(at) if g.pages[at].1.file != p.file => {
                    let said = notes.iter().any(|n| {
                        n.kind == NoteKind::SamePage
                            && n.from.as_ref().is_some_and(|s| s.file == p.file)
                    });
                    // The page whose permission table can be read is used.
                    let (_, first, first_api) = g.pages[at];
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
                                if g.own.is_empty() { "(the address)" } else { &g.own },
                                g.family,
                                p.version,
                                if better { " (its permission table can be read)" } else { "" }
                            ),
                        ));
                    }
                    if better {
                        g.pages[at] = (p.version, p, api);
                    } else {
                        continue;
                    }
                }
                Some(_) => {}
                None => g.pages.push((p.version, p, api)),
            }
            if !g.addresses.iter().any(|a| shape(a) == address_shape) {
                g.addresses.push(path.split.address.clone());
            }
            match path.ids_note {
                Some(n) => g.mended.push((n, p.version, path.path.clone())),
                None => g.written.push((p.version, path.path.clone(), from)),
            }
        }
    }
    // Real ids taken out of a path: the other version's page that writes the path says which
    // placeholders belong there.
    for g in &groups {
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

    // Each operation's scopes, body and summary.
    let named = scopes::named(pages);
    let family_names: Vec<String> = families.iter().map(|f| f.name.clone()).collect();
    let properties = |resource: &str| -> Option<Vec<String>> {
        let mut out: Vec<String> = Vec::new();
        let mut found = false;
        if let Some(r) = resources.iter().find(|r| r.name == resource) {
            found = true;
            for (_, _, facts) in &r.pages {
                out.extend(facts.properties.iter().map(|p| p.name.clone()));
            }
        }
        if view.resources.iter().any(|r| r == resource) {
            found = true;
            out.extend(
                view.types
                    .iter()
                    .filter(|(o, _, _)| o == resource)
                    .map(|(_, f, _)| f.clone()),
            );
        }
        out.extend(view.inherited(resource).into_iter().map(str::to_owned));
        found.then_some(out)
    };
    let mut operations = Vec::new();
    for g in groups {
        let at = identity_at(&g.family, g.method, &g.own);
        let data_paths: Vec<String> = g
            .addresses
            .iter()
            .map(|a| format!("{a}{}", g.own))
            .collect();
        let Some(scopes) = scopes::resolve(
            &at,
            g.method,
            &data_paths,
            &g.pages,
            &named,
            data,
            &mut notes,
        ) else {
            notes.push(Note::new(
                NoteKind::LeftOut,
                Some(g.own_from.clone()),
                at.clone(),
                match data {
                    Some(_) => "no page of the operation gives a permission table that can be read, and Microsoft's permission data has no entry for it; an operation needs its scopes, so it is left out",
                    None => "no page of the operation gives a permission table that can be read; an operation needs its scopes, so it is left out (`--permissions DIR` fills such tables from Microsoft's permission data)",
                },
            ));
            continue;
        };
        // The title is checked even for an operation left out below: a wrong title is said.
        let (_, first, _) = g.pages[0];
        let summary = paths::title_for(
            first,
            &g.family,
            &family_names,
            &format!("{at}.summary"),
            &mut notes,
        )
        .unwrap_or_else(|| format!("{} {}", g.method.as_str(), g.own));
        let body = body::resolve(&at, &g.pages, &properties, &mut notes);
        if body == Body::Unknown {
            continue;
        }
        if !response_known(&at, &g.pages, &known, &mut notes) {
            continue;
        }
        operations.push(Operation {
            family: g.family,
            method: g.method,
            own: g.own,
            own_from: g.own_from,
            pages: g.pages,
            addresses: g.addresses,
            summary,
            scopes,
            body,
        });
    }

    body::borrow(&mut operations, &mut notes);
    // Families whose every operation was left out are not written.
    families.retain(|f| operations.iter().any(|o| o.family == f.name));
    Merged {
        sources: sources(&ordered),
        families,
        operations,
        resources,
        notes,
        skipped,
    }
}

/// Whether the response's resource is one the pages read or the spec give, when the response
/// has a body; a response without one is said, and the operation left out (the spec would
/// have to name a type the pages do not define).
fn response_known(
    at: &str,
    pages: &[(ApiVersion, &PageFacts, &ApiFacts)],
    known: &[String],
    notes: &mut Vec<Note>,
) -> bool {
    let mut first = None;
    for (_, page, api) in pages {
        let Some(r) = &api.response else { return true };
        if r.shape == Some(crate::vocab::Shape::None) {
            return true;
        }
        let found = r.words.iter().any(|w| {
            let w = w.trim_end_matches('s');
            known
                .iter()
                .any(|k| k.eq_ignore_ascii_case(w) || k.eq_ignore_ascii_case(&format!("{w}s")))
        });
        if found {
            return true;
        }
        first.get_or_insert((*page, r));
    }
    let Some((page, r)) = first else { return true };
    let what = match &r.linked {
        Some(name) => format!("a `{name}`, a resource on no page read and not in the spec; import the page of `{name}` too (`--page resources/{}.md`)", name.to_lowercase()),
        None => "no resource the spec could name".to_owned(),
    };
    notes.push(Note::new(
        NoteKind::LeftOut,
        Some(Source {
            file: page.file.clone(),
            line: r.line,
        }),
        at,
        format!("the response is {what}; the operation is left out"),
    ));
    false
}

/// `sources:` — every page of a docs checkout read, and the versions it was read in.
fn sources(pages: &[&PageFacts]) -> Vec<(String, Vec<ApiVersion>)> {
    let mut out: Vec<(String, Vec<ApiVersion>)> = Vec::new();
    for p in pages {
        let Some(name) = &p.name else { continue };
        match out.iter_mut().find(|(n, _)| n == name) {
            Some((_, versions)) => {
                if !versions.contains(&p.version) {
                    versions.push(p.version);
                }
            }
            None => out.push((name.clone(), vec![p.version])),
        }
    }
    for (_, versions) in &mut out {
        versions.sort_by_key(|v| version_index(*v));
    }
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}
