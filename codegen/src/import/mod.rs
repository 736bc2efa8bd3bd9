//! `codegen import`: Microsoft Graph documentation pages → the spec they give → a report of
//! how it differs from the spec, and (`--write`) those differences made in the spec's text.
//!
//! Pages come in two formats, both read here: the Markdown source of the docs (front matter,
//! `<!-- { … } -->` annotations, pipe tables, code fences, SDK tabs, `[!INCLUDE …]` permission
//! tables) and the plain-text rendering of the web page. An API page gives one operation; a
//! resource page gives a resource's properties and the enumerations of its option tables.
//!
//! ```no_run
//! use graph_permissions_codegen::import;
//! let options = import::Options::pages(vec!["page.md".into()], "spec/permissions.yaml");
//! let outcome = import::run(&options)?;
//! print!("{}", outcome.report.to_markdown());
//! # Ok::<(), import::ImportError>(())
//! ```

mod build;
mod diff;
mod doc;
mod docs;
mod facts;
mod measure;
mod naming;
mod page;
pub mod permission_data;
mod report;
mod spec_view;
mod write;
mod yaml_edit;

use std::path::{Path, PathBuf};

pub use build::Note;
pub use diff::{Difference, Kind};
pub use doc::Source;
pub use docs::{init_text, pages_of_checkout};
pub use facts::{
    ApiFacts, BodyFact, DeprecationFact, EnumFact, EnumValueFact, FieldFact, HeaderFact, PageFacts,
    PageKind, PathFact, ResourceFacts, ResponseFact, ScopeRowFact, ScopesFact, Shape, TypeFact,
    VersionFrom,
};
pub use measure::{measure, Measure};
pub use report::Report;

/// A problem at a line of a page, before the page's name is known.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PageError {
    /// The 1-based line of the page.
    pub line: usize,
    /// What was expected there, as a sentence.
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
        /// The page or included file.
        file: String,
        /// The 1-based line.
        line: usize,
        /// What was expected there.
        message: String,
    },
    /// A page or the spec could not be read.
    #[error("{path}: cannot read: {source}")]
    Read {
        /// The file that could not be read.
        path: String,
        /// Why.
        #[source]
        source: std::io::Error,
    },
    /// The changed spec could not be written.
    #[error("{path}: cannot write: {source}")]
    WriteFile {
        /// The spec file that could not be written.
        path: String,
        /// Why.
        #[source]
        source: std::io::Error,
    },
    /// The spec does not load or validate.
    #[error(transparent)]
    Spec(crate::Error),
    /// The changes could not be made in the spec's text, or the result would not validate.
    #[error("{spec}: {message}")]
    Write {
        /// The spec file.
        spec: String,
        /// What went wrong, as a sentence.
        message: String,
    },
    /// Some pages could not be read, so `--write` wrote nothing.
    #[error("{count} page(s) could not be read, so nothing was written (`--skip-unreadable` writes what the others say)")]
    Unreadable {
        /// How many pages could not be read.
        count: usize,
        /// The report of the pages that could be read.
        report: Box<Report>,
    },
    /// `--docs`: the checkout does not have a page the spec or `--page` names.
    #[error("{0}")]
    Docs(String),
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

/// What to import, into which spec, and how.
#[derive(Clone, Debug)]
pub struct Options {
    /// Pages named one by one.
    pub pages: Vec<PathBuf>,
    /// A docs checkout: the pages the spec's `sources:` names, in both versions.
    pub docs: Option<PathBuf>,
    /// With `docs`: pages to add to `sources:` (`api/permission-get.md` or `permission-get`).
    pub add: Vec<String>,
    /// The spec file to compare with, and to write.
    pub spec: PathBuf,
    /// Whether to only report, or also write.
    pub mode: Mode,
    /// Write what the readable pages say even when some are not; they are listed.
    pub skip_unreadable: bool,
}

impl Options {
    /// Options that read `pages` one by one into `spec`, and only report.
    pub fn pages(pages: Vec<PathBuf>, spec: impl Into<PathBuf>) -> Options {
        Options {
            pages,
            docs: None,
            add: Vec::new(),
            spec: spec.into(),
            mode: Mode::Report,
            skip_unreadable: false,
        }
    }
}

