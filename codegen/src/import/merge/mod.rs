//! Stage 3: the facts of every page → operations and resources, each merged across the pages
//! of both versions by its identity. An operation is known by its family (what its address
//! reaches), its method and its own path after the address — never by a page's name, so that
//! a page of another resource adds an operation instead of rewriting one. A resource is known
//! by its name.
//!
//! The pages' paths are mended here ([`paths`]), scope tables chosen and checked ([`scopes`]),
//! bodies resolved ([`body`]); every choice that is not plain is a [`Note`].

pub(crate) mod body;
mod group;
pub(crate) mod paths;
pub(crate) mod scopes;

use super::doc::Source;
use super::facts::{ApiFacts, PageFacts, PageKind, ResourceFacts, ScopesFact, Skipped};
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
    let ordered = reading_order(pages);
    let skipped = page_notes(&ordered, &mut notes);
    let resources = resources_by_name(&ordered, &mut notes);
    let mut known: Vec<String> = resources.iter().map(|r| r.name.clone()).collect();
    known.extend(view.resources.iter().cloned());
    let (groups, mut families) = group::group(&ordered, &known, &mut notes);
    let context = Context {
        named: scopes::named(pages),
        family_names: families.iter().map(|f| f.name.clone()).collect(),
        known,
        data,
    };
    let mut operations: Vec<Operation> = {
        let has = properties(&resources, view);
        groups
            .into_iter()
            .filter_map(|g| resolve(g, &context, &has, &mut notes))
            .collect()
    };
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

/// The parts of pages that could not be read (also said in notes), and a note for each page
/// with CR LF line endings.
fn page_notes(ordered: &[&PageFacts], notes: &mut Vec<Note>) -> Vec<Skipped> {
    let mut skipped = Vec::new();
    for p in ordered {
        skipped.extend(p.skipped.iter().cloned());
        if let PageKind::Api(api) = &p.kind {
            match &api.scopes {
                ScopesFact::MissingInclude {
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
                ScopesFact::Unreadable(s) => skipped.push(s.clone()),
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
    skipped
}

/// The resource pages by the name they give, one page per version (a second page of a
/// version is said and not used).
fn resources_by_name<'p>(ordered: &[&'p PageFacts], notes: &mut Vec<Note>) -> Vec<Resource<'p>> {
    let mut resources: Vec<Resource> = Vec::new();
    for &p in ordered {
        let PageKind::Resource(r) = &p.kind else {
            continue;
        };
        let name = resource_name(p, r, notes);
        let k = match resources.iter().position(|g| g.name == name) {
            Some(k) => k,
            None => {
                resources.push(Resource {
                    name: name.clone(),
                    pages: Vec::new(),
                });
                resources.len() - 1
            }
        };
        let group = &mut resources[k];
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
    resources
}

/// The properties a resource has, when the pages read or the spec give it (with those it
/// inherits in the spec).
fn properties<'a>(
    resources: &'a [Resource],
    view: &'a SpecView,
) -> impl Fn(&str) -> Option<Vec<String>> + 'a {
    move |resource: &str| {
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
    }
}

/// What resolving an operation needs to know of everything read.
struct Context<'d> {
    /// Every scope the pages' tables name, with how many tables name it.
    named: Vec<(String, usize)>,
    family_names: Vec<String>,
    /// The resources the pages read or the spec give.
    known: Vec<String>,
    data: Option<&'d dyn ScopeData>,
}

/// A group's scopes, summary and body: the operation, or `None` (said) when it is left out.
fn resolve<'p>(
    g: group::Group<'p>,
    cx: &Context,
    has: &body::Properties,
    notes: &mut Vec<Note>,
) -> Option<Operation<'p>> {
    let at = identity_at(&g.family, g.method, &g.own);
    let data_paths: Vec<String> = g
        .addresses
        .iter()
        .map(|a| format!("{a}{}", g.own))
        .collect();
    let call = scopes::Call {
        at: &at,
        method: g.method,
        data_paths: &data_paths,
        named: &cx.named,
        data: cx.data,
    };
    let Some(scopes) = scopes::resolve(&call, &g.pages, notes) else {
        notes.push(Note::new(
            NoteKind::LeftOut,
            Some(g.own_from.clone()),
            at.clone(),
            match cx.data {
                Some(_) => "no page of the operation gives a permission table that can be read, and Microsoft's permission data has no entry for it; an operation needs its scopes, so it is left out",
                None => "no page of the operation gives a permission table that can be read; an operation needs its scopes, so it is left out (`--permissions DIR` fills such tables from Microsoft's permission data)",
            },
        ));
        return None;
    };
    // The title is checked even for an operation left out below: a wrong title is said.
    let (_, first, _) = g.pages[0];
    let summary = paths::title_for(
        first,
        &g.family,
        &cx.family_names,
        &format!("{at}.summary"),
        notes,
    )
    .unwrap_or_else(|| format!("{} {}", g.method.as_str(), g.own));
    let body = body::resolve(&at, &g.pages, has, notes);
    if body == Body::Unknown || !response_known(&at, &g.pages, &cx.known, notes) {
        return None;
    }
    Some(Operation {
        family: g.family,
        method: g.method,
        own: g.own,
        own_from: g.own_from,
        pages: g.pages,
        addresses: g.addresses,
        summary,
        scopes,
        body,
    })
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
