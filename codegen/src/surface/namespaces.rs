//! Rust names that must not clash: the types of the crate, the variants of one enum, the
//! fields of one struct, the arguments of one function. A clash is reported where the second
//! name is written, naming the first.

use std::collections::HashMap;

use crate::error::{Diagnostic, Span};

/// Rust names in one namespace, each with the spec name and place that claimed it.
#[derive(Default)]
pub(super) struct Namespace(HashMap<String, (String, Span)>);

impl Namespace {
    /// Claims `rust` for `what`; says so when another spec name became the same Rust name.
    pub(super) fn claim(
        &mut self,
        rust: impl AsRef<str>,
        what: String,
        span: Span,
    ) -> Result<(), Diagnostic> {
        let rust = rust.as_ref();
        match self.0.get(rust) {
            Some((other, at)) => Err(Diagnostic::new(
                span,
                format!("{what} and {other} (at {at}) both become the Rust name `{rust}`; rename one of them"),
            )),
            None => {
                self.0.insert(rust.to_owned(), (what, span));
                Ok(())
            }
        }
    }

    /// The spec name and place that claimed `rust`, if one did.
    pub(super) fn claimed(&self, rust: &str) -> Option<&(String, Span)> {
        self.0.get(rust)
    }
}
