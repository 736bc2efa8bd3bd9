//! Stage 5: the spec the pages give against the spec's YAML: every fact that differs, with the
//! page line that says it. Free text is never a difference; it is only filled in where missing.
//!
//! A `# import: keep[ KIND]: REASON` comment on a key (or in the comment lines above it) keeps
//! the spec's value there: the differences at that key or under it of the kind it keeps are
//! listed apart and never written. `KIND` is `order` (a list in another order), `value` (a
//! scalar, or a list with other members) or `entry` (an entry only one side has). Without a
//! kind, the comment keeps the differences under it when they are all of one kind (all
//! reorders, all changes of keys of one name, or entries) and none is a list with other members:
//! a comment written for an order never hides another set, and one written for `required`
//! never hides a changed `type`. A difference a comment does not cover is shown, with a note.

use marked_yaml::Node;

use super::build::Ranking;
use super::doc::{facts_inline, inline, is_default, versions_value, Item, Map, Source, Value};
use super::note::{Note, NoteKind};
use crate::vocab::ApiVersion;

/// One difference, at a path of keys in the spec.
#[derive(Clone, Debug, PartialEq)]
pub struct Difference {
    /// The keys from the spec's root, e.g. `families`, `share`, `operations`, `grant`, `scopes`.
    pub path: Vec<String>,
    /// How the pages and the spec differ there.
    pub kind: Kind,
    /// Where the pages say it; `None` for what only the spec says.
    pub from: Option<Source>,
    /// What `--write` (or, for `SpecOnly`, `--prune`) writes, when it is not the pages' item:
    /// an operation's versions, which only grow without `--prune`.
    pub(crate) target: Option<Value>,
    /// The spec keeps its own value here (a `# import: keep` comment covers this
    /// difference): its reason. Reported apart, never written.
    pub kept: Option<String>,
    /// Writing it would remove or change what users of the generated crate call (a variant,
    /// an operation, a field, a type, a scope they rely on): only `--prune` writes it.
    pub api_change: bool,
    /// What kind of change it is, as a keep comment names it.
    pub(crate) change: Change,
    /// What writing it does to the generated crate, where the key does not say it.
    pub effect: Option<String>,
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

/// The kind of a change, as keep comments name them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Change {
    /// A list with the same members in another order.
    Reorder,
    /// A list with other members.
    Members,
    /// A scalar with another value.
    Scalar,
    /// An entry only one side has.
    Entry,
}

impl Difference {
    /// The key path, dotted: `families.share.operations.grant.scopes`.
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
        let line = match &self.kind {
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
        };
        match &self.effect {
            Some(effect) => format!("{line}; {effect}"),
            None => line,
        }
    }
}

/// The differences between the pages' spec (`root`) and the spec's YAML (`text`, parsed), and
/// the notes on keep comments that do not cover what is under them.
pub(crate) fn diff(
    root: &Map,
    spec: &Node,
    text: &str,
    scopes: &Ranking,
) -> (Vec<Difference>, Vec<Note>) {
    let mut out = Vec::new();
    scope_order(root, spec, scopes, &mut out);
    map(root, Some(spec), &mut Vec::new(), &mut out);
    let notes = keep(&mut out, spec, text);
    (out, notes)
}

/// A `# import: keep` comment and the key it annotates.
struct Keep {
    path: Vec<String>,
    kind: Option<Change>,
    /// `entry` names two changes.
    entry: bool,
    reason: String,
    line: usize,
}

/// Every key's path and 0-based line.
fn key_lines(node: &Node, path: &mut Vec<String>, out: &mut Vec<(usize, Vec<String>)>) {
    let Some(m) = node.as_mapping() else { return };
    for (k, v) in m.iter() {
        path.push(k.as_str().to_owned());
        if let Some(start) = k.span().start() {
            out.push((start.line().saturating_sub(1), path.clone()));
        }
        key_lines(v, path, out);
        path.pop();
    }
}

