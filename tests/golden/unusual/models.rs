// Generated from tests/fixtures/specs/unusual.yaml by graph-permissions-codegen. Do not edit: change the spec
// and run `cargo run -p graph-permissions-codegen -- generate`.

//! The resources and enumerations of Unusual fixture: "quotes", {braces} and `ticks`.

use ::graph_permissions::rt as rt;

/// An enum named like std's `Result`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Result {
    /// `Ok`: Fine.
    Ok,
    /// `Err`: Not fine.
    Err,
    /// `self`: A value named like a keyword.
    Self_,
    /// `type`: Another keyword.
    Type,
    /// `1st`: A value that starts with a digit.
    _1st,
    /// `größe`: A value that is not ASCII.
    Größe,
    /// `Some`: Named like `Option::Some`.
    Some,
    /// `None`: Named like `Option::None`.
    None,
    /// A value this spec does not know, kept exactly as Graph sent it.
    Unknown(rt::String),
}

impl Result {
    /// The value as Graph spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ok => "Ok",
            Self::Err => "Err",
            Self::Self_ => "self",
            Self::Type => "type",
            Self::_1st => "1st",
            Self::Größe => "größe",
            Self::Some => "Some",
            Self::None => "None",
            Self::Unknown(value) => value,
        }
    }
}

impl rt::WireEnum for Result {
    fn from_wire(value: &str) -> Self {
        match value {
            "Ok" => Self::Ok,
            "Err" => Self::Err,
            "self" => Self::Self_,
            "type" => Self::Type,
            "1st" => Self::_1st,
            "größe" => Self::Größe,
            "Some" => Self::Some,
            "None" => Self::None,
            _ => Self::Unknown(rt::String::from(value)),
        }
    }
}

impl rt::fmt::Display for Result {
    fn fmt(&self, f: &mut rt::fmt::Formatter<'_>) -> rt::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl rt::serde::Serialize for Result {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> rt::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> rt::serde::Deserialize<'de> for Result {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> rt::Result<Self, D::Error> {
        rt::__private::deserialize_enum(deserializer)
    }
}

/// An enum named like a keyword.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Type {
    /// `crate`: A keyword value.
    Crate,
    /// `async`: Another one.
    Async,
    /// `match`: And another.
    Match,
    /// A value this spec does not know, kept exactly as Graph sent it.
    Unknown(rt::String),
}

impl Type {
    /// The value as Graph spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Crate => "crate",
            Self::Async => "async",
            Self::Match => "match",
            Self::Unknown(value) => value,
        }
    }
}

impl rt::WireEnum for Type {
    fn from_wire(value: &str) -> Self {
        match value {
            "crate" => Self::Crate,
            "async" => Self::Async,
            "match" => Self::Match,
            _ => Self::Unknown(rt::String::from(value)),
        }
    }
}

impl rt::fmt::Display for Type {
    fn fmt(&self, f: &mut rt::fmt::Formatter<'_>) -> rt::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl rt::serde::Serialize for Type {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> rt::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> rt::serde::Deserialize<'de> for Type {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> rt::Result<Self, D::Error> {
        rt::__private::deserialize_enum(deserializer)
    }
}

/// An enum whose name is not ASCII.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum 日本 {
    /// `東京`: The capital.
    東京,
    /// `大阪`: Another city.
    大阪,
    /// A value this spec does not know, kept exactly as Graph sent it.
    Unknown(rt::String),
}

impl 日本 {
    /// The value as Graph spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::東京 => "東京",
            Self::大阪 => "大阪",
            Self::Unknown(value) => value,
        }
    }
}

impl rt::WireEnum for 日本 {
    fn from_wire(value: &str) -> Self {
        match value {
            "東京" => Self::東京,
            "大阪" => Self::大阪,
            _ => Self::Unknown(rt::String::from(value)),
        }
    }
}

impl rt::fmt::Display for 日本 {
    fn fmt(&self, f: &mut rt::fmt::Formatter<'_>) -> rt::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl rt::serde::Serialize for 日本 {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> rt::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> rt::serde::Deserialize<'de> for 日本 {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> rt::Result<Self, D::Error> {
        rt::__private::deserialize_enum(deserializer)
    }
}

/// A resource named like std's `Option`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct Option {
    /// `Some`: A property named like `Option::Some`.
    pub some: rt::Option<rt::String>,
    /// `None`: A property named like `Option::None`.
    pub none: rt::Option<bool>,
    /// JSON properties the spec does not know (`@odata.*` and `@deprecated.*` annotations
    /// among them) and known properties sent as `null`, kept so that nothing is lost.
    pub extra: rt::Map,
}

#[allow(deprecated)]
impl rt::__private::ReadFields for Option {
    const NAME: &'static str = "Option";
    fn read_field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: rt::__private::Key<'de>,
        map: &mut A,
    ) -> rt::Result<(), A::Error> {
        match &*key {
            "Some" => {
                rt::__private::read_field(&mut self.some, key, map, &mut self.extra)
            }
            "None" => {
                rt::__private::read_field(&mut self.none, key, map, &mut self.extra)
            }
            _ => rt::__private::read_unknown(key, map, &mut self.extra),
        }
    }
}

impl<'de> rt::serde::Deserialize<'de> for Option {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> rt::Result<Self, D::Error> {
        rt::__private::deserialize_model(deserializer)
    }
}

#[allow(deprecated)]
impl rt::__private::WriteFields for Option {
    fn write_fields<S: rt::serde::ser::SerializeMap>(
        &self,
        map: &mut S,
    ) -> rt::Result<(), S::Error> {
        rt::__private::write_field(map, "Some", &self.some)?;
        rt::__private::write_field(map, "None", &self.none)?;
        rt::__private::write_extra(map, &self.extra)
    }
}

impl rt::serde::Serialize for Option {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> rt::Result<S::Ok, S::Error> {
        rt::__private::serialize_model(self, serializer)
    }
}

#[allow(deprecated)]
impl Option {
    /// Sets `Some`.
    pub fn some(mut self, some: rt::String) -> Self {
        self.some = rt::Some(some);
        self
    }
    /// Sets `None`.
    pub fn none(mut self, none: bool) -> Self {
        self.none = rt::Some(none);
        self
    }
    /// Sets the JSON properties the spec does not know (`@odata.type` among them).
    pub fn extra(mut self, extra: rt::Map) -> Self {
        self.extra = extra;
        self
    }
}

