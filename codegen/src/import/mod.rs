//! `codegen import`: Microsoft Graph documentation pages → facts → a report of how they differ
//! from the spec, and (`--write`) those differences made in the spec's text.
//!
//! Pages come in two formats, both read here: the Markdown source of the docs (front matter,
//! `<!-- { … } -->` annotations, pipe tables, code fences, SDK tabs, `[!INCLUDE …]` permission
//! tables) and the plain-text rendering of the web page (columns separated by spaces, stray
//! navigation words). An API page gives one operation; a resource page gives a resource's
//! properties and enumerations.
//!
//! ```no_run
//! use graph_permissions_codegen::import;
//! let pages = [std::path::PathBuf::from("page.md")];
//! let outcome = import::run(&pages, "spec/permissions.yaml".as_ref(), import::Mode::Report)?;
//! print!("{}", outcome.report.to_markdown());
//! # Ok::<(), import::ImportError>(())
//! ```

mod compare;
mod facts;
mod page;
mod write;
mod yaml_edit;

use std::path::{Path, PathBuf};

pub use compare::{
    Change, Difference, NewVariant, Owner, ParameterText, Report, Section, Side, Subject,
};
pub use facts::{
    ApiFacts, BodyFact, DeprecationFact, EnumFact, EnumValueFact, FieldFact, HeaderFact, PageFacts,
    PageKind, PathFact, ResourceFacts, ResponseFact, ScopeRowFact, ScopesFact, Shape, TypeFact,
};

/// A problem at a line of a page, before the page's name is known.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PageError {
    pub line: usize,
    pub message: String,
}

impl PageError {
    pub(crate) fn new(line: usize, message: impl Into<String>) -> Self {
        Self {
            line,
            message: message.into(),
        }
    }
}

/// Everything that stops an import. Nothing is written when one happens.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// A page (or a file it includes) the import cannot understand: `FILE:LINE: what was expected`.
    #[error("{file}:{line}: {message}")]
    Page {
        file: String,
        line: usize,
        message: String,
    },
    /// A page or the spec could not be read.
    #[error("{path}: cannot read: {source}")]
    Read {
        path: String,
        #[source]
        source: std::io::Error,
    },
    /// The changed spec could not be written.
    #[error("{path}: cannot write: {source}")]
    WriteFile {
        path: String,
        #[source]
        source: std::io::Error,
    },
    /// The spec does not load or validate.
    #[error(transparent)]
    Spec(crate::Error),
    /// The changes could not be made in the spec's text, or the result would not validate.
    #[error("{spec}: {message}")]
    Write { spec: String, message: String },
}

/// What `run` does with the report.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// Only report.
    Report,
    /// Report, then make what the pages say in the spec.
    Write,
    /// As `Write`, and also remove what the spec says and the pages do not.
    WriteAndPrune,
}

/// What an import did.
#[derive(Clone, Debug)]
pub struct Outcome {
    pub report: Report,
    /// The spec's text changed and was written.
    pub written: bool,
    /// Differences `--write` could not make, each with the reason.
    pub skipped: Vec<String>,
}

fn shown(path: &Path) -> String {
    path.display().to_string().replace('\\', "/")
}

/// Reads one page into its facts.
pub fn read_page(path: &Path) -> Result<PageFacts, ImportError> {
    let name = shown(path);
    let bytes = std::fs::read(path).map_err(|source| ImportError::Read {
        path: name.clone(),
        source,
    })?;
    page_facts(path, &name, &bytes)
}

/// Reads a page from its bytes; `path` places its includes, `name` names it in messages.
pub fn page_facts(path: &Path, name: &str, bytes: &[u8]) -> Result<PageFacts, ImportError> {
    facts::read(path, name, bytes).map_err(|e| ImportError::Page {
        file: e.file,
        line: e.error.line,
        message: e.error.message,
    })
}

fn model(spec_text: &str, spec_name: &str) -> Result<crate::model::Model, ImportError> {
    crate::parse(spec_text).map_err(|diagnostics| {
        ImportError::Spec(crate::Error::Spec {
            path: PathBuf::from(spec_name),
            diagnostics,
        })
    })
}

/// The report of `pages` against the spec's text.
pub fn compare(
    spec_text: &str,
    spec_name: &str,
    pages: &[PageFacts],
) -> Result<Report, ImportError> {
    let model = model(spec_text, spec_name)?;
    let sections = pages.iter().map(|p| compare::section(&model, p)).collect();
    Ok(Report::new(spec_name, sections))
}

/// The spec's text with what the pages say made in it (and, with `prune`, what only the spec
/// says removed), and the differences that could not be made. The result validates.
pub fn apply(
    spec_text: &str,
    spec_name: &str,
    pages: &[PageFacts],
    prune: bool,
) -> Result<(String, Vec<String>), ImportError> {
    model(spec_text, spec_name)?;
    write::apply(spec_text, pages, prune).map_err(|message| ImportError::Write {
        spec: spec_name.to_owned(),
        message,
    })
}

/// Reads the pages, compares them with the spec at `spec`, and in a write mode writes the
/// changed spec (to a temporary file, then renamed over it). Any error leaves the spec as it was.
pub fn run(pages: &[PathBuf], spec: &Path, mode: Mode) -> Result<Outcome, ImportError> {
    let spec_name = shown(spec);
    let mut facts = Vec::with_capacity(pages.len());
    for p in pages {
        facts.push(read_page(p)?);
    }
    // Same pages in any order → the same report and the same result.
    facts.sort_by(|a, b| a.file.cmp(&b.file));
    facts.dedup_by(|a, b| a.file == b.file);
    let text = std::fs::read_to_string(spec).map_err(|source| ImportError::Read {
        path: spec_name.clone(),
        source,
    })?;
    let report = compare(&text, &spec_name, &facts)?;
    if mode == Mode::Report {
        return Ok(Outcome {
            report,
            written: false,
            skipped: Vec::new(),
        });
    }
    let (new_text, skipped) = apply(&text, &spec_name, &facts, mode == Mode::WriteAndPrune)?;
    let written = new_text != text;
    if written {
        write_atomically(spec, &new_text).map_err(|source| ImportError::WriteFile {
            path: spec_name.clone(),
            source,
        })?;
    }
    Ok(Outcome {
        report,
        written,
        skipped,
    })
}

fn write_atomically(path: &Path, text: &str) -> std::io::Result<()> {
    let dir = path.parent().filter(|d| !d.as_os_str().is_empty());
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "spec.yaml".to_owned());
    let tmp = match dir {
        Some(d) => d.join(format!(".{name}.import-tmp")),
        None => PathBuf::from(format!(".{name}.import-tmp")),
    };
    std::fs::write(&tmp, text)?;
    std::fs::rename(&tmp, path).inspect_err(|_| {
        let _ = std::fs::remove_file(&tmp);
    })
}
