//! Request values: what one call to an endpoint function describes, before any I/O.

use std::fmt;
use std::marker::PhantomData;

use super::path::PathError;
use super::scope::ScopeTable;

/// The HTTP methods the API uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Method {
    /// `GET`
    Get,
    /// `POST`
    Post,
    /// `PUT`
    Put,
    /// `PATCH`
    Patch,
    /// `DELETE`
    Delete,
}

impl Method {
    /// The method as HTTP spells it.
    pub const fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Post => "POST",
            Method::Put => "PUT",
            Method::Patch => "PATCH",
            Method::Delete => "DELETE",
        }
    }
}

impl fmt::Display for Method {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A Microsoft Graph API version: the first path segment after the host.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ApiVersion {
    /// `v1.0`: the stable API.
    V1_0,
    /// `beta`: previews, subject to change.
    Beta,
}

impl ApiVersion {
    /// The path segment, `v1.0` or `beta`.
    pub const fn as_str(self) -> &'static str {
        match self {
            ApiVersion::V1_0 => "v1.0",
            ApiVersion::Beta => "beta",
        }
    }
}

impl fmt::Display for ApiVersion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What a successful response carries.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ResponseShape {
    /// One resource.
    Single,
    /// A collection of resources under `value`.
    Collection,
    /// No body.
    None,
}

/// A status Graph answers on success, and the API versions that answer it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SuccessStatus {
    /// The HTTP status, e.g. 201.
    pub code: u16,
    /// The API versions that answer it.
    pub versions: &'static [ApiVersion],
}

/// One path variant of an operation: the variant's name and the whole path template.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Endpoint {
    /// The variant's name in the spec, e.g. `drive`.
    pub variant: &'static str,
    /// The path template, e.g. `/drives/{drive-id}/items/{item-id}/permissions`.
    pub template: &'static str,
    /// The path names the signed-in user (`/me`): an application token has none, so
    /// application permissions cannot call it.
    pub signed_in_user: bool,
}

impl Endpoint {
    /// Whether a token of `permission_type` can reach the operation through this endpoint.
    pub fn allows(&self, permission_type: super::PermissionType) -> bool {
        !(self.signed_in_user && permission_type == super::PermissionType::Application)
    }
}

/// Everything the spec says about an operation that a caller may want at run time.
#[derive(Clone, Copy, Debug)]
pub struct OperationMeta {
    /// The operation's name in the spec, e.g. `createLink`: unique within its family.
    pub name: &'static str,
    /// The operation's family in the spec, e.g. `driveItem`; `None` for a spec in the old
    /// form (top-level `operations:`, no families).
    pub family: Option<&'static str>,
    /// How messages name the operation: `driveItem.createLink` with a family, the name alone
    /// without.
    pub qualified_name: &'static str,
    /// The spec's one-line summary.
    pub summary: &'static str,
    /// The HTTP method.
    pub method: Method,
    /// The API versions the operation is published in.
    pub versions: &'static [ApiVersion],
    /// Every path variant it is reached through.
    pub endpoints: &'static [Endpoint],
    /// What a success response's body holds.
    pub response: ResponseShape,
    /// The success statuses the documentation lists.
    pub statuses: &'static [SuccessStatus],
    /// The scopes that allow the call, per permission type.
    pub scopes: ScopeTable,
}

impl OperationMeta {
    /// The endpoint through the path variant named `variant` in the spec, e.g. `me`.
    pub fn through(&self, variant: &str) -> Option<&'static Endpoint> {
        self.endpoints.iter().find(|e| e.variant == variant)
    }

    /// The version a request goes to unless the caller says otherwise: v1.0 when published there.
    pub fn default_version(&self) -> ApiVersion {
        if self.versions.contains(&ApiVersion::V1_0) {
            ApiVersion::V1_0
        } else {
            ApiVersion::Beta
        }
    }
}

/// An operation of the API, as a type: what its request carries and its response decodes to.
pub trait Operation {
    /// The JSON body the request sends; `()` for none.
    type Body;
    /// What a successful response decodes to; `()` for no content.
    type Output;
    /// What the spec says about the operation.
    const META: &'static OperationMeta;
}

/// Operations that take `$select`, and the properties it picks from.
pub trait Select: Operation {
    /// The resource's property names.
    type Field: FieldName;
}

/// A property name of a resource, for `$select`, `$orderby` and `$expand`.
pub trait FieldName: Copy {
    /// The name as Graph spells it, e.g. `grantedToV2`.
    fn as_str(self) -> &'static str;
}

