//! An API page's request paths, checked and mended before they are split into address and
//! operation: a trailing `/` where an id belongs, two placeholders with no collection between
//! them, real ids where placeholders belong, another resource's path. Each mend is a note that
//! says what the page says, what was taken and why.

use super::super::doc::Source;
use super::super::facts::{ApiFacts, PageFacts, Shape};
use super::super::naming::{
    canonical_path, family, id_placeholder, is_placeholder, looks_like_id, plural, segments, shape,
    split, Split,
};
use super::super::note::{Note, NoteKind};

/// A request path of a page, mended, with its address split off.
#[derive(Clone, Debug)]
pub(crate) struct PagePath {
    /// The path as the import takes it, placeholders spelled by rule.
    pub path: String,
    /// The line of the HTTP request block it comes from.
    pub line: usize,
    /// The address and the operation's own path.
    pub split: Split,
    /// The family the address reaches.
    pub family: String,
    /// The index of the note that says real ids were taken out of the path, when they were.
    pub ids_note: Option<usize>,
}

/// The words that say which resource a title or lead is about: "… on a listItem", "… for an
/// item" → `listitem`, `item` (lower case, spaces out).
fn named_after(text: &str, words: &[&str]) -> Vec<String> {
    let lower = text.to_lowercase();
    let mut out = Vec::new();
    for w in words {
        let mut rest = lower.as_str();
        while let Some(at) = rest.find(w) {
            let after = &rest[at + w.len()..];
            let named: String = after
                .split_whitespace()
                .take(2)
                .collect::<Vec<_>>()
                .join(" ");
            let first = named
                .split_whitespace()
                .next()
                .unwrap_or_default()
                .trim_matches(|c: char| !c.is_ascii_alphanumeric())
                .to_owned();
            let two = named
                .replace(' ', "")
                .trim_matches(|c: char| !c.is_ascii_alphanumeric())
                .to_owned();
            for n in [first, two] {
                if !n.is_empty() && !out.contains(&n) {
                    out.push(n);
                }
            }
            rest = after;
        }
    }
    out
}

/// The resources a title names as the one the operation acts on ("… on a listItem").
pub(crate) fn title_names(title: &str) -> Vec<String> {
    named_after(title, &[" on a ", " on an "])
}

fn lead_names(page: &PageFacts) -> Vec<String> {
    let mut out: Vec<String> = page
        .lead
        .as_deref()
        .map(|l| named_after(l, &[" on a ", " on an ", " with a ", " with an "]))
        .unwrap_or_default();
    out.extend(page.lead_links.iter().map(|l| l.to_lowercase()));
    out
}

/// Whether a name from a title or lead is this family: `listItem` is `listitem` and
/// `list item`.
fn names(named: &[String], family: &str) -> bool {
    let f = family.to_lowercase();
    named.contains(&f)
}

/// The resource the operation is about: the first resource the response sentence names.
pub(crate) fn subject(api: &ApiFacts, known: &[String]) -> Option<String> {
    let response = api.response.as_ref()?;
    response.words.iter().find_map(|w| {
        known
            .iter()
            .find(|k| k.eq_ignore_ascii_case(w) || k.eq_ignore_ascii_case(w.trim_end_matches('s')))
            .cloned()
    })
}

/// The page's request paths, mended, split, each with its family.
pub(crate) fn page_paths(
    page: &PageFacts,
    api: &ApiFacts,
    known: &[String],
    notes: &mut Vec<Note>,
) -> Vec<PagePath> {
    let subject = subject(api, known);
    let at = |line| {
        Some(Source {
            file: page.file.clone(),
            line,
        })
    };
    let mut out = Vec::new();
    for p in &api.paths {
        let mut path = p.path.clone();
        // A trailing `/` where the id of the one object the response returns belongs.
        let single = api
            .response
            .as_ref()
            .is_some_and(|r| r.shape == Some(Shape::Single));
        if path.ends_with('/') && path.len() > 1 {
            let trimmed = path.trim_end_matches('/').to_owned();
            let segs = segments(&trimmed);
            let last = segs.last().copied().unwrap_or_default();
            if single && !is_placeholder(last) {
                let mended = format!("{trimmed}/{}", id_placeholder(Some(last)));
                notes.push(Note::new(
                    NoteKind::MissingSegment,
                    at(p.line),
                    "",
                    format!(
                        "the request path `{path}` ends in `/` where an id belongs: the page's response is one object, not a collection; took `{}`",
                        canonical_path(&mended)
                    ),
                ));
                path = mended;
            } else {
                path = trimmed;
            }
        }
        // Real ids where placeholders belong.
        let segs: Vec<String> = path.split('/').map(str::to_owned).collect();
        let mut ids = Vec::new();
        let mut mended: Vec<String> = Vec::with_capacity(segs.len());
        for (k, s) in segs.iter().enumerate() {
            if looks_like_id(s) {
                ids.push(s.clone());
                let collection = k.checked_sub(1).map(|c| segs[c].as_str());
                mended.push(id_placeholder(collection));
            } else {
                mended.push(s.clone());
            }
        }
        let mut ids_note = None;
        if !ids.is_empty() {
            ids_note = Some(notes.len());
            let took = canonical_path(&mended.join("/"));
            notes.push(Note::new(
                NoteKind::IdsInPath,
                at(p.line),
                "",
                format!(
                    "the HTTP request block shows `{path}`, with real ids ({}) where placeholders belong; took `{took}` (placeholders named after their collections)",
                    ids.iter().map(|i| format!("`{i}`")).collect::<Vec<_>>().join(", ")
                ),
            ));
            path = mended.join("/");
        }
        // Two placeholders with no collection between them: the collection the second names.
        let segs: Vec<&str> = path.split('/').collect();
        let mut mended: Vec<String> = Vec::with_capacity(segs.len() + 1);
        let mut inserted = None;
        for (k, s) in segs.iter().enumerate() {
            let previous = k.checked_sub(1).map(|p| segs[p]);
            if is_placeholder(s) && previous.is_some_and(is_placeholder) && !s.ends_with(':') {
                let inner = s.trim_matches(['{', '}']);
                let stem = inner
                    .strip_suffix("Id")
                    .or_else(|| inner.strip_suffix("-id"))
                    .unwrap_or(inner);
                if !stem.is_empty() && stem != inner {
                    let collection = plural(stem);
                    inserted = Some(collection.clone());
                    mended.push(collection);
                }
            }
            mended.push((*s).to_owned());
        }
        if let Some(collection) = inserted {
            let took = canonical_path(&mended.join("/"));
            notes.push(Note::new(
                NoteKind::MissingSegment,
                at(p.line),
                "",
                format!(
                    "the request path `{path}` has two placeholders with no collection between them; took `{took}` (the second placeholder names an item of `{collection}`)"
                ),
            ));
            path = mended.join("/");
        }
        let path = canonical_path(&path);
        let Some(split) = split(&path, subject.as_deref()) else {
            notes.push(Note::new(
                NoteKind::LeftOut,
                at(p.line),
                "",
                format!("`{path}` has no address (no placeholder, or nothing before its first one); the path is left out"),
            ));
            continue;
        };
        let family = family(&split.address, &page.lead_links);
        out.push(PagePath {
            path,
            line: p.line,
            split,
            family,
            ids_note,
        });
    }
    foreign_path(page, api, subject.as_deref(), &mut out, notes);
    out
}

