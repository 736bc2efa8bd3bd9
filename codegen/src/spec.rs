//! The spec as written: what `load` reads from YAML, before any name is resolved.
//!
//! Every name and reference keeps the place it was written, so that `validate` can say where a
//! mistake is. Maps are `Vec`s of pairs: the spec's order is the generated code's order.

use crate::error::Span;

/// A value and the place in the spec file where it was written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Spanned<T> {
    pub value: T,
    pub span: Span,
}

/// A name as written in the spec (a key or a reference).
pub type Name = Spanned<String>;

/// The ordered pairs of a YAML mapping whose keys are names.
pub type Entries<T> = Vec<(Name, T)>;

#[derive(Clone, Debug)]
pub struct Spec {
    pub info: Info,
    /// The docs pages the spec was imported from (`api/permission-get.md`) and the versions
    /// each was read in: what `codegen import --docs` reads again. Optional.
    pub sources: Entries<Vec<Name>>,
    pub scopes: Entries<String>,
    /// Where `scopes:` is written: the generated `Scope` enum comes from there.
    pub scopes_span: Span,
    pub enums: Entries<EnumSpec>,
    pub resources: Entries<ResourceSpec>,
    pub variants: Entries<VariantSpec>,
    pub operations: Entries<OperationSpec>,
}

#[derive(Clone, Debug)]
pub struct Info {
    pub title: String,
    pub description: String,
    pub versions: Vec<Name>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct EnumSpec {
    pub description: String,
    pub values: Entries<EnumValueSpec>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct EnumValueSpec {
    pub description: String,
    pub versions: Option<Vec<Name>>,
}

#[derive(Clone, Debug)]
pub struct ResourceSpec {
    pub description: String,
    pub extends: Option<Name>,
    pub one_of: Vec<Name>,
    pub properties: Entries<PropertySpec>,
    pub facets: Vec<FacetSpec>,
    pub span: Span,
}

/// A resource property or a request body field.
#[derive(Clone, Debug)]
pub struct PropertySpec {
    pub ty: Name,
    pub description: String,
    pub read_only: bool,
    pub required: bool,
    pub deprecated: Option<DeprecationSpec>,
    pub versions: Option<Vec<Name>>,
}

#[derive(Clone, Debug)]
pub struct DeprecationSpec {
    pub replacement: Name,
    pub note: Option<String>,
}

#[derive(Clone, Debug)]
pub struct FacetSpec {
    pub property: Name,
    pub kind: Name,
    pub description: String,
}

#[derive(Clone, Debug)]
pub struct VariantSpec {
    pub description: String,
    pub path: Name,
    pub parameters: Entries<ParameterSpec>,
    /// The path names the signed-in user (`/me`): an app-only token has none.
    pub signed_in_user: bool,
}

#[derive(Clone, Debug)]
pub struct ParameterSpec {
    pub description: String,
    pub style: Option<Name>,
    pub ty: Option<Name>,
}

#[derive(Clone, Debug)]
pub struct OperationSpec {
    pub summary: String,
    pub description: String,
    pub method: Name,
    pub path: Name,
    pub parameters: Entries<ParameterSpec>,
    pub variants: Spanned<Vec<Name>>,
    pub versions: Option<Vec<Name>>,
    pub headers: Entries<HeaderSpec>,
    pub query: Entries<String>,
    pub body: Option<BodySpec>,
    pub response: ResponseSpec,
    pub scopes: Spanned<Entries<ScopeListSpec>>,
}

#[derive(Clone, Debug)]
pub struct HeaderSpec {
    pub required: bool,
    pub description: String,
    pub status: Option<Spanned<u16>>,
}

#[derive(Clone, Debug)]
pub struct BodySpec {
    pub description: String,
    pub fields: Entries<PropertySpec>,
}

#[derive(Clone, Debug)]
pub struct ResponseSpec {
    pub ty: Option<Name>,
    pub shape: Name,
    pub statuses: Vec<(Spanned<u16>, StatusSpec)>,
    pub statuses_span: Span,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct StatusSpec {
    pub description: String,
    pub versions: Option<Vec<Name>>,
}

/// One row of an operation's permission table.
#[derive(Clone, Debug)]
pub enum ScopeListSpec {
    NotSupported,
    /// Least privileged first.
    Scopes(Vec<Name>),
}
