//! The client: sends request values to Graph and hands back typed results.
//!
//! Along its seams: `builder` (the deployments and every setting), `transport` (one attempt),
//! `decode` (an answer → a typed result), `paging` (collections page by page) and `batching`
//! (what a `$batch` may ask of the client). Here: the client itself, `send`, and the retry
//! loop around attempts, which asks [`RetryPolicy::decide`] after each one.

mod batching;
mod builder;
mod decode;
mod paging;
mod tls;
mod transport;

use std::fmt;
use std::sync::Arc;
use std::time::{Duration, Instant};

use reqwest::Url;
use serde::Serialize;
use tracing::Instrument;

use super::error::Error;
use super::links::{redact_userinfo, PagingLimits};
use super::request::{ApiVersion, Caller, Decode, Method, Operation, OperationMeta, Request};
use super::retry::Decision;
use super::throttle::{ClientStats, Throttle};
use super::{RetryPolicy, TokenClaims, TokenCredential};

pub use builder::{ClientBuilder, Cloud};
use decode::is_forbidden;
pub(crate) use decode::{decode, with_scope_hint, Raw};
pub use decode::{ItemFailure, Response};

/// Sends requests to Graph. Cheap to clone; clones share connections.
#[derive(Clone)]
pub struct Client {
    inner: Arc<Inner>,
}

struct Inner {
    credential: Arc<dyn TokenCredential>,
    /// Without the version it may have ended in.
    base: Url,
    /// The version the base URL ended in, if any.
    version: Option<ApiVersion>,
    scope: String,
    timeout: Duration,
    connect_timeout: Duration,
    user_agent: String,
    retry: RetryPolicy,
    max_response_bytes: usize,
    check_scopes: bool,
    throttle: Throttle,
    paging: PagingLimits,
    http: reqwest::Client,
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Client")
            .field("base_url", &redact_userinfo(self.inner.base.as_str()))
            .field("version", &self.inner.version)
            .field("timeout", &self.inner.timeout)
            .field("retry", &self.inner.retry)
            .finish_non_exhaustive()
    }
}

impl Client {
    /// A builder; [`ClientBuilder::credential`] is the one required setting.
    pub fn builder() -> ClientBuilder {
        ClientBuilder::default()
    }

    /// Sends a request to the version the base URL ends in, if it does and the operation is
    /// published there, or else to the version the operation is published in (v1.0 when it is).
    pub async fn send<O: Operation, C: Caller>(
        &self,
        request: Request<O, C>,
    ) -> Result<Response<O::Output>, Error>
    where
        O::Body: Serialize,
        O::Output: Decode,
    {
        self.send_to(self.version_for(O::META), request).await
    }

    /// Sends a request to a chosen API version.
    pub async fn send_to<O: Operation, C: Caller>(
        &self,
        version: ApiVersion,
        request: Request<O, C>,
    ) -> Result<Response<O::Output>, Error>
    where
        O::Body: Serialize,
        O::Output: Decode,
    {
        if let Some(error) = request.path_error() {
            return Err(Error::InvalidPath(error.clone()));
        }
        if self.inner.check_scopes {
            if let Some(claims) = self.claims().await? {
                claims
                    .check_endpoint(O::META, request.endpoint())
                    .map_err(Error::NotSupported)?;
                claims.check(O::META).map_err(Error::MissingScope)?;
            }
        }
        let url = self.url(version, request.path(), request.query())?;
        let body = encode_body(O::META.qualified_name, request.body())?;
        let raw = self
            .execute(
                O::META.method,
                url,
                request.endpoint().template,
                request.headers(),
                body,
            )
            .await?;
        let result = decode::<O>(raw);
        if !is_forbidden(&result) {
            return result;
        }
        let claims = self.claims().await.ok().flatten();
        with_scope_hint::<O>(result, claims.as_ref())
    }

    /// The version a request goes to unless its caller chooses one: the version the base URL
    /// ended in, when the operation is published in it, or else the operation's own.
    pub(crate) fn version_for(&self, operation: &OperationMeta) -> ApiVersion {
        match self.inner.version {
            Some(version) if operation.versions.contains(&version) => version,
            _ => operation.default_version(),
        }
    }

