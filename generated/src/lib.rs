// The package's README is the crate's documentation, so that its examples are compiled and run
// as doc tests; the repository's README is a doc test of `graph-permissions-tests`.
#![doc = include_str!("../README.md")]

// Generated code names the runtime `::graph_permissions::rt`, here as in downstream crates.
extern crate self as graph_permissions;

// Formatted by the generator (prettyplease), not rustfmt: `codegen check` compares bytes.
#[cfg(feature = "api")]
#[rustfmt::skip]
mod api;
pub mod rt;

#[cfg(feature = "api")]
pub use api::{endpoints, models, operations, scopes};
