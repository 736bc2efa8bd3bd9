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
    pub title: String,
    /// The API versions, the stable one first.
    pub versions: Vec<ApiVersion>,
    /// The variants of `scopes::Scope`, in spec order.
    pub scopes: Items<ScopeId, ScopeVariant>,
    /// The enums of `models`.
    pub enums: Vec<WireEnum>,
    /// The structs of `models`, one per resource.
    pub structs: Vec<Struct>,
    /// The path variants, as the endpoint function names end.
    pub variants: Vec<PathVariant>,
    /// The operations: marker types, bodies and endpoint functions.
    pub operations: Vec<OperationItem>,
}

/// A variant of `scopes::Scope`.
#[derive(Clone, Debug)]
pub struct ScopeVariant {
    pub wire: String,
    pub ident: Ident,
    pub description: String,
}

/// An enum that keeps the values it does not know.
#[derive(Clone, Debug)]
pub struct WireEnum {
    pub wire: String,
    pub ident: Ident,
    pub description: String,
    pub values: Vec<WireValue>,
}

/// A known value of a [`WireEnum`].
#[derive(Clone, Debug)]
pub struct WireValue {
    pub wire: String,
    pub ident: Ident,
    pub description: String,
    pub availability: Availability,
}

/// A model struct, made from a resource.
#[derive(Clone, Debug)]
pub struct Struct {
    pub wire: String,
    pub ident: Ident,
    pub description: String,
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
    pub wire: String,
    pub ident: Ident,
    /// The field's name in its struct's `$select` enum.
    pub select_variant: Ident,
    /// The field's type: `Option<…>` unless a required body field.
    pub ty: RustType,
    /// What the field holds when set (boxed when the struct would hold itself).
    pub value: RustType,
    pub description: String,
    pub read_only: bool,
    pub required: bool,
    pub deprecated: Option<Deprecated>,
    pub availability: Availability,
}

/// A deprecated field and the field to use instead.
#[derive(Clone, Debug)]
pub struct Deprecated {
    pub replacement: Ident,
    pub replacement_wire: String,
    pub note: Option<String>,
}

/// `FooKind` and `Foo::kind()`: which facet is present.
#[derive(Clone, Debug)]
pub struct KindEnum {
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
    pub wire: String,
    pub ident: Ident,
    pub description: String,
}

/// A path variant, as seen in endpoint function names.
#[derive(Clone, Debug)]
pub struct PathVariant {
    pub wire: String,
    pub ident: Ident,
    pub description: String,
}

/// An operation: its marker type with metadata, the request options it accepts, its body
/// struct and its endpoint functions.
#[derive(Clone, Debug)]
pub struct OperationItem {
    pub wire: String,
    /// The marker type, e.g. `CreateLink`.
    pub marker: Ident,
    /// The trait of the typed scope checks, e.g. `AllowsCreateLink`.
    pub allows: Ident,
    pub summary: String,
    pub description: String,
    pub method: Method,
    /// The operation's own path, after its variant's.
    pub path: PathTemplate,
    pub availability: Availability,
    pub endpoints: Vec<EndpointFn>,
    pub shape: Shape,
    /// `Operation::Output`, as the `operations` module names it.
    pub output: RustType,
    pub statuses: Vec<Status>,
    /// In the order of `PermissionType::ALL`; ids of `Api::scopes`.
    pub scopes: [ScopeRow; 3],
    /// Query options and optional headers: a runtime marker trait each.
    pub options: Vec<RequestOption>,
    pub body: Option<BodyStruct>,
}

/// A request option the operation accepts: the runtime trait that gives the request its
/// method (`rt::IfMatch` → `.if_match(…)`, `rt::Select` → `.select(…)`).
#[derive(Clone, Debug)]
pub struct RequestOption {
    /// The wire name: `$select`, `if-match`.
    pub wire: String,
    pub description: String,
    /// The runtime's marker trait.
    pub runtime_trait: &'static str,
    /// The request method the trait gives.
    pub method: &'static str,
    /// The trait's associated `Field` type, for `$select`.
    pub field: Option<RustType>,
}

/// A request body struct of `operations`.
#[derive(Clone, Debug)]
pub struct BodyStruct {
    pub ident: Ident,
    pub description: String,
    pub fields: Vec<Field>,
    /// As [`Struct::exhaustive`].
    pub exhaustive: bool,
    /// Whether it derives `Default`: when every required field's type has one.
    pub default: bool,
}

/// One function of `endpoints`: an operation through a path variant.
#[derive(Clone, Debug)]
pub struct EndpointFn {
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
    pub wire: String,
    pub ident: Ident,
    pub description: String,
    pub ty: RustType,
    pub style: ParameterStyle,
    pub param_type: ParameterType,
}

impl Api {
    /// How many endpoint functions there are.
    pub fn endpoint_count(&self) -> usize {
        self.operations.iter().map(|o| o.endpoints.len()).sum()
    }
}
