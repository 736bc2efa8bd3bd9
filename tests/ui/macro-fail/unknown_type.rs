//! `generate!` on a spec whose property names an undefined type: the error is the CLI's
//! sentence, at the spec's line and column.

graph_permissions_macros::generate!("../specs/unknown_type.yaml", module = api);

fn main() {}
