//! Generates `$OUT_DIR/api.rs` from the repository's spec, for `list` and `grant` only.

fn main() {
    let generator = graph_permissions_codegen::Generator::new()
        .spec("../../../spec/permissions.yaml")
        .only_operations(["list", "grant"]);
    if let Err(error) = generator.generate() {
        panic!("{error}");
    }
}
