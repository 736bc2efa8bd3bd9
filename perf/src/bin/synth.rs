//! `cargo run -p graph-permissions-perf --bin synth -- N [SPEC] > spec-Nx.yaml`: writes a spec
//! N times `spec/permissions.yaml` (every resource, enum and operation replicated).

use std::process::ExitCode;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let factor: usize = match args.next().map(|a| a.parse()) {
        Some(Ok(n)) if n >= 1 => n,
        _ => {
            eprintln!("usage: synth N [SPEC]   (N ≥ 1; SPEC defaults to spec/permissions.yaml)");
            return ExitCode::FAILURE;
        }
    };
    let spec = args
        .next()
        .unwrap_or_else(|| "spec/permissions.yaml".to_owned());
    let model = match graph_permissions_codegen::Generator::new()
        .spec(&spec)
        .model()
    {
        Ok(model) => model,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    };
    print!("{}", graph_permissions_perf::synthesize(&model, factor));
    ExitCode::SUCCESS
}
