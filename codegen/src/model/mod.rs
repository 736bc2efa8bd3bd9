//! The semantic model: a checked spec with every reference resolved to a typed id and every
//! keyword to its `vocab` enum. It holds wire names only; Rust names are chosen later, in
//! [`surface`](crate::surface). Names keep the place they were written, so that a Rust name
//! that cannot be made is reported there.
//!
//! `check` builds it; `select` narrows it; `surface` turns it into the crate's Rust items.

mod ids;
mod path;
mod ty;

use crate::error::Span;
pub use crate::vocab::{
    ApiVersion, KnownHeader, Method, ParameterStyle, ParameterType, PermissionType, Primitive,
    QueryOption, Shape,
};
pub use ids::{
    EnumId, FamilyId, Id, Items, OperationId, PropertyId, ResourceId, ScopeId, VariantId,
};
pub use path::{Invalid, Part, PathTemplate};
pub use ty::Type;

/// A checked spec.
#[derive(Clone, Debug)]
pub struct Model {
    /// The API's title, e.g. `Microsoft Graph sharing permissions`.
    pub title: String,
    /// The API's doc text, for the generated crate's docs.
    pub description: String,
    /// The API versions, the stable one first.
    pub versions: Vec<ApiVersion>,
    /// The permission scopes of `scopes:`, in spec order.
    pub scopes: Items<ScopeId, Scope>,
    /// Where `scopes:` is written: the generated `Scope` enum comes from there.
    pub scopes_span: Span,
    /// Every enum, in spec order.
    pub enums: Items<EnumId, Enum>,
    /// Every resource, in spec order.
    pub resources: Items<ResourceId, Resource>,
    /// The families, in spec order; the old form (top-level `variants:` and `operations:`)
    /// is one family without a name.
    pub families: Items<FamilyId, Family>,
    /// Every path variant of every family, in spec order.
    pub variants: Items<VariantId, Variant>,
    /// Every operation of every family, in spec order.
    pub operations: Items<OperationId, Operation>,
}

impl Model {
    /// How messages and selections name an operation: `driveItem.list` in a named family,
    /// `list` in the old form.
    pub fn qualified_name(&self, op: &Operation) -> String {
        match self
            .families
            .get_id(op.family)
            .and_then(|f| f.wire.as_deref())
        {
            Some(family) => format!("{family}.{}", op.wire),
            None => op.wire.clone(),
        }
    }

    /// The operation a selection names: `family.operation`, or a bare operation name that
    /// exactly one family has. Otherwise a sentence: what the spec has, or, for a bare name
    /// several families have, the qualified names to choose from.
    pub fn find_operation(&self, name: &str) -> Result<OperationId, String> {
        find_operation(
            name,
            self.operations
                .iter()
                .map(|o| (self.qualified_name(o), o.wire.as_str())),
        )
        .map(OperationId::from_index)
    }
}

/// The index of the operation `name` names among `operations` (each its qualified name and
/// its name alone), by [`Model::find_operation`]'s rule: the rule of every selection, whether
/// it is made on the model or on the `Api`.
pub(crate) fn find_operation<'a>(
    name: &str,
    operations: impl Iterator<Item = (String, &'a str)> + Clone,
) -> Result<usize, String> {
    if let Some(at) = operations
        .clone()
        .position(|(qualified, _)| qualified == name)
    {
        return Ok(at);
    }
    let bare: Vec<(usize, String)> = operations
        .clone()
        .enumerate()
        .filter(|(_, (_, wire))| *wire == name)
        .map(|(at, (qualified, _))| (at, qualified))
        .collect();
    match bare.as_slice() {
        [(one, _)] => Ok(*one),
        [] => Err(format!(
            "the spec has no operation `{name}` (it has: {})",
            operations
                .map(|(qualified, _)| qualified)
                .collect::<Vec<_>>()
                .join(", ")
        )),
        several => Err(format!(
            "operation `{name}` is in several families; name one of: {}",
            several
                .iter()
                .map(|(_, qualified)| format!("`{qualified}`"))
                .collect::<Vec<_>>()
                .join(", ")
        )),
    }
}

