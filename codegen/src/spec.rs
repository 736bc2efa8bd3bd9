//! The spec as written: what `load` reads from YAML, before any name is resolved.
//!
//! Every name and reference keeps the place it was written, so that `check` can say where a
//! mistake is. Maps are `Vec`s of pairs: the spec's order is the generated code's order.

use crate::error::Span;

/// A value and the place in the spec file where it was written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Spanned<T> {
    /// The value.
    pub value: T,
    /// Where it was written.
    pub span: Span,
}

/// A name as written in the spec (a key or a reference).
pub type Name = Spanned<String>;

/// The ordered pairs of a YAML mapping whose keys are names.
pub type Entries<T> = Vec<(Name, T)>;

/// A whole spec file, as written.
#[derive(Clone, Debug)]
pub struct Spec {
    /// The `info:` section: title, description, versions.
    pub info: Info,
    /// The permission scopes (`scopes:`) and what each allows.
    pub scopes: Entries<String>,
    /// Where `scopes:` is written: the generated `Scope` enum comes from there.
    pub scopes_span: Span,
    /// The enums (`enums:`).
    pub enums: Entries<EnumSpec>,
    /// The resources (`resources:`).
    pub resources: Entries<ResourceSpec>,
    /// The families of operations, in spec order: each named family of `families:`, or, in
    /// the old form (top-level `variants:` and `operations:`), one family without a name.
    pub families: Vec<FamilySpec>,
}

/// A family: the resource an address reaches (`driveItem`, `share`), its path variants and
/// the operations on it. Variant and operation names are unique within a family only.
#[derive(Clone, Debug)]
pub struct FamilySpec {
    /// The family's name (a key of `families:`); `None` for the one family of the old form.
    pub name: Option<Name>,
    /// The family's doc text; may be empty.
    pub description: String,
    /// The path variants (`variants:`).
    pub variants: Entries<VariantSpec>,
    /// The operations (`operations:`), keyed by wire name.
    pub operations: Entries<OperationSpec>,
    /// Where the family is written: its key, or the top-level `variants:` in the old form.
    pub span: Span,
}

/// The `info:` section.
#[derive(Clone, Debug)]
pub struct Info {
    /// The API's title.
    pub title: String,
    /// The API's doc text.
    pub description: String,
    /// The API versions, e.g. `v1.0`, `beta`.
    pub versions: Vec<Name>,
    /// Where `info:` is written.
    pub span: Span,
}

/// An enum of `enums:`.
#[derive(Clone, Debug)]
pub struct EnumSpec {
    /// The enum's doc text.
    pub description: String,
    /// The known values, keyed by their wire spelling.
    pub values: Entries<EnumValueSpec>,
    /// Where the enum is written.
    pub span: Span,
}

/// A value of an enum.
#[derive(Clone, Debug)]
pub struct EnumValueSpec {
    /// The value's doc text.
    pub description: String,
    /// The versions that have it; `None` for every version.
    pub versions: Option<Vec<Name>>,
}

/// A resource of `resources:`.
#[derive(Clone, Debug)]
pub struct ResourceSpec {
    /// The resource's doc text.
    pub description: String,
    /// The resource whose properties this one inherits.
    pub extends: Option<Name>,
    /// The properties of which exactly one is set.
    pub one_of: Vec<Name>,
    /// The resource's own properties, keyed by JSON key.
    pub properties: Entries<PropertySpec>,
    /// The properties whose presence tells what kind of value it is.
    pub facets: Vec<FacetSpec>,
}

/// A resource property or a request body field.
#[derive(Clone, Debug)]
pub struct PropertySpec {
    /// The type as written, e.g. `String` or `Collection(permission)`.
    pub ty: Name,
    /// The property's doc text.
    pub description: String,
    /// Whether the service sets it and ignores it in requests.
    pub read_only: bool,
    /// Whether it must be set: then its Rust field is not an `Option`.
    pub required: bool,
    /// Set when the property is deprecated.
    pub deprecated: Option<DeprecationSpec>,
    /// The versions that have it; `None` for every version.
    pub versions: Option<Vec<Name>>,
}

/// The `deprecated:` of a property.
#[derive(Clone, Debug)]
pub struct DeprecationSpec {
    /// The property to use instead.
    pub replacement: Name,
    /// Why, or since when.
    pub note: Option<String>,
}

/// A facet of a resource: a property whose presence tells a kind.
#[derive(Clone, Debug)]
pub struct FacetSpec {
    /// The property whose presence tells.
    pub property: Name,
    /// The name of the kind it tells, e.g. `link`.
    pub kind: Name,
    /// The kind's doc text.
    pub description: String,
}

