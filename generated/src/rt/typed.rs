//! Scopes checked at compile time: a client typed by its permission type and the scopes the
//! application was granted, on which calling an operation those scopes do not allow does not
//! compile (feature `typed-scopes`). Nor does a `/me` request on a client with application
//! permissions: an application token has no signed-in user.
//!
//! ```ignore
//! type Granted = graph_permissions::granted![FilesRead];
//! let client = Scoped::<DelegatedWork, Granted>::new(client);
//! client.send(endpoints::drive_item::list_me("item")).await?; // compiles
//! client.send(endpoints::drive_item::delete_me("item", "perm")).await?; // error: the scopes granted to
//!                                                           // this client do not allow `delete`
//! let app = Scoped::<Application, graph_permissions::granted![FilesReadAll]>::new(client);
//! app.send(endpoints::drive_item::list("drive", "item")).await?; // compiles
//! app.send(endpoints::drive_item::list_me("item")).await?; // error: a `/me` request cannot be sent with
//!                                              // `Application` permissions
//! ```

use std::marker::PhantomData;

use serde::Serialize;

use super::request::{AnyCaller, Caller, Decode, Operation, Request, SignedInUser};
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

/// A request's path can be called with permission type `P`: a path through `/me` names the
/// signed-in user, and an application token has none (Microsoft lists no application
/// permissions for `/me` paths).
#[diagnostic::on_unimplemented(
    message = "a request that needs a signed-in user (`/me`) cannot be sent with `{P}` permissions: an application token has none",
    label = "this request is typed `SignedInUser`: its path may go through `/me`",
    note = "call the operation through a path variant that names the drive, site, group or user instead of `/me`"
)]
pub trait ReachableBy<P> {}

impl<P> ReachableBy<P> for AnyCaller {}
impl ReachableBy<DelegatedWork> for SignedInUser {}
impl ReachableBy<DelegatedPersonal> for SignedInUser {}

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

    /// Sends a request the granted scopes allow, through a path the permission type can
    /// reach; any other does not compile.
    pub async fn send<O, C>(&self, request: Request<O, C>) -> Result<Response<O::Output>, Error>
    where
        O: PermittedBy<P, S>,
        C: Caller + ReachableBy<P>,
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
