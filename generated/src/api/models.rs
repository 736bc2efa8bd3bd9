// Generated from spec/permissions.yaml by graph-permissions-codegen. Do not edit: change the spec
// and run `cargo run -p graph-permissions-codegen -- generate`.

//! The resources and enumerations of Microsoft Graph sharing permissions.

use ::graph_permissions::rt as rt;

/// The type of access a permission grants.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Role {
    /// `read`: Provides the ability to read the metadata and contents of the item.
    Read,
    /// `write`: Provides the ability to read and modify the metadata and contents of the item.
    Write,
    /// `owner`: For SharePoint and OneDrive for Business this represents the owner role.
    Owner,
    /// `sp.owner`: For SharePoint and OneDrive for Business this represents the owner role.
    SpOwner,
    /// `sp.member`: For SharePoint and OneDrive for Business this represents the member role.
    SpMember,
    /// A value this spec does not know, kept exactly as Graph sent it.
    Unknown(rt::String),
}

impl Role {
    /// The value as Graph spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Read => "read",
            Self::Write => "write",
            Self::Owner => "owner",
            Self::SpOwner => "sp.owner",
            Self::SpMember => "sp.member",
            Self::Unknown(value) => value,
        }
    }
}

impl rt::WireEnum for Role {
    fn from_wire(value: &str) -> Self {
        match value {
            "read" => Self::Read,
            "write" => Self::Write,
            "owner" => Self::Owner,
            "sp.owner" => Self::SpOwner,
            "sp.member" => Self::SpMember,
            _ => Self::Unknown(rt::String::from(value)),
        }
    }
}

impl rt::fmt::Display for Role {
    fn fmt(&self, f: &mut rt::fmt::Formatter<'_>) -> rt::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl rt::serde::Serialize for Role {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> rt::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> rt::serde::Deserialize<'de> for Role {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> rt::Result<Self, D::Error> {
        rt::__private::deserialize_enum(deserializer)
    }
}

/// The type of a sharing link, which decides the access it gives.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SharingLinkType {
    /// `view`: A view-only sharing link, allowing read-only access.
    View,
    /// `edit`: An edit sharing link, allowing read-write access.
    Edit,
    /// `embed`: A view-only sharing link that can be used to embed content into a host webpage; not available for OneDrive for Business or SharePoint.
    Embed,
    /// `review`: A review link to the item; only for files in OneDrive for Business and SharePoint.
    ///
    /// Published in: beta. Needs the `beta` feature.
    #[cfg(feature = "beta")]
    Review,
    /// `blocksDownload`: A read-only link that blocks download of the item; only for files in OneDrive for Business and SharePoint.
    ///
    /// Published in: beta. Needs the `beta` feature.
    #[cfg(feature = "beta")]
    BlocksDownload,
    /// `createOnly`: An upload-only link to the item; only for folders in OneDrive for Business and SharePoint.
    ///
    /// Published in: beta. Needs the `beta` feature.
    #[cfg(feature = "beta")]
    CreateOnly,
    /// `addressBar`: The default link shown in the browser address bar for newly created files; only in OneDrive for Business and SharePoint, and the organization admin decides whether it is supported.
    ///
    /// Published in: beta. Needs the `beta` feature.
    #[cfg(feature = "beta")]
    AddressBar,
    /// `adminDefault`: The default link to the item as determined by the administrator of the organization; only in OneDrive for Business and SharePoint.
    ///
    /// Published in: beta. Needs the `beta` feature.
    #[cfg(feature = "beta")]
    AdminDefault,
    /// A value this spec does not know, kept exactly as Graph sent it.
    Unknown(rt::String),
}

impl SharingLinkType {
    /// The value as Graph spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::View => "view",
            Self::Edit => "edit",
            Self::Embed => "embed",
            #[cfg(feature = "beta")]
            Self::Review => "review",
            #[cfg(feature = "beta")]
            Self::BlocksDownload => "blocksDownload",
            #[cfg(feature = "beta")]
            Self::CreateOnly => "createOnly",
            #[cfg(feature = "beta")]
            Self::AddressBar => "addressBar",
            #[cfg(feature = "beta")]
            Self::AdminDefault => "adminDefault",
            Self::Unknown(value) => value,
        }
    }
}

impl rt::WireEnum for SharingLinkType {
    fn from_wire(value: &str) -> Self {
        match value {
            "view" => Self::View,
            "edit" => Self::Edit,
            "embed" => Self::Embed,
            #[cfg(feature = "beta")]
            "review" => Self::Review,
            #[cfg(feature = "beta")]
            "blocksDownload" => Self::BlocksDownload,
            #[cfg(feature = "beta")]
            "createOnly" => Self::CreateOnly,
            #[cfg(feature = "beta")]
            "addressBar" => Self::AddressBar,
            #[cfg(feature = "beta")]
            "adminDefault" => Self::AdminDefault,
            _ => Self::Unknown(rt::String::from(value)),
        }
    }
}

impl rt::fmt::Display for SharingLinkType {
    fn fmt(&self, f: &mut rt::fmt::Formatter<'_>) -> rt::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl rt::serde::Serialize for SharingLinkType {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> rt::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> rt::serde::Deserialize<'de> for SharingLinkType {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> rt::Result<Self, D::Error> {
        rt::__private::deserialize_enum(deserializer)
    }
}

/// Who can use a sharing link.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SharingLinkScope {
    /// `anonymous`: The sharing link is available for anyone to use, without signing in.
    Anonymous,
    /// `organization`: The sharing link is available for anyone within the same organization (tenant) to use. Not available for OneDrive Personal.
    Organization,
    /// `users`: Only the specific people in the link's recipients can use it to get access. Only for OneDrive for Business and SharePoint.
    Users,
    /// `existingAccess`: The link grants no additional access; it only works for people who already have access to the item.
    ExistingAccess,
    /// A value this spec does not know, kept exactly as Graph sent it.
    Unknown(rt::String),
}

impl SharingLinkScope {
    /// The value as Graph spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Anonymous => "anonymous",
            Self::Organization => "organization",
            Self::Users => "users",
            Self::ExistingAccess => "existingAccess",
            Self::Unknown(value) => value,
        }
    }
}

impl rt::WireEnum for SharingLinkScope {
    fn from_wire(value: &str) -> Self {
        match value {
            "anonymous" => Self::Anonymous,
            "organization" => Self::Organization,
            "users" => Self::Users,
            "existingAccess" => Self::ExistingAccess,
            _ => Self::Unknown(rt::String::from(value)),
        }
    }
}

impl rt::fmt::Display for SharingLinkScope {
    fn fmt(&self, f: &mut rt::fmt::Formatter<'_>) -> rt::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl rt::serde::Serialize for SharingLinkScope {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> rt::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> rt::serde::Deserialize<'de> for SharingLinkScope {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> rt::Result<Self, D::Error> {
        rt::__private::deserialize_enum(deserializer)
    }
}

/// How Graph treats a sharing link the request reaches the item through.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Prefer {
    /// `redeemSharingLink`: If the shareIdOrEncodedSharingUrl is a sharing link, grant the caller durable access to the item
    RedeemSharingLink,
    /// `redeemSharingLinkIfNecessary`: Same as redeemSharingLink, but access is only guaranteed to be granted for the duration of this request
    RedeemSharingLinkIfNecessary,
    /// A value this spec does not know, kept exactly as Graph sent it.
    Unknown(rt::String),
}

impl Prefer {
    /// The value as Graph spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::RedeemSharingLink => "redeemSharingLink",
            Self::RedeemSharingLinkIfNecessary => "redeemSharingLinkIfNecessary",
            Self::Unknown(value) => value,
        }
    }
}

impl rt::WireEnum for Prefer {
    fn from_wire(value: &str) -> Self {
        match value {
            "redeemSharingLink" => Self::RedeemSharingLink,
            "redeemSharingLinkIfNecessary" => Self::RedeemSharingLinkIfNecessary,
            _ => Self::Unknown(rt::String::from(value)),
        }
    }
}

