//! The spec the pages give: a tree in the spec's own keys, each value marked with how it is
//! compared (a fact, or free text that is only written where the spec has none) and with the
//! page line that says it. `build` makes it from facts; `diff` holds it against the spec's
//! YAML; `write` renders the parts the spec lacks.

/// Where a page says something.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Source {
    /// The page or included file, as named.
    pub file: String,
    /// The 1-based line.
    pub line: usize,
}

impl std::fmt::Display for Source {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}", self.file, self.line)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Item {
    pub value: Value,
    pub from: Option<Source>,
}

#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Value {
    /// Free text (descriptions, summaries): written where the spec has none, never compared.
    Text(String),
    /// A fact written as a plain scalar: a type, a method, a path, a shape.
    Scalar(String),
    /// A number: a status code.
    Number(u16),
    /// A flag whose absence means `false` (`required`, `read_only`).
    Flag(bool),
    /// `versions:`; `None` (every version) is written as no key.
    Versions(Option<Vec<String>>),
    /// The versions an operation's pages were read in: the spec lists at least these, and
    /// with `--prune` exactly these. Every version is written as no key.
    Stated(Vec<String>),
    /// A flow list: variants, scopes.
    List(Vec<String>),
    Map(Map),
}

/// A mapping in the spec's order.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct Map {
    pub entries: Vec<(String, Item)>,
    /// The pages say everything this mapping holds: a key only the spec has is a difference
    /// (and `--prune` removes it). Otherwise such keys are the spec's own (hand-written).
    pub owned: bool,
    /// An entry that one version's page has and the other's lacks gets `versions:`.
    pub versioned: bool,
}

impl Item {
    pub fn new(value: Value, from: Option<Source>) -> Item {
        Item { value, from }
    }

    pub fn text(text: impl Into<String>) -> Item {
        Item::new(Value::Text(text.into()), None)
    }

    /// A mapping whose only member is its description: the spec's short form `key: text`.
    pub fn is_short(&self) -> bool {
        match &self.value {
            Value::Map(m) => {
                m.get("description").is_some()
                    && m.entries.iter().all(|(k, v)| {
                        k == "description" && matches!(v.value, Value::Text(_))
                            || matches!(v.value, Value::Versions(None) | Value::Flag(false))
                    })
            }
            _ => false,
        }
    }
}

impl Map {
    pub fn new(owned: bool, versioned: bool) -> Map {
        Map {
            entries: Vec::new(),
            owned,
            versioned,
        }
    }

    pub fn get(&self, key: &str) -> Option<&Item> {
        self.entries.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    pub fn get_mut(&mut self, key: &str) -> Option<&mut Item> {
        self.entries
            .iter_mut()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v)
    }

    /// Sets `key`, keeping its place when it is there.
    pub fn set(&mut self, key: impl Into<String>, item: Item) {
        let key = key.into();
        match self.get_mut(&key) {
            Some(old) => *old = item,
            None => self.entries.push((key, item)),
        }
    }

    pub fn map(&self, key: &str) -> Option<&Map> {
        match &self.get(key)?.value {
            Value::Map(m) => Some(m),
            _ => None,
        }
    }
}

/// `list` in the vocabulary's order of versions; `None` when it is all of them (a spec's
/// `versions:` default).
pub(crate) fn versions_value(list: &[String]) -> Option<Vec<String>> {
    let all = crate::vocab::ApiVersion::ALL;
    let ordered: Vec<String> = all
        .iter()
        .map(|v| v.as_str())
        .filter(|v| list.iter().any(|l| l == v))
        .map(str::to_owned)
        .collect();
    (ordered.len() < all.len()).then_some(ordered)
}

/// Whether an item is written at all: defaults (`false` flags, every version) are not.
pub(crate) fn is_default(value: &Value) -> bool {
    match value {
        Value::Flag(false) | Value::Versions(None) => true,
        Value::Stated(list) => versions_value(list).is_none(),
        _ => false,
    }
}

