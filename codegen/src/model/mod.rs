//! The intermediate form between a valid spec and Rust: every name resolved once, every Rust
//! identifier chosen once, wire names kept beside them. `emit` reads only this.

mod ids;
mod path;

pub use crate::surface::Ident;
pub use crate::vocab::{
    ApiVersion, KnownHeader, Method, ParameterStyle, ParameterType, PermissionType, Shape,
};
pub use ids::{EnumId, Id, Items, OperationId, PropertyId, ResourceId, ScopeId, VariantId};
pub use path::{Invalid, Part, PathTemplate};

/// A validated spec, ready to emit.
#[derive(Clone, Debug)]
pub struct Model {
    pub title: String,
    pub description: String,
    /// The API versions, the stable one first.
    pub versions: Vec<ApiVersion>,
    pub scopes: Items<ScopeId, Scope>,
    pub enums: Items<EnumId, Enum>,
    pub resources: Items<ResourceId, Resource>,
    pub variants: Items<VariantId, Variant>,
    pub operations: Items<OperationId, Operation>,
}

#[derive(Clone, Debug)]
pub struct Scope {
    pub wire: String,
    pub ident: Ident,
    pub description: String,
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
    pub ident: Ident,
    pub description: String,
    pub values: Vec<EnumValue>,
}

#[derive(Clone, Debug)]
pub struct EnumValue {
    pub wire: String,
    pub ident: Ident,
    pub description: String,
    pub availability: Availability,
}

#[derive(Clone, Debug)]
pub struct Resource {
    pub wire: String,
    pub ident: Ident,
    pub description: String,
    /// Inherited properties first, in the order of the resource they come from.
    pub properties: Items<PropertyId, Property>,
    /// The properties of which exactly one is set.
    pub one_of: Vec<PropertyId>,
    pub facets: Vec<Facet>,
    /// The enum of the facets' kinds, when there are facets.
    pub kind_ident: Option<Ident>,
    /// The enum of property names for `$select`, when an operation selects this resource.
    pub field_ident: Option<Ident>,
}

/// A resource property or a request body field.
#[derive(Clone, Debug)]
pub struct Property {
    pub wire: String,
    pub ident: Ident,
    /// The name of this property in the resource's `$select` enum.
    pub variant_ident: Ident,
    pub ty: Type,
    /// The type refers back to its own resource without a collection in between: boxed.
    pub boxed: bool,
    pub description: String,
    pub read_only: bool,
    pub required: bool,
    pub deprecated: Option<Deprecation>,
    pub availability: Availability,
}

#[derive(Clone, Debug)]
pub struct Deprecation {
    pub replacement_wire: String,
    pub replacement_ident: Ident,
    pub note: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Type {
    String,
    Boolean,
    Int32,
    Int64,
    Double,
    DateTimeOffset,
    Enum(EnumId),
    Resource(ResourceId),
    Collection(Box<Type>),
}

#[derive(Clone, Debug)]
pub struct Facet {
    pub property: PropertyId,
    pub kind_wire: String,
    pub kind_ident: Ident,
    pub description: String,
}

#[derive(Clone, Debug)]
pub struct Variant {
    pub wire: String,
    pub description: String,
    pub path: PathTemplate,
    pub parameters: Vec<Parameter>,
}

#[derive(Clone, Debug)]
pub struct Parameter {
    pub wire: String,
    pub ident: Ident,
    pub description: String,
    pub style: ParameterStyle,
    pub ty: ParameterType,
}

#[derive(Clone, Debug)]
pub struct Operation {
    pub wire: String,
    /// The marker type, e.g. `CreateLink`.
    pub type_ident: Ident,
    /// The snake-case stem of the endpoint functions, e.g. `create_link`.
    pub fn_stem: Ident,
    pub summary: String,
    pub description: String,
    pub method: Method,
    pub path: PathTemplate,
    pub parameters: Vec<Parameter>,
    pub endpoints: Vec<Endpoint>,
    pub availability: Availability,
    pub headers: Vec<Header>,
    /// The resource whose properties `$select` picks, and the option's description.
    pub select: Option<(ResourceId, String)>,
    pub body: Option<Body>,
    pub response: Response,
    /// delegated work or school, delegated personal, application.
    pub scopes: [ScopeRow; 3],
}

/// One per-path function: an operation reached through a variant.
#[derive(Clone, Debug)]
pub struct Endpoint {
    pub variant: VariantId,
    pub fn_ident: Ident,
}

#[derive(Clone, Debug)]
pub struct Header {
    pub wire: String,
    pub description: String,
    pub required: bool,
    /// What the header is for, when the runtime handles it.
    pub role: KnownHeader,
    pub status: Option<u16>,
}

#[derive(Clone, Debug)]
pub struct Body {
    pub ident: Ident,
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
