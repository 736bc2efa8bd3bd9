//! [`Api`]: every Rust item the generated crate exports, with its name, its type and what
//! its docs say, decided once. `emit` prints it; `changelog` compares two of them.

use super::{Ident, RustType};
use crate::model::{
    ApiVersion, Availability, Items, Method, ParameterStyle, ParameterType, PathTemplate,
    PropertyId, ScopeId, ScopeRow, Shape, Status,
};

/// The generated crate's public surface.
#[derive(Clone, Debug)]
pub struct Api {
    /// The API's title, for the crate docs.
    pub title: String,
    /// The API versions, the stable one first.
    pub versions: Vec<ApiVersion>,
    /// The variants of `scopes::Scope`, in spec order.
    pub scopes: Items<ScopeId, ScopeVariant>,
    /// The enums of `models`.
    pub enums: Vec<WireEnum>,
    /// The structs of `models`, one per resource.
    pub structs: Vec<Struct>,
    /// The families, in spec order: the old form's one family has no module.
    pub families: Vec<FamilyItem>,
    /// The path variants, as the endpoint function names end.
    pub variants: Vec<PathVariant>,
    /// The operations: marker types, bodies and endpoint functions.
    pub operations: Vec<OperationItem>,
}

/// A variant of `scopes::Scope`.
#[derive(Clone, Debug)]
pub struct ScopeVariant {
    /// The scope's name, e.g. `Files.ReadWrite.All`.
    pub wire: String,
    /// The variant's name, e.g. `FilesReadWriteAll`.
    pub ident: Ident,
    /// What the scope allows, from the spec.
    pub description: String,
}

/// An enum that keeps the values it does not know.
#[derive(Clone, Debug)]
pub struct WireEnum {
    /// The enum's name in the spec, e.g. `role`.
    pub wire: String,
    /// The Rust enum's name.
    pub ident: Ident,
    /// The enum's doc text, from the spec.
    pub description: String,
    /// The known values, in spec order.
    pub values: Vec<WireValue>,
}

/// A known value of a [`WireEnum`].
#[derive(Clone, Debug)]
pub struct WireValue {
    /// The value as sent, e.g. `read`.
    pub wire: String,
    /// The variant's name, e.g. `Read`.
    pub ident: Ident,
    /// The value's doc text, from the spec.
    pub description: String,
    /// Which API versions have the value.
    pub availability: Availability,
}

/// A model struct, made from a resource.
#[derive(Clone, Debug)]
pub struct Struct {
    /// The resource's name in the spec, e.g. `permission`.
    pub wire: String,
    /// The struct's name, e.g. `Permission`.
    pub ident: Ident,
    /// The resource's doc text, from the spec.
    pub description: String,
    /// One field per property, in spec order.
    pub fields: Items<PropertyId, Field>,
    /// The fields of which exactly one is set: each gets a `from_…` constructor.
    pub one_of: Vec<PropertyId>,
    /// The enum of the facets' kinds and the `kind()` accessor, when there are facets.
    pub kind: Option<KindEnum>,
    /// The enum of field names for `$select`, when a generated operation selects this one.
    pub select: Option<Ident>,
    /// Whether code outside the crate may build it with a struct literal (then adding a
    /// field breaks that code).
    pub exhaustive: bool,
}

/// A field of a model or a request body.
#[derive(Clone, Debug)]
pub struct Field {
    /// The JSON key, e.g. `grantedToV2`.
    pub wire: String,
    /// The Rust field name, e.g. `granted_to_v2`.
    pub ident: Ident,
    /// The field's name in its struct's `$select` enum.
    pub select_variant: Ident,
    /// The field's type: `Option<…>` unless a required body field.
    pub ty: RustType,
    /// What the field holds when set (boxed when the struct would hold itself).
    pub value: RustType,
    /// The property's doc text, from the spec.
    pub description: String,
    /// Whether the service sets it and ignores it in requests.
    pub read_only: bool,
    /// Whether it must be set: then its Rust field is not an `Option`.
    pub required: bool,
    /// The field to use instead, when this one is deprecated.
    pub deprecated: Option<Deprecated>,
    /// Which API versions have the field.
    pub availability: Availability,
}

