// Generated from tests/fixtures/specs/everything.yaml by graph-permissions-codegen. Do not edit: change the spec
// and run `cargo run -p graph-permissions-codegen -- generate`.

//! The API generated from `tests/fixtures/specs/everything.yaml`.

pub mod models;
pub mod operations;
pub mod endpoints;
pub mod scopes;
