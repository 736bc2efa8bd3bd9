//! `generate!` on a spec that is not YAML: the error names the file, line and column.

graph_permissions_macros::generate!("../specs/yaml_syntax.yaml", module = api);

fn main() {}
