//! `codegen changelog`: two specs compared as users of the generated crate see them — endpoint
//! functions, model fields, enum variants, scope requirements — and the semver verdict.
//!
//! - **major**: a public item removed or retyped (a field's type, an endpoint's arguments, a
//!   body constructor's arguments, an operation's output), an item moved behind the `beta`
//!   feature, or a scope requirement tightened (a permission type accepts fewer scopes).
//! - **minor**: items added, scope requirements relaxed or reordered, deprecations, statuses.
//! - **patch**: descriptions and other documentation only.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::model::{
    self, ApiVersion, Availability, Model, ParameterType, PermissionType, ScopeRow, Shape,
};

/// How much a change matters to semver.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Patch,
    Minor,
    Major,
}

impl Level {
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Patch => "patch",
            Level::Minor => "minor",
            Level::Major => "major",
        }
    }
}

/// What happened to an item.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Added,
    Removed,
    Retyped,
    Tightened,
    Relaxed,
    Reordered,
    Deprecated,
    Undeprecated,
    Changed,
    Described,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Added => "added",
            Kind::Removed => "removed",
            Kind::Retyped => "retyped",
            Kind::Tightened => "tightened",
            Kind::Relaxed => "relaxed",
            Kind::Reordered => "reordered",
            Kind::Deprecated => "deprecated",
            Kind::Undeprecated => "no longer deprecated",
            Kind::Changed => "changed",
            Kind::Described => "described",
        }
    }
}

/// One change, as the crate's users see it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Entry {
    pub level: Level,
    pub kind: Kind,
    /// The Rust item: `endpoints::update_me`, `models::Permission::granted_to_v2`.
    pub item: String,
    pub detail: String,
}

/// The changes between two specs.
#[derive(Clone, Debug, Serialize)]
pub struct Changelog {
    pub old: String,
    pub new: String,
    /// `none` when nothing a user can see changed.
    pub verdict: String,
    pub changes: Vec<Entry>,
}

impl Changelog {
    /// Compares two validated specs; `old` and `new` name them.
    pub fn new(old_name: &str, old: &Model, new_name: &str, new: &Model) -> Changelog {
        let changes = compare(old, new);
        let verdict = changes
            .iter()
            .map(|c| c.level)
            .max()
            .map(Level::as_str)
            .unwrap_or("none")
            .to_owned();
        Changelog {
            old: old_name.to_owned(),
            new: new_name.to_owned(),
            verdict,
            changes,
        }
    }

    /// The verdict as a level; `None` when nothing changed.
    pub fn level(&self) -> Option<Level> {
        self.changes.iter().map(|c| c.level).max()
    }

    /// Markdown, ready for a CHANGELOG.md.
    pub fn to_markdown(&self) -> String {
        let mut out = format!("# API changes: `{}` → `{}`\n\n", self.old, self.new);
        let why = match self.level() {
            Some(Level::Major) => {
                "a public item was removed or retyped, or a scope requirement was tightened"
            }
            Some(Level::Minor) => {
                "items were added, or scope requirements relaxed; nothing was removed or retyped"
            }
            Some(Level::Patch) => "descriptions only",
            None => "nothing a user of the crate can see changed",
        };
        let _ = writeln!(out, "Semver: **{}** — {why}.", self.verdict);
        for (level, title) in [
            (Level::Major, "Breaking changes (major)"),
            (Level::Minor, "Compatible changes (minor)"),
            (Level::Patch, "Documentation (patch)"),
        ] {
            let entries: Vec<&Entry> = self.changes.iter().filter(|c| c.level == level).collect();
            if entries.is_empty() {
                continue;
            }
            let _ = write!(out, "\n## {title}\n\n");
            for e in entries {
                let _ = writeln!(out, "- {} `{}`: {}", e.kind.as_str(), e.item, e.detail);
            }
        }
        out
    }

    /// JSON, for tools.
    pub fn to_json(&self) -> String {
        let mut s = serde_json::to_string_pretty(self).unwrap_or_else(|_| "{}".to_owned());
        s.push('\n');
        s
    }
}

