//! `generate!` on the repository's spec expands to what `graph-permissions` holds.
//!
//! trybuild compiles this file in a crate of its own under the target directory, so the spec
//! path is written relative to this file: `generate!` looks there when the calling crate's
//! directory has no such file.

// The expansion tests this crate's `beta` feature, which trybuild's crate does not declare:
// a downstream crate declares it (see the macro's docs); here beta items are left out.
#![allow(unexpected_cfgs)]

graph_permissions_macros::generate!("../../../spec/permissions.yaml", module = api);

use graph_permissions::rt::{ApiVersion, PermissionType};

fn main() {
    // `graph-permissions` is built with `beta` here, this crate without: its beta-only
    // operations are the difference.
    let theirs: Vec<_> = graph_permissions::scopes::OPERATIONS
        .iter()
        .filter(|op| op.versions.contains(&ApiVersion::V1_0))
        .collect();
    assert_eq!(
        format!("{:?}", api::scopes::OPERATIONS.iter().collect::<Vec<_>>()),
        format!("{theirs:?}")
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
