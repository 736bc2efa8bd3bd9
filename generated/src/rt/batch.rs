//! Typed JSON batching: many request values in one `POST /{version}/$batch`, and for each a
//! result decoded exactly as [`Client::send`] would decode it.
//!
//! Graph's rules, kept here so that callers need not: at most 20 requests per call (a larger
//! batch is sent in chunks), URLs relative to the version, `dependsOn` only within one call
//! (a request whose dependency failed answers 424), responses in any order, and a body that is
//! JSON or, for other content, a base64 string. A request throttled inside a batch is sent
//! again in a later call, as the client's [`RetryPolicy`](super::RetryPolicy) allows.

use std::marker::PhantomData;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use base64::Engine;
use futures_util::stream::{self, StreamExt};
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use tracing::Instrument;

use reqwest::header::{HeaderMap, HeaderName, HeaderValue};

use super::client::{decode, encode_body, with_scope_hint, Raw};
use super::error::{snippet, RequestIds};
use super::request::{ApiVersion, Caller, Decode, Method, Operation, OperationMeta, Request};
use super::{Client, Error, GraphError, Response, RetryPolicy, TokenClaims};

/// Graph runs at most this many requests in one `$batch` call.
pub const MAX_BATCH_REQUESTS: usize = 20;

/// Why a request cannot join a batch. Nothing was sent.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum BatchError {
    /// One `$batch` call reaches one API version.
    #[error("`{operation}` at `{path}` goes to {request}, but this batch goes to {batch}: a $batch call reaches one API version, so send it in a batch of its own")]
    MixedVersions {
        /// The version of the requests already in the batch.
        batch: ApiVersion,
        /// The version of the request refused.
        request: ApiVersion,
        /// The operation of the request refused, e.g. `list`.
        operation: &'static str,
        /// Its path, relative to the version.
        path: String,
    },
    /// `add_after` was given a handle of another batch.
    #[error("`{operation}` at `{path}` cannot depend on a request of another batch")]
    ForeignHandle {
        /// The operation of the request refused, e.g. `list`.
        operation: &'static str,
        /// Its path, relative to the version.
        path: String,
    },
    /// Requests that depend on each other must go in one call, and a call holds at most 20.
    #[error("`{operation}` at `{path}` would join {size} requests that depend on each other, more than the {MAX_BATCH_REQUESTS} one $batch call holds")]
    GroupTooLarge {
        /// The operation of the request refused, e.g. `list`.
        operation: &'static str,
        /// Its path, relative to the version.
        path: String,
        /// The requests the group would hold.
        size: usize,
    },
    /// A next link that cannot be followed.
    #[error(transparent)]
    NextLink(Error),
}

/// Where the result of one request of a batch will be, typed by its operation.
#[must_use = "the result of the request can only be taken with its handle"]
pub struct Handle<O> {
    id: HandleId,
    operation: PhantomData<fn() -> O>,
}

impl<O> Handle<O> {
    /// The untyped id, for [`Batch::add_after`].
    pub fn id(&self) -> HandleId {
        self.id
    }
}

/// A request of a batch, untyped: what `dependsOn` refers to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct HandleId {
    batch: u64,
    index: usize,
}

/// Request values gathered to be sent together. Made by [`Client::batch`].
pub struct Batch {
    client: Client,
    id: u64,
    version: Option<ApiVersion>,
    entries: Vec<Entry>,
    /// Union-find over the entries: requests linked by `dependsOn` share a root.
    group_of: Vec<usize>,
}

/// One request of a batch, encoded.
struct Entry {
    meta: &'static OperationMeta,
    /// The endpoint the request goes through; `None` for a next link.
    endpoint: Option<&'static super::Endpoint>,
    method: Method,
    /// Relative to the version, query included: `/drives/…/permissions?%24select=id`.
    url: String,
    headers: Vec<(&'static str, String)>,
    body: Option<Box<RawValue>>,
    depends_on: Vec<usize>,
    /// Sent as the request's `client-request-id` header, as `send` does, and kept in its result.
    client_request_id: String,
    /// Why the request cannot be sent, found while adding it.
    refused: Option<Error>,
}

static NEXT_BATCH_ID: AtomicU64 = AtomicU64::new(1);

impl Client {
    /// An empty batch; it goes to the version of the first request added.
    pub fn batch(&self) -> Batch {
        Batch {
            client: self.clone(),
            id: NEXT_BATCH_ID.fetch_add(1, Ordering::Relaxed),
            version: None,
            entries: Vec::new(),
            group_of: Vec::new(),
        }
    }
}

impl Batch {
    /// The requests added so far.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// No request added yet.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The version this batch goes to, once a request decided it.
    pub fn version(&self) -> Option<ApiVersion> {
        self.version
    }

