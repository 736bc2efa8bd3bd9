//! `generate!` with an option of the wrong type: `operations` takes a list of names.

graph_permissions_macros::generate!("../../../spec/permissions.yaml", operations = "list");

fn main() {}
