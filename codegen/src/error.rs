//! Errors: every one names where it happened, and reads as a sentence.

use std::fmt;
use std::path::PathBuf;

/// A place in a spec file, 1-based, as editors count.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    /// The 1-based line.
    pub line: usize,
    /// The 1-based column, counted in characters.
    pub column: usize,
}

impl fmt::Display for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.line, self.column)
    }
}

/// One problem found in a spec, at a place in it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    /// Where in the spec the problem is.
    pub span: Span,
    /// What is wrong, as a sentence.
    pub message: String,
}

impl Diagnostic {
    /// A diagnostic with this message at `span`.
    pub fn new(span: Span, message: impl Into<String>) -> Self {
        Self {
            span,
            message: message.into(),
        }
    }
}

/// Everything that stopped a spec from becoming code.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The spec file could not be read.
    #[error("{}: cannot read the spec: {source}", path.display())]
    Read {
        /// The spec file that could not be read.
        path: PathBuf,
        #[source]
        /// Why it could not be read.
        source: std::io::Error,
    },
    /// The spec is not valid YAML, or not a valid spec; every problem found, in file order.
    #[error("{}", render_diagnostics(path, diagnostics))]
    Spec {
        /// The spec file the problems are in.
        path: PathBuf,
        /// Every problem, in file order.
        diagnostics: Vec<Diagnostic>,
    },
    /// `only_operations` or `only_resources` names something the spec does not have.
    #[error("{}: {message}", path.display())]
    Selection {
        /// The spec file the selection was applied to.
        path: PathBuf,
        /// Which name is unknown, as a sentence.
        message: String,
    },
    /// An output file could not be written.
    #[error("{}: cannot write: {source}", path.display())]
    Write {
        /// The output file that could not be written.
        path: PathBuf,
        #[source]
        /// Why it could not be written.
        source: std::io::Error,
    },
    /// The emitted tokens did not parse as Rust: a bug in the generator, never in the spec.
    #[error("the generator emitted code that does not parse ({context}): {message}; please report this with the spec that caused it")]
    Emit {
        /// What was being emitted, e.g. a module name.
        context: String,
        /// The parser's complaint.
        message: String,
    },
}

impl Error {
    /// The problems in the spec, if that is what this error is about.
    pub fn diagnostics(&self) -> &[Diagnostic] {
        match self {
            Error::Spec { diagnostics, .. } => diagnostics,
            _ => &[],
        }
    }
}

fn render_diagnostics(path: &std::path::Path, diagnostics: &[Diagnostic]) -> String {
    let mut out = String::new();
    for (i, d) in diagnostics.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        out.push_str(&format!("{}:{}: {}", path.display(), d.span, d.message));
    }
    out
}