    /// Adds a request, to the version its operation is published in (v1.0 when it is).
    pub fn add<O: Operation, C: Caller>(
        &mut self,
        request: Request<O, C>,
    ) -> Result<Handle<O>, BatchError>
    where
        O::Body: Serialize,
    {
        self.add_to(O::META.default_version(), request)
    }

    /// Adds a request to a chosen version.
    pub fn add_to<O: Operation, C: Caller>(
        &mut self,
        version: ApiVersion,
        request: Request<O, C>,
    ) -> Result<Handle<O>, BatchError>
    where
        O::Body: Serialize,
    {
        self.add_request(version, request, &[])
    }

    /// Adds a request that Graph runs only after `dependencies` succeeded (`dependsOn`); when
    /// one fails, this one answers 424 Failed Dependency.
    pub fn add_after<O: Operation, C: Caller>(
        &mut self,
        dependencies: &[HandleId],
        request: Request<O, C>,
    ) -> Result<Handle<O>, BatchError>
    where
        O::Body: Serialize,
    {
        self.add_request(O::META.default_version(), request, dependencies)
    }

    /// Adds the next page of a collection: a GET of the `@odata.nextLink` a page of `O` gave.
    /// The link must lead to the client's own host and to this batch's version.
    pub fn add_next_page<O: Operation>(&mut self, link: &str) -> Result<Handle<O>, BatchError> {
        let url = self.client.next_link(link).map_err(BatchError::NextLink)?;
        let (version, relative) = [ApiVersion::V1_0, ApiVersion::Beta]
            .into_iter()
            .find_map(|version| {
                let prefix = self.client.url(version, "", &[]).ok()?;
                let rest = url.as_str().strip_prefix(prefix.as_str())?;
                rest.starts_with('/').then(|| (version, rest.to_owned()))
            })
            .ok_or_else(|| {
                BatchError::NextLink(Error::InvalidUrl {
                    url: link.to_owned(),
                    reason:
                        "a next link must lead to /v1.0/… or /beta/… under the client's base URL"
                            .to_owned(),
                })
            })?;
        let entry = Entry {
            meta: O::META,
            endpoint: None,
            method: Method::Get,
            url: relative,
            headers: Vec::new(),
            body: None,
            depends_on: Vec::new(),
            client_request_id: uuid::Uuid::new_v4().to_string(),
            refused: None,
        };
        self.push(version, entry, &[])
    }

    fn add_request<O: Operation, C: Caller>(
        &mut self,
        version: ApiVersion,
        request: Request<O, C>,
        dependencies: &[HandleId],
    ) -> Result<Handle<O>, BatchError>
    where
        O::Body: Serialize,
    {
        let mut refused = request.path_error().cloned().map(Error::InvalidPath);
        let url = match self.relative_url(version, &request) {
            Ok(url) => url,
            Err(error) => {
                refused = refused.or(Some(error));
                request.path().to_owned()
            }
        };
        let body = match encode_json(O::META.name, request.body()) {
            Ok(body) => body,
            Err(error) => {
                refused = refused.or(Some(error));
                None
            }
        };
        let mut headers = request.headers().to_vec();
        if let Some((name, _)) = headers
            .iter()
            .find(|(_, v)| v.chars().any(char::is_control))
        {
            refused = refused.or(Some(Error::InvalidHeader {
                name: (*name).to_owned(),
                reason: "it holds a control character such as CR or LF".to_owned(),
            }));
        }
        if body.is_some() {
            headers.push(("Content-Type", "application/json".to_owned()));
        }
        let entry = Entry {
            meta: O::META,
            endpoint: Some(request.endpoint()),
            method: O::META.method,
            url,
            headers,
            body,
            depends_on: Vec::new(),
            client_request_id: uuid::Uuid::new_v4().to_string(),
            refused,
        };
        self.push(version, entry, dependencies)
    }

    /// The URL Graph wants inside a batch: the whole URL without `{base}/{version}`.
    fn relative_url<O: Operation, C: Caller>(
        &self,
        version: ApiVersion,
        request: &Request<O, C>,
    ) -> Result<String, Error> {
        let prefix = self.client.url(version, "", &[])?;
        let url = self.client.url(version, request.path(), request.query())?;
        Ok(url.as_str()[prefix.as_str().len()..].to_owned())
    }

