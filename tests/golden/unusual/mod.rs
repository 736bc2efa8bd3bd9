// Generated from tests/fixtures/specs/unusual.yaml by graph-permissions-codegen. Do not edit: change the spec
// and run `cargo run -p graph-permissions-codegen -- generate`.

//! The API generated from `tests/fixtures/specs/unusual.yaml`.

pub mod models;
pub mod operations;
pub mod endpoints;
pub mod scopes;
