//! How much of a reference spec an imported one has: its (operation, variant) pairs — the
//! same operation name reaching the same path — and its scope cells — the same scopes per
//! operation and permission type. The order is the pages' (an import that reads the pages
//! again reports no difference); where it is not the reference's, that is listed.

use marked_yaml::Node;

use super::naming::shape;
use crate::vocab::PermissionType;

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

/// (operation, variant, path shape) of every pair of a spec.
fn pairs(root: &Node) -> Vec<(String, String, String)> {
    let variants = get(root, "variants").and_then(Node::as_mapping);
    let mut out = Vec::new();
    let Some(ops) = get(root, "operations").and_then(Node::as_mapping) else {
        return out;
    };
    for (name, op) in ops.iter() {
        let own = text(get(op, "path"));
        for v in get(op, "variants")
            .and_then(Node::as_sequence)
            .into_iter()
            .flat_map(|s| s.iter())
        {
            let v = text(Some(v));
            let path = variants
                .and_then(|m| m.get_node(&v))
                .map(|n| text(get(n, "path")))
                .unwrap_or_default();
            out.push((name.as_str().to_owned(), v, shape(&format!("{path}{own}"))));
        }
    }
    out
}

fn row(root: &Node, op: &str, ty: &str) -> Option<Vec<String>> {
    let node = get(get(get(root, "operations")?, op)?, "scopes")?;
    let cell = get(node, ty)?;
    Some(match cell {
        Node::Sequence(s) => s.iter().map(|n| text(Some(n))).collect(),
        other => vec![text(Some(other))],
    })
}

/// `imported` against `reference`, both spec texts.
pub fn measure(reference: &str, imported: &str) -> Result<Measure, String> {
    let parse = |t: &str, what: &str| {
        marked_yaml::parse_yaml(0, t).map_err(|e| format!("the {what} spec is not YAML: {e}"))
    };
    let reference = parse(reference, "reference")?;
    let imported = parse(imported, "imported")?;
    let mut m = Measure::default();
    let have = pairs(&imported);
    for (op, variant, path) in pairs(&reference) {
        m.pairs_total += 1;
        if have.iter().any(|(o, _, p)| *o == op && *p == path) {
            m.pairs += 1;
        } else {
            m.misses.push(format!("pair ({op}, {variant}) {path}"));
        }
    }
    let ops: Vec<String> = get(&reference, "operations")
        .and_then(Node::as_mapping)
        .map(|m| m.iter().map(|(k, _)| k.as_str().to_owned()).collect())
        .unwrap_or_default();
    for op in &ops {
        for ty in PermissionType::ALL.iter().map(|t| t.as_str()) {
            m.cells_total += 1;
            let want = row(&reference, op, ty);
            let got = row(&imported, op, ty);
            let sorted = |r: &Option<Vec<String>>| {
                let mut r = r.clone().unwrap_or_default();
                r.sort();
                r
            };
            let shown = |r: &Option<Vec<String>>| match r {
                Some(r) => format!("[{}]", r.join(", ")),
                None => "nothing".to_owned(),
            };
            if want.is_some() && sorted(&want) == sorted(&got) {
                m.cells += 1;
                if want != got {
                    m.reordered.push(format!(
                        "{op}, {ty}: {} (reference {})",
                        shown(&got),
                        shown(&want)
                    ));
                }
            } else {
                m.misses.push(format!(
                    "scopes of {op}, {ty}: reference {}, imported {}",
                    shown(&want),
                    shown(&got)
                ));
            }
        }
    }
    Ok(m)
}
