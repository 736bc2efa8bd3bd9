//! The synthetic spec is the real one, replicated: one copy generates exactly what
//! `spec/permissions.yaml` generates, and N copies validate with N times its items.

use std::path::PathBuf;

use graph_permissions_codegen::Generator;
use graph_permissions_perf::{render, synthesize};

fn spec() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../spec/permissions.yaml")
}

#[test]
fn one_copy_generates_what_the_spec_generates() {
    let model = Generator::new()
        .spec(spec())
        .model()
        .expect("the spec is valid");
    let text = std::fs::read_to_string(spec()).expect("the spec is readable");
    let from_spec = render(&text).expect("the spec generates");
    let from_copy = render(&synthesize(&model, 1)).expect("one copy generates");
    assert_eq!(from_spec.files.len(), from_copy.files.len());
    for (a, b) in from_spec.files.iter().zip(&from_copy.files) {
        assert_eq!(a.name, b.name);
        assert!(a.contents == b.contents, "{} differs", a.name);
    }
}

#[test]
fn three_copies_have_three_times_the_items() {
    let model = Generator::new()
        .spec(spec())
        .model()
        .expect("the spec is valid");
    let text = synthesize(&model, 3);
    let dir = std::env::temp_dir().join(format!("synth-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temp dir");
    let path = dir.join("spec.yaml");
    std::fs::write(&path, &text).expect("the spec is written");
    let tripled = Generator::new().spec(&path).model();
    let _ = std::fs::remove_dir_all(&dir);
    let tripled = tripled.expect("three copies are a valid spec");
    render(&text).expect("three copies generate");
    assert_eq!(tripled.operations.len(), 3 * model.operations.len());
    assert_eq!(tripled.variants.len(), 3 * model.variants.len());
    assert_eq!(tripled.families.len(), 3 * model.families.len());
    assert_eq!(tripled.resources.len(), 3 * model.resources.len());
    assert_eq!(tripled.enums.len(), 3 * model.enums.len());
}
