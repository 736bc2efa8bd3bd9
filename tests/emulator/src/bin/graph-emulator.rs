//! Serves the emulated drive until stopped, for trying the tools by hand:
//! `cargo run -p graph-emulator -- --items 300`. Prints the base URL and drive id first, and
//! what it saw (its counters) when stopped by Ctrl-C or SIGTERM. See `tests/emulator/README.md`.

use std::time::Duration;

use clap::Parser;
use graph_emulator::{Config, Drive, Emulator, Throttling, DRIVE_ID, SITE_ID};

/// A loopback Microsoft Graph emulator serving a synthetic drive.
#[derive(Parser)]
#[command(version)]
struct Args {
    /// Items under the root.
    #[arg(long, default_value_t = 300)]
    items: usize,
    /// Children per folder.
    #[arg(long, default_value_t = 10)]
    fanout: usize,
    /// Children per page of a listing.
    #[arg(long, default_value_t = 100)]
    page_size: usize,
    /// Latency added to every HTTP request, in milliseconds.
    #[arg(long, default_value_t = 0)]
    latency_ms: u64,
    /// Port on 127.0.0.1 (0: any free one).
    #[arg(long, default_value_t = 0)]
    port: u16,
    /// Throttle above this many requests per second (each request in a batch counts).
    #[arg(long)]
    throttle_per_second: Option<u32>,
    /// The Retry-After of a throttled answer, in seconds.
    #[arg(long, default_value_t = 1)]
    retry_after: u64,
    /// Item ids whose permission listing fails with 403.
    #[arg(long = "fail-item")]
    failing_items: Vec<String>,
}

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let args = Args::parse();
    let config = Config {
        drive: Drive {
            items: args.items,
            fanout: args.fanout.max(1),
        },
        page_size: args.page_size,
        latency: Duration::from_millis(args.latency_ms),
        throttling: args.throttle_per_second.map(|per_second| Throttling {
            per_second,
            retry_after_secs: args.retry_after,
        }),
        failing_items: args.failing_items,
        ..Config::new(args.items)
    };
    let emulator = Emulator::start_on(config, args.port).await?;
    println!("{} drive {DRIVE_ID} site {SITE_ID}", emulator.base_url());
    stopped().await?;
    println!("{:?}", emulator.counters());
    Ok(())
}

/// Until Ctrl-C (SIGINT) or, on Unix, SIGTERM: what `kill`, a script's cleanup or a test
/// harness sends.
async fn stopped() -> std::io::Result<()> {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        let mut terminate = signal(SignalKind::terminate())?;
        tokio::select! {
            interrupted = tokio::signal::ctrl_c() => interrupted,
            _ = terminate.recv() => Ok(()),
        }
    }
    #[cfg(not(unix))]
    tokio::signal::ctrl_c().await
}