impl rt::fmt::Display for Prefer {
    fn fmt(&self, f: &mut rt::fmt::Formatter<'_>) -> rt::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl rt::serde::Serialize for Prefer {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> rt::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> rt::serde::Deserialize<'de> for Prefer {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> rt::Result<Self, D::Error> {
        rt::__private::deserialize_enum(deserializer)
    }
}

/// The Permission resource provides information about a sharing permission granted for a DriveItem resource.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct Permission {
    /// `id`: The unique identifier of the permission among all permissions on the item.
    ///
    /// Read-only.
    pub id: rt::Option<rt::String>,
    /// `grantedTo`: For user type permissions, the details of the users & applications for this permission.
    ///
    /// Read-only. Deprecated: use `granted_to_v2`.
    #[deprecated(
        note = "GrantedTo has been deprecated. Refer to GrantedToV2 (use `granted_to_v2`)"
    )]
    pub granted_to: rt::Option<IdentitySet>,
    /// `grantedToIdentities`: For link type permissions, the details of the users to whom permission was granted.
    ///
    /// Read-only. Deprecated: use `granted_to_identities_v2`.
    #[deprecated(
        note = "GrantedToIdentities has been deprecated. Refer to GrantedToIdentitiesV2 (use `granted_to_identities_v2`)"
    )]
    pub granted_to_identities: rt::Option<rt::Vec<IdentitySet>>,
    /// `grantedToV2`: For user type permissions, the details of the users & applications for this permission.
    ///
    /// Read-only.
    pub granted_to_v2: rt::Option<SharePointIdentitySet>,
    /// `grantedToIdentitiesV2`: For link type permissions, the details of the users to whom permission was granted.
    ///
    /// Read-only.
    pub granted_to_identities_v2: rt::Option<rt::Vec<SharePointIdentitySet>>,
    /// `hasPassword`: Indicates whether a password is set for this permission; only returned in responses, and only for OneDrive Personal.
    ///
    /// Read-only.
    pub has_password: rt::Option<bool>,
    /// `expirationDateTime`: The expiration time of the permission; DateTime.MinValue means no expiration is set.
    pub expiration_date_time: rt::Option<rt::DateTimeOffset>,
    /// `inheritedFrom`: Provides a reference to the ancestor of the current permission, if it is inherited from an ancestor.
    ///
    /// Read-only.
    pub inherited_from: rt::Option<ItemReference>,
    /// `invitation`: Details of any associated sharing invitation for this permission.
    ///
    /// Read-only.
    pub invitation: rt::Option<SharingInvitation>,
    /// `link`: Provides the link details of the current permission, if it is a link type permissions.
    ///
    /// Read-only.
    pub link: rt::Option<SharingLink>,
    /// `roles`: The type of permission, e.g. read. See below for the full list of roles.
    ///
    /// Read-only.
    pub roles: rt::Option<rt::Vec<Role>>,
    /// `shareId`: A unique token that can be used to access this shared item via the shares API.
    ///
    /// Read-only.
    pub share_id: rt::Option<rt::String>,
    /// JSON properties the spec does not know (`@odata.*` and `@deprecated.*` annotations
    /// among them) and known properties sent as `null`, kept so that nothing is lost.
    pub extra: rt::Map,
}

#[allow(deprecated)]
impl rt::__private::ReadFields for Permission {
    const NAME: &'static str = "permission";
    fn read_field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: rt::__private::Key<'de>,
        map: &mut A,
    ) -> rt::Result<(), A::Error> {
        match &*key {
            "id" => rt::__private::read_field(&mut self.id, key, map, &mut self.extra),
            "grantedTo" => {
                rt::__private::read_field(
                    &mut self.granted_to,
                    key,
                    map,
                    &mut self.extra,
                )
            }
            "grantedToIdentities" => {
                rt::__private::read_field(
                    &mut self.granted_to_identities,
                    key,
                    map,
                    &mut self.extra,
                )
            }
            "grantedToV2" => {
                rt::__private::read_field(
                    &mut self.granted_to_v2,
                    key,
                    map,
                    &mut self.extra,
                )
            }
            "grantedToIdentitiesV2" => {
                rt::__private::read_field(
                    &mut self.granted_to_identities_v2,
                    key,
                    map,
                    &mut self.extra,
                )
            }
            "hasPassword" => {
                rt::__private::read_field(
                    &mut self.has_password,
                    key,
                    map,
                    &mut self.extra,
                )
            }
            "expirationDateTime" => {
                rt::__private::read_field(
                    &mut self.expiration_date_time,
                    key,
                    map,
                    &mut self.extra,
                )
            }
            "inheritedFrom" => {
                rt::__private::read_field(
                    &mut self.inherited_from,
                    key,
                    map,
                    &mut self.extra,
                )
            }
            "invitation" => {
                rt::__private::read_field(
                    &mut self.invitation,
                    key,
                    map,
                    &mut self.extra,
                )
            }
            "link" => {
                rt::__private::read_field(&mut self.link, key, map, &mut self.extra)
            }
            "roles" => {
                rt::__private::read_field(&mut self.roles, key, map, &mut self.extra)
            }
            "shareId" => {
                rt::__private::read_field(&mut self.share_id, key, map, &mut self.extra)
            }
            _ => rt::__private::read_unknown(key, map, &mut self.extra),
        }
    }
}

impl<'de> rt::serde::Deserialize<'de> for Permission {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> rt::Result<Self, D::Error> {
        rt::__private::deserialize_model(deserializer)
    }
}

#[allow(deprecated)]
impl rt::__private::WriteFields for Permission {
    fn write_fields<S: rt::serde::ser::SerializeMap>(
        &self,
        map: &mut S,
    ) -> rt::Result<(), S::Error> {
        rt::__private::write_field(map, "id", &self.id)?;
        rt::__private::write_field(map, "grantedTo", &self.granted_to)?;
        rt::__private::write_field(
            map,
            "grantedToIdentities",
            &self.granted_to_identities,
        )?;
        rt::__private::write_field(map, "grantedToV2", &self.granted_to_v2)?;
        rt::__private::write_field(
            map,
            "grantedToIdentitiesV2",
            &self.granted_to_identities_v2,
        )?;
        rt::__private::write_field(map, "hasPassword", &self.has_password)?;
        rt::__private::write_field(
            map,
            "expirationDateTime",
            &self.expiration_date_time,
        )?;
        rt::__private::write_field(map, "inheritedFrom", &self.inherited_from)?;
        rt::__private::write_field(map, "invitation", &self.invitation)?;
        rt::__private::write_field(map, "link", &self.link)?;
        rt::__private::write_field(map, "roles", &self.roles)?;
        rt::__private::write_field(map, "shareId", &self.share_id)?;
        rt::__private::write_extra(map, &self.extra)
    }
}

impl rt::serde::Serialize for Permission {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> rt::Result<S::Ok, S::Error> {
        rt::__private::serialize_model(self, serializer)
    }
}

#[allow(deprecated)]
impl Permission {
    /// Sets `id`.
    pub fn id(mut self, id: rt::String) -> Self {
        self.id = rt::Some(id);
        self
    }
    /// Sets `grantedTo`.
    #[deprecated(
        note = "GrantedTo has been deprecated. Refer to GrantedToV2 (use `granted_to_v2`)"
    )]
    pub fn granted_to(mut self, granted_to: IdentitySet) -> Self {
        self.granted_to = rt::Some(granted_to);
        self
    }
    /// Sets `grantedToIdentities`.
    #[deprecated(
        note = "GrantedToIdentities has been deprecated. Refer to GrantedToIdentitiesV2 (use `granted_to_identities_v2`)"
    )]
    pub fn granted_to_identities(
        mut self,
        granted_to_identities: rt::Vec<IdentitySet>,
    ) -> Self {
        self.granted_to_identities = rt::Some(granted_to_identities);
        self
    }
    /// Sets `grantedToV2`.
    pub fn granted_to_v2(mut self, granted_to_v2: SharePointIdentitySet) -> Self {
        self.granted_to_v2 = rt::Some(granted_to_v2);
        self
    }
    /// Sets `grantedToIdentitiesV2`.
    pub fn granted_to_identities_v2(
        mut self,
        granted_to_identities_v2: rt::Vec<SharePointIdentitySet>,
    ) -> Self {
        self.granted_to_identities_v2 = rt::Some(granted_to_identities_v2);
        self
    }
    /// Sets `hasPassword`.
    pub fn has_password(mut self, has_password: bool) -> Self {
        self.has_password = rt::Some(has_password);
        self
    }
    /// Sets `expirationDateTime`.
    pub fn expiration_date_time(
        mut self,
        expiration_date_time: rt::DateTimeOffset,
    ) -> Self {
        self.expiration_date_time = rt::Some(expiration_date_time);
        self
    }
    /// Sets `inheritedFrom`.
    pub fn inherited_from(mut self, inherited_from: ItemReference) -> Self {
        self.inherited_from = rt::Some(inherited_from);
        self
    }
    /// Sets `invitation`.
    pub fn invitation(mut self, invitation: SharingInvitation) -> Self {
        self.invitation = rt::Some(invitation);
        self
    }
    /// Sets `link`.
    pub fn link(mut self, link: SharingLink) -> Self {
        self.link = rt::Some(link);
        self
    }
    /// Sets `roles`.
    pub fn roles(mut self, roles: rt::Vec<Role>) -> Self {
        self.roles = rt::Some(roles);
        self
    }
    /// Sets `shareId`.
    pub fn share_id(mut self, share_id: rt::String) -> Self {
        self.share_id = rt::Some(share_id);
        self
    }
    /// Sets the JSON properties the spec does not know (`@odata.type` among them).
    pub fn extra(mut self, extra: rt::Map) -> Self {
        self.extra = extra;
        self
    }
}

/// The kinds of `permission`, told by which facets are present.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PermissionKind {
    /// `invitation`: told by `invitation`. Permissions with an invitation facet represent permissions added by inviting specific users or groups to have access to the file.
    Invitation,
    /// `link`: told by `link` or `grantedToIdentitiesV2` or `grantedToIdentities`. Permissions with a link facet represent sharing links created on the item.
    Link,
    /// `user`: told by `grantedToV2` or `grantedTo`. For user type permissions, the details of the users & applications for this permission.
    User,
    /// `inherited`: told by `inheritedFrom`. Provides a reference to the ancestor of the current permission, if it is inherited from an ancestor.
    Inherited,
}

