//! One request as a handler sees it: the version, the path parameters the route matched, the
//! query options, the headers and the body.

use graph_permissions::rt::{ApiVersion, Endpoint, OperationMeta};
use percent_encoding::percent_decode_str;
use serde_json::Value;

use crate::State;

/// A request, routed.
pub(crate) struct Call<'a> {
    pub(crate) state: &'a State,
    pub(crate) version: ApiVersion,
    /// The path after the version, as sent (percent-encoded), without the query.
    pub(crate) path: &'a str,
    /// The path parameters, decoded, by their names in the template (`item-id`).
    pub(crate) params: Vec<(&'static str, String)>,
    pub(crate) query: Query,
    /// Header names in lower case.
    pub(crate) headers: &'a [(String, String)],
    pub(crate) body: &'a [u8],
    /// The operation of the spec and the endpoint it came through; `None` for the calls that
    /// walk a drive, which are not in the permission spec.
    pub(crate) operation: Option<(&'static OperationMeta, &'static Endpoint)>,
}

impl Call<'_> {
    pub(crate) fn param(&self, name: &str) -> Option<&str> {
        self.params
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.as_str())
    }

    pub(crate) fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// `/v1.0` or `/beta`, for links the emulator writes.
    pub(crate) fn version_prefix(&self) -> String {
        format!("/{}", self.version.as_str())
    }
}

/// The query options the emulator understands.
#[derive(Default)]
pub(crate) struct Query {
    pub(crate) select: Option<String>,
    pub(crate) skip: usize,
    pub(crate) top: Option<usize>,
}

impl Query {
    pub(crate) fn parse(query: &str) -> Self {
        let mut out = Query::default();
        for pair in query.split('&').filter(|p| !p.is_empty()) {
            let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
            let name = percent_decode_str(name).decode_utf8_lossy();
            let value = percent_decode_str(value).decode_utf8_lossy().into_owned();
            match &*name {
                "$select" => out.select = Some(value),
                "$skiptoken" => out.skip = value.parse().unwrap_or(0),
                "$top" => out.top = value.parse().ok(),
                _ => {}
            }
        }
        out
    }

    /// `$select`: only the named properties (and `id`, which Graph always returns).
    pub(crate) fn select(&self, value: Value) -> Value {
        let Some(fields) = &self.select else {
            return value;
        };
        let Value::Object(map) = value else {
            return value;
        };
        let keep: Vec<&str> = fields.split(',').map(str::trim).collect();
        Value::Object(
            map.into_iter()
                .filter(|(k, _)| k == "id" || keep.contains(&k.as_str()))
                .collect(),
        )
    }
}
