//! The families the expansion brought, against the emulator through the typed client: a
//! site's application grants (application-only but for listing), a list's and a list item's
//! permissions (some calls in beta only: the client sends them there), create on a driveItem,
//! and share.get with `Prefer`.

mod support;

use graph_emulator::{Config, Emulator, DOCUMENTS_LIST_ID, DRIVE_ID, SITE_ID};
use graph_permissions::endpoints as ep;
use graph_permissions::models::{
    Identity, IdentitySet, Prefer, Role, SharePointIdentitySet, SharingLinkType,
};
use graph_permissions::operations::{drive_item, list, list_item, site};
use graph_permissions::rt::{Error, PermissionType, SharingUrl};
use serde_json::json;
use support::{client, client_with, item, jwt, raw};

/// site.create takes `grantedToIdentities` alone (its page says so), a property the permission
/// resource marks deprecated: the setter warns, and there is no other.
fn grant(roles: Vec<Role>, apps: Vec<IdentitySet>) -> site::CreateBody {
    #[allow(deprecated)]
    site::CreateBody::new()
        .roles(roles)
        .granted_to_identities(apps)
}

fn app(id: &str, name: &str) -> IdentitySet {
    IdentitySet::default().application(
        Identity::default()
            .id(id.to_owned())
            .display_name(name.to_owned()),
    )
}

fn roles(permissions: &[graph_permissions::models::Permission], id: &str) -> Option<Vec<Role>> {
    permissions
        .iter()
        .find(|p| p.id.as_deref() == Some(id))
        .and_then(|p| p.roles.clone())
}

#[tokio::test]
async fn a_sites_application_grants_are_listed_created_changed_and_deleted() {
    let emulator = Emulator::start(Config::new(10)).await.unwrap();
    let client = client_with(
        &emulator,
        &jwt(json!({ "roles": ["Sites.FullControl.All"] })),
    );
    let grants = client.collect_all(ep::site::list(SITE_ID)).await.unwrap();
    let apps: Vec<_> = grants
        .iter()
        .filter_map(|g| {
            g.granted_to_identities_v2.as_ref()?[0]
                .application
                .clone()?
                .display_name
        })
        .collect();
    assert_eq!(apps, ["Contoso Backup", "Fabrikam Sync"]);
    let body = grant(vec![Role::Write], vec![app("89ea5c94", "Contoso Archiver")]);
    let created = client.send(ep::site::create(SITE_ID, body)).await.unwrap();
    assert_eq!(created.status(), 201);
    let id = created.value().id.clone().unwrap();
    let updated = client
        .send(ep::site::update(
            SITE_ID,
            &id,
            site::UpdateBody::new().roles(vec![Role::Read]),
        ))
        .await
        .unwrap();
    assert_eq!(updated.value().roles, Some(vec![Role::Read]));
    let read = client.send(ep::site::get(SITE_ID, &id)).await.unwrap();
    assert_eq!(read.value().roles, Some(vec![Role::Read]));
    assert_eq!(
        client
            .send(ep::site::delete(SITE_ID, &id))
            .await
            .unwrap()
            .status(),
        204
    );
    let gone = client.send(ep::site::get(SITE_ID, &id)).await.unwrap_err();
    assert!(gone.is_not_found(), "{gone}");
    let other = client
        .send(ep::site::list("contoso.sharepoint.com,x,y"))
        .await
        .unwrap_err();
    assert!(other.is_not_found(), "{other}");
    // A grant names the applications it is for.
    let error = client
        .send(ep::site::create(
            SITE_ID,
            site::CreateBody::new().roles(vec![Role::Read]),
        ))
        .await
        .unwrap_err();
    assert_eq!(error.status(), Some(400));
    assert!(
        error
            .to_string()
            .contains("'grantedToIdentities' is missing"),
        "{error}"
    );
    let target = format!("/v1.0/sites/{SITE_ID}/permissions");
    let one = r#"{"roles": ["read"], "grantedToIdentities": {"application": {"id": "a"}}}"#;
    let one = raw(&emulator, "POST", &target, &[], Some(one)).await;
    assert_eq!(
        one.message(),
        "The property 'grantedToIdentities' must be a non-empty array of identity sets."
    );
    let nobody = r#"{"roles": ["read"], "grantedToIdentities": [{"application": {}}]}"#;
    let nobody = raw(&emulator, "POST", &target, &[], Some(nobody)).await;
    assert!(
        nobody
            .message()
            .starts_with("Each identity set in 'grantedToIdentities' must name"),
        "{nobody:?}"
    );
}

