//! What the emulator answers: the driveItem, children and permission endpoints, and `$batch`.

use std::sync::atomic::Ordering;

use percent_encoding::percent_decode_str;
use serde_json::{json, Map, Value};

use crate::drive::{Drive, DRIVE_ID};
use crate::State;

/// An answer, before it becomes HTTP (or a response inside a batch).
pub(crate) struct Answer {
    pub(crate) status: u16,
    pub(crate) headers: Vec<(String, String)>,
    pub(crate) body: Vec<u8>,
}

fn json_answer(status: u16, value: &Value) -> Answer {
    Answer {
        status,
        headers: vec![("content-type".to_owned(), "application/json".to_owned())],
        body: serde_json::to_vec(value).expect("JSON values serialize"),
    }
}

/// Graph's error JSON, with a request id in the body and the header.
pub(crate) fn error(status: u16, code: &str, message: &str) -> Answer {
    let request_id = format!("emulator-{status}-{code}");
    let mut answer = json_answer(
        status,
        &json!({ "error": { "code": code, "message": message, "innerError": { "request-id": request_id, "date": "2026-01-01T00:00:00" } } }),
    );
    answer.headers.push(("request-id".to_owned(), request_id));
    answer
}

pub(crate) fn throttled(state: &State, retry_after: u64) -> Answer {
    state.throttled.fetch_add(1, Ordering::Relaxed);
    let mut answer = error(
        429,
        "TooManyRequests",
        "Please retry after the time in Retry-After.",
    );
    answer
        .headers
        .push(("retry-after".to_owned(), retry_after.to_string()));
    answer
}

/// One request (`top` when it is an HTTP request, not one inside a batch).
pub(crate) fn route(state: &State, method: &str, target: &str, body: &[u8], top: bool) -> Answer {
    let (path, query) = target.split_once('?').unwrap_or((target, ""));
    let Some(rest) = path
        .strip_prefix("/v1.0")
        .or_else(|| path.strip_prefix("/beta"))
    else {
        return error(
            400,
            "BadRequest",
            "Invalid version: expected /v1.0 or /beta.",
        );
    };
    let version = &path[..path.len() - rest.len()];
    if rest == "/$batch" {
        return match (method, top) {
            ("POST", true) => batch(state, version, body),
            _ => error(400, "BadRequest", "$batch is a POST, and cannot be nested."),
        };
    }
    let once = state.config.throttle_once.iter().any(|p| p == rest)
        && state.throttled_once.lock().unwrap().insert(rest.to_owned());
    if once {
        return throttled(state, 1);
    }
    if let Some(retry_after) = state.rate.take() {
        return throttled(state, retry_after);
    }
    let segments: Vec<String> = rest
        .split('/')
        .skip(1)
        .map(|s| percent_decode_str(s).decode_utf8_lossy().into_owned())
        .collect();
    let segments: Vec<&str> = segments.iter().map(String::as_str).collect();
    let drive = &state.config.drive;
    let (item, tail) = match segments.as_slice() {
        ["drives", d, "root", tail @ ..] if *d == DRIVE_ID => (Some(0), tail),
        ["drives", d, "items", id, tail @ ..] if *d == DRIVE_ID => (drive.index(id), tail),
        _ => return error(404, "itemNotFound", "The resource could not be found."),
    };
    let Some(item) = item else {
        return error(404, "itemNotFound", "The resource could not be found.");
    };
    let query = Query::parse(query);
    match (method, tail) {
        ("GET", []) => json_answer(200, &select(drive.item(item), &query)),
        ("GET", ["children"]) => children(state, version, rest, item, &query),
        ("GET", ["permissions"]) => permissions(state, item),
        ("GET", ["permissions", id]) => match permission(state, item, id) {
            Some(permission) => json_answer(200, &permission),
            None => error(404, "itemNotFound", "The permission could not be found."),
        },
        ("DELETE", ["permissions", id]) => delete(state, item, id),
        _ => error(
            405,
            "invalidRequest",
            "The method is not allowed on this resource.",
        ),
    }
}

