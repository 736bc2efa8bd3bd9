//! `POST /$batch`: at most 20 requests, `dependsOn` honoured (424 when a dependency failed),
//! the responses in reverse order, as Graph may send them in any.

use std::sync::atomic::Ordering;

use graph_permissions::rt::{ApiVersion, TokenClaims};
use serde_json::{json, Map, Value};

use crate::answer::{error, Answer};
use crate::routes::{route, Incoming};
use crate::State;

pub(crate) fn run(
    state: &State,
    version: ApiVersion,
    body: &[u8],
    claims: Option<&TokenClaims>,
) -> Answer {
    state.batches.fetch_add(1, Ordering::Relaxed);
    let Ok(Value::Object(envelope)) = serde_json::from_slice::<Value>(body) else {
        return error(400, "BadRequest", "The batch body is not a JSON object.");
    };
    let Some(Value::Array(requests)) = envelope.get("requests") else {
        return error(400, "BadRequest", "The batch body has no `requests` array.");
    };
    if requests.len() > 20 {
        return error(
            400,
            "BadRequest",
            "The number of requests in a batch is limited to 20.",
        );
    }
    let mut statuses: Map<String, Value> = Map::new();
    let mut responses = Vec::new();
    for request in requests {
        let id = request["id"].as_str().unwrap_or_default().to_owned();
        if id.is_empty() || statuses.contains_key(&id) {
            return error(
                400,
                "BadRequest",
                "Every request of a batch needs a unique id.",
            );
        }
        let depends: Vec<&str> = request["dependsOn"]
            .as_array()
            .map(|a| a.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        if let Some(unknown) = depends.iter().find(|d| !statuses.contains_key(**d)) {
            return error(
                400,
                "BadRequest",
                &format!(
                    "dependsOn names `{unknown}`, which is not an earlier request of the batch."
                ),
            );
        }
        let failed = depends
            .iter()
            .any(|d| statuses[*d].as_u64().is_some_and(|s| s >= 400));
        state.sub_requests.fetch_add(1, Ordering::Relaxed);
        let answer = match failed {
            true => error(
                424,
                "failedDependency",
                "A request this one depends on failed.",
            ),
            false => one(state, version, request, claims),
        };
        statuses.insert(id.clone(), Value::from(answer.status));
        responses.push(sub_response(id, answer));
    }
    responses.reverse();
    Answer::json(200, &json!({ "responses": responses }))
}

/// One request of the batch: its url (relative to the version), method, headers and body.
fn one(
    state: &State,
    version: ApiVersion,
    request: &Value,
    claims: Option<&TokenClaims>,
) -> Answer {
    let url = request["url"].as_str().unwrap_or_default();
    if !url.starts_with('/') {
        return error(
            400,
            "BadRequest",
            "The url of a request in a batch must be relative, starting with /.",
        );
    }
    let headers: Vec<(String, String)> = request["headers"]
        .as_object()
        .into_iter()
        .flatten()
        .filter_map(|(k, v)| Some((k.to_ascii_lowercase(), v.as_str()?.to_owned())))
        .collect();
    let body = request
        .get("body")
        .map(|b| b.to_string())
        .unwrap_or_default();
    let target = format!("/{version}{url}");
    let incoming = Incoming {
        method: request["method"].as_str().unwrap_or_default(),
        target: &target,
        headers: &headers,
        body: body.as_bytes(),
    };
    route(state, &incoming, claims, false)
}

fn sub_response(id: String, answer: Answer) -> Value {
    let headers: Map<String, Value> = answer
        .headers
        .into_iter()
        .map(|(k, v)| (k, Value::String(v)))
        .collect();
    let mut response = json!({ "id": id, "status": answer.status, "headers": headers });
    if !answer.body.is_empty() {
        response["body"] = serde_json::from_slice(&answer.body).unwrap_or(Value::Null);
    }
    response
}