impl Permission {
    /// What kind of `permission` this is: the kind of the first facet present, in this order: `invitation`, `link`, `grantedToV2`, `grantedTo`, `grantedToIdentitiesV2`, `grantedToIdentities`, `inheritedFrom`.
    ///
    /// `None` when no facet is present.
    #[allow(deprecated)]
    pub fn kind(&self) -> rt::Option<PermissionKind> {
        if self.invitation.is_some() {
            return rt::Some(PermissionKind::Invitation);
        }
        if self.link.is_some() {
            return rt::Some(PermissionKind::Link);
        }
        if self.granted_to_v2.is_some() {
            return rt::Some(PermissionKind::User);
        }
        if self.granted_to.is_some() {
            return rt::Some(PermissionKind::User);
        }
        if self.granted_to_identities_v2.is_some() {
            return rt::Some(PermissionKind::Link);
        }
        if self.granted_to_identities.is_some() {
            return rt::Some(PermissionKind::Link);
        }
        if self.inherited_from.is_some() {
            return rt::Some(PermissionKind::Inherited);
        }
        rt::None
    }
}

/// The properties of [`Permission`], for `$select`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PermissionField {
    /// `id`
    Id,
    /// `grantedTo`
    GrantedTo,
    /// `grantedToIdentities`
    GrantedToIdentities,
    /// `grantedToV2`
    GrantedToV2,
    /// `grantedToIdentitiesV2`
    GrantedToIdentitiesV2,
    /// `hasPassword`
    HasPassword,
    /// `expirationDateTime`
    ExpirationDateTime,
    /// `inheritedFrom`
    InheritedFrom,
    /// `invitation`
    Invitation,
    /// `link`
    Link,
    /// `roles`
    Roles,
    /// `shareId`
    ShareId,
}

impl rt::FieldName for PermissionField {
    fn as_str(self) -> &'static str {
        match self {
            Self::Id => "id",
            Self::GrantedTo => "grantedTo",
            Self::GrantedToIdentities => "grantedToIdentities",
            Self::GrantedToV2 => "grantedToV2",
            Self::GrantedToIdentitiesV2 => "grantedToIdentitiesV2",
            Self::HasPassword => "hasPassword",
            Self::ExpirationDateTime => "expirationDateTime",
            Self::InheritedFrom => "inheritedFrom",
            Self::Invitation => "invitation",
            Self::Link => "link",
            Self::Roles => "roles",
            Self::ShareId => "shareId",
        }
    }
}

/// The sharedDriveItem resource is returned when using the Shares API to access a shared driveItem.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SharedDriveItem {
    /// `id`: The unique identifier for the share being accessed.
    pub id: rt::Option<rt::String>,
    /// `name`: The display name of the shared item.
    pub name: rt::Option<rt::String>,
    /// `owner`: Information about the owner of the shared item being referenced.
    pub owner: rt::Option<IdentitySet>,
    /// JSON properties the spec does not know (`@odata.*` and `@deprecated.*` annotations
    /// among them) and known properties sent as `null`, kept so that nothing is lost.
    pub extra: rt::Map,
}

#[allow(deprecated)]
impl rt::__private::ReadFields for SharedDriveItem {
    const NAME: &'static str = "sharedDriveItem";
    fn read_field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: rt::__private::Key<'de>,
        map: &mut A,
    ) -> rt::Result<(), A::Error> {
        match &*key {
            "id" => rt::__private::read_field(&mut self.id, key, map, &mut self.extra),
            "name" => {
                rt::__private::read_field(&mut self.name, key, map, &mut self.extra)
            }
            "owner" => {
                rt::__private::read_field(&mut self.owner, key, map, &mut self.extra)
            }
            _ => rt::__private::read_unknown(key, map, &mut self.extra),
        }
    }
}

impl<'de> rt::serde::Deserialize<'de> for SharedDriveItem {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> rt::Result<Self, D::Error> {
        rt::__private::deserialize_model(deserializer)
    }
}

#[allow(deprecated)]
impl rt::__private::WriteFields for SharedDriveItem {
    fn write_fields<S: rt::serde::ser::SerializeMap>(
        &self,
        map: &mut S,
    ) -> rt::Result<(), S::Error> {
        rt::__private::write_field(map, "id", &self.id)?;
        rt::__private::write_field(map, "name", &self.name)?;
        rt::__private::write_field(map, "owner", &self.owner)?;
        rt::__private::write_extra(map, &self.extra)
    }
}

impl rt::serde::Serialize for SharedDriveItem {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> rt::Result<S::Ok, S::Error> {
        rt::__private::serialize_model(self, serializer)
    }
}

#[allow(deprecated)]
impl SharedDriveItem {
    /// Sets `id`.
    pub fn id(mut self, id: rt::String) -> Self {
        self.id = rt::Some(id);
        self
    }
    /// Sets `name`.
    pub fn name(mut self, name: rt::String) -> Self {
        self.name = rt::Some(name);
        self
    }
    /// Sets `owner`.
    pub fn owner(mut self, owner: IdentitySet) -> Self {
        self.owner = rt::Some(owner);
        self
    }
    /// Sets the JSON properties the spec does not know (`@odata.type` among them).
    pub fn extra(mut self, extra: rt::Map) -> Self {
        self.extra = extra;
        self
    }
}

/// Represents a cohort of users or Microsoft 365 groups that are localized to a SharePoint Embedded container.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SharePointGroup {
    /// `description`: The user-visible description of the sharePointGroup.
    pub description: rt::Option<rt::String>,
    /// `id`: The unique stable identifier of the sharePointGroup. This ID is unique only within the context of a single SharePoint Embedded container.
    ///
    /// Read-only.
    pub id: rt::Option<rt::String>,
    /// `principalId`: The principal ID of the SharePoint group in the tenant.
    ///
    /// Read-only. Published in: v1.0.
    pub principal_id: rt::Option<rt::String>,
    /// `title`: The user-visible title of the sharePointGroup.
    pub title: rt::Option<rt::String>,
    /// JSON properties the spec does not know (`@odata.*` and `@deprecated.*` annotations
    /// among them) and known properties sent as `null`, kept so that nothing is lost.
    pub extra: rt::Map,
}

#[allow(deprecated)]
impl rt::__private::ReadFields for SharePointGroup {
    const NAME: &'static str = "sharePointGroup";
    fn read_field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: rt::__private::Key<'de>,
        map: &mut A,
    ) -> rt::Result<(), A::Error> {
        match &*key {
            "description" => {
                rt::__private::read_field(
                    &mut self.description,
                    key,
                    map,
                    &mut self.extra,
                )
            }
            "id" => rt::__private::read_field(&mut self.id, key, map, &mut self.extra),
            "principalId" => {
                rt::__private::read_field(
                    &mut self.principal_id,
                    key,
                    map,
                    &mut self.extra,
                )
            }
            "title" => {
                rt::__private::read_field(&mut self.title, key, map, &mut self.extra)
            }
            _ => rt::__private::read_unknown(key, map, &mut self.extra),
        }
    }
}

impl<'de> rt::serde::Deserialize<'de> for SharePointGroup {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> rt::Result<Self, D::Error> {
        rt::__private::deserialize_model(deserializer)
    }
}

#[allow(deprecated)]
impl rt::__private::WriteFields for SharePointGroup {
    fn write_fields<S: rt::serde::ser::SerializeMap>(
        &self,
        map: &mut S,
    ) -> rt::Result<(), S::Error> {
        rt::__private::write_field(map, "description", &self.description)?;
        rt::__private::write_field(map, "id", &self.id)?;
        rt::__private::write_field(map, "principalId", &self.principal_id)?;
        rt::__private::write_field(map, "title", &self.title)?;
        rt::__private::write_extra(map, &self.extra)
    }
}

impl rt::serde::Serialize for SharePointGroup {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> rt::Result<S::Ok, S::Error> {
        rt::__private::serialize_model(self, serializer)
    }
}

#[allow(deprecated)]
impl SharePointGroup {
    /// Sets `description`.
    pub fn description(mut self, description: rt::String) -> Self {
        self.description = rt::Some(description);
        self
    }
    /// Sets `id`.
    pub fn id(mut self, id: rt::String) -> Self {
        self.id = rt::Some(id);
        self
    }
    /// Sets `principalId`.
    pub fn principal_id(mut self, principal_id: rt::String) -> Self {
        self.principal_id = rt::Some(principal_id);
        self
    }
    /// Sets `title`.
    pub fn title(mut self, title: rt::String) -> Self {
        self.title = rt::Some(title);
        self
    }
    /// Sets the JSON properties the spec does not know (`@odata.type` among them).
    pub fn extra(mut self, extra: rt::Map) -> Self {
        self.extra = extra;
        self
    }
}

/// Represents the identity of a SharePoint group. Extends the identity type with SharePoint-specific properties.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SharePointGroupIdentity {
    /// `displayName`: The display name of the SharePoint group. Inherited from identity.
    ///
    /// Read-only.
    pub display_name: rt::Option<rt::String>,
    /// `id`: The unique identifier of the SharePoint group. Inherited from identity.
    ///
    /// Read-only.
    pub id: rt::Option<rt::String>,
    /// `principalId`: The principal ID of the SharePoint group in the tenant.
    ///
    /// Read-only.
    pub principal_id: rt::Option<rt::String>,
    /// `title`: The title of the SharePoint group.
    ///
    /// Read-only.
    pub title: rt::Option<rt::String>,
    /// JSON properties the spec does not know (`@odata.*` and `@deprecated.*` annotations
    /// among them) and known properties sent as `null`, kept so that nothing is lost.
    pub extra: rt::Map,
}

