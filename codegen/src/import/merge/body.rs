//! An operation's request body: a table of fields (read per version when the spec is built),
//! or a resource given in prose ("supply a JSON representation of the permission object")
//! with the properties the call accepts: those the prose names as accepted and the keys of the
//! page's request examples, less those any version's prose refuses.

use super::super::doc::Source;
use super::super::facts::{ApiFacts, PageFacts};
use super::super::naming::shape;
use super::super::note::{Note, NoteKind};
use super::{identity_at, Operation};
use crate::vocab::ApiVersion;

/// What an operation's pages say its body is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Body {
    /// No body.
    None,
    /// A table of fields on some version's page.
    Fields,
    /// A resource with the properties the call accepts.
    Resource {
        /// The resource.
        name: String,
        /// The properties the call accepts, in the order the pages give them.
        accepts: Vec<String>,
        /// The accepted properties the pages say are required.
        required: Vec<String>,
        /// The section's lead sentence.
        description: Option<String>,
        /// The line that names the resource.
        from: Source,
        /// Where the first accepted property is named (the prose, a request example, or the
        /// page of the same call on another family).
        said: Source,
    },
    /// A resource whose pages name none of the properties the call accepts: [`borrow`]
    /// takes them from the same call on another family, or leaves the operation out.
    Unsaid {
        /// The resource.
        name: String,
        /// The section's lead sentence.
        description: Option<String>,
        /// The line that names the resource.
        from: Source,
    },
    /// A body the operation cannot be written without, and that cannot be known: the
    /// operation is left out.
    Unknown,
}

/// The properties a resource has, when the pages read or the spec give it.
pub(crate) type Properties<'a> = dyn Fn(&str) -> Option<Vec<String>> + 'a;

/// An operation's page whose body section names a resource: the version, the page, its facts,
/// the resource and the line naming it.
type Prose<'a> = (ApiVersion, &'a PageFacts, &'a ApiFacts, &'a (String, usize));

fn src(page: &PageFacts, line: usize) -> Source {
    Source {
        file: page.file.clone(),
        line,
    }
}

pub(crate) fn resolve(
    at: &str,
    pages: &[(ApiVersion, &PageFacts, &ApiFacts)],
    properties: &Properties,
    notes: &mut Vec<Note>,
) -> Body {
    if pages
        .iter()
        .any(|(_, _, api)| api.body.as_ref().is_some_and(|b| !b.fields.is_empty()))
    {
        return Body::Fields;
    }
    let prose: Vec<Prose> = pages
        .iter()
        .filter_map(|(v, p, api)| {
            let r = api.body.as_ref()?.resource.as_ref()?;
            Some((*v, *p, *api, r))
        })
        .collect();
    let Some((v0, p0, api0, (name, line))) = prose.first().copied() else {
        return Body::None;
    };
    for (v, p, _, (other, l)) in &prose[1..] {
        if other != name {
            notes.push(Note::new(
                NoteKind::VersionsDisagree,
                Some(src(p, *l)),
                format!("{at}.body"),
                format!("the {v} page says the body is a `{other}`, the {v0} page ({}:{line}) a `{name}`; the {v0} page's is taken", p0.file),
            ));
        }
    }
    let Some(has) = properties(name) else {
        notes.push(Note::new(
            NoteKind::LeftOut,
            Some(src(p0, *line)),
            at,
            format!("the request body is a `{name}`, a resource on no page read and not in the spec; the operation is left out (import the page of `{name}` too)"),
        ));
        return Body::Unknown;
    };
    let (accepts, required, said) = accepted(at, name, &has, &prose, notes);
    let description = api0.body.as_ref().and_then(|b| b.description.clone());
    match said {
        Some(said) => Body::Resource {
            name: name.clone(),
            accepts,
            required,
            description,
            from: src(p0, *line),
            said,
        },
        None => Body::Unsaid {
            name: name.clone(),
            description,
            from: src(p0, *line),
        },
    }
}

/// What the pages say the call accepts of the resource (`has` its properties), in their
/// order: what the prose names and the request examples send, less what any version's page
/// refuses and what the resource lacks (both said); the accepted ones the pages require; where
/// the first is named.
fn accepted(
    at: &str,
    name: &str,
    has: &[String],
    prose: &[Prose],
    notes: &mut Vec<Note>,
) -> (Vec<String>, Vec<String>, Option<Source>) {
    let mut refused: Vec<(String, ApiVersion, Source)> = Vec::new();
    for (v, p, api, _) in prose {
        if let Some(b) = &api.body {
            for (n, l) in &b.rejected {
                refused.push((n.clone(), *v, src(p, *l)));
            }
        }
    }
    let mut accepts: Vec<String> = Vec::new();
    let mut said: Option<Source> = None;
    let mut required: Vec<String> = Vec::new();
    for page in prose {
        let (v, _, api, _) = page;
        let Some(b) = &api.body else { continue };
        for (n, from, what) in named(at, page, notes) {
            if accepts.contains(&n) {
                continue;
            }
            let why = match refused.iter().find(|(r, _, _)| *r == n) {
                Some((_, rv, rsrc)) => format!(
                    "sends `{n}`, which the {rv} page ({rsrc}) says the call does not accept"
                ),
                None if !has.contains(&n) => {
                    format!("names `{n}`, which the `{name}` resource does not have")
                }
                None => {
                    said.get_or_insert(from);
                    accepts.push(n);
                    continue;
                }
            };
            notes.push(Note::new(
                NoteKind::BodyProperty,
                Some(from),
                format!("{at}.body.accepts"),
                format!("the {v} page's {what} {why}; left out"),
            ));
        }
        for (n, _) in &b.required {
            if !required.contains(n) {
                required.push(n.clone());
            }
        }
    }
    required.retain(|r| accepts.contains(r));
    (accepts, required, said)
}

