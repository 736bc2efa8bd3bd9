//! Every model struct and enum of `graph_permissions::models`, built from `Default` and field
//! assignment; `Permission::kind`, `DriveRecipient::from_*`, and the scope metadata of
//! `graph_permissions::scopes`.

use graph_permissions::models::*;
use graph_permissions::operations::drive_item::{Invite, List, RevokeGrants, Update};
use graph_permissions::operations::share::Grant;
use graph_permissions::rt::{DateTimeOffset, FieldName, Operation, PermissionType, WireEnum};
use graph_permissions::scopes::{least_privileged, scopes, Scope, OPERATIONS};

fn identity(name: &str) -> Identity {
    let mut identity = Identity::default();
    identity.display_name = Some(name.to_owned());
    identity.id = Some(format!("{name}-id"));
    identity
}

fn identity_set() -> IdentitySet {
    let mut set = IdentitySet::default();
    set.application = Some(identity("app"));
    set.device = Some(identity("device"));
    set.user = Some(identity("user"));
    set
}

fn share_point_identity() -> SharePointIdentity {
    let mut identity = SharePointIdentity::default();
    identity.display_name = Some("Site owner".to_owned());
    identity.id = Some("7".to_owned());
    identity.login_name = Some("i:0#.f|membership|owner@contoso.com".to_owned());
    identity
}

fn share_point_identity_set() -> SharePointIdentitySet {
    let mut set = SharePointIdentitySet::default();
    set.application = Some(identity("app"));
    set.device = Some(identity("device"));
    set.user = Some(identity("user"));
    set.group = Some(identity("group"));
    set.site_user = Some(share_point_identity());
    set.site_group = Some(share_point_identity());
    set
}

#[allow(deprecated)]
fn permission() -> Permission {
    let mut link = SharingLink::default();
    link.application = Some(identity("app"));
    link.prevents_download = Some(true);
    link.scope = Some(SharingLinkScope::Anonymous);
    link.r#type = Some(SharingLinkType::Embed);
    link.web_html = Some("<iframe></iframe>".to_owned());
    link.web_url = Some("https://1drv.ms/x".to_owned());

    let mut invitation = SharingInvitation::default();
    invitation.email = Some("ryan@contoso.com".to_owned());
    invitation.invited_by = Some(identity_set());
    invitation.sign_in_required = Some(true);

    let mut reference = ItemReference::default();
    reference.drive_id = Some("d".to_owned());
    reference.drive_type = Some("business".to_owned());
    reference.id = Some("i".to_owned());
    reference.name = Some("Documents".to_owned());
    reference.path = Some("/drive/root:/Documents".to_owned());
    reference.share_id = Some("s!1".to_owned());
    reference.site_id = Some("site".to_owned());

    let mut permission = Permission::default();
    permission.id = Some("p".to_owned());
    permission.granted_to = Some(identity_set());
    permission.granted_to_identities = Some(vec![identity_set()]);
    permission.granted_to_v2 = Some(share_point_identity_set());
    permission.granted_to_identities_v2 = Some(vec![share_point_identity_set()]);
    permission.has_password = Some(false);
    permission.expiration_date_time = Some(DateTimeOffset::new("2030-01-01T00:00:00Z"));
    permission.inherited_from = Some(reference);
    permission.invitation = Some(invitation);
    permission.link = Some(link);
    permission.roles = Some(vec![
        Role::Read,
        Role::Write,
        Role::Owner,
        Role::SpOwner,
        Role::SpMember,
        Role::Unknown("library.contributor".to_owned()),
    ]);
    permission.share_id = Some("s!1".to_owned());
    permission
}

