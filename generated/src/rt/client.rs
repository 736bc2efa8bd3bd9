//! The client: sends request values to Graph and hands back typed results.

use std::fmt;
use std::sync::Arc;
use std::time::{Duration, Instant};

use futures_util::stream::{self, Stream};
use reqwest::header::{HeaderMap, HeaderName, HeaderValue};
use reqwest::Url;
use serde::de::DeserializeOwned;
use serde::Serialize;
use tracing::Instrument;

use super::auth::IntoCredential;
use super::error::{snippet, Error, GraphError, RequestIds};
use super::links::{has_userinfo, redact_userinfo, Pager, PagingLimits};
use super::request::{ApiVersion, Caller, Decode, Operation, Request, ResponseShape};
use super::throttle::{ClientStats, Throttle};
use super::{Page, RetryPolicy, TokenCredential};

/// The Microsoft Graph deployments.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cloud {
    /// The global service, `https://graph.microsoft.com`.
    Global,
    /// US Government L4, `https://graph.microsoft.us`.
    UsGovL4,
    /// US Government L5 (DoD), `https://dod-graph.microsoft.us`.
    UsGovL5Dod,
    /// China operated by 21Vianet, `https://microsoftgraph.chinacloudapi.cn`.
    China,
}

impl Cloud {
    /// The service root, without the API version.
    pub const fn base_url(self) -> &'static str {
        match self {
            Cloud::Global => "https://graph.microsoft.com",
            Cloud::UsGovL4 => "https://graph.microsoft.us",
            Cloud::UsGovL5Dod => "https://dod-graph.microsoft.us",
            Cloud::China => "https://microsoftgraph.chinacloudapi.cn",
        }
    }

    /// The scope an application token for this deployment is asked for.
    pub const fn scope(self) -> &'static str {
        match self {
            Cloud::Global => "https://graph.microsoft.com/.default",
            Cloud::UsGovL4 => "https://graph.microsoft.us/.default",
            Cloud::UsGovL5Dod => "https://dod-graph.microsoft.us/.default",
            Cloud::China => "https://microsoftgraph.chinacloudapi.cn/.default",
        }
    }
}

/// What a successful call returned.
#[derive(Clone, Debug, PartialEq)]
pub struct Response<T> {
    status: u16,
    ids: ResponseIds,
    headers: HeaderMap,
    value: T,
    failures: Vec<ItemFailure>,
}

/// The ids of a successful call, for Microsoft support.
#[derive(Clone, Debug, PartialEq)]
struct ResponseIds {
    request_id: Option<String>,
    client_request_id: String,
}

impl<T> Response<T> {
    /// The HTTP status, e.g. 200 or 201.
    pub fn status(&self) -> u16 {
        self.status
    }

    /// The `request-id` header, for Microsoft support.
    pub fn request_id(&self) -> Option<&str> {
        self.ids.request_id.as_deref()
    }

    /// The `client-request-id` (a UUID) the client sent with the request.
    pub fn client_request_id(&self) -> &str {
        &self.ids.client_request_id
    }

    /// The `ETag` header, as sent: what `if_match` and `if_none_match` take.
    pub fn etag(&self) -> Option<&str> {
        self.header("etag")
    }

    /// A response header as text, when it is present and visible ASCII.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }

    /// Every response header (after decompression: no `content-encoding`).
    pub fn headers(&self) -> &HeaderMap {
        &self.headers
    }

    /// 201 Created: `createLink` made a new link (200 means an existing one came back).
    pub fn is_created(&self) -> bool {
        self.status == 201
    }

    /// 207 Multi-Status: some items succeeded (in the value) and some failed (in `failures`).
    pub fn is_partial(&self) -> bool {
        self.status == 207
    }

    /// The items of a 207 response that failed, each with Graph's error.
    pub fn failures(&self) -> &[ItemFailure] {
        &self.failures
    }

    /// The typed result.
    pub fn value(&self) -> &T {
        &self.value
    }

    /// The typed result, owned.
    pub fn into_value(self) -> T {
        self.value
    }
}

/// An item of a partial-success (207) collection that failed.
#[derive(Clone, Debug, PartialEq)]
pub struct ItemFailure {
    /// `error.code` of the item.
    pub code: Option<String>,
    /// `error.message` of the item.
    pub message: Option<String>,
    /// The whole item as Graph sent it.
    pub item: serde_json::Value,
}

