//! The driveItem permission calls against the emulator through the typed client: the
//! README's update example end to end (ETag, if-match, 412), if-none-match on a listing,
//! delete, createLink (201 new, 200 existing), invite, revokeGrants, and the checks of
//! request bodies, with Graph's answers.

mod support;

use graph_emulator::{Config, Emulator, DRIVE_ID, GROUP_ID, SITE_ID, USER_EMAIL};
use graph_permissions::endpoints as ep;
use graph_permissions::models::{DriveRecipient, Role, SharingLinkScope, SharingLinkType};
use graph_permissions::operations::drive_item::{
    CreateLinkBody, InviteBody, RevokeGrantsBody, UpdateBody,
};
use graph_permissions::rt::{DateTimeOffset, Error, Modified};
use support::{client, item, raw};

fn emulator() -> Config {
    Config::new(60)
}

/// The README's "Calling Graph" example: read a permission with its ETag, update it with
/// `if-match`, and a second writer with the old ETag gets 412.
#[tokio::test]
async fn the_readme_update_example_runs_end_to_end() {
    let emulator = Emulator::start(emulator()).await.unwrap();
    let client = client(&emulator);
    let (drive, id) = (DRIVE_ID, item(6).to_owned());
    let permissions = client
        .collect_all(ep::drive_item::list(drive, &id))
        .await
        .unwrap();
    let own = permissions
        .iter()
        .find(|p| p.inherited_from.is_none())
        .and_then(|p| p.id.clone())
        .unwrap();
    assert_eq!(own, "user-6");
    let read = client
        .send(ep::drive_item::get(drive, &id, &own))
        .await
        .unwrap();
    let etag = read.etag().expect("a read has an ETag").to_owned();
    let update =
        ep::drive_item::update(drive, &id, &own, UpdateBody::new(vec![Role::Read])).if_match(&etag);
    let updated = client.send(update).await.expect("the ETag is current");
    assert_eq!(updated.value().roles, Some(vec![Role::Read]));
    let new_etag = updated.etag().unwrap();
    assert_ne!(new_etag, etag, "a change is a new ETag");
    // The change is there for the next reader.
    let again = client
        .send(ep::drive_item::get(drive, &id, &own))
        .await
        .unwrap();
    assert_eq!(again.value().roles, Some(vec![Role::Read]));
    assert_eq!(again.etag(), Some(new_etag));
    // Someone who read before the change is refused.
    let stale = ep::drive_item::update(drive, &id, &own, UpdateBody::new(vec![Role::Write]))
        .if_match(&etag);
    match client.send(stale).await {
        Err(Error::PreconditionFailed(graph)) => {
            assert_eq!(graph.status, 412);
            assert_eq!(graph.code.as_deref(), Some("preconditionFailed"));
        }
        other => panic!("{other:?}"),
    }
    // `*` matches whatever the ETag is.
    let any =
        ep::drive_item::update(drive, &id, &own, UpdateBody::new(vec![Role::Write])).if_match("*");
    assert_eq!(
        client.send(any).await.unwrap().value().roles,
        Some(vec![Role::Write])
    );
}

#[tokio::test]
async fn a_listing_is_not_modified_until_a_permission_changes() {
    let emulator = Emulator::start(emulator()).await.unwrap();
    let client = client(&emulator);
    let id = item(3);
    let first = client
        .send(ep::drive_item::list(DRIVE_ID, &id))
        .await
        .unwrap();
    let etag = first.etag().unwrap().to_owned();
    let same = client
        .send(ep::drive_item::list(DRIVE_ID, &id).if_none_match(&etag))
        .await
        .unwrap();
    assert_eq!((same.status(), same.value()), (304, &Modified::NotModified));
    let mut body = UpdateBody::new(vec![Role::Write]);
    body.expiration_date_time = None;
    client
        .send(ep::drive_item::update(DRIVE_ID, &id, "org-3", body))
        .await
        .unwrap();
    let changed = client
        .send(ep::drive_item::list(DRIVE_ID, &id).if_none_match(&etag))
        .await
        .unwrap();
    let Modified::Modified(page) = changed.into_value() else {
        panic!("the listing changed")
    };
    let org = page
        .value
        .iter()
        .find(|p| p.id.as_deref() == Some("org-3"))
        .unwrap();
    assert_eq!(org.roles, Some(vec![Role::Write]));
}

