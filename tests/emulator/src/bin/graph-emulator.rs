//! Serves the emulated drive until stopped, for trying the tools by hand:
//! `cargo run -p graph-emulator -- --items 300`. Prints the base URL, the drive id and the site id first, and
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
    // Listening for SIGTERM before the first line is out: whoever reads it may stop us at once.
    let stop = Stop::listen()?;
    println!("{} drive {DRIVE_ID} site {SITE_ID}", emulator.base_url());
    stop.wait().await?;
    println!("{:?}", emulator.counters());
    Ok(())
}

/// Ctrl-C (SIGINT) or, on Unix, SIGTERM: what `kill`, a script's cleanup or a test harness
/// sends.
struct Stop {
    #[cfg(unix)]
    signals: [tokio::signal::unix::Signal; 2],
}

impl Stop {
    fn listen() -> std::io::Result<Self> {
        #[cfg(unix)]
        {
            use tokio::signal::unix::{signal, SignalKind};
            let signals = [
                signal(SignalKind::interrupt())?,
                signal(SignalKind::terminate())?,
            ];
            Ok(Self { signals })
        }
        #[cfg(not(unix))]
        Ok(Self {})
    }

    async fn wait(self) -> std::io::Result<()> {
        #[cfg(unix)]
        {
            let [mut interrupt, mut terminate] = self.signals;
            tokio::select! {
                _ = interrupt.recv() => Ok(()),
                _ = terminate.recv() => Ok(()),
            }
        }
        #[cfg(not(unix))]
        tokio::signal::ctrl_c().await
    }
}
