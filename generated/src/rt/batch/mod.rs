//! Typed JSON batching: many request values in one `POST /{version}/$batch`, and for each a
//! result decoded exactly as [`Client::send`] would decode it.
//!
//! Graph's rules, kept here so that callers need not: at most 20 requests per call (a larger
//! batch is sent in chunks), URLs relative to the version, `dependsOn` only within one call
//! (a request whose dependency failed answers 424), responses in any order, and a body that is
//! JSON or, for other content, a base64 string. A request throttled inside a batch is sent
//! again in a later call, as the client's [`RetryPolicy`](super::RetryPolicy) allows.

mod run;
mod wire;

use std::marker::PhantomData;
use std::sync::atomic::{AtomicU64, Ordering};

use serde::Serialize;
use serde_json::value::RawValue;

use super::client::{decode, with_scope_hint, Raw};
use super::request::{ApiVersion, Caller, Decode, Method, Operation, OperationMeta, Request};
use super::{Client, Error, Response, TokenClaims};
use run::Run;

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

    /// Adds a request, to the version [`Client::send`] would send it to.
    pub fn add<O: Operation, C: Caller>(
        &mut self,
        request: Request<O, C>,
    ) -> Result<Handle<O>, BatchError>
    where
        O::Body: Serialize,
    {
        self.add_to(self.client.version_for(O::META), request)
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
        self.add_request(self.client.version_for(O::META), request, dependencies)
    }

    /// Adds the next page of a collection: a GET of the `@odata.nextLink` a page of `O` gave.
    /// The link must lead to the client's own host and to this batch's version.
    pub fn add_next_page<O: Operation>(&mut self, link: &str) -> Result<Handle<O>, BatchError> {
        let (version, relative) = self
            .client
            .batch_next_link(link)
            .map_err(BatchError::NextLink)?;
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
        let body = match wire::encode_json(O::META.qualified_name, request.body()) {
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
        self.client
            .batch_url(version, request.path(), request.query())
    }

    fn push<O>(
        &mut self,
        version: ApiVersion,
        mut entry: Entry,
        dependencies: &[HandleId],
    ) -> Result<Handle<O>, BatchError> {
        let operation = entry.meta.qualified_name;
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
        let version = version.unwrap_or(ApiVersion::V1_0);
        Run::new(client, version, entries, groups).send(id).await
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
    /// `Error::Graph` for this request alone. A handle of another batch is
    /// [`Error::ForeignHandle`].
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
            None => Err(Error::ForeignHandle {
                operation: O::META.qualified_name,
            }),
        }
    }
}
