//! What the importer needs to know of the spec it imports into: the names it already gives
//! (families, their variants by path and operations by method and own path, the enum a
//! property uses). Read from the YAML itself, so that an `init` spec (no operations yet) is as
//! good an input as a full one.

use marked_yaml::Node;

use super::naming::shape;

/// A family of the spec.
#[derive(Debug, Default)]
pub(crate) struct FamilyView {
    pub name: String,
    /// Name, path and whether it is `primary`, of every variant.
    pub variants: Vec<(String, String, bool)>,
    /// Name, method and own path of every operation.
    pub operations: Vec<(String, String, String)>,
}

#[derive(Debug, Default)]
pub(crate) struct SpecView {
    /// The families of `families:`.
    pub families: Vec<FamilyView>,
    /// The spec has top-level `variants:` or `operations:` with entries: the old form.
    pub old_form: bool,
    /// (owner, field, type): resource properties (owner: the resource) and body fields
    /// (owner `families.FAMILY.operations.NAME`).
    pub types: Vec<(String, String, String)>,
    pub enums: Vec<String>,
    pub resources: Vec<String>,
    /// (resource, the resource it `extends`).
    pub extends: Vec<(String, String)>,
    /// Scopes of `scopes:`, in order.
    pub scopes: Vec<String>,
}

fn text(node: Option<&Node>) -> String {
    node.and_then(Node::as_scalar)
        .map(|s| s.as_str().to_owned())
        .unwrap_or_default()
}

fn entries(node: Option<&Node>) -> Vec<(String, &Node)> {
    node.and_then(Node::as_mapping)
        .map(|m| m.iter().map(|(k, v)| (k.as_str().to_owned(), v)).collect())
        .unwrap_or_default()
}

fn get<'n>(node: &'n Node, key: &str) -> Option<&'n Node> {
    node.as_mapping()?.get_node(key)
}

fn fields_of(owner: &str, node: Option<&Node>, out: &mut Vec<(String, String, String)>) {
    for (name, field) in entries(node) {
        let ty = text(get(field, "type"));
        out.push((owner.to_owned(), name, ty));
    }
}

impl SpecView {
    pub fn read(root: &Node) -> SpecView {
        let top = |key: &str| get(root, key);
        let mut view = SpecView {
            old_form: !entries(top("operations")).is_empty()
                || !entries(top("variants")).is_empty(),
            ..SpecView::default()
        };
        for (family, f) in entries(top("families")) {
            let mut fv = FamilyView {
                name: family.clone(),
                ..FamilyView::default()
            };
            for (name, v) in entries(get(f, "variants")) {
                let primary = text(get(v, "primary")) == "true";
                fv.variants.push((name, text(get(v, "path")), primary));
            }
            for (name, op) in entries(get(f, "operations")) {
                let body = get(op, "body");
                fields_of(
                    &format!("families.{family}.operations.{name}"),
                    body.and_then(|b| get(b, "fields")),
                    &mut view.types,
                );
                fv.operations
                    .push((name, text(get(op, "method")), text(get(op, "path"))));
            }
            view.families.push(fv);
        }
        for (name, r) in entries(top("resources")) {
            fields_of(&name, get(r, "properties"), &mut view.types);
            let base = text(get(r, "extends"));
            if !base.is_empty() {
                view.extends.push((name.clone(), base));
            }
            view.resources.push(name);
        }
        view.enums = entries(top("enums")).into_iter().map(|(n, _)| n).collect();
        view.scopes = entries(top("scopes")).into_iter().map(|(n, _)| n).collect();
        view
    }

    pub fn family(&self, name: &str) -> Option<&FamilyView> {
        self.families.iter().find(|f| f.name == name)
    }

    /// The spec's type of a property or body field.
    pub fn type_of(&self, owner: &str, field: &str) -> Option<&str> {
        self.types
            .iter()
            .find(|(o, f, _)| o == owner && f == field)
            .map(|(_, _, t)| t.as_str())
    }

    /// Every property a resource inherits through `extends`, transitively.
    pub fn inherited(&self, resource: &str) -> Vec<&str> {
        let mut out = Vec::new();
        let mut at = resource;
        for _ in 0..16 {
            let Some((_, base)) = self.extends.iter().find(|(r, _)| r == at) else {
                break;
            };
            out.extend(
                self.types
                    .iter()
                    .filter(|(o, _, _)| o == base)
                    .map(|(_, f, _)| f.as_str()),
            );
            at = base;
        }
        out
    }
}

impl FamilyView {
    /// The variant whose path has this shape.
    pub fn variant_for(&self, address: &str) -> Option<&str> {
        let want = shape(address);
        self.variants
            .iter()
            .find(|(_, p, _)| shape(p) == want)
            .map(|(n, _, _)| n.as_str())
    }

    /// The primary variant.
    pub fn primary(&self) -> Option<&str> {
        self.variants
            .iter()
            .find(|(_, _, p)| *p)
            .map(|(n, _, _)| n.as_str())
    }

    /// The operation with this method and own path (by shape): name and own path as written.
    pub fn operation_for(&self, method: &str, own: &str) -> Option<(&str, &str)> {
        let want = shape(own);
        self.operations
            .iter()
            .find(|(_, m, p)| m == method && shape(p) == want)
            .map(|(n, _, p)| (n.as_str(), p.as_str()))
    }

    /// Whether a name is an operation of the family.
    pub fn has_operation(&self, name: &str) -> bool {
        self.operations.iter().any(|(n, _, _)| n == name)
    }

    /// Whether a name is a variant of the family.
    pub fn has_variant(&self, name: &str) -> bool {
        self.variants.iter().any(|(n, _, _)| n == name)
    }
}
