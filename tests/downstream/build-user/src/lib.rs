//! A downstream crate that generates its bindings in `build.rs`: `list` and `grant` of
//! `spec/permissions.yaml`, and the models those need. `build.rs` writes `$OUT_DIR/api.rs`
//! (the four modules inline) and tells cargo to rerun when the spec changes.

include!(concat!(env!("OUT_DIR"), "/api.rs"));

#[cfg(test)]
mod tests {
    use super::{endpoints, models, operations, scopes};
    use graph_permissions::rt::{Method, SharingUrl};

    #[test]
    fn the_selected_operations_are_generated() {
        let list = endpoints::drive_item::list_user("user 1", "01ITEM")
            .select(&[models::PermissionField::Link]);
        assert_eq!(list.method(), Method::Get);
        assert_eq!(
            list.path(),
            "/users/user%201/drive/items/01ITEM/permissions"
        );

        let url = SharingUrl::from_url("https://1drv.ms/w/s!abc");
        let recipients = vec![models::DriveRecipient::from_email(
            "ryan@contoso.com".to_owned(),
        )];
        let grant = endpoints::share::grant(
            &url,
            operations::share::GrantBody::new(recipients, vec![models::Role::Write]),
        );
        assert_eq!(grant.method(), Method::Post);
        assert_eq!(
            grant.path(),
            format!("/shares/{}/permission/grant", url.as_str())
        );
        assert_eq!(
            serde_json::to_value(grant.body()).unwrap(),
            serde_json::json!({"recipients": [{"email": "ryan@contoso.com"}], "roles": ["write"]})
        );
    }

    #[test]
    fn only_the_selected_operations_are_generated() {
        let names: Vec<&str> = scopes::OPERATIONS.iter().map(|op| op.name).collect();
        assert_eq!(names, ["list", "grant"]);
        // Their metadata is what the full crate says about them.
        for op in scopes::OPERATIONS {
            let full = graph_permissions::scopes::OPERATIONS
                .iter()
                .find(|full| full.name == op.name)
                .unwrap();
            assert_eq!(format!("{op:?}"), format!("{full:?}"));
        }
    }
}
