//! Every endpoint function of `graph_permissions::endpoints` (families `drive_item` and
//! `share`), called with the arguments its path variant takes; every request body built with `new` and its optional fields set; the
//! optional headers and `$select` used wherever the operation offers them.

use graph_permissions::endpoints::{drive_item, share};
use graph_permissions::models::{
    DriveRecipient, PermissionField, Role, SharingLinkScope, SharingLinkType,
};
use graph_permissions::operations::drive_item::{
    CreateLinkBody, InviteBody, RevokeGrantsBody, UpdateBody,
};
use graph_permissions::operations::share::GrantBody;
use graph_permissions::rt::{DateTimeOffset, Method, SharingUrl};

fn recipients() -> Vec<DriveRecipient> {
    vec![
        DriveRecipient::from_email("ryan@contoso.com".to_owned()),
        DriveRecipient::from_alias("ryan".to_owned()),
        DriveRecipient::from_object_id("b3b2a3a1".to_owned()),
    ]
}

fn update_body() -> UpdateBody {
    let mut body = UpdateBody::new(vec![Role::Read, Role::SpMember]);
    body.expiration_date_time = Some(DateTimeOffset::new("2030-01-01T00:00:00Z"));
    body
}

fn create_link_body() -> CreateLinkBody {
    let mut body = CreateLinkBody::new(SharingLinkType::View);
    body.scope = Some(SharingLinkScope::Organization);
    body.expiration_date_time = Some(DateTimeOffset::new("2030-01-01T00:00:00Z"));
    body.password = Some("hunter2".to_owned());
    body.recipients = Some(recipients());
    body.retain_inherited_permissions = Some(true);
    body.send_notification = Some(false);
    body
}

fn invite_body() -> InviteBody {
    let mut body = InviteBody::new(recipients());
    body.message = Some("Here it is.".to_owned());
    body.require_sign_in = Some(true);
    body.send_invitation = Some(true);
    body.roles = Some(vec![Role::Write]);
    body.expiration_date_time = Some(DateTimeOffset::new("2030-01-01T00:00:00Z"));
    body.password = Some("hunter2".to_owned());
    body.retain_inherited_permissions = Some(false);
    body
}

fn grant_body() -> GrantBody {
    GrantBody::new(recipients(), vec![Role::Read])
}

fn revoke_grants_body() -> RevokeGrantsBody {
    RevokeGrantsBody::new(recipients())
}