/// What an import did.
#[derive(Clone, Debug)]
pub struct Outcome {
    /// What the pages and the spec disagree on.
    pub report: Report,
    /// The spec's text changed and was written.
    pub written: bool,
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

/// Reads a page from its bytes; `path` places its includes and tells its version, `name`
/// names it in messages.
pub fn page_facts(path: &Path, name: &str, bytes: &[u8]) -> Result<PageFacts, ImportError> {
    facts::read(path, name, bytes).map_err(|e| ImportError::Page {
        file: e.file,
        line: e.error.line,
        message: e.error.message,
    })
}

fn parse_yaml(spec_text: &str, spec_name: &str) -> Result<marked_yaml::Node, ImportError> {
    marked_yaml::parse_yaml(0, spec_text).map_err(|e| ImportError::Write {
        spec: spec_name.to_owned(),
        message: format!("the spec is not YAML: {e}"),
    })
}

/// The report of `pages` against the spec's text.
pub fn compare(
    spec_text: &str,
    spec_name: &str,
    pages: &[PageFacts],
) -> Result<Report, ImportError> {
    let root = parse_yaml(spec_text, spec_name)?;
    let view = spec_view::SpecView::read(&root);
    let built = build::build(pages, &view);
    Ok(Report {
        spec: spec_name.to_owned(),
        pages: pages.iter().map(|p| p.file.clone()).collect(),
        unreadable: Vec::new(),
        differences: diff::diff(&built.root, &root, spec_text),
        notes: built.notes,
    })
}

/// The spec's text with what the pages say made in it (and, with `prune`, what only the spec
/// says removed). The result validates, or this is an error and nothing is made.
pub fn apply(
    spec_text: &str,
    spec_name: &str,
    pages: &[PageFacts],
    prune: bool,
) -> Result<String, ImportError> {
    let root = parse_yaml(spec_text, spec_name)?;
    let view = spec_view::SpecView::read(&root);
    let built = build::build(pages, &view);
    let differences = diff::diff(&built.root, &root, spec_text);
    let at = |message: String| ImportError::Write {
        spec: spec_name.to_owned(),
        message,
    };
    let text = write::apply(spec_text, &built.root, &differences, prune).map_err(at)?;
    if let Err(diagnostics) = crate::parse(&text) {
        let first = diagnostics
            .iter()
            .take(3)
            .map(|d| format!("{}: {}", d.span, d.message))
            .collect::<Vec<_>>()
            .join("; ");
        return Err(at(format!(
            "the spec the pages give would not validate, so nothing was written: {first}"
        )));
    }
    Ok(text)
}

/// Reads the pages (or the checkout's), compares them with the spec, and in a write mode
/// writes the changed spec (to a temporary file, then renamed over it). Any error leaves the
/// spec as it was.
pub fn run(options: &Options) -> Result<Outcome, ImportError> {
    let spec_name = shown(&options.spec);
    let text = std::fs::read_to_string(&options.spec).map_err(|source| ImportError::Read {
        path: spec_name.clone(),
        source,
    })?;
    let mut paths = options.pages.clone();
    if let Some(dir) = &options.docs {
        let root = parse_yaml(&text, &spec_name)?;
        paths.extend(pages_of_checkout(dir, &root, &options.add).map_err(ImportError::Docs)?);
    }
    let mut facts = Vec::with_capacity(paths.len());
    let mut unreadable = Vec::new();
    for p in &paths {
        match read_page(p) {
            Ok(f) => facts.push(f),
            Err(e) => unreadable.push(e.to_string()),
        }
    }
    // Same pages in any order → the same report and the same result.
    facts.sort_by(|a, b| a.file.cmp(&b.file));
    facts.dedup_by(|a, b| a.file == b.file);
    let mut report = compare(&text, &spec_name, &facts)?;
    report.unreadable = unreadable;
    if options.mode == Mode::Report {
        return Ok(Outcome {
            report,
            written: false,
        });
    }
    if !report.unreadable.is_empty() && !options.skip_unreadable {
        return Err(ImportError::Unreadable {
            count: report.unreadable.len(),
            report: Box::new(report),
        });
    }
    let new_text = apply(
        &text,
        &spec_name,
        &facts,
        options.mode == Mode::WriteAndPrune,
    )?;
    let written = new_text != text;
    if written {
        write_atomically(&options.spec, &new_text).map_err(|source| ImportError::WriteFile {
            path: spec_name.clone(),
            source,
        })?;
    }
    Ok(Outcome { report, written })
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
