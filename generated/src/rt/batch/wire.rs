//! The `$batch` JSON as Graph reads and writes it: requests with ids, `dependsOn` and raw JSON
//! bodies; answers whose body is JSON or, for other content, a base64 string.

use base64::Engine;
use reqwest::header::{HeaderMap, HeaderName, HeaderValue};
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

use super::super::client::{encode_body, Raw};
use super::super::error::RequestIds;
use super::super::Error;

/// A request body as raw JSON, or none for operations without one.
pub(super) fn encode_json<B: Serialize>(
    operation: &'static str,
    body: &B,
) -> Result<Option<Box<RawValue>>, Error> {
    let Some(bytes) = encode_body(operation, body)? else {
        return Ok(None);
    };
    let text = String::from_utf8(bytes).expect("serde_json writes UTF-8");
    RawValue::from_string(text)
        .map(Some)
        .map_err(|e| Error::Encode {
            operation,
            message: e.to_string(),
        })
}

#[derive(Serialize)]
pub(super) struct WireBatch<'a> {
    pub(super) requests: Vec<WireRequest<'a>>,
}

#[derive(Serialize)]
pub(super) struct WireRequest<'a> {
    pub(super) id: String,
    pub(super) method: &'static str,
    pub(super) url: &'a str,
    pub(super) headers: std::collections::BTreeMap<&'static str, &'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) body: Option<&'a RawValue>,
    #[serde(rename = "dependsOn", skip_serializing_if = "Vec::is_empty")]
    pub(super) depends_on: Vec<String>,
}

#[derive(Deserialize)]
pub(super) struct WireResponses<'a> {
    #[serde(borrow)]
    pub(super) responses: Vec<WireResponse<'a>>,
}

#[derive(Deserialize)]
pub(super) struct WireResponse<'a> {
    pub(super) id: String,
    status: u16,
    #[serde(default)]
    headers: serde_json::Map<String, serde_json::Value>,
    #[serde(borrow, default)]
    body: Option<&'a RawValue>,
}

impl WireResponse<'_> {
    /// One answer, as if it had come alone: a JSON body as its bytes, a base64 string (what
    /// Graph sends for other content) decoded, the body limit applied to it alone.
    pub(super) fn into_raw(self, limit: usize, client_request_id: String) -> Result<Raw, Error> {
        let body = match self.body.map(RawValue::get) {
            None => Vec::new(),
            Some(json) if json.starts_with('"') => {
                let text: String = serde_json::from_str(json).unwrap_or_default();
                base64::engine::general_purpose::STANDARD
                    .decode(&text)
                    .unwrap_or_else(|_| text.into_bytes())
            }
            Some(json) => json.as_bytes().to_vec(),
        };
        if body.len() > limit {
            return Err(Error::TooLarge { limit });
        }
        let header = |name: &str| {
            self.headers
                .iter()
                .find(|(key, _)| key.eq_ignore_ascii_case(name))
                .map(|(_, value)| match value {
                    serde_json::Value::String(text) => text.clone(),
                    other => other.to_string(),
                })
        };
        let mut headers = HeaderMap::new();
        for (name, value) in &self.headers {
            let value = value
                .as_str()
                .map_or_else(|| value.to_string(), str::to_owned);
            if let (Ok(name), Ok(value)) = (
                HeaderName::from_bytes(name.as_bytes()),
                HeaderValue::from_str(&value),
            ) {
                headers.append(name, value);
            }
        }
        Ok(Raw {
            status: self.status,
            ids: RequestIds {
                request_id: header("request-id"),
                client_request_id: Some(client_request_id),
            },
            retry_after: header("retry-after"),
            headers,
            body,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answer(json: &str) -> Result<Raw, Error> {
        let wire: WireResponse<'_> = serde_json::from_str(json).unwrap();
        wire.into_raw(64, "c1".to_owned())
    }

    #[test]
    fn a_json_body_stays_json_and_a_string_body_is_base64() {
        let raw = answer(r#"{"id":"1","status":200,"headers":{"Request-Id":"r1","Retry-After":3},"body":{"a":1}}"#).unwrap();
        assert_eq!((raw.status, raw.body.as_slice()), (200, &br#"{"a":1}"#[..]));
        assert_eq!(raw.ids.request_id.as_deref(), Some("r1"));
        assert_eq!(raw.ids.client_request_id.as_deref(), Some("c1"));
        assert_eq!(raw.headers["retry-after"], "3");
        assert_eq!(raw.retry_after.as_deref(), Some("3"));
        let raw = answer(r#"{"id":"2","status":200,"body":"aGVsbG8="}"#).unwrap();
        assert_eq!(raw.body, b"hello");
        let raw = answer(r#"{"id":"3","status":204}"#).unwrap();
        assert!(raw.body.is_empty());
    }

    #[test]
    fn the_body_limit_applies_to_each_answer() {
        let long = "x".repeat(100);
        let error = answer(&format!(
            r#"{{"id":"1","status":200,"body":{{"a":"{long}"}}}}"#
        ));
        assert!(matches!(error, Err(Error::TooLarge { limit: 64 })));
    }
}
