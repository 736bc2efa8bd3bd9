//! Lossless JSON for generated models.
//!
//! A generated struct reads the keys it knows into typed fields and everything else —
//! properties newer than the spec, `@odata.*` and `@deprecated.*` annotations — into `extra`,
//! so that deserialize → serialize gives back what the server sent. A known property sent as
//! `null` is kept in `extra` as `null` for the same reason. The visitor matches keys directly
//! instead of going through `#[serde(flatten)]`, which buffers every field.

use std::borrow::Cow;
use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, Deserialize, Deserializer, MapAccess, Visitor};
use serde::ser::{Serialize, SerializeMap, Serializer};
use serde_json::value::RawValue;

/// JSON properties a model does not know, in the order received, each kept as the JSON text
/// Graph sent (a `RawValue`: copying the text is far cheaper than building a value tree, and
/// nothing about the value changes on the way back). [`Map::get`] parses one when asked.
#[derive(Clone, Default)]
pub struct Map {
    entries: Vec<(String, Box<RawValue>)>,
}

impl Map {
    /// No properties.
    pub fn new() -> Self {
        Self::default()
    }

    /// Whether there are no properties.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// How many properties there are.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether a property of this name is there.
    pub fn contains_key(&self, key: &str) -> bool {
        self.entries.iter().any(|(k, _)| k == key)
    }

    /// The property names, in the order Graph sent them.
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.entries.iter().map(|(k, _)| k.as_str())
    }

    /// The property as a JSON value.
    pub fn get(&self, key: &str) -> Option<serde_json::Value> {
        self.get_raw(key)
            .and_then(|raw| serde_json::from_str(raw.get()).ok())
    }

    /// The property as the JSON text Graph sent.
    pub fn get_raw(&self, key: &str) -> Option<&RawValue> {
        self.entries
            .iter()
            .rev()
            .find(|(k, _)| k == key)
            .map(|(_, v)| &**v)
    }

    /// Each property and its JSON text, in the order Graph sent them.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &RawValue)> {
        self.entries.iter().map(|(k, v)| (k.as_str(), &**v))
    }

    /// Sets a property (replacing one of the same name) to the JSON of `value`.
    pub fn insert(
        &mut self,
        key: impl Into<String>,
        value: &impl Serialize,
    ) -> Result<(), serde_json::Error> {
        let key = key.into();
        let raw = serde_json::value::to_raw_value(value)?;
        self.entries.retain(|(k, _)| *k != key);
        self.entries.push((key, raw));
        Ok(())
    }

    /// Takes a property out, as a JSON value.
    pub fn remove(&mut self, key: &str) -> Option<serde_json::Value> {
        let value = self.get(key);
        self.entries.retain(|(k, _)| k != key);
        value
    }

    /// The properties as a `serde_json` map of values.
    pub fn to_json(&self) -> serde_json::Map<String, serde_json::Value> {
        self.entries
            .iter()
            .filter_map(|(k, v)| Some((k.clone(), serde_json::from_str(v.get()).ok()?)))
            .collect()
    }

    fn push(&mut self, key: String, raw: Box<RawValue>) {
        self.entries.push((key, raw));
    }
}

/// Equal when they hold the same properties with equal JSON values, in any order and spacing.
impl PartialEq for Map {
    fn eq(&self, other: &Self) -> bool {
        self.len() == other.len() && self.to_json() == other.to_json()
    }
}

impl Eq for Map {}

/// Agrees with `PartialEq`: the properties by name, each value as canonical JSON.
impl std::hash::Hash for Map {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        let mut entries: Vec<(String, serde_json::Value)> = self.to_json().into_iter().collect();
        entries.sort_by(|a, b| a.0.cmp(&b.0));
        for (key, value) in entries {
            key.hash(state);
            value.to_string().hash(state);
        }
    }
}

impl PartialEq<serde_json::Map<String, serde_json::Value>> for Map {
    fn eq(&self, other: &serde_json::Map<String, serde_json::Value>) -> bool {
        self.len() == other.len() && &self.to_json() == other
    }
}