/// Reads and validates two specs from their texts and compares them.
pub fn from_texts(
    old_name: &str,
    old_text: &str,
    new_name: &str,
    new_text: &str,
) -> Result<Changelog, crate::Error> {
    let parse = |name: &str, text: &str| {
        crate::parse(text).map_err(|diagnostics| crate::Error::Spec {
            path: PathBuf::from(name),
            diagnostics,
        })
    };
    let old = parse(old_name, old_text)?;
    let new = parse(new_name, new_text)?;
    Ok(Changelog::new(old_name, &old, new_name, &new))
}

/// The text of the spec at `path` as it was at git revision `rev` (`git show REV:./FILE`, run
/// in the spec's directory).
pub fn spec_at_revision(rev: &str, path: &Path) -> Result<String, crate::Error> {
    let shown = format!("{rev}:{}", path.display());
    let err = |message: String| crate::Error::Read {
        path: PathBuf::from(&shown),
        source: std::io::Error::other(message),
    };
    if rev.starts_with('-') || rev.contains(':') {
        return Err(err(format!("`{rev}` is not a git revision")));
    }
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let file = path
        .file_name()
        .ok_or_else(|| err("no file name".to_owned()))?;
    let output = std::process::Command::new("git")
        .arg("-C")
        .arg(dir)
        .arg("show")
        .arg(format!("{rev}:./{}", file.to_string_lossy()))
        .output()
        .map_err(|e| err(format!("cannot run git: {e}")))?;
    if !output.status.success() {
        return Err(err(String::from_utf8_lossy(&output.stderr)
            .trim()
            .to_owned()));
    }
    String::from_utf8(output.stdout)
        .map_err(|_| err("the spec at that revision is not UTF-8".to_owned()))
}

struct Out {
    entries: Vec<Entry>,
}

impl Out {
    fn push(
        &mut self,
        level: Level,
        kind: Kind,
        item: impl Into<String>,
        detail: impl Into<String>,
    ) {
        self.entries.push(Entry {
            level,
            kind,
            item: item.into(),
            detail: detail.into(),
        });
    }

    /// Availability: leaving the stable version hides an item behind `beta` (major); reaching
    /// it is an addition (minor).
    fn availability(&mut self, item: &str, old: &Availability, new: &Availability) {
        if old.stable && !new.stable {
            self.push(
                Level::Major,
                Kind::Removed,
                item,
                format!(
                    "now only in {} (behind the `beta` feature)",
                    versions_text(&new.versions)
                ),
            );
        } else if !old.stable && new.stable {
            self.push(
                Level::Minor,
                Kind::Added,
                item,
                "now in the stable API (no longer behind the `beta` feature)",
            );
        } else if old.versions != new.versions {
            self.push(
                Level::Minor,
                Kind::Changed,
                item,
                format!(
                    "versions {} → {}",
                    versions_text(&old.versions),
                    versions_text(&new.versions)
                ),
            );
        }
    }

    fn described(&mut self, item: &str, what: &str, old: &str, new: &str) {
        if old != new {
            self.push(
                Level::Patch,
                Kind::Described,
                item,
                format!("{what} changed"),
            );
        }
    }
}

/// Every change between two models, scopes first, then enums, models, operations.
pub fn compare(old: &Model, new: &Model) -> Vec<Entry> {
    let mut out = Out {
        entries: Vec::new(),
    };
    scopes(&mut out, old, new);
    enums(&mut out, old, new);
    resources(&mut out, old, new);
    variants(&mut out, old, new);
    operations(&mut out, old, new);
    out.entries
}

fn scopes(out: &mut Out, old: &Model, new: &Model) {
    for s in &old.scopes {
        let item = format!("scopes::Scope::{}", s.ident);
        match new.scopes.iter().find(|n| n.wire == s.wire) {
            None => out.push(
                Level::Major,
                Kind::Removed,
                item,
                format!("scope `{}`", s.wire),
            ),
            Some(n) => out.described(&item, "description", &s.description, &n.description),
        }
    }
    for n in &new.scopes {
        if !old.scopes.iter().any(|s| s.wire == n.wire) {
            out.push(
                Level::Minor,
                Kind::Added,
                format!("scopes::Scope::{}", n.ident),
                format!("scope `{}`", n.wire),
            );
        }
    }
}

