//! Throttling as Graph does it, simplified: above a rate of requests per second (each request
//! inside a `$batch` counts), answer 429 with `Retry-After`, and keep answering 429 until the
//! pause is over.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Requests in a pause that were already on their way when the 429 left are not the client's
/// fault: arrivals this soon after a pause began are not counted as sent during it.
const GRACE: Duration = Duration::from_millis(25);

/// When to throttle.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Throttling {
    /// Requests per second (in one-second windows) before throttling begins.
    pub per_second: u32,
    /// The `Retry-After` sent, in seconds.
    pub retry_after_secs: u64,
}

pub(crate) struct Rate {
    limit: Option<Throttling>,
    window: Mutex<Window>,
    during_pause: AtomicU64,
}

struct Window {
    start: Instant,
    count: u32,
    paused_at: Instant,
    paused_until: Option<Instant>,
}

impl Rate {
    pub(crate) fn new(limit: Option<Throttling>) -> Self {
        let now = Instant::now();
        Self {
            limit,
            window: Mutex::new(Window {
                start: now,
                count: 0,
                paused_at: now,
                paused_until: None,
            }),
            during_pause: AtomicU64::new(0),
        }
    }

    /// An HTTP request arrived: whether a pause is in force (it is then answered 429).
    pub(crate) fn arrived(&self) -> bool {
        let window = self.window.lock().unwrap();
        let now = Instant::now();
        match window.paused_until {
            Some(until) if until > now => {
                if now > window.paused_at + GRACE {
                    self.during_pause.fetch_add(1, Ordering::Relaxed);
                }
                true
            }
            _ => false,
        }
    }

    /// One unit of work; `Some(retry_after)` when it is over the rate, which begins a pause.
    pub(crate) fn take(&self) -> Option<u64> {
        let limit = self.limit?;
        let mut window = self.window.lock().unwrap();
        let now = Instant::now();
        if let Some(until) = window.paused_until {
            if until > now {
                return Some(remaining(until, now));
            }
            window.paused_until = None;
        }
        if now.duration_since(window.start) >= Duration::from_secs(1) {
            window.start = now;
            window.count = 0;
        }
        window.count += 1;
        if window.count <= limit.per_second {
            return None;
        }
        window.paused_at = now;
        window.paused_until = Some(now + Duration::from_secs(limit.retry_after_secs));
        window.start = now + Duration::from_secs(limit.retry_after_secs);
        window.count = 0;
        Some(limit.retry_after_secs)
    }

    /// Whole seconds until the pause ends, at least 1.
    pub(crate) fn remaining_secs(&self) -> u64 {
        let window = self.window.lock().unwrap();
        window
            .paused_until
            .map_or(1, |until| remaining(until, Instant::now()))
    }

    pub(crate) fn during_pause(&self) -> u64 {
        self.during_pause.load(Ordering::Relaxed)
    }
}

fn remaining(until: Instant, now: Instant) -> u64 {
    until
        .saturating_duration_since(now)
        .as_secs_f64()
        .ceil()
        .max(1.0) as u64
}