/// Every delegated row of the site grants' table but list's is "not supported": the emulator
/// refuses a delegated token, and a client that checks refuses it before sending.
#[tokio::test]
async fn a_delegated_token_cannot_grant_on_a_site() {
    let emulator = Emulator::start(Config::new(10)).await.unwrap();
    let delegated = jwt(json!({ "scp": "Sites.FullControl.All" }));
    let body = || grant(vec![Role::Read], vec![app("1", "One")]);
    let sent = client_with(&emulator, &delegated)
        .send(ep::site::create(SITE_ID, body()))
        .await
        .unwrap_err();
    assert_eq!(sent.status(), Some(403), "{sent}");
    let listing = client_with(&emulator, &delegated)
        .send(ep::site::list(SITE_ID))
        .await;
    assert!(listing.is_ok(), "{listing:?}");
    let checking = graph_permissions::rt::Client::builder()
        .credential(graph_permissions::rt::StaticToken::new(delegated))
        .base_url(emulator.base_url())
        .check_scopes(true)
        .build()
        .unwrap();
    let before = emulator.counters().requests;
    let refused = checking
        .send(ep::site::create(SITE_ID, body()))
        .await
        .unwrap_err();
    let Error::NotSupported(refusal) = &refused else {
        panic!("{refused:?}")
    };
    assert_eq!(
        (refusal.operation, refusal.permission_type, refusal.through),
        ("site.create", PermissionType::DelegatedWork, None)
    );
    assert_eq!(emulator.counters().requests, before, "nothing was sent");
}

#[tokio::test]
async fn a_lists_permissions_in_v1_and_beta() {
    let emulator = Emulator::start(Config::new(10)).await.unwrap();
    let client = client(&emulator);
    let vendors = client
        .collect_all(ep::list::list(SITE_ID, "L-vendors"))
        .await
        .unwrap();
    assert_eq!(roles(&vendors, "guest-vera"), Some(vec![Role::Read]));
    let member = SharePointIdentitySet::default().user(Identity::default().id("u-ian".to_owned()));
    let body = list::CreateBody::new()
        .roles(vec![Role::Write])
        .granted_to_v2(member);
    let created = client
        .send(ep::list::create(SITE_ID, "L-vendors", body))
        .await
        .unwrap();
    assert_eq!(created.status(), 201);
    let id = created.value().id.clone().unwrap();
    // get, update and delete are in beta alone: the client sends them there.
    let update = ep::list::update(
        SITE_ID,
        "L-vendors",
        &id,
        list::UpdateBody::new().roles(vec![Role::Read]),
    );
    assert_eq!(
        client.send(update).await.unwrap().value().roles,
        Some(vec![Role::Read])
    );
    let read = client
        .send(ep::list::get(SITE_ID, "L-vendors", &id))
        .await
        .unwrap();
    assert_eq!(read.value().roles, Some(vec![Role::Read]));
    let delete = ep::list::delete(SITE_ID, "L-vendors", "guest-vera");
    assert_eq!(client.send(delete).await.unwrap().status(), 204);
    let after = client
        .collect_all(ep::list::list(SITE_ID, "L-vendors"))
        .await
        .unwrap();
    assert_eq!(roles(&after, "guest-vera"), None);
    assert_eq!(roles(&after, &id), Some(vec![Role::Read]));
    let beta_in_v1 = raw(
        &emulator,
        "GET",
        &format!("/v1.0/sites/{SITE_ID}/lists/L-vendors/permissions/{id}"),
        &[],
        None,
    )
    .await;
    assert_eq!((beta_in_v1.status, beta_in_v1.code()), (400, "BadRequest"));
}

