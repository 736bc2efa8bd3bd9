//! The report of an import: the pages read (and the pages and parts that could not be), every
//! difference between what they say and the spec — what would change the public API first —
//! and the notes on what the pages get wrong or the spec cannot hold as said.

use super::diff::{Difference, Kind};
use super::facts::Skipped;
use super::note::Note;

/// What an import found.
#[derive(Clone, Debug, Default)]
pub struct Report {
    /// The spec compared with, as named.
    pub spec: String,
    /// The pages read, as named.
    pub pages: Vec<String>,
    /// Pages that could not be read at all: `FILE:LINE: reason`.
    pub unreadable: Vec<String>,
    /// Parts of pages that could not be read (a table, a row, an include): the rest of the
    /// page was read.
    pub skipped: Vec<Skipped>,
    /// Every difference found, filled-in text and kept values included.
    pub differences: Vec<Difference>,
    /// What the pages get wrong, or say in a way the spec cannot hold.
    pub notes: Vec<Note>,
    /// Whether the differences that change the public API are written (`--prune`).
    pub prune: bool,
}

impl Report {
    /// The differences a reader is shown (text the spec lacks is filled in silently, and
    /// what the spec keeps by a `# import: keep` comment is listed apart).
    pub fn shown(&self) -> impl Iterator<Item = &Difference> {
        self.differences
            .iter()
            .filter(|d| d.kind != Kind::Fill && d.kept.is_none())
    }

    /// The differences that would remove or change the public API, which only `--prune`
    /// writes.
    pub fn api_changes(&self) -> impl Iterator<Item = &Difference> {
        self.shown().filter(|d| d.api_change)
    }

    /// The differences the spec keeps on purpose, each with its reason.
    pub fn kept(&self) -> impl Iterator<Item = &Difference> {
        self.differences
            .iter()
            .filter(|d| d.kind != Kind::Fill && d.kept.is_some())
    }

    /// No difference and every page and part read.
    pub fn is_empty(&self) -> bool {
        self.shown().next().is_none() && self.is_complete()
    }

    /// Every page and every part of them was read.
    pub fn is_complete(&self) -> bool {
        self.unreadable.is_empty() && self.skipped.is_empty()
    }

    /// The report as Markdown, for a pull request or a terminal.
    pub fn to_markdown(&self) -> String {
        let mut out = format!(
            "# Import: {} page{} against `{}`\n\n",
            self.pages.len(),
            if self.pages.len() == 1 { "" } else { "s" },
            self.spec
        );
        let api: Vec<&Difference> = self.api_changes().collect();
        if !api.is_empty() {
            if self.prune {
                out.push_str("## Public API removed or changed (`--prune`)\n\n");
            } else {
                out.push_str(
                    "## Not written: these remove or change public API (`--prune` writes them)\n\n",
                );
            }
            for d in &api {
                out.push_str(&format!("- {}\n", d.render()));
            }
            out.push('\n');
        }
        if !self.unreadable.is_empty() || !self.skipped.is_empty() {
            out.push_str("## Skipped: could not be read (the rest was)\n\n");
            for u in &self.unreadable {
                out.push_str(&format!("- {u}\n"));
            }
            for s in &self.skipped {
                out.push_str(&format!("- {s}\n"));
            }
            out.push('\n');
        }
        let shown: Vec<&Difference> = self.shown().filter(|d| !d.api_change).collect();
        if self.shown().next().is_none() {
            out.push_str("No differences: the spec says what the pages say.\n");
        }
        let mut section = String::new();
        for d in &shown {
            // Top-level maps of single values (`sources`, `scopes`) are one section each; a
            // family's entries one section per operation or variant.
            let depth = match d.path.first().map(String::as_str) {
                Some("sources" | "scopes") => 1,
                Some("families") => 4,
                _ => 2,
            };
            let head = d
                .path
                .iter()
                .take(depth)
                .cloned()
                .collect::<Vec<_>>()
                .join(".");
            if head != section {
                out.push_str(&format!("\n## {head}\n\n"));
                section = head;
            }
            out.push_str(&format!("- {}\n", d.render()));
        }
        let kept: Vec<&Difference> = self.kept().collect();
        if !kept.is_empty() {
            out.push_str("\n## Kept by the spec (`# import: keep`)\n\n");
            for d in kept {
                let reason = d.kept.as_deref().unwrap_or_default();
                out.push_str(&format!("- {} — kept: {reason}\n", d.render()));
            }
        }
        if !self.notes.is_empty() {
            out.push_str("\n## Notes\n\n");
            for n in &self.notes {
                out.push_str(&format!("- {}\n", n.render()));
            }
        }
        let (added, changed, only) = self.counts();
        out.push_str(&format!(
            "\n{added} added, {changed} changed, {only} only in the spec ({} of them public API); {} kept; {} note{}; {} part{} skipped.\n",
            api.len(),
            self.kept().count(),
            self.notes.len(),
            if self.notes.len() == 1 { "" } else { "s" },
            self.unreadable.len() + self.skipped.len(),
            if self.unreadable.len() + self.skipped.len() == 1 { "" } else { "s" },
        ));
        out
    }

    /// (added, changed, only in the spec).
    pub fn counts(&self) -> (usize, usize, usize) {
        let mut c = (0, 0, 0);
        for d in self.shown() {
            match d.kind {
                Kind::Added { .. } => c.0 += 1,
                Kind::Changed { .. } => c.1 += 1,
                Kind::SpecOnly { .. } => c.2 += 1,
                Kind::Fill => {}
            }
        }
        c
    }
}
