//! What the emulator answers, before it becomes HTTP (or a response inside a `$batch`):
//! a status, headers and a body, and Graph's error JSON.

use serde_json::{json, Value};

/// An answer, before it becomes HTTP (or a response inside a batch).
pub(crate) struct Answer {
    pub(crate) status: u16,
    pub(crate) headers: Vec<(String, String)>,
    pub(crate) body: Vec<u8>,
}

impl Answer {
    /// A JSON body.
    pub(crate) fn json(status: u16, value: &Value) -> Self {
        Self {
            status,
            headers: vec![("content-type".to_owned(), "application/json".to_owned())],
            body: serde_json::to_vec(value).expect("JSON values serialize"),
        }
    }

    /// No body: 204 No Content, 304 Not Modified.
    pub(crate) fn empty(status: u16) -> Self {
        Self {
            status,
            headers: Vec::new(),
            body: Vec::new(),
        }
    }

    pub(crate) fn header(mut self, name: &str, value: impl Into<String>) -> Self {
        self.headers.push((name.to_owned(), value.into()));
        self
    }
}

/// Graph's error JSON, with a request id in the body and the header.
pub(crate) fn error(status: u16, code: &str, message: &str) -> Answer {
    let request_id = format!("emulator-{status}-{code}");
    let body = json!({ "error": { "code": code, "message": message, "innerError": { "request-id": request_id, "date": "2026-01-01T00:00:00" } } });
    Answer::json(status, &body).header("request-id", request_id)
}

/// 404 `itemNotFound`: `what` (a drive, an item, a permission…) does not exist.
pub(crate) fn not_found(what: &str) -> Answer {
    error(
        404,
        "itemNotFound",
        &format!("The {what} could not be found."),
    )
}

/// 400 `invalidRequest`: the request is not one Graph would take.
pub(crate) fn invalid(message: &str) -> Answer {
    error(400, "invalidRequest", message)
}

/// 403 `accessDenied`.
pub(crate) fn denied(message: &str) -> Answer {
    error(403, "accessDenied", message)
}