/// A path variant of `variants:`.
#[derive(Clone, Debug)]
pub struct VariantSpec {
    /// The variant's doc text; may be empty.
    pub description: String,
    /// `primary:` as written: the family's canonical address, whose endpoint functions are
    /// named after the operation alone.
    pub primary: Option<Spanned<bool>>,
    /// The path template, e.g. `/drives/{drive-id}/items/{item-id}`.
    pub path: Name,
    /// The template's parameters, keyed by name.
    pub parameters: Entries<ParameterSpec>,
    /// `signed_in_user:` as written: the path names the signed-in user, and an app-only token
    /// has none. A path through `/me` does whether or not it is written.
    pub signed_in_user: Option<Spanned<bool>>,
}

/// A path parameter.
#[derive(Clone, Debug)]
pub struct ParameterSpec {
    /// The parameter's doc text.
    pub description: String,
    /// How the value is encoded (`style:`); `None` for one segment.
    pub style: Option<Name>,
    /// What the endpoint function takes (`type:`); `None` for a string.
    pub ty: Option<Name>,
}

/// An operation of `operations:`.
#[derive(Clone, Debug)]
pub struct OperationSpec {
    /// The one-line summary.
    pub summary: String,
    /// The longer doc text; may be empty.
    pub description: String,
    /// The HTTP method, e.g. `POST`.
    pub method: Name,
    /// The operation's own path, after its variant's; empty for the address itself.
    pub path: Spanned<String>,
    /// The parameters of `path`, keyed by name.
    pub parameters: Entries<ParameterSpec>,
    /// The path variants the operation is reached through.
    pub variants: Spanned<Vec<Name>>,
    /// The versions that have it; `None` for every version.
    pub versions: Option<Vec<Name>>,
    /// The request headers, keyed by lowercase name.
    pub headers: Entries<HeaderSpec>,
    /// The OData query options, e.g. `$select`, and their doc text.
    pub query: Entries<String>,
    /// The request body, for operations that send one.
    pub body: Option<BodySpec>,
    /// What a successful response carries.
    pub response: ResponseSpec,
    /// The permission table, keyed by permission type.
    pub scopes: Spanned<Entries<ScopeListSpec>>,
}

/// A request header of an operation.
#[derive(Clone, Debug)]
pub struct HeaderSpec {
    /// Whether every request must send it.
    pub required: bool,
    /// The header's doc text; may be empty.
    pub description: String,
    /// The status Graph answers when a conditional header's condition fails.
    pub status: Option<Spanned<u16>>,
    /// The enum of `enums:` the caller's value is (`type:`); `None` for any text.
    pub ty: Option<Name>,
}

/// A request body.
#[derive(Clone, Debug)]
pub struct BodySpec {
    /// The body's doc text; may be empty.
    pub description: String,
    /// What the body holds: fields of its own, or a resource's accepted properties.
    pub content: BodyContent,
    /// Where `body:` is written.
    pub span: Span,
}

/// What a request body holds.
#[derive(Clone, Debug)]
pub enum BodyContent {
    /// `fields:`: the body's own fields, keyed by JSON key.
    Fields(Entries<PropertySpec>),
    /// `resource:` + `accepts:` (+ `required:`): the resource, with only the properties the
    /// call accepts.
    Resource {
        /// The resource the body is.
        resource: Name,
        /// The properties of the resource the call accepts, in the order the body lists them.
        accepts: Vec<Name>,
        /// Which of the accepted properties must be set.
        required: Vec<Name>,
    },
}

/// The `response:` of an operation.
#[derive(Clone, Debug)]
pub struct ResponseSpec {
    /// The resource the response carries; `None` for no body.
    pub ty: Option<Name>,
    /// `single`, `collection` or `none`.
    pub shape: Name,
    /// The documented statuses and what each means.
    pub statuses: Vec<(Spanned<u16>, StatusSpec)>,
    /// Where `statuses:` is written.
    pub statuses_span: Span,
    /// Where `response:` is written.
    pub span: Span,
}

/// A status of a response.
#[derive(Clone, Debug)]
pub struct StatusSpec {
    /// What the status means for this operation.
    pub description: String,
    /// The versions that answer it; `None` for every version.
    pub versions: Option<Vec<Name>>,
}

/// One row of an operation's permission table.
#[derive(Clone, Debug)]
pub enum ScopeListSpec {
    /// `not supported`: the operation cannot be called with this permission type.
    NotSupported,
    /// Least privileged first.
    Scopes(Vec<Name>),
}
