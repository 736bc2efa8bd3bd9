//! The generator of `graph-permissions`: a YAML spec of the Microsoft Graph sharing-permission
//! API in, formatted Rust out.
//!
//! One pipeline, shared by the `codegen` CLI, the proc macro and build scripts:
//! load (YAML → [`spec::Spec`]) → check (→ [`model::Model`], the semantic model) → select →
//! surface (→ [`surface::Api`], every Rust item) → emit (→ tokens) → format.
//!
//! ```no_run
//! // build.rs
//! graph_permissions_codegen::Generator::new()
//!     .spec("spec/permissions.yaml")
//!     .generate()?;
//! # Ok::<(), graph_permissions_codegen::Error>(())
//! ```

#![deny(missing_docs)]

#[cfg(feature = "cli")]
pub mod changelog;
mod check;
mod emit;
mod error;
mod format;
mod generator;
#[cfg(feature = "cli")]
pub mod import;
mod load;
pub mod model;
mod render;
pub mod scope_table;
mod select;
pub mod spec;
pub mod surface;
pub mod vocab;

pub use emit::{EmitOptions, Module};
pub use error::{Diagnostic, Error, Span};
pub use generator::{Generated, GeneratedFile, Generator};
pub use select::Selection;

/// Reads and checks a spec from its text: every problem, in file order, or the model. The
/// Rust names of the whole spec are checked too (a spec is valid only if every name it
/// gives makes a Rust name that does not clash).
pub fn parse(text: &str) -> Result<model::Model, Vec<Diagnostic>> {
    parse_with_api(text).map(|(model, _)| model)
}

/// [`parse`], and the Rust surface of the whole model that checking its names built: the
/// generator uses it rather than building it again.
pub(crate) fn parse_with_api(text: &str) -> Result<(model::Model, surface::Api), Vec<Diagnostic>> {
    let spec = load::load(text).map_err(|d| vec![load::within(text, d)])?;
    let (model, mut diagnostics) = check::check(&spec);
    let (api, names) = surface::surface(&model);
    diagnostics.extend(names);
    if diagnostics.is_empty() {
        return Ok((model, api));
    }
    diagnostics.sort_by_key(|d| d.span);
    diagnostics.dedup();
    Err(diagnostics
        .into_iter()
        .map(|d| load::within(text, d))
        .collect())
}

/// The Rust surface of a (valid, selected) model.
pub fn api(model: &model::Model) -> surface::Api {
    surface::surface(model).0
}

/// The generated modules of an API, as tokens.
pub fn emit(api: &surface::Api, options: &EmitOptions) -> Vec<Module> {
    emit::emit(api, options)
}
