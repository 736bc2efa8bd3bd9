//! The report of an import: the pages read (and those that could not be), every difference
//! between what they say and the spec, and the notes on what the spec cannot hold as said.

use super::build::Note;
use super::diff::{Difference, Kind};

/// What an import found.
#[derive(Clone, Debug, Default)]
pub struct Report {
    /// The spec compared with, as named.
    pub spec: String,
    /// The pages read, as named.
    pub pages: Vec<String>,
    /// Pages that could not be read: `FILE:LINE: reason`.
    pub unreadable: Vec<String>,
    /// Every difference found, filled-in text and kept values included.
    pub differences: Vec<Difference>,
    /// What the spec cannot hold as the pages say it.
    pub notes: Vec<Note>,
}

impl Report {
    /// The differences a reader is shown (text the spec lacks is filled in silently, and
    /// what the spec keeps by a `# import: keep` comment is listed apart).
    pub fn shown(&self) -> impl Iterator<Item = &Difference> {
        self.differences
            .iter()
            .filter(|d| d.kind != Kind::Fill && d.kept.is_none())
    }

    /// The differences the spec keeps on purpose, each with its reason.
    pub fn kept(&self) -> impl Iterator<Item = &Difference> {
        self.differences
            .iter()
            .filter(|d| d.kind != Kind::Fill && d.kept.is_some())
    }

    /// No difference and every page read.
    pub fn is_empty(&self) -> bool {
        self.shown().next().is_none() && self.unreadable.is_empty()
    }

    /// The report as Markdown, for a pull request or a terminal.
    pub fn to_markdown(&self) -> String {
        let mut out = format!(
            "# Import: {} page{} against `{}`\n\n",
            self.pages.len(),
            if self.pages.len() == 1 { "" } else { "s" },
            self.spec
        );
        if !self.unreadable.is_empty() {
            out.push_str("## Pages that could not be read\n\n");
            for u in &self.unreadable {
                out.push_str(&format!("- {u}\n"));
            }
            out.push('\n');
        }
        let shown: Vec<&Difference> = self.shown().collect();
        if shown.is_empty() {
            out.push_str("No differences: the spec says what the pages say.\n");
        }
        let mut section = String::new();
        for d in &shown {
            // Top-level maps of single values (`sources`, `scopes`) are one section each.
            let depth = match d.path.first().map(String::as_str) {
                Some("sources" | "scopes") => 1,
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
                out.push_str(&format!("- `{}`: {}\n", n.at, n.text));
            }
        }
        let (added, changed, only) = self.counts();
        out.push_str(&format!(
            "\n{added} added, {changed} changed, {only} only in the spec; {} kept; {} note{}.\n",
            self.kept().count(),
            self.notes.len(),
            if self.notes.len() == 1 { "" } else { "s" }
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
