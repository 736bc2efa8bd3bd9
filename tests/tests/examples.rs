//! The generated models against example JSON of every shape Graph's permission docs show.
//!
//! The fixtures are in `tests/fixtures/examples/`, written for these tests (see the README there
//! for what each models). A response example must deserialize into the generated model and
//! serialize back to the same JSON, with nothing lost; a request example must be exactly what
//! the generated request body serializes to.
//!
//! `real_doc_examples_round_trip` (ignored) applies the same checks to the JSON examples of the
//! real doc pages, in the directory `GRAPH_SEED_PAGES` names; `.ci/doc-examples` runs it.

use graph_permissions::models::{
    DriveRecipient, IdentitySet, Permission, PermissionKind, Role, SharingLinkScope,
    SharingLinkType,
};
use graph_permissions::operations::{
    drive_item::{RevokeGrantsBody, UpdateBody},
    share::GrantBody,
};
use graph_permissions::rt::{Map, Page};
use serde_json::{json, Value};

macro_rules! fixture {
    ($name:literal) => {
        include_str!(concat!("../fixtures/examples/", $name))
    };
}

/// Checks that `written`, what a model serialized after deserializing `text`, is the same JSON
/// value as `text`: no property lost, none added, none changed, none written twice.
fn assert_lossless(text: &str, written: &str) {
    let original: Value = serde_json::from_str(text).expect("the fixture is valid JSON");
    let reread: Value = serde_json::from_str(written).expect("the model writes valid JSON");
    assert_eq!(
        reread, original,
        "round trip changed the JSON; wrote {written}"
    );
    // `Value` keeps the last of two equal keys, so a property written twice would go unnoticed
    // above: read what was written once more, refusing a key seen twice in one object.
    if let Err(e) = serde_json::from_str::<NoDuplicateKeys>(written) {
        panic!("a property was written twice ({e}): {written}");
    }
}

/// Any JSON, refusing an object that has a key twice.
struct NoDuplicateKeys;

impl<'de> serde::Deserialize<'de> for NoDuplicateKeys {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = NoDuplicateKeys;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("any JSON")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Self::Value, A::Error> {
                let mut seen = std::collections::HashSet::new();
                while let Some(key) = map.next_key::<String>()? {
                    if !seen.insert(key.clone()) {
                        return Err(serde::de::Error::custom(format!("`{key}` twice")));
                    }
                    map.next_value::<NoDuplicateKeys>()?;
                }
                Ok(NoDuplicateKeys)
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<Self::Value, A::Error> {
                while seq.next_element::<NoDuplicateKeys>()?.is_some() {}
                Ok(NoDuplicateKeys)
            }
            fn visit_bool<E>(self, _: bool) -> Result<Self::Value, E> {
                Ok(NoDuplicateKeys)
            }
            fn visit_i64<E>(self, _: i64) -> Result<Self::Value, E> {
                Ok(NoDuplicateKeys)
            }
            fn visit_u64<E>(self, _: u64) -> Result<Self::Value, E> {
                Ok(NoDuplicateKeys)
            }
            fn visit_f64<E>(self, _: f64) -> Result<Self::Value, E> {
                Ok(NoDuplicateKeys)
            }
            fn visit_str<E>(self, _: &str) -> Result<Self::Value, E> {
                Ok(NoDuplicateKeys)
            }
            fn visit_unit<E>(self) -> Result<Self::Value, E> {
                Ok(NoDuplicateKeys)
            }
        }
        d.deserialize_any(Visitor)
    }
}

/// A `Map` from a `json!` object literal.
fn map(value: Value) -> Map {
    match value {
        Value::Object(map) => map.into(),
        other => panic!("not an object: {other}"),
    }
}

/// Deserializes a `Permission`, checking that it serializes back without loss.
fn permission(text: &str) -> Permission {
    let typed: Permission = serde_json::from_str(text).expect("deserializes into Permission");
    assert_lossless(text, &serde_json::to_string(&typed).unwrap());
    typed
}

/// Deserializes a `Page<Permission>`, checking that it serializes back without loss.
fn any_page(text: &str) -> Page<Permission> {
    let typed: Page<Permission> = serde_json::from_str(text).expect("deserializes into Page");
    assert_lossless(text, &serde_json::to_string(&typed).unwrap());
    typed
}

fn page(text: &str) -> Page<Permission> {
    let page = any_page(text);
    assert_eq!(page.next_link, None);
    assert!(page.extra.is_empty(), "page extra: {:?}", page.extra);
    page
}

/// Checks a request-body fixture against the generated body, `serde_json::to_value(body)`.
fn assert_body(text: &str, body: Result<Value, serde_json::Error>) {
    let fixture: Value = serde_json::from_str(text).expect("the fixture is valid JSON");
    assert_eq!(body.expect("the body serializes"), fixture);
}