fn children(state: &State, version: &str, rest: &str, item: usize, query: &Query) -> Answer {
    let drive: &Drive = &state.config.drive;
    if !drive.is_folder(item) {
        return json_answer(200, &json!({ "value": [] }));
    }
    let page = query.top.unwrap_or(state.config.page_size).max(1);
    let all = drive.children(item);
    let start = all.start + query.skip;
    let end = (start + page).min(all.end);
    let value: Vec<Value> = (start..end).map(|i| select(drive.item(i), query)).collect();
    let mut body = json!({ "value": value });
    if end < all.end {
        let mut link = format!(
            "{}{version}{rest}?$skiptoken={}",
            state.base_url,
            end - all.start
        );
        if let Some(select) = &query.select {
            link.push_str(&format!("&$select={select}"));
        }
        if let Some(top) = query.top {
            link.push_str(&format!("&$top={top}"));
        }
        body["@odata.nextLink"] = Value::String(link);
    }
    json_answer(200, &body)
}

fn permission(state: &State, item: usize, id: &str) -> Option<Value> {
    let answer = permissions(state, item);
    let list: Value = serde_json::from_slice(&answer.body).ok()?;
    list["value"]
        .as_array()?
        .iter()
        .find(|p| p["id"] == id)
        .cloned()
}

fn permissions(state: &State, item: usize) -> Answer {
    let drive = &state.config.drive;
    let id = drive.id(item);
    if state.config.failing_items.contains(&id) {
        return error(
            403,
            "accessDenied",
            "The caller does not have permission to perform the action.",
        );
    }
    let deleted = state.deleted.lock().unwrap();
    let mut value: Vec<Value> = drive
        .permissions(item)
        .into_iter()
        .filter(|p| {
            // A deleted link is gone from its item and from the items that inherit it.
            let source = p["inheritedFrom"]["id"]
                .as_str()
                .and_then(|from| drive.index(from))
                .unwrap_or(item);
            let id = p["id"].as_str().unwrap_or_default().to_owned();
            !deleted.contains(&(source, id))
        })
        .collect();
    drop(deleted);
    if let Some((_, bytes)) = state.config.padded_items.iter().find(|(i, _)| *i == id) {
        if let Some(first) = value.first_mut() {
            first["padding"] = Value::String("x".repeat(*bytes));
        }
    }
    json_answer(200, &json!({ "value": value }))
}

fn delete(state: &State, item: usize, permission: &str) -> Answer {
    match state.config.drive.owns(item, permission) {
        None => error(404, "itemNotFound", "The permission could not be found."),
        Some(false) => error(
            403,
            "accessDenied",
            "Only sharing permissions that are not inherited can be deleted.",
        ),
        Some(true) => {
            let fresh = state
                .deleted
                .lock()
                .unwrap()
                .insert((item, permission.to_owned()));
            if !fresh {
                return error(404, "itemNotFound", "The permission could not be found.");
            }
            state.deletes.fetch_add(1, Ordering::Relaxed);
            Answer {
                status: 204,
                headers: Vec::new(),
                body: Vec::new(),
            }
        }
    }
}

/// The query options the emulator understands.
struct Query {
    select: Option<String>,
    skip: usize,
    top: Option<usize>,
}

impl Query {
    fn parse(query: &str) -> Self {
        let mut out = Query {
            select: None,
            skip: 0,
            top: None,
        };
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
}

/// `$select`: only the named properties (and `id`, which Graph always returns).
fn select(item: Value, query: &Query) -> Value {
    let Some(fields) = &query.select else {
        return item;
    };
    let Value::Object(map) = item else {
        return item;
    };
    let keep: Vec<&str> = fields.split(',').map(str::trim).collect();
    Value::Object(
        map.into_iter()
            .filter(|(k, _)| k == "id" || keep.contains(&k.as_str()))
            .collect(),
    )
}

/// `POST /$batch`: at most 20 requests, `dependsOn` honoured (424 when a dependency failed),
/// the responses in reverse order, as Graph may send them in any.
fn batch(state: &State, version: &str, body: &[u8]) -> Answer {
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
        let url = request["url"].as_str().unwrap_or_default();
        let answer = if failed {
            error(
                424,
                "failedDependency",
                "A request this one depends on failed.",
            )
        } else if !url.starts_with('/') {
            error(
                400,
                "BadRequest",
                "The url of a request in a batch must be relative, starting with /.",
            )
        } else {
            let method = request["method"].as_str().unwrap_or_default();
            let body = request
                .get("body")
                .map(|b| b.to_string())
                .unwrap_or_default();
            route(
                state,
                method,
                &format!("{version}{url}"),
                body.as_bytes(),
                false,
            )
        };
        statuses.insert(id.clone(), Value::from(answer.status));
        responses.push(sub_response(id, answer));
    }
    responses.reverse();
    json_answer(200, &json!({ "responses": responses }))
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
