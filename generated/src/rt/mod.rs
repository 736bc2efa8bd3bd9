//! The hand-written runtime that generated code stands on: request values, path encoding,
//! lossless (de)serialization of models, scope tables. Everything here is shared by all
//! endpoints, so that each generated endpoint function stays a few lines and costs little
//! to compile.

mod model;
mod path;
mod request;
mod scope;

pub use model::{
    deserialize_enum, deserialize_model, read_field, read_unknown, serialize_model, write_extra,
    write_field, DateTimeOffset, Key, Map, Page, ReadFields, WireEnum, WriteFields,
};
pub use path::{path, PathError, PathPart};
pub use request::{
    ApiVersion, Endpoint, FieldName, IfMatch, IfNoneMatch, Method, Operation, OperationMeta,
    Request, ResponseShape, Select, SuccessStatus,
};
pub use scope::{PermissionType, ScopeTable};

#[doc(hidden)]
pub use serde;
#[doc(hidden)]
pub use serde_json;