/// The properties of [`Option`], for `$select`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum OptionField {
    /// `Some`
    Some,
    /// `None`
    None,
}

impl rt::FieldName for OptionField {
    fn as_str(self) -> &'static str {
        match self {
            Self::Some => "Some",
            Self::None => "None",
        }
    }
}

/// A resource named like std's `String`. Its description holds Markdown code that must not
/// become a doc test:
///
/// ```text
/// this is not Rust { at all
/// ```
///
/// ```text
/// neither is this indented block (
/// ```
/// nor [a link], [`Vec`] or <https://example.com>.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct String {
    /// `value`: A property named `value`, of the type `String` (the spec's, not std's).
    pub value: rt::Option<rt::String>,
    /// `len`: The length.
    pub len: rt::Option<i32>,
    /// JSON properties the spec does not know (`@odata.*` and `@deprecated.*` annotations
    /// among them) and known properties sent as `null`, kept so that nothing is lost.
    pub extra: rt::Map,
}

#[allow(deprecated)]
impl rt::__private::ReadFields for String {
    const NAME: &'static str = "String";
    fn read_field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: rt::__private::Key<'de>,
        map: &mut A,
    ) -> rt::Result<(), A::Error> {
        match &*key {
            "value" => {
                rt::__private::read_field(&mut self.value, key, map, &mut self.extra)
            }
            "len" => rt::__private::read_field(&mut self.len, key, map, &mut self.extra),
            _ => rt::__private::read_unknown(key, map, &mut self.extra),
        }
    }
}

impl<'de> rt::serde::Deserialize<'de> for String {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> rt::Result<Self, D::Error> {
        rt::__private::deserialize_model(deserializer)
    }
}

#[allow(deprecated)]
impl rt::__private::WriteFields for String {
    fn write_fields<S: rt::serde::ser::SerializeMap>(
        &self,
        map: &mut S,
    ) -> rt::Result<(), S::Error> {
        rt::__private::write_field(map, "value", &self.value)?;
        rt::__private::write_field(map, "len", &self.len)?;
        rt::__private::write_extra(map, &self.extra)
    }
}

impl rt::serde::Serialize for String {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> rt::Result<S::Ok, S::Error> {
        rt::__private::serialize_model(self, serializer)
    }
}

#[allow(deprecated)]
impl String {
    /// Sets `value`.
    pub fn value(mut self, value: rt::String) -> Self {
        self.value = rt::Some(value);
        self
    }
    /// Sets `len`.
    pub fn len(mut self, len: i32) -> Self {
        self.len = rt::Some(len);
        self
    }
    /// Sets the JSON properties the spec does not know (`@odata.type` among them).
    pub fn extra(mut self, extra: rt::Map) -> Self {
        self.extra = extra;
        self
    }
}

/// A resource named like std's `Vec`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct Vec {
    /// `items`: Strings of the spec, after a tab.
    pub items: rt::Option<rt::Vec<rt::String>>,
    /// `first`: The first one,
    /// after a CR alone;
    /// after CRLF;
    /// after NEL.
    pub first: rt::Option<rt::String>,
    /// `last`: ‎Left-to-right and ‏right-to-left marks, which rustc allows.
    pub last: rt::Option<rt::String>,
    /// `tilde`: ~
    pub tilde: rt::Option<rt::String>,
    /// JSON properties the spec does not know (`@odata.*` and `@deprecated.*` annotations
    /// among them) and known properties sent as `null`, kept so that nothing is lost.
    pub extra: rt::Map,
}

#[allow(deprecated)]
impl rt::__private::ReadFields for Vec {
    const NAME: &'static str = "Vec";
    fn read_field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: rt::__private::Key<'de>,
        map: &mut A,
    ) -> rt::Result<(), A::Error> {
        match &*key {
            "items" => {
                rt::__private::read_field(&mut self.items, key, map, &mut self.extra)
            }
            "first" => {
                rt::__private::read_field(&mut self.first, key, map, &mut self.extra)
            }
            "last" => {
                rt::__private::read_field(&mut self.last, key, map, &mut self.extra)
            }
            "tilde" => {
                rt::__private::read_field(&mut self.tilde, key, map, &mut self.extra)
            }
            _ => rt::__private::read_unknown(key, map, &mut self.extra),
        }
    }
}

impl<'de> rt::serde::Deserialize<'de> for Vec {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> rt::Result<Self, D::Error> {
        rt::__private::deserialize_model(deserializer)
    }
}

#[allow(deprecated)]
impl rt::__private::WriteFields for Vec {
    fn write_fields<S: rt::serde::ser::SerializeMap>(
        &self,
        map: &mut S,
    ) -> rt::Result<(), S::Error> {
        rt::__private::write_field(map, "items", &self.items)?;
        rt::__private::write_field(map, "first", &self.first)?;
        rt::__private::write_field(map, "last", &self.last)?;
        rt::__private::write_field(map, "tilde", &self.tilde)?;
        rt::__private::write_extra(map, &self.extra)
    }
}

impl rt::serde::Serialize for Vec {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> rt::Result<S::Ok, S::Error> {
        rt::__private::serialize_model(self, serializer)
    }
}

#[allow(deprecated)]
impl Vec {
    /// Sets `items`.
    pub fn items(mut self, items: rt::Vec<rt::String>) -> Self {
        self.items = rt::Some(items);
        self
    }
    /// Sets `first`.
    pub fn first(mut self, first: rt::String) -> Self {
        self.first = rt::Some(first);
        self
    }
    /// Sets `last`.
    pub fn last(mut self, last: rt::String) -> Self {
        self.last = rt::Some(last);
        self
    }
    /// Sets `tilde`.
    pub fn tilde(mut self, tilde: rt::String) -> Self {
        self.tilde = rt::Some(tilde);
        self
    }
    /// Sets the JSON properties the spec does not know (`@odata.type` among them).
    pub fn extra(mut self, extra: rt::Map) -> Self {
        self.extra = extra;
        self
    }
}

/// A resource named like std's `Box`, which contains itself.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct Box {
    /// `inner`: Another box, boxed.
    pub inner: rt::Option<rt::Box<Box>>,
    /// `many`: More boxes.
    pub many: rt::Option<rt::Vec<Box>>,
    /// JSON properties the spec does not know (`@odata.*` and `@deprecated.*` annotations
    /// among them) and known properties sent as `null`, kept so that nothing is lost.
    pub extra: rt::Map,
}

