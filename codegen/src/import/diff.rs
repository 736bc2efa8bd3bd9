//! The spec the pages give against the spec's YAML: every fact that differs, with the page
//! line that says it. Free text is never a difference; it is only filled in where missing.

use marked_yaml::Node;

use super::doc::{
    facts_inline, inline, is_default, versions_value, Item, Map, Source, Value, VERSIONS,
};

/// One difference, at a path of keys in the spec.
#[derive(Clone, Debug, PartialEq)]
pub struct Difference {
    /// The keys from the spec's root, e.g. `operations`, `grant`, `scopes`.
    pub path: Vec<String>,
    /// How the pages and the spec differ there.
    pub kind: Kind,
    /// Where the pages say it; `None` for what only the spec says.
    pub from: Option<Source>,
    /// What `--write` (or, for `SpecOnly`, `--prune`) writes, when it is not the pages' item:
    /// an operation's versions, which only grow without `--prune`.
    pub(crate) target: Option<Value>,
    /// The spec keeps its own value here: a `# import: keep: REASON` comment on the key's
    /// line, or above it, at this key or one that holds it. Reported apart, never written.
    pub kept: Option<String>,
}

/// How the pages and the spec differ at a key.
#[derive(Clone, Debug, PartialEq)]
pub enum Kind {
    /// The pages say it; the spec has no such key. `page` is the value as the spec would write it.
    Added {
        /// The value as the spec would write it.
        page: String,
    },
    /// Both say it, differently.
    Changed {
        /// The pages' value, as the spec would write it.
        page: String,
        /// The spec's value.
        spec: String,
    },
    /// Only the spec says it, in a mapping the pages describe completely.
    SpecOnly {
        /// The spec's value.
        spec: String,
    },
    /// Free text the spec lacks: written, not reported.
    Fill,
}

impl Difference {
    /// The key path, dotted: `operations.grant.scopes`.
    pub fn at(&self) -> String {
        self.path.join(".")
    }

    /// One line for the report.
    pub fn render(&self) -> String {
        let from = self
            .from
            .as_ref()
            .map(|s| format!(" ({s})"))
            .unwrap_or_default();
        let at = self.at();
        match &self.kind {
            Kind::Added { page } => {
                format!("`{at}`: the pages say {page}; the spec has nothing{from}")
            }
            Kind::Changed { page, spec } => {
                format!("`{at}`: the pages say {page}, the spec {spec}{from}")
            }
            Kind::SpecOnly { spec } => {
                format!("`{at}`: only the spec says {spec}; kept unless `--prune`")
            }
            Kind::Fill => format!("`{at}`: text the spec lacks"),
        }
    }
}

/// The differences between the pages' spec (`root`) and the spec's YAML (`text`, parsed).
pub(crate) fn diff(root: &Map, spec: &Node, text: &str) -> Vec<Difference> {
    let mut out = Vec::new();
    map(root, Some(spec), &mut Vec::new(), &mut out);
    let lines: Vec<&str> = text.lines().collect();
    for d in &mut out {
        d.kept = (1..=d.path.len())
            .rev()
            .find_map(|n| key_line(spec, &d.path[..n]).and_then(|l| keep_comment(&lines, l)));
    }
    out
}

/// The 0-based line of the key at `path`.
fn key_line(spec: &Node, path: &[String]) -> Option<usize> {
    let mut node = spec;
    let mut line = None;
    for key in path {
        let (k, v) = node.as_mapping()?.iter().find(|(k, _)| k.as_str() == key)?;
        line = k.span().start().map(|m| m.line().saturating_sub(1));
        node = v;
    }
    line
}

/// The reason of a `# import: keep: REASON` comment at the end of line `at` or in the
/// comment lines directly above it.
fn keep_comment(lines: &[&str], at: usize) -> Option<String> {
    const MARK: &str = "# import: keep";
    let reason = |l: &str| {
        l.find(MARK).map(|p| {
            let rest = l[p + MARK.len()..].trim_start_matches(':').trim();
            if rest.is_empty() {
                "kept by the spec".to_owned()
            } else {
                rest.to_owned()
            }
        })
    };
    if let Some(r) = lines.get(at).and_then(|l| reason(l)) {
        return Some(r);
    }
    let mut k = at;
    while k > 0 && lines[k - 1].trim_start().starts_with('#') {
        k -= 1;
        if let Some(r) = reason(lines[k]) {
            return Some(r);
        }
    }
    None
}