    fn push<O>(
        &mut self,
        version: ApiVersion,
        mut entry: Entry,
        dependencies: &[HandleId],
    ) -> Result<Handle<O>, BatchError> {
        let operation = entry.meta.name;
        match self.version {
            Some(batch) if batch != version => {
                return Err(BatchError::MixedVersions {
                    batch,
                    request: version,
                    operation,
                    path: entry.url,
                })
            }
            _ => {}
        }
        let index = self.entries.len();
        if dependencies.iter().any(|d| d.batch != self.id) {
            return Err(BatchError::ForeignHandle {
                operation,
                path: entry.url,
            });
        }
        let mut roots: Vec<usize> = dependencies.iter().map(|d| self.root(d.index)).collect();
        roots.sort_unstable();
        roots.dedup();
        let size = 1 + roots
            .iter()
            .map(|r| (0..index).filter(|&i| self.root(i) == *r).count())
            .sum::<usize>();
        if size > MAX_BATCH_REQUESTS {
            return Err(BatchError::GroupTooLarge {
                operation,
                path: entry.url,
                size,
            });
        }
        self.version = Some(version);
        entry.depends_on = dependencies.iter().map(|d| d.index).collect();
        self.entries.push(entry);
        self.group_of.push(index);
        for root in roots {
            self.group_of[root] = index;
        }
        Ok(Handle {
            id: HandleId {
                batch: self.id,
                index,
            },
            operation: PhantomData,
        })
    }

    fn root(&self, mut index: usize) -> usize {
        while self.group_of[index] != index {
            index = self.group_of[index];
        }
        index
    }

    /// Sends every request, in calls of at most 20, until each has its final answer.
    pub async fn send(self) -> BatchResults {
        let groups: Vec<usize> = (0..self.entries.len()).map(|i| self.root(i)).collect();
        let Batch {
            client,
            id,
            version,
            entries,
            ..
        } = self;
        let mut run = Run {
            client,
            version: version.unwrap_or(ApiVersion::V1_0),
            outcomes: entries.iter().map(|_| None).collect(),
            attempts: vec![0; entries.len()],
            entries,
            groups,
            claims: None,
        };
        run.refuse_before_sending().await;
        run.until_answered().await;
        run.results(id).await
    }
}

/// A batch being sent: each entry's attempts and, once final, its outcome.
struct Run {
    client: Client,
    version: ApiVersion,
    entries: Vec<Entry>,
    groups: Vec<usize>,
    outcomes: Vec<Option<Result<Raw, Error>>>,
    attempts: Vec<u32>,
    claims: Option<TokenClaims>,
}

impl Run {
    /// Requests that cannot be sent (a bad path, a scope the token lacks) answer now, and
    /// whatever depends on them answers 424.
    async fn refuse_before_sending(&mut self) {
        if self.client.checks_scopes() {
            self.claims = self.client.claims().await.ok().flatten();
        }
        for i in 0..self.entries.len() {
            if let Some(error) = self.entries[i].refused.take() {
                self.outcomes[i] = Some(Err(error));
            } else if let Some(claims) = &self.claims {
                let entry = &self.entries[i];
                let unreachable = entry
                    .endpoint
                    .and_then(|e| claims.check_endpoint(entry.meta, e).err());
                if let Some(refusal) = unreachable {
                    self.outcomes[i] = Some(Err(Error::NotSupported(refusal)));
                } else if let Err(hint) = claims.check(entry.meta) {
                    self.outcomes[i] = Some(Err(Error::MissingScope(hint)));
                }
            }
            let failed = self.entries[i]
                .depends_on
                .iter()
                .find(|&&d| matches!(self.outcomes[d], Some(Err(_))));
            if let (None, Some(&dependency)) = (&self.outcomes[i], failed) {
                self.outcomes[i] = Some(Err(failed_dependency(dependency)));
            }
        }
    }