/// A list item of the document library is the drive's item: the same permissions either way.
#[tokio::test]
async fn a_list_items_permissions_are_its_drive_items() {
    let emulator = Emulator::start(Config::new(10)).await.unwrap();
    let client = client(&emulator);
    let as_list_item = client
        .collect_all(ep::list_item::list(SITE_ID, DOCUMENTS_LIST_ID, "4"))
        .await
        .unwrap();
    let as_drive_item = client
        .collect_all(ep::drive_item::list(DRIVE_ID, &item(4)))
        .await
        .unwrap();
    assert_eq!(as_list_item, as_drive_item);
    let body = list_item::CreateBody::new()
        .roles(vec![Role::Read])
        .granted_to_v2(
            SharePointIdentitySet::default().user(Identity::default().id("u-rosa".to_owned())),
        );
    let created = client
        .send(ep::list_item::create(SITE_ID, DOCUMENTS_LIST_ID, "4", body))
        .await
        .unwrap()
        .into_value();
    let listed = client
        .collect_all(ep::drive_item::list(DRIVE_ID, &item(4)))
        .await
        .unwrap();
    assert!(listed.iter().any(|p| p.id == created.id));
    // Another list's items have permissions of their own.
    let id = "group-members";
    let update = ep::list_item::update(
        SITE_ID,
        "L-announcements",
        "2",
        id,
        list_item::UpdateBody::new().roles(vec![Role::Read]),
    );
    assert_eq!(
        client.send(update).await.unwrap().value().roles,
        Some(vec![Role::Read])
    );
    let other = client
        .collect_all(ep::list_item::list(SITE_ID, "L-announcements", "3"))
        .await
        .unwrap();
    assert_eq!(
        roles(&other, id),
        Some(vec![Role::Write]),
        "item 3 is untouched"
    );
    let missing = client
        .send(ep::list_item::get(SITE_ID, "L-announcements", "9", id))
        .await;
    assert!(missing.unwrap_err().is_not_found());
}

#[tokio::test]
async fn create_on_a_drive_item_needs_an_identity_and_roles() {
    let emulator = Emulator::start(Config::new(10)).await.unwrap();
    let client = client(&emulator);
    let body = drive_item::CreateBody::new()
        .roles(vec![Role::Write])
        .granted_to_v2(
            SharePointIdentitySet::default()
                .application(Identity::default().id("app-7".to_owned())),
        );
    let created = client
        .send(ep::drive_item::create(DRIVE_ID, &item(5), body))
        .await
        .unwrap();
    assert_eq!(created.status(), 201);
    let error = client
        .send(ep::drive_item::create(
            DRIVE_ID,
            &item(5),
            drive_item::CreateBody::new(),
        ))
        .await
        .unwrap_err();
    assert_eq!(error.status(), Some(400));
}

#[tokio::test]
async fn share_get_answers_what_a_token_shares_with_the_preference_applied() {
    let emulator = Emulator::start(Config::new(30)).await.unwrap();
    let client = client(&emulator);
    let link = client
        .send(ep::drive_item::create_link(
            DRIVE_ID,
            &item(12),
            drive_item::CreateLinkBody::new(SharingLinkType::View),
        ))
        .await
        .unwrap()
        .into_value();
    let share = SharingUrl::from_share_id(link.share_id.as_deref().unwrap());
    let shared = client
        .send(ep::share::get(&share).prefer(Prefer::RedeemSharingLink))
        .await
        .unwrap();
    assert_eq!(
        shared.header("preference-applied"),
        Some("redeemSharingLink")
    );
    assert_eq!(shared.value().name.as_deref(), Some("File 12.txt"));
    // By the link's URL too.
    let url = link.link.unwrap().web_url.unwrap();
    let by_url = client
        .send(ep::share::get(&SharingUrl::from_url(&url)))
        .await
        .unwrap();
    assert_eq!(by_url.value().name.as_deref(), Some("File 12.txt"));
    let bad = raw(
        &emulator,
        "GET",
        &format!("/v1.0/shares/{}", share.as_str()),
        &[("prefer", "redeemEverything")],
        None,
    )
    .await;
    assert_eq!((bad.status, bad.code()), (400, "invalidRequest"));
}