/// The properties one page names for the body — in its prose, then in its request examples —
/// with where and how; a request example with no request is said.
fn named(at: &str, page: &Prose, notes: &mut Vec<Note>) -> Vec<(String, Source, &'static str)> {
    let (v, p, api, _) = *page;
    let Some(b) = &api.body else {
        return Vec::new();
    };
    let mut named: Vec<(String, Source, &str)> = b
        .accepted
        .iter()
        .map(|(n, l)| (n.clone(), src(p, *l), "prose"))
        .collect();
    for e in api.examples.iter().filter(|e| e.method == Some(api.method)) {
        for k in e.keys.iter().filter(|k| !k.starts_with('@')) {
            named.push((k.clone(), src(p, e.line), "request example"));
        }
    }
    for &line in &api.empty_examples {
        let rest = if named.is_empty() {
            "nothing on this page says what the body accepts"
        } else {
            "what the body accepts comes from the rest of the page"
        };
        notes.push(Note::new(
            NoteKind::EmptyExample,
            Some(src(p, line)),
            format!("{at}.body"),
            format!("the {v} page's request example shows no request; {rest}"),
        ));
    }
    named
}

/// What the pages of an operation leave unsaid: "no page of the operation says …".
const UNSAID: &str = "no page of the operation says which of its properties the call accepts (no property named in the prose, no request example with a body)";

/// Each operation whose body is `Unsaid` takes what the same call — the same method, own path
/// and body resource — accepts in the other families whose own pages say it (the properties
/// every one of them accepts, and of those the ones every one requires), with a note naming
/// them; with no such call it is left out, with a note. (Real pages: the beta list and
/// listItem updates name neither a property nor show a request; the site's update sends
/// `roles`.)
pub(crate) fn borrow(operations: &mut Vec<Operation>, notes: &mut Vec<Note>) {
    let mut lent: Vec<(usize, Option<Body>)> = Vec::new();
    for (k, op) in operations.iter().enumerate() {
        if matches!(op.body, Body::Unsaid { .. }) {
            lent.push((k, lend(op, operations, notes)));
        }
    }
    let mut gone: Vec<usize> = Vec::new();
    for (k, body) in lent {
        match body {
            Some(body) => operations[k].body = body,
            None => gone.push(k),
        }
    }
    let mut k = 0;
    operations.retain(|_| {
        k += 1;
        !gone.contains(&(k - 1))
    });
}

/// The body of an `Unsaid` operation from the same call on the other families, said; `None`
/// (said) when they accept nothing in common or there is no such call.
fn lend(op: &Operation, operations: &[Operation], notes: &mut Vec<Note>) -> Option<Body> {
    let Body::Unsaid {
        name,
        description,
        from,
    } = &op.body
    else {
        return None;
    };
    let at = identity_at(&op.family, op.method, &op.own);
    // (family, accepts, required, where said) of each family's same call.
    let donors: Vec<(&str, &Vec<String>, &Vec<String>, &Source)> = operations
        .iter()
        .filter(|d| {
            d.family != op.family && d.method == op.method && shape(&d.own) == shape(&op.own)
        })
        .filter_map(|d| match &d.body {
            Body::Resource {
                name: n,
                accepts,
                required,
                said,
                ..
            } if n == name => Some((d.family.as_str(), accepts, required, said)),
            _ => None,
        })
        .collect();
    let mut accepts: Vec<String> = donors.first().map(|d| d.1.clone()).unwrap_or_default();
    let mut required: Vec<String> = donors.first().map(|d| d.2.clone()).unwrap_or_default();
    for (_, a, r, _) in &donors[donors.len().min(1)..] {
        accepts.retain(|p| a.contains(p));
        required.retain(|p| r.contains(p));
    }
    required.retain(|p| accepts.contains(p));
    if accepts.is_empty() {
        let why = if donors.is_empty() {
            "and no other family's page of the same call says it either"
        } else {
            "and the same call on the other families accepts no property in common"
        };
        notes.push(Note::new(
            NoteKind::LeftOut,
            Some(from.clone()),
            at,
            format!("the request body is a `{name}`, {UNSAID}, {why}; the operation is left out"),
        ));
        return None;
    }
    let cited: Vec<String> = donors
        .iter()
        .map(|(family, _, _, said)| format!("a {family} ({said})"))
        .collect();
    let all = if donors.len() > 1 {
        ", the properties all of them accept"
    } else {
        ""
    };
    notes.push(Note::new(
        NoteKind::BorrowedBody,
        Some(from.clone()),
        format!("{at}.body.accepts"),
        format!(
            "the request body is a `{name}`, and {UNSAID}; took what the same call ({} {}) on {} accepts{all}: [{}]",
            op.method.as_str(),
            if op.own.is_empty() { "(the address)" } else { &op.own },
            cited.join(" and "),
            accepts.join(", ")
        ),
    ));
    Some(Body::Resource {
        name: name.clone(),
        accepts,
        required,
        description: description.clone(),
        from: from.clone(),
        said: donors[0].3.clone(),
    })
}
