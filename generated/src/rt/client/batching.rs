//! What a `$batch` may ask of the client, and all it may: URLs under the base URL, the token's
//! claims, one `POST …/$batch` sent as `send` sends a request, and the client's retry decision
//! and throttling for each answer inside it. The batch sees nothing else of the client.

use std::time::Duration;

use super::super::links::Pager;
use super::super::request::{ApiVersion, Method};
use super::super::retry::Decision;
use super::super::{Error, TokenClaims};
use super::{transport, Client, Raw};

impl Client {
    /// A request's URL as Graph wants it inside a batch: `{path}?{query}` as `send` would build
    /// it, without `{base}/{version}`.
    pub(crate) fn batch_url(
        &self,
        version: ApiVersion,
        path: &str,
        query: &[(&'static str, String)],
    ) -> Result<String, Error> {
        let prefix = self.url(version, "", &[])?;
        let url = self.url(version, path, query)?;
        Ok(url.as_str()[prefix.as_str().len()..].to_owned())
    }

    /// A next link, checked as paging checks it (host, path, userinfo), as the version it
    /// leads to and the URL inside a batch; the batch's caller decides how far to page.
    pub(crate) fn batch_next_link(&self, link: &str) -> Result<(ApiVersion, String), Error> {
        let url = Pager::new(self.inner.paging.clone()).follow(&self.inner.base, link)?;
        [ApiVersion::V1_0, ApiVersion::Beta]
            .into_iter()
            .find_map(|version| {
                let prefix = self.url(version, "", &[]).ok()?;
                let rest = url.as_str().strip_prefix(prefix.as_str())?;
                rest.starts_with('/').then(|| (version, rest.to_owned()))
            })
            .ok_or_else(|| Error::InvalidUrl {
                url: link.to_owned(),
                reason: "a next link must lead to /v1.0/… or /beta/… under the client's base URL"
                    .to_owned(),
            })
    }

    /// The claims of the current token, when the client checks scopes before sending.
    pub(crate) async fn claims_to_check(&self) -> Option<TokenClaims> {
        if !self.inner.check_scopes {
            return None;
        }
        self.token_claims().await
    }

    /// The claims of the current token, when it is a JWT that has them.
    pub(crate) async fn token_claims(&self) -> Option<TokenClaims> {
        self.claims().await.ok().flatten()
    }

    /// The body limit of each answer inside a batch: the client's limit for one response.
    pub(crate) fn answer_limit(&self) -> usize {
        self.inner.max_response_bytes
    }

    /// One `POST {base}/{version}/$batch` of `answers` requests, sent and retried as `send`
    /// sends a request; its body may hold `answers` responses of the full size.
    pub(crate) async fn post_batch(
        &self,
        version: ApiVersion,
        body: Option<Vec<u8>>,
        answers: usize,
    ) -> Result<Raw, Error> {
        let url = self.url(version, "/$batch", &[])?;
        let limit = self
            .answer_limit()
            .saturating_mul(answers)
            .saturating_add(64 * 1024);
        self.execute_limited(Method::Post, url, "/$batch", &[], body, limit)
            .await
    }

    /// The retry decision for an answer inside a batch, as for a request sent alone; a
    /// `Retry-After` on it pauses every request of the client, as it does for `send`.
    pub(crate) fn judge(&self, attempt: u32, elapsed: Duration, answer: &Raw) -> Decision {
        let retry_after = answer.retry_after.as_deref();
        let cap = transport::pause_cap(&self.inner.retry);
        self.inner.throttle.observe(answer.status, retry_after, cap);
        self.inner.retry.decide(attempt, elapsed, answer)
    }

    /// Waits before another attempt, counted in [`Client::stats`].
    pub(crate) async fn wait_throttled(&self, delay: Duration) {
        self.inner.throttle.count_wait();
        tokio::time::sleep(delay).await;
    }
}
