// Generated from tests/fixtures/specs/minimal.yaml by graph-permissions-codegen. Do not edit: change the spec
// and run `cargo run -p graph-permissions-codegen -- generate`.

//! The resources and enumerations of Minimal fixture.

use ::graph_permissions::rt as rt;

/// A color.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Color {
    /// `red`: The color red.
    Red,
    /// A value this spec does not know, kept exactly as Graph sent it.
    Unknown(rt::String),
}

impl Color {
    /// The value as Graph spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Red => "red",
            Self::Unknown(value) => value,
        }
    }
}

impl rt::WireEnum for Color {
    fn from_wire(value: &str) -> Self {
        match value {
            "red" => Self::Red,
            _ => Self::Unknown(rt::String::from(value)),
        }
    }
}

impl rt::fmt::Display for Color {
    fn fmt(&self, f: &mut rt::fmt::Formatter<'_>) -> rt::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl rt::serde::Serialize for Color {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> rt::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> rt::serde::Deserialize<'de> for Color {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> rt::Result<Self, D::Error> {
        rt::__private::deserialize_enum(deserializer)
    }
}

/// A widget.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct Widget {
    /// `name`: The name of the widget.
    pub name: rt::Option<rt::String>,
    /// JSON properties the spec does not know (`@odata.*` and `@deprecated.*` annotations
    /// among them) and known properties sent as `null`, kept so that nothing is lost.
    pub extra: rt::Map,
}

#[allow(deprecated)]
impl rt::__private::ReadFields for Widget {
    const NAME: &'static str = "widget";
    fn read_field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: rt::__private::Key<'de>,
        map: &mut A,
    ) -> rt::Result<(), A::Error> {
        match &*key {
            "name" => {
                rt::__private::read_field(&mut self.name, key, map, &mut self.extra)
            }
            _ => rt::__private::read_unknown(key, map, &mut self.extra),
        }
    }
}

impl<'de> rt::serde::Deserialize<'de> for Widget {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> rt::Result<Self, D::Error> {
        rt::__private::deserialize_model(deserializer)
    }
}

#[allow(deprecated)]
impl rt::__private::WriteFields for Widget {
    fn write_fields<S: rt::serde::ser::SerializeMap>(
        &self,
        map: &mut S,
    ) -> rt::Result<(), S::Error> {
        rt::__private::write_field(map, "name", &self.name)?;
        rt::__private::write_extra(map, &self.extra)
    }
}

impl rt::serde::Serialize for Widget {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> rt::Result<S::Ok, S::Error> {
        rt::__private::serialize_model(self, serializer)
    }
}

#[allow(deprecated)]
impl Widget {
    /// Sets `name`.
    pub fn name(mut self, name: rt::String) -> Self {
        self.name = rt::Some(name);
        self
    }
    /// Sets the JSON properties the spec does not know (`@odata.type` among them).
    pub fn extra(mut self, extra: rt::Map) -> Self {
        self.extra = extra;
        self
    }
}
