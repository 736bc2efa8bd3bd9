//! Request bodies, checked as Graph checks them: a JSON object holding only the properties the
//! call accepts (and `@odata.` annotations), its required ones present, each of its type, enum
//! values among those the spec lists. A body that fails is 400 `invalidRequest` naming the
//! property.

use graph_permissions::models::{Role, SharingLinkScope, SharingLinkType};
use graph_permissions::rt::WireEnum;
use serde_json::{json, Map, Value};

use crate::answer::{invalid, Answer};
use crate::call::Call;

/// A body that passed the checks of its call.
pub(crate) struct Body {
    map: Map<String, Value>,
}

impl Body {
    /// The body of `call`, which accepts the properties `accepts` and needs `required`.
    pub(crate) fn read(call: &Call, accepts: &[&str], required: &[&str]) -> Result<Self, Answer> {
        let value: Value = serde_json::from_slice(call.body)
            .map_err(|e| invalid(&format!("The request body is not JSON: {e}.")))?;
        let Value::Object(map) = value else {
            return Err(invalid("The request body must be a JSON object."));
        };
        if let Some(key) = map
            .keys()
            .find(|k| !k.starts_with("@odata.") && !accepts.contains(&k.as_str()))
        {
            return Err(invalid(&format!(
                "The property '{key}' is not accepted by this call; it accepts {}.",
                accepts.join(", ")
            )));
        }
        if let Some(name) = required
            .iter()
            .find(|name| map.get(**name).is_none_or(Value::is_null))
        {
            return Err(invalid(&format!(
                "The required property '{name}' is missing."
            )));
        }
        Ok(Self { map })
    }

    fn get(&self, name: &str) -> Option<&Value> {
        self.map.get(name).filter(|v| !v.is_null())
    }

    pub(crate) fn string(&self, name: &str) -> Result<Option<String>, Answer> {
        match self.get(name) {
            None => Ok(None),
            Some(Value::String(s)) => Ok(Some(s.clone())),
            Some(_) => Err(wrong_type(name, "a string")),
        }
    }

    pub(crate) fn boolean(&self, name: &str) -> Result<Option<bool>, Answer> {
        match self.get(name) {
            None => Ok(None),
            Some(Value::Bool(b)) => Ok(Some(*b)),
            Some(_) => Err(wrong_type(name, "true or false")),
        }
    }

    /// An ISO 8601 date and time, `2026-07-15T14:00:00Z`.
    pub(crate) fn date_time(&self, name: &str) -> Result<Option<String>, Answer> {
        let Some(text) = self.string(name)? else {
            return Ok(None);
        };
        let b = text.as_bytes();
        let digits = |range: std::ops::Range<usize>| range.clone().all(|i| b[i].is_ascii_digit());
        let shaped = b.len() >= 16
            && digits(0..4)
            && b[4] == b'-'
            && digits(5..7)
            && b[7] == b'-'
            && digits(8..10)
            && b[10] == b'T'
            && digits(11..13)
            && b[13] == b':';
        match shaped {
            true => Ok(Some(text)),
            false => Err(wrong_type(
                name,
                "a date and time such as 2026-07-15T14:00:00Z",
            )),
        }
    }

    /// A non-empty array of roles the spec lists.
    pub(crate) fn roles(&self, name: &str) -> Result<Option<Vec<String>>, Answer> {
        let Some(values) = self.strings(name)? else {
            return Ok(None);
        };
        if values.is_empty() {
            return Err(invalid(&format!("'{name}' must name at least one role.")));
        }
        for value in &values {
            if matches!(Role::from_wire(value), Role::Unknown(_)) {
                return Err(invalid(&format!("'{value}' in '{name}' is not a role.")));
            }
        }
        Ok(Some(values))
    }

    /// A sharing link type the spec lists.
    pub(crate) fn link_type(&self, name: &str) -> Result<Option<String>, Answer> {
        let value = self.string(name)?;
        match value.as_deref().map(SharingLinkType::from_wire) {
            Some(SharingLinkType::Unknown(v)) => Err(invalid(&format!(
                "'{v}' is not a sharing link type ('{name}')."
            ))),
            _ => Ok(value),
        }
    }

    /// A sharing link scope the spec lists.
    pub(crate) fn link_scope(&self, name: &str) -> Result<Option<String>, Answer> {
        let value = self.string(name)?;
        match value.as_deref().map(SharingLinkScope::from_wire) {
            Some(SharingLinkScope::Unknown(v)) => Err(invalid(&format!(
                "'{v}' is not a sharing link scope ('{name}')."
            ))),
            _ => Ok(value),
        }
    }