/// A deprecated field and the field to use instead.
#[derive(Clone, Debug)]
pub struct Deprecated {
    /// The replacement field's Rust name.
    pub replacement: Ident,
    /// The replacement field's JSON key.
    pub replacement_wire: String,
    /// Why, or since when, from the spec.
    pub note: Option<String>,
}

/// `FooKind` and `Foo::kind()`: which facet is present.
#[derive(Clone, Debug)]
pub struct KindEnum {
    /// The enum's name, e.g. `PermissionKind`.
    pub ident: Ident,
    /// One variant per distinct kind, in the order of the first facet that tells it.
    pub kinds: Vec<Kind>,
    /// Every facet in spec order: the field whose presence tells, and the kind it tells
    /// (an index into `kinds`).
    pub facets: Vec<(PropertyId, usize)>,
}

/// A variant of a [`KindEnum`].
#[derive(Clone, Debug)]
pub struct Kind {
    /// The kind's name in the spec.
    pub wire: String,
    /// The variant's name.
    pub ident: Ident,
    /// The kind's doc text, from the spec.
    pub description: String,
}

/// A family: with a name, a module of its own in `operations`, `endpoints` and `scopes`.
#[derive(Clone, Debug)]
pub struct FamilyItem {
    /// The family's name in the spec, e.g. `driveItem`; `None` in the old form.
    pub wire: Option<String>,
    /// The family's module, e.g. `drive_item`; `None` in the old form (the module root).
    pub module: Option<Ident>,
    /// The family's doc text, from the spec; may be empty.
    pub description: String,
    /// The primary variant's name, whose endpoint functions take the operation's name alone.
    pub primary: Option<String>,
}

/// A path variant, as seen in endpoint function names.
#[derive(Clone, Debug)]
pub struct PathVariant {
    /// The family's name in the spec; `None` in the old form.
    pub family: Option<String>,
    /// The family's module, as [`FamilyItem::module`].
    pub module: Option<Ident>,
    /// The variant's name in the spec, e.g. `me-by-path`.
    pub wire: String,
    /// The suffix of endpoint function names, e.g. `me_by_path`.
    pub ident: Ident,
    /// The variant's doc text, from the spec.
    pub description: String,
}

/// An operation: its marker type with metadata, the request options it accepts, its body
/// struct and its endpoint functions.
#[derive(Clone, Debug)]
pub struct OperationItem {
    /// The family's name in the spec, e.g. `driveItem`; `None` in the old form.
    pub family: Option<String>,
    /// The family's module, e.g. `drive_item`, in `operations`, `endpoints` and `scopes`;
    /// `None` in the old form (the module root).
    pub module: Option<Ident>,
    /// The operation's wire name, e.g. `createLink`.
    pub wire: String,
    /// The marker type, e.g. `CreateLink`.
    pub marker: Ident,
    /// The trait of the typed scope checks, e.g. `AllowsCreateLink`.
    pub allows: Ident,
    /// The one-line summary, from the spec.
    pub summary: String,
    /// The longer doc text, from the spec.
    pub description: String,
    /// The HTTP method.
    pub method: Method,
    /// The operation's own path, after its variant's.
    pub path: PathTemplate,
    /// Which API versions have the operation.
    pub availability: Availability,
    /// One endpoint function per path variant the operation is reachable through.
    pub endpoints: Vec<EndpointFn>,
    /// What a successful response carries.
    pub shape: Shape,
    /// `Operation::Output`, as the `operations` module names it.
    pub output: RustType,
    /// The success statuses the spec documents, and what each means.
    pub statuses: Vec<Status>,
    /// In the order of `PermissionType::ALL`; ids of `Api::scopes`.
    pub scopes: [ScopeRow; 3],
    /// Query options and optional headers: a runtime marker trait each.
    pub options: Vec<RequestOption>,
    /// The request body struct, for operations that send one.
    pub body: Option<BodyStruct>,
}