/// Operations that take `$filter`.
pub trait Filter: Operation {}

/// Operations that take `$count`: a collection response then carries its total count
/// ([`Page::count`](super::Page::count)).
pub trait Count: Operation {}

/// Operations that take `$top`.
pub trait Top: Operation {}

/// Operations that take `$skip`.
pub trait Skip: Operation {}

/// Operations that take `$search`.
pub trait Search: Operation {}

/// Operations that take `$orderby`, and the properties it orders by.
pub trait OrderBy: Operation {
    /// The resource's property names.
    type Field: FieldName;
}

/// Operations that take `$expand`, and the properties it expands.
pub trait Expand: Operation {
    /// The resource's property names.
    type Field: FieldName;
}

/// The direction of one `$orderby` key.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Order {
    /// Smallest first (`asc`).
    Ascending,
    /// Largest first (`desc`).
    Descending,
}

impl Order {
    /// The direction as OData spells it.
    pub const fn as_str(self) -> &'static str {
        match self {
            Order::Ascending => "asc",
            Order::Descending => "desc",
        }
    }
}

/// Operations that take a `Prefer` header, and what its value is: an enum of the spec (its
/// values as Graph spells them) or any text (`String`).
pub trait Prefer: Operation {
    /// The header's value.
    type Value: fmt::Display;
}

/// Operations that take a `ConsistencyLevel` header (e.g. `eventual`, which `$count` and
/// `$search` need on some collections), and what its value is.
pub trait ConsistencyLevel: Operation {
    /// The header's value.
    type Value: fmt::Display;
}

/// Operations that take an `if-match` header (Graph answers 412 when the etag differs).
pub trait IfMatch: Operation {}

/// Operations that take an `if-none-match` header (Graph answers 304 when the etag matches).
pub trait IfNoneMatch: Operation {}

/// Who can call a request's path, as a type: [`AnyCaller`] or [`SignedInUser`].
///
/// A typed client (`rt::typed::Scoped`, feature `typed-scopes`) uses it to refuse, at compile
/// time, a `/me` request on a client with application permissions. Sealed: the two markers are
/// the only kinds.
pub trait Caller: sealed::Sealed {}

/// The path names no signed-in user (`/drives/…`, `/sites/…`, …): every permission type can
/// call it. The default caller of a [`Request`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct AnyCaller;

/// The path names the signed-in user (`/me/…`): an application token has none, so only
/// delegated permissions can call it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct SignedInUser;

impl Caller for AnyCaller {}
impl Caller for SignedInUser {}

mod sealed {
    pub trait Sealed {}
    impl Sealed for super::AnyCaller {}
    impl Sealed for super::SignedInUser {}
}

/// One call to an operation through one path variant, ready to send: no I/O has happened.
///
/// `C` says who can call the path: endpoint functions of `/me` variants return
/// `Request<O, SignedInUser>`, all others `Request<O>` (= `Request<O, AnyCaller>`). To keep
/// requests of both kinds in one collection, convert the others with `.into()`: any request may
/// be treated as one that needs a signed-in user.
pub struct Request<O: Operation, C: Caller = AnyCaller> {
    endpoint: &'static Endpoint,
    path: String,
    path_error: Option<PathError>,
    query: Vec<(&'static str, String)>,
    headers: Vec<(&'static str, String)>,
    body: O::Body,
    operation: PhantomData<fn() -> (O, C)>,
}

impl<O: Operation, C: Caller> Request<O, C> {
    /// Used by generated endpoint functions.
    #[doc(hidden)]
    pub fn new(
        endpoint: &'static Endpoint,
        (path, path_error): (String, Option<PathError>),
        body: O::Body,
    ) -> Self {
        Self {
            endpoint,
            path,
            path_error,
            query: Vec::new(),
            headers: Vec::new(),
            body,
            operation: PhantomData,
        }
    }

    /// The same request with another operation or caller type; nothing else changes.
    fn retype<P: Operation<Body = O::Body>, D: Caller>(self) -> Request<P, D> {
        Request {
            endpoint: self.endpoint,
            path: self.path,
            path_error: self.path_error,
            query: self.query,
            headers: self.headers,
            body: self.body,
            operation: PhantomData,
        }
    }

    /// What the spec says about the request's operation.
    pub fn operation(&self) -> &'static OperationMeta {
        O::META
    }

    /// The HTTP method.
    pub fn method(&self) -> Method {
        O::META.method
    }

    /// The path variant and its template, e.g. `drive` and `/drives/{drive-id}/items/{item-id}/permissions`.
    pub fn endpoint(&self) -> &'static Endpoint {
        self.endpoint
    }

