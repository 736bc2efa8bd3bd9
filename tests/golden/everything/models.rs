// Generated from tests/fixtures/specs/everything.yaml by graph-permissions-codegen. Do not edit: change the spec
// and run `cargo run -p graph-permissions-codegen -- generate`.

//! The resources and enumerations of Everything fixture.

use ::graph_permissions::rt as rt;

/// How a document is shared.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Mode {
    /// `self`: Only the owner can see the document.
    Self_,
    /// `shared`: People the owner chose can see the document.
    Shared,
    /// `sp.owner`: The SharePoint owners of the site can see the document.
    SpOwner,
    /// `review`: Reviewers can see the document.
    ///
    /// Published in: beta. Needs the `beta` feature.
    #[cfg(feature = "beta")]
    Review,
    /// A value this spec does not know, kept exactly as Graph sent it.
    Unknown(rt::String),
}

impl Mode {
    /// The value as Graph spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Self_ => "self",
            Self::Shared => "shared",
            Self::SpOwner => "sp.owner",
            #[cfg(feature = "beta")]
            Self::Review => "review",
            Self::Unknown(value) => value,
        }
    }
}

impl rt::WireEnum for Mode {
    fn from_wire(value: &str) -> Self {
        match value {
            "self" => Self::Self_,
            "shared" => Self::Shared,
            "sp.owner" => Self::SpOwner,
            #[cfg(feature = "beta")]
            "review" => Self::Review,
            _ => Self::Unknown(rt::String::from(value)),
        }
    }
}

impl rt::fmt::Display for Mode {
    fn fmt(&self, f: &mut rt::fmt::Formatter<'_>) -> rt::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl rt::serde::Serialize for Mode {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> rt::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> rt::serde::Deserialize<'de> for Mode {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> rt::Result<Self, D::Error> {
        rt::__private::deserialize_enum(deserializer)
    }
}

/// A level of confidentiality.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Level {
    /// `public`: Anyone may read it.
    Public,
    /// `secret`: Only the named people may read it.
    Secret,
    /// `confidential`
    Confidential,
    /// A value this spec does not know, kept exactly as Graph sent it.
    Unknown(rt::String),
}

impl Level {
    /// The value as Graph spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Public => "public",
            Self::Secret => "secret",
            Self::Confidential => "confidential",
            Self::Unknown(value) => value,
        }
    }
}

impl rt::WireEnum for Level {
    fn from_wire(value: &str) -> Self {
        match value {
            "public" => Self::Public,
            "secret" => Self::Secret,
            "confidential" => Self::Confidential,
            _ => Self::Unknown(rt::String::from(value)),
        }
    }
}

impl rt::fmt::Display for Level {
    fn fmt(&self, f: &mut rt::fmt::Formatter<'_>) -> rt::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl rt::serde::Serialize for Level {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> rt::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> rt::serde::Deserialize<'de> for Level {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> rt::Result<Self, D::Error> {
        rt::__private::deserialize_enum(deserializer)
    }
}

/// The values of `preference` that the spec knows; Graph may send others.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Preference {
    /// `redeemSharingLink`: Redeem the sharing link, granting lasting access.
    RedeemSharingLink,
    /// `redeemSharingLinkIfNecessary`: Redeem the sharing link only for this request.
    RedeemSharingLinkIfNecessary,
    /// A value this spec does not know, kept exactly as Graph sent it.
    Unknown(rt::String),
}

impl Preference {
    /// The value as Graph spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::RedeemSharingLink => "redeemSharingLink",
            Self::RedeemSharingLinkIfNecessary => "redeemSharingLinkIfNecessary",
            Self::Unknown(value) => value,
        }
    }
}

impl rt::WireEnum for Preference {
    fn from_wire(value: &str) -> Self {
        match value {
            "redeemSharingLink" => Self::RedeemSharingLink,
            "redeemSharingLinkIfNecessary" => Self::RedeemSharingLinkIfNecessary,
            _ => Self::Unknown(rt::String::from(value)),
        }
    }
}

