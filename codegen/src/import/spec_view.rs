//! What the importer needs to know of the spec it imports into: the names it already gives
//! (variants by path, operations by method and path, the enum a property uses). Read from the
//! YAML itself, so that an `init` spec (no operations yet) is as good an input as a full one.

use marked_yaml::Node;

use super::naming::shape;

#[derive(Debug, Default)]
pub(crate) struct SpecView {
    /// Name and path of every variant.
    pub variants: Vec<(String, String)>,
    /// Name, method and the shapes of its full paths (variant + own path) of every operation.
    pub operations: Vec<(String, String, Vec<String>)>,
    /// (owner, field, type): resource properties and body fields (owner `operations.NAME`).
    pub types: Vec<(String, String, String)>,
    pub enums: Vec<String>,
    pub resources: Vec<String>,
    /// (resource, the resource it `extends`).
    pub extends: Vec<(String, String)>,
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

fn fields_of(owner: &str, node: Option<&Node>, out: &mut Vec<(String, String, String)>) {
    for (name, field) in entries(node) {
        let ty = text(field.as_mapping().and_then(|m| m.get_node("type")));
        out.push((owner.to_owned(), name, ty));
    }
}

impl SpecView {
    pub fn read(root: &Node) -> SpecView {
        let top = root.as_mapping();
        let get = |key: &str| top.and_then(|m| m.get_node(key));
        let mut view = SpecView::default();
        for (name, v) in entries(get("variants")) {
            let path = text(v.as_mapping().and_then(|m| m.get_node("path")));
            view.variants.push((name, path));
        }
        for (name, op) in entries(get("operations")) {
            let Some(op) = op.as_mapping() else { continue };
            let own = text(op.get_node("path"));
            let method = text(op.get_node("method"));
            let mut shapes = Vec::new();
            if let Some(list) = op.get_node("variants").and_then(Node::as_sequence) {
                for v in list.iter().filter_map(Node::as_scalar) {
                    if let Some((_, path)) = view.variants.iter().find(|(n, _)| n == v.as_str()) {
                        shapes.push(shape(&format!("{path}{own}")));
                    }
                }
            }
            let body = op.get_node("body").and_then(Node::as_mapping);
            fields_of(
                &format!("operations.{name}"),
                body.and_then(|b| b.get_node("fields")),
                &mut view.types,
            );
            view.operations.push((name, method, shapes));
        }
        for (name, r) in entries(get("resources")) {
            let props = r.as_mapping().and_then(|m| m.get_node("properties"));
            fields_of(&name, props, &mut view.types);
            let base = text(r.as_mapping().and_then(|m| m.get_node("extends")));
            if !base.is_empty() {
                view.extends.push((name.clone(), base));
            }
            view.resources.push(name);
        }
        view.enums = entries(get("enums")).into_iter().map(|(n, _)| n).collect();
        view
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

    /// The variant whose path has this shape.
    pub fn variant_for(&self, address: &str) -> Option<&str> {
        let want = shape(address);
        self.variants
            .iter()
            .find(|(_, p)| shape(p) == want)
            .map(|(n, _)| n.as_str())
    }

    /// The operation with this method that reaches one of these paths.
    pub fn operation_for(&self, method: &str, paths: &[String]) -> Option<&str> {
        let shapes: Vec<String> = paths.iter().map(|p| shape(p)).collect();
        self.operations
            .iter()
            .find(|(_, m, s)| m == method && s.iter().any(|s| shapes.contains(s)))
            .map(|(n, _, _)| n.as_str())
    }
}