fn main() {
    // Enums: every value, their wire names, and values the spec does not know.
    let link_types = [
        SharingLinkType::View,
        SharingLinkType::Edit,
        SharingLinkType::Embed,
        SharingLinkType::Review,
        SharingLinkType::BlocksDownload,
        SharingLinkType::CreateOnly,
        SharingLinkType::AddressBar,
        SharingLinkType::AdminDefault,
    ];
    for t in &link_types {
        assert_eq!(&SharingLinkType::from_wire(t.as_str()), t);
    }
    let scopes_of_links = [
        SharingLinkScope::Anonymous,
        SharingLinkScope::Organization,
        SharingLinkScope::Users,
        SharingLinkScope::ExistingAccess,
    ];
    assert_eq!(scopes_of_links[3].to_string(), "existingAccess");
    assert_eq!(Role::SpOwner.as_str(), "sp.owner");
    assert_eq!(
        Role::from_wire("library.reader"),
        Role::Unknown("library.reader".to_owned())
    );
    let kinds = [
        PermissionKind::Invitation,
        PermissionKind::Link,
        PermissionKind::User,
        PermissionKind::Inherited,
    ];
    assert_eq!(kinds.len(), 4);
    let fields = [
        PermissionField::Id,
        PermissionField::GrantedTo,
        PermissionField::GrantedToIdentities,
        PermissionField::GrantedToV2,
        PermissionField::GrantedToIdentitiesV2,
        PermissionField::HasPassword,
        PermissionField::ExpirationDateTime,
        PermissionField::InheritedFrom,
        PermissionField::Invitation,
        PermissionField::Link,
        PermissionField::Roles,
        PermissionField::ShareId,
    ];
    assert_eq!(fields[3].as_str(), "grantedToV2");

    // `kind()`: the first facet present decides.
    let mut p = permission();
    assert_eq!(p.kind(), Some(PermissionKind::Invitation));
    p.invitation = None;
    assert_eq!(p.kind(), Some(PermissionKind::Link));
    p.link = None;
    assert_eq!(p.kind(), Some(PermissionKind::User));
    let mut inherited = Permission::default();
    inherited.inherited_from = Some(ItemReference::default());
    assert_eq!(inherited.kind(), Some(PermissionKind::Inherited));
    assert_eq!(Permission::default().kind(), None);

    // `one_of`: a recipient is given by exactly one of its properties.
    let by_email = DriveRecipient::from_email("ryan@contoso.com".to_owned());
    assert_eq!(by_email.email.as_deref(), Some("ryan@contoso.com"));
    assert_eq!(by_email.alias, None);
    assert_eq!(by_email.object_id, None);
    let mut by_hand = DriveRecipient::default();
    by_hand.alias = Some("ryan".to_owned());
    assert_eq!(by_hand, DriveRecipient::from_alias("ryan".to_owned()));
    let mut by_object_id = DriveRecipient::default();
    by_object_id.object_id = Some("b3b2".to_owned());
    assert_eq!(
        by_object_id,
        DriveRecipient::from_object_id("b3b2".to_owned())
    );

    // Models round-trip through JSON, unknown properties included.
    let mut p = permission();
    p.extra
        .insert("@odata.type", &"#microsoft.graph.permission")
        .unwrap();
    assert_eq!(
        p.extra.get("@odata.type"),
        Some(serde_json::json!("#microsoft.graph.permission"))
    );
    let json = serde_json::to_string(&p).unwrap();
    let back: Permission = serde_json::from_str(&json).unwrap();
    assert_eq!(back, p);

    // Scopes: the typed enum and every operation's table.
    let all_scopes = [
        Scope::FilesRead,
        Scope::FilesReadWrite,
        Scope::FilesReadAll,
        Scope::FilesReadWriteAll,
        Scope::SitesReadAll,
        Scope::SitesReadWriteAll,
        Scope::FilesSelectedOperationsSelected,
        Scope::SitesFullControlAll,
        Scope::SitesManageAll,
        Scope::SitesSelected,
        Scope::ListsSelectedOperationsSelected,
        Scope::ListItemsSelectedOperationsSelected,
    ];
    for s in &all_scopes {
        assert_eq!(&Scope::from_wire(s.as_str()), s);
    }
    // In spec order: family by family, each family's operations in its order (with `beta`,
    // which the tests build with).
    let names: Vec<&str> = OPERATIONS.iter().map(|o| o.qualified_name).collect();
    assert_eq!(
        names,
        [
            "driveItem.list",
            "driveItem.create",
            "driveItem.get",
            "driveItem.update",
            "driveItem.delete",
            "driveItem.createLink",
            "driveItem.invite",
            "driveItem.revokeGrants",
            "list.list",
            "list.create",
            "list.delete",
            "list.get",
            "list.update",
            "listItem.list",
            "listItem.create",
            "listItem.delete",
            "listItem.get",
            "listItem.update",
            "share.grant",
            "share.get",
            "site.delete",
            "site.get",
            "site.list",
            "site.create",
            "site.update",
        ]
    );
    let families: Vec<Option<&str>> = OPERATIONS.iter().map(|o| o.family).collect();
    assert_eq!(families[0], Some("driveItem"));
    assert_eq!(families[18], Some("share"));
    assert_eq!(
        least_privileged(List::META, PermissionType::DelegatedWork),
        Some(Scope::FilesRead)
    );
    assert_eq!(
        least_privileged(Update::META, PermissionType::Application),
        Some(Scope::FilesReadWriteAll)
    );
    assert_eq!(
        least_privileged(Grant::META, PermissionType::DelegatedPersonal),
        None
    );
    assert_eq!(
        scopes(RevokeGrants::META, PermissionType::DelegatedPersonal),
        None
    );
    assert_eq!(
        scopes(Invite::META, PermissionType::DelegatedPersonal),
        Some(vec![Scope::FilesReadWrite, Scope::FilesReadWriteAll])
    );
    for op in OPERATIONS {
        for ty in PermissionType::ALL {
            let all = scopes(op, ty);
            let least = least_privileged(op, ty);
            assert_eq!(
                all.and_then(|s| s.into_iter().next()),
                least,
                "{} {ty}",
                op.name
            );
        }
    }
}