fn spec_text(node: &Node) -> String {
    match node {
        Node::Scalar(s) => s.as_str().to_owned(),
        Node::Sequence(seq) => format!(
            "[{}]",
            seq.iter().map(spec_text).collect::<Vec<_>>().join(", ")
        ),
        Node::Mapping(m) => format!(
            "{{{}}}",
            m.iter()
                .map(|(k, v)| format!("{}: {}", k.as_str(), spec_text(v)))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

fn child<'n>(node: Option<&'n Node>, key: &str) -> Option<&'n Node> {
    node?.as_mapping()?.get_node(key)
}

fn map(doc: &Map, node: Option<&Node>, path: &mut Vec<String>, out: &mut Vec<Difference>) {
    // The spec's short form `key: text` is a mapping with only a description.
    let short = matches!(node, Some(Node::Scalar(_)));
    for (key, item) in &doc.entries {
        path.push(key.clone());
        let spec = if short { None } else { child(node, key) };
        let short_description = short && key == "description";
        if !short_description {
            value(item, spec, path, out);
        }
        path.pop();
    }
    if doc.owned && !short {
        if let Some(m) = node.and_then(Node::as_mapping) {
            for (k, v) in m.iter() {
                if doc.get(k.as_str()).is_none() {
                    let mut p = path.clone();
                    p.push(k.as_str().to_owned());
                    out.push(Difference {
                        path: p,
                        kind: Kind::SpecOnly { spec: spec_text(v) },
                        from: None,
                        target: None,
                        kept: None,
                    });
                }
            }
        }
    }
}

fn push(out: &mut Vec<Difference>, path: &[String], kind: Kind, item: &Item) {
    out.push(Difference {
        path: path.to_vec(),
        kind,
        from: item.from.clone(),
        target: None,
        kept: None,
    });
}

/// An operation's versions: the pages' must be in the spec's; the spec's beyond them are
/// the spec's own unless `--prune`.
fn stated(
    item: &Item,
    stated: &[String],
    spec: Option<&Node>,
    path: &[String],
    out: &mut Vec<Difference>,
) {
    let spec_list: Vec<String> = match spec.and_then(Node::as_sequence) {
        Some(seq) => seq
            .iter()
            .filter_map(Node::as_scalar)
            .map(|s| s.as_str().to_owned())
            .collect(),
        None => VERSIONS.iter().map(|v| (*v).to_owned()).collect(),
    };
    let shown = |l: &[String]| inline(&Value::Versions(Some(l.to_vec())));
    let union: Vec<String> = spec_list.iter().chain(stated).cloned().collect();
    if stated.iter().any(|v| !spec_list.contains(v)) {
        out.push(Difference {
            path: path.to_vec(),
            kind: Kind::Changed {
                page: shown(stated),
                spec: shown(&spec_list),
            },
            from: item.from.clone(),
            target: Some(Value::Versions(versions_value(&union))),
            kept: None,
        });
    } else if spec_list.iter().any(|v| !stated.contains(v)) {
        let only: Vec<String> = spec_list
            .iter()
            .filter(|v| !stated.contains(v))
            .cloned()
            .collect();
        out.push(Difference {
            path: path.to_vec(),
            kind: Kind::SpecOnly {
                spec: format!("{} (no page of that version was read)", shown(&only)),
            },
            from: item.from.clone(),
            target: Some(Value::Versions(versions_value(stated))),
            kept: None,
        });
    }
}

fn value(item: &Item, spec: Option<&Node>, path: &mut Vec<String>, out: &mut Vec<Difference>) {
    let scalar = spec
        .and_then(Node::as_scalar)
        .map(|s| s.as_str().to_owned());
    match (&item.value, spec) {
        (Value::Stated(list), spec) => stated(item, list, spec, path, out),
        (Value::Text(_), None) => push(out, path, Kind::Fill, item),
        (Value::Text(_), Some(_)) => {}
        (Value::Map(m), None) => {
            if !m.entries.iter().all(|(_, v)| is_default(&v.value)) {
                let page = match facts_inline(&item.value) {
                    facts if facts == "{}" => inline(&item.value),
                    facts => facts,
                };
                push(out, path, Kind::Added { page }, item);
            }
        }
        (Value::Map(m), Some(node)) => map(m, Some(node), path, out),
        (v, None) if is_default(v) => {}
        (v, None) => push(out, path, Kind::Added { page: inline(v) }, item),
        (v, Some(node)) => {
            let same = match v {
                Value::Flag(b) => scalar.as_deref() == Some(if *b { "true" } else { "false" }),
                Value::Number(n) => scalar.as_deref() == Some(n.to_string().as_str()),
                Value::Scalar(s) => scalar.as_deref() == Some(s.as_str()),
                Value::Versions(Some(list)) | Value::List(list) => {
                    node.as_sequence().is_some_and(|seq| {
                        seq.len() == list.len()
                            && seq
                                .iter()
                                .zip(list)
                                .all(|(a, b)| a.as_scalar().is_some_and(|a| a.as_str() == b))
                    })
                }
                Value::Versions(None) => false,
                Value::Text(_) | Value::Map(_) | Value::Stated(_) => true,
            };
            if !same {
                let kind = Kind::Changed {
                    page: inline(v),
                    spec: spec_text(node),
                };
                push(out, path, kind, item);
            }
        }
    }
}
