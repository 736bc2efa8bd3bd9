//! The contract between generated code and this runtime: what the generator emits for each
//! operation, model and enum, and what the client relies on when it sends a request.
//!
//! An application seldom names these. It does to read what the spec says about an operation
//! (`operations::Update::META`, an [`OperationMeta`], needs [`Operation`] in scope), to write a
//! function generic over requests (`Request<O, C>` with `O: Operation`, `C: Caller`), or to
//! type a collection of `/me` requests ([`SignedInUser`]). Everything else of the runtime that
//! an application calls is at [`rt`](super) itself.
//!
//! Generated code spells these `rt::Operation`, `rt::Endpoint`, …: [`rt`](super) re-exports
//! them, hidden from its documentation, so that generated code stays short. They change when
//! the generator changes.

pub use super::model::WireEnum;
pub use super::request::{
    AnyCaller, Caller, ConsistencyLevel, Count, Decode, Endpoint, Expand, FieldName, Filter,
    IfMatch, IfNoneMatch, IfNoneMatched, Operation, OperationMeta, OrderBy, Prefer, ResponseShape,
    Search, Select, SignedInUser, Skip, SuccessStatus, Top,
};
pub use super::scope::ScopeTable;
