//! The generator of `graph-permissions`: a YAML spec of the Microsoft Graph sharing-permission
//! API in, formatted Rust out.
//!
//! One pipeline, shared by the `codegen` CLI, the proc macro and build scripts: load (YAML →
//! the spec's syntax tree) → check (→ the semantic model) → select → surface (→ every Rust
//! item) → emit (→ tokens) → format. [`Generator`] runs it; its stages are private.
//!
//! ```no_run
//! // build.rs
//! graph_permissions_codegen::Generator::new()
//!     .spec("spec/permissions.yaml")
//!     .generate()?;
//! # Ok::<(), graph_permissions_codegen::Error>(())
//! ```

#![deny(missing_docs)]

// What users call: build scripts and the macro run a `Generator`; the `codegen` binary (with
// the `cli` feature) also runs the importer and the changelog.
#[cfg(feature = "cli")]
pub mod changelog;
#[cfg(feature = "cli")]
pub mod import;

pub use error::{Diagnostic, Error, Span};
pub use generator::{Generated, GeneratedFile, Generator};

// The stages, private: they change with every spec key and generated item, and no user needs
// them to generate code.
mod check;
mod emit;
mod error;
mod format;
mod generator;
mod load;
mod render;
mod select;
mod spec;

// Public but hidden (`#[doc(hidden)]`: not part of the API, changed in any release), for the
// workspace's own crates, each named with its reason:
// - `model`: `perf` (the one outside user; this hidden path rather than a cargo feature) writes
//   specs many times ours from a `Model` (`Generator::model`), and the tests inspect it;
// - `surface`: the `Api` the `codegen` binary prints the scope table of, and the tests inspect;
// - `scope_table`: the `codegen` binary's `scopes` command and the table of
//   `docs/least-privilege.md`;
// - `vocab`: `import::permission_data` takes its `Method` and `PermissionType`, and names them
//   by this path (the importer could re-export the two, and this module be private);
// - `parse`, `api`, `emit`, `EmitOptions`, `Module`: the stages one by one, for perf's
//   `stages` example, the fuzzers (a spec `import` writes must `parse`) and the tests;
// - `Generator::model`, `model_of` and `api`, which return a model or an `Api`.
#[doc(hidden)]
pub mod model;
#[doc(hidden)]
pub mod scope_table;
#[doc(hidden)]
pub mod surface;
#[doc(hidden)]
pub mod vocab;
#[doc(hidden)]
pub use emit::{EmitOptions, Module};

/// Reads and checks a spec from its text: every problem, in file order, or the model. The
/// Rust names of the whole spec are checked too (a spec is valid only if every name it
/// gives makes a Rust name that does not clash).
#[doc(hidden)]
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
#[doc(hidden)]
pub fn api(model: &model::Model) -> surface::Api {
    surface::surface(model).0
}

/// The generated modules of an API, as tokens.
#[doc(hidden)]
pub fn emit(api: &surface::Api, options: &EmitOptions) -> Vec<Module> {
    emit::emit(api, options)
}
