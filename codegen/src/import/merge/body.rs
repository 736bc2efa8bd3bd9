//! An operation's request body: a table of fields (read per version when the spec is built),
//! or a resource given in prose ("supply a JSON representation of the permission object")
//! with the properties the call accepts: those the prose names as accepted and the keys of the
//! page's request examples, less those any version's prose refuses.

use super::super::doc::Source;
use super::super::facts::{ApiFacts, PageFacts};
use super::super::note::{Note, NoteKind};
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
            accepts.push(n);
        }
        for (n, _) in &b.required {
            if !required.contains(n) {
                required.push(n.clone());
            }
        }
    }
    required.retain(|r| accepts.contains(r));
    if accepts.is_empty() {
        notes.push(Note::new(
            NoteKind::LeftOut,
            Some(src(p0, *line)),
            at,
            format!(
                "the request body is a `{name}`, and no page of the operation says which of its properties the call accepts (no property named in the prose, no request example with a body); the operation is left out"
            ),
        ));
        return Body::Unknown;
    }
    Body::Resource {
        name: name.clone(),
        accepts,
        required,
        description: api0.body.as_ref().and_then(|b| b.description.clone()),
        from: src(p0, *line),
    }
}