/// Builds a [`Client`].
pub struct ClientBuilder {
    credential: Option<Arc<dyn TokenCredential>>,
    base_url: String,
    scope: Option<String>,
    timeout: Duration,
    connect_timeout: Duration,
    user_agent: String,
    retry: RetryPolicy,
    max_response_bytes: usize,
    check_scopes: bool,
    max_concurrency: Option<usize>,
    paging: PagingLimits,
    http: Option<reqwest::Client>,
}

impl fmt::Debug for ClientBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientBuilder")
            .field("base_url", &redact_userinfo(&self.base_url))
            .field("timeout", &self.timeout)
            .field("retry", &self.retry)
            .finish_non_exhaustive()
    }
}

impl Default for ClientBuilder {
    fn default() -> Self {
        Self {
            credential: None,
            base_url: Cloud::Global.base_url().to_owned(),
            scope: None,
            timeout: Duration::from_secs(30),
            connect_timeout: Duration::from_secs(10),
            user_agent: concat!("graph-permissions/", env!("CARGO_PKG_VERSION")).to_owned(),
            retry: RetryPolicy::default(),
            max_response_bytes: 32 * 1024 * 1024,
            check_scopes: false,
            max_concurrency: None,
            paging: PagingLimits::default(),
            http: None,
        }
    }
}

impl ClientBuilder {
    /// Where access tokens come from. Required. Any [`TokenCredential`], a shared
    /// `Arc<dyn TokenCredential>`, or (feature `azure-identity`) an azure_identity credential
    /// as its constructor returns it.
    pub fn credential(mut self, credential: impl IntoCredential) -> Self {
        self.credential = Some(credential.into_credential());
        self
    }

    /// The scope tokens are asked for. Unless set, the `.default` scope of the base URL's
    /// origin: `https://graph.microsoft.com/.default` for the global service, and each
    /// national cloud's own (see [`Cloud::scope`]).
    pub fn scope(mut self, scope: impl Into<String>) -> Self {
        self.scope = Some(scope.into());
        self
    }

    /// A national cloud; the global service unless set.
    pub fn cloud(mut self, cloud: Cloud) -> Self {
        self.base_url = cloud.base_url().to_owned();
        self
    }

    /// Any base URL, e.g. a test server's `http://127.0.0.1:port`.
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = url.into();
        self
    }

    /// The limit for one attempt, from sending to the last byte of the body (30 s unless set).
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// The limit for opening a connection (TCP and TLS), within the per-attempt timeout
    /// (10 s unless set). Not applied to a client given with [`ClientBuilder::http_client`].
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = timeout;
        self
    }

    /// The `User-Agent` header (`graph-permissions/VERSION` unless set).
    pub fn user_agent(mut self, user_agent: impl Into<String>) -> Self {
        self.user_agent = user_agent.into();
        self
    }

    /// How throttled calls are retried; [`RetryPolicy::none`] turns retrying off.
    pub fn retry(mut self, policy: RetryPolicy) -> Self {
        self.retry = policy;
        self
    }

    /// A larger body is refused without reading it all (32 MiB unless set). The limit counts
    /// decompressed bytes: a small gzip body that inflates past it is refused too.
    pub fn max_response_bytes(mut self, limit: usize) -> Self {
        self.max_response_bytes = limit;
        self
    }

    /// Before sending, read the access token's `scp` or `roles` claim and refuse a call it
    /// cannot make ([`Error::MissingScope`]), so nothing is sent. The claims are decoded, not
    /// verified: this is a courtesy check, Graph still decides. A token that is not a JWT with
    /// those claims is sent unchecked.
    pub fn check_scopes(mut self, check: bool) -> Self {
        self.check_scopes = check;
        self
    }

    /// At most `n` HTTP requests in flight at once, across every clone of the client (a
    /// `$batch` is one request). Unbounded unless set.
    pub fn max_concurrency(mut self, n: usize) -> Self {
        self.max_concurrency = Some(n.max(1));
        self
    }

    /// How far `items` and `collect_all` follow next links ([`PagingLimits::default`] unless
    /// set): past a limit, paging ends with [`Error::TooManyPages`].
    pub fn paging(mut self, limits: PagingLimits) -> Self {
        self.paging = limits;
        self
    }

    /// A `reqwest::Client` of the caller's, e.g. with a proxy. It should not follow redirects:
    /// the client's own never does, so that a redirect cannot carry the token elsewhere.
    pub fn http_client(mut self, http: reqwest::Client) -> Self {
        self.http = Some(http);
        self
    }

    /// The client, or why it cannot be built ([`Error::Config`] without a credential,
    /// [`Error::InvalidUrl`] for a base URL that is not http(s) with a host).
    pub fn build(self) -> Result<Client, Error> {
        let shown = redact_userinfo(&self.base_url).into_owned();
        let credential = self.credential.ok_or_else(|| Error::Config {
            reason: "no credential: call `credential(…)` on the builder".to_owned(),
        })?;
        let invalid = |reason: String| Error::InvalidUrl {
            url: shown.clone(),
            reason,
        };
        let base =
            Url::parse(self.base_url.trim_end_matches('/')).map_err(|e| invalid(e.to_string()))?;
        if !matches!(base.scheme(), "http" | "https") || base.host_str().is_none() {
            return Err(invalid(
                "expected an http or https URL with a host".to_owned(),
            ));
        }
        if has_userinfo(&base) {
            return Err(invalid(
                "it carries a user name or password; the client authenticates with its credential only, and would send them to every next link".to_owned(),
            ));
        }
        let http = match self.http {
            Some(http) => http,
            None => reqwest::Client::builder()
                .redirect(reqwest::redirect::Policy::none())
                .user_agent(self.user_agent.clone())
                .connect_timeout(self.connect_timeout)
                .build()
                .map_err(Error::Transport)?,
        };
        let scope = self
            .scope
            .unwrap_or_else(|| format!("{}/.default", base.origin().ascii_serialization()));
        Ok(Client {
            inner: Arc::new(Inner {
                credential,
                base,
                scope,
                timeout: self.timeout,
                connect_timeout: self.connect_timeout,
                user_agent: self.user_agent,
                retry: self.retry,
                max_response_bytes: self.max_response_bytes,
                check_scopes: self.check_scopes,
                throttle: Throttle::new(self.max_concurrency),
                paging: self.paging,
                http,
            }),
        })
    }
}

