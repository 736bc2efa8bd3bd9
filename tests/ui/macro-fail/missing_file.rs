//! `generate!` on a spec that does not exist: the error names the path as written.

graph_permissions_macros::generate!("../specs/does_not_exist.yaml");

fn main() {}
