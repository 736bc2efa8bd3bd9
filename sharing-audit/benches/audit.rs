//! The audit at scale, against the emulator; prints figures, asserts nothing about time.
//!
//! ```text
//! cargo bench -p sharing-audit --bench audit                         # every figure (a minute or two)
//! cargo bench -p sharing-audit --bench audit -- --items 2000 --sequential-items 200 --memory-items 20000
//! ```
//!
//! 1. Throughput: the audit of `--items` items at `--latency-ms` per HTTP request, batched with
//!    `--concurrency` calls in flight, against the same audit with one request per HTTP call and
//!    one call in flight, on `--sequential-items` items (the sequential rate does not depend on
//!    the size of the drive, and 10,000 items would take over 200 s), and against the bound
//!    20 × concurrency ÷ latency.
//! 2. Peak memory of the `sharing-audit` process auditing `--memory-items` items
//!    (`/usr/bin/time -v`, maximum resident set size).
//! 3. With throttling on: every item reported exactly once, nothing lost, and no request sent
//!    during a `Retry-After` pause (counted by the emulator).

use std::collections::HashMap;
use std::fs::File;
use std::io::{BufRead, BufReader, BufWriter};
use std::process::Command;
use std::time::{Duration, Instant};

use graph_emulator::{Config, Emulator, Throttling, DRIVE_ID};
use graph_permissions::rt::{ApiVersion, Client, StaticToken};
use sharing_audit::audit::{self, Options, Summary, Target};
use sharing_audit::output::{Format, Sink};

struct Args {
    items: usize,
    sequential_items: usize,
    memory_items: usize,
    throttled_items: usize,
    latency_ms: u64,
    concurrency: usize,
}

fn args() -> Args {
    let mut args = Args {
        items: 10_000,
        sequential_items: 1_000,
        memory_items: 100_000,
        throttled_items: 3_000,
        latency_ms: 20,
        concurrency: 8,
    };
    let mut given = std::env::args().skip(1);
    while let Some(name) = given.next() {
        let slot = match name.as_str() {
            "--items" => &mut args.items,
            "--sequential-items" => &mut args.sequential_items,
            "--memory-items" => &mut args.memory_items,
            "--throttled-items" => &mut args.throttled_items,
            "--concurrency" => &mut args.concurrency,
            "--latency-ms" => {
                args.latency_ms = value(&name, given.next());
                continue;
            }
            // What `cargo bench` passes to every bench target.
            "--bench" => continue,
            other => {
                eprintln!("unknown argument `{other}`");
                std::process::exit(1);
            }
        };
        *slot = value(&name, given.next());
    }
    args
}

fn value<T: std::str::FromStr>(name: &str, value: Option<String>) -> T {
    match value.as_deref().map(str::parse) {
        Some(Ok(v)) => v,
        _ => {
            eprintln!("{name} takes a number");
            std::process::exit(1);
        }
    }
}

fn client(emulator: &Emulator, concurrency: usize) -> Client {
    Client::builder()
        .credential(StaticToken::new("bench-token"))
        .base_url(emulator.base_url())
        .max_concurrency(concurrency)
        .build()
        .expect("a client for the emulator")
}

/// Graph's default page size for children.
fn config(items: usize, latency_ms: u64) -> Config {
    let mut config = Config::new(items);
    config.page_size = 200;
    config.latency = Duration::from_millis(latency_ms);
    config
}

/// One audit in process, records written to `path`; items per second.
async fn timed_audit(
    emulator: &Emulator,
    batching: bool,
    concurrency: usize,
    path: &std::path::Path,
) -> (Summary, f64, Client) {
    let client = client(emulator, concurrency);
    let options = Options {
        target: Target::Drive {
            drive: DRIVE_ID.to_owned(),
            item: None,
        },
        version: ApiVersion::V1_0,
        concurrency,
        batching,
        removal: None,
    };
    let out = Box::new(BufWriter::new(
        File::create(path).expect("a temporary file"),
    ));
    let mut sink = Sink::new(Format::Jsonl, out).expect("a sink");
    let started = Instant::now();
    let summary = audit::run(&client, &options, &mut sink, &mut |_| {})
        .await
        .expect("records are written");
    sink.finish().expect("records are flushed");
    let rate = summary.audited as f64 / started.elapsed().as_secs_f64();
    (summary, rate, client)
}

