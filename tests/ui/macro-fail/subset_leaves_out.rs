//! `generate!` with `operations = ["driveItem.list"]` generates no other operation's endpoints.

// The expansion tests this crate's `beta` feature, which trybuild's crate does not declare:
// a downstream crate declares it (see the macro's docs); here beta items are left out.
#![allow(unexpected_cfgs)]

graph_permissions_macros::generate!("../../../spec/permissions.yaml", operations = ["driveItem.list"]);

fn main() {
    let _ = endpoints::drive_item::list_me("01ITEM");
    let _ = endpoints::drive_item::get_me("01ITEM", "perm-1");
}