#[allow(deprecated)]
impl rt::__private::ReadFields for SharePointGroupIdentity {
    const NAME: &'static str = "sharePointGroupIdentity";
    fn read_field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: rt::__private::Key<'de>,
        map: &mut A,
    ) -> rt::Result<(), A::Error> {
        match &*key {
            "displayName" => {
                rt::__private::read_field(
                    &mut self.display_name,
                    key,
                    map,
                    &mut self.extra,
                )
            }
            "id" => rt::__private::read_field(&mut self.id, key, map, &mut self.extra),
            "principalId" => {
                rt::__private::read_field(
                    &mut self.principal_id,
                    key,
                    map,
                    &mut self.extra,
                )
            }
            "title" => {
                rt::__private::read_field(&mut self.title, key, map, &mut self.extra)
            }
            _ => rt::__private::read_unknown(key, map, &mut self.extra),
        }
    }
}

impl<'de> rt::serde::Deserialize<'de> for SharePointGroupIdentity {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> rt::Result<Self, D::Error> {
        rt::__private::deserialize_model(deserializer)
    }
}

#[allow(deprecated)]
impl rt::__private::WriteFields for SharePointGroupIdentity {
    fn write_fields<S: rt::serde::ser::SerializeMap>(
        &self,
        map: &mut S,
    ) -> rt::Result<(), S::Error> {
        rt::__private::write_field(map, "displayName", &self.display_name)?;
        rt::__private::write_field(map, "id", &self.id)?;
        rt::__private::write_field(map, "principalId", &self.principal_id)?;
        rt::__private::write_field(map, "title", &self.title)?;
        rt::__private::write_extra(map, &self.extra)
    }
}

impl rt::serde::Serialize for SharePointGroupIdentity {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> rt::Result<S::Ok, S::Error> {
        rt::__private::serialize_model(self, serializer)
    }
}

#[allow(deprecated)]
impl SharePointGroupIdentity {
    /// Sets `displayName`.
    pub fn display_name(mut self, display_name: rt::String) -> Self {
        self.display_name = rt::Some(display_name);
        self
    }
    /// Sets `id`.
    pub fn id(mut self, id: rt::String) -> Self {
        self.id = rt::Some(id);
        self
    }
    /// Sets `principalId`.
    pub fn principal_id(mut self, principal_id: rt::String) -> Self {
        self.principal_id = rt::Some(principal_id);
        self
    }
    /// Sets `title`.
    pub fn title(mut self, title: rt::String) -> Self {
        self.title = rt::Some(title);
        self
    }
    /// Sets the JSON properties the spec does not know (`@odata.type` among them).
    pub fn extra(mut self, extra: rt::Map) -> Self {
        self.extra = extra;
        self
    }
}

/// Link-related data of a permission; a permission with a non-null link facet represents a sharing link.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SharingLink {
    /// `application`: The app the link is associated with.
    pub application: rt::Option<Identity>,
    /// `preventsDownload`: If true, the link can only be used to view the item on the web, not to download its contents. Only for OneDrive for Business and SharePoint.
    pub prevents_download: rt::Option<bool>,
    /// `scope`: The scope of the link represented by this permission.
    pub scope: rt::Option<SharingLinkScope>,
    /// `type`: The type of the link created.
    pub r#type: rt::Option<SharingLinkType>,
    /// `webHtml`: For embed links, the HTML code of an iframe element that embeds the item in a webpage.
    pub web_html: rt::Option<rt::String>,
    /// `webUrl`: A URL that opens the item in the browser on the OneDrive website.
    pub web_url: rt::Option<rt::String>,
    /// JSON properties the spec does not know (`@odata.*` and `@deprecated.*` annotations
    /// among them) and known properties sent as `null`, kept so that nothing is lost.
    pub extra: rt::Map,
}

#[allow(deprecated)]
impl rt::__private::ReadFields for SharingLink {
    const NAME: &'static str = "sharingLink";
    fn read_field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: rt::__private::Key<'de>,
        map: &mut A,
    ) -> rt::Result<(), A::Error> {
        match &*key {
            "application" => {
                rt::__private::read_field(
                    &mut self.application,
                    key,
                    map,
                    &mut self.extra,
                )
            }
            "preventsDownload" => {
                rt::__private::read_field(
                    &mut self.prevents_download,
                    key,
                    map,
                    &mut self.extra,
                )
            }
            "scope" => {
                rt::__private::read_field(&mut self.scope, key, map, &mut self.extra)
            }
            "type" => {
                rt::__private::read_field(&mut self.r#type, key, map, &mut self.extra)
            }
            "webHtml" => {
                rt::__private::read_field(&mut self.web_html, key, map, &mut self.extra)
            }
            "webUrl" => {
                rt::__private::read_field(&mut self.web_url, key, map, &mut self.extra)
            }
            _ => rt::__private::read_unknown(key, map, &mut self.extra),
        }
    }
}

impl<'de> rt::serde::Deserialize<'de> for SharingLink {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> rt::Result<Self, D::Error> {
        rt::__private::deserialize_model(deserializer)
    }
}

#[allow(deprecated)]
impl rt::__private::WriteFields for SharingLink {
    fn write_fields<S: rt::serde::ser::SerializeMap>(
        &self,
        map: &mut S,
    ) -> rt::Result<(), S::Error> {
        rt::__private::write_field(map, "application", &self.application)?;
        rt::__private::write_field(map, "preventsDownload", &self.prevents_download)?;
        rt::__private::write_field(map, "scope", &self.scope)?;
        rt::__private::write_field(map, "type", &self.r#type)?;
        rt::__private::write_field(map, "webHtml", &self.web_html)?;
        rt::__private::write_field(map, "webUrl", &self.web_url)?;
        rt::__private::write_extra(map, &self.extra)
    }
}

impl rt::serde::Serialize for SharingLink {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> rt::Result<S::Ok, S::Error> {
        rt::__private::serialize_model(self, serializer)
    }
}

#[allow(deprecated)]
impl SharingLink {
    /// Sets `application`.
    pub fn application(mut self, application: Identity) -> Self {
        self.application = rt::Some(application);
        self
    }
    /// Sets `preventsDownload`.
    pub fn prevents_download(mut self, prevents_download: bool) -> Self {
        self.prevents_download = rt::Some(prevents_download);
        self
    }
    /// Sets `scope`.
    pub fn scope(mut self, scope: SharingLinkScope) -> Self {
        self.scope = rt::Some(scope);
        self
    }
    /// Sets `type`.
    pub fn r#type(mut self, r#type: SharingLinkType) -> Self {
        self.r#type = rt::Some(r#type);
        self
    }
    /// Sets `webHtml`.
    pub fn web_html(mut self, web_html: rt::String) -> Self {
        self.web_html = rt::Some(web_html);
        self
    }
    /// Sets `webUrl`.
    pub fn web_url(mut self, web_url: rt::String) -> Self {
        self.web_url = rt::Some(web_url);
        self
    }
    /// Sets the JSON properties the spec does not know (`@odata.type` among them).
    pub fn extra(mut self, extra: rt::Map) -> Self {
        self.extra = extra;
        self
    }
}

/// Information about a sharing invitation associated with a permission.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SharingInvitation {
    /// `email`: The email address provided for the recipient of the sharing invitation.
    ///
    /// Read-only.
    pub email: rt::Option<rt::String>,
    /// `invitedBy`: Who sent the invitation that created this permission, if that information is available.
    ///
    /// Read-only.
    pub invited_by: rt::Option<IdentitySet>,
    /// `signInRequired`: If true, the recipient of the invitation needs to sign in to access the shared item.
    ///
    /// Read-only.
    pub sign_in_required: rt::Option<bool>,
    /// JSON properties the spec does not know (`@odata.*` and `@deprecated.*` annotations
    /// among them) and known properties sent as `null`, kept so that nothing is lost.
    pub extra: rt::Map,
}

#[allow(deprecated)]
impl rt::__private::ReadFields for SharingInvitation {
    const NAME: &'static str = "sharingInvitation";
    fn read_field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: rt::__private::Key<'de>,
        map: &mut A,
    ) -> rt::Result<(), A::Error> {
        match &*key {
            "email" => {
                rt::__private::read_field(&mut self.email, key, map, &mut self.extra)
            }
            "invitedBy" => {
                rt::__private::read_field(
                    &mut self.invited_by,
                    key,
                    map,
                    &mut self.extra,
                )
            }
            "signInRequired" => {
                rt::__private::read_field(
                    &mut self.sign_in_required,
                    key,
                    map,
                    &mut self.extra,
                )
            }
            _ => rt::__private::read_unknown(key, map, &mut self.extra),
        }
    }
}

impl<'de> rt::serde::Deserialize<'de> for SharingInvitation {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> rt::Result<Self, D::Error> {
        rt::__private::deserialize_model(deserializer)
    }
}

#[allow(deprecated)]
impl rt::__private::WriteFields for SharingInvitation {
    fn write_fields<S: rt::serde::ser::SerializeMap>(
        &self,
        map: &mut S,
    ) -> rt::Result<(), S::Error> {
        rt::__private::write_field(map, "email", &self.email)?;
        rt::__private::write_field(map, "invitedBy", &self.invited_by)?;
        rt::__private::write_field(map, "signInRequired", &self.sign_in_required)?;
        rt::__private::write_extra(map, &self.extra)
    }
}