fn enums(out: &mut Out, old: &Model, new: &Model) {
    for e in &old.enums {
        let item = format!("models::{}", e.ident);
        let Some(n) = new.enums.iter().find(|n| n.wire == e.wire) else {
            out.push(
                Level::Major,
                Kind::Removed,
                item,
                format!("enum `{}`", e.wire),
            );
            continue;
        };
        out.described(&item, "description", &e.description, &n.description);
        for v in &e.values {
            let vitem = format!("{item}::{}", v.ident);
            match n.values.iter().find(|x| x.wire == v.wire) {
                None => out.push(
                    Level::Major,
                    Kind::Removed,
                    vitem,
                    format!("value `{}`", v.wire),
                ),
                Some(x) => {
                    out.availability(&vitem, &v.availability, &x.availability);
                    out.described(&vitem, "description", &v.description, &x.description);
                }
            }
        }
        for x in &n.values {
            if !e.values.iter().any(|v| v.wire == x.wire) {
                out.push(
                    Level::Minor,
                    Kind::Added,
                    format!("{item}::{}", x.ident),
                    format!("value `{}`{}", x.wire, beta_note(&x.availability)),
                );
            }
        }
    }
    for n in &new.enums {
        if !old.enums.iter().any(|e| e.wire == n.wire) {
            out.push(
                Level::Minor,
                Kind::Added,
                format!("models::{}", n.ident),
                format!("enum `{}` ({} values)", n.wire, n.values.len()),
            );
        }
    }
}

