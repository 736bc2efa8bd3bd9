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
mod merge;
mod naming;
mod note;
mod page;
pub mod permission_data;
mod report;
mod spec_view;
mod types;
mod write;
mod yaml_edit;

use std::path::{Path, PathBuf};

pub use diff::{Difference, Kind};
pub use doc::Source;
pub use docs::{init_text, pages_of_checkout};
pub use facts::{
    ApiFacts, BodyFact, DeprecationFact, EnumFact, EnumValueFact, FieldFact, HeaderFact, PageFacts,
    PageKind, PathFact, RequestExample, ResourceFacts, ResponseFact, ScopeRowFact, ScopesFact,
    Shape, Skipped, TypeFact, VersionFrom,
};
pub use measure::{measure, Expectation, Measure};
pub use note::{Note, NoteKind};
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
    /// The spec is in the old form (top-level `variants:` and `operations:`); the importer
    /// writes the families form.
    #[error("{spec}: the spec is in the old form (top-level `variants:` and `operations:`); the importer reads and writes the families form: move them under `families: FAMILY:` (see docs/importing.md)")]
    OldForm {
        /// The spec file.
        spec: String,
    },
    /// No page could be read.
    #[error("no page could be read: {}", .0.join("; "))]
    NothingRead(Vec<String>),
    /// `--permissions DIR`: Microsoft's permission data could not be read.
    #[error(transparent)]
    Data(#[from] permission_data::LoadError),
    /// `--docs`: the checkout does not have a page the spec or `--page` names.
    #[error("{0}")]
    Docs(String),
}

/// What `run` does with the report.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// Only report.
    Report,
    /// Report, then make in the spec what the pages add (and what changes no public API).
    Write,
    /// As `Write`, and also remove and change what the pages say otherwise: public API.
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
    /// A folder with Microsoft's permission data (`permissions.json`,
    /// `permissions-descriptions.json`): fills scope tables no page gives, checks the pages'
    /// tables, and describes every scope in Microsoft's words.
    pub permissions: Option<PathBuf>,
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
            permissions: None,
        }
    }
}

/// What an import did.
#[derive(Clone, Debug)]
pub struct Outcome {
    /// What the pages and the spec disagree on, what could not be read, and the notes.
    pub report: Report,
    /// The spec's text changed and was written.
    pub written: bool,
}

fn shown(path: &Path) -> String {
    path.display().to_string().replace('\\', "/")
}

/// Stages 1 and 2: reads one page into its facts.
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

/// The spec's tree and what the import needs to know of it; an old-form spec is refused.
fn spec_of(
    spec_text: &str,
    spec_name: &str,
) -> Result<(marked_yaml::Node, spec_view::SpecView), ImportError> {
    let root = parse_yaml(spec_text, spec_name)?;
    let view = spec_view::SpecView::read(&root);
    if view.old_form {
        return Err(ImportError::OldForm {
            spec: spec_name.to_owned(),
        });
    }
    Ok((root, view))
}

/// Stages 3 to 5 for pages already read: what they say against the spec's text, and what
/// to write.
fn compared(
    spec_text: &str,
    spec_name: &str,
    pages: &[PageFacts],
    prune: bool,
    data: Option<&dyn merge::ScopeData>,
) -> Result<(Report, doc::Map), ImportError> {
    let (root, view) = spec_of(spec_text, spec_name)?;
    let merged = merge::merge(pages, &view, data);
    let built = build::build(&merged, &view, data);
    let (differences, keep_notes) = diff::diff(&built.root, &root, spec_text, &built.scopes);
    let mut notes = merged.notes;
    built.rename(&mut notes);
    notes.extend(built.notes);
    notes.extend(keep_notes);
    let report = Report {
        spec: spec_name.to_owned(),
        pages: pages.iter().map(|p| p.file.clone()).collect(),
        unreadable: Vec::new(),
        skipped: merged.skipped,
        differences,
        notes,
        prune,
    };
    Ok((report, built.root))
}

/// The report of `pages` against the spec's text.
pub fn compare(
    spec_text: &str,
    spec_name: &str,
    pages: &[PageFacts],
) -> Result<Report, ImportError> {
    compared(spec_text, spec_name, pages, false, None).map(|(r, _)| r)
}

/// Stage 6: the spec's text with what the report says written (what changes the public API
/// only with `prune`). The result validates, or this is an error and nothing is made.
fn written(
    spec_text: &str,
    spec_name: &str,
    report: &Report,
    root: &doc::Map,
    prune: bool,
) -> Result<String, ImportError> {
    let at = |message: String| ImportError::Write {
        spec: spec_name.to_owned(),
        message,
    };
    let text = write::apply(spec_text, root, &report.differences, prune).map_err(at)?;
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

/// The spec's text with what the pages say made in it (and, with `prune`, what changes the
/// public API). The result validates, or this is an error and nothing is made.
pub fn apply(
    spec_text: &str,
    spec_name: &str,
    pages: &[PageFacts],
    prune: bool,
) -> Result<String, ImportError> {
    let (report, root) = compared(spec_text, spec_name, pages, prune, None)?;
    written(spec_text, spec_name, &report, &root, prune)
}

/// The whole import, each stage once and in order: the pages (or the checkout's) read, merged,
/// made into the spec they give, compared with the spec, and in a write mode written (to a
/// temporary file, then renamed over it). A page or a part of one that cannot be read costs
/// that part alone: it is listed in the report. Any error leaves the spec as it was.
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
    if facts.is_empty() && !unreadable.is_empty() {
        return Err(ImportError::NothingRead(unreadable));
    }
    let data = match &options.permissions {
        Some(dir) => Some(permission_data::PermissionData::load(dir)?),
        None => None,
    };
    // Same pages in any order → the same report and the same result.
    facts.sort_by(|a, b| a.file.cmp(&b.file));
    facts.dedup_by(|a, b| a.file == b.file);
    let prune = options.mode == Mode::WriteAndPrune;
    let data_ref = data.as_ref().map(|d| d as &dyn merge::ScopeData);
    let (mut report, root) = compared(&text, &spec_name, &facts, prune, data_ref)?;
    report.unreadable = unreadable;
    if options.mode == Mode::Report {
        return Ok(Outcome {
            report,
            written: false,
        });
    }
    let new_text = written(&text, &spec_name, &report, &root, prune)?;
    let written = new_text != text;
    if written {
        write_atomically(&options.spec, &new_text).map_err(|source| ImportError::WriteFile {
            path: spec_name.clone(),
            source,
        })?;
    }
    Ok(Outcome { report, written })
}

/// How much of an expected list (`.ci/import-corpus.expected`: pairs, bodies, scope cells
/// and resources, written by reading the pages) a spec's text has; with Microsoft's
/// permission data, how many scopes it describes in Microsoft's words.
pub fn expect(
    expected: &str,
    spec_text: &str,
    data: Option<&permission_data::PermissionData>,
) -> Result<Expectation, String> {
    measure::expect(
        expected,
        spec_text,
        data.map(|d| d as &dyn merge::ScopeData),
    )
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
