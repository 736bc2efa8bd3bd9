//! Scopes checked at compile time: a client typed by its permission type and the scopes the
//! application was granted, on which calling an operation those scopes do not allow does not
//! compile (feature `typed-scopes`).
//!
//! ```ignore
//! type Granted = graph_permissions::granted![FilesRead];
//! let client = Scoped::<DelegatedWork, Granted>::new(client);
//! client.send(endpoints::list_me("item")).await?; // compiles
//! client.send(endpoints::delete_me("item", "perm")).await?; // error: the scopes granted to
//!                                                           // this client do not allow `delete`
//! ```

use std::marker::PhantomData;

use serde::Serialize;

use super::request::{Decode, Operation, Request};
use super::{Client, Error, PermissionType, Response};

/// Delegated permissions, signed in with a work or school account.
pub struct DelegatedWork;
/// Delegated permissions, signed in with a personal Microsoft account.
pub struct DelegatedPersonal;
/// Application permissions.
pub struct Application;

/// A permission type as a type.
pub trait Kind {
    /// The permission type at run time.
    const TYPE: PermissionType;
}

impl Kind for DelegatedWork {
    const TYPE: PermissionType = PermissionType::DelegatedWork;
}

impl Kind for DelegatedPersonal {
    const TYPE: PermissionType = PermissionType::DelegatedPersonal;
}

impl Kind for Application {
    const TYPE: PermissionType = PermissionType::Application;
}

/// The operation may be called with permission type `P` by an application granted scopes `S`.
/// Generated per operation from the spec's permission table.
pub trait PermittedBy<P, S>: Operation {}

/// A [`Client`] typed by the permission type and the scopes the application was granted.
pub struct Scoped<P, S> {
    client: Client,
    granted: PhantomData<fn() -> (P, S)>,
}

impl<P: Kind, S> Scoped<P, S> {
    /// Types a client; the granted scopes are the caller's word (Graph still checks the token).
    pub fn new(client: Client) -> Self {
        Self {
            client,
            granted: PhantomData,
        }
    }

    /// Sends a request the granted scopes allow; any other does not compile.
    pub async fn send<O>(&self, request: Request<O>) -> Result<Response<O::Output>, Error>
    where
        O: PermittedBy<P, S>,
        O::Body: Serialize,
        O::Output: Decode,
    {
        self.client.send(request).await
    }

    /// The untyped client, for calls decided at run time.
    pub fn untyped(&self) -> &Client {
        &self.client
    }
}

impl<P, S> std::fmt::Debug for Scoped<P, S> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Scoped")
            .field("client", &self.client)
            .finish()
    }
}
