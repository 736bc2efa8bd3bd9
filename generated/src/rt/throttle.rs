//! What every clone of a client shares so that it behaves as one caller: a bound on requests
//! in flight, and a pause that a throttled response imposes on all of them.
//!
//! Graph throttles per application and tenant, so when one request is told to wait
//! (`429` or `503` with `Retry-After`), the others would only be refused too: they wait as well.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;
use std::time::Duration;

use tokio::sync::{Semaphore, SemaphorePermit};
use tokio::time::Instant;

use super::retry::parse_retry_after;

/// Counts of what a client did, shared by its clones.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ClientStats {
    /// HTTP requests sent (a `$batch` is one), retries included.
    pub requests_sent: u64,
    /// Times a request waited because of throttling: for a pause, or before a retry.
    pub throttled_waits: u64,
    /// Times a throttled response paused every request of the client (a pause made longer
    /// while in force counts once).
    pub pauses: u64,
}

/// The shared gate in front of every HTTP request of a client.
pub(super) struct Throttle {
    /// `None`: no bound on requests in flight.
    permits: Option<Semaphore>,
    paused_until: Mutex<Option<Instant>>,
    requests_sent: AtomicU64,
    throttled_waits: AtomicU64,
    pauses: AtomicU64,
}

/// Held while a request is in flight; dropping it lets the next one go.
pub(super) struct Admission<'a> {
    _permit: Option<SemaphorePermit<'a>>,
}

impl Throttle {
    pub(super) fn new(max_concurrency: Option<usize>) -> Self {
        Self {
            permits: max_concurrency.map(|n| Semaphore::new(n.max(1))),
            paused_until: Mutex::new(None),
            requests_sent: AtomicU64::new(0),
            throttled_waits: AtomicU64::new(0),
            pauses: AtomicU64::new(0),
        }
    }

    /// Waits until no pause is in force and a slot is free, then counts the request as sent.
    pub(super) async fn admit(&self) -> Admission<'_> {
        loop {
            self.wait_out_pause().await;
            let permit = match &self.permits {
                Some(permits) => Some(
                    permits
                        .acquire()
                        .await
                        .expect("the semaphore is never closed"),
                ),
                None => None,
            };
            // A pause may have begun while this request waited for its slot.
            if self.remaining_pause().is_none() {
                self.requests_sent.fetch_add(1, Ordering::Relaxed);
                return Admission { _permit: permit };
            }
        }
    }

    /// After a response: `429` or `503` with a `Retry-After` pauses every request until then.
    pub(super) fn observe(&self, status: u16, retry_after: Option<&str>, cap: Duration) {
        if !matches!(status, 429 | 503) {
            return;
        }
        let Some(wait) = retry_after.and_then(parse_retry_after) else {
            return;
        };
        self.pause(wait.min(cap), status);
    }

    /// Every request of the client waits `wait` from now (a longer pause in force stays).
    pub(super) fn pause(&self, wait: Duration, status: u16) {
        let now = Instant::now();
        // A Retry-After too far to represent is as good as a year.
        let until = now
            .checked_add(wait)
            .unwrap_or_else(|| now + Duration::from_secs(365 * 24 * 3600));
        let mut paused = self.paused_until.lock().unwrap_or_else(|e| e.into_inner());
        let in_force = paused.filter(|current| *current > now);
        if in_force.is_some_and(|current| current >= until) {
            return;
        }
        *paused = Some(until);
        // A pause made longer is still one pause.
        if in_force.is_none() {
            self.pauses.fetch_add(1, Ordering::Relaxed);
        }
        tracing::warn!(
            status,
            ?wait,
            "throttled: every request of this client pauses until Retry-After has passed"
        );
    }

    /// A retry is about to wait out its back-off.
    pub(super) fn count_wait(&self) {
        self.throttled_waits.fetch_add(1, Ordering::Relaxed);
    }

    pub(super) fn stats(&self) -> ClientStats {
        ClientStats {
            requests_sent: self.requests_sent.load(Ordering::Relaxed),
            throttled_waits: self.throttled_waits.load(Ordering::Relaxed),
            pauses: self.pauses.load(Ordering::Relaxed),
        }
    }

    fn remaining_pause(&self) -> Option<Instant> {
        let mut paused = self.paused_until.lock().unwrap_or_else(|e| e.into_inner());
        match *paused {
            Some(until) if until > Instant::now() => Some(until),
            Some(_) => {
                *paused = None;
                None
            }
            None => None,
        }
    }

    async fn wait_out_pause(&self) {
        let mut counted = false;
        while let Some(until) = self.remaining_pause() {
            if !counted {
                counted = true;
                self.count_wait();
                tracing::info!(
                    wait = ?until.saturating_duration_since(Instant::now()),
                    "paused by throttling; waiting before sending"
                );
            }
            tokio::time::sleep_until(until).await;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_pause_holds_every_request_until_it_ends() {
        let throttle = Throttle::new(Some(2));
        throttle.pause(Duration::from_millis(80), 429);
        let started = Instant::now();
        let _admitted = throttle.admit().await;
        assert!(started.elapsed() >= Duration::from_millis(80));
        let stats = throttle.stats();
        assert_eq!(
            (stats.pauses, stats.throttled_waits, stats.requests_sent),
            (1, 1, 1)
        );
    }

    #[test]
    fn only_throttling_statuses_with_retry_after_pause() {
        let throttle = Throttle::new(None);
        let cap = Duration::from_secs(60);
        throttle.observe(504, Some("3"), cap);
        throttle.observe(429, None, cap);
        throttle.observe(404, Some("3"), cap);
        assert_eq!(throttle.remaining_pause(), None);
        throttle.observe(503, Some("3"), cap);
        assert!(throttle.remaining_pause().is_some());
    }

    #[tokio::test]
    async fn the_bound_holds_across_tasks() {
        let throttle = std::sync::Arc::new(Throttle::new(Some(1)));
        let first = throttle.admit().await;
        let other = throttle.clone();
        let waiting = tokio::spawn(async move {
            let _second = other.admit().await;
        });
        tokio::time::sleep(Duration::from_millis(20)).await;
        assert!(!waiting.is_finished());
        drop(first);
        waiting.await.unwrap();
    }
}