/// A family: the resource an address reaches (`driveItem`, `share`), whose path variants
/// and operations are named within it.
#[derive(Clone, Debug)]
pub struct Family {
    /// The family's name in the spec, e.g. `driveItem`; `None` for the old form's one family.
    pub wire: Option<String>,
    /// The family's doc text; may be empty.
    pub description: String,
    /// The variant marked `primary: true`, whose endpoint functions take the operation's name.
    pub primary: Option<VariantId>,
    /// Where the family is written.
    pub span: Span,
}

/// A permission scope, e.g. `Files.Read`.
#[derive(Clone, Debug)]
pub struct Scope {
    /// The scope's name, e.g. `Files.Read`.
    pub wire: String,
    /// What the scope allows.
    pub description: String,
    /// Where the scope is written.
    pub span: Span,
}

/// Where an item is published: every version, or only some (then it sits behind `beta`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Availability {
    /// The versions that publish the item, in `Model::versions` order.
    pub versions: Vec<ApiVersion>,
    /// Published in the stable version (the first of `Model::versions`).
    pub stable: bool,
}

/// An enum of string values (`enums:`), e.g. the roles of a permission.
#[derive(Clone, Debug)]
pub struct Enum {
    /// The enum's name in the spec.
    pub wire: String,
    /// The enum's doc text.
    pub description: String,
    /// The known values, in spec order.
    pub values: Vec<EnumValue>,
    /// Where the enum is written.
    pub span: Span,
}

/// One known value of an [`Enum`].
#[derive(Clone, Debug)]
pub struct EnumValue {
    /// The value as sent, e.g. `read`.
    pub wire: String,
    /// The value's doc text.
    pub description: String,
    /// Which API versions have the value.
    pub availability: Availability,
    /// Where the value is written.
    pub span: Span,
}

/// A JSON object type of the API (`resources:`), e.g. `permission`.
#[derive(Clone, Debug)]
pub struct Resource {
    /// The resource's name in the spec.
    pub wire: String,
    /// The resource's doc text.
    pub description: String,
    /// Inherited properties first, in the order of the resource they come from.
    pub properties: Items<PropertyId, Property>,
    /// The properties of which exactly one is set.
    pub one_of: Vec<PropertyId>,
    /// The properties whose presence tells what kind of value it is.
    pub facets: Vec<Facet>,
    /// Where the resource is written.
    pub span: Span,
}

/// A resource property or a request body field.
#[derive(Clone, Debug)]
pub struct Property {
    /// The JSON key, e.g. `grantedToV2`.
    pub wire: String,
    /// The property's type.
    pub ty: Type,
    /// The property's doc text.
    pub description: String,
    /// Whether the service sets it and ignores it in requests.
    pub read_only: bool,
    /// Whether it must be set: then its Rust field is not an `Option`.
    pub required: bool,
    /// Set when the property is deprecated.
    pub deprecated: Option<Deprecation>,
    /// Which API versions have the property.
    pub availability: Availability,
    /// Where the property's name is written.
    pub span: Span,
}

/// Why a property is deprecated, and what replaces it.
#[derive(Clone, Debug)]
pub struct Deprecation {
    /// The JSON key of the property to use instead.
    pub replacement_wire: String,
    /// Why, or since when, if the spec says.
    pub note: Option<String>,
}

/// A property whose presence tells what kind of resource a value is.
#[derive(Clone, Debug)]
pub struct Facet {
    /// The property whose presence tells.
    pub property: PropertyId,
    /// The name of the kind it tells, e.g. `link`.
    pub kind_wire: String,
    /// Where the kind is written.
    pub kind_span: Span,
    /// The kind's doc text.
    pub description: String,
}

/// A path variant: one way to address the item an operation acts on, e.g. `drive`
/// (`/drives/{drive-id}/items/{item-id}`).
#[derive(Clone, Debug)]
pub struct Variant {
    /// The family the variant addresses.
    pub family: FamilyId,
    /// The variant's name in the spec, e.g. `me-by-path`.
    pub wire: String,
    /// The family's primary variant (`primary: true`): its endpoint functions take the
    /// operation's name alone.
    pub primary: bool,
    /// The variant's doc text.
    pub description: String,
    /// The variant's path, before the operation's.
    pub path: PathTemplate,
    /// The parameters of `path`, in path order.
    pub parameters: Vec<Parameter>,
    /// The path names the signed-in user: application permissions cannot reach it.
    pub signed_in_user: bool,
    /// Where the variant is written.
    pub span: Span,
}

