//! `codegen changelog`: two specs compared as users of the generated crate see them — endpoint
//! functions, model fields, enum variants, request options, scope requirements — and the
//! semver verdict. It compares two [`Api`] values, the same values `emit` prints, so it
//! reports exactly what changed in the crate. Rust's semver rules:
//!
//! Operations are matched by family and name; one that moved (a new family, a new name) is
//! matched by what it does: its HTTP method and the full path templates of its endpoints.
//! An endpoint function is matched by its method and full path template, so that a new name
//! for the same call reads "renamed `endpoints::list_drive` → `endpoints::drive_item::list`"
//! (major: code that names the old path no longer compiles), not as one removed and one added.
//!
//! - **major**: a public item removed, renamed or retyped (a field's type, an endpoint's
//!   arguments, a body constructor's arguments, an operation's output), a field added to a struct that
//!   code outside the crate may build with a struct literal (an exhaustive struct), an item
//!   moved behind the `beta` feature, a scope requirement tightened (a permission type
//!   accepts fewer scopes), or the scopes of `scopes:` in another order (with `typed-scopes`,
//!   `scopes::Granted` spelled out by hand would still compile and grant other scopes).
//! - **minor**: items added (a field of a `#[non_exhaustive]` struct among them), an
//!   operation reaching the stable version (its endpoint functions, marker and body leave the
//!   `beta` feature), scope requirements relaxed or reordered, deprecations, statuses, and
//!   `scopes::BY_PRIVILEGE` in another order (`minimal` prefers another scope).
//! - **patch**: descriptions and other documentation only.

mod diff;
mod operations;

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::surface::Api;

/// How much a change matters to semver.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    /// Nothing a caller's code can notice, e.g. a doc comment.
    Patch,
    /// Additive: existing code still compiles and behaves the same.
    Minor,
    /// Breaking: existing code may stop compiling or be refused by the service.
    Major,
}

impl Level {
    /// The level as the changelog writes it, e.g. `minor`.
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
    /// The item is new.
    Added,
    /// The item is gone.
    Removed,
    /// The item has a new path: the same call under another name.
    Renamed,
    /// The item's type changed.
    Retyped,
    /// A scope-table row asks for more: a permission no longer suffices.
    Tightened,
    /// A scope-table row asks for less: a permission now suffices too.
    Relaxed,
    /// A scope-table row lists the same permissions in another order (a new least privileged one).
    Reordered,
    /// The item became deprecated.
    Deprecated,
    /// The item is no longer deprecated.
    Undeprecated,
    /// Something else about the item changed, e.g. its HTTP method or path.
    Changed,
    /// Only the item's doc text changed.
    Described,
}

impl Kind {
    /// The kind as the changelog writes it, e.g. `added`.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Added => "added",
            Kind::Removed => "removed",
            Kind::Renamed => "renamed",
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
    /// How much the change matters to semver.
    pub level: Level,
    /// What happened to the item.
    pub kind: Kind,
    /// The Rust item: `endpoints::update_me`, `models::Permission::granted_to_v2`.
    pub item: String,
    /// The item's new path, when it was renamed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub renamed_to: Option<String>,
    /// The change in words, e.g. `` `Files.Read` → `Files.ReadWrite` ``.
    pub detail: String,
}

/// The changes between two specs.
#[derive(Clone, Debug, Serialize)]
pub struct Changelog {
    /// The name of the old spec, e.g. a git revision.
    pub old: String,
    /// The name of the new spec.
    pub new: String,
    /// `none` when nothing a user can see changed.
    pub verdict: String,
    /// Every change found, in the order the surfaces were compared.
    pub changes: Vec<Entry>,
}

impl Changelog {
    /// Compares the surfaces of two specs; `old` and `new` name them. Users start from the
    /// specs' texts ([`from_texts`]): the surfaces are the generator's own.
    pub(crate) fn new(old_name: &str, old: &Api, new_name: &str, new: &Api) -> Changelog {
        let changes = diff::compare(old, new);
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
                "a public item was removed, renamed or retyped, a field was added to an exhaustive struct, a scope requirement was tightened, or the scopes were reordered"
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
                match &e.renamed_to {
                    Some(to) => {
                        let _ = writeln!(out, "- renamed `{}` → `{to}`: {}", e.item, e.detail);
                    }
                    None => {
                        let _ = writeln!(out, "- {} `{}`: {}", e.kind.as_str(), e.item, e.detail);
                    }
                }
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
        crate::parse(text)
            .map(|model| crate::api(&model))
            .map_err(|diagnostics| crate::Error::Spec {
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
