//! How a client is set up: the Graph deployments, and the builder with every setting.

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use reqwest::Url;

use super::super::auth::IntoCredential;
use super::super::links::{has_userinfo, redact_userinfo, PagingLimits};
use super::super::request::ApiVersion;
use super::super::throttle::Throttle;
use super::super::{Error, RetryPolicy, TokenCredential};
use super::{tls, Client, Inner};

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

    /// Any base URL, e.g. a test server's `http://127.0.0.1:port`. One that ends in an API
    /// version, as Graph's documentation writes it (`https://graph.microsoft.com/v1.0`, or
    /// `…/beta`, with or without a trailing slash), sets the version of requests that do not
    /// choose one; an operation not published in it goes to the version it is published in.
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

    /// The client, or why it cannot be built ([`Error::Config`] without a credential, or for
    /// an https base URL in a build without TLS and without [`ClientBuilder::http_client`];
    /// [`Error::InvalidUrl`] for a base URL that is not http(s) with a host, or that carries a
    /// user name or password).
    pub fn build(self) -> Result<Client, Error> {
        let credential = self.credential.ok_or_else(|| Error::Config {
            reason: "no credential: call `credential(…)` on the builder".to_owned(),
        })?;
        let (base, version) = parse_base_url(&self.base_url)?;
        let http = match self.http {
            Some(http) => http,
            None => {
                if let Some(error) = tls::refuses(base.scheme()) {
                    return Err(error);
                }
                let builder = reqwest::Client::builder()
                    .redirect(reqwest::redirect::Policy::none())
                    .user_agent(self.user_agent.clone())
                    .connect_timeout(self.connect_timeout);
                tls::with_tls(builder)?.build().map_err(Error::Transport)?
            }
        };
        let scope = self
            .scope
            .unwrap_or_else(|| format!("{}/.default", base.origin().ascii_serialization()));
        Ok(Client {
            inner: Arc::new(Inner {
                credential,
                base,
                version,
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

/// The base URL as the client keeps it, and the API version it ends in, if it ends in one:
/// `https://graph.microsoft.com/v1.0/` is `https://graph.microsoft.com` and v1.0, so that the
/// version is not written twice into request URLs.
fn parse_base_url(text: &str) -> Result<(Url, Option<ApiVersion>), Error> {
    let invalid = |reason: &str| Error::InvalidUrl {
        url: redact_userinfo(text).into_owned(),
        reason: reason.to_owned(),
    };
    let mut base = Url::parse(text.trim_end_matches('/')).map_err(|e| invalid(&e.to_string()))?;
    if !matches!(base.scheme(), "http" | "https") || base.host_str().is_none() {
        return Err(invalid("expected an http or https URL with a host"));
    }
    if has_userinfo(&base) {
        return Err(invalid(
            "it carries a user name or password; the client authenticates with its credential only, and would send them to every next link",
        ));
    }
    let last = base
        .path_segments()
        .and_then(|mut segments| segments.next_back());
    let version = last.and_then(|segment| {
        [ApiVersion::V1_0, ApiVersion::Beta]
            .into_iter()
            .find(|version| segment.eq_ignore_ascii_case(version.as_str()))
    });
    if version.is_some() {
        if let Ok(mut segments) = base.path_segments_mut() {
            segments.pop();
        }
    }
    Ok((base, version))
}
