//! The hand-written runtime that generated code stands on: request values, path encoding,
//! lossless (de)serialization of models, scope tables, and the client that sends requests. Everything here is shared by all
//! endpoints, so that each generated endpoint function stays a few lines and costs little
//! to compile.

mod auth;
#[cfg(feature = "azure-identity")]
mod azure;
#[cfg(feature = "blocking")]
pub mod blocking;
mod client;
mod error;
mod links;
mod model;
mod path;
mod request;
mod retry;
mod scope;
mod sharing;
#[cfg(feature = "typed-scopes")]
pub mod typed;

pub use auth::{AccessToken, AuthError, IntoCredential, Secret, StaticToken, TokenCredential};
pub use client::{Client, ClientBuilder, Cloud, ItemFailure, Response};
pub use error::{Error, GraphError};
pub use links::PagingLimits;
pub use retry::{parse_retry_after, RetryPolicy};
pub use sharing::SharingUrl;

pub use model::{
    deserialize_enum, deserialize_model, read_field, read_unknown, serialize_model, write_extra,
    write_field, DateTimeOffset, Key, Map, Page, ReadFields, WireEnum, WriteFields,
};
pub use path::{path, PathError, PathPart};
pub use request::{
    ApiVersion, Decode, Endpoint, FieldName, IfMatch, IfNoneMatch, IfNoneMatched, Method, Modified,
    Operation, OperationMeta, Request, ResponseShape, Select, SuccessStatus,
};
pub use scope::{
    minimal_scopes, NotSupported, PermissionType, Reason, ScopeHint, ScopePlan, ScopeTable,
    TokenClaims,
};

// What generated code names through `rt::`, so that a resource named `Option` or `String`
// cannot shadow it, and the generated files stay short.
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

#[doc(hidden)]
pub use serde;
#[doc(hidden)]
pub use serde_json;