/// The keep comments of the spec: `# import: keep[ KIND]: REASON` at the end of a key's line
/// or in the comment lines directly above it.
fn keeps(spec: &Node, text: &str) -> Vec<Keep> {
    const MARK: &str = "# import: keep";
    let lines: Vec<&str> = text.lines().collect();
    let mut keys = Vec::new();
    key_lines(spec, &mut Vec::new(), &mut keys);
    let mut out = Vec::new();
    for (i, l) in lines.iter().enumerate() {
        let Some(p) = l.find(MARK) else { continue };
        let rest = &l[p + MARK.len()..];
        let (word, reason) = match rest.split_once(':') {
            Some((w, r)) => (w.trim(), r.trim()),
            None => (rest.trim(), ""),
        };
        let (kind, entry) = match word {
            "order" => (Some(Change::Reorder), false),
            "value" => (Some(Change::Scalar), false),
            "entry" => (Some(Change::Entry), true),
            _ => (None, false),
        };
        let reason = if reason.is_empty() {
            "kept by the spec".to_owned()
        } else {
            reason.to_owned()
        };
        // The key on this line, else the first key below the comment lines.
        let own_line = !l.trim_start().starts_with('#');
        let target = if own_line {
            Some(i)
        } else {
            (i + 1..lines.len()).find(|&k| !lines[k].trim_start().starts_with('#'))
        };
        let Some(target) = target else { continue };
        if let Some((_, path)) = keys.iter().find(|(line, _)| *line == target) {
            out.push(Keep {
                path: path.clone(),
                kind,
                entry,
                reason,
                line: i + 1,
            });
        }
    }
    // Deepest first: a difference is the business of the nearest comment above it.
    out.sort_by_key(|k| std::cmp::Reverse(k.path.len()));
    out
}

/// What a kind-less keep tells apart: reorders, changes of keys of one name, entries.
fn signature(d: &Difference) -> (Change, String) {
    match d.change {
        Change::Scalar => (Change::Scalar, d.path.last().cloned().unwrap_or_default()),
        other => (other, String::new()),
    }
}

fn keep(out: &mut [Difference], spec: &Node, text: &str) -> Vec<Note> {
    let mut notes = Vec::new();
    let mut taken = vec![false; out.len()];
    for k in keeps(spec, text) {
        let under: Vec<usize> = (0..out.len())
            .filter(|&i| !taken[i] && out[i].kind != Kind::Fill && out[i].path.starts_with(&k.path))
            .collect();
        if under.is_empty() {
            continue;
        }
        for &i in &under {
            taken[i] = true;
        }
        let covers = |d: &Difference| match k.kind {
            Some(Change::Scalar) => matches!(d.change, Change::Scalar | Change::Members),
            Some(Change::Entry) if k.entry => d.change == Change::Entry,
            Some(kind) => d.change == kind,
            None => d.change != Change::Members,
        };
        let one_kind = k.kind.is_some()
            || under
                .iter()
                .all(|&i| signature(&out[i]) == signature(&out[under[0]]));
        let mut missed = Vec::new();
        for &i in &under {
            if one_kind && covers(&out[i]) {
                out[i].kept = Some(k.reason.clone());
            } else {
                missed.push(out[i].at());
            }
        }
        if !missed.is_empty() {
            let what = match k.kind {
                Some(Change::Reorder) => "keeps an order",
                Some(Change::Scalar | Change::Members) => "keeps a value",
                Some(Change::Entry) => "keeps an entry",
                None if !one_kind => {
                    "keeps one kind of difference, and the pages differ in several kinds under it"
                }
                None => "keeps reorders, values and entries but never a list with other members",
            };
            notes.push(Note::new(
                NoteKind::KeepMismatch,
                None,
                k.path.join("."),
                format!(
                    "the `# import: keep` comment at line {} of the spec ({}) {what}; shown, not kept: {}. Write `# import: keep order:`, `keep value:` or `keep entry:` to keep one kind",
                    k.line,
                    k.reason,
                    missed.iter().map(|m| format!("`{m}`")).collect::<Vec<_>>().join(", ")
                ),
            ));
        }
    }
    notes
}

