//! One run of the generator in process, for callgrind: `generate_once FACTOR [SPEC]` renders a spec
//! `FACTOR` times ours (or `SPEC`). The generator's instructions are those of `generate_once FACTOR` less
//! those of `generate_once FACTOR --no-render` (which builds the synthetic spec and stops): the
//! formatting threads run outside any function a `--toggle-collect` could name. With
//! `--repeat N` it renders N times and prints the best and median wall times. With
//! `--write DIR` it writes the files of the last run into `DIR`, for comparing two builds'
//! output byte for byte (`cmp -r`).
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
    // `--repeat N`: N runs, and the best and median wall times, for comparing two builds run
    // in turns on a busy machine.
    let repeat: Option<usize> = std::env::args()
        .skip_while(|a| a != "--repeat")
        .nth(1)
        .and_then(|n| n.parse().ok());
    let write: Option<String> = std::env::args().skip_while(|a| a != "--write").nth(1);
    let mut times = Vec::new();
    for _ in 0..repeat.unwrap_or(1) {
        let start = std::time::Instant::now();
        let generated = graph_permissions_perf::render(&text).expect("the synthetic spec is valid");
        times.push(start.elapsed());
        if let Some(dir) = &write {
            std::fs::create_dir_all(dir).expect("the output directory can be made");
            for file in &generated.files {
                let path = std::path::Path::new(dir).join(&file.name);
                std::fs::write(path, &file.contents).expect("the output can be written");
            }
        }
        std::hint::black_box(generated);
    }
    if repeat.is_some() {
        times.sort();
        println!(
            "best {:.2} ms, median {:.2} ms",
            times[0].as_secs_f64() * 1e3,
            times[times.len() / 2].as_secs_f64() * 1e3
        );
    }
}
