//! `generate!` with extra derives: `Eq` and `Hash` on every model, next to what models derive
//! already (`Eq` and `Hash` on enums are not derived twice).

// The expansion tests this crate's `beta` feature, which trybuild's crate does not declare:
// a downstream crate declares it (see the macro's docs); here beta items are left out.
#![allow(unexpected_cfgs)]

use std::collections::HashSet;

graph_permissions_macros::generate!(
    "../../../spec/permissions.yaml",
    module = api,
    resources = ["permission", "driveRecipient"],
    derives = [Eq, ::core::hash::Hash],
);

use api::models::{DriveRecipient, Permission, Role};

fn main() {
    let read = Permission {
        id: Some("1".to_owned()),
        roles: Some(vec![Role::Read]),
        ..Default::default()
    };
    let set: HashSet<Permission> = [read.clone(), read.clone()].into_iter().collect();
    assert_eq!(set.len(), 1);
    let recipients: HashSet<DriveRecipient> =
        [DriveRecipient::from_email("ryan@contoso.com".to_owned())]
            .into_iter()
            .collect();
    assert_eq!(recipients.len(), 1);
    // `resources` alone: models, no operation.
    assert!(api::scopes::OPERATIONS.is_empty());
}
