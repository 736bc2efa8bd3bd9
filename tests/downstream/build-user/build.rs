//! Generates `$OUT_DIR/api.rs` from the repository's spec, for `driveItem.list` and
//! `share.grant` only (operations named with their family).

fn main() {
    let generator = graph_permissions_codegen::Generator::new()
        .spec("../../../spec/permissions.yaml")
        .only_operations(["driveItem.list", "share.grant"]);
    if let Err(error) = generator.generate() {
        panic!("{error}");
    }
}
