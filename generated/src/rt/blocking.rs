//! The same client without async (feature `blocking`): each call runs the async client on a
//! small runtime of its own. Do not call it from inside an async runtime.

use serde::de::DeserializeOwned;
use serde::Serialize;

use super::request::{ApiVersion, Caller, Decode, Operation, Request};
use super::{Error, Page, Response};

/// A [`super::Client`] whose calls block until they finish.
#[derive(Debug)]
pub struct Client {
    client: super::Client,
    runtime: tokio::runtime::Runtime,
}

impl Client {
    /// Wraps a client built with [`super::Client::builder`].
    pub fn new(client: super::Client) -> Result<Self, Error> {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(|e| Error::Config {
                reason: format!("cannot start the blocking client's runtime: {e}"),
            })?;
        Ok(Self { client, runtime })
    }

    /// See [`super::Client::send`].
    pub fn send<O: Operation, C: Caller>(
        &self,
        request: Request<O, C>,
    ) -> Result<Response<O::Output>, Error>
    where
        O::Body: Serialize,
        O::Output: Decode,
    {
        self.runtime.block_on(self.client.send(request))
    }

    /// See [`super::Client::send_to`].
    pub fn send_to<O: Operation, C: Caller>(
        &self,
        version: ApiVersion,
        request: Request<O, C>,
    ) -> Result<Response<O::Output>, Error>
    where
        O::Body: Serialize,
        O::Output: Decode,
    {
        self.runtime.block_on(self.client.send_to(version, request))
    }

    /// See [`super::Client::collect_all`].
    pub fn collect_all<O, C: Caller, T>(&self, request: Request<O, C>) -> Result<Vec<T>, Error>
    where
        O: Operation<Output = Page<T>>,
        O::Body: Serialize,
        T: DeserializeOwned,
    {
        self.runtime.block_on(self.client.collect_all(request))
    }
}
