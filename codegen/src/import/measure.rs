//! How much of what is documented an imported spec has.
//!
//! - Against a reference spec ([`measure`]): its (operation, variant) pairs — an operation of
//!   the same family, method and path — and its scope cells — the same scopes per operation and
//!   permission type, in any order (the pages' order is kept; where it is not the reference's,
//!   that is listed).
//! - Against an expected list ([`expect`]), written by reading the pages, one fact a line:
//!
//!   ```text
//!   pair GET /drives/{}/items/{}/permissions
//!   body POST /sites/{}/permissions resource permission: roles grantedToV2
//!   body PATCH /drives/{}/items/{}/permissions/{} fields: roles expirationDateTime
//!   cell GET /drives/{}/items/{}/permissions delegated-work: Files.Read Files.ReadWrite
//!   cell DELETE /sites/{}/permissions/{} delegated-work: not supported
//!   resource sharedDriveItem
//!   ```
//!
//!   A pair is found when an operation with that method reaches that path (variant and own path,
//!   placeholders nameless); a body when that operation's body is of that form with those
//!   members, in any order; a cell when its row has those scopes, in any order; a resource when
//!   the spec has it. Every scope's description is measured too: Microsoft's (the permission
//!   data's, when given) or not.

use marked_yaml::Node;

use super::merge::ScopeData;
use super::naming::shape;
use crate::vocab::{PermissionType, NOT_SUPPORTED};

/// How much of a reference spec an imported one has.
#[derive(Clone, Debug, Default)]
pub struct Measure {
    /// The reference's (operation, variant) pairs the imported spec has.
    pub pairs: usize,
    /// The reference's (operation, variant) pairs.
    pub pairs_total: usize,
    /// The reference's scope cells the imported spec has, in any order.
    pub cells: usize,
    /// The reference's scope cells: one per operation and permission type.
    pub cells_total: usize,
    /// What the imported spec lacks or says otherwise, one line each.
    pub misses: Vec<String>,
    /// Cells with the reference's scopes in another order: the pages' order is kept.
    pub reordered: Vec<String>,
}

impl Measure {
    /// Whether the imported spec has every pair and every cell.
    pub fn complete(&self) -> bool {
        self.pairs == self.pairs_total && self.cells == self.cells_total
    }

    /// The figures, then the misses and reorderings, one line each.
    pub fn render(&self) -> String {
        let mut out = format!(
            "pairs {}/{}, scope cells {}/{}\n",
            self.pairs, self.pairs_total, self.cells, self.cells_total
        );
        for m in &self.misses {
            out.push_str(&format!("  missing: {m}\n"));
        }
        for m in &self.reordered {
            out.push_str(&format!("  in the pages' order: {m}\n"));
        }
        out
    }
}

fn get<'n>(node: &'n Node, key: &str) -> Option<&'n Node> {
    node.as_mapping()?.get_node(key)
}

fn text(node: Option<&Node>) -> String {
    node.and_then(Node::as_scalar)
        .map(|s| s.as_str().to_owned())
        .unwrap_or_default()
}

fn list(node: Option<&Node>) -> Vec<String> {
    match node {
        Some(Node::Sequence(s)) => s.iter().map(|n| text(Some(n))).collect(),
        Some(other) => vec![text(Some(other))],
        None => Vec::new(),
    }
}

fn entries(node: Option<&Node>) -> Vec<(String, &Node)> {
    node.and_then(Node::as_mapping)
        .map(|m| m.iter().map(|(k, v)| (k.as_str().to_owned(), v)).collect())
        .unwrap_or_default()
}

/// An operation of a spec, as the measures see it.
struct Op<'n> {
    /// `family.operation`.
    name: String,
    method: String,
    /// (variant, full path shape).
    paths: Vec<(String, String)>,
    node: &'n Node,
}

