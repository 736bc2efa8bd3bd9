//! When to try a throttled call again, and how long to wait first: one decision,
//! [`RetryPolicy::decide`], which `send` asks after every attempt and `$batch` for every
//! request answered inside it.

use std::time::{Duration, SystemTime};

use super::client::Raw;
use super::{Error, GraphError};

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
    /// The longest back-off.
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

/// What the retry policy makes of an answer.
#[derive(Debug)]
pub(crate) enum Decision {
    /// Not throttled (any status but 429, 503 and 504): the answer is final.
    Keep,
    /// Throttled, and the policy allows another attempt after this wait.
    Wait(Duration),
    /// Throttled, and another attempt would pass `max_attempts` or `max_elapsed`: the error
    /// the call ends with, the last answer read as Graph's error.
    GiveUp(Error),
}

impl RetryPolicy {
    /// What to do after attempt `attempt` (1 for the first) answered `answer`, `elapsed`
    /// after the first attempt began: keep the answer, wait and try again, or give up.
    pub(crate) fn decide(&self, attempt: u32, elapsed: Duration, answer: &Raw) -> Decision {
        if !Self::retries(answer.status) {
            return Decision::Keep;
        }
        let delay = self.delay(attempt, answer.retry_after.as_deref());
        if attempt < self.max_attempts && elapsed.saturating_add(delay) <= self.max_elapsed {
            return Decision::Wait(delay);
        }
        let last = GraphError::from_body(answer.status, &answer.body, answer.ids.clone());
        Decision::GiveUp(Error::Throttled {
            status: answer.status,
            attempts: attempt,
            elapsed,
            last: Box::new(last),
        })
    }

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
    use crate::rt::error::RequestIds;

    fn answer(status: u16, retry_after: Option<&str>) -> Raw {
        Raw {
            status,
            ids: RequestIds {
                request_id: Some("r-1".to_owned()),
                client_request_id: Some("c-1".to_owned()),
            },
            retry_after: retry_after.map(str::to_owned),
            headers: Default::default(),
            body: br#"{"error":{"code":"TooManyRequests","message":"slow down"}}"#.to_vec(),
        }
    }

    #[test]
    fn only_throttling_answers_are_retried() {
        let policy = RetryPolicy::default();
        for status in [200, 201, 204, 207, 304, 400, 403, 404, 412, 500, 502] {
            let decision = policy.decide(1, Duration::ZERO, &answer(status, Some("1")));
            assert!(matches!(decision, Decision::Keep), "{status}: {decision:?}");
        }
        for status in [429, 503, 504] {
            let decision = policy.decide(1, Duration::ZERO, &answer(status, Some("2")));
            assert!(
                matches!(decision, Decision::Wait(d) if d == Duration::from_secs(2)),
                "{status}: {decision:?}"
            );
        }
    }

    #[test]
    fn the_last_allowed_attempt_gives_up_with_the_answer_as_graphs_error() {
        let policy = RetryPolicy {
            max_attempts: 3,
            ..RetryPolicy::default()
        };
        let elapsed = Duration::from_millis(1500);
        assert!(matches!(
            policy.decide(2, elapsed, &answer(429, Some("1"))),
            Decision::Wait(_)
        ));
        let Decision::GiveUp(error) = policy.decide(3, elapsed, &answer(429, Some("1"))) else {
            panic!("the third of three attempts must give up");
        };
        let Error::Throttled {
            status,
            attempts,
            elapsed: spent,
            last,
        } = error
        else {
            panic!("expected Throttled, got {error:?}");
        };
        assert_eq!((status, attempts, spent), (429, 3, elapsed));
        assert_eq!(last.code.as_deref(), Some("TooManyRequests"));
        assert_eq!(last.request_id.as_deref(), Some("r-1"));
        assert_eq!(last.client_request_id.as_deref(), Some("c-1"));
    }

    #[test]
    fn no_wait_begins_that_would_end_past_max_elapsed() {
        let policy = RetryPolicy {
            max_elapsed: Duration::from_secs(10),
            ..RetryPolicy::default()
        };
        let throttled = answer(503, Some("4"));
        assert!(matches!(
            policy.decide(1, Duration::from_secs(6), &throttled),
            Decision::Wait(d) if d == Duration::from_secs(4)
        ));
        assert!(matches!(
            policy.decide(1, Duration::from_secs(7), &throttled),
            Decision::GiveUp(Error::Throttled { attempts: 1, .. })
        ));
        // Without `Retry-After`, the back-off is the wait that must fit.
        let decision = RetryPolicy::none().decide(1, Duration::ZERO, &answer(504, None));
        assert!(matches!(decision, Decision::GiveUp(_)), "{decision:?}");
    }

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