/// Sends requests to Graph. Cheap to clone; clones share connections.
#[derive(Clone)]
pub struct Client {
    inner: Arc<Inner>,
}

struct Inner {
    credential: Arc<dyn TokenCredential>,
    base: Url,
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
            .field("timeout", &self.inner.timeout)
            .field("retry", &self.inner.retry)
            .finish_non_exhaustive()
    }
}

/// A response, read.
pub(super) struct Raw {
    pub(super) status: u16,
    pub(super) ids: RequestIds,
    /// `Retry-After`, for the retry loop.
    pub(super) retry_after: Option<String>,
    pub(super) headers: HeaderMap,
    pub(super) body: Vec<u8>,
}

impl Client {
    /// A builder; [`ClientBuilder::credential`] is the one required setting.
    pub fn builder() -> ClientBuilder {
        ClientBuilder::default()
    }

    /// Sends a request to the version the operation is published in (v1.0 when it is).
    pub async fn send<O: Operation, C: Caller>(
        &self,
        request: Request<O, C>,
    ) -> Result<Response<O::Output>, Error>
    where
        O::Body: Serialize,
        O::Output: Decode,
    {
        self.send_to(O::META.default_version(), request).await
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
        let body = encode_body(O::META.name, request.body())?;
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

    /// What this client and its clones sent, and how often throttling made them wait.
    pub fn stats(&self) -> ClientStats {
        self.inner.throttle.stats()
    }

    /// The retry policy, for `$batch`, which retries throttled requests itself.
    pub(super) fn retry_policy(&self) -> &RetryPolicy {
        &self.inner.retry
    }

    pub(super) fn checks_scopes(&self) -> bool {
        self.inner.check_scopes
    }

    pub(super) fn max_response_bytes(&self) -> usize {
        self.inner.max_response_bytes
    }

    /// Makes every request of the client wait (a request inside a `$batch` was throttled).
    pub(super) fn pause_for(&self, status: u16, retry_after: Option<&str>) {
        self.inner
            .throttle
            .observe(status, retry_after, pause_cap(&self.inner.retry));
    }

    pub(super) fn count_throttled_wait(&self) {
        self.inner.throttle.count_wait();
    }

    /// The claims of the current access token, when it is a JWT that has them.
    pub(super) async fn claims(&self) -> Result<Option<super::TokenClaims>, Error> {
        let token = self
            .inner
            .credential
            .get_token(&[self.inner.scope.as_str()])
            .await?;
        Ok(super::TokenClaims::decode(token.token.expose()))
    }

    /// Every item of a collection, following `@odata.nextLink` page by page.
    pub fn items<'a, O, C: Caller + 'a, T>(
        &'a self,
        request: Request<O, C>,
    ) -> impl Stream<Item = Result<T, Error>> + 'a
    where
        O: Operation<Output = Page<T>> + 'a,
        T: 'a,
        O::Body: Serialize,
        T: DeserializeOwned,
    {
        self.items_at(O::META.default_version(), request)
    }

    /// [`Client::items`] from a chosen API version.
    pub fn items_at<'a, O, C: Caller + 'a, T>(
        &'a self,
        version: ApiVersion,
        request: Request<O, C>,
    ) -> impl Stream<Item = Result<T, Error>> + 'a
    where
        O: Operation<Output = Page<T>> + 'a,
        T: 'a,
        O::Body: Serialize,
        T: DeserializeOwned,
    {
        struct State<T> {
            next: Option<Next>,
            buffered: std::vec::IntoIter<T>,
            pager: Pager,
        }
        enum Next {
            First(Result<(Url, Option<Vec<u8>>), Error>),
            Link(String),
        }
        let template = request.endpoint().template;
        let first = match request.path_error() {
            Some(error) => Err(Error::InvalidPath(error.clone())),
            None => self
                .url(version, request.path(), request.query())
                .and_then(|url| Ok((url, encode_body(O::META.name, request.body())?))),
        };
        let headers = request.headers().to_vec();
        let state = State {
            next: Some(Next::First(first)),
            buffered: Vec::new().into_iter(),
            pager: Pager::new(self.inner.paging.clone()),
        };
        stream::unfold(state, move |mut state| {
            let headers = headers.clone();
            async move {
                loop {
                    if let Some(item) = state.buffered.next() {
                        return Some((Ok(item), state));
                    }
                    // The first page with the operation's method and body; next links are GETs.
                    let (method, url, body) = match state.next.take()? {
                        Next::First(Ok((url, body))) => (O::META.method, url, body),
                        Next::First(Err(e)) => return Some((Err(e), state)),
                        Next::Link(link) => match state.pager.follow(&self.inner.base, &link) {
                            Ok(url) => (super::Method::Get, url, None),
                            Err(e) => return Some((Err(e), state)),
                        },
                    };
                    let raw = match self.execute(method, url, template, &headers, body).await {
                        Ok(raw) => raw,
                        Err(e) => return Some((Err(e), state)),
                    };
                    state.pager.read(raw.body.len());
                    match decode::<O>(raw) {
                        Ok(response) => {
                            let page = response.into_value();
                            state.next = page.next_link.map(Next::Link);
                            state.buffered = page.value.into_iter();
                        }
                        Err(e) => return Some((Err(e), state)),
                    }
                }
            }
        })
    }

    /// Every item of a collection, all pages collected.
    pub async fn collect_all<O, C: Caller, T>(
        &self,
        request: Request<O, C>,
    ) -> Result<Vec<T>, Error>
    where
        O: Operation<Output = Page<T>>,
        O::Body: Serialize,
        T: DeserializeOwned,
    {
        use futures_util::TryStreamExt;
        self.items(request).try_collect().await
    }

    /// A next link checked as `items` checks it (host, path, userinfo), for a `$batch`, whose
    /// caller decides how far to page.
    pub(super) fn next_link(&self, link: &str) -> Result<Url, Error> {
        Pager::new(self.inner.paging.clone()).follow(&self.inner.base, link)
    }

    /// `{base}/{version}{path}?{query}`, refusing a path the URL parser would change.
    pub(super) fn url(
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
        method: super::Method,
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
    pub(super) async fn execute_limited(
        &self,
        method: super::Method,
        url: Url,
        template: &'static str,
        headers: &[(&'static str, String)],
        body: Option<Vec<u8>>,
        limit: usize,
    ) -> Result<Raw, Error> {
        let inner = &*self.inner;
        let client_request_id = uuid::Uuid::new_v4().to_string();
        let extra = header_map(headers, &client_request_id)?;
        let method =
            reqwest::Method::from_bytes(method.as_str().as_bytes()).unwrap_or(reqwest::Method::GET);
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
            if !RetryPolicy::retries(raw.status) {
                return Ok(raw);
            }
            let elapsed = started.elapsed();
            let delay = inner.retry.delay(attempt, raw.retry_after.as_deref());
            if attempt >= inner.retry.max_attempts
                || elapsed.saturating_add(delay) > inner.retry.max_elapsed
            {
                let last = GraphError::from_body(raw.status, &raw.body, raw.ids);
                return Err(Error::Throttled {
                    status: raw.status,
                    attempts: attempt,
                    elapsed,
                    last: Box::new(last),
                });
            }
            span.in_scope(|| {
                tracing::info!(
                    status = raw.status,
                    ?delay,
                    "throttled; waiting before the next attempt"
                )
            });
            inner.throttle.count_wait();
            tokio::time::sleep(delay).await;
        }
    }

    async fn attempt(
        &self,
        method: &reqwest::Method,
        url: &Url,
        headers: &HeaderMap,
        body: Option<&[u8]>,
        limit: usize,
    ) -> Result<Raw, Error> {
        let inner = &*self.inner;
        // Held until the body is read: the bound counts requests in flight.
        let _admission = inner.throttle.admit().await;
        let token = inner.credential.get_token(&[inner.scope.as_str()]).await?;
        let mut builder = inner
            .http
            .request(method.clone(), url.clone())
            .header(
                reqwest::header::AUTHORIZATION,
                bearer(token.token.expose())?,
            )
            .header(reqwest::header::USER_AGENT, inner.user_agent.as_str())
            .headers(headers.clone())
            .timeout(inner.timeout);
        if let Some(body) = body {
            builder = builder
                .header(reqwest::header::CONTENT_TYPE, "application/json")
                .body(body.to_vec());
        }
        let host = url.host_str().unwrap_or_default();
        let transport = |e: reqwest::Error| self.transport_error(e, host);
        let response = builder.send().await.map_err(transport)?;
        let status = response.status().as_u16();
        let headers = response.headers().clone();
        let text = |name: &str| {
            headers
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::to_owned)
        };
        let ids = RequestIds {
            request_id: text("request-id"),
            client_request_id: None,
        };
        let retry_after = text("retry-after");
        inner
            .throttle
            .observe(status, retry_after.as_deref(), pause_cap(&inner.retry));
        let body = read_body(response, limit, transport).await?;
        Ok(Raw {
            status,
            ids,
            retry_after,
            headers,
            body,
        })
    }

    /// A reqwest error as what happened: no connection (in time), no answer in time, or else.
    fn transport_error(&self, error: reqwest::Error, host: &str) -> Error {
        if error.is_connect() {
            let reason = if error.is_timeout() {
                format!("no connection within {:?}", self.inner.connect_timeout)
            } else {
                root_cause(&error)
            };
            Error::Connect {
                host: host.to_owned(),
                reason,
            }
        } else if error.is_timeout() {
            Error::Timeout(self.inner.timeout)
        } else {
            Error::Transport(error.without_url())
        }
    }
}

/// The caller's headers and the `client-request-id`, refusing values that cannot be sent.
fn header_map(
    headers: &[(&'static str, String)],
    client_request_id: &str,
) -> Result<HeaderMap, Error> {
    let mut map = HeaderMap::new();
    for (name, value) in headers {
        let header_value = HeaderValue::from_str(value).map_err(|_| Error::InvalidHeader {
            name: (*name).to_owned(),
            reason: "it holds a control character such as CR or LF".to_owned(),
        })?;
        map.insert(HeaderName::from_static(name), header_value);
    }
    let id = HeaderValue::from_str(client_request_id).expect("a UUID is a valid header value");
    map.insert(HeaderName::from_static("client-request-id"), id);
    Ok(map)
}

/// `Bearer {token}`, marked sensitive (kept out of HTTP/2 header tables and reqwest's `Debug`).
/// A token that cannot be a header value is refused without showing it.
fn bearer(token: &str) -> Result<HeaderValue, Error> {
    let mut value = HeaderValue::from_str(&format!("Bearer {token}")).map_err(|_| {
        Error::Auth(super::AuthError {
            message: "the credential returned an access token that cannot be sent: it holds CR, \
                      LF or another character not allowed in an HTTP header; nothing was sent"
                .to_owned(),
        })
    })?;
    value.set_sensitive(true);
    Ok(value)
}

/// The body, decompressed, refused as soon as it passes `limit` bytes.
async fn read_body(
    mut response: reqwest::Response,
    limit: usize,
    transport: impl Fn(reqwest::Error) -> Error,
) -> Result<Vec<u8>, Error> {
    // Without decompression, a declared length over the limit is refused unread.
    if response
        .content_length()
        .is_some_and(|len| len > limit as u64)
    {
        return Err(Error::TooLarge { limit });
    }
    let mut body = Vec::new();
    while let Some(chunk) = response.chunk().await.map_err(&transport)? {
        if body.len() + chunk.len() > limit {
            return Err(Error::TooLarge { limit });
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body)
}

/// No pause outlasts what the retry policy would wait for.
fn pause_cap(policy: &RetryPolicy) -> Duration {
    policy.max_retry_after.min(policy.max_elapsed)
}

/// The innermost cause of an error, e.g. "Connection refused (os error 111)".
fn root_cause(error: &(dyn std::error::Error + 'static)) -> String {
    let mut cause = error;
    while let Some(next) = cause.source() {
        cause = next;
    }
    cause.to_string()
}

/// The JSON body, or none for operations without one (`()` encodes as `null`).
pub(super) fn encode_body<B: Serialize>(
    operation: &'static str,
    body: &B,
) -> Result<Option<Vec<u8>>, Error> {
    let bytes = serde_json::to_vec(body).map_err(|e| Error::Encode {
        operation,
        message: e.to_string(),
    })?;
    Ok((bytes != b"null").then_some(bytes))
}

/// A 403 from Graph, for which the token's claims may say what is missing.
pub(super) fn is_forbidden<T>(result: &Result<T, Error>) -> bool {
    matches!(result, Err(Error::Graph(graph)) if graph.status == 403)
}

/// Adds to a 403 what the token lacks for the operation, when its claims tell.
pub(super) fn with_scope_hint<O: Operation>(
    result: Result<Response<O::Output>, Error>,
    claims: Option<&super::TokenClaims>,
) -> Result<Response<O::Output>, Error> {
    match (result, claims) {
        (Err(Error::Graph(mut graph)), Some(claims)) if graph.status == 403 => {
            graph.scope_hint = claims.check(O::META).err();
            Err(Error::Graph(graph))
        }
        (other, _) => other,
    }
}

/// A response → the operation's typed result, or the error its status means.
pub(super) fn decode<O: Operation>(raw: Raw) -> Result<Response<O::Output>, Error>
where
    O::Output: Decode,
{
    // Any 2xx is a success, listed or not: Graph may answer 200 where the docs say 204.
    let success =
        (200..300).contains(&raw.status) || (raw.status == 304 && O::Output::ACCEPTS_NOT_MODIFIED);
    if !success {
        let error = Box::new(GraphError::from_body(raw.status, &raw.body, raw.ids));
        return Err(if raw.status == 412 {
            Error::PreconditionFailed(error)
        } else {
            Error::Graph(error)
        });
    }
    let mut failures = Vec::new();
    let mut body = raw.body;
    if raw.status == 207 && O::META.response == ResponseShape::Collection {
        (body, failures) = split_failures(body);
    }
    let value = O::Output::decode(raw.status, &body).map_err(|e| Error::Decode {
        status: raw.status,
        expected: O::META.name,
        // An empty body decodes as `null`, which serde calls "invalid type: null".
        message: if body.iter().all(u8::is_ascii_whitespace) {
            "empty body".to_owned()
        } else {
            e.to_string()
        },
        body: snippet(&body),
    })?;
    Ok(Response {
        status: raw.status,
        ids: ResponseIds {
            request_id: raw.ids.request_id,
            client_request_id: raw.ids.client_request_id.unwrap_or_default(),
        },
        headers: raw.headers,
        value,
        failures,
    })
}

/// Moves the items of a 207 collection that carry an `error` out of `value`.
fn split_failures(body: Vec<u8>) -> (Vec<u8>, Vec<ItemFailure>) {
    let Ok(mut json) = serde_json::from_slice::<serde_json::Value>(&body) else {
        return (body, Vec::new());
    };
    let Some(items) = json.get_mut("value").and_then(|v| v.as_array_mut()) else {
        return (body, Vec::new());
    };
    let (failed, ok): (Vec<_>, Vec<_>) = std::mem::take(items)
        .into_iter()
        .partition(|item| item.get("error").is_some());
    *items = ok;
    let failures = failed
        .into_iter()
        .map(|item| {
            let text = |key: &str| {
                item.get("error")
                    .and_then(|e| e.get(key))
                    .and_then(|v| v.as_str())
                    .map(str::to_owned)
            };
            ItemFailure {
                code: text("code"),
                message: text("message"),
                item,
            }
        })
        .collect();
    (serde_json::to_vec(&json).unwrap_or(body), failures)
}
