//! The generator in process, release: spec text → formatted files, at 1×, 10× and 100× the
//! size of `spec/permissions.yaml`.

use graph_permissions_codegen::Generator;

fn main() {
    divan::main();
}

fn spec(factor: usize) -> String {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../spec/permissions.yaml");
    let model = Generator::new()
        .spec(root)
        .model()
        .expect("the spec is valid");
    graph_permissions_perf::synthesize(&model, factor)
}

#[divan::bench(args = [1, 10, 100], sample_count = 10, sample_size = 1)]
fn generate(b: divan::Bencher, factor: usize) {
    let text = spec(factor);
    b.bench(|| graph_permissions_perf::render(divan::black_box(&text)).unwrap());
}
