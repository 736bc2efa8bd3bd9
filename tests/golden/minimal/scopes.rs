// Generated from tests/fixtures/specs/minimal.yaml by graph-permissions-codegen. Do not edit: change the spec
// and run `cargo run -p graph-permissions-codegen -- generate`.

//! The permission scopes of Minimal fixture, typed, and every operation's metadata in one list.

use ::graph_permissions::rt as rt;

/// A Microsoft Graph permission scope.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Scope {
    /// `Files.Read`: Read the signed-in user's files.
    FilesRead,
    /// A scope this spec does not know, kept as written.
    Unknown(rt::String),
}

impl Scope {
    /// The scope as Graph spells it, e.g. `Files.Read`.
    pub fn as_str(&self) -> &str {
        match self {
            Self::FilesRead => "Files.Read",
            Self::Unknown(value) => value,
        }
    }
}

impl rt::WireEnum for Scope {
    fn from_wire(value: &str) -> Self {
        match value {
            "Files.Read" => Self::FilesRead,
            _ => Self::Unknown(rt::String::from(value)),
        }
    }
}

impl rt::fmt::Display for Scope {
    fn fmt(&self, f: &mut rt::fmt::Formatter<'_>) -> rt::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Every scope of the spec as Graph spells it, least privileged first: the order in
/// which [`minimal`] prefers them.
pub const BY_PRIVILEGE: &[&str] = &["Files.Read"];

/// The smallest set of least-privileged scopes that allows every one of `operations`
/// with `permission_type`, and which operation needs which scope.
pub fn minimal(
    operations: &[&rt::OperationMeta],
    permission_type: rt::PermissionType,
) -> rt::Result<rt::ScopePlan, rt::NotSupported> {
    rt::minimal_scopes(operations, permission_type, BY_PRIVILEGE)
}

/// [`minimal`] for operations called through given endpoints (e.g.
/// `List::META.through("me")`): an endpoint `permission_type` cannot reach is refused
/// too, such as a path that names the signed-in user with application permissions.
pub fn minimal_through(
    uses: &[(&rt::OperationMeta, &rt::Endpoint)],
    permission_type: rt::PermissionType,
) -> rt::Result<rt::ScopePlan, rt::NotSupported> {
    rt::minimal_scopes_through(uses, permission_type, BY_PRIVILEGE)
}

/// Every operation of the spec, in spec order.
pub const OPERATIONS: &[&rt::OperationMeta] = &[
    <super::operations::List as rt::Operation>::META,
];

/// The scopes that allow `operation` with `permission_type`, least privileged first;
/// `None` when that permission type cannot call it.
pub fn scopes(
    operation: &rt::OperationMeta,
    permission_type: rt::PermissionType,
) -> rt::Option<rt::Vec<Scope>> {
    operation
        .scopes
        .get(permission_type)
        .map(|scopes| {
            scopes.iter().map(|s| <Scope as rt::WireEnum>::from_wire(s)).collect()
        })
}

/// The least privileged scope that allows `operation` with `permission_type`; `None`
/// when that permission type cannot call it.
pub fn least_privileged(
    operation: &rt::OperationMeta,
    permission_type: rt::PermissionType,
) -> rt::Option<Scope> {
    operation
        .scopes
        .least_privileged(permission_type)
        .map(<Scope as rt::WireEnum>::from_wire)
}
