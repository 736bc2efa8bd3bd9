// Generated from spec/permissions.yaml by graph-permissions-codegen. Do not edit: change the spec
// and run `cargo run -p graph-permissions-codegen -- generate`.

//! The permission scopes of Microsoft Graph sharing permissions, typed, and every operation's metadata in one list.

use ::graph_permissions::rt as rt;

/// A Microsoft Graph permission scope.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Scope {
    /// `Files.Read`: Read the signed-in user's files.
    FilesRead,
    /// `Files.ReadWrite`: Have full access to the signed-in user's files.
    FilesReadWrite,
    /// `Files.Read.All`: Read all files the user (or app) can access.
    FilesReadAll,
    /// `Files.ReadWrite.All`: Have full access to all files the user (or app) can access.
    FilesReadWriteAll,
    /// `Sites.Read.All`: Read items in all site collections.
    SitesReadAll,
    /// `Sites.ReadWrite.All`: Edit or delete items in all site collections.
    SitesReadWriteAll,
    /// A scope this spec does not know, kept as written.
    Unknown(rt::String),
}

impl Scope {
    /// The scope as Graph spells it, e.g. `Files.Read`.
    pub fn as_str(&self) -> &str {
        match self {
            Self::FilesRead => "Files.Read",
            Self::FilesReadWrite => "Files.ReadWrite",
            Self::FilesReadAll => "Files.Read.All",
            Self::FilesReadWriteAll => "Files.ReadWrite.All",
            Self::SitesReadAll => "Sites.Read.All",
            Self::SitesReadWriteAll => "Sites.ReadWrite.All",
            Self::Unknown(value) => value,
        }
    }
}

impl rt::WireEnum for Scope {
    fn from_wire(value: &str) -> Self {
        match value {
            "Files.Read" => Self::FilesRead,
            "Files.ReadWrite" => Self::FilesReadWrite,
            "Files.Read.All" => Self::FilesReadAll,
            "Files.ReadWrite.All" => Self::FilesReadWriteAll,
            "Sites.Read.All" => Self::SitesReadAll,
            "Sites.ReadWrite.All" => Self::SitesReadWriteAll,
            _ => Self::Unknown(rt::String::from(value)),
        }
    }
}

impl rt::fmt::Display for Scope {
    fn fmt(&self, f: &mut rt::fmt::Formatter<'_>) -> rt::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Every operation of the spec, in spec order.
pub const OPERATIONS: &[&rt::OperationMeta] = &[
    <super::operations::List as rt::Operation>::META,
    <super::operations::Get as rt::Operation>::META,
    <super::operations::Update as rt::Operation>::META,
    <super::operations::Delete as rt::Operation>::META,
    <super::operations::CreateLink as rt::Operation>::META,
    <super::operations::Invite as rt::Operation>::META,
    <super::operations::Grant as rt::Operation>::META,
    <super::operations::RevokeGrants as rt::Operation>::META,
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