impl rt::fmt::Display for Preference {
    fn fmt(&self, f: &mut rt::fmt::Formatter<'_>) -> rt::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl rt::serde::Serialize for Preference {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> rt::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> rt::serde::Deserialize<'de> for Preference {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> rt::Result<Self, D::Error> {
        rt::__private::deserialize_enum(deserializer)
    }
}

/// The `entity` resource.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct Entity {
    /// `id`: The unique identifier.
    ///
    /// Read-only.
    pub id: rt::Option<rt::String>,
    /// JSON properties the spec does not know (`@odata.*` and `@deprecated.*` annotations
    /// among them) and known properties sent as `null`, kept so that nothing is lost.
    pub extra: rt::Map,
}

#[allow(deprecated)]
impl rt::__private::ReadFields for Entity {
    const NAME: &'static str = "entity";
    fn read_field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: rt::__private::Key<'de>,
        map: &mut A,
    ) -> rt::Result<(), A::Error> {
        match &*key {
            "id" => rt::__private::read_field(&mut self.id, key, map, &mut self.extra),
            _ => rt::__private::read_unknown(key, map, &mut self.extra),
        }
    }
}

impl<'de> rt::serde::Deserialize<'de> for Entity {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> rt::Result<Self, D::Error> {
        rt::__private::deserialize_model(deserializer)
    }
}

#[allow(deprecated)]
impl rt::__private::WriteFields for Entity {
    fn write_fields<S: rt::serde::ser::SerializeMap>(
        &self,
        map: &mut S,
    ) -> rt::Result<(), S::Error> {
        rt::__private::write_field(map, "id", &self.id)?;
        rt::__private::write_extra(map, &self.extra)
    }
}

impl rt::serde::Serialize for Entity {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> rt::Result<S::Ok, S::Error> {
        rt::__private::serialize_model(self, serializer)
    }
}

#[allow(deprecated)]
impl Entity {
    /// Sets `id`.
    pub fn id(mut self, id: rt::String) -> Self {
        self.id = rt::Some(id);
        self
    }
    /// Sets the JSON properties the spec does not know (`@odata.type` among them).
    pub fn extra(mut self, extra: rt::Map) -> Self {
        self.extra = extra;
        self
    }
}

/// An entity with a name and a size.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct Item {
    /// `id`: The unique identifier.
    ///
    /// Read-only.
    pub id: rt::Option<rt::String>,
    /// `name`: The name of the item.
    pub name: rt::Option<rt::String>,
    /// `size`: The size in bytes.
    ///
    /// Read-only.
    pub size: rt::Option<i64>,
    /// JSON properties the spec does not know (`@odata.*` and `@deprecated.*` annotations
    /// among them) and known properties sent as `null`, kept so that nothing is lost.
    pub extra: rt::Map,
}

#[allow(deprecated)]
impl rt::__private::ReadFields for Item {
    const NAME: &'static str = "item";
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
            "size" => {
                rt::__private::read_field(&mut self.size, key, map, &mut self.extra)
            }
            _ => rt::__private::read_unknown(key, map, &mut self.extra),
        }
    }
}

impl<'de> rt::serde::Deserialize<'de> for Item {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> rt::Result<Self, D::Error> {
        rt::__private::deserialize_model(deserializer)
    }
}

#[allow(deprecated)]
impl rt::__private::WriteFields for Item {
    fn write_fields<S: rt::serde::ser::SerializeMap>(
        &self,
        map: &mut S,
    ) -> rt::Result<(), S::Error> {
        rt::__private::write_field(map, "id", &self.id)?;
        rt::__private::write_field(map, "name", &self.name)?;
        rt::__private::write_field(map, "size", &self.size)?;
        rt::__private::write_extra(map, &self.extra)
    }
}

impl rt::serde::Serialize for Item {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> rt::Result<S::Ok, S::Error> {
        rt::__private::serialize_model(self, serializer)
    }
}

#[allow(deprecated)]
impl Item {
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
    /// Sets `size`.
    pub fn size(mut self, size: i64) -> Self {
        self.size = rt::Some(size);
        self
    }
    /// Sets the JSON properties the spec does not know (`@odata.type` among them).
    pub fn extra(mut self, extra: rt::Map) -> Self {
        self.extra = extra;
        self
    }
}

/// Someone to share with; exactly one of email and objectId is set.
///
/// Exactly one of `email`, `object_id` is set.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct Recipient {
    /// `email`: The email address of the recipient.
    pub email: rt::Option<rt::String>,
    /// `objectId`: The directory identifier of the recipient.
    pub object_id: rt::Option<rt::String>,
    /// JSON properties the spec does not know (`@odata.*` and `@deprecated.*` annotations
    /// among them) and known properties sent as `null`, kept so that nothing is lost.
    pub extra: rt::Map,
}