    /// A non-empty array of drive recipients, each with exactly one of `alias`, `email` and
    /// `objectId`.
    pub(crate) fn recipients(&self, name: &str) -> Result<Option<Vec<Recipient>>, Answer> {
        let Some(value) = self.get(name) else {
            return Ok(None);
        };
        let Some(items) = value.as_array().filter(|a| !a.is_empty()) else {
            return Err(wrong_type(name, "a non-empty array of recipients"));
        };
        items
            .iter()
            .map(|item| Recipient::read(name, item))
            .collect::<Result<Vec<_>, _>>()
            .map(Some)
    }

    /// Identity sets: one (`grantedToV2`) or, when the property is a collection, a non-empty
    /// array (`grantedToIdentities`), each an object naming at least one user, group,
    /// application, site user or site group by id, email or display name.
    pub(crate) fn identities(&self, name: &str, collection: bool) -> Result<Value, Answer> {
        let value = self.get(name).cloned().unwrap_or(Value::Null);
        let sets: Vec<&Value> = match (&value, collection) {
            (Value::Array(items), true) if !items.is_empty() => items.iter().collect(),
            (Value::Object(_), false) => vec![&value],
            (_, true) => return Err(wrong_type(name, "a non-empty array of identity sets")),
            (_, false) => return Err(wrong_type(name, "an identity set")),
        };
        const KINDS: &[&str] = &[
            "user",
            "group",
            "application",
            "device",
            "siteUser",
            "siteGroup",
        ];
        let names_someone = |set: &Value| {
            KINDS.iter().any(|kind| {
                ["id", "email", "displayName"]
                    .iter()
                    .any(|key| set[*kind][*key].is_string())
            })
        };
        match sets.into_iter().all(names_someone) {
            true => Ok(value),
            false => Err(invalid(&format!(
                "Each identity set in '{name}' must name a user, group, application, site user or site group by id, email or displayName."
            ))),
        }
    }

    fn strings(&self, name: &str) -> Result<Option<Vec<String>>, Answer> {
        let Some(value) = self.get(name) else {
            return Ok(None);
        };
        let strings: Option<Vec<String>> = value
            .as_array()
            .and_then(|a| a.iter().map(|v| v.as_str().map(str::to_owned)).collect());
        strings
            .map(Some)
            .ok_or_else(|| wrong_type(name, "an array of strings"))
    }
}

fn wrong_type(name: &str, expected: &str) -> Answer {
    invalid(&format!("The property '{name}' must be {expected}."))
}

/// A drive recipient: someone to share with.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Recipient {
    Email(String),
    ObjectId(String),
    Alias(String),
}

impl Recipient {
    fn read(name: &str, value: &Value) -> Result<Self, Answer> {
        let text = |key: &str| value.get(key).and_then(Value::as_str).map(str::to_owned);
        match (text("email"), text("objectId"), text("alias")) {
            (Some(email), None, None) if email.contains('@') => Ok(Recipient::Email(email)),
            (None, Some(id), None) => Ok(Recipient::ObjectId(id)),
            (None, None, Some(alias)) => Ok(Recipient::Alias(alias)),
            _ => Err(invalid(&format!(
                "Each recipient in '{name}' needs exactly one of alias, email (an address) and objectId."
            ))),
        }
    }

    /// Whether the recipient is outside the organization: an email of another domain.
    pub(crate) fn is_external(&self) -> bool {
        matches!(self, Recipient::Email(email) if !email.to_ascii_lowercase().ends_with("@contoso.com"))
    }

    pub(crate) fn email(&self) -> Option<&str> {
        match self {
            Recipient::Email(email) => Some(email),
            _ => None,
        }
    }

    /// The identity set Graph writes for the recipient: a user of the directory has an id,
    /// an external one has none.
    pub(crate) fn identity(&self) -> Value {
        let user = match self {
            Recipient::Email(email) => {
                let local = email.split('@').next().unwrap_or_default();
                match self.is_external() {
                    true => json!({ "displayName": local, "email": email }),
                    false => {
                        json!({ "id": format!("u-{local}"), "displayName": local, "email": email })
                    }
                }
            }
            Recipient::ObjectId(id) => json!({ "id": id }),
            Recipient::Alias(alias) => json!({ "displayName": alias }),
        };
        json!({ "user": user })
    }

    /// Whether an identity set (`grantedToV2`, an item of `grantedToIdentitiesV2`) is this
    /// recipient.
    pub(crate) fn is(&self, set: &Value) -> bool {
        let user = &set["user"];
        match self {
            Recipient::Email(email) => user["email"]
                .as_str()
                .is_some_and(|e| e.eq_ignore_ascii_case(email)),
            Recipient::ObjectId(id) => user["id"] == id.as_str(),
            Recipient::Alias(alias) => user["displayName"] == alias.as_str(),
        }
    }
}
