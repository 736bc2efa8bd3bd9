//! Every way a call can fail, typed. None of them carries the access token.

use std::time::Duration;

use super::path::PathError;
use super::{AuthError, ScopeHint};

/// Why a call did not succeed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A path parameter cannot be a path segment; nothing was sent.
    #[error("{0}; nothing was sent")]
    InvalidPath(PathError),
    /// A header value cannot be sent (it holds CR, LF or another control character); nothing was sent.
    #[error("header `{name}` has a value that cannot be sent ({reason}); nothing was sent")]
    InvalidHeader {
        /// The header's name, e.g. `if-match`.
        name: String,
        /// Why the value cannot be sent.
        reason: String,
    },
    /// The base URL, or a URL built from it, is not usable.
    #[error("invalid URL `{url}`: {reason}")]
    InvalidUrl {
        /// The URL as given or built.
        url: String,
        /// Why it is not usable.
        reason: String,
    },
    /// The client is not set up to send anything (no credential, say); nothing was sent.
    #[error("the client is not usable: {reason}")]
    Config {
        /// What is missing or wrong, and how to fix it.
        reason: String,
    },
    /// The token provider failed; nothing was sent.
    #[error(transparent)]
    Auth(#[from] AuthError),
    /// 412 Precondition Failed: the item's etag no longer matches `if-match`. The error body,
    /// read as for any other status.
    #[error("412 Precondition Failed: the item changed since the etag given to `if_match`: {}", .0.summary())]
    PreconditionFailed(Box<GraphError>),
    /// Graph answered with an error status.
    #[error(transparent)]
    Graph(Box<GraphError>),
    /// 429, 503 or 504 until the retry policy ran out.
    #[error("{status} from Graph after {attempts} {} in {elapsed:?}: {last}", if *attempts == 1 { "attempt" } else { "attempts" })]
    Throttled {
        /// The last status: 429, 503 or 504.
        status: u16,
        /// Attempts made, the first included.
        attempts: u32,
        /// From the first attempt to giving up.
        elapsed: Duration,
        /// The last response, read as a Graph error.
        last: Box<GraphError>,
    },
    /// No complete answer within the timeout.
    #[error("no answer within {0:?}")]
    Timeout(Duration),
    /// The server could not be reached.
    #[error("cannot connect to {host}: {reason}")]
    Connect {
        /// The host of the URL.
        host: String,
        /// The innermost cause, e.g. "Connection refused (os error 111)".
        reason: String,
    },
    /// The access token cannot make this call (checked from its claims before sending, with
    /// `ClientBuilder::check_scopes`); nothing was sent.
    #[error("refused before sending: {0}")]
    MissingScope(ScopeHint),
    /// The access token's permission type cannot reach the endpoint at all: an application
    /// token on a path that names the signed-in user (checked from its claims before sending,
    /// with `ClientBuilder::check_scopes`); nothing was sent.
    #[error("refused before sending: {0}")]
    NotSupported(super::NotSupported),
    /// The connection failed after it was made.
    #[error("transport error: {0}")]
    Transport(#[source] reqwest::Error),
    /// The request body cannot be encoded as JSON (a map with non-string keys, say); nothing
    /// was sent.
    #[error(
        "the request body of `{operation}` cannot be encoded as JSON: {message}; nothing was sent"
    )]
    Encode {
        /// The operation, e.g. `driveItem.update` (qualified by its family when it has one).
        operation: &'static str,
        /// serde_json's reason.
        message: String,
    },
    /// The response body was larger than the client accepts.
    #[error(
        "the response body is larger than the {limit}-byte limit (counted after decompression)"
    )]
    TooLarge {
        /// `ClientBuilder::max_response_bytes`.
        limit: usize,
    },
    /// A success status with a body that is not what the operation returns.
    #[error("{status} response is not a valid {expected}: {message}")]
    Decode {
        /// The success status the body came with.
        status: u16,
        /// The operation whose result it should be.
        expected: &'static str,
        /// serde_json's reason, with line and column.
        message: String,
        /// The start of the body, for diagnosis.
        body: String,
    },
    /// A next link that would leave the client's host: the token would go elsewhere.
    #[error("refused to follow `@odata.nextLink` to `{link}`: it is not on {host}, and the access token would be sent there")]
    ForeignNextLink {
        /// The link as the server sent it, but for its userinfo.
        link: String,
        /// The client's own scheme, host and port.
        host: String,
    },
    /// A next link already followed: the server is looping.
    #[error("`@odata.nextLink` `{link}` was already followed; stopped instead of looping")]
    RepeatedNextLink {
        /// The link as the server sent it, but for its userinfo.
        link: String,
    },
    /// The `$batch` call that carried this request failed as a whole; every request in it
    /// shares the error.
    #[error("the $batch call that carried this request failed: {0}")]
    BatchFailed(std::sync::Arc<Error>),
    /// [`BatchResults::take`](super::BatchResults::take) was given the handle of a request
    /// of another batch: each batch's results hold its own requests only.
    #[error("the handle of `{operation}` belongs to another batch: take its result from the results of the batch it was added to")]
    ForeignHandle {
        /// The operation of the handle, e.g. `driveItem.list`.
        operation: &'static str,
    },
    /// A next link on the client's host that is not followed: it carries userinfo, or leads
    /// out of the base URL's path.
    #[error("refused to follow `@odata.nextLink` `{link}`: {reason}")]
    NextLinkRefused {
        /// The link as the server sent it, its userinfo replaced by `***`.
        link: String,
        /// Why, as a clause: "it carries a user name or password, …".
        reason: String,
    },
    /// Paging reached a limit of `ClientBuilder::paging` and the server still sent a next link.
    #[error("stopped following `@odata.nextLink` after {pages} pages ({bytes} bytes, {elapsed:?}): the server still sent one at the limit of {limit} (`ClientBuilder::paging`)")]
    TooManyPages {
        /// Pages read.
        pages: usize,
        /// Body bytes read, all pages together.
        bytes: u64,
        /// From the first page to stopping.
        elapsed: Duration,
        /// The limit reached, e.g. `10000 pages`.
        limit: String,
    },
}