    /// What this client and its clones sent, and how often throttling made them wait.
    pub fn stats(&self) -> ClientStats {
        self.inner.throttle.stats()
    }

    /// The claims of the current access token, when it is a JWT that has them.
    async fn claims(&self) -> Result<Option<TokenClaims>, Error> {
        let token = self
            .inner
            .credential
            .get_token(&[self.inner.scope.as_str()])
            .await?;
        Ok(TokenClaims::decode(token.token.expose()))
    }

    /// `{base}/{version}{path}?{query}`, refusing a path the URL parser would change.
    fn url(
        &self,
        version: ApiVersion,
        path: &str,
        query: &[(&'static str, String)],
    ) -> Result<Url, Error> {
        let base = self.inner.base.as_str().trim_end_matches('/');
        let text = format!("{base}/{version}{path}");
        let mut url = Url::parse(&text).map_err(|e| Error::InvalidUrl {
            url: text.clone(),
            reason: e.to_string(),
        })?;
        let expected_path = format!(
            "{}/{version}{path}",
            self.inner.base.path().trim_end_matches('/')
        );
        if url.path() != expected_path || url.host_str() != self.inner.base.host_str() {
            return Err(Error::InvalidUrl {
                url: text,
                reason: "a path parameter would change the URL's path or host".to_owned(),
            });
        }
        if !query.is_empty() {
            let mut pairs = url.query_pairs_mut();
            for (name, value) in query {
                pairs.append_pair(name, value);
            }
        }
        Ok(url)
    }

    /// Sends one request, retrying throttled attempts, and reads the response. Every attempt
    /// carries the same new `client-request-id`.
    async fn execute(
        &self,
        method: Method,
        url: Url,
        template: &'static str,
        headers: &[(&'static str, String)],
        body: Option<Vec<u8>>,
    ) -> Result<Raw, Error> {
        let limit = self.inner.max_response_bytes;
        self.execute_limited(method, url, template, headers, body, limit)
            .await
    }

    /// [`Client::execute`] with a body limit of its own (a `$batch` carries up to 20 bodies).
    async fn execute_limited(
        &self,
        method: Method,
        url: Url,
        template: &'static str,
        headers: &[(&'static str, String)],
        body: Option<Vec<u8>>,
        limit: usize,
    ) -> Result<Raw, Error> {
        let client_request_id = uuid::Uuid::new_v4().to_string();
        let extra = transport::header_map(headers, &client_request_id)?;
        let method = transport::http_method(method);
        let started = Instant::now();
        let mut attempt = 0u32;
        loop {
            attempt += 1;
            let span = tracing::info_span!(
                "graph.request",
                method = %method,
                path = template,
                attempt,
                client_request_id = client_request_id.as_str(),
                status = tracing::field::Empty,
                request_id = tracing::field::Empty,
            );
            let outcome = self
                .attempt(&method, &url, &extra, body.as_deref(), limit)
                .instrument(span.clone())
                .await;
            let mut raw = outcome?;
            raw.ids.client_request_id = Some(client_request_id.clone());
            span.record("status", raw.status);
            if let Some(id) = &raw.ids.request_id {
                span.record("request_id", id.as_str());
            }
            let delay = match self.inner.retry.decide(attempt, started.elapsed(), &raw) {
                Decision::Keep => return Ok(raw),
                Decision::GiveUp(error) => return Err(error),
                Decision::Wait(delay) => delay,
            };
            span.in_scope(|| {
                tracing::info!(
                    status = raw.status,
                    ?delay,
                    "throttled; waiting before the next attempt"
                )
            });
            self.wait_throttled(delay).await;
        }
    }
}

/// The JSON body, or none for operations without one (`()` encodes as `null`).
pub(crate) fn encode_body<B: Serialize>(
    operation: &'static str,
    body: &B,
) -> Result<Option<Vec<u8>>, Error> {
    let bytes = serde_json::to_vec(body).map_err(|e| Error::Encode {
        operation,
        message: e.to_string(),
    })?;
    Ok((bytes != b"null").then_some(bytes))
}
