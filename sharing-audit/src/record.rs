//! What the audit writes: one record per permission, or one per item it could not audit.

use graph_permissions::models::{Identity, Permission, PermissionKind, SharePointIdentitySet};
use graph_permissions::rt::Error;
use serde::Serialize;

/// What holds a permission: the site (its application grants), a list, or an item of the drive.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Scope {
    Site,
    List,
    Item,
}

impl Scope {
    pub fn as_str(self) -> &'static str {
        match self {
            Scope::Site => "site",
            Scope::List => "list",
            Scope::Item => "item",
        }
    }
}

/// One permission of one item (or list, or site).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PermissionRecord {
    pub scope: Scope,
    /// The item's id (the list's, the site's).
    pub item_id: String,
    /// An item's path from the drive's root: `/Folder/report.docx`, `/` for the root; a list's
    /// name; empty for the site.
    pub item_path: String,
    pub permission_id: Option<String>,
    /// `link`, `user`, `invitation` or `inherited` (the first facet present); `application`
    /// for a site's grants.
    pub kind: Option<&'static str>,
    pub roles: Vec<String>,
    pub link_type: Option<String>,
    /// `anonymous`, `organization`, `users`, `existingAccess`.
    pub link_scope: Option<String>,
    pub expiration_date_time: Option<String>,
    pub has_password: Option<bool>,
    pub granted_to: Vec<Grantee>,
    /// The id of the ancestor the permission is inherited from; `None` when it is the item's own.
    pub inherited_from: Option<String>,
}

/// Someone a permission reaches.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Grantee {
    pub display_name: Option<String>,
    pub email: Option<String>,
    /// A guest of the tenant or a recipient outside the directory.
    pub external: bool,
}

/// An item (or list, or site) whose permissions (or children) could not be listed.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ErrorRecord {
    pub scope: Scope,
    pub item_id: String,
    pub item_path: String,
    pub error: ErrorDetail,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ErrorDetail {
    /// The HTTP status, when Graph answered.
    pub status: Option<u16>,
    /// Graph's `error.code`, e.g. `accessDenied`.
    pub code: Option<String>,
    pub request_id: Option<String>,
    /// What went wrong, as a sentence.
    pub message: String,
    /// What was being done: `list permissions` or `list children`.
    pub during: &'static str,
}

impl PermissionRecord {
    pub fn new(scope: Scope, item_id: &str, item_path: &str, permission: &Permission) -> Self {
        let link = permission.link.as_ref();
        let text = |value: Option<&str>| value.map(str::to_owned);
        Self {
            scope,
            item_id: item_id.to_owned(),
            item_path: item_path.to_owned(),
            permission_id: permission.id.clone(),
            kind: match scope {
                Scope::Site => Some("application"),
                _ => kind(permission),
            },
            roles: permission
                .roles
                .iter()
                .flatten()
                .map(|r| r.as_str().to_owned())
                .collect(),
            link_type: text(link.and_then(|l| l.r#type.as_ref()).map(|t| t.as_str())),
            link_scope: text(link.and_then(|l| l.scope.as_ref()).map(|s| s.as_str())),
            expiration_date_time: permission
                .expiration_date_time
                .as_ref()
                .map(|d| d.as_str().to_owned()),
            has_password: permission.has_password,
            granted_to: grantees(permission),
            inherited_from: permission
                .inherited_from
                .as_ref()
                .and_then(|r| r.id.clone()),
        }
    }

    /// An anonymous link that belongs to the item itself: what `--remove-anonymous` removes.
    pub fn is_own_anonymous_link(&self) -> bool {
        self.scope == Scope::Item
            && self.link_scope.as_deref() == Some("anonymous")
            && self.inherited_from.is_none()
    }
}

/// The first facet present.
fn kind(permission: &Permission) -> Option<&'static str> {
    permission.kind().map(|kind| match kind {
        PermissionKind::Link => "link",
        PermissionKind::User => "user",
        PermissionKind::Invitation => "invitation",
        PermissionKind::Inherited => "inherited",
        _ => "other",
    })
}

/// Everyone the permission names: the user it is granted to, the recipients of a link, the
/// invitee. Deprecated properties are read only when their replacements are absent.
#[allow(deprecated)]
fn grantees(permission: &Permission) -> Vec<Grantee> {
    let mut out = Vec::new();
    match (&permission.granted_to_v2, &permission.granted_to) {
        (Some(set), _) => out.extend(from_sharepoint_set(set)),
        (None, Some(set)) => out.extend(set.user.as_ref().map(|u| from_identity(u, None))),
        (None, None) => {}
    }
    match (
        &permission.granted_to_identities_v2,
        &permission.granted_to_identities,
    ) {
        (Some(sets), _) => out.extend(sets.iter().filter_map(from_sharepoint_set)),
        (None, Some(sets)) => out.extend(
            sets.iter()
                .filter_map(|s| s.user.as_ref().map(|u| from_identity(u, None))),
        ),
        (None, None) => {}
    }
    if let Some(email) = permission.invitation.as_ref().and_then(|i| i.email.clone()) {
        if !out
            .iter()
            .any(|g| g.email.as_deref() == Some(email.as_str()))
        {
            out.push(Grantee {
                display_name: None,
                email: Some(email),
                external: true,
            });
        }
    }
    out
}

/// The user, group or application of a set; without one, its SharePoint user or group.
fn from_sharepoint_set(set: &SharePointIdentitySet) -> Option<Grantee> {
    let login = set.site_user.as_ref().and_then(|u| u.login_name.as_deref());
    let identity = set
        .user
        .as_ref()
        .or(set.group.as_ref())
        .or(set.application.as_ref());
    if let Some(identity) = identity {
        return Some(from_identity(identity, login));
    }
    let site = set.site_user.as_ref().or(set.site_group.as_ref())?;
    Some(Grantee {
        display_name: site.display_name.clone(),
        email: None,
        external: login.is_some_and(|l| l.contains("#ext#")),
    })
}

/// A recipient without a directory id, or whose SharePoint login is a guest's (`#ext#`), is
/// external. Graph sends the email of a user identity as a property the spec does not name.
fn from_identity(identity: &Identity, login: Option<&str>) -> Grantee {
    let email = identity
        .extra
        .get("email")
        .and_then(|v| v.as_str().map(str::to_owned));
    Grantee {
        display_name: identity.display_name.clone(),
        email,
        external: identity.id.is_none() || login.is_some_and(|l| l.contains("#ext#")),
    }
}

impl ErrorDetail {
    pub fn new(error: &Error, during: &'static str) -> Self {
        let graph = error.graph();
        Self {
            status: error.status(),
            code: graph.and_then(|g| g.code.clone()),
            request_id: error.request_id().map(str::to_owned),
            message: error.to_string(),
            during,
        }
    }
}