impl rt::serde::Serialize for SharingInvitation {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> rt::Result<S::Ok, S::Error> {
        rt::__private::serialize_model(self, serializer)
    }
}

#[allow(deprecated)]
impl SharingInvitation {
    /// Sets `email`.
    pub fn email(mut self, email: rt::String) -> Self {
        self.email = rt::Some(email);
        self
    }
    /// Sets `invitedBy`.
    pub fn invited_by(mut self, invited_by: IdentitySet) -> Self {
        self.invited_by = rt::Some(invited_by);
        self
    }
    /// Sets `signInRequired`.
    pub fn sign_in_required(mut self, sign_in_required: bool) -> Self {
        self.sign_in_required = rt::Some(sign_in_required);
        self
    }
    /// Sets the JSON properties the spec does not know (`@odata.type` among them).
    pub fn extra(mut self, extra: rt::Map) -> Self {
        self.extra = extra;
        self
    }
}

/// An identity of an actor, such as a user, device or application.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct Identity {
    /// `displayName`: The display name of the identity; it may not always be available or up to date.
    pub display_name: rt::Option<rt::String>,
    /// `id`: Unique identifier for the identity.
    pub id: rt::Option<rt::String>,
    /// `tenantId`: Unique identity of the tenant (optional).
    ///
    /// Published in: beta. Needs the `beta` feature.
    #[cfg(feature = "beta")]
    pub tenant_id: rt::Option<rt::String>,
    /// JSON properties the spec does not know (`@odata.*` and `@deprecated.*` annotations
    /// among them) and known properties sent as `null`, kept so that nothing is lost.
    pub extra: rt::Map,
}

#[allow(deprecated)]
impl rt::__private::ReadFields for Identity {
    const NAME: &'static str = "identity";
    fn read_field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: rt::__private::Key<'de>,
        map: &mut A,
    ) -> rt::Result<(), A::Error> {
        match &*key {
            "displayName" => {
                rt::__private::read_field(
                    &mut self.display_name,
                    key,
                    map,
                    &mut self.extra,
                )
            }
            "id" => rt::__private::read_field(&mut self.id, key, map, &mut self.extra),
            #[cfg(feature = "beta")]
            "tenantId" => {
                rt::__private::read_field(&mut self.tenant_id, key, map, &mut self.extra)
            }
            _ => rt::__private::read_unknown(key, map, &mut self.extra),
        }
    }
}

impl<'de> rt::serde::Deserialize<'de> for Identity {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> rt::Result<Self, D::Error> {
        rt::__private::deserialize_model(deserializer)
    }
}

#[allow(deprecated)]
impl rt::__private::WriteFields for Identity {
    fn write_fields<S: rt::serde::ser::SerializeMap>(
        &self,
        map: &mut S,
    ) -> rt::Result<(), S::Error> {
        rt::__private::write_field(map, "displayName", &self.display_name)?;
        rt::__private::write_field(map, "id", &self.id)?;
        #[cfg(feature = "beta")]
        rt::__private::write_field(map, "tenantId", &self.tenant_id)?;
        rt::__private::write_extra(map, &self.extra)
    }
}

impl rt::serde::Serialize for Identity {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> rt::Result<S::Ok, S::Error> {
        rt::__private::serialize_model(self, serializer)
    }
}

#[allow(deprecated)]
impl Identity {
    /// Sets `displayName`.
    pub fn display_name(mut self, display_name: rt::String) -> Self {
        self.display_name = rt::Some(display_name);
        self
    }
    /// Sets `id`.
    pub fn id(mut self, id: rt::String) -> Self {
        self.id = rt::Some(id);
        self
    }
    /// Sets `tenantId`.
    #[cfg(feature = "beta")]
    pub fn tenant_id(mut self, tenant_id: rt::String) -> Self {
        self.tenant_id = rt::Some(tenant_id);
        self
    }
    /// Sets the JSON properties the spec does not know (`@odata.type` among them).
    pub fn extra(mut self, extra: rt::Map) -> Self {
        self.extra = extra;
        self
    }
}

/// A set of identities associated with an action, such as a user, a device and an application.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct IdentitySet {
    /// `application`: Optional. The application associated with this action.
    pub application: rt::Option<Identity>,
    /// `applicationInstance`: The application instance associated with this action.
    ///
    /// Published in: v1.0.
    pub application_instance: rt::Option<Identity>,
    /// `conversation`: The team or channel associated with this action.
    pub conversation: rt::Option<Identity>,
    /// `conversationIdentityType`: Indicates whether the conversation property identifies a team or channel.
    pub conversation_identity_type: rt::Option<Identity>,
    /// `device`: Optional. The device associated with this action.
    pub device: rt::Option<Identity>,
    /// `encrypted`: The encrypted identity associated with this action.
    ///
    /// Published in: v1.0.
    pub encrypted: rt::Option<Identity>,
    /// `onPremises`: The on-premises identity associated with this action.
    ///
    /// Published in: v1.0.
    pub on_premises: rt::Option<Identity>,
    /// `guest`: The guest identity associated with this action.
    ///
    /// Published in: v1.0.
    pub guest: rt::Option<Identity>,
    /// `phone`: The phone number associated with this action.
    pub phone: rt::Option<Identity>,
    /// `user`: Optional. The user associated with this action.
    pub user: rt::Option<Identity>,
    /// JSON properties the spec does not know (`@odata.*` and `@deprecated.*` annotations
    /// among them) and known properties sent as `null`, kept so that nothing is lost.
    pub extra: rt::Map,
}

#[allow(deprecated)]
impl rt::__private::ReadFields for IdentitySet {
    const NAME: &'static str = "identitySet";
    fn read_field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: rt::__private::Key<'de>,
        map: &mut A,
    ) -> rt::Result<(), A::Error> {
        match &*key {
            "application" => {
                rt::__private::read_field(
                    &mut self.application,
                    key,
                    map,
                    &mut self.extra,
                )
            }
            "applicationInstance" => {
                rt::__private::read_field(
                    &mut self.application_instance,
                    key,
                    map,
                    &mut self.extra,
                )
            }
            "conversation" => {
                rt::__private::read_field(
                    &mut self.conversation,
                    key,
                    map,
                    &mut self.extra,
                )
            }
            "conversationIdentityType" => {
                rt::__private::read_field(
                    &mut self.conversation_identity_type,
                    key,
                    map,
                    &mut self.extra,
                )
            }
            "device" => {
                rt::__private::read_field(&mut self.device, key, map, &mut self.extra)
            }
            "encrypted" => {
                rt::__private::read_field(&mut self.encrypted, key, map, &mut self.extra)
            }
            "onPremises" => {
                rt::__private::read_field(
                    &mut self.on_premises,
                    key,
                    map,
                    &mut self.extra,
                )
            }
            "guest" => {
                rt::__private::read_field(&mut self.guest, key, map, &mut self.extra)
            }
            "phone" => {
                rt::__private::read_field(&mut self.phone, key, map, &mut self.extra)
            }
            "user" => {
                rt::__private::read_field(&mut self.user, key, map, &mut self.extra)
            }
            _ => rt::__private::read_unknown(key, map, &mut self.extra),
        }
    }
}

impl<'de> rt::serde::Deserialize<'de> for IdentitySet {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> rt::Result<Self, D::Error> {
        rt::__private::deserialize_model(deserializer)
    }
}

#[allow(deprecated)]
impl rt::__private::WriteFields for IdentitySet {
    fn write_fields<S: rt::serde::ser::SerializeMap>(
        &self,
        map: &mut S,
    ) -> rt::Result<(), S::Error> {
        rt::__private::write_field(map, "application", &self.application)?;
        rt::__private::write_field(
            map,
            "applicationInstance",
            &self.application_instance,
        )?;
        rt::__private::write_field(map, "conversation", &self.conversation)?;
        rt::__private::write_field(
            map,
            "conversationIdentityType",
            &self.conversation_identity_type,
        )?;
        rt::__private::write_field(map, "device", &self.device)?;
        rt::__private::write_field(map, "encrypted", &self.encrypted)?;
        rt::__private::write_field(map, "onPremises", &self.on_premises)?;
        rt::__private::write_field(map, "guest", &self.guest)?;
        rt::__private::write_field(map, "phone", &self.phone)?;
        rt::__private::write_field(map, "user", &self.user)?;
        rt::__private::write_extra(map, &self.extra)
    }
}

impl rt::serde::Serialize for IdentitySet {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> rt::Result<S::Ok, S::Error> {
        rt::__private::serialize_model(self, serializer)
    }
}

