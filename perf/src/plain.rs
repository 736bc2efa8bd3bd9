//! The baseline of the decoding figures: plain `#[derive(Deserialize, Serialize)]` structs with
//! the same fields as the generated models, which drop what they do not know.

use serde::{Deserialize, Serialize};

#[derive(Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Permission {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub granted_to: Option<IdentitySet>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub granted_to_identities: Option<Vec<IdentitySet>>,
    #[serde(rename = "grantedToV2", skip_serializing_if = "Option::is_none")]
    pub granted_to_v2: Option<SharePointIdentitySet>,
    #[serde(
        rename = "grantedToIdentitiesV2",
        skip_serializing_if = "Option::is_none"
    )]
    pub granted_to_identities_v2: Option<Vec<SharePointIdentitySet>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub has_password: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expiration_date_time: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub inherited_from: Option<ItemReference>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub invitation: Option<SharingInvitation>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub link: Option<SharingLink>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub roles: Option<Vec<Role>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub share_id: Option<String>,
}

#[derive(Deserialize, Serialize)]
pub enum Role {
    #[serde(rename = "read")]
    Read,
    #[serde(rename = "write")]
    Write,
    #[serde(rename = "owner")]
    Owner,
    #[serde(rename = "sp.owner")]
    SpOwner,
    #[serde(rename = "sp.member")]
    SpMember,
    #[serde(other)]
    Unknown,
}

#[derive(Deserialize, Serialize)]
pub enum LinkType {
    #[serde(rename = "view")]
    View,
    #[serde(rename = "edit")]
    Edit,
    #[serde(rename = "embed")]
    Embed,
    #[serde(other)]
    Unknown,
}

#[derive(Deserialize, Serialize)]
pub enum LinkScope {
    #[serde(rename = "anonymous")]
    Anonymous,
    #[serde(rename = "organization")]
    Organization,
    #[serde(rename = "users")]
    Users,
    #[serde(rename = "existingAccess")]
    ExistingAccess,
    #[serde(other)]
    Unknown,
}

#[derive(Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Identity {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
}

#[derive(Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SharePointIdentity {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub login_name: Option<String>,
}

#[derive(Deserialize, Serialize)]
pub struct IdentitySet {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub application: Option<Identity>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub device: Option<Identity>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user: Option<Identity>,
}

#[derive(Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SharePointIdentitySet {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub application: Option<Identity>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub device: Option<Identity>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user: Option<Identity>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group: Option<Identity>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub site_user: Option<SharePointIdentity>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub site_group: Option<SharePointIdentity>,
}

#[derive(Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ItemReference {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub drive_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub drive_type: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub share_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub site_id: Option<String>,
}

#[derive(Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SharingInvitation {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub invited_by: Option<IdentitySet>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sign_in_required: Option<bool>,
}

#[derive(Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SharingLink {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub application: Option<Identity>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prevents_download: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scope: Option<LinkScope>,
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub link_type: Option<LinkType>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub web_html: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub web_url: Option<String>,
}

#[derive(Deserialize, Serialize)]
pub struct Page {
    pub value: Vec<Permission>,
}