/// A path parameter of a variant or an operation.
#[derive(Clone, Debug)]
pub struct Parameter {
    /// The parameter's name in the path template, e.g. `item-id`.
    pub wire: String,
    /// The parameter's doc text.
    pub description: String,
    /// How the value is encoded into the path.
    pub style: ParameterStyle,
    /// What the endpoint function takes for it.
    pub ty: ParameterType,
    /// Where the parameter is written.
    pub span: Span,
}

/// One call of the API, e.g. `createLink`.
#[derive(Clone, Debug)]
pub struct Operation {
    /// The family the operation acts on.
    pub family: FamilyId,
    /// The operation's wire name, e.g. `createLink`.
    pub wire: String,
    /// The one-line summary.
    pub summary: String,
    /// The longer doc text.
    pub description: String,
    /// The HTTP method.
    pub method: Method,
    /// The operation's own path, after its variant's; empty for the address itself.
    pub path: PathTemplate,
    /// The parameters of `path`, in path order.
    pub parameters: Vec<Parameter>,
    /// The path variants (of its own family) the operation is reached through.
    pub endpoints: Vec<Endpoint>,
    /// Which API versions have the operation.
    pub availability: Availability,
    /// The request headers the spec documents.
    pub headers: Vec<Header>,
    /// The OData query options the operation accepts, in spec order.
    pub query: Vec<QueryParam>,
    /// What `$select`, `$orderby` and `$expand` pick from, when the operation accepts one.
    pub select: Option<Select>,
    /// The request body, for operations that send one.
    pub body: Option<Body>,
    /// What a successful response carries.
    pub response: Response,
    /// In the order of [`PermissionType::ALL`].
    pub scopes: [ScopeRow; 3],
    /// Where the operation is written.
    pub span: Span,
}

/// An operation reached through a path variant.
#[derive(Clone, Debug)]
pub struct Endpoint {
    /// The variant.
    pub variant: VariantId,
    /// Where the operation lists the variant.
    pub span: Span,
}

/// A request header an operation documents.
#[derive(Clone, Debug)]
pub struct Header {
    /// The header's name, lowercase, e.g. `if-match`.
    pub wire: String,
    /// The header's doc text.
    pub description: String,
    /// Whether every request must send it.
    pub required: bool,
    /// What the header is for.
    pub role: KnownHeader,
    /// The status Graph answers when a conditional header's condition fails.
    pub status: Option<u16>,
    /// The enum the caller's value is (`type:`); `None` for any text.
    pub value: Option<EnumId>,
}

/// A query option an operation accepts.
#[derive(Clone, Debug)]
pub struct QueryParam {
    /// Which option.
    pub option: QueryOption,
    /// The option's doc text.
    pub description: String,
    /// Where the option is written.
    pub span: Span,
}

/// `$select`, `$orderby`, `$expand`: the resource whose properties they name.
#[derive(Clone, Debug)]
pub struct Select {
    /// The resource whose properties can be picked.
    pub resource: ResourceId,
    /// The first such option's doc text.
    pub description: String,
    /// Where the first such option is written.
    pub span: Span,
}

/// A request body: a JSON object of fields.
#[derive(Clone, Debug)]
pub struct Body {
    /// The body's doc text.
    pub description: String,
    /// The body's fields, in spec order: its own (`fields:`), or the accepted properties of
    /// `resource`, with the resource's types and descriptions.
    pub fields: Vec<Property>,
    /// The resource the body is (`resource:`), when it is one.
    pub resource: Option<ResourceId>,
}

/// What a successful response carries.
#[derive(Clone, Debug)]
pub struct Response {
    /// `None` for no body.
    pub resource: Option<ResourceId>,
    /// One resource, a page of them, or nothing.
    pub shape: Shape,
    /// The success statuses the spec documents, and what each means.
    pub statuses: Vec<Status>,
}

/// A status an operation may answer.
#[derive(Clone, Debug)]
pub struct Status {
    /// The HTTP status code, e.g. `201`.
    pub code: u16,
    /// What the status means for this operation.
    pub description: String,
    /// Which API versions answer it.
    pub availability: Availability,
}

/// A row of an operation's permission table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ScopeRow {
    /// The operation cannot be called with this permission type.
    NotSupported,
    /// Least privileged first.
    Scopes(Vec<ScopeId>),
}
