//! A response read → the operation's typed result: success statuses, the items a 207 reports
//! as failed, the error an error status means, and on 403 what the token lacks.

use reqwest::header::HeaderMap;

use super::super::error::{snippet, Error, GraphError, RequestIds};
use super::super::request::{Decode, Operation, ResponseShape};
use super::super::TokenClaims;

/// A response, read: what one attempt, or one answer inside a `$batch`, hands to the retry
/// decision and to decoding.
pub(crate) struct Raw {
    pub(crate) status: u16,
    pub(crate) ids: RequestIds,
    /// `Retry-After`, for the retry loop.
    pub(crate) retry_after: Option<String>,
    pub(crate) headers: HeaderMap,
    pub(crate) body: Vec<u8>,
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

/// A 403 from Graph, for which the token's claims may say what is missing.
pub(super) fn is_forbidden<T>(result: &Result<T, Error>) -> bool {
    matches!(result, Err(Error::Graph(graph)) if graph.status == 403)
}

/// Adds to a 403 what the token lacks for the operation, when its claims tell.
pub(crate) fn with_scope_hint<O: Operation>(
    result: Result<Response<O::Output>, Error>,
    claims: Option<&TokenClaims>,
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
pub(crate) fn decode<O: Operation>(raw: Raw) -> Result<Response<O::Output>, Error>
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
        expected: O::META.qualified_name,
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