    /// Rounds of calls: what was throttled goes again, after the wait Graph asked for.
    async fn until_answered(&mut self) {
        let started = Instant::now();
        let policy: RetryPolicy = self.client.retry_policy().clone();
        let mut pending: Vec<usize> = (0..self.entries.len())
            .filter(|&i| self.outcomes[i].is_none())
            .collect();
        let mut wait = Duration::ZERO;
        let mut round = 0u32;
        while !pending.is_empty() {
            round += 1;
            if !wait.is_zero() {
                self.client.count_throttled_wait();
                tracing::info!(
                    ?wait,
                    requests = pending.len(),
                    "throttled inside $batch; waiting before sending them again"
                );
                tokio::time::sleep(wait).await;
            }
            let chunks = self.chunks(&pending);
            let answers = self.send_chunks(chunks, round).await;
            let mut retry = Vec::new();
            wait = Duration::ZERO;
            let mut failed_dependents = Vec::new();
            for (i, answer) in answers {
                let raw = match answer {
                    Ok(raw) => raw,
                    Err(error) => {
                        self.outcomes[i] = Some(Err(error));
                        continue;
                    }
                };
                if raw.status == 424 {
                    failed_dependents.push((i, raw));
                    continue;
                }
                self.attempts[i] += 1;
                if !RetryPolicy::retries(raw.status) {
                    self.outcomes[i] = Some(Ok(raw));
                    continue;
                }
                self.client
                    .pause_for(raw.status, raw.retry_after.as_deref());
                let delay = policy.delay(self.attempts[i], raw.retry_after.as_deref());
                let elapsed = started.elapsed();
                if self.attempts[i] < policy.max_attempts
                    && elapsed.saturating_add(delay) <= policy.max_elapsed
                {
                    wait = wait.max(delay);
                    retry.push(i);
                } else {
                    self.outcomes[i] = Some(Err(Error::Throttled {
                        status: raw.status,
                        attempts: self.attempts[i],
                        elapsed,
                        last: Box::new(GraphError::from_body(raw.status, &raw.body, raw.ids)),
                    }));
                }
            }
            // A 424 because a dependency was throttled goes again with it; otherwise it is final.
            for (i, raw) in failed_dependents {
                if self.entries[i].depends_on.iter().any(|d| retry.contains(d)) {
                    retry.push(i);
                } else {
                    self.outcomes[i] = Some(Ok(raw));
                }
            }
            retry.sort_unstable();
            pending = retry;
        }
    }

    /// Pending requests in calls of at most 20, each group linked by `dependsOn` in one call.
    fn chunks(&self, pending: &[usize]) -> Vec<Vec<usize>> {
        let mut groups: Vec<(usize, Vec<usize>)> = Vec::new();
        for &i in pending {
            match groups.iter_mut().find(|(root, _)| *root == self.groups[i]) {
                Some((_, members)) => members.push(i),
                None => groups.push((self.groups[i], vec![i])),
            }
        }
        let mut chunks: Vec<Vec<usize>> = Vec::new();
        for (_, members) in groups {
            match chunks
                .iter_mut()
                .find(|chunk| chunk.len() + members.len() <= MAX_BATCH_REQUESTS)
            {
                Some(chunk) => chunk.extend(members),
                None => chunks.push(members),
            }
        }
        for chunk in &mut chunks {
            chunk.sort_unstable();
        }
        chunks
    }

    /// Sends the calls at once (the client's `max_concurrency` bounds them) and pairs every
    /// request with its answer.
    async fn send_chunks(
        &self,
        chunks: Vec<Vec<usize>>,
        round: u32,
    ) -> Vec<(usize, Result<Raw, Error>)> {
        let parallel = chunks.len().max(1);
        let calls = stream::iter(chunks)
            .map(|chunk| async move {
                let span = tracing::info_span!("graph.batch", requests = chunk.len(), round);
                let answers = self.send_chunk(&chunk).instrument(span).await;
                (chunk, answers)
            })
            .buffer_unordered(parallel)
            .collect::<Vec<_>>()
            .await;
        let mut answers = Vec::new();
        for (chunk, call) in calls {
            match call {
                Ok(mut by_index) => {
                    for i in chunk {
                        let answer = by_index
                            .iter()
                            .position(|(index, _)| *index == i)
                            .map(|at| by_index.swap_remove(at).1)
                            .unwrap_or_else(|| Err(missing_answer(i)));
                        answers.push((i, answer));
                    }
                }
                Err(error) => {
                    let shared = Arc::new(error);
                    answers.extend(
                        chunk
                            .into_iter()
                            .map(|i| (i, Err(Error::BatchFailed(shared.clone())))),
                    );
                }
            }
        }
        answers
    }