/// A value on one line as the spec writes it, for reports and flow positions.
pub(crate) fn inline(value: &Value) -> String {
    use super::yaml_edit::{flow_scalar, scalar};
    match value {
        Value::Text(t) | Value::Scalar(t) => scalar(t),
        Value::Number(n) => n.to_string(),
        Value::Flag(b) => b.to_string(),
        Value::Versions(None) => "(every version)".to_owned(),
        Value::Stated(v) => match versions_value(v) {
            Some(v) => inline(&Value::Versions(Some(v))),
            None => inline(&Value::Versions(None)),
        },
        Value::Versions(Some(v)) | Value::List(v) => format!(
            "[{}]",
            v.iter()
                .map(|s| flow_scalar(s))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        Value::Map(m) => format!(
            "{{{}}}",
            m.entries
                .iter()
                .filter(|(_, v)| !is_default(&v.value))
                .map(|(k, v)| format!("{}: {}", flow_scalar(k), inline(&v.value)))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

/// A value's facts on one line, free text left out: what a report shows of a new entry.
pub(crate) fn facts_inline(value: &Value) -> String {
    use super::yaml_edit::flow_scalar;
    match value {
        Value::Map(m) => format!(
            "{{{}}}",
            m.entries
                .iter()
                .filter(|(k, v)| {
                    let prose = matches!(k.as_str(), "description" | "summary" | "note")
                        && matches!(v.value, Value::Text(_));
                    !(is_default(&v.value) || prose)
                })
                .map(|(k, v)| match facts_inline(&v.value) {
                    // An entry that is only text: its name says it is there.
                    facts if matches!(v.value, Value::Text(_)) || facts == "{}" => flow_scalar(k),
                    facts => format!("{}: {facts}", flow_scalar(k)),
                })
                .collect::<Vec<_>>()
                .join(", ")
        ),
        other => inline(other),
    }
}

/// `key: value` lines at `indent` spaces, for an entry the spec does not have yet. Short
/// forms (`read: text`) where the spec's format allows them.
pub(crate) fn render_entry(key: &str, item: &Item, indent: usize, out: &mut String) {
    use super::yaml_edit::{flow_scalar, scalar};
    if is_default(&item.value) {
        return;
    }
    let pad = " ".repeat(indent);
    let key = if key.parse::<u16>().is_ok() {
        key.to_owned()
    } else {
        flow_scalar(key)
    };
    match &item.value {
        Value::Map(m) if item.is_short() => {
            let text = match m.get("description").map(|d| &d.value) {
                Some(Value::Text(t)) => scalar(t),
                _ => "''".to_owned(),
            };
            out.push_str(&format!("{pad}{key}: {text}\n"));
        }
        Value::Map(m) if m.entries.iter().all(|(_, v)| is_default(&v.value)) => {
            out.push_str(&format!("{pad}{key}: {{}}\n"));
        }
        Value::Map(m) => {
            out.push_str(&format!("{pad}{key}:\n"));
            for (k, v) in &m.entries {
                render_entry(k, v, indent + 2, out);
            }
        }
        other => out.push_str(&format!("{pad}{key}: {}\n", inline(other))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_version_is_no_key() {
        let all: Vec<String> = crate::vocab::ApiVersion::ALL
            .iter()
            .map(|v| v.as_str().to_owned())
            .collect();
        assert_eq!(versions_value(&all), None);
        assert_eq!(versions_value(&all[1..]), Some(all[1..].to_vec()));
    }

    #[test]
    fn renders_typed_scalars_and_short_forms() {
        let mut field = Map::new(false, false);
        field.set("type", Item::new(Value::Scalar("Boolean".into()), None));
        field.set("required", Item::new(Value::Flag(false), None));
        field.set("read_only", Item::new(Value::Flag(true), None));
        field.set("description", Item::text("Yes: or no"));
        let mut out = String::new();
        render_entry("f", &Item::new(Value::Map(field), None), 2, &mut out);
        assert_eq!(
            out,
            "  f:\n    type: Boolean\n    read_only: true\n    description: 'Yes: or no'\n"
        );

        let mut value = Map::new(false, false);
        value.set("description", Item::text("Read."));
        value.set("versions", Item::new(Value::Versions(None), None));
        let mut out = String::new();
        render_entry("read", &Item::new(Value::Map(value), None), 0, &mut out);
        assert_eq!(out, "read: Read.\n");

        let mut status = Map::new(false, false);
        status.set("description", Item::text("OK."));
        status.set(
            "versions",
            Item::new(Value::Versions(Some(vec!["beta".into()])), None),
        );
        let mut out = String::new();
        render_entry("207", &Item::new(Value::Map(status), None), 0, &mut out);
        assert_eq!(out, "207:\n  description: OK.\n  versions: [beta]\n");
    }
}