/// Every operation of a spec in the families form.
fn operations(root: &Node) -> Vec<Op<'_>> {
    let mut out = Vec::new();
    for (family, f) in entries(get(root, "families")) {
        let variants = get(f, "variants");
        for (name, op) in entries(get(f, "operations")) {
            let own = text(get(op, "path"));
            let paths = list(get(op, "variants"))
                .into_iter()
                .map(|v| {
                    let path = variants
                        .and_then(|m| get(m, &v))
                        .map(|n| text(get(n, "path")))
                        .unwrap_or_default();
                    let full = shape(&format!("{path}{own}"));
                    (v, full)
                })
                .collect();
            out.push(Op {
                name: format!("{family}.{name}"),
                method: text(get(op, "method")),
                paths,
                node: op,
            });
        }
    }
    out
}

fn row(op: &Node, ty: &str) -> Option<Vec<String>> {
    let cell = get(get(op, "scopes")?, ty)?;
    Some(list(Some(cell)))
}

fn sorted(r: &[String]) -> Vec<String> {
    let mut r = r.to_vec();
    r.sort();
    r
}

fn parse(t: &str, what: &str) -> Result<Node, String> {
    marked_yaml::parse_yaml(0, t).map_err(|e| format!("the {what} spec is not YAML: {e}"))
}

/// `imported` against `reference`, both spec texts in the families form.
pub fn measure(reference: &str, imported: &str) -> Result<Measure, String> {
    let reference = parse(reference, "reference")?;
    let imported = parse(imported, "imported")?;
    let mut m = Measure::default();
    let have = operations(&imported);
    for op in operations(&reference) {
        for (variant, path) in &op.paths {
            m.pairs_total += 1;
            if have
                .iter()
                .any(|o| o.method == op.method && o.paths.iter().any(|(_, p)| p == path))
            {
                m.pairs += 1;
            } else {
                m.misses
                    .push(format!("pair ({}, {variant}) {path}", op.name));
            }
        }
        let first = op.paths.first().map(|(_, p)| p.clone()).unwrap_or_default();
        let mine = have
            .iter()
            .find(|o| o.method == op.method && o.paths.iter().any(|(_, p)| *p == first));
        for ty in PermissionType::ALL.iter().map(|t| t.as_str()) {
            m.cells_total += 1;
            let want = row(op.node, ty);
            let got = mine.and_then(|o| row(o.node, ty));
            let shown = |r: &Option<Vec<String>>| match r {
                Some(r) => format!("[{}]", r.join(", ")),
                None => "nothing".to_owned(),
            };
            match (&want, &got) {
                (Some(w), Some(g)) if sorted(w) == sorted(g) => {
                    m.cells += 1;
                    if w != g {
                        m.reordered.push(format!(
                            "{}, {ty}: {} (reference {})",
                            op.name,
                            shown(&got),
                            shown(&want)
                        ));
                    }
                }
                _ => m.misses.push(format!(
                    "scopes of {}, {ty}: reference {}, imported {}",
                    op.name,
                    shown(&want),
                    shown(&got)
                )),
            }
        }
    }
    Ok(m)
}

/// How much of an expected list an imported spec has.
#[derive(Clone, Debug, Default)]
pub struct Expectation {
    /// (found, documented) for pairs, bodies, scope cells and resources, in that order.
    pub figures: [(usize, usize); 4],
    /// Scopes whose description is Microsoft's, and all scopes; `None` without the data.
    pub described: Option<(usize, usize)>,
    /// What the spec lacks or says otherwise, one line each.
    pub misses: Vec<String>,
}

impl Expectation {
    /// One line of figures, then the misses.
    pub fn render(&self) -> String {
        let [p, b, c, r] = self.figures;
        let mut out = format!(
            "pairs {}/{}, bodies {}/{}, scope cells {}/{}, resources {}/{}",
            p.0, p.1, b.0, b.1, c.0, c.1, r.0, r.1
        );
        if let Some((m, all)) = self.described {
            out.push_str(&format!(", scopes described by Microsoft {m}/{all}"));
        }
        out.push('\n');
        for m in &self.misses {
            out.push_str(&format!("  missing: {m}\n"));
        }
        out
    }
}