fn versions_text(versions: &[ApiVersion]) -> String {
    versions
        .iter()
        .map(|v| v.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

fn beta_note(a: &Availability) -> String {
    if a.stable {
        String::new()
    } else {
        format!(
            ", only in {} (behind the `beta` feature)",
            versions_text(&a.versions)
        )
    }
}

/// A property's or body field's Rust type.
fn rust_type(model: &Model, p: &model::Property) -> String {
    crate::surface::field_type(model, p).to_string()
}

/// Fields of a struct (`models::X` or `operations::XBody`).
fn fields(
    out: &mut Out,
    owner: &str,
    body: bool,
    (old_model, old): (&Model, &[model::Property]),
    (new_model, new): (&Model, &[model::Property]),
) {
    for p in old {
        let item = format!("{owner}::{}", p.ident);
        let Some(n) = new.iter().find(|n| n.wire == p.wire) else {
            out.push(
                Level::Major,
                Kind::Removed,
                item,
                format!("field `{}`", p.wire),
            );
            continue;
        };
        let (ot, nt) = (rust_type(old_model, p), rust_type(new_model, n));
        if ot != nt {
            let detail = if body && p.required != n.required {
                format!(
                    "{} → {} (`{}` made {}; the body's `new` takes its required fields)",
                    ot,
                    nt,
                    p.wire,
                    if n.required { "required" } else { "optional" }
                )
            } else {
                format!("{ot} → {nt}")
            };
            out.push(Level::Major, Kind::Retyped, &item, detail);
        }
        match (&p.deprecated, &n.deprecated) {
            (None, Some(d)) => out.push(
                Level::Minor,
                Kind::Deprecated,
                &item,
                format!("use `{}`", d.replacement_ident),
            ),
            (Some(_), None) => out.push(
                Level::Minor,
                Kind::Undeprecated,
                &item,
                "the deprecation is lifted",
            ),
            (Some(a), Some(b)) if a.replacement_wire != b.replacement_wire || a.note != b.note => {
                out.push(
                    Level::Patch,
                    Kind::Described,
                    &item,
                    "deprecation note changed",
                )
            }
            _ => {}
        }
        out.availability(&item, &p.availability, &n.availability);
        if p.read_only != n.read_only {
            out.push(
                Level::Patch,
                Kind::Described,
                &item,
                if n.read_only {
                    "documented read-only"
                } else {
                    "no longer documented read-only"
                },
            );
        }
        out.described(&item, "description", &p.description, &n.description);
    }
    for n in new {
        if !old.iter().any(|p| p.wire == n.wire) {
            let required_in_body = body && n.required;
            out.push(
                if required_in_body {
                    Level::Major
                } else {
                    Level::Minor
                },
                if required_in_body {
                    Kind::Retyped
                } else {
                    Kind::Added
                },
                format!("{owner}::{}", n.ident),
                if required_in_body {
                    format!(
                        "new required field `{}`: {} (the body's `new` takes it)",
                        n.wire,
                        rust_type(new_model, n)
                    )
                } else {
                    format!(
                        "field `{}`: {}{}",
                        n.wire,
                        rust_type(new_model, n),
                        beta_note(&n.availability)
                    )
                },
            );
        }
    }
}

fn resources(out: &mut Out, old: &Model, new: &Model) {
    for r in &old.resources {
        let item = format!("models::{}", r.ident);
        let Some(n) = new.resources.iter().find(|n| n.wire == r.wire) else {
            out.push(
                Level::Major,
                Kind::Removed,
                item,
                format!("model `{}`", r.wire),
            );
            continue;
        };
        out.described(&item, "description", &r.description, &n.description);
        fields(
            out,
            &item,
            false,
            (old, &r.properties),
            (new, &n.properties),
        );
        let one_of = |m: &model::Resource| {
            m.one_of
                .iter()
                .map(|&i| m.properties[i].wire.clone())
                .collect::<Vec<_>>()
        };
        if one_of(r) != one_of(n) {
            out.push(
                Level::Minor,
                Kind::Changed,
                &item,
                format!(
                    "one of [{}] → one of [{}]",
                    one_of(r).join(", "),
                    one_of(n).join(", ")
                ),
            );
        }
        let facets = |m: &model::Resource| {
            m.facets
                .iter()
                .map(|f| format!("{}→{}", m.properties[f.property].wire, f.kind_wire))
                .collect::<Vec<_>>()
        };
        if facets(r) != facets(n) {
            out.push(
                Level::Minor,
                Kind::Changed,
                format!("{item}::kind"),
                format!(
                    "facets [{}] → [{}]",
                    facets(r).join(", "),
                    facets(n).join(", ")
                ),
            );
        }
    }
    for n in &new.resources {
        if !old.resources.iter().any(|r| r.wire == n.wire) {
            out.push(
                Level::Minor,
                Kind::Added,
                format!("models::{}", n.ident),
                format!("model `{}` ({} fields)", n.wire, n.properties.len()),
            );
        }
    }
}

fn variants(out: &mut Out, old: &Model, new: &Model) {
    for v in &old.variants {
        if let Some(n) = new.variants.iter().find(|n| n.wire == v.wire) {
            out.described(
                &format!(
                    "endpoints::*_{}",
                    crate::surface::Ident::new_value(&v.wire)
                        .map(|i| i.to_string())
                        .unwrap_or_default()
                ),
                &format!("the description of path variant `{}`", v.wire),
                &v.description,
                &n.description,
            );
        }
    }
}

/// An endpoint function's path template and arguments.
fn signature(model: &Model, op: &model::Operation, e: &model::Endpoint) -> (String, Vec<String>) {
    let v = &model.variants[e.variant];
    let template = v.path.join(&op.path).to_string();
    let mut args: Vec<String> = v
        .parameters
        .iter()
        .chain(&op.parameters)
        .map(|p| {
            format!(
                "{}: {}",
                p.ident,
                match p.ty {
                    ParameterType::String => "&str",
                    ParameterType::SharingUrl => "&rt::SharingUrl",
                }
            )
        })
        .collect();
    if let Some(b) = &op.body {
        args.push(format!("body: {}", b.ident));
    }
    (template, args)
}

fn output(model: &Model, op: &model::Operation) -> String {
    let r = op
        .response
        .resource
        .map(|r| model.resources[r].ident.to_string());
    match (op.response.shape, r) {
        (Shape::Single, Some(r)) => r,
        (Shape::Collection, Some(r)) => format!("Page<{r}>"),
        _ => "()".to_owned(),
    }
}

fn scope_row(model: &Model, row: &ScopeRow) -> Option<Vec<String>> {
    match row {
        ScopeRow::NotSupported => None,
        ScopeRow::Scopes(list) => {
            Some(list.iter().map(|&s| model.scopes[s].wire.clone()).collect())
        }
    }
}

fn render_row(row: &Option<Vec<String>>) -> String {
    match row {
        None => "not supported".to_owned(),
        Some(s) => format!("[{}]", s.join(", ")),
    }
}

fn operations(out: &mut Out, old: &Model, new: &Model) {
    for o in &old.operations {
        let item = format!("operations::{}", o.type_ident);
        let Some(n) = new.operations.iter().find(|n| n.wire == o.wire) else {
            out.push(
                Level::Major,
                Kind::Removed,
                &item,
                format!("operation `{}`", o.wire),
            );
            for e in &o.endpoints {
                out.push(
                    Level::Major,
                    Kind::Removed,
                    format!("endpoints::{}", e.fn_ident),
                    format!("`{}` through `{}`", o.wire, old.variants[e.variant].wire),
                );
            }
            continue;
        };
        out.availability(&item, &o.availability, &n.availability);
        out.described(&item, "summary", &o.summary, &n.summary);
        out.described(&item, "description", &o.description, &n.description);

        // Endpoint functions.
        for e in &o.endpoints {
            let vw = &old.variants[e.variant].wire;
            let fitem = format!("endpoints::{}", e.fn_ident);
            let Some(ne) = n
                .endpoints
                .iter()
                .find(|x| new.variants[x.variant].wire == *vw)
            else {
                out.push(
                    Level::Major,
                    Kind::Removed,
                    fitem,
                    format!("`{}` through `{vw}`", o.wire),
                );
                continue;
            };
            let (ot, oa) = signature(old, o, e);
            let (nt, na) = signature(new, n, ne);
            if oa != na {
                out.push(
                    Level::Major,
                    Kind::Retyped,
                    &fitem,
                    format!("({}) → ({})", oa.join(", "), na.join(", ")),
                );
            } else if ot != nt {
                out.push(
                    Level::Minor,
                    Kind::Changed,
                    &fitem,
                    format!("path `{ot}` → `{nt}`"),
                );
            }
        }
        for ne in &n.endpoints {
            let vw = &new.variants[ne.variant].wire;
            if !o
                .endpoints
                .iter()
                .any(|e| old.variants[e.variant].wire == *vw)
            {
                let (template, _) = signature(new, n, ne);
                out.push(
                    Level::Minor,
                    Kind::Added,
                    format!("endpoints::{}", ne.fn_ident),
                    format!(
                        "`{} {template}` (`{}` through `{vw}`)",
                        n.method.as_str(),
                        n.wire
                    ),
                );
            }
        }

        // Output and statuses.
        let (oo, no) = (output(old, o), output(new, n));
        if oo != no {
            out.push(
                Level::Major,
                Kind::Retyped,
                format!("{item}::Output"),
                format!("{oo} → {no}"),
            );
        }
        let codes = |op: &model::Operation| {
            op.response
                .statuses
                .iter()
                .map(|s| s.code)
                .collect::<Vec<_>>()
        };
        if codes(o) != codes(n) {
            out.push(
                Level::Minor,
                Kind::Changed,
                format!("{item}::META.statuses"),
                format!("success statuses {:?} → {:?}", codes(o), codes(n)),
            );
        }

        // Body.
        match (&o.body, &n.body) {
            (None, Some(b)) => out.push(
                Level::Major,
                Kind::Retyped,
                format!("operations::{}", b.ident),
                format!(
                    "`{}` now sends a body: its endpoint functions take `body: {}`",
                    n.wire, b.ident
                ),
            ),
            (Some(b), None) => out.push(
                Level::Major,
                Kind::Removed,
                format!("operations::{}", b.ident),
                format!("`{}` no longer sends a body", o.wire),
            ),
            (Some(ob), Some(nb)) => {
                let bitem = format!("operations::{}", nb.ident);
                out.described(&bitem, "description", &ob.description, &nb.description);
                fields(out, &bitem, true, (old, &ob.fields), (new, &nb.fields));
            }
            (None, None) => {}
        }

        // Optional headers: typed methods on the request.
        let typed = |op: &model::Operation| {
            op.headers
                .iter()
                .filter(|h| h.status.is_some())
                .map(|h| h.wire.to_lowercase())
                .collect::<Vec<_>>()
        };
        for h in typed(o) {
            if !typed(n).contains(&h) {
                out.push(
                    Level::Major,
                    Kind::Removed,
                    format!("{item}: `{h}`"),
                    format!("the request's `.{}()` method", h.replace('-', "_")),
                );
            }
        }
        for h in typed(n) {
            if !typed(o).contains(&h) {
                out.push(
                    Level::Minor,
                    Kind::Added,
                    format!("{item}: `{h}`"),
                    format!("the request's `.{}()` method", h.replace('-', "_")),
                );
            }
        }
        match (&o.select, &n.select) {
            (Some(_), None) => out.push(
                Level::Major,
                Kind::Removed,
                format!("{item}: `$select`"),
                "the request's `.select()` method",
            ),
            (None, Some(_)) => out.push(
                Level::Minor,
                Kind::Added,
                format!("{item}: `$select`"),
                "the request's `.select()` method",
            ),
            (Some((a, _)), Some((b, _))) if old.resources[*a].wire != new.resources[*b].wire => out
                .push(
                    Level::Major,
                    Kind::Retyped,
                    format!("{item}: `$select`"),
                    format!(
                        "selects fields of `{}` instead of `{}`",
                        new.resources[*b].wire, old.resources[*a].wire
                    ),
                ),
            _ => {}
        }

        // Scope requirements, per permission type.
        for (k, label) in PermissionType::ALL.iter().map(|t| t.label()).enumerate() {
            let before = scope_row(old, &o.scopes[k]);
            let after = scope_row(new, &n.scopes[k]);
            if before == after {
                continue;
            }
            let sitem = format!("{item}::META.scopes ({label})");
            let detail = format!("{} → {}", render_row(&before), render_row(&after));
            match (&before, &after) {
                (Some(_), None) => out.push(
                    Level::Major,
                    Kind::Tightened,
                    sitem,
                    format!("{detail}: no longer callable with this permission type"),
                ),
                (None, Some(_)) => out.push(
                    Level::Minor,
                    Kind::Relaxed,
                    sitem,
                    format!("{detail}: now callable with this permission type"),
                ),
                (Some(b), Some(a)) => {
                    let lost: Vec<&String> = b.iter().filter(|s| !a.contains(s)).collect();
                    let gained: Vec<&String> = a.iter().filter(|s| !b.contains(s)).collect();
                    if !lost.is_empty() {
                        let names: Vec<String> = lost.iter().map(|s| format!("`{s}`")).collect();
                        out.push(
                            Level::Major,
                            Kind::Tightened,
                            sitem,
                            format!("{detail}: {} no longer enough", names.join(", ")),
                        );
                    } else if !gained.is_empty() {
                        let names: Vec<String> = gained.iter().map(|s| format!("`{s}`")).collect();
                        out.push(
                            Level::Minor,
                            Kind::Relaxed,
                            sitem,
                            format!("{detail}: {} now also accepted", names.join(", ")),
                        );
                    } else {
                        out.push(
                            Level::Minor,
                            Kind::Reordered,
                            sitem,
                            format!(
                                "{detail}: least privileged {}",
                                a.first().map(|s| format!("`{s}`")).unwrap_or_default()
                            ),
                        );
                    }
                }
                (None, None) => {}
            }
        }
    }
    for n in &new.operations {
        if old.operations.iter().any(|o| o.wire == n.wire) {
            continue;
        }
        out.push(
            Level::Minor,
            Kind::Added,
            format!("operations::{}", n.type_ident),
            format!(
                "operation `{}` ({} {}){}",
                n.wire,
                n.method.as_str(),
                n.path,
                beta_note(&n.availability)
            ),
        );
        for e in &n.endpoints {
            out.push(
                Level::Minor,
                Kind::Added,
                format!("endpoints::{}", e.fn_ident),
                format!("`{}` through `{}`", n.wire, new.variants[e.variant].wire),
            );
        }
    }
}
