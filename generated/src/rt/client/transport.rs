//! One attempt: the request as sent (the caller's headers, the bearer token, the JSON body)
//! and its answer, read with the body capped. Retrying is the caller's: see
//! `RetryPolicy::decide`.

use std::time::Duration;

use reqwest::header::{HeaderMap, HeaderName, HeaderValue};
use reqwest::Url;

use super::super::error::{Error, RequestIds};
use super::super::request::Method;
use super::super::{AuthError, RetryPolicy};
use super::{Client, Raw};

impl Client {
    /// Sends the request once, after the client's throttle admits it, and reads the answer.
    pub(super) async fn attempt(
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
pub(super) fn header_map(
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
        Error::Auth(AuthError {
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
pub(super) fn pause_cap(policy: &RetryPolicy) -> Duration {
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

/// The method as reqwest names it.
pub(super) fn http_method(method: Method) -> reqwest::Method {
    match method {
        Method::Get => reqwest::Method::GET,
        Method::Post => reqwest::Method::POST,
        Method::Put => reqwest::Method::PUT,
        Method::Patch => reqwest::Method::PATCH,
        Method::Delete => reqwest::Method::DELETE,
    }
}
