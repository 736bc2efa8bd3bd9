//! The hand-written runtime that generated code stands on: request values, path encoding,
//! lossless (de)serialization of models, scope tables, and the client that sends requests. Everything here is shared by all
//! endpoints, so that each generated endpoint function stays a few lines and costs little
//! to compile.
//!
//! What an application calls is here; what generated code implements and the client relies
//! on (operations, endpoints, decoding, the markers of request options) is in [`contract`].

mod auth;
#[cfg(feature = "azure-identity")]
mod azure;
mod batch;
#[cfg(feature = "blocking")]
pub mod blocking;
mod client;
pub mod contract;
#[cfg(feature = "time")]
mod datetime;
mod error;
mod links;
mod model;
mod path;
mod request;
mod retry;
mod scope;
mod sharing;
mod throttle;
#[cfg(feature = "typed-scopes")]
pub mod typed;

/// The attribute a [`TokenCredential`] implementation takes: `#[rt::async_trait]` on the `impl`.
pub use async_trait::async_trait;
pub use auth::{AccessToken, AuthError, IntoCredential, Secret, StaticToken, TokenCredential};
pub use batch::{Batch, BatchError, BatchResults, Handle, HandleId};
pub use client::{Client, ClientBuilder, Cloud, ItemFailure, Response};
#[cfg(feature = "time")]
pub use datetime::DateTimeError;
pub use error::{Error, GraphError};
pub use links::PagingLimits;
pub use retry::{parse_retry_after, RetryPolicy};
pub use sharing::SharingUrl;
pub use throttle::ClientStats;

pub use model::{DateTimeOffset, Map, Page};
pub use path::PathError;
pub use request::{ApiVersion, Method, Modified, Order, Request};
pub use scope::{
    minimal_scopes, minimal_scopes_through, NotSupported, PermissionType, Reason, ScopeHint,
    ScopePlan, TokenClaims,
};

// The contract, where generated code names it (`rt::Operation`, `rt::Endpoint`, …); its
// documentation is in `contract`.
#[doc(hidden)]
pub use contract::*;

/// What generated code stands on and applications do not call: the (de)serialization helpers
/// of models and enums, and path building. Not part of the API: it changes with the generator.
#[doc(hidden)]
pub mod __private {
    pub use super::model::{
        deserialize_enum, deserialize_model, read_field, read_unknown, serialize_model,
        write_extra, write_field, Key, ReadFields, WriteFields,
    };
    pub use super::path::{path, PathPart};
}

// The names generated code spells through `rt::` (`rt::Option<rt::String>`, `rt::serde`), so
// that a resource named `Option` or `String` cannot shadow them: std's own items, and the
// serde crates whose traits the generated types implement anyway.
#[doc(hidden)]
pub use serde;
#[doc(hidden)]
pub use serde_json;
#[doc(hidden)]
pub use std::{
    boxed::Box,
    default::Default,
    fmt,
    option::Option::{self, None, Some},
    result::Result,
    string::String,
    vec::Vec,
};