/// `imported` (a spec's text) against an expected list; `data` measures the scopes'
/// descriptions.
pub(crate) fn expect(
    expected: &str,
    imported: &str,
    data: Option<&dyn ScopeData>,
) -> Result<Expectation, String> {
    let root = parse(imported, "imported")?;
    let ops = operations(&root);
    let find = |method: &str, path: &str| {
        ops.iter()
            .find(|o| o.method == method && o.paths.iter().any(|(_, p)| *p == shape(path)))
    };
    let mut e = Expectation::default();
    for (n, line) in expected.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let bad = || {
            format!(
                "line {}: `{line}` is not `pair|body|cell METHOD PATH …` or `resource NAME`",
                n + 1
            )
        };
        let mut words = line.split_whitespace();
        let what = words.next().ok_or_else(bad)?;
        if what == "resource" {
            let name = words.next().ok_or_else(bad)?;
            e.figures[3].1 += 1;
            if entries(get(&root, "resources"))
                .iter()
                .any(|(k, _)| k == name)
            {
                e.figures[3].0 += 1;
            } else {
                e.misses.push(format!("resource {name}"));
            }
            continue;
        }
        let method = words.next().ok_or_else(bad)?;
        let path = words.next().ok_or_else(bad)?;
        let rest: Vec<&str> = words.collect();
        let op = find(method, path);
        match what {
            "pair" => {
                e.figures[0].1 += 1;
                match op {
                    Some(_) => e.figures[0].0 += 1,
                    None => e.misses.push(format!("pair {method} {path}")),
                }
            }
            "body" => {
                e.figures[1].1 += 1;
                let (form, members) = match rest.split_first() {
                    Some((&"fields:", m)) => ("fields", m.to_vec()),
                    Some((&"resource", [name, m @ ..])) => (name.trim_end_matches(':'), m.to_vec()),
                    _ => return Err(bad()),
                };
                let body = op.and_then(|o| get(o.node, "body"));
                let got: Option<Vec<String>> = body.map(|b| {
                    if form == "fields" {
                        entries(get(b, "fields"))
                            .into_iter()
                            .map(|(k, _)| k)
                            .collect()
                    } else if text(get(b, "resource")) == form {
                        list(get(b, "accepts"))
                    } else {
                        Vec::new()
                    }
                });
                let want: Vec<String> = members.iter().map(|s| (*s).to_owned()).collect();
                match got {
                    Some(g) if sorted(&g) == sorted(&want) => e.figures[1].0 += 1,
                    other => e.misses.push(format!(
                        "body {method} {path}: expected {form} {}, imported {}",
                        want.join(" "),
                        other
                            .map(|g| g.join(" "))
                            .unwrap_or_else(|| "nothing".to_owned())
                    )),
                }
            }
            "cell" => {
                e.figures[2].1 += 1;
                let (ty, scopes) = rest.split_first().ok_or_else(bad)?;
                let ty = ty.trim_end_matches(':');
                let want: Vec<String> = match scopes.join(" ").as_str() {
                    s if s == NOT_SUPPORTED => vec![NOT_SUPPORTED.to_owned()],
                    _ => scopes.iter().map(|s| (*s).to_owned()).collect(),
                };
                let got = op.and_then(|o| row(o.node, ty));
                match got {
                    Some(g) if sorted(&g) == sorted(&want) => e.figures[2].0 += 1,
                    other => e.misses.push(format!(
                        "cell {method} {path} {ty}: expected {}, imported {}",
                        want.join(" "),
                        other
                            .map(|g| g.join(" "))
                            .unwrap_or_else(|| "nothing".to_owned())
                    )),
                }
            }
            _ => return Err(bad()),
        }
    }
    if let Some(d) = data {
        let scopes = entries(get(&root, "scopes"));
        // Whitespace as YAML writes it: runs of spaces are one.
        let words = |t: &str| t.split_whitespace().collect::<Vec<_>>().join(" ");
        let microsoft = scopes
            .iter()
            .filter(|(name, v)| {
                d.description(name)
                    .is_some_and(|m| !m.is_empty() && words(&m) == words(&text(Some(v))))
            })
            .count();
        e.described = Some((microsoft, scopes.len()));
    }
    Ok(e)
}