/// A request option the operation accepts: the runtime trait that gives the request its
/// method (`rt::IfMatch` → `.if_match(…)`, `rt::Select` → `.select(…)`).
#[derive(Clone, Debug)]
pub struct RequestOption {
    /// The wire name: `$select`, `if-match`.
    pub wire: String,
    /// The option's doc text.
    pub description: String,
    /// The runtime's marker trait.
    pub runtime_trait: &'static str,
    /// The request method the trait gives.
    pub method: &'static str,
    /// The trait's associated type, when it has one: `Field` (the response resource's field
    /// enum) for `$select`, `$orderby` and `$expand`; `Value` for a header the caller gives a
    /// value (an enum of the spec, or `String`).
    pub field: Option<(&'static str, RustType)>,
    /// Whether the spec says every request must send it (a header).
    pub required: bool,
}

/// A request body struct of `operations`.
#[derive(Clone, Debug)]
pub struct BodyStruct {
    /// The struct's name, e.g. `CreateLinkBody`.
    pub ident: Ident,
    /// The body's doc text, from the spec.
    pub description: String,
    /// The resource the body is (`resource:`), by its spec name, when it is one.
    pub resource: Option<String>,
    /// The body's fields, in spec order.
    pub fields: Vec<Field>,
    /// As [`Struct::exhaustive`].
    pub exhaustive: bool,
    /// Whether it derives `Default`: when every required field's type has one.
    pub default: bool,
}

/// One function of `endpoints`: an operation through a path variant.
#[derive(Clone, Debug)]
pub struct EndpointFn {
    /// The function's name, e.g. `create_link_drive`.
    pub ident: Ident,
    /// The path variant's wire name.
    pub variant: String,
    /// The whole template: the variant's path, then the operation's.
    pub template: PathTemplate,
    /// The variant's path parameters, then the operation's.
    pub args: Vec<Arg>,
    /// The body argument's type, for operations that send one.
    pub body: Option<RustType>,
    /// The variant's path names the signed-in user: application permissions cannot call it.
    pub signed_in_user: bool,
}

/// A path parameter argument of an endpoint function.
#[derive(Clone, Debug)]
pub struct Arg {
    /// The parameter's name in the path template, e.g. `item-id`.
    pub wire: String,
    /// The argument's Rust name, e.g. `item_id`.
    pub ident: Ident,
    /// The parameter's doc text, from the spec.
    pub description: String,
    /// The argument's Rust type, e.g. `&str`.
    pub ty: RustType,
    /// How the value is encoded into the path.
    pub style: ParameterStyle,
    /// What the spec says the parameter takes.
    pub param_type: ParameterType,
}

impl Api {
    /// How many endpoint functions there are.
    pub fn endpoint_count(&self) -> usize {
        self.operations.iter().map(|o| o.endpoints.len()).sum()
    }
}

impl OperationItem {
    /// How messages name the operation: `driveItem.list`, or `list` in the old form.
    pub fn qualified_name(&self) -> String {
        match &self.family {
            Some(family) => format!("{family}.{}", self.wire),
            None => self.wire.clone(),
        }
    }

    /// How a user of the crate names an item of the operation in `module` (`operations`,
    /// `endpoints`, `scopes`): `endpoints::drive_item::list`, or `endpoints::list_drive` in
    /// the old form.
    pub fn item_path(&self, module: &str, ident: &Ident) -> String {
        match &self.module {
            Some(family) => format!("{module}::{family}::{ident}"),
            None => format!("{module}::{ident}"),
        }
    }
}