impl Error {
    /// The HTTP status Graph answered with, for errors that are an answer.
    pub fn status(&self) -> Option<u16> {
        match self {
            Error::Graph(graph) | Error::PreconditionFailed(graph) => Some(graph.status),
            Error::Throttled { status, .. } => Some(*status),
            Error::Decode { status, .. } => Some(*status),
            Error::BatchFailed(inner) => inner.status(),
            _ => None,
        }
    }

    /// 404: the item, the permission or the drive does not exist (or the token may not see it).
    pub fn is_not_found(&self) -> bool {
        self.status() == Some(404)
    }

    /// The error as Graph sent it, for errors that are an answer with an error status.
    pub fn graph(&self) -> Option<&GraphError> {
        match self {
            Error::Graph(graph) | Error::PreconditionFailed(graph) => Some(graph),
            Error::Throttled { last, .. } => Some(last),
            Error::BatchFailed(inner) => inner.graph(),
            _ => None,
        }
    }

    /// Graph's `request-id`, for Microsoft support, when the error is an answer that has one.
    pub fn request_id(&self) -> Option<&str> {
        self.graph().and_then(|graph| graph.request_id.as_deref())
    }

    /// The `client-request-id` this client sent with the request that failed, when the error
    /// is an answer (Graph logs it next to its own `request-id`).
    pub fn client_request_id(&self) -> Option<&str> {
        self.graph()
            .and_then(|graph| graph.client_request_id.as_deref())
    }
}

/// An error status from Graph, with what its body says.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{status} from Graph: {}", self.summary())]
pub struct GraphError {
    /// The HTTP status.
    pub status: u16,
    /// `error.code`, e.g. `itemNotFound`.
    pub code: Option<String>,
    /// `error.message`.
    pub message: Option<String>,
    /// `error.innerError.request-id`, or the `request-id` header.
    pub request_id: Option<String>,
    /// `error.innerError.client-request-id`, or the one the client sent.
    pub client_request_id: Option<String>,
    /// `error.innerError.date`.
    pub date: Option<String>,
    /// The body, when it is not Graph's error JSON (an HTML page from a proxy, say).
    pub raw_body: Option<String>,
    /// On 403, what the access token lacks for this call, when its claims tell.
    pub scope_hint: Option<ScopeHint>,
}

impl GraphError {
    /// Reads Graph's error JSON, or keeps the body as text when it is something else.
    pub(crate) fn from_body(status: u16, body: &[u8], ids: RequestIds) -> Self {
        let json: Option<serde_json::Value> = serde_json::from_slice(body).ok();
        let error = json
            .as_ref()
            .and_then(|v| v.get("error"))
            .filter(|e| e.is_object());
        let text = |v: Option<&serde_json::Value>, key: &str| {
            v.and_then(|v| v.get(key))
                .and_then(|v| v.as_str())
                .map(str::to_owned)
        };
        match error {
            Some(error) => {
                let inner = error.get("innerError").or_else(|| error.get("innererror"));
                GraphError {
                    status,
                    code: text(Some(error), "code"),
                    message: text(Some(error), "message"),
                    request_id: text(inner, "request-id").or(ids.request_id),
                    client_request_id: text(inner, "client-request-id").or(ids.client_request_id),
                    date: text(inner, "date"),
                    raw_body: None,
                    scope_hint: None,
                }
            }
            None => GraphError {
                status,
                code: None,
                message: None,
                request_id: ids.request_id,
                client_request_id: ids.client_request_id,
                date: None,
                raw_body: Some(snippet(body)),
                scope_hint: None,
            },
        }
    }

    pub(crate) fn summary(&self) -> String {
        let mut out = match (&self.code, &self.message) {
            (Some(code), Some(message)) => format!("{code}: {message}"),
            (Some(code), None) => code.clone(),
            (None, Some(message)) => message.clone(),
            (None, None) => match &self.raw_body {
                Some(body) if !body.is_empty() => {
                    format!("a body that is not Graph's error JSON: {body}")
                }
                _ => "no error body".to_owned(),
            },
        };
        if let Some(id) = &self.request_id {
            out.push_str(&format!(" (request-id {id})"));
        }
        if let Some(hint) = &self.scope_hint {
            out.push_str(&format!("; {hint}"));
        }
        out
    }
}

/// The ids of one request: Graph's `request-id` header and the `client-request-id` sent.
#[derive(Clone, Debug, Default)]
pub(crate) struct RequestIds {
    pub(crate) request_id: Option<String>,
    pub(crate) client_request_id: Option<String>,
}

/// At most the first 2,000 characters of a body, as text.
pub(crate) fn snippet(body: &[u8]) -> String {
    let text = String::from_utf8_lossy(body);
    match text.char_indices().nth(2000) {
        Some((end, _)) => format!("{}…", &text[..end]),
        None => text.into_owned(),
    }
}