#[tokio::test]
async fn delete_takes_an_own_permission_once_and_honours_if_match() {
    let emulator = Emulator::start(emulator()).await.unwrap();
    let client = client(&emulator);
    let id = item(2);
    let stale = ep::drive_item::delete(DRIVE_ID, &id, "anonx-2").if_match("\"not-it\"");
    assert!(matches!(
        client.send(stale).await,
        Err(Error::PreconditionFailed(_))
    ));
    let etag = client
        .send(ep::drive_item::get(DRIVE_ID, &id, "anonx-2"))
        .await
        .unwrap()
        .etag()
        .unwrap()
        .to_owned();
    let delete = ep::drive_item::delete(DRIVE_ID, &id, "anonx-2").if_match(&etag);
    assert_eq!(client.send(delete).await.unwrap().status(), 204);
    let again = client
        .send(ep::drive_item::delete(DRIVE_ID, &id, "anonx-2"))
        .await;
    assert!(matches!(again, Err(e) if e.is_not_found()));
    // Inherited permissions and the owner's are refused.
    let inherited = client
        .send(ep::drive_item::delete(DRIVE_ID, &item(11), "anon-1"))
        .await;
    assert_eq!(inherited.unwrap_err().status(), Some(403));
    let owner = client
        .send(ep::drive_item::delete(DRIVE_ID, "ROOT", "owner"))
        .await;
    assert_eq!(owner.unwrap_err().status(), Some(403));
    assert_eq!(emulator.deleted(), [(id, "anonx-2".to_owned())]);
    assert_eq!(emulator.counters().deletes, 1);
}