fn main() {
    let select = [
        PermissionField::Id,
        PermissionField::Roles,
        PermissionField::Link,
    ];

    // list: $select and if-none-match. A `/me` request is a `Request<_, SignedInUser>`; the
    // others join it in one array with `.into()`, which keeps their endpoint.
    let list = [
        drive_item::list("d/1", "i?2").into(),
        drive_item::list_group("g", "i").into(),
        drive_item::list_me("i"),
        drive_item::list_me_by_path("Documents/Q1 report#2.docx"),
        drive_item::list_site("s", "i").into(),
        drive_item::list_user("u", "i").into(),
    ];
    let list: Vec<_> = list
        .into_iter()
        .map(|r| r.select(&select).if_none_match("\"etag\""))
        .collect();
    assert_eq!(list[0].path(), "/drives/d%2F1/items/i%3F2/permissions");
    assert_eq!(list[1].path(), "/groups/g/drive/items/i/permissions");
    assert_eq!(list[2].path(), "/me/drive/items/i/permissions");
    assert_eq!(
        list[3].path(),
        "/me/drive/root:/Documents/Q1%20report%232.docx:/permissions"
    );
    assert_eq!(list[4].path(), "/sites/s/drive/items/i/permissions");
    assert_eq!(list[5].path(), "/users/u/drive/items/i/permissions");
    assert_eq!(list[0].query(), &[("$select", "id,roles,link".to_owned())]);
    assert_eq!(
        list[0].headers(),
        &[("if-none-match", "\"etag\"".to_owned())]
    );
    assert_eq!(list[0].method(), Method::Get);
    assert_eq!(list[3].endpoint().variant, "me-by-path");
    assert!(!list[0].endpoint().signed_in_user);
    assert!(list[2].endpoint().signed_in_user);
    assert!(list[3].endpoint().signed_in_user);

    // get: $select.
    let get = [
        drive_item::get("d", "i", "p").into(),
        drive_item::get_group("g", "i", "p").into(),
        drive_item::get_me("i", "p"),
        drive_item::get_site("s", "i", "p").into(),
        drive_item::get_user("u", "i", "p").into(),
    ];
    let get: Vec<_> = get.into_iter().map(|r| r.select(&select)).collect();
    assert_eq!(get[2].path(), "/me/drive/items/i/permissions/p");

    // update: if-match.
    let update = [
        drive_item::update("d", "i", "p", update_body()).into(),
        drive_item::update_group("g", "i", "p", update_body()).into(),
        drive_item::update_me("i", "p", update_body()),
        drive_item::update_site("s", "i", "p", update_body()).into(),
        drive_item::update_user("u", "i", "p", update_body()).into(),
    ];
    let update: Vec<_> = update.into_iter().map(|r| r.if_match("\"etag\"")).collect();
    assert_eq!(update[0].path(), "/drives/d/items/i/permissions/p");
    assert_eq!(update[0].method(), Method::Patch);
    assert_eq!(update[0].headers(), &[("if-match", "\"etag\"".to_owned())]);
    assert_eq!(update[0].body().roles, vec![Role::Read, Role::SpMember]);

    // delete: if-match.
    let delete = [
        drive_item::delete("d", "i", "p").into(),
        drive_item::delete_group("g", "i", "p").into(),
        drive_item::delete_me("i", "p"),
        drive_item::delete_site("s", "i", "p").into(),
        drive_item::delete_user("u", "i", "p").into(),
    ];
    let delete: Vec<_> = delete.into_iter().map(|r| r.if_match("\"etag\"")).collect();
    assert_eq!(delete[3].path(), "/sites/s/drive/items/i/permissions/p");
    assert_eq!(delete[3].method(), Method::Delete);

    // createLink, invite, grant and revokeGrants take no optional header or query option.
    let create_link = [
        drive_item::create_link("d", "i", create_link_body()).into(),
        drive_item::create_link_group("g", "i", create_link_body()).into(),
        drive_item::create_link_me("i", create_link_body()),
        drive_item::create_link_site("s", "i", create_link_body()).into(),
        drive_item::create_link_user("u", "i", create_link_body()).into(),
    ];
    assert_eq!(create_link[4].path(), "/users/u/drive/items/i/createLink");
    assert_eq!(create_link[4].method(), Method::Post);

    let invite = [
        drive_item::invite("d", "i", invite_body()).into(),
        drive_item::invite_group("g", "i", invite_body()).into(),
        drive_item::invite_me("i", invite_body()),
        drive_item::invite_site("s", "i", invite_body()).into(),
        drive_item::invite_user("u", "i", invite_body()).into(),
    ];
    assert_eq!(invite[1].path(), "/groups/g/drive/items/i/invite");

    // `u!` and the URL in unpadded base64url (computed independently with `base64 | tr`).
    let share = SharingUrl::from_url(
        "https://onedrive.live.com/redir?resid=1231244193912!12&authKey=1201919!12921!1",
    );
    let grant = share::grant(&share, grant_body());
    assert_eq!(
        grant.path(),
        "/shares/u!aHR0cHM6Ly9vbmVkcml2ZS5saXZlLmNvbS9yZWRpcj9yZXNpZD0xMjMxMjQ0MTkzOTEyITEyJmF1dGhLZXk9MTIwMTkxOSExMjkyMSEx/permission/grant"
    );
    let by_id = share::grant(&SharingUrl::from_share_id("s!abc"), grant_body());
    assert_eq!(by_id.path(), "/shares/s!abc/permission/grant");

    let revoke_grants = [
        drive_item::revoke_grants("d", "i", "p", revoke_grants_body()).into(),
        drive_item::revoke_grants_group("g", "i", "p", revoke_grants_body()).into(),
        drive_item::revoke_grants_me("i", "p", revoke_grants_body()),
        drive_item::revoke_grants_site("s", "i", "p", revoke_grants_body()).into(),
        drive_item::revoke_grants_site_list_item("s", "l", "li", "p", revoke_grants_body()).into(),
        drive_item::revoke_grants_user("u", "i", "p", revoke_grants_body()).into(),
    ];
    assert_eq!(
        revoke_grants[4].path(),
        "/sites/s/lists/l/items/li/driveItem/permissions/p/revokeGrants"
    );

    // 6 + 5 + 5 + 5 + 5 + 5 + 1 + 6 endpoint functions.
    let count = list.len()
        + get.len()
        + update.len()
        + delete.len()
        + create_link.len()
        + invite.len()
        + 1
        + revoke_grants.len();
    assert_eq!(count, 38);

    // A parameter that no encoding can protect is kept as an error, not sent.
    assert!(drive_item::list_me("..").path_error().is_some());
    assert!(list[0].path_error().is_none());

    // Bodies serialize with their wire names; unset optional fields are left out.
    let json = serde_json::to_value(CreateLinkBody::new(SharingLinkType::Edit)).unwrap();
    assert_eq!(json, serde_json::json!({ "type": "edit" }));
    let json = serde_json::to_value(update_body()).unwrap();
    assert_eq!(
        json,
        serde_json::json!({
            "roles": ["read", "sp.member"],
            "expirationDateTime": "2030-01-01T00:00:00Z",
        })
    );
}
