//! `generate!` with `operations = ["driveItem.list"]` (an operation named with its family),
//! expanded at the crate root: the one operation, its endpoints, and the models it needs.

// The expansion tests this crate's `beta` feature, which trybuild's crate does not declare:
// a downstream crate declares it (see the macro's docs); here beta items are left out.
#![allow(unexpected_cfgs)]

graph_permissions_macros::generate!("../../../spec/permissions.yaml", operations = ["driveItem.list"]);

fn main() {
    let names: Vec<&str> = scopes::OPERATIONS
        .iter()
        .map(|op| op.qualified_name)
        .collect();
    assert_eq!(names, ["driveItem.list"]);
    let request = endpoints::drive_item::list_me_by_path("Documents/Q1 report.docx")
        .select(&[models::PermissionField::GrantedToV2]);
    assert_eq!(
        request.path(),
        "/me/drive/root:/Documents/Q1%20report.docx:/permissions"
    );
    // The models `list` returns come along, with every type they refer to.
    let permission = models::Permission {
        roles: Some(vec![models::Role::Read]),
        ..Default::default()
    };
    assert_eq!(permission.kind(), None);
    let _: Option<models::SharePointIdentitySet> = permission.granted_to_v2;
}