#[allow(deprecated)]
impl rt::__private::ReadFields for Box {
    const NAME: &'static str = "Box";
    fn read_field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: rt::__private::Key<'de>,
        map: &mut A,
    ) -> rt::Result<(), A::Error> {
        match &*key {
            "inner" => {
                rt::__private::read_field(&mut self.inner, key, map, &mut self.extra)
            }
            "many" => {
                rt::__private::read_field(&mut self.many, key, map, &mut self.extra)
            }
            _ => rt::__private::read_unknown(key, map, &mut self.extra),
        }
    }
}

impl<'de> rt::serde::Deserialize<'de> for Box {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> rt::Result<Self, D::Error> {
        rt::__private::deserialize_model(deserializer)
    }
}

#[allow(deprecated)]
impl rt::__private::WriteFields for Box {
    fn write_fields<S: rt::serde::ser::SerializeMap>(
        &self,
        map: &mut S,
    ) -> rt::Result<(), S::Error> {
        rt::__private::write_field(map, "inner", &self.inner)?;
        rt::__private::write_field(map, "many", &self.many)?;
        rt::__private::write_extra(map, &self.extra)
    }
}

impl rt::serde::Serialize for Box {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> rt::Result<S::Ok, S::Error> {
        rt::__private::serialize_model(self, serializer)
    }
}

#[allow(deprecated)]
impl Box {
    /// Sets `inner`.
    pub fn inner(mut self, inner: Box) -> Self {
        self.inner = rt::Some(rt::Box::new(inner));
        self
    }
    /// Sets `many`.
    pub fn many(mut self, many: rt::Vec<Box>) -> Self {
        self.many = rt::Some(many);
        self
    }
    /// Sets the JSON properties the spec does not know (`@odata.type` among them).
    pub fn extra(mut self, extra: rt::Map) -> Self {
        self.extra = extra;
        self
    }
}

/// A resource named like the runtime's `Client`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct Client {
    /// `error`: A property whose type is the spec's `Error`.
    pub error: rt::Option<rt::Box<Error>>,
    /// JSON properties the spec does not know (`@odata.*` and `@deprecated.*` annotations
    /// among them) and known properties sent as `null`, kept so that nothing is lost.
    pub extra: rt::Map,
}

#[allow(deprecated)]
impl rt::__private::ReadFields for Client {
    const NAME: &'static str = "Client";
    fn read_field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: rt::__private::Key<'de>,
        map: &mut A,
    ) -> rt::Result<(), A::Error> {
        match &*key {
            "error" => {
                rt::__private::read_field(&mut self.error, key, map, &mut self.extra)
            }
            _ => rt::__private::read_unknown(key, map, &mut self.extra),
        }
    }
}

impl<'de> rt::serde::Deserialize<'de> for Client {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> rt::Result<Self, D::Error> {
        rt::__private::deserialize_model(deserializer)
    }
}

#[allow(deprecated)]
impl rt::__private::WriteFields for Client {
    fn write_fields<S: rt::serde::ser::SerializeMap>(
        &self,
        map: &mut S,
    ) -> rt::Result<(), S::Error> {
        rt::__private::write_field(map, "error", &self.error)?;
        rt::__private::write_extra(map, &self.extra)
    }
}

impl rt::serde::Serialize for Client {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> rt::Result<S::Ok, S::Error> {
        rt::__private::serialize_model(self, serializer)
    }
}

#[allow(deprecated)]
impl Client {
    /// Sets `error`.
    pub fn error(mut self, error: Error) -> Self {
        self.error = rt::Some(rt::Box::new(error));
        self
    }
    /// Sets the JSON properties the spec does not know (`@odata.type` among them).
    pub fn extra(mut self, extra: rt::Map) -> Self {
        self.extra = extra;
        self
    }
}

/// A resource named like the runtime's `Error`, which leads back to `Client`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct Error {
    /// `client`: A property whose type is the spec's `Client`.
    pub client: rt::Option<rt::Box<Client>>,
    /// `result`: The spec's `Result` enum.
    pub result: rt::Option<Result>,
    /// JSON properties the spec does not know (`@odata.*` and `@deprecated.*` annotations
    /// among them) and known properties sent as `null`, kept so that nothing is lost.
    pub extra: rt::Map,
}

#[allow(deprecated)]
impl rt::__private::ReadFields for Error {
    const NAME: &'static str = "Error";
    fn read_field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: rt::__private::Key<'de>,
        map: &mut A,
    ) -> rt::Result<(), A::Error> {
        match &*key {
            "client" => {
                rt::__private::read_field(&mut self.client, key, map, &mut self.extra)
            }
            "result" => {
                rt::__private::read_field(&mut self.result, key, map, &mut self.extra)
            }
            _ => rt::__private::read_unknown(key, map, &mut self.extra),
        }
    }
}

impl<'de> rt::serde::Deserialize<'de> for Error {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> rt::Result<Self, D::Error> {
        rt::__private::deserialize_model(deserializer)
    }
}

#[allow(deprecated)]
impl rt::__private::WriteFields for Error {
    fn write_fields<S: rt::serde::ser::SerializeMap>(
        &self,
        map: &mut S,
    ) -> rt::Result<(), S::Error> {
        rt::__private::write_field(map, "client", &self.client)?;
        rt::__private::write_field(map, "result", &self.result)?;
        rt::__private::write_extra(map, &self.extra)
    }
}

impl rt::serde::Serialize for Error {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> rt::Result<S::Ok, S::Error> {
        rt::__private::serialize_model(self, serializer)
    }
}

#[allow(deprecated)]
impl Error {
    /// Sets `client`.
    pub fn client(mut self, client: Client) -> Self {
        self.client = rt::Some(rt::Box::new(client));
        self
    }
    /// Sets `result`.
    pub fn result(mut self, result: Result) -> Self {
        self.result = rt::Some(result);
        self
    }
    /// Sets the JSON properties the spec does not know (`@odata.type` among them).
    pub fn extra(mut self, extra: rt::Map) -> Self {
        self.extra = extra;
        self
    }
}

/// A resource named like the serde crate.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct Serde {
    /// `serializer`: Named like a parameter of generated code.
    pub serializer: rt::Option<rt::String>,
    /// `key`: Named like a parameter of generated code.
    pub key: rt::Option<rt::String>,
    /// `map`: Named like a parameter of generated code.
    pub map: rt::Option<rt::String>,
    /// `f`: Named like a parameter of generated code.
    pub f: rt::Option<rt::String>,
    /// JSON properties the spec does not know (`@odata.*` and `@deprecated.*` annotations
    /// among them) and known properties sent as `null`, kept so that nothing is lost.
    pub extra: rt::Map,
}