/// What writing a new order of `scopes:` does to the generated crate.
const SCOPE_ORDER_EFFECT: &str = "written, this reorders the generated `scopes::Scope` variants and `scopes::BY_PRIVILEGE` (so `minimal` prefers another scope where several allow a call) and, with `typed-scopes`, the parameters of `scopes::Granted` (a major change: a `Granted` type spelled out by hand still compiles and grants other scopes; one written with `granted![…]` follows)";

/// `scopes:` in another order than the pages' rows and Microsoft's data rank them: a
/// reorder of the whole mapping (its target the spec's scopes and the pages' in the pages'
/// order, each scope only the spec has after the one it follows there). Public API, as a
/// row's order is: it decides what `minimal` prefers, and `Granted`'s parameters follow it.
fn scope_order(root: &Map, spec: &Node, ranking: &Ranking, out: &mut Vec<Difference>) {
    let (Some(pages), Some(node)) = (root.map("scopes"), child(Some(spec), "scopes")) else {
        return;
    };
    let Some(mapping) = node.as_mapping() else {
        return;
    };
    let spec_order: Vec<String> = mapping.iter().map(|(k, _)| k.as_str().to_owned()).collect();
    let Some(why) = ranking.why_not(&spec_order) else {
        return;
    };
    let page_order: Vec<String> = pages.entries.iter().map(|(k, _)| k.clone()).collect();
    let mut target = page_order.clone();
    for (k, s) in spec_order.iter().enumerate() {
        if target.contains(s) {
            continue;
        }
        let place = spec_order[..k]
            .iter()
            .rev()
            .find_map(|p| target.iter().position(|t| t == p))
            .map_or(0, |p| p + 1);
        target.insert(place, s.clone());
    }
    out.push(Difference {
        path: vec!["scopes".to_owned()],
        kind: Kind::Changed {
            page: format!(
                "{}, least privileged first ({why})",
                inline(&Value::List(page_order))
            ),
            spec: inline(&Value::List(spec_order)),
        },
        from: None,
        target: Some(Value::List(target)),
        kept: None,
        api_change: true,
        change: Change::Reorder,
        effect: Some(SCOPE_ORDER_EFFECT.to_owned()),
    });
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
                        api_change: true,
                        change: Change::Entry,
                        effect: None,
                    });
                }
            }
        }
    }
}

/// Whether adding this key to an existing entry changes what users call: a `primary` variant
/// renames endpoint functions, a required body field is a new argument of `new`.
fn added_changes_api(path: &[String], item: &Item) -> bool {
    let last = path.last().map(String::as_str);
    let required_field = path.len() >= 2
        && path[path.len() - 2] == "fields"
        && matches!(&item.value, Value::Map(m) if m.get("required").is_some_and(|r| r.value == Value::Flag(true)));
    last == Some("primary") || last == Some("required") || required_field
}

fn push(out: &mut Vec<Difference>, path: &[String], kind: Kind, item: &Item, change: Change) {
    let api_change = match &kind {
        Kind::Added { .. } => added_changes_api(path, item),
        Kind::Fill => false,
        Kind::Changed { .. } | Kind::SpecOnly { .. } => true,
    };
    out.push(Difference {
        path: path.to_vec(),
        kind,
        from: item.from.clone(),
        target: None,
        kept: None,
        api_change,
        change,
        effect: None,
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
        None => ApiVersion::ALL
            .iter()
            .map(|v| v.as_str().to_owned())
            .collect(),
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
            api_change: false,
            change: Change::Members,
            effect: None,
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
            api_change: true,
            change: Change::Members,
            effect: None,
        });
    }
}

