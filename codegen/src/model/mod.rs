//! The semantic model: a checked spec with every reference resolved to a typed id and every
//! keyword to its [`vocab`](crate::vocab) enum. It holds wire names only; Rust names are
//! chosen later, in [`surface`](crate::surface). Names keep the place they were written, so
//! that a Rust name that cannot be made is reported there.
//!
//! [`check`](crate::check) builds it; `select` narrows it; `surface` turns it into the
//! crate's Rust items; the docs importer compares pages with it.

mod ids;
mod path;
mod ty;

use crate::error::Span;
pub use crate::vocab::{
    ApiVersion, KnownHeader, Method, ParameterStyle, ParameterType, PermissionType, Primitive,
    QueryOption, Shape,
};
pub use ids::{EnumId, Id, Items, OperationId, PropertyId, ResourceId, ScopeId, VariantId};
pub use path::{Invalid, Part, PathTemplate};
pub use ty::Type;

/// A checked spec.
#[derive(Clone, Debug)]
pub struct Model {
    pub title: String,
    pub description: String,
    /// The API versions, the stable one first.
    pub versions: Vec<ApiVersion>,
    pub scopes: Items<ScopeId, Scope>,
    /// Where `scopes:` is written: the generated `Scope` enum comes from there.
    pub scopes_span: Span,
    pub enums: Items<EnumId, Enum>,
    pub resources: Items<ResourceId, Resource>,
    pub variants: Items<VariantId, Variant>,
    pub operations: Items<OperationId, Operation>,
}

/// A permission scope, e.g. `Files.Read`.
#[derive(Clone, Debug)]
pub struct Scope {
    pub wire: String,
    pub description: String,
    pub span: Span,
}

/// Where an item is published: every version, or only some (then it sits behind `beta`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Availability {
    pub versions: Vec<ApiVersion>,
    /// Published in the stable version (the first of `Model::versions`).
    pub stable: bool,
}

#[derive(Clone, Debug)]
pub struct Enum {
    pub wire: String,
    pub description: String,
    pub values: Vec<EnumValue>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct EnumValue {
    pub wire: String,
    pub description: String,
    pub availability: Availability,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct Resource {
    pub wire: String,
    pub description: String,
    /// Inherited properties first, in the order of the resource they come from.
    pub properties: Items<PropertyId, Property>,
    /// The properties of which exactly one is set.
    pub one_of: Vec<PropertyId>,
    pub facets: Vec<Facet>,
    pub span: Span,
}

/// A resource property or a request body field.
#[derive(Clone, Debug)]
pub struct Property {
    pub wire: String,
    pub ty: Type,
    pub description: String,
    pub read_only: bool,
    pub required: bool,
    pub deprecated: Option<Deprecation>,
    pub availability: Availability,
    /// Where the property's name is written.
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct Deprecation {
    pub replacement_wire: String,
    pub note: Option<String>,
}

/// A property whose presence tells what kind of resource a value is.
#[derive(Clone, Debug)]
pub struct Facet {
    pub property: PropertyId,
    pub kind_wire: String,
    pub kind_span: Span,
    pub description: String,
}

#[derive(Clone, Debug)]
pub struct Variant {
    pub wire: String,
    pub description: String,
    pub path: PathTemplate,
    pub parameters: Vec<Parameter>,
    /// The path names the signed-in user: application permissions cannot reach it.
    pub signed_in_user: bool,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct Parameter {
    pub wire: String,
    pub description: String,
    pub style: ParameterStyle,
    pub ty: ParameterType,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct Operation {
    pub wire: String,
    pub summary: String,
    pub description: String,
    pub method: Method,
    pub path: PathTemplate,
    pub parameters: Vec<Parameter>,
    pub endpoints: Vec<Endpoint>,
    pub availability: Availability,
    pub headers: Vec<Header>,
    /// The OData query options the operation accepts, in spec order.
    pub query: Vec<QueryParam>,
    /// What `$select` picks from, when the operation accepts it.
    pub select: Option<Select>,
    pub body: Option<Body>,
    pub response: Response,
    /// In the order of [`PermissionType::ALL`].
    pub scopes: [ScopeRow; 3],
    pub span: Span,
}

/// An operation reached through a path variant.
#[derive(Clone, Debug)]
pub struct Endpoint {
    pub variant: VariantId,
    /// Where the operation lists the variant.
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct Header {
    pub wire: String,
    pub description: String,
    pub required: bool,
    pub role: KnownHeader,
    /// The status Graph answers when a conditional header's condition fails.
    pub status: Option<u16>,
}

/// A query option an operation accepts.
#[derive(Clone, Debug)]
pub struct QueryParam {
    pub option: QueryOption,
    pub description: String,
    /// Where the option is written.
    pub span: Span,
}

/// `$select`: which properties of the response's resource to send.
#[derive(Clone, Debug)]
pub struct Select {
    pub resource: ResourceId,
    pub description: String,
    /// Where `$select` is written.
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct Body {
    pub description: String,
    pub fields: Vec<Property>,
}

#[derive(Clone, Debug)]
pub struct Response {
    /// `None` for no body.
    pub resource: Option<ResourceId>,
    pub shape: Shape,
    pub statuses: Vec<Status>,
}

#[derive(Clone, Debug)]
pub struct Status {
    pub code: u16,
    pub description: String,
    pub availability: Availability,
}

/// A row of an operation's permission table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ScopeRow {
    NotSupported,
    /// Least privileged first.
    Scopes(Vec<ScopeId>),
}