#[allow(deprecated)]
impl IdentitySet {
    /// Sets `application`.
    pub fn application(mut self, application: Identity) -> Self {
        self.application = rt::Some(application);
        self
    }
    /// Sets `applicationInstance`.
    pub fn application_instance(mut self, application_instance: Identity) -> Self {
        self.application_instance = rt::Some(application_instance);
        self
    }
    /// Sets `conversation`.
    pub fn conversation(mut self, conversation: Identity) -> Self {
        self.conversation = rt::Some(conversation);
        self
    }
    /// Sets `conversationIdentityType`.
    pub fn conversation_identity_type(
        mut self,
        conversation_identity_type: Identity,
    ) -> Self {
        self.conversation_identity_type = rt::Some(conversation_identity_type);
        self
    }
    /// Sets `device`.
    pub fn device(mut self, device: Identity) -> Self {
        self.device = rt::Some(device);
        self
    }
    /// Sets `encrypted`.
    pub fn encrypted(mut self, encrypted: Identity) -> Self {
        self.encrypted = rt::Some(encrypted);
        self
    }
    /// Sets `onPremises`.
    pub fn on_premises(mut self, on_premises: Identity) -> Self {
        self.on_premises = rt::Some(on_premises);
        self
    }
    /// Sets `guest`.
    pub fn guest(mut self, guest: Identity) -> Self {
        self.guest = rt::Some(guest);
        self
    }
    /// Sets `phone`.
    pub fn phone(mut self, phone: Identity) -> Self {
        self.phone = rt::Some(phone);
        self
    }
    /// Sets `user`.
    pub fn user(mut self, user: Identity) -> Self {
        self.user = rt::Some(user);
        self
    }
    /// Sets the JSON properties the spec does not know (`@odata.type` among them).
    pub fn extra(mut self, extra: rt::Map) -> Self {
        self.extra = extra;
        self
    }
}

/// An identitySet extended with the SharePoint identities of a user, group or app.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SharePointIdentitySet {
    /// `application`: Optional. The application associated with this action.
    pub application: rt::Option<Identity>,
    /// `applicationInstance`: The application instance associated with this action.
    ///
    /// Published in: v1.0.
    pub application_instance: rt::Option<Identity>,
    /// `conversation`: The team or channel associated with this action.
    pub conversation: rt::Option<Identity>,
    /// `conversationIdentityType`: Indicates whether the conversation property identifies a team or channel.
    pub conversation_identity_type: rt::Option<Identity>,
    /// `device`: Optional. The device associated with this action.
    pub device: rt::Option<Identity>,
    /// `encrypted`: The encrypted identity associated with this action.
    ///
    /// Published in: v1.0.
    pub encrypted: rt::Option<Identity>,
    /// `onPremises`: The on-premises identity associated with this action.
    ///
    /// Published in: v1.0.
    pub on_premises: rt::Option<Identity>,
    /// `guest`: The guest identity associated with this action.
    ///
    /// Published in: v1.0.
    pub guest: rt::Option<Identity>,
    /// `phone`: The phone number associated with this action.
    pub phone: rt::Option<Identity>,
    /// `user`: Optional. The user associated with this action.
    pub user: rt::Option<Identity>,
    /// `group`: Optional. The group associated with this action.
    pub group: rt::Option<Identity>,
    /// `sharePointGroup`: The SharePoint group associated with this action, identified by a globally unique ID. Use this property instead of siteGroup when available.
    ///
    /// Published in: v1.0.
    pub share_point_group: rt::Option<SharePointGroupIdentity>,
    /// `siteUser`: Optional. The SharePoint user associated with this action.
    pub site_user: rt::Option<SharePointIdentity>,
    /// `siteGroup`: Optional. The SharePoint group associated with this action.
    pub site_group: rt::Option<SharePointIdentity>,
    /// JSON properties the spec does not know (`@odata.*` and `@deprecated.*` annotations
    /// among them) and known properties sent as `null`, kept so that nothing is lost.
    pub extra: rt::Map,
}

#[allow(deprecated)]
impl rt::__private::ReadFields for SharePointIdentitySet {
    const NAME: &'static str = "sharePointIdentitySet";
    fn read_field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: rt::__private::Key<'de>,
        map: &mut A,
    ) -> rt::Result<(), A::Error> {
        match &*key {
            "application" => {
                rt::__private::read_field(
                    &mut self.application,
                    key,
                    map,
                    &mut self.extra,
                )
            }
            "applicationInstance" => {
                rt::__private::read_field(
                    &mut self.application_instance,
                    key,
                    map,
                    &mut self.extra,
                )
            }
            "conversation" => {
                rt::__private::read_field(
                    &mut self.conversation,
                    key,
                    map,
                    &mut self.extra,
                )
            }
            "conversationIdentityType" => {
                rt::__private::read_field(
                    &mut self.conversation_identity_type,
                    key,
                    map,
                    &mut self.extra,
                )
            }
            "device" => {
                rt::__private::read_field(&mut self.device, key, map, &mut self.extra)
            }
            "encrypted" => {
                rt::__private::read_field(&mut self.encrypted, key, map, &mut self.extra)
            }
            "onPremises" => {
                rt::__private::read_field(
                    &mut self.on_premises,
                    key,
                    map,
                    &mut self.extra,
                )
            }
            "guest" => {
                rt::__private::read_field(&mut self.guest, key, map, &mut self.extra)
            }
            "phone" => {
                rt::__private::read_field(&mut self.phone, key, map, &mut self.extra)
            }
            "user" => {
                rt::__private::read_field(&mut self.user, key, map, &mut self.extra)
            }
            "group" => {
                rt::__private::read_field(&mut self.group, key, map, &mut self.extra)
            }
            "sharePointGroup" => {
                rt::__private::read_field(
                    &mut self.share_point_group,
                    key,
                    map,
                    &mut self.extra,
                )
            }
            "siteUser" => {
                rt::__private::read_field(&mut self.site_user, key, map, &mut self.extra)
            }
            "siteGroup" => {
                rt::__private::read_field(
                    &mut self.site_group,
                    key,
                    map,
                    &mut self.extra,
                )
            }
            _ => rt::__private::read_unknown(key, map, &mut self.extra),
        }
    }
}

impl<'de> rt::serde::Deserialize<'de> for SharePointIdentitySet {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> rt::Result<Self, D::Error> {
        rt::__private::deserialize_model(deserializer)
    }
}

#[allow(deprecated)]
impl rt::__private::WriteFields for SharePointIdentitySet {
    fn write_fields<S: rt::serde::ser::SerializeMap>(
        &self,
        map: &mut S,
    ) -> rt::Result<(), S::Error> {
        rt::__private::write_field(map, "application", &self.application)?;
        rt::__private::write_field(
            map,
            "applicationInstance",
            &self.application_instance,
        )?;
        rt::__private::write_field(map, "conversation", &self.conversation)?;
        rt::__private::write_field(
            map,
            "conversationIdentityType",
            &self.conversation_identity_type,
        )?;
        rt::__private::write_field(map, "device", &self.device)?;
        rt::__private::write_field(map, "encrypted", &self.encrypted)?;
        rt::__private::write_field(map, "onPremises", &self.on_premises)?;
        rt::__private::write_field(map, "guest", &self.guest)?;
        rt::__private::write_field(map, "phone", &self.phone)?;
        rt::__private::write_field(map, "user", &self.user)?;
        rt::__private::write_field(map, "group", &self.group)?;
        rt::__private::write_field(map, "sharePointGroup", &self.share_point_group)?;
        rt::__private::write_field(map, "siteUser", &self.site_user)?;
        rt::__private::write_field(map, "siteGroup", &self.site_group)?;
        rt::__private::write_extra(map, &self.extra)
    }
}

impl rt::serde::Serialize for SharePointIdentitySet {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> rt::Result<S::Ok, S::Error> {
        rt::__private::serialize_model(self, serializer)
    }
}

#[allow(deprecated)]
impl SharePointIdentitySet {
    /// Sets `application`.
    pub fn application(mut self, application: Identity) -> Self {
        self.application = rt::Some(application);
        self
    }
    /// Sets `applicationInstance`.
    pub fn application_instance(mut self, application_instance: Identity) -> Self {
        self.application_instance = rt::Some(application_instance);
        self
    }
    /// Sets `conversation`.
    pub fn conversation(mut self, conversation: Identity) -> Self {
        self.conversation = rt::Some(conversation);
        self
    }
    /// Sets `conversationIdentityType`.
    pub fn conversation_identity_type(
        mut self,
        conversation_identity_type: Identity,
    ) -> Self {
        self.conversation_identity_type = rt::Some(conversation_identity_type);
        self
    }
    /// Sets `device`.
    pub fn device(mut self, device: Identity) -> Self {
        self.device = rt::Some(device);
        self
    }
    /// Sets `encrypted`.
    pub fn encrypted(mut self, encrypted: Identity) -> Self {
        self.encrypted = rt::Some(encrypted);
        self
    }
    /// Sets `onPremises`.
    pub fn on_premises(mut self, on_premises: Identity) -> Self {
        self.on_premises = rt::Some(on_premises);
        self
    }
    /// Sets `guest`.
    pub fn guest(mut self, guest: Identity) -> Self {
        self.guest = rt::Some(guest);
        self
    }
    /// Sets `phone`.
    pub fn phone(mut self, phone: Identity) -> Self {
        self.phone = rt::Some(phone);
        self
    }
    /// Sets `user`.
    pub fn user(mut self, user: Identity) -> Self {
        self.user = rt::Some(user);
        self
    }
    /// Sets `group`.
    pub fn group(mut self, group: Identity) -> Self {
        self.group = rt::Some(group);
        self
    }
    /// Sets `sharePointGroup`.
    pub fn share_point_group(
        mut self,
        share_point_group: SharePointGroupIdentity,
    ) -> Self {
        self.share_point_group = rt::Some(share_point_group);
        self
    }
    /// Sets `siteUser`.
    pub fn site_user(mut self, site_user: SharePointIdentity) -> Self {
        self.site_user = rt::Some(site_user);
        self
    }
    /// Sets `siteGroup`.
    pub fn site_group(mut self, site_group: SharePointIdentity) -> Self {
        self.site_group = rt::Some(site_group);
        self
    }
    /// Sets the JSON properties the spec does not know (`@odata.type` among them).
    pub fn extra(mut self, extra: rt::Map) -> Self {
        self.extra = extra;
        self
    }
}

