//! When to try a throttled call again, and how long to wait first.

use std::time::{Duration, SystemTime};

/// Retries of 429, 503 and 504 (and nothing else): `Retry-After` when Graph sends it,
/// otherwise exponential back-off with jitter; bounded in attempts and in total time.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Attempts in all, the first included; 1 turns retrying off.
    pub max_attempts: u32,
    /// No wait begins that would end later than this after the first attempt.
    pub max_elapsed: Duration,
    /// The first back-off; each next one doubles, up to `max_delay`.
    pub base_delay: Duration,
    pub max_delay: Duration,
    /// A longer `Retry-After` is cut to this.
    pub max_retry_after: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        Self {
            max_attempts: 4,
            max_elapsed: Duration::from_secs(60),
            base_delay: Duration::from_millis(500),
            max_delay: Duration::from_secs(30),
            max_retry_after: Duration::from_secs(60),
        }
    }
}

impl RetryPolicy {
    /// Never retry.
    pub fn none() -> Self {
        Self {
            max_attempts: 1,
            ..Self::default()
        }
    }

    /// Whether a status is worth another attempt.
    pub fn retries(status: u16) -> bool {
        matches!(status, 429 | 503 | 504)
    }

    /// The wait before attempt `attempt + 1`, given the `Retry-After` header, if any: the
    /// header's, but at least `base_delay` and at most `max_retry_after`.
    pub(crate) fn delay(&self, attempt: u32, retry_after: Option<&str>) -> Duration {
        // A `Retry-After` of 0 or a date already past is no reason to try again at once: the
        // first back-off is the floor of every wait.
        if let Some(wait) = retry_after.and_then(parse_retry_after) {
            return wait.max(self.base_delay).min(self.max_retry_after);
        }
        let exponential = self
            .base_delay
            .saturating_mul(1 << attempt.saturating_sub(1).min(16));
        let capped = exponential.min(self.max_delay);
        // Full jitter between half and all of the back-off.
        let half = capped / 2;
        half + half.mul_f64(fastrand::f64())
    }
}

/// `Retry-After` as seconds (`120`) or as an HTTP date.
pub fn parse_retry_after(value: &str) -> Option<Duration> {
    let value = value.trim();
    if let Ok(seconds) = value.parse::<u64>() {
        return Some(Duration::from_secs(seconds));
    }
    let when = httpdate::parse_http_date(value).ok()?;
    Some(
        when.duration_since(SystemTime::now())
            .unwrap_or(Duration::ZERO),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retry_after_in_seconds_and_as_a_date() {
        assert_eq!(parse_retry_after("3"), Some(Duration::from_secs(3)));
        let later = httpdate::fmt_http_date(SystemTime::now() + Duration::from_secs(100));
        let wait = parse_retry_after(&later).expect("a date");
        assert!(
            wait > Duration::from_secs(95) && wait <= Duration::from_secs(100),
            "{wait:?}"
        );
        assert_eq!(
            parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT"),
            Some(Duration::ZERO)
        );
        assert_eq!(parse_retry_after("soon"), None);
    }

    #[test]
    fn a_retry_after_in_the_past_waits_the_first_back_off() {
        let policy = RetryPolicy::default();
        for past in ["Wed, 21 Oct 2015 07:28:00 GMT", "0"] {
            assert_eq!(policy.delay(1, Some(past)), policy.base_delay, "{past}");
        }
        assert_eq!(policy.delay(1, Some("2")), Duration::from_secs(2));
    }

    #[test]
    fn waits_are_capped() {
        let policy = RetryPolicy::default();
        assert_eq!(policy.delay(1, Some("315360000")), policy.max_retry_after);
        for attempt in 1..20 {
            let d = policy.delay(attempt, None);
            assert!(d <= policy.max_delay, "{attempt}: {d:?}");
            assert!(d >= policy.base_delay / 2, "{attempt}: {d:?}");
        }
    }
}