/// An HTTP request block that shows another resource's path: every example request of the
/// page's method reaches another family than every path of the block, and the title or lead
/// names the examples' family. The examples' path is taken.
fn foreign_path(
    page: &PageFacts,
    api: &ApiFacts,
    subject: Option<&str>,
    paths: &mut Vec<PagePath>,
    notes: &mut Vec<Note>,
) {
    let examples: Vec<(String, usize)> = api
        .examples
        .iter()
        .filter(|e| e.method == Some(api.method))
        .map(|e| {
            let segs: Vec<&str> = e.path.split('/').collect();
            let generic: Vec<String> = segs
                .iter()
                .enumerate()
                .map(|(k, s)| {
                    if looks_like_id(s) {
                        id_placeholder(k.checked_sub(1).map(|c| segs[c]))
                    } else {
                        (*s).to_owned()
                    }
                })
                .collect();
            (canonical_path(&generic.join("/")), e.line)
        })
        .collect();
    if examples.is_empty() || paths.is_empty() {
        return;
    }
    let block: Vec<String> = paths.iter().map(|p| shape(&p.path)).collect();
    if examples.iter().any(|(e, _)| block.contains(&shape(e))) {
        return;
    }
    let Some((example, line)) = examples.first() else {
        return;
    };
    let Some(split) = split(example, subject) else {
        return;
    };
    let example_family = family(&split.address, &page.lead_links);
    let block_family = paths[0].family.clone();
    if example_family == block_family {
        return;
    }
    let title = page.title.as_deref().map(title_names).unwrap_or_default();
    let lead = lead_names(page);
    let for_example = names(&title, &example_family) || names(&lead, &example_family);
    let for_block = names(&title, &block_family) || names(&lead, &block_family);
    if !for_example || for_block {
        return;
    }
    let first = &paths[0];
    notes.push(Note::new(
        NoteKind::ForeignPath,
        Some(Source {
            file: page.file.clone(),
            line: first.line,
        }),
        "",
        format!(
            "the HTTP request block shows `{}`, a {block_family}'s path, but the page's title and lead are about a {example_family} and its example request (line {line}) reaches one; took `{example}` (the page's own example)",
            first.path
        ),
    ));
    *paths = vec![PagePath {
        path: example.clone(),
        line: first.line,
        split,
        family: example_family,
        ids_note: None,
    }];
}

/// A title that names another family (one of `families`) than the one the page's path
/// reaches, while the lead names that one: the title is wrong. The summary takes the title
/// with the family's name in the wrong one's place.
pub(crate) fn title_for(
    page: &PageFacts,
    family: &str,
    families: &[String],
    at: &str,
    notes: &mut Vec<Note>,
) -> Option<String> {
    let title = page.title.clone()?;
    let named = title_names(&title);
    let Some(wrong) = named
        .iter()
        .find(|n| **n != family.to_lowercase() && families.iter().any(|f| f.to_lowercase() == **n))
    else {
        return Some(title);
    };
    if names(&named, family) || !names(&lead_names(page), family) {
        return Some(title);
    }
    let lower = title.to_lowercase();
    let k = lower.rfind(wrong.as_str())?;
    let mended = format!("{}{family}{}", &title[..k], &title[k + wrong.len()..]);
    notes.push(Note::new(
        NoteKind::WrongTitle,
        Some(Source {
            file: page.file.clone(),
            line: page.title_line,
        }),
        at,
        format!(
            "the title \"{title}\" names a {}, but the page's path reaches a {family} and its lead says so; the summary takes \"{mended}\"",
            &title[k..k + wrong.len()]
        ),
    ));
    Some(mended)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_name_the_resource_acted_on() {
        assert_eq!(
            title_names("Update permission on a listItem"),
            vec!["listitem"]
        );
        assert_eq!(
            title_names("Delete permission on a list item"),
            vec!["list", "listitem"]
        );
        assert!(title_names("Send a sharing invitation").is_empty());
    }
}
