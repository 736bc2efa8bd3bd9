//! `generate!` selecting an operation the spec does not have: the error lists those it has.

graph_permissions_macros::generate!(
    "../../../spec/permissions.yaml",
    operations = ["driveItem.list", "share"]
);

fn main() {}