/// The SharePointIds resource groups the various identifiers for an item stored in a SharePoint site or OneDrive for Business into a single structure.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SharepointIds {
    /// `listId`: The unique identifier (guid) for the item's list in SharePoint.
    pub list_id: rt::Option<rt::String>,
    /// `listItemId`: An integer identifier for the item within the containing list.
    pub list_item_id: rt::Option<rt::String>,
    /// `listItemUniqueId`: The unique identifier (guid) for the item within OneDrive for Business or a SharePoint site.
    pub list_item_unique_id: rt::Option<rt::String>,
    /// `siteId`: The unique identifier (guid) for the item's site collection (SPSite).
    pub site_id: rt::Option<rt::String>,
    /// `siteUrl`: The SharePoint URL for the site that contains the item.
    pub site_url: rt::Option<rt::String>,
    /// `tenantId`: The unique identifier (guid) for the tenancy.
    pub tenant_id: rt::Option<rt::String>,
    /// `webId`: The unique identifier (guid) for the item's site (SPWeb).
    pub web_id: rt::Option<rt::String>,
    /// JSON properties the spec does not know (`@odata.*` and `@deprecated.*` annotations
    /// among them) and known properties sent as `null`, kept so that nothing is lost.
    pub extra: rt::Map,
}

#[allow(deprecated)]
impl rt::__private::ReadFields for SharepointIds {
    const NAME: &'static str = "sharepointIds";
    fn read_field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: rt::__private::Key<'de>,
        map: &mut A,
    ) -> rt::Result<(), A::Error> {
        match &*key {
            "listId" => {
                rt::__private::read_field(&mut self.list_id, key, map, &mut self.extra)
            }
            "listItemId" => {
                rt::__private::read_field(
                    &mut self.list_item_id,
                    key,
                    map,
                    &mut self.extra,
                )
            }
            "listItemUniqueId" => {
                rt::__private::read_field(
                    &mut self.list_item_unique_id,
                    key,
                    map,
                    &mut self.extra,
                )
            }
            "siteId" => {
                rt::__private::read_field(&mut self.site_id, key, map, &mut self.extra)
            }
            "siteUrl" => {
                rt::__private::read_field(&mut self.site_url, key, map, &mut self.extra)
            }
            "tenantId" => {
                rt::__private::read_field(&mut self.tenant_id, key, map, &mut self.extra)
            }
            "webId" => {
                rt::__private::read_field(&mut self.web_id, key, map, &mut self.extra)
            }
            _ => rt::__private::read_unknown(key, map, &mut self.extra),
        }
    }
}

impl<'de> rt::serde::Deserialize<'de> for SharepointIds {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> rt::Result<Self, D::Error> {
        rt::__private::deserialize_model(deserializer)
    }
}

#[allow(deprecated)]
impl rt::__private::WriteFields for SharepointIds {
    fn write_fields<S: rt::serde::ser::SerializeMap>(
        &self,
        map: &mut S,
    ) -> rt::Result<(), S::Error> {
        rt::__private::write_field(map, "listId", &self.list_id)?;
        rt::__private::write_field(map, "listItemId", &self.list_item_id)?;
        rt::__private::write_field(map, "listItemUniqueId", &self.list_item_unique_id)?;
        rt::__private::write_field(map, "siteId", &self.site_id)?;
        rt::__private::write_field(map, "siteUrl", &self.site_url)?;
        rt::__private::write_field(map, "tenantId", &self.tenant_id)?;
        rt::__private::write_field(map, "webId", &self.web_id)?;
        rt::__private::write_extra(map, &self.extra)
    }
}

impl rt::serde::Serialize for SharepointIds {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> rt::Result<S::Ok, S::Error> {
        rt::__private::serialize_model(self, serializer)
    }
}

#[allow(deprecated)]
impl SharepointIds {
    /// Sets `listId`.
    pub fn list_id(mut self, list_id: rt::String) -> Self {
        self.list_id = rt::Some(list_id);
        self
    }
    /// Sets `listItemId`.
    pub fn list_item_id(mut self, list_item_id: rt::String) -> Self {
        self.list_item_id = rt::Some(list_item_id);
        self
    }
    /// Sets `listItemUniqueId`.
    pub fn list_item_unique_id(mut self, list_item_unique_id: rt::String) -> Self {
        self.list_item_unique_id = rt::Some(list_item_unique_id);
        self
    }
    /// Sets `siteId`.
    pub fn site_id(mut self, site_id: rt::String) -> Self {
        self.site_id = rt::Some(site_id);
        self
    }
    /// Sets `siteUrl`.
    pub fn site_url(mut self, site_url: rt::String) -> Self {
        self.site_url = rt::Some(site_url);
        self
    }
    /// Sets `tenantId`.
    pub fn tenant_id(mut self, tenant_id: rt::String) -> Self {
        self.tenant_id = rt::Some(tenant_id);
        self
    }
    /// Sets `webId`.
    pub fn web_id(mut self, web_id: rt::String) -> Self {
        self.web_id = rt::Some(web_id);
        self
    }
    /// Sets the JSON properties the spec does not know (`@odata.type` among them).
    pub fn extra(mut self, extra: rt::Map) -> Self {
        self.extra = extra;
        self
    }
}

/// An identity extended with its SharePoint sign-in name.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SharePointIdentity {
    /// `displayName`: The display name of the identity; it may not always be available or up to date.
    pub display_name: rt::Option<rt::String>,
    /// `id`: Unique identifier for the identity.
    pub id: rt::Option<rt::String>,
    /// `tenantId`: Unique identity of the tenant (optional).
    ///
    /// Published in: beta. Needs the `beta` feature.
    #[cfg(feature = "beta")]
    pub tenant_id: rt::Option<rt::String>,
    /// `loginName`: The sign-in name of the SharePoint identity.
    pub login_name: rt::Option<rt::String>,
    /// JSON properties the spec does not know (`@odata.*` and `@deprecated.*` annotations
    /// among them) and known properties sent as `null`, kept so that nothing is lost.
    pub extra: rt::Map,
}

#[allow(deprecated)]
impl rt::__private::ReadFields for SharePointIdentity {
    const NAME: &'static str = "sharePointIdentity";
    fn read_field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: rt::__private::Key<'de>,
        map: &mut A,
    ) -> rt::Result<(), A::Error> {
        match &*key {
            "displayName" => {
                rt::__private::read_field(
                    &mut self.display_name,
                    key,
                    map,
                    &mut self.extra,
                )
            }
            "id" => rt::__private::read_field(&mut self.id, key, map, &mut self.extra),
            #[cfg(feature = "beta")]
            "tenantId" => {
                rt::__private::read_field(&mut self.tenant_id, key, map, &mut self.extra)
            }
            "loginName" => {
                rt::__private::read_field(
                    &mut self.login_name,
                    key,
                    map,
                    &mut self.extra,
                )
            }
            _ => rt::__private::read_unknown(key, map, &mut self.extra),
        }
    }
}

impl<'de> rt::serde::Deserialize<'de> for SharePointIdentity {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> rt::Result<Self, D::Error> {
        rt::__private::deserialize_model(deserializer)
    }
}

#[allow(deprecated)]
impl rt::__private::WriteFields for SharePointIdentity {
    fn write_fields<S: rt::serde::ser::SerializeMap>(
        &self,
        map: &mut S,
    ) -> rt::Result<(), S::Error> {
        rt::__private::write_field(map, "displayName", &self.display_name)?;
        rt::__private::write_field(map, "id", &self.id)?;
        #[cfg(feature = "beta")]
        rt::__private::write_field(map, "tenantId", &self.tenant_id)?;
        rt::__private::write_field(map, "loginName", &self.login_name)?;
        rt::__private::write_extra(map, &self.extra)
    }
}

impl rt::serde::Serialize for SharePointIdentity {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> rt::Result<S::Ok, S::Error> {
        rt::__private::serialize_model(self, serializer)
    }
}

#[allow(deprecated)]
impl SharePointIdentity {
    /// Sets `displayName`.
    pub fn display_name(mut self, display_name: rt::String) -> Self {
        self.display_name = rt::Some(display_name);
        self
    }
    /// Sets `id`.
    pub fn id(mut self, id: rt::String) -> Self {
        self.id = rt::Some(id);
        self
    }
    /// Sets `tenantId`.
    #[cfg(feature = "beta")]
    pub fn tenant_id(mut self, tenant_id: rt::String) -> Self {
        self.tenant_id = rt::Some(tenant_id);
        self
    }
    /// Sets `loginName`.
    pub fn login_name(mut self, login_name: rt::String) -> Self {
        self.login_name = rt::Some(login_name);
        self
    }
    /// Sets the JSON properties the spec does not know (`@odata.type` among them).
    pub fn extra(mut self, extra: rt::Map) -> Self {
        self.extra = extra;
        self
    }
}