/// Whether `small` is `large` with members left out, in the same order.
fn subsequence(small: &[String], large: &[String]) -> bool {
    let mut it = large.iter();
    small.iter().all(|s| it.any(|l| l == s))
}

fn value(item: &Item, spec: Option<&Node>, path: &mut Vec<String>, out: &mut Vec<Difference>) {
    match (&item.value, spec) {
        (Value::Stated(list), spec) => stated(item, list, spec, path, out),
        (Value::Text(_), None) => push(out, path, Kind::Fill, item, Change::Entry),
        (Value::Text(_), Some(_)) => {}
        (Value::Map(m), None) => {
            if !m.entries.iter().all(|(_, v)| is_default(&v.value)) {
                let page = match facts_inline(&item.value) {
                    facts if facts == "{}" => inline(&item.value),
                    facts => facts,
                };
                push(out, path, Kind::Added { page }, item, Change::Entry);
            }
        }
        (Value::Map(m), Some(node)) => map(m, Some(node), path, out),
        (v, None) if is_default(v) => {}
        (v, None) => push(
            out,
            path,
            Kind::Added { page: inline(v) },
            item,
            Change::Entry,
        ),
        (v, Some(node)) => changed(item, v, node, path, out),
    }
}

/// A value both sides have: a difference when the spec's is another.
fn changed(item: &Item, v: &Value, node: &Node, path: &[String], out: &mut Vec<Difference>) {
    let scalar = node.as_scalar().map(|s| s.as_str().to_owned());
    let spec_list: Option<Vec<String>> = node.as_sequence().map(|seq| {
        seq.iter()
            .map(|n| {
                n.as_scalar()
                    .map(|s| s.as_str().to_owned())
                    .unwrap_or_default()
            })
            .collect()
    });
    let same = match v {
        Value::Flag(b) => scalar.as_deref() == Some(if *b { "true" } else { "false" }),
        Value::Number(n) => scalar.as_deref() == Some(n.to_string().as_str()),
        Value::Scalar(s) => scalar.as_deref() == Some(s.as_str()),
        Value::Versions(Some(list)) | Value::List(list) => spec_list.as_ref() == Some(list),
        Value::Versions(None) => false,
        Value::Text(_) | Value::Map(_) | Value::Stated(_) => true,
    };
    if same {
        return;
    }
    let kind = Kind::Changed {
        page: inline(v),
        spec: spec_text(node),
    };
    let (change, api_change) = kind_of_change(v, spec_list.as_deref(), path);
    out.push(Difference {
        path: path.to_vec(),
        kind,
        from: item.from.clone(),
        target: None,
        kept: None,
        api_change,
        change,
        effect: None,
    });
}

/// What a change of a value is, and whether it changes public API.
fn kind_of_change(v: &Value, spec_list: Option<&[String]>, path: &[String]) -> (Change, bool) {
    match (v, spec_list) {
        (Value::List(list), Some(spec_list)) => {
            let mut a = list.clone();
            let mut b = spec_list.to_vec();
            a.sort();
            b.sort();
            let reorder = a == b;
            // Members added to a list of variants or scopes, the spec's kept in
            // order: new endpoint functions, new typed-scope impls; nothing goes.
            let grows = subsequence(spec_list, list) && list.len() > spec_list.len();
            let variants = path.last().is_some_and(|k| k == "variants");
            match (reorder, grows) {
                (true, _) => (Change::Reorder, !variants),
                (false, true) => (Change::Members, false),
                (false, false) => (Change::Members, true),
            }
        }
        (Value::List(_), None) => (Change::Members, true),
        (Value::Versions(pages), _) => {
            // More versions is more API; fewer is less.
            let spec = spec_list.unwrap_or_default();
            let widens = match pages {
                None => true,
                Some(list) => spec.iter().all(|v| list.contains(v)),
            };
            (Change::Members, !widens)
        }
        _ => (Change::Scalar, true),
    }
}
