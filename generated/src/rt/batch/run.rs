//! A batch being sent: rounds of `$batch` calls until every request has its final answer,
//! each answer judged by the client's retry decision as if the request had been sent alone.

use std::sync::Arc;
use std::time::{Duration, Instant};

use futures_util::stream::{self, StreamExt};
use tracing::Instrument;

use super::super::client::{encode_body, Raw};
use super::super::error::snippet;
use super::super::request::ApiVersion;
use super::super::retry::Decision;
use super::super::{Client, Error, GraphError, TokenClaims};
use super::wire::{WireBatch, WireRequest, WireResponses};
use super::{BatchResults, Entry, MAX_BATCH_REQUESTS};

/// A batch being sent: each entry's attempts and, once final, its outcome.
pub(super) struct Run {
    client: Client,
    version: ApiVersion,
    entries: Vec<Entry>,
    groups: Vec<usize>,
    outcomes: Vec<Option<Result<Raw, Error>>>,
    attempts: Vec<u32>,
    claims: Option<TokenClaims>,
}

impl Run {
    pub(super) fn new(
        client: Client,
        version: ApiVersion,
        entries: Vec<Entry>,
        groups: Vec<usize>,
    ) -> Self {
        Self {
            client,
            version,
            outcomes: entries.iter().map(|_| None).collect(),
            attempts: vec![0; entries.len()],
            entries,
            groups,
            claims: None,
        }
    }

    /// Sends every request and gathers the final answers.
    pub(super) async fn send(mut self, batch: u64) -> BatchResults {
        self.refuse_before_sending().await;
        self.until_answered().await;
        self.results(batch).await
    }

    /// Requests that cannot be sent (a bad path, a scope the token lacks) answer now, and
    /// whatever depends on them answers 424.
    async fn refuse_before_sending(&mut self) {
        self.claims = self.client.claims_to_check().await;
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
        let mut pending: Vec<usize> = (0..self.entries.len())
            .filter(|&i| self.outcomes[i].is_none())
            .collect();
        let mut wait = Duration::ZERO;
        let mut round = 0u32;
        while !pending.is_empty() {
            round += 1;
            if !wait.is_zero() {
                tracing::info!(
                    ?wait,
                    requests = pending.len(),
                    "throttled inside $batch; waiting before sending them again"
                );
                self.client.wait_throttled(wait).await;
            }
            let chunks = self.chunks(&pending);
            let answers = self.send_chunks(chunks, round).await;
            (pending, wait) = self.settle(answers, started);
        }
    }

    /// Files the answers of a round: each final, or to be sent again. Returns the requests
    /// that go again, in order, and the longest wait the retry decision asked for.
    fn settle(
        &mut self,
        answers: Vec<(usize, Result<Raw, Error>)>,
        started: Instant,
    ) -> (Vec<usize>, Duration) {
        let mut retry = Vec::new();
        let mut wait = Duration::ZERO;
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
            match self.client.judge(self.attempts[i], started.elapsed(), &raw) {
                Decision::Keep => self.outcomes[i] = Some(Ok(raw)),
                Decision::Wait(delay) => {
                    wait = wait.max(delay);
                    retry.push(i);
                }
                Decision::GiveUp(error) => self.outcomes[i] = Some(Err(error)),
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
        (retry, wait)
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
        let per_response = self.client.answer_limit();
        let raw = self
            .client
            .post_batch(self.version, body, chunk.len())
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
            self.claims = self.client.token_claims().await;
        }
        BatchResults {
            batch,
            outcomes: self.outcomes,
            claims: self.claims,
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