/// Information needed to address a driveItem or listItem.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ItemReference {
    /// `driveId`: Unique identifier of the drive that contains the item; only returned if the item is in a drive.
    ///
    /// Read-only.
    pub drive_id: rt::Option<rt::String>,
    /// `driveType`: The type of the drive that contains the item; only returned if the item is in a drive.
    pub drive_type: rt::Option<rt::String>,
    /// `id`: Unique identifier of the driveItem in the drive or of the listItem in the list.
    ///
    /// Read-only.
    pub id: rt::Option<rt::String>,
    /// `name`: The name of the item being referenced.
    ///
    /// Read-only.
    pub name: rt::Option<rt::String>,
    /// `path`: Percent-encoded path that can be used to navigate to the item.
    ///
    /// Read-only.
    pub path: rt::Option<rt::String>,
    /// `shareId`: A unique identifier for a shared resource that can be accessed via the shares API.
    pub share_id: rt::Option<rt::String>,
    /// `sharepointIds`: Returns identifiers useful for SharePoint REST compatibility.
    ///
    /// Read-only.
    pub sharepoint_ids: rt::Option<SharepointIds>,
    /// `siteId`: For OneDrive for Business and SharePoint, the id of the site that contains the item's parent document library or list; not set for OneDrive.
    pub site_id: rt::Option<rt::String>,
    /// JSON properties the spec does not know (`@odata.*` and `@deprecated.*` annotations
    /// among them) and known properties sent as `null`, kept so that nothing is lost.
    pub extra: rt::Map,
}

#[allow(deprecated)]
impl rt::__private::ReadFields for ItemReference {
    const NAME: &'static str = "itemReference";
    fn read_field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: rt::__private::Key<'de>,
        map: &mut A,
    ) -> rt::Result<(), A::Error> {
        match &*key {
            "driveId" => {
                rt::__private::read_field(&mut self.drive_id, key, map, &mut self.extra)
            }
            "driveType" => {
                rt::__private::read_field(
                    &mut self.drive_type,
                    key,
                    map,
                    &mut self.extra,
                )
            }
            "id" => rt::__private::read_field(&mut self.id, key, map, &mut self.extra),
            "name" => {
                rt::__private::read_field(&mut self.name, key, map, &mut self.extra)
            }
            "path" => {
                rt::__private::read_field(&mut self.path, key, map, &mut self.extra)
            }
            "shareId" => {
                rt::__private::read_field(&mut self.share_id, key, map, &mut self.extra)
            }
            "sharepointIds" => {
                rt::__private::read_field(
                    &mut self.sharepoint_ids,
                    key,
                    map,
                    &mut self.extra,
                )
            }
            "siteId" => {
                rt::__private::read_field(&mut self.site_id, key, map, &mut self.extra)
            }
            _ => rt::__private::read_unknown(key, map, &mut self.extra),
        }
    }
}

impl<'de> rt::serde::Deserialize<'de> for ItemReference {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> rt::Result<Self, D::Error> {
        rt::__private::deserialize_model(deserializer)
    }
}

#[allow(deprecated)]
impl rt::__private::WriteFields for ItemReference {
    fn write_fields<S: rt::serde::ser::SerializeMap>(
        &self,
        map: &mut S,
    ) -> rt::Result<(), S::Error> {
        rt::__private::write_field(map, "driveId", &self.drive_id)?;
        rt::__private::write_field(map, "driveType", &self.drive_type)?;
        rt::__private::write_field(map, "id", &self.id)?;
        rt::__private::write_field(map, "name", &self.name)?;
        rt::__private::write_field(map, "path", &self.path)?;
        rt::__private::write_field(map, "shareId", &self.share_id)?;
        rt::__private::write_field(map, "sharepointIds", &self.sharepoint_ids)?;
        rt::__private::write_field(map, "siteId", &self.site_id)?;
        rt::__private::write_extra(map, &self.extra)
    }
}

impl rt::serde::Serialize for ItemReference {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> rt::Result<S::Ok, S::Error> {
        rt::__private::serialize_model(self, serializer)
    }
}

#[allow(deprecated)]
impl ItemReference {
    /// Sets `driveId`.
    pub fn drive_id(mut self, drive_id: rt::String) -> Self {
        self.drive_id = rt::Some(drive_id);
        self
    }
    /// Sets `driveType`.
    pub fn drive_type(mut self, drive_type: rt::String) -> Self {
        self.drive_type = rt::Some(drive_type);
        self
    }
    /// Sets `id`.
    pub fn id(mut self, id: rt::String) -> Self {
        self.id = rt::Some(id);
        self
    }
    /// Sets `name`.
    pub fn name(mut self, name: rt::String) -> Self {
        self.name = rt::Some(name);
        self
    }
    /// Sets `path`.
    pub fn path(mut self, path: rt::String) -> Self {
        self.path = rt::Some(path);
        self
    }
    /// Sets `shareId`.
    pub fn share_id(mut self, share_id: rt::String) -> Self {
        self.share_id = rt::Some(share_id);
        self
    }
    /// Sets `sharepointIds`.
    pub fn sharepoint_ids(mut self, sharepoint_ids: SharepointIds) -> Self {
        self.sharepoint_ids = rt::Some(sharepoint_ids);
        self
    }
    /// Sets `siteId`.
    pub fn site_id(mut self, site_id: rt::String) -> Self {
        self.site_id = rt::Some(site_id);
        self
    }
    /// Sets the JSON properties the spec does not know (`@odata.type` among them).
    pub fn extra(mut self, extra: rt::Map) -> Self {
        self.extra = extra;
        self
    }
}

/// A person, group or other recipient to share with; exactly one of alias, email and objectId is set.
///
/// Exactly one of `alias`, `email`, `object_id` is set.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DriveRecipient {
    /// `alias`: The alias of the domain object, for cases where an email address is unavailable (e.g. security groups).
    pub alias: rt::Option<rt::String>,
    /// `email`: The email address of the recipient, if the recipient has one.
    pub email: rt::Option<rt::String>,
    /// `objectId`: The unique identifier of the recipient in the directory.
    pub object_id: rt::Option<rt::String>,
    /// JSON properties the spec does not know (`@odata.*` and `@deprecated.*` annotations
    /// among them) and known properties sent as `null`, kept so that nothing is lost.
    pub extra: rt::Map,
}

#[allow(deprecated)]
impl rt::__private::ReadFields for DriveRecipient {
    const NAME: &'static str = "driveRecipient";
    fn read_field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: rt::__private::Key<'de>,
        map: &mut A,
    ) -> rt::Result<(), A::Error> {
        match &*key {
            "alias" => {
                rt::__private::read_field(&mut self.alias, key, map, &mut self.extra)
            }
            "email" => {
                rt::__private::read_field(&mut self.email, key, map, &mut self.extra)
            }
            "objectId" => {
                rt::__private::read_field(&mut self.object_id, key, map, &mut self.extra)
            }
            _ => rt::__private::read_unknown(key, map, &mut self.extra),
        }
    }
}

impl<'de> rt::serde::Deserialize<'de> for DriveRecipient {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> rt::Result<Self, D::Error> {
        rt::__private::deserialize_model(deserializer)
    }
}

#[allow(deprecated)]
impl rt::__private::WriteFields for DriveRecipient {
    fn write_fields<S: rt::serde::ser::SerializeMap>(
        &self,
        map: &mut S,
    ) -> rt::Result<(), S::Error> {
        rt::__private::write_field(map, "alias", &self.alias)?;
        rt::__private::write_field(map, "email", &self.email)?;
        rt::__private::write_field(map, "objectId", &self.object_id)?;
        rt::__private::write_extra(map, &self.extra)
    }
}

impl rt::serde::Serialize for DriveRecipient {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> rt::Result<S::Ok, S::Error> {
        rt::__private::serialize_model(self, serializer)
    }
}

impl DriveRecipient {
    /// A `driveRecipient` given by its `alias`.
    pub fn from_alias(alias: rt::String) -> Self {
        Self {
            alias: rt::Some(alias),
            ..rt::Default::default()
        }
    }
    /// A `driveRecipient` given by its `email`.
    pub fn from_email(email: rt::String) -> Self {
        Self {
            email: rt::Some(email),
            ..rt::Default::default()
        }
    }
    /// A `driveRecipient` given by its `objectId`.
    pub fn from_object_id(object_id: rt::String) -> Self {
        Self {
            object_id: rt::Some(object_id),
            ..rt::Default::default()
        }
    }
}

#[allow(deprecated)]
impl DriveRecipient {
    /// Sets `alias`.
    pub fn alias(mut self, alias: rt::String) -> Self {
        self.alias = rt::Some(alias);
        self
    }
    /// Sets `email`.
    pub fn email(mut self, email: rt::String) -> Self {
        self.email = rt::Some(email);
        self
    }
    /// Sets `objectId`.
    pub fn object_id(mut self, object_id: rt::String) -> Self {
        self.object_id = rt::Some(object_id);
        self
    }
    /// Sets the JSON properties the spec does not know (`@odata.type` among them).
    pub fn extra(mut self, extra: rt::Map) -> Self {
        self.extra = extra;
        self
    }
}