#[tokio::test]
async fn create_link_creates_once_then_returns_the_existing_link() {
    let emulator = Emulator::start(emulator()).await.unwrap();
    let client = client(&emulator);
    let id = item(9);
    let body = || {
        let mut body = CreateLinkBody::new(SharingLinkType::Edit);
        body.scope = Some(SharingLinkScope::Anonymous);
        body.expiration_date_time = Some(DateTimeOffset::new("2031-01-01T00:00:00Z"));
        body
    };
    let created = client
        .send(ep::drive_item::create_link_site(SITE_ID, &id, body()))
        .await
        .unwrap();
    assert!(created.is_created());
    let link = created.into_value();
    assert_eq!(link.roles, Some(vec![Role::Write]));
    let facet = link.link.clone().unwrap();
    assert_eq!(facet.r#type, Some(SharingLinkType::Edit));
    assert_eq!(facet.scope, Some(SharingLinkScope::Anonymous));
    assert!(link.share_id.as_deref().unwrap().starts_with("s!"));
    // The same type and scope again: the link the item has, 200.
    let existing = client
        .send(ep::drive_item::create_link_group(GROUP_ID, &id, body()))
        .await
        .unwrap();
    assert!(!existing.is_created());
    assert_eq!(existing.value().id, link.id);
    // It is one of the item's permissions now.
    let listed = client
        .collect_all(ep::drive_item::list_user(USER_EMAIL, &id))
        .await
        .unwrap();
    assert!(listed.iter().any(|p| p.id == link.id));
    // Another scope is another link.
    let mut org = CreateLinkBody::new(SharingLinkType::Edit);
    org.scope = Some(SharingLinkScope::Organization);
    let other = client
        .send(ep::drive_item::create_link_me(&id, org))
        .await
        .unwrap();
    assert!(other.is_created());
    assert_ne!(other.value().id, link.id);
}

#[tokio::test]
async fn invite_grants_each_recipient_and_invites_the_external_ones() {
    let emulator = Emulator::start(emulator()).await.unwrap();
    let client = client(&emulator);
    let id = item(8);
    let mut body = InviteBody::new(vec![
        DriveRecipient::from_email("ian@contoso.com".to_owned()),
        DriveRecipient::from_email("quinn@fabrikam.com".to_owned()),
    ]);
    body.roles = Some(vec![Role::Write]);
    body.require_sign_in = Some(true);
    let granted = client
        .send(ep::drive_item::invite(DRIVE_ID, &id, body))
        .await
        .unwrap()
        .into_value()
        .value;
    assert_eq!(granted.len(), 2);
    assert!(granted.iter().all(|p| p.roles == Some(vec![Role::Write])));
    let internal = granted[0]
        .granted_to_v2
        .as_ref()
        .unwrap()
        .user
        .as_ref()
        .unwrap();
    assert_eq!(internal.id.as_deref(), Some("u-ian"));
    assert!(granted[0].invitation.is_none());
    let invitation = granted[1]
        .invitation
        .as_ref()
        .expect("an external recipient is invited");
    assert_eq!(invitation.email.as_deref(), Some("quinn@fabrikam.com"));
    assert_eq!(invitation.sign_in_required, Some(true));
    let listed = client
        .collect_all(ep::drive_item::list(DRIVE_ID, &id))
        .await
        .unwrap();
    for permission in &granted {
        assert!(listed.iter().any(|p| p.id == permission.id));
    }
}

#[tokio::test]
async fn revoke_grants_takes_recipients_off_a_link_for_specific_people_only() {
    let emulator = Emulator::start(emulator()).await.unwrap();
    let client = client(&emulator);
    let id = item(4);
    let body = || {
        RevokeGrantsBody::new(vec![DriveRecipient::from_email(
            "erin@fabrikam.com".to_owned(),
        )])
    };
    let link = client
        .send(ep::drive_item::revoke_grants_site_list_item(
            SITE_ID,
            graph_emulator::DOCUMENTS_LIST_ID,
            "4",
            "users-4",
            body(),
        ))
        .await
        .unwrap()
        .into_value();
    let left: Vec<_> = link
        .granted_to_identities_v2
        .iter()
        .flatten()
        .filter_map(|set| set.user.as_ref()?.display_name.clone())
        .collect();
    assert_eq!(left, ["Ian Insider"]);
    let read = client
        .send(ep::drive_item::get(DRIVE_ID, &id, "users-4"))
        .await
        .unwrap();
    assert_eq!(
        read.value().granted_to_identities_v2.as_ref().map(Vec::len),
        Some(1)
    );
    let anonymous = client
        .send(ep::drive_item::revoke_grants(
            DRIVE_ID,
            &item(1),
            "anon-1",
            body(),
        ))
        .await
        .unwrap_err();
    let graph = anonymous.graph().unwrap();
    assert_eq!(
        (graph.status, graph.code.as_deref()),
        (400, Some("invalidRequest"))
    );
}

/// Bodies the typed client could not send are refused as Graph refuses them, naming the
/// property.
#[tokio::test]
async fn bodies_are_checked_as_graph_checks_them() {
    let emulator = Emulator::start(emulator()).await.unwrap();
    let permission = format!("/v1.0/drives/{DRIVE_ID}/items/I000003/permissions/org-3");
    let create_link = format!("/v1.0/drives/{DRIVE_ID}/items/I000003/createLink");
    let invite = format!("/v1.0/drives/{DRIVE_ID}/items/I000003/invite");
    let cases: &[(&str, &str, &str, &str)] = &[
        ("PATCH", &permission, "{}", "The required property 'roles' is missing."),
        ("PATCH", &permission, r#"{"roles": ["admin"]}"#, "'admin' in 'roles' is not a role."),
        ("PATCH", &permission, r#"{"roles": []}"#, "'roles' must name at least one role."),
        ("PATCH", &permission, r#"{"roles": "read"}"#, "The property 'roles' must be an array of strings."),
        ("PATCH", &permission, r#"{"roles": ["read"], "link": {}}"#, "The property 'link' is not accepted by this call; it accepts roles, expirationDateTime."),
        ("PATCH", &permission, r#"{"roles": ["read"], "expirationDateTime": "soon"}"#, "The property 'expirationDateTime' must be a date and time such as 2026-07-15T14:00:00Z."),
        ("PATCH", &permission, r#"{"roles": ["read"], "expirationDateTime": "2030-01-01T00:00:00Z"}"#, "expirationDateTime can be changed on anonymous links only."),
        ("PATCH", &permission, "[1]", "The request body must be a JSON object."),
        ("POST", &create_link, r#"{"scope": "anonymous"}"#, "The required property 'type' is missing."),
        ("POST", &create_link, r#"{"type": "share"}"#, "'share' is not a sharing link type ('type')."),
        ("POST", &invite, r#"{"recipients": []}"#, "The property 'recipients' must be a non-empty array of recipients."),
        ("POST", &invite, r#"{"recipients": [{"email": "a@b.c", "alias": "a"}]}"#, "Each recipient in 'recipients' needs exactly one of alias, email (an address) and objectId."),
    ];
    for (method, target, body, message) in cases {
        let answer = raw(
            &emulator,
            method,
            target,
            &[("content-type", "application/json")],
            Some(body),
        )
        .await;
        assert_eq!(
            (answer.status, answer.code()),
            (400, "invalidRequest"),
            "{body}: {answer:?}"
        );
        assert_eq!(answer.message(), *message, "{body}");
    }
    let not_json = raw(&emulator, "PATCH", &permission, &[], Some("roles=read")).await;
    assert!(
        not_json
            .message()
            .starts_with("The request body is not JSON"),
        "{not_json:?}"
    );
    // Nothing changed.
    assert!(
        raw(&emulator, "GET", &permission, &[], None).await.body["roles"]
            == serde_json::json!(["read"])
    );
}
