//! Typed Rust API layer for the Microsoft Graph sharing-permission API.
//!
//! Everything under [`models`], [`operations`], [`endpoints`] and [`scopes`] is generated from
//! `spec/permissions.yaml`; [`rt`] is the small hand-written runtime it stands on.

// Generated code names the runtime `::graph_permissions::rt`, here as in downstream crates.
extern crate self as graph_permissions;

// Formatted by the generator (prettyplease), not rustfmt: `codegen check` compares bytes.
#[rustfmt::skip]
mod api;
pub mod rt;

pub use api::{endpoints, models, operations, scopes};