#[allow(deprecated)]
impl rt::__private::ReadFields for Serde {
    const NAME: &'static str = "serde";
    fn read_field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: rt::__private::Key<'de>,
        map: &mut A,
    ) -> rt::Result<(), A::Error> {
        match &*key {
            "serializer" => {
                rt::__private::read_field(
                    &mut self.serializer,
                    key,
                    map,
                    &mut self.extra,
                )
            }
            "key" => rt::__private::read_field(&mut self.key, key, map, &mut self.extra),
            "map" => rt::__private::read_field(&mut self.map, key, map, &mut self.extra),
            "f" => rt::__private::read_field(&mut self.f, key, map, &mut self.extra),
            _ => rt::__private::read_unknown(key, map, &mut self.extra),
        }
    }
}

impl<'de> rt::serde::Deserialize<'de> for Serde {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> rt::Result<Self, D::Error> {
        rt::__private::deserialize_model(deserializer)
    }
}

#[allow(deprecated)]
impl rt::__private::WriteFields for Serde {
    fn write_fields<S: rt::serde::ser::SerializeMap>(
        &self,
        map: &mut S,
    ) -> rt::Result<(), S::Error> {
        rt::__private::write_field(map, "serializer", &self.serializer)?;
        rt::__private::write_field(map, "key", &self.key)?;
        rt::__private::write_field(map, "map", &self.map)?;
        rt::__private::write_field(map, "f", &self.f)?;
        rt::__private::write_extra(map, &self.extra)
    }
}

impl rt::serde::Serialize for Serde {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> rt::Result<S::Ok, S::Error> {
        rt::__private::serialize_model(self, serializer)
    }
}

#[allow(deprecated)]
impl Serde {
    /// Sets `serializer`.
    pub fn serializer(mut self, serializer: rt::String) -> Self {
        self.serializer = rt::Some(serializer);
        self
    }
    /// Sets `key`.
    pub fn key(mut self, key: rt::String) -> Self {
        self.key = rt::Some(key);
        self
    }
    /// Sets `map`.
    pub fn map(mut self, map: rt::String) -> Self {
        self.map = rt::Some(map);
        self
    }
    /// Sets `f`.
    pub fn f(mut self, f: rt::String) -> Self {
        self.f = rt::Some(f);
        self
    }
    /// Sets the JSON properties the spec does not know (`@odata.type` among them).
    pub fn extra(mut self, extra: rt::Map) -> Self {
        self.extra = extra;
        self
    }
}

/// A resource named like the runtime module generated code imports.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct Rt {
    /// `rt`: A property named `rt` whose type is this resource.
    pub rt: rt::Option<rt::Box<Rt>>,
    /// `serde`: A property named `serde`.
    pub serde: rt::Option<rt::Box<Serde>>,
    /// `std`: A property named `std`.
    pub std: rt::Option<rt::Box<Std>>,
    /// JSON properties the spec does not know (`@odata.*` and `@deprecated.*` annotations
    /// among them) and known properties sent as `null`, kept so that nothing is lost.
    pub extra: rt::Map,
}

#[allow(deprecated)]
impl rt::__private::ReadFields for Rt {
    const NAME: &'static str = "rt";
    fn read_field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: rt::__private::Key<'de>,
        map: &mut A,
    ) -> rt::Result<(), A::Error> {
        match &*key {
            "rt" => rt::__private::read_field(&mut self.rt, key, map, &mut self.extra),
            "serde" => {
                rt::__private::read_field(&mut self.serde, key, map, &mut self.extra)
            }
            "std" => rt::__private::read_field(&mut self.std, key, map, &mut self.extra),
            _ => rt::__private::read_unknown(key, map, &mut self.extra),
        }
    }
}

impl<'de> rt::serde::Deserialize<'de> for Rt {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> rt::Result<Self, D::Error> {
        rt::__private::deserialize_model(deserializer)
    }
}

#[allow(deprecated)]
impl rt::__private::WriteFields for Rt {
    fn write_fields<S: rt::serde::ser::SerializeMap>(
        &self,
        map: &mut S,
    ) -> rt::Result<(), S::Error> {
        rt::__private::write_field(map, "rt", &self.rt)?;
        rt::__private::write_field(map, "serde", &self.serde)?;
        rt::__private::write_field(map, "std", &self.std)?;
        rt::__private::write_extra(map, &self.extra)
    }
}

impl rt::serde::Serialize for Rt {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> rt::Result<S::Ok, S::Error> {
        rt::__private::serialize_model(self, serializer)
    }
}

#[allow(deprecated)]
impl Rt {
    /// Sets `rt`.
    pub fn rt(mut self, rt: Rt) -> Self {
        self.rt = rt::Some(rt::Box::new(rt));
        self
    }
    /// Sets `serde`.
    pub fn serde(mut self, serde: Serde) -> Self {
        self.serde = rt::Some(rt::Box::new(serde));
        self
    }
    /// Sets `std`.
    pub fn std(mut self, std: Std) -> Self {
        self.std = rt::Some(rt::Box::new(std));
        self
    }
    /// Sets the JSON properties the spec does not know (`@odata.type` among them).
    pub fn extra(mut self, extra: rt::Map) -> Self {
        self.extra = extra;
        self
    }
}

/// A resource named like the standard library.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct Std {
    /// `core`: A property named `core`.
    pub core: rt::Option<rt::Box<Core>>,
    /// JSON properties the spec does not know (`@odata.*` and `@deprecated.*` annotations
    /// among them) and known properties sent as `null`, kept so that nothing is lost.
    pub extra: rt::Map,
}

#[allow(deprecated)]
impl rt::__private::ReadFields for Std {
    const NAME: &'static str = "std";
    fn read_field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: rt::__private::Key<'de>,
        map: &mut A,
    ) -> rt::Result<(), A::Error> {
        match &*key {
            "core" => {
                rt::__private::read_field(&mut self.core, key, map, &mut self.extra)
            }
            _ => rt::__private::read_unknown(key, map, &mut self.extra),
        }
    }
}

impl<'de> rt::serde::Deserialize<'de> for Std {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> rt::Result<Self, D::Error> {
        rt::__private::deserialize_model(deserializer)
    }
}

