//! `cargo run --release -p graph-permissions-perf --bin perf-guard`: the regressions CI refuses,
//! measured in this one process as ratios (never absolute times, which depend on the machine
//! and its load). Prints the figures; exits 1 when one passes its bound:
//!
//! - decoding 10,000 permissions with the generated models takes more than 2× the plain derive;
//! - it is not faster than decoding into `serde_json::Value`;
//! - the generator takes more than 120× as long for a spec 100× ours as for ours.
//!
//! The bounds are generous (the targets are 1.1×, 2× faster, and linear growth): they catch a
//! regression like the one of issue 22, not the noise of a shared machine. Times are the CPU
//! time of the process (all threads), the best of runs taken in turns (`Method::GUARD`); the
//! generator's growth compares one run on the large spec with 100 runs on ours timed
//! together, samples of equal length (`measure::generator_growth` says why).

use std::process::ExitCode;

use graph_permissions_codegen::Generator;
use graph_permissions_perf::measure::{self, Method};
use graph_permissions_perf::synthesize;

const MAX_DECODE_VS_PLAIN: f64 = 2.0;
const MIN_DECODE_FASTER_THAN_VALUE: f64 = 1.0;
const MAX_GENERATOR_100X_VS_1X: f64 = 120.0;

fn main() -> ExitCode {
    let spec = concat!(env!("CARGO_MANIFEST_DIR"), "/../spec/permissions.yaml");
    let model = match Generator::new().spec(spec).model() {
        Ok(model) => model,
        Err(e) => {
            eprintln!("perf-guard: {e}");
            return ExitCode::FAILURE;
        }
    };
    let load = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    println!(
        "perf-guard: CPU times, best of runs in turns; load average {}",
        load.split_whitespace()
            .take(3)
            .collect::<Vec<_>>()
            .join(" ")
    );
    let d = measure::decoding(10_000, 21, Method::GUARD);
    let (one, hundred) = (synthesize(&model, 1), synthesize(&model, 100));
    let g = measure::generator_growth(&one, &hundred, 100, 5, Method::GUARD);
    let growth = g.ratio();
    let ms = |t: std::time::Duration| t.as_secs_f64() * 1000.0;
    let checks = [
        (
            format!(
                "decoding 10,000 permissions vs plain derive: {:.1} ms vs {:.1} ms: {:.2}× (bound {MAX_DECODE_VS_PLAIN}×)",
                ms(d.generated),
                ms(d.plain),
                d.vs_plain()
            ),
            d.vs_plain() <= MAX_DECODE_VS_PLAIN,
        ),
        (
            format!(
                "decoding vs serde_json::Value: {:.1} ms vs {:.1} ms: {:.2}× faster (bound: faster)",
                ms(d.generated),
                ms(d.value),
                d.faster_than_value()
            ),
            d.faster_than_value() > MIN_DECODE_FASTER_THAN_VALUE,
        ),
        (
            format!(
                "generator, 100× spec vs 1×: {:.1} ms vs {:.2} ms: {growth:.0}× (bound {MAX_GENERATOR_100X_VS_1X}×)",
                ms(g.large),
                ms(g.small)
            ),
            growth <= MAX_GENERATOR_100X_VS_1X,
        ),
    ];
    // Printed, not checked: encoding has no bound here yet.
    println!(
        "perf-guard: encoding vs plain derive: {:.1} ms vs {:.1} ms: {:.2}× (not checked)",
        ms(d.encode_generated),
        ms(d.encode_plain),
        d.encode_vs_plain()
    );
    let mut failed = false;
    for (figure, ok) in &checks {
        println!("perf-guard: {} {figure}", if *ok { "ok  " } else { "FAIL" });
        failed |= !ok;
    }
    if failed {
        eprintln!("perf-guard: a ratio passed its bound (see docs/performance.md)");
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
