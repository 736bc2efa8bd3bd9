//! A downstream crate with a spec of its own: `spec/extended.yaml` is `spec/permissions.yaml`
//! as it was before the families (the original eight operations), plus a resource
//! (`sharedDriveItem`) and an operation (`getSharedPermission`) that it did not have. One macro
//! call turns it into `api::{models, operations, endpoints, scopes}`.
//!
//! A second call expands the repository's own `spec/permissions.yaml`, for the test that the
//! macro generates what the `codegen` CLI wrote into `graph-permissions`.

graph_permissions_macros::generate!("spec/extended.yaml", module = api);

/// The repository's spec, expanded by the macro: compared with `graph_permissions` below.
#[doc(hidden)]
pub mod same {
    graph_permissions_macros::generate!("../../../spec/permissions.yaml");
}

#[cfg(test)]
mod tests {
    use super::api::{endpoints, models, operations, scopes};
    use graph_permissions::rt::{ApiVersion, Method, Operation, PermissionType, SharingUrl};

    #[test]
    fn the_added_operation_builds_its_request() {
        let url = SharingUrl::from_url("https://contoso.sharepoint.com/:w:/s/x");
        let request = endpoints::get_shared_permission_shares(&url)
            .select(&[models::PermissionField::Id, models::PermissionField::Roles]);
        assert_eq!(request.method(), Method::Get);
        assert_eq!(
            request.endpoint().template,
            "/shares/{encoded-sharing-url}/permission"
        );
        assert_eq!(
            request.path(),
            format!("/shares/{}/permission", url.as_str())
        );
        assert_eq!(request.query()[0], ("$select", "id,roles".to_owned()));

        let meta = <operations::GetSharedPermission as Operation>::META;
        assert!(scopes::OPERATIONS.iter().any(|op| std::ptr::eq(*op, meta)));
        assert_eq!(
            meta.scopes
                .least_privileged(PermissionType::DelegatedPersonal),
            Some("Files.ReadWrite")
        );
    }

    #[test]
    fn the_added_resource_holds_an_existing_one() {
        let json = r#"{"id":"s!abc","name":"report.docx","owner":{"user":{"id":"u1","displayName":"Ryan"}},"permission":{"id":"p1","roles":["read"],"link":{"type":"view","scope":"anonymous"}}}"#;
        let shared: models::SharedDriveItem = serde_json::from_str(json).unwrap();
        assert_eq!(shared.name.as_deref(), Some("report.docx"));
        let permission = shared.permission.as_ref().unwrap();
        assert_eq!(permission.roles.as_deref(), Some(&[models::Role::Read][..]));
        assert_eq!(permission.kind(), Some(models::PermissionKind::Link));
        assert_eq!(
            serde_json::to_value(&shared).unwrap(),
            serde_json::from_str::<serde_json::Value>(json).unwrap()
        );
    }

    #[test]
    fn existing_operations_are_still_there() {
        // `spec/extended.yaml` is in the old form (no families): names as they were.
        let request = endpoints::list_drive("b!drive/1", "01ITEM");
        assert_eq!(
            request.path(),
            "/drives/b!drive%2F1/items/01ITEM/permissions"
        );
        // Every operation it copied is still one of the crate's (same method, same paths),
        // and it adds one.
        let copied: Vec<_> = scopes::OPERATIONS
            .iter()
            .filter(|op| op.name != "getSharedPermission")
            .collect();
        assert_eq!(copied.len() + 1, scopes::OPERATIONS.len());
        for op in copied {
            let templates = || op.endpoints.iter().map(|e| e.template);
            assert!(
                graph_permissions::scopes::OPERATIONS.iter().any(|theirs| {
                    theirs.method == op.method
                        && theirs.endpoints.iter().map(|e| e.template).eq(templates())
                }),
                "{} is not one of the crate's operations",
                op.name
            );
        }
    }

    /// Beta-only enum values follow this crate's `beta` feature.
    #[test]
    fn beta_values_follow_this_crates_feature() {
        let review: models::SharingLinkType = serde_json::from_str("\"review\"").unwrap();
        #[cfg(feature = "beta")]
        assert_eq!(review, models::SharingLinkType::Review);
        #[cfg(not(feature = "beta"))]
        assert_eq!(review, models::SharingLinkType::Unknown("review".into()));
    }

    #[test]
    fn the_macro_expands_what_the_cli_generated() {
        // The same metadata, in the same order… (`graph-permissions` may have `beta` through
        // another crate of the build while this one does not: then its beta-only operations
        // are the difference.)
        let theirs: Vec<_> = graph_permissions::scopes::OPERATIONS
            .iter()
            .filter(|op| cfg!(feature = "beta") || op.versions.contains(&ApiVersion::V1_0))
            .collect();
        assert_eq!(
            format!(
                "{:?}",
                super::same::scopes::OPERATIONS.iter().collect::<Vec<_>>()
            ),
            format!("{theirs:?}")
        );
        // … and endpoint functions that build the same requests.
        let ours = super::same::endpoints::drive_item::update_me(
            "01ITEM",
            "perm/1",
            super::same::operations::drive_item::UpdateBody::new(vec![
                super::same::models::Role::Read,
            ]),
        );
        let theirs = graph_permissions::endpoints::drive_item::update_me(
            "01ITEM",
            "perm/1",
            graph_permissions::operations::drive_item::UpdateBody::new(vec![
                graph_permissions::models::Role::Read,
            ]),
        );
        assert_eq!(ours.path(), theirs.path());
        assert_eq!(ours.endpoint(), theirs.endpoint());
        assert_eq!(
            serde_json::to_value(ours.body()).unwrap(),
            serde_json::to_value(theirs.body()).unwrap()
        );
        let path = super::same::endpoints::drive_item::list_me_by_path("Documents/Q1 report.docx");
        let same =
            graph_permissions::endpoints::drive_item::list_me_by_path("Documents/Q1 report.docx");
        assert_eq!(path.path(), same.path());
    }
}