#[allow(deprecated)]
impl rt::__private::WriteFields for Std {
    fn write_fields<S: rt::serde::ser::SerializeMap>(
        &self,
        map: &mut S,
    ) -> rt::Result<(), S::Error> {
        rt::__private::write_field(map, "core", &self.core)?;
        rt::__private::write_extra(map, &self.extra)
    }
}

impl rt::serde::Serialize for Std {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> rt::Result<S::Ok, S::Error> {
        rt::__private::serialize_model(self, serializer)
    }
}

#[allow(deprecated)]
impl Std {
    /// Sets `core`.
    pub fn core(mut self, core: Core) -> Self {
        self.core = rt::Some(rt::Box::new(core));
        self
    }
    /// Sets the JSON properties the spec does not know (`@odata.type` among them).
    pub fn extra(mut self, extra: rt::Map) -> Self {
        self.extra = extra;
        self
    }
}

/// A resource named like the core library.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct Core {
    /// `Default`: A property named `Default`.
    pub default: rt::Option<rt::Box<Default>>,
    /// JSON properties the spec does not know (`@odata.*` and `@deprecated.*` annotations
    /// among them) and known properties sent as `null`, kept so that nothing is lost.
    pub extra: rt::Map,
}

#[allow(deprecated)]
impl rt::__private::ReadFields for Core {
    const NAME: &'static str = "core";
    fn read_field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: rt::__private::Key<'de>,
        map: &mut A,
    ) -> rt::Result<(), A::Error> {
        match &*key {
            "Default" => {
                rt::__private::read_field(&mut self.default, key, map, &mut self.extra)
            }
            _ => rt::__private::read_unknown(key, map, &mut self.extra),
        }
    }
}

impl<'de> rt::serde::Deserialize<'de> for Core {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> rt::Result<Self, D::Error> {
        rt::__private::deserialize_model(deserializer)
    }
}

#[allow(deprecated)]
impl rt::__private::WriteFields for Core {
    fn write_fields<S: rt::serde::ser::SerializeMap>(
        &self,
        map: &mut S,
    ) -> rt::Result<(), S::Error> {
        rt::__private::write_field(map, "Default", &self.default)?;
        rt::__private::write_extra(map, &self.extra)
    }
}

impl rt::serde::Serialize for Core {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> rt::Result<S::Ok, S::Error> {
        rt::__private::serialize_model(self, serializer)
    }
}

#[allow(deprecated)]
impl Core {
    /// Sets `Default`.
    pub fn default(mut self, default: Default) -> Self {
        self.default = rt::Some(rt::Box::new(default));
        self
    }
    /// Sets the JSON properties the spec does not know (`@odata.type` among them).
    pub fn extra(mut self, extra: rt::Map) -> Self {
        self.extra = extra;
        self
    }
}

/// A resource named like the `Default` trait.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct Default {
    /// `Map`: A property named `Map`.
    pub map: rt::Option<rt::Box<Map>>,
    /// JSON properties the spec does not know (`@odata.*` and `@deprecated.*` annotations
    /// among them) and known properties sent as `null`, kept so that nothing is lost.
    pub extra: rt::Map,
}

#[allow(deprecated)]
impl rt::__private::ReadFields for Default {
    const NAME: &'static str = "Default";
    fn read_field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: rt::__private::Key<'de>,
        map: &mut A,
    ) -> rt::Result<(), A::Error> {
        match &*key {
            "Map" => rt::__private::read_field(&mut self.map, key, map, &mut self.extra),
            _ => rt::__private::read_unknown(key, map, &mut self.extra),
        }
    }
}

impl<'de> rt::serde::Deserialize<'de> for Default {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> rt::Result<Self, D::Error> {
        rt::__private::deserialize_model(deserializer)
    }
}

#[allow(deprecated)]
impl rt::__private::WriteFields for Default {
    fn write_fields<S: rt::serde::ser::SerializeMap>(
        &self,
        map: &mut S,
    ) -> rt::Result<(), S::Error> {
        rt::__private::write_field(map, "Map", &self.map)?;
        rt::__private::write_extra(map, &self.extra)
    }
}

impl rt::serde::Serialize for Default {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> rt::Result<S::Ok, S::Error> {
        rt::__private::serialize_model(self, serializer)
    }
}

#[allow(deprecated)]
impl Default {
    /// Sets `Map`.
    pub fn map(mut self, map: Map) -> Self {
        self.map = rt::Some(rt::Box::new(map));
        self
    }
    /// Sets the JSON properties the spec does not know (`@odata.type` among them).
    pub fn extra(mut self, extra: rt::Map) -> Self {
        self.extra = extra;
        self
    }
}

/// A resource named like the runtime's `Map` (unknown properties are kept in one).
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct Map {
    /// `some`: A property of the resource `Some`.
    pub some: rt::Option<rt::Box<Some>>,
    /// JSON properties the spec does not know (`@odata.*` and `@deprecated.*` annotations
    /// among them) and known properties sent as `null`, kept so that nothing is lost.
    pub extra: rt::Map,
}

#[allow(deprecated)]
impl rt::__private::ReadFields for Map {
    const NAME: &'static str = "Map";
    fn read_field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: rt::__private::Key<'de>,
        map: &mut A,
    ) -> rt::Result<(), A::Error> {
        match &*key {
            "some" => {
                rt::__private::read_field(&mut self.some, key, map, &mut self.extra)
            }
            _ => rt::__private::read_unknown(key, map, &mut self.extra),
        }
    }
}

impl<'de> rt::serde::Deserialize<'de> for Map {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> rt::Result<Self, D::Error> {
        rt::__private::deserialize_model(deserializer)
    }
}

#[allow(deprecated)]
impl rt::__private::WriteFields for Map {
    fn write_fields<S: rt::serde::ser::SerializeMap>(
        &self,
        map: &mut S,
    ) -> rt::Result<(), S::Error> {
        rt::__private::write_field(map, "some", &self.some)?;
        rt::__private::write_extra(map, &self.extra)
    }
}

impl rt::serde::Serialize for Map {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> rt::Result<S::Ok, S::Error> {
        rt::__private::serialize_model(self, serializer)
    }
}

#[allow(deprecated)]
impl Map {
    /// Sets `some`.
    pub fn some(mut self, some: Some) -> Self {
        self.some = rt::Some(rt::Box::new(some));
        self
    }
    /// Sets the JSON properties the spec does not know (`@odata.type` among them).
    pub fn extra(mut self, extra: rt::Map) -> Self {
        self.extra = extra;
        self
    }
}