    /// The path with every parameter percent-encoded, without host or version.
    pub fn path(&self) -> &str {
        &self.path
    }

    /// A path parameter that cannot be sent; a request that has one is refused before sending.
    pub fn path_error(&self) -> Option<&PathError> {
        self.path_error.as_ref()
    }

    /// Query options, unencoded.
    pub fn query(&self) -> &[(&'static str, String)] {
        &self.query
    }

    /// Headers the caller asked for (the client adds `Authorization` and `Content-Type`).
    pub fn headers(&self) -> &[(&'static str, String)] {
        &self.headers
    }

    /// The body, before it is encoded as JSON.
    pub fn body(&self) -> &O::Body {
        &self.body
    }

    fn set_header(mut self, name: &'static str, value: &str) -> Self {
        self.headers.retain(|(n, _)| *n != name);
        self.headers.push((name, value.to_owned()));
        self
    }
}

impl<O: Select, C: Caller> Request<O, C> {
    /// Asks for only these properties (`$select`). Graph still returns `id`.
    pub fn select(self, fields: &[O::Field]) -> Self {
        self.set_query("$select", field_list(fields))
    }
}

impl<O: Operation, C: Caller> Request<O, C> {
    /// Sets query option `name` to `value`, replacing an earlier one (the client
    /// percent-encodes it).
    fn set_query(mut self, name: &'static str, value: String) -> Self {
        self.query.retain(|(n, _)| *n != name);
        self.query.push((name, value));
        self
    }
}

/// Property names as OData lists them: `a,b`.
fn field_list<F: FieldName>(fields: &[F]) -> String {
    fields
        .iter()
        .map(|f| f.as_str())
        .collect::<Vec<_>>()
        .join(",")
}

impl<O: Filter, C: Caller> Request<O, C> {
    /// Sends only the items that match an OData filter expression (`$filter`), e.g.
    /// `roles/any(r:r eq 'write')`.
    pub fn filter(self, expression: impl Into<String>) -> Self {
        self.set_query("$filter", expression.into())
    }
}

impl<O: Count, C: Caller> Request<O, C> {
    /// Asks for the total number of items (`$count=true`), read with
    /// [`Page::count`](super::Page::count).
    pub fn count(self, count: bool) -> Self {
        self.set_query("$count", count.to_string())
    }
}

impl<O: Top, C: Caller> Request<O, C> {
    /// At most `n` items per page (`$top`).
    pub fn top(self, n: u32) -> Self {
        self.set_query("$top", n.to_string())
    }
}

impl<O: Skip, C: Caller> Request<O, C> {
    /// Skips the first `n` items (`$skip`).
    pub fn skip(self, n: u32) -> Self {
        self.set_query("$skip", n.to_string())
    }
}

impl<O: Search, C: Caller> Request<O, C> {
    /// Sends only the items that match search terms (`$search`), as Graph takes them (e.g.
    /// `"displayName:Ryan"`, with the quotes).
    pub fn search(self, terms: impl Into<String>) -> Self {
        self.set_query("$search", terms.into())
    }
}

impl<O: OrderBy, C: Caller> Request<O, C> {
    /// Orders the items by these properties, the first one first (`$orderby`).
    pub fn order_by(self, keys: &[(O::Field, Order)]) -> Self {
        let value = keys
            .iter()
            .map(|(field, order)| format!("{} {}", field.as_str(), order.as_str()))
            .collect::<Vec<_>>()
            .join(",");
        self.set_query("$orderby", value)
    }
}

impl<O: Expand, C: Caller> Request<O, C> {
    /// Sends these related resources inline (`$expand`).
    pub fn expand(self, fields: &[O::Field]) -> Self {
        self.set_query("$expand", field_list(fields))
    }
}

impl<O: Prefer, C: Caller> Request<O, C> {
    /// Sends `Prefer: value`. A value with CR or LF is refused before sending.
    pub fn prefer(self, value: impl Into<O::Value>) -> Self {
        self.set_header("prefer", &value.into().to_string())
    }
}

impl<O: ConsistencyLevel, C: Caller> Request<O, C> {
    /// Sends `ConsistencyLevel: value`. A value with CR or LF is refused before sending.
    pub fn consistency_level(self, value: impl Into<O::Value>) -> Self {
        self.set_header("consistencylevel", &value.into().to_string())
    }
}

impl<O: IfMatch, C: Caller> Request<O, C> {
    /// Sends `if-match`: the call happens only if the item's etag (or ctag) still is `etag`;
    /// otherwise Graph answers 412 Precondition Failed.
    pub fn if_match(self, etag: &str) -> Self {
        self.set_header("if-match", etag)
    }
}

impl<O: IfNoneMatch, C: Caller> Request<O, C> {
    /// Sends `if-none-match`: when the item's etag still is `etag`, Graph answers
    /// 304 Not Modified instead of the body, and the result is [`Modified::NotModified`].
    pub fn if_none_match(self, etag: &str) -> Request<IfNoneMatched<O>, C> {
        self.set_header("if-none-match", etag).retype()
    }
}

impl<O: Operation> From<Request<O, AnyCaller>> for Request<O, SignedInUser> {
    /// Treats a request that any caller can send as one that needs a signed-in user, so that
    /// it can share a collection with `/me` requests. A typed client with application
    /// permissions then refuses it too; the untyped client sends both alike.
    fn from(request: Request<O, AnyCaller>) -> Self {
        request.retype()
    }
}

/// An operation sent with `if-none-match`: its result may be "not modified".
pub struct IfNoneMatched<O>(PhantomData<O>);

impl<O: Operation> Operation for IfNoneMatched<O> {
    type Body = O::Body;
    type Output = Modified<O::Output>;
    const META: &'static OperationMeta = O::META;
}

impl<O: Select> Select for IfNoneMatched<O> {
    type Field = O::Field;
}

impl<O: Filter> Filter for IfNoneMatched<O> {}
impl<O: Count> Count for IfNoneMatched<O> {}
impl<O: Top> Top for IfNoneMatched<O> {}
impl<O: Skip> Skip for IfNoneMatched<O> {}
impl<O: Search> Search for IfNoneMatched<O> {}

impl<O: OrderBy> OrderBy for IfNoneMatched<O> {
    type Field = O::Field;
}

impl<O: Expand> Expand for IfNoneMatched<O> {
    type Field = O::Field;
}

impl<O: Prefer> Prefer for IfNoneMatched<O> {
    type Value = O::Value;
}

impl<O: ConsistencyLevel> ConsistencyLevel for IfNoneMatched<O> {
    type Value = O::Value;
}

/// The result of a request sent with `if-none-match`.
#[derive(Clone, Debug, PartialEq)]
pub enum Modified<T> {
    /// The item changed (or the etag was not current): here it is.
    Modified(T),
    /// 304 Not Modified: the caller's copy is current.
    NotModified,
}

impl<T> Modified<T> {
    /// The new value, or `None` when nothing changed.
    pub fn into_modified(self) -> Option<T> {
        match self {
            Modified::Modified(value) => Some(value),
            Modified::NotModified => None,
        }
    }
}

/// How a success response's body becomes an operation's output.
pub trait Decode: Sized {
    /// Whether 304 Not Modified is a result rather than an error.
    const ACCEPTS_NOT_MODIFIED: bool = false;
    /// The output for a success status and its body.
    fn decode(status: u16, body: &[u8]) -> Result<Self, serde_json::Error>;
}

impl<T: serde::de::DeserializeOwned> Decode for T {
    fn decode(_status: u16, body: &[u8]) -> Result<Self, serde_json::Error> {
        // An empty body (204 No Content) reads as `null`, which is `()`.
        let body = if body.iter().all(u8::is_ascii_whitespace) {
            b"null"
        } else {
            body
        };
        serde_json::from_slice(body)
    }
}

impl<T: Decode> Decode for Modified<T> {
    const ACCEPTS_NOT_MODIFIED: bool = true;
    fn decode(status: u16, body: &[u8]) -> Result<Self, serde_json::Error> {
        if status == 304 {
            Ok(Modified::NotModified)
        } else {
            T::decode(status, body).map(Modified::Modified)
        }
    }
}

impl<O: Operation, C: Caller> fmt::Debug for Request<O, C>
where
    O::Body: fmt::Debug,
{
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Request")
            .field("operation", &O::META.qualified_name)
            .field("method", &O::META.method)
            .field("path", &self.path)
            .field("query", &self.query)
            .field("headers", &self.headers)
            .field("body", &self.body)
            .finish()
    }
}

impl<O: Operation, C: Caller> Clone for Request<O, C>
where
    O::Body: Clone,
{
    fn clone(&self) -> Self {
        Self {
            endpoint: self.endpoint,
            path: self.path.clone(),
            path_error: self.path_error.clone(),
            query: self.query.clone(),
            headers: self.headers.clone(),
            body: self.body.clone(),
            operation: PhantomData,
        }
    }
}
