//! One run of the generator in process, for callgrind: `generate_once FACTOR [SPEC]` renders a spec
//! `FACTOR` times ours (or `SPEC`). The generator's instructions are those of `generate_once FACTOR` less
//! those of `generate_once FACTOR --no-render` (which builds the synthetic spec and stops): the
//! formatting threads run outside any function a `--toggle-collect` could name.
fn main() {
    let factor: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(1);
    // The spec to replicate: ours, unless a path is given after the factor.
    let spec = std::env::args()
        .nth(2)
        .filter(|a| !a.starts_with("--"))
        .unwrap_or_else(|| concat!(env!("CARGO_MANIFEST_DIR"), "/../spec/permissions.yaml").into());
    let model = graph_permissions_codegen::Generator::new()
        .spec(spec)
        .model()
        .expect("the spec is valid");
    let text = graph_permissions_perf::synthesize(&model, factor);
    if std::env::args().any(|a| a == "--no-render") {
        std::hint::black_box(text);
        return;
    }
    let generated = graph_permissions_perf::render(&text).expect("the synthetic spec is valid");
    std::hint::black_box(generated);
}