/// A resource named like `Option::Some`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct Some {
    /// `none`: A property of the resource `None`.
    pub none: rt::Option<rt::Box<None>>,
    /// JSON properties the spec does not know (`@odata.*` and `@deprecated.*` annotations
    /// among them) and known properties sent as `null`, kept so that nothing is lost.
    pub extra: rt::Map,
}

#[allow(deprecated)]
impl rt::__private::ReadFields for Some {
    const NAME: &'static str = "Some";
    fn read_field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: rt::__private::Key<'de>,
        map: &mut A,
    ) -> rt::Result<(), A::Error> {
        match &*key {
            "none" => {
                rt::__private::read_field(&mut self.none, key, map, &mut self.extra)
            }
            _ => rt::__private::read_unknown(key, map, &mut self.extra),
        }
    }
}

impl<'de> rt::serde::Deserialize<'de> for Some {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> rt::Result<Self, D::Error> {
        rt::__private::deserialize_model(deserializer)
    }
}

#[allow(deprecated)]
impl rt::__private::WriteFields for Some {
    fn write_fields<S: rt::serde::ser::SerializeMap>(
        &self,
        map: &mut S,
    ) -> rt::Result<(), S::Error> {
        rt::__private::write_field(map, "none", &self.none)?;
        rt::__private::write_extra(map, &self.extra)
    }
}

impl rt::serde::Serialize for Some {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> rt::Result<S::Ok, S::Error> {
        rt::__private::serialize_model(self, serializer)
    }
}

#[allow(deprecated)]
impl Some {
    /// Sets `none`.
    pub fn none(mut self, none: None) -> Self {
        self.none = rt::Some(rt::Box::new(none));
        self
    }
    /// Sets the JSON properties the spec does not know (`@odata.type` among them).
    pub fn extra(mut self, extra: rt::Map) -> Self {
        self.extra = extra;
        self
    }
}

/// A resource named like `Option::None`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct None {
    /// `option`: A property of the spec's `Option` resource.
    pub option: rt::Option<rt::Box<Option>>,
    /// JSON properties the spec does not know (`@odata.*` and `@deprecated.*` annotations
    /// among them) and known properties sent as `null`, kept so that nothing is lost.
    pub extra: rt::Map,
}

#[allow(deprecated)]
impl rt::__private::ReadFields for None {
    const NAME: &'static str = "None";
    fn read_field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: rt::__private::Key<'de>,
        map: &mut A,
    ) -> rt::Result<(), A::Error> {
        match &*key {
            "option" => {
                rt::__private::read_field(&mut self.option, key, map, &mut self.extra)
            }
            _ => rt::__private::read_unknown(key, map, &mut self.extra),
        }
    }
}

impl<'de> rt::serde::Deserialize<'de> for None {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> rt::Result<Self, D::Error> {
        rt::__private::deserialize_model(deserializer)
    }
}

#[allow(deprecated)]
impl rt::__private::WriteFields for None {
    fn write_fields<S: rt::serde::ser::SerializeMap>(
        &self,
        map: &mut S,
    ) -> rt::Result<(), S::Error> {
        rt::__private::write_field(map, "option", &self.option)?;
        rt::__private::write_extra(map, &self.extra)
    }
}

impl rt::serde::Serialize for None {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> rt::Result<S::Ok, S::Error> {
        rt::__private::serialize_model(self, serializer)
    }
}

#[allow(deprecated)]
impl None {
    /// Sets `option`.
    pub fn option(mut self, option: Option) -> Self {
        self.option = rt::Some(rt::Box::new(option));
        self
    }
    /// Sets the JSON properties the spec does not know (`@odata.type` among them).
    pub fn extra(mut self, extra: rt::Map) -> Self {
        self.extra = extra;
        self
    }
}

/// A resource named like a keyword; its Rust name is `Self_`.
///
/// Exactly one of `r#type`, `self_`, `crate_`, `_1drive` is set.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct Self_ {
    /// `type`: A property named like a keyword, of an enum named like one.
    pub r#type: rt::Option<Type>,
    /// `self`: A property named `self` whose type is this resource.
    pub self_: rt::Option<rt::Box<Self_>>,
    /// `crate`: A property named `crate`.
    pub crate_: rt::Option<rt::String>,
    /// `async`: A property named `async`.
    pub r#async: rt::Option<rt::Vec<Self_>>,
    /// `super`: A property named `super`.
    pub super_: rt::Option<i64>,
    /// `fn`: A property named `fn`.
    pub r#fn: rt::Option<f64>,
    /// `1drive`: A property that starts with a digit.
    pub _1drive: rt::Option<rt::DateTimeOffset>,
    /// `größe`: A property that is not ASCII.
    pub größe: rt::Option<i32>,
    /// `café`: A property of the enum `日本`.
    pub café: rt::Option<日本>,
    /// JSON properties the spec does not know (`@odata.*` and `@deprecated.*` annotations
    /// among them) and known properties sent as `null`, kept so that nothing is lost.
    pub extra: rt::Map,
}