async fn throughput(args: &Args, dir: &std::path::Path) {
    let path = dir.join("throughput.jsonl");
    let emulator = Emulator::start(config(args.items, args.latency_ms))
        .await
        .unwrap();
    let (summary, fast, client) = timed_audit(&emulator, true, args.concurrency, &path).await;
    assert!(summary.complete(), "{summary:?}");
    let requests = client.stats().requests_sent;
    let emulator = Emulator::start(config(args.sequential_items, args.latency_ms))
        .await
        .unwrap();
    let (summary, slow, _) = timed_audit(&emulator, false, 1, &path).await;
    assert!(summary.complete(), "{summary:?}");
    let bound = 20.0 * args.concurrency as f64 / (args.latency_ms as f64 / 1000.0);
    println!(
        "throughput, {} items at {} ms per HTTP request: batched, concurrency {}: {fast:.0} items/s ({requests} HTTP requests)",
        args.items + 1, args.latency_ms, args.concurrency
    );
    println!(
        "throughput, sequential (one request per call, concurrency 1, {} items): {slow:.1} items/s",
        args.sequential_items + 1
    );
    println!(
        "speed-up: {:.1}x (target >= 20x); bound 20 x {} / {} ms = {bound:.0} items/s, reached {:.0} %",
        fast / slow,
        args.concurrency,
        args.latency_ms,
        100.0 * fast / bound
    );
}

async fn memory(args: &Args) {
    let emulator = Emulator::start(config(args.memory_items, 0)).await.unwrap();
    let base_url = emulator.base_url();
    let concurrency = args.concurrency.to_string();
    let output = tokio::task::spawn_blocking(move || {
        Command::new("/usr/bin/time")
            .arg("-v")
            .arg(env!("CARGO_BIN_EXE_sharing-audit"))
            .args(["--drive", DRIVE_ID, "--base-url", &base_url])
            .args(["--concurrency", &concurrency, "--output", "/dev/null"])
            .env("GRAPH_TOKEN", "bench-token")
            .output()
    })
    .await
    .unwrap();
    let output = match output {
        Ok(output) => output,
        Err(error) => {
            println!("peak memory: not measured (/usr/bin/time: {error})");
            return;
        }
    };
    let stderr = String::from_utf8_lossy(&output.stderr);
    let peak_kb = stderr
        .lines()
        .find_map(|l| {
            l.trim()
                .strip_prefix("Maximum resident set size (kbytes): ")
        })
        .and_then(|v| v.trim().parse::<u64>().ok());
    let elapsed = stderr
        .lines()
        .find_map(|l| {
            l.trim()
                .strip_prefix("Elapsed (wall clock) time (h:mm:ss or m:ss): ")
        })
        .unwrap_or("?");
    match peak_kb {
        Some(kb) => println!(
            "peak memory, audit of {} items (sharing-audit process, /usr/bin/time -v): {:.1} MB (target <= 100 MB), {elapsed} wall clock, exit {:?}",
            args.memory_items + 1,
            kb as f64 / 1024.0,
            output.status.code()
        ),
        None => println!("peak memory: /usr/bin/time printed no maximum resident set size:\n{stderr}"),
    }
}

async fn throttled(args: &Args, dir: &std::path::Path) {
    let path = dir.join("throttled.jsonl");
    let mut config = config(args.throttled_items, args.latency_ms);
    config.throttling = Some(Throttling {
        per_second: 500,
        retry_after_secs: 1,
    });
    let drive = config.drive;
    let emulator = Emulator::start(config).await.unwrap();
    let (summary, rate, client) = timed_audit(&emulator, true, args.concurrency, &path).await;
    // Every permission of every item exactly once.
    let mut seen: HashMap<(String, String), u32> = HashMap::new();
    for line in BufReader::new(File::open(&path).unwrap()).lines() {
        let record: serde_json::Value = serde_json::from_str(&line.unwrap()).unwrap();
        let key = (
            record["item_id"].as_str().unwrap_or("?").to_owned(),
            record["permission_id"].as_str().unwrap_or("?").to_owned(),
        );
        *seen.entry(key).or_default() += 1;
    }
    let expected: usize = (0..drive.len()).map(|i| drive.permissions(i).len()).sum();
    let twice = seen.values().filter(|&&n| n > 1).count();
    let items: std::collections::HashSet<&str> = seen.keys().map(|(i, _)| i.as_str()).collect();
    let counters = emulator.counters();
    let stats = client.stats();
    println!(
        "throttled (500 requests/s, Retry-After 1 s), {} items: {} of {} items reported, {} of {expected} permissions, {twice} twice, {} errors; {} answers 429, {} requests sent during a pause, {} client pauses, {} throttled waits; {rate:.0} items/s",
        drive.len(),
        items.len(),
        drive.len(),
        seen.len(),
        summary.errors,
        counters.throttled,
        counters.during_pause,
        stats.pauses,
        stats.throttled_waits
    );
}

fn main() {
    let args = args();
    let dir = std::env::temp_dir().join(format!("sharing-audit-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temporary directory");
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("a runtime");
    runtime.block_on(async {
        throughput(&args, &dir).await;
        throttled(&args, &dir).await;
        memory(&args).await;
    });
    let _ = std::fs::remove_dir_all(&dir);
}
