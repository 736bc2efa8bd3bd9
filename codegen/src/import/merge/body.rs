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

pub(crate) fn resolve(
    at: &str,
    pages: &[(ApiVersion, &PageFacts, &ApiFacts)],
    properties: &Properties,
    notes: &mut Vec<Note>,
) -> Body {
    let src = |page: &PageFacts, line: usize| Source {
        file: page.file.clone(),
        line,
    };
    if pages
        .iter()
        .any(|(_, _, api)| api.body.as_ref().is_some_and(|b| !b.fields.is_empty()))
    {
        return Body::Fields;
    }
    let prose: Vec<(ApiVersion, &PageFacts, &ApiFacts, &(String, usize))> = pages
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
    // What each version's page refuses, and what it accepts.
    let mut refused: Vec<(String, ApiVersion, Source)> = Vec::new();
    for (v, p, api, _) in &prose {
        if let Some(b) = &api.body {
            for (n, l) in &b.rejected {
                refused.push((n.clone(), *v, src(p, *l)));
            }
        }
    }
    let mut accepts: Vec<String> = Vec::new();
    let mut said: Option<Source> = None;
    let mut required: Vec<String> = Vec::new();
    for (v, p, api, _) in &prose {
        let Some(b) = &api.body else { continue };
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
        for (n, from, what) in named {
            if accepts.contains(&n) {
                continue;
            }
            if let Some((_, rv, rsrc)) = refused.iter().find(|(r, _, _)| *r == n) {
                notes.push(Note::new(
                    NoteKind::BodyProperty,
                    Some(from),
                    format!("{at}.body.accepts"),
                    format!("the {v} page's {what} sends `{n}`, which the {rv} page ({rsrc}) says the call does not accept; left out"),
                ));
                continue;
            }
            if !has.contains(&n) {
                notes.push(Note::new(
                    NoteKind::BodyProperty,
                    Some(from),
                    format!("{at}.body.accepts"),
                    format!("the {v} page's {what} names `{n}`, which the `{name}` resource does not have; left out"),
                ));
                continue;
            }
            said.get_or_insert(from);
            accepts.push(n);
        }
        for (n, _) in &b.required {
            if !required.contains(n) {
                required.push(n.clone());
            }
        }
    }
    required.retain(|r| accepts.contains(r));
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

/// What the pages of an operation leave unsaid: "no page of the operation says …".
const UNSAID: &str = "no page of the operation says which of its properties the call accepts (no property named in the prose, no request example with a body)";

/// Each operation whose body is `Unsaid` takes what the same call — the same method, own path
/// and body resource — accepts in the other families whose own pages say it (the properties
/// every one of them accepts, and of those the ones every one requires), with a note naming
/// them; with no such call it is left out, with a note. (Real pages: the beta list and
/// listItem updates name neither a property nor show a request; the site's update sends
/// `roles`.)
pub(crate) fn borrow(operations: &mut Vec<Operation>, notes: &mut Vec<Note>) {
    let mut lent: Vec<(usize, Body)> = Vec::new();
    let mut gone: Vec<usize> = Vec::new();
    for (k, op) in operations.iter().enumerate() {
        let Body::Unsaid {
            name,
            description,
            from,
        } = &op.body
        else {
            continue;
        };
        let at = identity_at(&op.family, op.method, &op.own);
        let donors: Vec<&Operation> = operations
            .iter()
            .filter(|d| {
                d.family != op.family
                    && d.method == op.method
                    && shape(&d.own) == shape(&op.own)
                    && matches!(&d.body, Body::Resource { name: n, .. } if n == name)
            })
            .collect();
        let mut accepts: Vec<String> = Vec::new();
        let mut required: Vec<String> = Vec::new();
        for (i, d) in donors.iter().enumerate() {
            let Body::Resource {
                accepts: a,
                required: r,
                ..
            } = &d.body
            else {
                continue;
            };
            if i == 0 {
                accepts = a.clone();
                required = r.clone();
            } else {
                accepts.retain(|p| a.contains(p));
                required.retain(|p| r.contains(p));
            }
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
                format!(
                    "the request body is a `{name}`, {UNSAID}, {why}; the operation is left out"
                ),
            ));
            gone.push(k);
            continue;
        }
        let cited: Vec<String> = donors
            .iter()
            .filter_map(|d| match &d.body {
                Body::Resource { said, .. } => Some(format!("a {} ({said})", d.family)),
                _ => None,
            })
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
        let said = donors
            .iter()
            .find_map(|d| match &d.body {
                Body::Resource { said, .. } => Some(said.clone()),
                _ => None,
            })
            .unwrap_or_else(|| from.clone());
        lent.push((
            k,
            Body::Resource {
                name: name.clone(),
                accepts,
                required,
                description: description.clone(),
                from: from.clone(),
                said,
            },
        ));
    }
    for (k, body) in lent {
        operations[k].body = body;
    }
    let mut k = 0;
    operations.retain(|_| {
        k += 1;
        !gone.contains(&(k - 1))
    });
}