// ---------------------------------------------------------------------------------------------
// revokeGrants (beta)
// ---------------------------------------------------------------------------------------------

#[test]
fn revoke_grants_request_is_what_the_body_writes() {
    assert_body(
        fixture!("revoke-grants-request.json"),
        serde_json::to_value(RevokeGrantsBody::new(vec![DriveRecipient::from_email(
            "jordan.lee@fabrikam.example".to_owned(),
        )])),
    );
}

#[test]
fn revoke_grants_response_round_trips() {
    let p = permission(fixture!("revoke-grants-response.json"));
    assert_eq!(p.id.as_deref(), Some("7QK2RV"));
    assert_eq!(p.roles, Some(vec![Role::Write]));
    assert_eq!(p.kind(), Some(PermissionKind::Link));
    let link = p.link.as_ref().expect("link facet");
    assert_eq!(link.r#type, Some(SharingLinkType::Edit));
    assert_eq!(link.scope, Some(SharingLinkScope::Users));
    // A shortened URL, as the docs' "might be shortened" responses have them.
    assert_eq!(
        link.web_url.as_deref(),
        Some("https://fabrikam-my.sharepoint.example/personal/avery_fabrikam_example/...")
    );
    let app = link.application.as_ref().expect("link application");
    assert_eq!(app.id.as_deref(), Some("5821"));
    assert_eq!(app.display_name.as_deref(), Some("Quinn Sync Tool"));
    assert!(app.extra.is_empty());
    assert!(link.extra.is_empty());
    assert!(p.extra.is_empty());
}

// ---------------------------------------------------------------------------------------------
// Update sharing permission (v1.0)
// ---------------------------------------------------------------------------------------------

#[test]
fn update_request_is_what_the_body_writes() {
    assert_body(
        fixture!("update-request.json"),
        serde_json::to_value(UpdateBody::new(vec![Role::Write])),
    );
}

#[test]
#[allow(deprecated)]
fn update_response_with_granted_to_only_is_a_user_permission() {
    let p = permission(fixture!("update-response.json"));
    assert_eq!(p.id.as_deref(), Some("4"));
    assert_eq!(p.roles, Some(vec![Role::Write]));
    assert_eq!(p.kind(), Some(PermissionKind::User));
    let user = p
        .granted_to
        .as_ref()
        .and_then(|g| g.user.as_ref())
        .expect("grantedTo.user");
    assert_eq!(user.display_name.as_deref(), Some("Avery Quinn"));
    assert_eq!(
        user.id.as_deref(),
        Some("b9e93514-5f67-46a1-aeea-4919c83c7588")
    );
    assert!(p.granted_to_v2.is_none());
    assert!(p.link.is_none());
    assert!(p.extra.is_empty());
}

// ---------------------------------------------------------------------------------------------
// permission: grant (v1.0)
// ---------------------------------------------------------------------------------------------

/// The docs' parameter template: a recipient given only by its `@odata.type` annotation, and a
/// placeholder role, which the spec does not know and must be written back as it is.
#[test]
fn grant_request_template_keeps_the_annotation_and_the_placeholder_role() {
    let recipient = DriveRecipient::default().extra(map(
        json!({"@odata.type": "microsoft.graph.driveRecipient"}),
    ));
    assert_body(
        fixture!("grant-request-template.json"),
        serde_json::to_value(GrantBody::new(
            vec![recipient],
            vec![Role::Unknown("write | read".to_owned())],
        )),
    );
}

#[test]
fn grant_request_is_what_the_body_writes() {
    assert_body(
        fixture!("grant-request.json"),
        serde_json::to_value(GrantBody::new(
            vec![
                DriveRecipient::from_email("avery.quinn@fabrikam.example".to_owned()),
                DriveRecipient::from_email("sam.okafor@northwind.example".to_owned()),
            ],
            vec![Role::Read],
        )),
    );
}

#[test]
fn grant_response_round_trips() {
    let page = page(fixture!("grant-response.json"));
    let [p] = page.value.as_slice() else {
        panic!("one permission expected, got {}", page.value.len());
    };
    assert_eq!(
        p.id.as_deref(),
        Some("8cbdcf4c-c120-4aac-97c0-5b7631acf6eb")
    );
    assert_eq!(p.has_password, Some(false));
    assert_eq!(p.roles, Some(vec![Role::Read]));
    assert_eq!(p.kind(), Some(PermissionKind::Link));
    let link = p.link.as_ref().expect("link facet");
    assert_eq!(link.prevents_download, Some(false));
    assert_eq!(link.scope, Some(SharingLinkScope::Users));
    assert_eq!(link.r#type, Some(SharingLinkType::View));
    assert_eq!(
        link.web_url.as_deref(),
        Some("https://fabrikam.sharepoint.example/:t:/g/research/Qm7pLx2VwR9sKd4TnBf8Ha1CyZ0uJe6WoP3gXq5MrN")
    );
    assert!(link.application.is_none());
    assert!(link.extra.is_empty());
    assert!(p.extra.is_empty());
}

#[test]
#[allow(deprecated)]
fn grant_response_for_an_existing_access_link_round_trips() {
    let page = page(fixture!("grant-response-existing-access.json"));
    let [link, user, invited] = page.value.as_slice() else {
        panic!("three permissions expected, got {}", page.value.len());
    };

    // The updated "existing access" link.
    assert_eq!(
        link.id.as_deref(),
        Some("11111111-2222-3333-4444-555555555555")
    );
    assert_eq!(link.kind(), Some(PermissionKind::Link));
    assert_eq!(link.has_password, Some(false));
    assert_eq!(link.roles, Some(vec![Role::Read]));
    let facet = link.link.as_ref().expect("link facet");
    assert_eq!(facet.scope, Some(SharingLinkScope::ExistingAccess));
    assert_eq!(facet.r#type, Some(SharingLinkType::View));
    assert_eq!(facet.prevents_download, Some(false));
    assert!(link.extra.is_empty());

    // A recipient who was granted access: a user-type permission (deprecated `grantedTo`).
    assert_eq!(user.kind(), Some(PermissionKind::User));
    assert_eq!(
        user.id.as_deref(),
        Some("aTowIy5mfG1lbWJlcnNoaXB8YXZlcnkucXVpbm5AZmFicmlrYW0uZXhhbXBsZQ")
    );
    assert_eq!(user.roles, Some(vec![Role::Read]));
    let identity = user
        .granted_to
        .as_ref()
        .and_then(|g| g.user.as_ref())
        .expect("grantedTo.user");
    assert_eq!(identity.display_name.as_deref(), Some("Avery Quinn"));
    assert_eq!(
        identity.id.as_deref(),
        Some("f3cfc3b3-bc7d-4928-95a4-3aff600ec1b2")
    );
    // `identity` has no `email` property in the spec: the email is kept in `extra`.
    assert_eq!(
        identity.extra,
        map(json!({"email": "avery.quinn@fabrikam.example"}))
    );
    assert!(user.link.is_none());
    assert!(user.extra.is_empty());

    // An invitation for an unrecognized external user; `invitation` decides the kind even
    // though `link` and `grantedToIdentities` are present too.
    assert_eq!(invited.kind(), Some(PermissionKind::Invitation));
    assert_eq!(invited.id, None);
    assert_eq!(invited.roles, Some(vec![Role::Read]));
    assert_eq!(
        invited.invitation.as_ref().and_then(|i| i.sign_in_required),
        Some(true)
    );
    let identities = invited
        .granted_to_identities
        .as_ref()
        .expect("grantedToIdentities");
    assert_eq!(identities.len(), 1);
    let external = identities[0].user.as_ref().expect("user");
    assert_eq!(external.id, None);
    assert_eq!(
        external.extra,
        map(json!({"email": "sam.okafor@northwind.example"}))
    );
    let facet = invited.link.as_ref().expect("link facet");
    assert_eq!(facet.r#type, Some(SharingLinkType::View));
    assert_eq!(facet.scope, None);
    assert_eq!(
        facet.web_url.as_deref(),
        Some("https://fabrikam.sharepoint.example/:t:/g/teams/research/Vb8kQw3ZsL1mXc7RtYp2Nd5HfJ9aGe4UoK6iTr0Ws")
    );
    assert!(invited.extra.is_empty());
}

// ---------------------------------------------------------------------------------------------
// Permission resource type (v1.0)
// ---------------------------------------------------------------------------------------------

/// The resource's "JSON representation": placeholders, and facets given only by their
/// `@odata.type` annotation, which must land in each facet's `extra`.
#[test]
#[allow(deprecated)]
fn representation_with_annotation_only_facets_round_trips() {
    let p = permission(fixture!("permission-representation.json"));
    let odata = |t: &str| map(json!({ "@odata.type": t }));
    assert_eq!(p.id.as_deref(), Some("id placeholder"));
    assert_eq!(
        p.roles,
        Some(vec![Role::Unknown("role placeholder".to_owned())])
    );
    assert_eq!(p.share_id.as_deref(), Some("share id placeholder"));
    assert_eq!(p.kind(), Some(PermissionKind::Invitation));

    let granted_to = p.granted_to.as_ref().expect("grantedTo");
    assert_eq!(
        granted_to,
        &IdentitySet::default().extra(odata("microsoft.graph.identitySet"))
    );
    let identities = p
        .granted_to_identities
        .as_ref()
        .expect("grantedToIdentities");
    assert_eq!(identities.len(), 1);
    assert_eq!(identities[0].user, None);
    assert_eq!(identities[0].extra, odata("microsoft.graph.identitySet"));
    let inherited = p.inherited_from.as_ref().expect("inheritedFrom");
    assert_eq!(inherited.drive_id, None);
    assert_eq!(inherited.extra, odata("microsoft.graph.itemReference"));
    let invitation = p.invitation.as_ref().expect("invitation");
    assert_eq!(invitation.sign_in_required, None);
    assert_eq!(invitation.extra, odata("microsoft.graph.sharingInvitation"));
    let link = p.link.as_ref().expect("link");
    assert_eq!(link.r#type, None);
    assert_eq!(link.extra, odata("microsoft.graph.sharingLink"));
    assert!(p.extra.is_empty());
}

#[test]
fn anonymous_view_link_round_trips() {
    let p = permission(fixture!("view-link-anonymous.json"));
    assert_eq!(p.id.as_deref(), Some("11"));
    assert_eq!(p.roles, Some(vec![Role::Read]));
    assert_eq!(p.kind(), Some(PermissionKind::Link));
    assert_eq!(p.share_id.as_deref(), Some("!Zp3qWm8nTt2yXa7cRb"));
    let link = p.link.as_ref().expect("link facet");
    assert_eq!(link.scope, Some(SharingLinkScope::Anonymous));
    assert_eq!(link.r#type, Some(SharingLinkType::View));
    assert_eq!(
        link.web_url.as_deref(),
        Some("https://onedrive.fabrikam.example/redir?resid=7C41AA02B9D0E613!4417&authkey=!Rq8xT2mVbN4kPz0&ithint=file%2cdocx")
    );
    let app = link.application.as_ref().expect("link application");
    assert_eq!(app.id.as_deref(), Some("5821"));
    assert_eq!(app.display_name.as_deref(), Some("Quinn Sync Tool"));
    assert!(p.extra.is_empty() && link.extra.is_empty() && app.extra.is_empty());
}

#[test]
fn organization_edit_link_round_trips() {
    let p = permission(fixture!("edit-link-organization.json"));
    assert_eq!(p.id.as_deref(), Some("org9k2edit"));
    assert_eq!(p.roles, Some(vec![Role::Write]));
    assert_eq!(p.kind(), Some(PermissionKind::Link));
    assert_eq!(p.share_id.as_deref(), Some("!Zp3qWm8nTt2yXa7cRb"));
    let link = p.link.as_ref().expect("link facet");
    assert_eq!(link.scope, Some(SharingLinkScope::Organization));
    assert_eq!(link.r#type, Some(SharingLinkType::Edit));
    assert_eq!(
        link.web_url.as_deref(),
        Some("https://fabrikam.sharepoint.example/:w:/t/research/Hk2Lw9PzQ4mXv7TnBd3R")
    );
    assert_eq!(
        link.application.as_ref().and_then(|a| a.id.as_deref()),
        Some("5821")
    );
    assert!(p.extra.is_empty() && link.extra.is_empty());
}

#[test]
#[allow(deprecated)]
fn specific_people_link_keeps_its_identities_in_order() {
    let p = permission(fixture!("specific-people-link.json"));
    assert_eq!(p.id.as_deref(), Some("12"));
    assert_eq!(p.roles, Some(vec![Role::Write]));
    assert_eq!(p.kind(), Some(PermissionKind::Link));
    assert_eq!(p.share_id.as_deref(), Some("!Zp3qWm8nTt2yXa7cRb"));
    let people: Vec<(Option<&str>, Option<&str>)> = p
        .granted_to_identities
        .as_ref()
        .expect("grantedToIdentities")
        .iter()
        .map(|set| {
            assert!(set.extra.is_empty());
            let user = set.user.as_ref().expect("user");
            (user.id.as_deref(), user.display_name.as_deref())
        })
        .collect();
    assert_eq!(
        people,
        [
            (Some("aq71x0pe52kd"), Some("Avery Quinn")),
            (Some("so48m3vt90rw"), Some("Sam Okafor")),
        ]
    );
    let link = p.link.as_ref().expect("link facet");
    assert_eq!(link.r#type, None);
    assert_eq!(link.scope, None);
    assert_eq!(
        link.web_url.as_deref(),
        Some("https://fabrikam.sharepoint.example/:w:/t/research/Pt6Yc2Mn8Ks4Wq0Lr5Vb9Hx3Jd7Fg1Za")
    );
    assert!(p.extra.is_empty() && link.extra.is_empty());
}

#[test]
#[allow(deprecated)]
fn pending_invitation_round_trips() {
    let p = permission(fixture!("invitation.json"));
    assert_eq!(p.id.as_deref(), Some("21"));
    assert_eq!(p.roles, Some(vec![Role::Write]));
    assert_eq!(p.kind(), Some(PermissionKind::Invitation));
    assert_eq!(p.share_id.as_deref(), Some("Ky7RmQ2xVd9TbLw4NpH6cZs"));
    let invitation = p.invitation.as_ref().expect("invitation facet");
    assert_eq!(
        invitation.email.as_deref(),
        Some("avery.quinn@fabrikam.example")
    );
    assert_eq!(invitation.sign_in_required, Some(true));
    assert_eq!(invitation.invited_by, None);
    assert!(p.granted_to.is_none());
    assert!(p.extra.is_empty() && invitation.extra.is_empty());
}

#[test]
#[allow(deprecated)]
fn redeemed_invitation_is_still_an_invitation() {
    let p = permission(fixture!("invitation-redeemed.json"));
    assert_eq!(p.id.as_deref(), Some("21"));
    assert_eq!(p.roles, Some(vec![Role::Write]));
    // `invitation` comes first in the facet order, before `grantedTo`.
    assert_eq!(p.kind(), Some(PermissionKind::Invitation));
    let user = p
        .granted_to
        .as_ref()
        .and_then(|g| g.user.as_ref())
        .expect("grantedTo.user");
    assert_eq!(user.id.as_deref(), Some("AQ5E2F90C4D7B31A"));
    assert_eq!(user.display_name.as_deref(), Some("Avery Quinn"));
    let invitation = p.invitation.as_ref().expect("invitation facet");
    assert_eq!(
        invitation.email.as_deref(),
        Some("avery.quinn@fabrikam.example")
    );
    assert_eq!(invitation.sign_in_required, Some(true));
    assert_eq!(p.share_id.as_deref(), Some("Ky7RmQ2xVd9TbLw4NpH6cZs"));
    assert!(p.extra.is_empty());
}

// ---------------------------------------------------------------------------------------------
// List sharing permissions on a driveItem (v1.0)
// ---------------------------------------------------------------------------------------------

#[test]
#[allow(deprecated)]
fn list_response_round_trips() {
    let page = page(fixture!("list-response.json"));
    let [edit, inherited, app] = page.value.as_slice() else {
        panic!("three permissions expected, got {}", page.value.len());
    };
    let url = "https://onedrive.fabrikam.example/redir?resid=7C41AA02B9D0E613!5120&authkey=!Hc3Lp8YtWq1Zr6K&ithint=folder%2cpng";

    // A sharing link with edit permissions.
    assert_eq!(edit.id.as_deref(), Some("101"));
    assert_eq!(edit.roles, Some(vec![Role::Write]));
    assert_eq!(edit.kind(), Some(PermissionKind::Link));
    let link = edit.link.as_ref().expect("link facet");
    assert_eq!(link.r#type, Some(SharingLinkType::Edit));
    assert_eq!(link.scope, None);
    assert_eq!(link.web_url.as_deref(), Some(url));
    assert!(link.application.is_none());
    assert!(edit.extra.is_empty() && link.extra.is_empty());

    // A user permission inherited from a parent folder, with the deprecation annotation.
    assert_eq!(inherited.id.as_deref(), Some("102"));
    assert_eq!(inherited.roles, Some(vec![Role::Write]));
    // `grantedToV2` comes before `inheritedFrom` in the facet order.
    assert_eq!(inherited.kind(), Some(PermissionKind::User));
    assert_eq!(
        inherited.extra,
        map(json!({
            "@deprecated.GrantedTo": "GrantedTo has been deprecated. Refer to GrantedToV2"
        }))
    );
    let old = inherited
        .granted_to
        .as_ref()
        .and_then(|g| g.user.as_ref())
        .expect("grantedTo.user");
    assert_eq!(old.id.as_deref(), Some("AQ5E2F90C4D7B31A"));
    assert_eq!(old.display_name.as_deref(), Some("Avery Quinn"));
    let v2 = inherited.granted_to_v2.as_ref().expect("grantedToV2");
    let user = v2.user.as_ref().expect("grantedToV2.user");
    assert_eq!(user.id.as_deref(), Some("AQ5E2F90C4D7B31A"));
    assert_eq!(user.display_name.as_deref(), Some("Avery Quinn"));
    let site_user = v2.site_user.as_ref().expect("grantedToV2.siteUser");
    assert_eq!(site_user.id.as_deref(), Some("7"));
    assert_eq!(site_user.display_name.as_deref(), Some("Avery Quinn"));
    assert_eq!(site_user.login_name.as_deref(), Some("avery.quinn"));
    assert!(v2.site_group.is_none() && v2.extra.is_empty() && site_user.extra.is_empty());
    let from = inherited.inherited_from.as_ref().expect("inheritedFrom");
    assert_eq!(from.drive_id.as_deref(), Some("FAB0DRIVE42"));
    assert_eq!(from.id.as_deref(), Some("FAB0DRIVE42!318"));
    assert_eq!(from.path.as_deref(), Some("/drive/root:/Field Notes"));
    assert!(from.extra.is_empty());
    assert!(inherited.link.is_none());

    // A read-write sharing link created by an application.
    assert_eq!(app.id.as_deref(), Some("103"));
    assert_eq!(app.roles, Some(vec![Role::Write]));
    assert_eq!(app.kind(), Some(PermissionKind::Link));
    let link = app.link.as_ref().expect("link facet");
    assert_eq!(link.r#type, Some(SharingLinkType::Edit));
    assert_eq!(link.web_url.as_deref(), Some(url));
    let application = link.application.as_ref().expect("link application");
    assert_eq!(application.id.as_deref(), Some("90417"));
    assert_eq!(
        application.display_name.as_deref(),
        Some("Fabrikam Field Planner")
    );
    assert!(app.extra.is_empty() && link.extra.is_empty());
}

// ---------------------------------------------------------------------------------------------
// Beyond the examples: values and properties the spec does not know.
// ---------------------------------------------------------------------------------------------

#[test]
fn unknown_role_is_kept() {
    let text = r#"{"id": "9", "roles": ["superuser", "read", "sp.member"]}"#;
    let p = permission(text);
    assert_eq!(
        p.roles,
        Some(vec![
            Role::Unknown("superuser".to_owned()),
            Role::Read,
            Role::SpMember,
        ])
    );
    assert_eq!(p.roles.as_ref().unwrap()[0].as_str(), "superuser");
    assert!(p.extra.is_empty());
    assert_eq!(
        serde_json::to_value(Role::Unknown("superuser".to_owned())).unwrap(),
        json!("superuser")
    );
}

#[test]
fn unknown_link_type_and_scope_are_kept() {
    let text = r#"{"link": {"type": "someNewType", "scope": "someNewScope", "webUrl": "https://example.com/x"}}"#;
    let p = permission(text);
    let link = p.link.as_ref().expect("link facet");
    assert_eq!(
        link.r#type,
        Some(SharingLinkType::Unknown("someNewType".to_owned()))
    );
    assert_eq!(
        link.scope,
        Some(SharingLinkScope::Unknown("someNewScope".to_owned()))
    );
    assert_eq!(p.kind(), Some(PermissionKind::Link));
    assert!(link.extra.is_empty());
}

/// A beta-only link type is a known value with the `beta` feature, which the tests enable.
#[test]
fn beta_link_type_is_known() {
    let p = permission(r#"{"link": {"type": "blocksDownload"}}"#);
    assert_eq!(
        p.link.and_then(|l| l.r#type),
        Some(SharingLinkType::BlocksDownload)
    );
}

#[test]
fn unknown_property_and_null_survive() {
    let text = r#"{
        "id": "7",
        "futureProperty": {"nested": [1, 2.5, "three", null, {"deep": true}]},
        "@odata.etag": "\"abc\"",
        "shareId": null,
        "link": null,
        "roles": ["write"]
    }"#;
    let p = permission(text);
    assert_eq!(p.id.as_deref(), Some("7"));
    assert_eq!(p.share_id, None);
    assert_eq!(p.link, None);
    assert_eq!(p.roles, Some(vec![Role::Write]));
    assert_eq!(p.kind(), None);
    assert_eq!(
        p.extra,
        map(json!({
            "futureProperty": {"nested": [1, 2.5, "three", null, {"deep": true}]},
            "@odata.etag": "\"abc\"",
            "shareId": null,
            "link": null
        }))
    );
}

#[test]
fn nested_unknown_properties_in_link_survive() {
    let text = r##"{
        "id": "8",
        "link": {
            "@odata.type": "#microsoft.graph.sharingLink",
            "type": "view",
            "webHtml": null,
            "futureFlag": true,
            "futureFacet": {"a": {"b": ["c"]}},
            "application": {"id": "1234", "displayName": "App", "homeRealm": "r-1"}
        }
    }"##;
    let p = permission(text);
    let link = p.link.as_ref().expect("link facet");
    assert_eq!(link.r#type, Some(SharingLinkType::View));
    assert_eq!(link.web_html, None);
    assert_eq!(
        link.extra,
        map(json!({
            "@odata.type": "#microsoft.graph.sharingLink",
            "webHtml": null,
            "futureFlag": true,
            "futureFacet": {"a": {"b": ["c"]}}
        }))
    );
    let app = link.application.as_ref().expect("link application");
    assert_eq!(app.id.as_deref(), Some("1234"));
    assert_eq!(app.extra, map(json!({"homeRealm": "r-1"})));
    assert!(p.extra.is_empty());
}

#[test]
fn page_annotations_survive() {
    let text = r#"{
        "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#permissions",
        "value": [{"id": "1", "roles": ["read"], "futureProperty": 1}],
        "@odata.nextLink": "https://graph.microsoft.com/v1.0/me/drive/items/x/permissions?$skiptoken=abc"
    }"#;
    let page = any_page(text);
    assert_eq!(
        page.next_link.as_deref(),
        Some("https://graph.microsoft.com/v1.0/me/drive/items/x/permissions?$skiptoken=abc")
    );
    assert_eq!(
        page.extra,
        map(json!({
            "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#permissions"
        }))
    );
    assert_eq!(page.value.len(), 1);
    assert_eq!(page.value[0].extra, map(json!({"futureProperty": 1})));
}

/// The round-trip check itself notices a lost property.
#[test]
#[should_panic(expected = "round trip changed the JSON")]
fn lossless_check_notices_a_lost_property() {
    assert_lossless(r#"{"id": "1", "roles": ["read"]}"#, r#"{"id":"1"}"#);
}

/// The round-trip check itself notices a property written twice, which `Value` would hide.
#[test]
#[should_panic(expected = "a property was written twice")]
fn lossless_check_notices_a_property_written_twice() {
    assert_lossless(r#"{"id": "1"}"#, r#"{"id":"2","id":"1"}"#);
}

/// A `null` collection comes back as it was sent. It once came back as
/// `{"value":[],"value":null}`: read as an empty `value` plus `"value": null` in `extra`, then
/// both written.
#[test]
fn page_with_null_value_survives() {
    any_page(r#"{"value": null}"#);
}

// ---------------------------------------------------------------------------------------------
// The real doc pages: ignored here (a fresh clone has none), run by `.ci/doc-examples`
// ---------------------------------------------------------------------------------------------

/// The blocks of a page that may be JSON object examples, with the line each starts at: from a
/// line whose trimmed text starts with `{` to the line where the braces balance. Braces inside
/// a string do not count; a string ends at the end of its line, as JSON strings do.
fn object_blocks(page: &str) -> Vec<(usize, String)> {
    let mut blocks = Vec::new();
    let mut open: Option<(usize, String)> = None;
    let mut depth = 0usize;
    for (index, line) in page.lines().enumerate() {
        if open.is_none() {
            if !line.trim_start().starts_with('{') {
                continue;
            }
            open = Some((index + 1, String::new()));
            depth = 0;
        }
        let (_, text) = open.as_mut().expect("a block is open");
        text.push_str(line);
        text.push('\n');
        let (mut in_string, mut escaped) = (false, false);
        for c in line.chars() {
            if in_string {
                match c {
                    _ if escaped => escaped = false,
                    '\\' => escaped = true,
                    '"' => in_string = false,
                    _ => {}
                }
                continue;
            }
            match c {
                '"' => in_string = true,
                '{' => depth += 1,
                '}' => depth = depth.saturating_sub(1),
                _ => {}
            }
        }
        if depth == 0 {
            blocks.extend(open.take());
        }
    }
    // A block the page never closes is not JSON either; it is counted with the skipped ones.
    blocks.extend(open);
    blocks
}

/// Reads a request body's recipients, each checked to come back from `DriveRecipient` losslessly.
fn recipients(value: &Value) -> Vec<DriveRecipient> {
    let array = value.as_array().expect("recipients are an array");
    array
        .iter()
        .map(|recipient| {
            let text = recipient.to_string();
            let typed: DriveRecipient =
                serde_json::from_str(&text).expect("deserializes into DriveRecipient");
            assert_lossless(&text, &serde_json::to_string(&typed).unwrap());
            typed
        })
        .collect()
}

fn roles(value: &Value) -> Vec<Role> {
    serde_json::from_value(value.clone()).expect("roles are an array of strings")
}

/// Checks one JSON object example with the checks the fixtures get, choosing the type by its
/// shape, and says which type it was.
fn check_doc_example(text: &str) -> &'static str {
    let value: Value = serde_json::from_str(text).expect("valid JSON");
    let Value::Object(mut object) = value else {
        panic!("not a JSON object");
    };
    if object.get("value").is_some_and(Value::is_array) {
        any_page(text);
        return "Page<Permission>";
    }
    // What only a permission has; `roles` alone is also an update body.
    const PERMISSION_ONLY: [&str; 8] = [
        "id",
        "link",
        "invitation",
        "grantedTo",
        "grantedToV2",
        "grantedToIdentities",
        "inheritedFrom",
        "shareId",
    ];
    let is_body = !PERMISSION_ONLY.iter().any(|key| object.contains_key(*key));
    if is_body {
        // A request body: rebuilt from its parts, it must serialize to exactly the example.
        if let Some(grantees) = object.remove("grantees") {
            let mut body = RevokeGrantsBody::new(recipients(&grantees));
            body.extra = map(Value::Object(object));
            assert_body(text, serde_json::to_value(body));
            return "RevokeGrantsBody";
        }
        if object.contains_key("recipients") && object.contains_key("roles") {
            let recipients = recipients(&object.remove("recipients").unwrap());
            let roles = roles(&object.remove("roles").unwrap());
            let mut body = GrantBody::new(recipients, roles);
            body.extra = map(Value::Object(object));
            assert_body(text, serde_json::to_value(body));
            return "GrantBody";
        }
        if object.len() == 1 && object.contains_key("roles") {
            let body = UpdateBody::new(roles(&object["roles"]));
            assert_body(text, serde_json::to_value(body));
            return "UpdateBody";
        }
    }
    // Anything else must at least survive `Permission`, unknown properties kept in `extra`.
    permission(text);
    "Permission"
}

/// Every JSON object example of the real doc pages (the `.txt` and `.md` files of the
/// directory `GRAPH_SEED_PAGES` names, its README aside) passes the checks the fixtures pass.
/// A block that is not valid JSON (a code sample in another language, a rendering that lost
/// its braces, a trailing comma) is skipped, counted and named.
#[test]
#[ignore = "reads the real doc pages; run by .ci/doc-examples"]
fn real_doc_examples_round_trip() {
    let dir = std::env::var_os("GRAPH_SEED_PAGES").expect(
        "GRAPH_SEED_PAGES is not set: name the directory of doc pages (e.g. ../shared/seeds), \
         or run .ci/doc-examples",
    );
    let dir = std::path::PathBuf::from(dir);
    let mut pages: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("GRAPH_SEED_PAGES={}: {e}", dir.display()))
        .map(|entry| entry.expect("a directory entry").path())
        .filter(|path| {
            let ext = path.extension().and_then(|e| e.to_str());
            let name = path.file_name().and_then(|n| n.to_str());
            matches!(ext, Some("txt" | "md")) && name != Some("README.md")
        })
        .collect();
    pages.sort();
    assert!(!pages.is_empty(), "no pages in {}", dir.display());

    let (mut examples, mut checked) = (0, 0);
    let (mut skipped, mut failed) = (Vec::new(), Vec::new());
    for path in &pages {
        let name = path.file_name().unwrap().to_string_lossy();
        let page =
            std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        for (line, text) in object_blocks(&page) {
            examples += 1;
            let at = format!("{name}:{line}");
            if serde_json::from_str::<Value>(&text).is_err() {
                skipped.push(at);
                continue;
            }
            // The checks panic; catching each lets one run name every example that fails.
            match std::panic::catch_unwind(|| check_doc_example(&text)) {
                Ok(kind) => {
                    checked += 1;
                    println!("{at}: {kind}, round-tripped");
                }
                Err(_) => failed.push(at),
            }
        }
    }
    let not_json = if skipped.is_empty() {
        "none".to_owned()
    } else {
        skipped.join(", ")
    };
    println!(
        "{} pages, {examples} JSON examples, {checked} round-tripped, {} skipped (not JSON: {not_json})",
        pages.len(),
        skipped.len(),
    );
    assert!(
        failed.is_empty(),
        "{} examples did not round-trip (see the panics above): {}",
        failed.len(),
        failed.join(", ")
    );
    assert!(checked > 0, "no example was checked in {}", dir.display());
}

/// The block finder: nested objects are one block, braces in strings do not count, text
/// between blocks is not a block, and an unclosed block is still returned.
#[test]
fn object_blocks_end_where_the_braces_balance() {
    let page = "Intro {not a block}\n{\n  \"a\": {\"b\": \"}{\"},\n  \"c\": 1\n}\ntext\n  { \"d\": [] }\n{\n  \"open\": true\n";
    let blocks = object_blocks(page);
    let starts: Vec<usize> = blocks.iter().map(|(line, _)| *line).collect();
    assert_eq!(starts, [2, 7, 8]);
    assert_eq!(
        serde_json::from_str::<Value>(&blocks[0].1).unwrap(),
        json!({"a": {"b": "}{"}, "c": 1})
    );
    assert_eq!(blocks[1].1, "  { \"d\": [] }\n");
    assert!(serde_json::from_str::<Value>(&blocks[2].1).is_err());
}

/// The shape decides the checks: each kind of example goes through its own type.
#[test]
fn doc_examples_are_checked_by_their_shape() {
    for (text, kind) in [
        (fixture!("list-response.json"), "Page<Permission>"),
        (fixture!("invitation.json"), "Permission"),
        (fixture!("permission-representation.json"), "Permission"),
        (fixture!("revoke-grants-request.json"), "RevokeGrantsBody"),
        (fixture!("grant-request.json"), "GrantBody"),
        (fixture!("grant-request-template.json"), "GrantBody"),
        (fixture!("update-request.json"), "UpdateBody"),
    ] {
        assert_eq!(check_doc_example(text), kind);
    }
}