impl From<serde_json::Map<String, serde_json::Value>> for Map {
    fn from(map: serde_json::Map<String, serde_json::Value>) -> Self {
        let entries = map
            .into_iter()
            .filter_map(|(k, v)| Some((k, serde_json::value::to_raw_value(&v).ok()?)))
            .collect();
        Self { entries }
    }
}

impl fmt::Debug for Map {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map()
            .entries(self.entries.iter().map(|(k, v)| (k, v.get())))
            .finish()
    }
}

/// A JSON object key, borrowed from the input when it can be.
pub struct Key<'de>(pub Cow<'de, str>);

impl std::ops::Deref for Key<'_> {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl<'de> Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct KeyVisitor;
        impl<'de> Visitor<'de> for KeyVisitor {
            type Value = Key<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a property name")
            }
            fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Borrowed(v)))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Owned(v.to_owned())))
            }
            fn visit_string<E: de::Error>(self, v: String) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Owned(v)))
            }
        }
        d.deserialize_str(KeyVisitor)
    }
}

/// A model that can be read from a JSON object key by key.
pub trait ReadFields: Default {
    /// The wire name of the resource, for messages.
    const NAME: &'static str;
    /// Reads the value of `key` into its field, or into `extra` when the key is unknown.
    fn read_field<'de, A: MapAccess<'de>>(
        &mut self,
        key: Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error>;
}

/// A model that writes itself as the entries of a JSON object.
pub trait WriteFields {
    /// Writes every set property, then `extra`.
    fn write_fields<S: SerializeMap>(&self, map: &mut S) -> Result<(), S::Error>;
}

/// `Deserialize::deserialize` of every generated model.
pub fn deserialize_model<'de, D: Deserializer<'de>, T: ReadFields>(d: D) -> Result<T, D::Error> {
    struct ModelVisitor<T>(PhantomData<T>);
    impl<'de, T: ReadFields> Visitor<'de> for ModelVisitor<T> {
        type Value = T;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            write!(f, "a JSON object ({})", T::NAME)
        }
        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<T, A::Error> {
            let mut out = T::default();
            while let Some(key) = map.next_key::<Key<'de>>()? {
                out.read_field(key, &mut map)?;
            }
            Ok(out)
        }
    }
    d.deserialize_map(ModelVisitor(PhantomData))
}

/// Reads a known property; `null` is kept in `extra` so that it is written back.
pub fn read_field<'de, A: MapAccess<'de>, T: Deserialize<'de>>(
    slot: &mut Option<T>,
    key: Key<'de>,
    map: &mut A,
    extra: &mut Map,
) -> Result<(), A::Error> {
    *slot = map.next_value::<Option<T>>()?;
    if slot.is_none() {
        extra.push(key.0.into_owned(), RawValue::NULL.to_owned());
    }
    Ok(())
}

/// Reads a property the model does not know into `extra`.
pub fn read_unknown<'de, A: MapAccess<'de>>(
    key: Key<'de>,
    map: &mut A,
    extra: &mut Map,
) -> Result<(), A::Error> {
    let value = map.next_value::<Box<RawValue>>()?;
    extra.push(key.0.into_owned(), value);
    Ok(())
}

/// `Serialize::serialize` of every generated model.
pub fn serialize_model<S: Serializer, T: WriteFields>(value: &T, s: S) -> Result<S::Ok, S::Error> {
    let mut map = s.serialize_map(None)?;
    value.write_fields(&mut map)?;
    map.end()
}

/// Writes an optional property when it is set.
pub fn write_field<S: SerializeMap, T: Serialize>(
    map: &mut S,
    key: &'static str,
    value: &Option<T>,
) -> Result<(), S::Error> {
    match value {
        Some(value) => map.serialize_entry(key, value),
        None => Ok(()),
    }
}