#[allow(deprecated)]
impl rt::__private::ReadFields for Self_ {
    const NAME: &'static str = "self";
    fn read_field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: rt::__private::Key<'de>,
        map: &mut A,
    ) -> rt::Result<(), A::Error> {
        match &*key {
            "type" => {
                rt::__private::read_field(&mut self.r#type, key, map, &mut self.extra)
            }
            "self" => {
                rt::__private::read_field(&mut self.self_, key, map, &mut self.extra)
            }
            "crate" => {
                rt::__private::read_field(&mut self.crate_, key, map, &mut self.extra)
            }
            "async" => {
                rt::__private::read_field(&mut self.r#async, key, map, &mut self.extra)
            }
            "super" => {
                rt::__private::read_field(&mut self.super_, key, map, &mut self.extra)
            }
            "fn" => rt::__private::read_field(&mut self.r#fn, key, map, &mut self.extra),
            "1drive" => {
                rt::__private::read_field(&mut self._1drive, key, map, &mut self.extra)
            }
            "größe" => {
                rt::__private::read_field(&mut self.größe, key, map, &mut self.extra)
            }
            "café" => {
                rt::__private::read_field(&mut self.café, key, map, &mut self.extra)
            }
            _ => rt::__private::read_unknown(key, map, &mut self.extra),
        }
    }
}

impl<'de> rt::serde::Deserialize<'de> for Self_ {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> rt::Result<Self, D::Error> {
        rt::__private::deserialize_model(deserializer)
    }
}

#[allow(deprecated)]
impl rt::__private::WriteFields for Self_ {
    fn write_fields<S: rt::serde::ser::SerializeMap>(
        &self,
        map: &mut S,
    ) -> rt::Result<(), S::Error> {
        rt::__private::write_field(map, "type", &self.r#type)?;
        rt::__private::write_field(map, "self", &self.self_)?;
        rt::__private::write_field(map, "crate", &self.crate_)?;
        rt::__private::write_field(map, "async", &self.r#async)?;
        rt::__private::write_field(map, "super", &self.super_)?;
        rt::__private::write_field(map, "fn", &self.r#fn)?;
        rt::__private::write_field(map, "1drive", &self._1drive)?;
        rt::__private::write_field(map, "größe", &self.größe)?;
        rt::__private::write_field(map, "café", &self.café)?;
        rt::__private::write_extra(map, &self.extra)
    }
}

impl rt::serde::Serialize for Self_ {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> rt::Result<S::Ok, S::Error> {
        rt::__private::serialize_model(self, serializer)
    }
}

impl Self_ {
    /// A `self` given by its `type`.
    pub fn from_type(r#type: Type) -> Self {
        Self {
            r#type: rt::Some(r#type),
            ..rt::Default::default()
        }
    }
    /// A `self` given by its `self`.
    pub fn from_self_(self_: Self_) -> Self {
        Self {
            self_: rt::Some(rt::Box::new(self_)),
            ..rt::Default::default()
        }
    }
    /// A `self` given by its `crate`.
    pub fn from_crate_(crate_: rt::String) -> Self {
        Self {
            crate_: rt::Some(crate_),
            ..rt::Default::default()
        }
    }
    /// A `self` given by its `1drive`.
    pub fn from_1drive(_1drive: rt::DateTimeOffset) -> Self {
        Self {
            _1drive: rt::Some(_1drive),
            ..rt::Default::default()
        }
    }
}

#[allow(deprecated)]
impl Self_ {
    /// Sets `type`.
    pub fn r#type(mut self, r#type: Type) -> Self {
        self.r#type = rt::Some(r#type);
        self
    }
    /// Sets `self`.
    pub fn self_(mut self, self_: Self_) -> Self {
        self.self_ = rt::Some(rt::Box::new(self_));
        self
    }
    /// Sets `crate`.
    pub fn crate_(mut self, crate_: rt::String) -> Self {
        self.crate_ = rt::Some(crate_);
        self
    }
    /// Sets `async`.
    pub fn r#async(mut self, r#async: rt::Vec<Self_>) -> Self {
        self.r#async = rt::Some(r#async);
        self
    }
    /// Sets `super`.
    pub fn super_(mut self, super_: i64) -> Self {
        self.super_ = rt::Some(super_);
        self
    }
    /// Sets `fn`.
    pub fn r#fn(mut self, r#fn: f64) -> Self {
        self.r#fn = rt::Some(r#fn);
        self
    }
    /// Sets `1drive`.
    pub fn _1drive(mut self, _1drive: rt::DateTimeOffset) -> Self {
        self._1drive = rt::Some(_1drive);
        self
    }
    /// Sets `größe`.
    pub fn größe(mut self, größe: i32) -> Self {
        self.größe = rt::Some(größe);
        self
    }
    /// Sets `café`.
    pub fn café(mut self, café: 日本) -> Self {
        self.café = rt::Some(café);
        self
    }
    /// Sets the JSON properties the spec does not know (`@odata.type` among them).
    pub fn extra(mut self, extra: rt::Map) -> Self {
        self.extra = extra;
        self
    }
}

/// The kinds of `self`, told by which facets are present.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SelfKind {
    /// `self`: told by `self`. A facet kind named like a keyword.
    Self_,
    /// `type`: told by `crate`. Another one.
    Type,
    /// `2fa`: told by `1drive`. A facet kind that starts with a digit.
    _2fa,
}

impl Self_ {
    /// What kind of `self` this is: the kind of the first facet present, in this order: `self`, `crate`, `1drive`.
    ///
    /// `None` when no facet is present.
    #[allow(deprecated)]
    pub fn kind(&self) -> rt::Option<SelfKind> {
        if self.self_.is_some() {
            return rt::Some(SelfKind::Self_);
        }
        if self.crate_.is_some() {
            return rt::Some(SelfKind::Type);
        }
        if self._1drive.is_some() {
            return rt::Some(SelfKind::_2fa);
        }
        rt::None
    }
}

/// The properties of [`Self_`], for `$select`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SelfField {
    /// `type`
    Type,
    /// `self`
    Self_,
    /// `crate`
    Crate,
    /// `async`
    Async,
    /// `super`
    Super,
    /// `fn`
    Fn,
    /// `1drive`
    _1drive,
    /// `größe`
    Größe,
    /// `café`
    Café,
}

impl rt::FieldName for SelfField {
    fn as_str(self) -> &'static str {
        match self {
            Self::Type => "type",
            Self::Self_ => "self",
            Self::Crate => "crate",
            Self::Async => "async",
            Self::Super => "super",
            Self::Fn => "fn",
            Self::_1drive => "1drive",
            Self::Größe => "größe",
            Self::Café => "café",
        }
    }
}

/// A resource whose name starts with a digit.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct _2fa {
    /// `type`: A property named like a keyword, of an enum named like one.
    pub r#type: rt::Option<Type>,
    /// `self`: A property named `self` whose type is this resource.
    pub self_: rt::Option<rt::Box<Self_>>,
    /// `crate`: A property named `crate`.
    pub crate_: rt::Option<rt::String>,
    /// `async`: A property named `async`.
    pub r#async: rt::Option<rt::Vec<Self_>>,
    /// `super`: A property named `super`.
    pub super_: rt::Option<i64>,
    /// `fn`: A property named `fn`.
    pub r#fn: rt::Option<f64>,
    /// `1drive`: A property that starts with a digit.
    pub _1drive: rt::Option<rt::DateTimeOffset>,
    /// `größe`: A property that is not ASCII.
    pub größe: rt::Option<i32>,
    /// `café`: A property of the enum `日本`.
    pub café: rt::Option<日本>,
    /// `3d`: A property that starts with a digit.
    pub _3d: rt::Option<bool>,
    /// JSON properties the spec does not know (`@odata.*` and `@deprecated.*` annotations
    /// among them) and known properties sent as `null`, kept so that nothing is lost.
    pub extra: rt::Map,
}

