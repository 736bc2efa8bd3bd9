//! `generate!` on the repository's spec expands to what `graph-permissions` holds.
//!
//! trybuild compiles this file in a crate of its own under the target directory, so the spec
//! path is written relative to this file: `generate!` looks there when the calling crate's
//! directory has no such file.

// The expansion tests this crate's `beta` feature, which trybuild's crate does not declare:
// a downstream crate declares it (see the macro's docs); here beta items are left out.
#![allow(unexpected_cfgs)]

graph_permissions_macros::generate!("../../../spec/permissions.yaml", module = api);

use graph_permissions::rt::PermissionType;

fn main() {
    assert_eq!(
        format!("{:?}", api::scopes::OPERATIONS),
        format!("{:?}", graph_permissions::scopes::OPERATIONS)
    );
    let ours = api::endpoints::drive_item::get_site("site 1", "01ITEM", "perm-1")
        .select(&[api::models::PermissionField::Roles]);
    let theirs = graph_permissions::endpoints::drive_item::get_site("site 1", "01ITEM", "perm-1")
        .select(&[graph_permissions::models::PermissionField::Roles]);
    assert_eq!(ours.path(), theirs.path());
    assert_eq!(ours.query(), theirs.query());
    assert_eq!(
        api::scopes::least_privileged(ours.operation(), PermissionType::Application)
            .map(|s| s.to_string()),
        Some("Files.Read.All".to_owned())
    );
}