/// Writes the properties the model does not know, after the ones it does.
pub fn write_extra<S: SerializeMap>(map: &mut S, extra: &Map) -> Result<(), S::Error> {
    for (key, value) in &extra.entries {
        map.serialize_entry(key, value)?;
    }
    Ok(())
}

/// A generated enum read from the string Graph sends: known values by name, any other value
/// kept as sent, so parsing never fails.
///
/// ```
/// use graph_permissions::models::Role;
/// use graph_permissions::rt::contract::WireEnum;
///
/// assert_eq!(Role::from_wire("write"), Role::Write);
/// assert_eq!(Role::from_wire("library.reader").as_str(), "library.reader");
/// ```
pub trait WireEnum: Sized {
    /// The value for a wire string; `Unknown(…)` for one the spec does not list.
    fn from_wire(value: &str) -> Self;
}

/// `Deserialize::deserialize` of every generated enum.
pub fn deserialize_enum<'de, D: Deserializer<'de>, T: WireEnum>(d: D) -> Result<T, D::Error> {
    struct EnumVisitor<T>(PhantomData<T>);
    impl<T: WireEnum> Visitor<'_> for EnumVisitor<T> {
        type Value = T;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a string value of an enumeration")
        }
        fn visit_str<E: de::Error>(self, v: &str) -> Result<T, E> {
            Ok(T::from_wire(v))
        }
    }
    d.deserialize_str(EnumVisitor(PhantomData))
}

/// An ISO 8601 timestamp (`Edm.DateTimeOffset`), kept exactly as sent.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct DateTimeOffset(String);

impl Serialize for DateTimeOffset {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for DateTimeOffset {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        String::deserialize(d).map(Self)
    }
}

impl DateTimeOffset {
    /// Wraps a timestamp such as `2018-07-15T14:00:00Z`; the text is sent as given.
    pub fn new(value: impl Into<String>) -> Self {
        Self(value.into())
    }

    /// The timestamp exactly as sent.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for DateTimeOffset {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// One page of a collection: the items under `value`, and the link to the next page.
#[derive(Clone, Debug, PartialEq)]
pub struct Page<T> {
    /// The items of this page.
    pub value: Vec<T>,
    /// `@odata.nextLink`: where the next page is, when there is one.
    pub next_link: Option<String>,
    /// Every other property of the response, annotations included.
    pub extra: Map,
}

impl<T> Page<T> {
    /// `@odata.count`: the total number of items, which a request with `.count(true)` asks
    /// for; `None` when the response does not say.
    pub fn count(&self) -> Option<u64> {
        self.extra.get("@odata.count")?.as_u64()
    }
}

impl<T> Default for Page<T> {
    fn default() -> Self {
        Self {
            value: Vec::new(),
            next_link: None,
            extra: Map::new(),
        }
    }
}

impl<T: serde::de::DeserializeOwned> ReadFields for Page<T> {
    const NAME: &'static str = "collection";
    fn read_field<'de, A: MapAccess<'de>>(
        &mut self,
        key: Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "value" => {
                let mut slot = None;
                read_field(&mut slot, key, map, &mut self.extra)?;
                self.value = slot.unwrap_or_default();
                Ok(())
            }
            "@odata.nextLink" => read_field(&mut self.next_link, key, map, &mut self.extra),
            _ => read_unknown(key, map, &mut self.extra),
        }
    }
}

impl<T: Serialize> WriteFields for Page<T> {
    fn write_fields<S: SerializeMap>(&self, map: &mut S) -> Result<(), S::Error> {
        // A `"value": null` that was read is in `extra`, and written from there.
        if !self.extra.contains_key("value") {
            map.serialize_entry("value", &self.value)?;
        }
        write_field(map, "@odata.nextLink", &self.next_link)?;
        write_extra(map, &self.extra)
    }
}

impl<'de, T: serde::de::DeserializeOwned> Deserialize<'de> for Page<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        deserialize_model(d)
    }
}

impl<T: Serialize> Serialize for Page<T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        serialize_model(self, s)
    }
}