#[allow(deprecated)]
impl rt::__private::ReadFields for _2fa {
    const NAME: &'static str = "2fa";
    fn read_field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: rt::__private::Key<'de>,
        map: &mut A,
    ) -> rt::Result<(), A::Error> {
        match &*key {
            "type" => {
                rt::__private::read_field(&mut self.r#type, key, map, &mut self.extra)
            }
            "self" => {
                rt::__private::read_field(&mut self.self_, key, map, &mut self.extra)
            }
            "crate" => {
                rt::__private::read_field(&mut self.crate_, key, map, &mut self.extra)
            }
            "async" => {
                rt::__private::read_field(&mut self.r#async, key, map, &mut self.extra)
            }
            "super" => {
                rt::__private::read_field(&mut self.super_, key, map, &mut self.extra)
            }
            "fn" => rt::__private::read_field(&mut self.r#fn, key, map, &mut self.extra),
            "1drive" => {
                rt::__private::read_field(&mut self._1drive, key, map, &mut self.extra)
            }
            "größe" => {
                rt::__private::read_field(&mut self.größe, key, map, &mut self.extra)
            }
            "café" => {
                rt::__private::read_field(&mut self.café, key, map, &mut self.extra)
            }
            "3d" => rt::__private::read_field(&mut self._3d, key, map, &mut self.extra),
            _ => rt::__private::read_unknown(key, map, &mut self.extra),
        }
    }
}

impl<'de> rt::serde::Deserialize<'de> for _2fa {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> rt::Result<Self, D::Error> {
        rt::__private::deserialize_model(deserializer)
    }
}

#[allow(deprecated)]
impl rt::__private::WriteFields for _2fa {
    fn write_fields<S: rt::serde::ser::SerializeMap>(
        &self,
        map: &mut S,
    ) -> rt::Result<(), S::Error> {
        rt::__private::write_field(map, "type", &self.r#type)?;
        rt::__private::write_field(map, "self", &self.self_)?;
        rt::__private::write_field(map, "crate", &self.crate_)?;
        rt::__private::write_field(map, "async", &self.r#async)?;
        rt::__private::write_field(map, "super", &self.super_)?;
        rt::__private::write_field(map, "fn", &self.r#fn)?;
        rt::__private::write_field(map, "1drive", &self._1drive)?;
        rt::__private::write_field(map, "größe", &self.größe)?;
        rt::__private::write_field(map, "café", &self.café)?;
        rt::__private::write_field(map, "3d", &self._3d)?;
        rt::__private::write_extra(map, &self.extra)
    }
}

impl rt::serde::Serialize for _2fa {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> rt::Result<S::Ok, S::Error> {
        rt::__private::serialize_model(self, serializer)
    }
}

#[allow(deprecated)]
impl _2fa {
    /// Sets `type`.
    pub fn r#type(mut self, r#type: Type) -> Self {
        self.r#type = rt::Some(r#type);
        self
    }
    /// Sets `self`.
    pub fn self_(mut self, self_: Self_) -> Self {
        self.self_ = rt::Some(rt::Box::new(self_));
        self
    }
    /// Sets `crate`.
    pub fn crate_(mut self, crate_: rt::String) -> Self {
        self.crate_ = rt::Some(crate_);
        self
    }
    /// Sets `async`.
    pub fn r#async(mut self, r#async: rt::Vec<Self_>) -> Self {
        self.r#async = rt::Some(r#async);
        self
    }
    /// Sets `super`.
    pub fn super_(mut self, super_: i64) -> Self {
        self.super_ = rt::Some(super_);
        self
    }
    /// Sets `fn`.
    pub fn r#fn(mut self, r#fn: f64) -> Self {
        self.r#fn = rt::Some(r#fn);
        self
    }
    /// Sets `1drive`.
    pub fn _1drive(mut self, _1drive: rt::DateTimeOffset) -> Self {
        self._1drive = rt::Some(_1drive);
        self
    }
    /// Sets `größe`.
    pub fn größe(mut self, größe: i32) -> Self {
        self.größe = rt::Some(größe);
        self
    }
    /// Sets `café`.
    pub fn café(mut self, café: 日本) -> Self {
        self.café = rt::Some(café);
        self
    }
    /// Sets `3d`.
    pub fn _3d(mut self, _3d: bool) -> Self {
        self._3d = rt::Some(_3d);
        self
    }
    /// Sets the JSON properties the spec does not know (`@odata.type` among them).
    pub fn extra(mut self, extra: rt::Map) -> Self {
        self.extra = extra;
        self
    }
}

/// A resource whose name is not ASCII.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct Ärger {
    /// `naïve`: A list of lists.
    pub naïve: rt::Option<rt::Vec<rt::Vec<rt::String>>>,
    /// JSON properties the spec does not know (`@odata.*` and `@deprecated.*` annotations
    /// among them) and known properties sent as `null`, kept so that nothing is lost.
    pub extra: rt::Map,
}

#[allow(deprecated)]
impl rt::__private::ReadFields for Ärger {
    const NAME: &'static str = "Ärger";
    fn read_field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: rt::__private::Key<'de>,
        map: &mut A,
    ) -> rt::Result<(), A::Error> {
        match &*key {
            "naïve" => {
                rt::__private::read_field(&mut self.naïve, key, map, &mut self.extra)
            }
            _ => rt::__private::read_unknown(key, map, &mut self.extra),
        }
    }
}

impl<'de> rt::serde::Deserialize<'de> for Ärger {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> rt::Result<Self, D::Error> {
        rt::__private::deserialize_model(deserializer)
    }
}

#[allow(deprecated)]
impl rt::__private::WriteFields for Ärger {
    fn write_fields<S: rt::serde::ser::SerializeMap>(
        &self,
        map: &mut S,
    ) -> rt::Result<(), S::Error> {
        rt::__private::write_field(map, "naïve", &self.naïve)?;
        rt::__private::write_extra(map, &self.extra)
    }
}

impl rt::serde::Serialize for Ärger {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> rt::Result<S::Ok, S::Error> {
        rt::__private::serialize_model(self, serializer)
    }
}

#[allow(deprecated)]
impl Ärger {
    /// Sets `naïve`.
    pub fn naïve(mut self, naïve: rt::Vec<rt::Vec<rt::String>>) -> Self {
        self.naïve = rt::Some(naïve);
        self
    }
    /// Sets the JSON properties the spec does not know (`@odata.type` among them).
    pub fn extra(mut self, extra: rt::Map) -> Self {
        self.extra = extra;
        self
    }
}