    /// One `POST /{version}/$batch`; `Err` when the call as a whole failed.
    async fn send_chunk(&self, chunk: &[usize]) -> Result<Vec<(usize, Result<Raw, Error>)>, Error> {
        let requests: Vec<WireRequest<'_>> = chunk
            .iter()
            .map(|&i| {
                let entry = &self.entries[i];
                WireRequest {
                    id: i.to_string(),
                    method: entry.method.as_str(),
                    url: &entry.url,
                    headers: entry
                        .headers
                        .iter()
                        .map(|(n, v)| (*n, v.as_str()))
                        .chain([("client-request-id", entry.client_request_id.as_str())])
                        .collect(),
                    body: entry.body.as_deref(),
                    depends_on: entry
                        .depends_on
                        .iter()
                        .filter(|d| chunk.contains(d))
                        .map(|d| d.to_string())
                        .collect(),
                }
            })
            .collect();
        let body = encode_body("$batch", &WireBatch { requests })?;
        let url = self.client.url(self.version, "/$batch", &[])?;
        let per_response = self.client.max_response_bytes();
        let limit = per_response
            .saturating_mul(chunk.len())
            .saturating_add(64 * 1024);
        let raw = self
            .client
            .execute_limited(Method::Post, url, "/$batch", &[], body, limit)
            .await?;
        if raw.status != 200 {
            return Err(Error::Graph(Box::new(GraphError::from_body(
                raw.status, &raw.body, raw.ids,
            ))));
        }
        let envelope: WireResponses<'_> =
            serde_json::from_slice(&raw.body).map_err(|e| Error::Decode {
                status: raw.status,
                expected: "$batch response",
                message: e.to_string(),
                body: snippet(&raw.body),
            })?;
        Ok(envelope
            .responses
            .into_iter()
            .filter_map(|response| {
                let index = response.id.parse::<usize>().ok()?;
                let entry = self.entries.get(index).filter(|_| chunk.contains(&index))?;
                let id = entry.client_request_id.clone();
                Some((index, response.into_raw(per_response, id)))
            })
            .collect())
    }

    async fn results(mut self, batch: u64) -> BatchResults {
        let forbidden = self
            .outcomes
            .iter()
            .any(|o| matches!(o, Some(Ok(raw)) if raw.status == 403));
        if forbidden && self.claims.is_none() {
            self.claims = self.client.claims().await.ok().flatten();
        }
        BatchResults {
            batch,
            outcomes: self.outcomes,
            claims: self.claims,
        }
    }
}

/// The final answer of every request of a batch, to be taken by handle.
pub struct BatchResults {
    batch: u64,
    outcomes: Vec<Option<Result<Raw, Error>>>,
    claims: Option<TokenClaims>,
}

impl BatchResults {
    /// The result of one request, decoded as [`Client::send`] decodes it: a 404 is
    /// `Error::Graph` for this request alone.
    pub fn take<O: Operation>(&mut self, handle: Handle<O>) -> Result<Response<O::Output>, Error>
    where
        O::Output: Decode,
    {
        let slot = (handle.id.batch == self.batch)
            .then(|| self.outcomes.get_mut(handle.id.index))
            .flatten()
            .and_then(Option::take);
        match slot {
            Some(Ok(raw)) => with_scope_hint::<O>(decode::<O>(raw), self.claims.as_ref()),
            Some(Err(error)) => Err(error),
            None => Err(Error::Decode {
                status: 0,
                expected: "batch handle",
                message: "this handle belongs to another batch".to_owned(),
                body: String::new(),
            }),
        }
    }
}

/// The 424 Graph answers for a request whose dependency failed, when the dependency was
/// refused before sending.
fn failed_dependency(dependency: usize) -> Error {
    Error::Graph(Box::new(GraphError {
        status: 424,
        code: Some("failedDependency".to_owned()),
        message: Some(format!(
            "request {dependency} of the batch, which this one depends on, failed before it was sent"
        )),
        request_id: None,
        client_request_id: None,
        date: None,
        raw_body: None,
        scope_hint: None,
    }))
}

fn missing_answer(index: usize) -> Error {
    Error::Decode {
        status: 200,
        expected: "$batch response",
        message: format!("it has no response with id \"{index}\""),
        body: String::new(),
    }
}

/// A request body as raw JSON, or none for operations without one.
fn encode_json<B: Serialize>(
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
struct WireBatch<'a> {
    requests: Vec<WireRequest<'a>>,
}

#[derive(Serialize)]
struct WireRequest<'a> {
    id: String,
    method: &'static str,
    url: &'a str,
    headers: std::collections::BTreeMap<&'static str, &'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    body: Option<&'a RawValue>,
    #[serde(rename = "dependsOn", skip_serializing_if = "Vec::is_empty")]
    depends_on: Vec<String>,
}

#[derive(Deserialize)]
struct WireResponses<'a> {
    #[serde(borrow)]
    responses: Vec<WireResponse<'a>>,
}

#[derive(Deserialize)]
struct WireResponse<'a> {
    id: String,
    status: u16,
    #[serde(default)]
    headers: serde_json::Map<String, serde_json::Value>,
    #[serde(borrow, default)]
    body: Option<&'a RawValue>,
}

impl WireResponse<'_> {
    /// One answer, as if it had come alone: a JSON body as its bytes, a base64 string (what
    /// Graph sends for other content) decoded, the body limit applied to it alone.
    fn into_raw(self, limit: usize, client_request_id: String) -> Result<Raw, Error> {
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