#[allow(deprecated)]
impl rt::__private::ReadFields for Recipient {
    const NAME: &'static str = "recipient";
    fn read_field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: rt::__private::Key<'de>,
        map: &mut A,
    ) -> rt::Result<(), A::Error> {
        match &*key {
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

impl<'de> rt::serde::Deserialize<'de> for Recipient {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> rt::Result<Self, D::Error> {
        rt::__private::deserialize_model(deserializer)
    }
}

#[allow(deprecated)]
impl rt::__private::WriteFields for Recipient {
    fn write_fields<S: rt::serde::ser::SerializeMap>(
        &self,
        map: &mut S,
    ) -> rt::Result<(), S::Error> {
        rt::__private::write_field(map, "email", &self.email)?;
        rt::__private::write_field(map, "objectId", &self.object_id)?;
        rt::__private::write_extra(map, &self.extra)
    }
}

impl rt::serde::Serialize for Recipient {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> rt::Result<S::Ok, S::Error> {
        rt::__private::serialize_model(self, serializer)
    }
}

impl Recipient {
    /// A `recipient` given by its `email`.
    pub fn from_email(email: rt::String) -> Self {
        Self {
            email: rt::Some(email),
            ..rt::Default::default()
        }
    }
    /// A `recipient` given by its `objectId`.
    pub fn from_object_id(object_id: rt::String) -> Self {
        Self {
            object_id: rt::Some(object_id),
            ..rt::Default::default()
        }
    }
}

#[allow(deprecated)]
impl Recipient {
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

/// A document, which is an item, which is an entity.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct Document {
    /// `id`: The unique identifier.
    ///
    /// Read-only.
    pub id: rt::Option<rt::String>,
    /// `name`: The name of the item.
    pub name: rt::Option<rt::String>,
    /// `size`: The size in bytes.
    ///
    /// Read-only.
    pub size: rt::Option<i64>,
    /// `type`: How the document is shared.
    pub r#type: rt::Option<Mode>,
    /// `async`: Whether the document is still being written.
    pub r#async: rt::Option<bool>,
    /// `pageCount`: The number of pages.
    pub page_count: rt::Option<i32>,
    /// `score`: A relevance score.
    pub score: rt::Option<f64>,
    /// `createdDateTime`: When the document was created.
    ///
    /// Read-only.
    pub created_date_time: rt::Option<rt::DateTimeOffset>,
    /// `parent`: The document this one was copied from.
    pub parent: rt::Option<rt::Box<Document>>,
    /// `children`: The documents copied from this one.
    pub children: rt::Option<rt::Vec<Document>>,
    /// `tags`: Free-form tags.
    pub tags: rt::Option<rt::Vec<rt::String>>,
    /// `levels`: The confidentiality levels that apply.
    pub levels: rt::Option<rt::Vec<Level>>,
    /// `owner`: Who owns the document.
    ///
    /// Deprecated: use `owner_v2`.
    #[deprecated(note = "Owner is deprecated. Use ownerV2 (use `owner_v2`)")]
    pub owner: rt::Option<Recipient>,
    /// `legacyOwner`: The owner's name, as older clients wrote it.
    ///
    /// Read-only. Deprecated: use `owner_v2`.
    #[deprecated(note = "use `owner_v2`")]
    pub legacy_owner: rt::Option<rt::String>,
    /// `ownerV2`: Who owns the document.
    pub owner_v2: rt::Option<Recipient>,
    /// `sharedWith`: Who the document is shared with.
    pub shared_with: rt::Option<rt::Vec<Recipient>>,
    /// `reviewers`: Who reviews the document.
    ///
    /// Published in: beta. Needs the `beta` feature.
    #[cfg(feature = "beta")]
    pub reviewers: rt::Option<rt::Vec<Recipient>>,
    /// JSON properties the spec does not know (`@odata.*` and `@deprecated.*` annotations
    /// among them) and known properties sent as `null`, kept so that nothing is lost.
    pub extra: rt::Map,
}

#[allow(deprecated)]
impl rt::__private::ReadFields for Document {
    const NAME: &'static str = "document";
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
            "size" => {
                rt::__private::read_field(&mut self.size, key, map, &mut self.extra)
            }
            "type" => {
                rt::__private::read_field(&mut self.r#type, key, map, &mut self.extra)
            }
            "async" => {
                rt::__private::read_field(&mut self.r#async, key, map, &mut self.extra)
            }
            "pageCount" => {
                rt::__private::read_field(
                    &mut self.page_count,
                    key,
                    map,
                    &mut self.extra,
                )
            }
            "score" => {
                rt::__private::read_field(&mut self.score, key, map, &mut self.extra)
            }
            "createdDateTime" => {
                rt::__private::read_field(
                    &mut self.created_date_time,
                    key,
                    map,
                    &mut self.extra,
                )
            }
            "parent" => {
                rt::__private::read_field(&mut self.parent, key, map, &mut self.extra)
            }
            "children" => {
                rt::__private::read_field(&mut self.children, key, map, &mut self.extra)
            }
            "tags" => {
                rt::__private::read_field(&mut self.tags, key, map, &mut self.extra)
            }
            "levels" => {
                rt::__private::read_field(&mut self.levels, key, map, &mut self.extra)
            }
            "owner" => {
                rt::__private::read_field(&mut self.owner, key, map, &mut self.extra)
            }
            "legacyOwner" => {
                rt::__private::read_field(
                    &mut self.legacy_owner,
                    key,
                    map,
                    &mut self.extra,
                )
            }
            "ownerV2" => {
                rt::__private::read_field(&mut self.owner_v2, key, map, &mut self.extra)
            }
            "sharedWith" => {
                rt::__private::read_field(
                    &mut self.shared_with,
                    key,
                    map,
                    &mut self.extra,
                )
            }
            #[cfg(feature = "beta")]
            "reviewers" => {
                rt::__private::read_field(&mut self.reviewers, key, map, &mut self.extra)
            }
            _ => rt::__private::read_unknown(key, map, &mut self.extra),
        }
    }
}

impl<'de> rt::serde::Deserialize<'de> for Document {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> rt::Result<Self, D::Error> {
        rt::__private::deserialize_model(deserializer)
    }
}

#[allow(deprecated)]
impl rt::__private::WriteFields for Document {
    fn write_fields<S: rt::serde::ser::SerializeMap>(
        &self,
        map: &mut S,
    ) -> rt::Result<(), S::Error> {
        rt::__private::write_field(map, "id", &self.id)?;
        rt::__private::write_field(map, "name", &self.name)?;
        rt::__private::write_field(map, "size", &self.size)?;
        rt::__private::write_field(map, "type", &self.r#type)?;
        rt::__private::write_field(map, "async", &self.r#async)?;
        rt::__private::write_field(map, "pageCount", &self.page_count)?;
        rt::__private::write_field(map, "score", &self.score)?;
        rt::__private::write_field(map, "createdDateTime", &self.created_date_time)?;
        rt::__private::write_field(map, "parent", &self.parent)?;
        rt::__private::write_field(map, "children", &self.children)?;
        rt::__private::write_field(map, "tags", &self.tags)?;
        rt::__private::write_field(map, "levels", &self.levels)?;
        rt::__private::write_field(map, "owner", &self.owner)?;
        rt::__private::write_field(map, "legacyOwner", &self.legacy_owner)?;
        rt::__private::write_field(map, "ownerV2", &self.owner_v2)?;
        rt::__private::write_field(map, "sharedWith", &self.shared_with)?;
        #[cfg(feature = "beta")]
        rt::__private::write_field(map, "reviewers", &self.reviewers)?;
        rt::__private::write_extra(map, &self.extra)
    }
}

impl rt::serde::Serialize for Document {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> rt::Result<S::Ok, S::Error> {
        rt::__private::serialize_model(self, serializer)
    }
}

#[allow(deprecated)]
impl Document {
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
    /// Sets `size`.
    pub fn size(mut self, size: i64) -> Self {
        self.size = rt::Some(size);
        self
    }
    /// Sets `type`.
    pub fn r#type(mut self, r#type: Mode) -> Self {
        self.r#type = rt::Some(r#type);
        self
    }
    /// Sets `async`.
    pub fn r#async(mut self, r#async: bool) -> Self {
        self.r#async = rt::Some(r#async);
        self
    }
    /// Sets `pageCount`.
    pub fn page_count(mut self, page_count: i32) -> Self {
        self.page_count = rt::Some(page_count);
        self
    }
    /// Sets `score`.
    pub fn score(mut self, score: f64) -> Self {
        self.score = rt::Some(score);
        self
    }
    /// Sets `createdDateTime`.
    pub fn created_date_time(mut self, created_date_time: rt::DateTimeOffset) -> Self {
        self.created_date_time = rt::Some(created_date_time);
        self
    }
    /// Sets `parent`.
    pub fn parent(mut self, parent: rt::Box<Document>) -> Self {
        self.parent = rt::Some(parent);
        self
    }
    /// Sets `children`.
    pub fn children(mut self, children: rt::Vec<Document>) -> Self {
        self.children = rt::Some(children);
        self
    }
    /// Sets `tags`.
    pub fn tags(mut self, tags: rt::Vec<rt::String>) -> Self {
        self.tags = rt::Some(tags);
        self
    }
    /// Sets `levels`.
    pub fn levels(mut self, levels: rt::Vec<Level>) -> Self {
        self.levels = rt::Some(levels);
        self
    }
    /// Sets `owner`.
    #[deprecated(note = "Owner is deprecated. Use ownerV2 (use `owner_v2`)")]
    pub fn owner(mut self, owner: Recipient) -> Self {
        self.owner = rt::Some(owner);
        self
    }
    /// Sets `legacyOwner`.
    #[deprecated(note = "use `owner_v2`")]
    pub fn legacy_owner(mut self, legacy_owner: rt::String) -> Self {
        self.legacy_owner = rt::Some(legacy_owner);
        self
    }
    /// Sets `ownerV2`.
    pub fn owner_v2(mut self, owner_v2: Recipient) -> Self {
        self.owner_v2 = rt::Some(owner_v2);
        self
    }
    /// Sets `sharedWith`.
    pub fn shared_with(mut self, shared_with: rt::Vec<Recipient>) -> Self {
        self.shared_with = rt::Some(shared_with);
        self
    }
    /// Sets `reviewers`.
    #[cfg(feature = "beta")]
    pub fn reviewers(mut self, reviewers: rt::Vec<Recipient>) -> Self {
        self.reviewers = rt::Some(reviewers);
        self
    }
    /// Sets the JSON properties the spec does not know (`@odata.type` among them).
    pub fn extra(mut self, extra: rt::Map) -> Self {
        self.extra = extra;
        self
    }
}

/// The kinds of `document`, told by which facets are present.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DocumentKind {
    /// `shared`: told by `sharedWith` or `reviewers`. A shared document lists who it is shared with.
    Shared,
    /// `owned`: told by `ownerV2` or `owner`. An owned document names its owner.
    Owned,
}

impl Document {
    /// What kind of `document` this is: the kind of the first facet present, in this order: `sharedWith`, `reviewers`, `ownerV2`, `owner`.
    ///
    /// `None` when no facet is present.
    #[allow(deprecated)]
    pub fn kind(&self) -> rt::Option<DocumentKind> {
        if self.shared_with.is_some() {
            return rt::Some(DocumentKind::Shared);
        }
        #[cfg(feature = "beta")]
        if self.reviewers.is_some() {
            return rt::Some(DocumentKind::Shared);
        }
        if self.owner_v2.is_some() {
            return rt::Some(DocumentKind::Owned);
        }
        if self.owner.is_some() {
            return rt::Some(DocumentKind::Owned);
        }
        rt::None
    }
}

/// The properties of [`Document`], for `$select`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DocumentField {
    /// `id`
    Id,
    /// `name`
    Name,
    /// `size`
    Size,
    /// `type`
    Type,
    /// `async`
    Async,
    /// `pageCount`
    PageCount,
    /// `score`
    Score,
    /// `createdDateTime`
    CreatedDateTime,
    /// `parent`
    Parent,
    /// `children`
    Children,
    /// `tags`
    Tags,
    /// `levels`
    Levels,
    /// `owner`
    Owner,
    /// `legacyOwner`
    LegacyOwner,
    /// `ownerV2`
    OwnerV2,
    /// `sharedWith`
    SharedWith,
    /// `reviewers`
    #[cfg(feature = "beta")]
    Reviewers,
}

impl rt::FieldName for DocumentField {
    fn as_str(self) -> &'static str {
        match self {
            Self::Id => "id",
            Self::Name => "name",
            Self::Size => "size",
            Self::Type => "type",
            Self::Async => "async",
            Self::PageCount => "pageCount",
            Self::Score => "score",
            Self::CreatedDateTime => "createdDateTime",
            Self::Parent => "parent",
            Self::Children => "children",
            Self::Tags => "tags",
            Self::Levels => "levels",
            Self::Owner => "owner",
            Self::LegacyOwner => "legacyOwner",
            Self::OwnerV2 => "ownerV2",
            Self::SharedWith => "sharedWith",
            #[cfg(feature = "beta")]
            Self::Reviewers => "reviewers",
        }
    }
}
