// Generated from tests/fixtures/specs/everything.yaml by graph-permissions-codegen. Do not edit: change the spec
// and run `cargo run -p graph-permissions-codegen -- generate`.

//! The permission scopes of Everything fixture, typed, and every operation's metadata in one list.

use ::graph_permissions::rt as rt;

/// A Microsoft Graph permission scope.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Scope {
    /// `Files.Read`: Read the signed-in user's files.
    FilesRead,
    /// `Files.ReadWrite.All`: Have full access to all files the user (or app) can access.
    FilesReadWriteAll,
    /// `Sites.Manage.All`: Create, edit and delete items and lists in all site collections.
    SitesManageAll,
    /// `Sites.Selected`
    SitesSelected,
    /// A scope this spec does not know, kept as written.
    Unknown(rt::String),
}

impl Scope {
    /// The scope as Graph spells it, e.g. `Files.Read`.
    pub fn as_str(&self) -> &str {
        match self {
            Self::FilesRead => "Files.Read",
            Self::FilesReadWriteAll => "Files.ReadWrite.All",
            Self::SitesManageAll => "Sites.Manage.All",
            Self::SitesSelected => "Sites.Selected",
            Self::Unknown(value) => value,
        }
    }
}

impl rt::WireEnum for Scope {
    fn from_wire(value: &str) -> Self {
        match value {
            "Files.Read" => Self::FilesRead,
            "Files.ReadWrite.All" => Self::FilesReadWriteAll,
            "Sites.Manage.All" => Self::SitesManageAll,
            "Sites.Selected" => Self::SitesSelected,
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
pub const BY_PRIVILEGE: &[&str] = &[
    "Files.Read",
    "Files.ReadWrite.All",
    "Sites.Manage.All",
    "Sites.Selected",
];

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
    <super::operations::document::List as rt::Operation>::META,
    <super::operations::document::Get as rt::Operation>::META,
    <super::operations::document::Update as rt::Operation>::META,
    <super::operations::document::Delete as rt::Operation>::META,
    #[cfg(feature = "beta")]
    <super::operations::document::Archive as rt::Operation>::META,
    <super::operations::document::Create as rt::Operation>::META,
    <super::operations::share::Get as rt::Operation>::META,
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

/// The scopes granted to an application, as a type: one `bool` per scope, in [`BY_PRIVILEGE`] order. Write it with [`granted!`](crate::granted).
#[cfg(feature = "typed-scopes")]
pub struct Granted<
    const FILES_READ: bool,
    const FILES_READ_WRITE_ALL: bool,
    const SITES_MANAGE_ALL: bool,
    const SITES_SELECTED: bool,
>;

#[cfg(feature = "typed-scopes")]
#[doc(hidden)]
#[allow(non_upper_case_globals)]
pub mod __bits {
    pub const FilesRead: u64 = 1;
    pub const FilesReadWriteAll: u64 = 2;
    pub const SitesManageAll: u64 = 4;
    pub const SitesSelected: u64 = 8;
}

/// The [`Granted`](crate::scopes::Granted) type of a list of scopes, e.g. `granted![FilesRead, FilesReadWrite]`.
#[cfg(feature = "typed-scopes")]
#[macro_export]
macro_rules! granted {
    ($($scope:ident),* $(,)?) => {
        $crate::scopes::Granted < { (0 $(| $crate::scopes::__bits:: $scope)*) & 1 != 0 },
        { (0 $(| $crate::scopes::__bits:: $scope)*) & 2 != 0 }, { (0 $(|
        $crate::scopes::__bits:: $scope)*) & 4 != 0 }, { (0 $(| $crate::scopes::__bits::
        $scope)*) & 8 != 0 } >
    };
}

#[cfg(feature = "typed-scopes")]
pub mod document {
    //! The compile-time scope checks of family `document`: per operation, the granted scopes that allow it.

    #[allow(unused_imports)]
    use super::rt;

    /// The granted scopes that allow [`List`](super::super::operations::document::List), per permission type.
    #[cfg(feature = "typed-scopes")]
    #[diagnostic::on_unimplemented(
        message = "the scopes granted to this client do not allow `document.list` with `{P}` permissions",
        label = "`document.list` needs a scope this client was not granted",
        note = "to call `document.list`: Delegated (work or school account): grant Files.Read (least privileged) or one of Files.ReadWrite.All; Delegated (personal Microsoft account): grant Files.Read; Application: grant Files.ReadWrite.All"
    )]
    pub trait AllowsList<P> {}

    #[cfg(feature = "typed-scopes")]
    impl<P, S: AllowsList<P>> rt::typed::PermittedBy<P, S>
    for super::super::operations::document::List {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B1: bool,
        const B2: bool,
        const B3: bool,
    > AllowsList<rt::typed::DelegatedWork> for super::Granted<true, B1, B2, B3> {}

    #[cfg(feature = "typed-scopes")]
    impl<const B2: bool, const B3: bool> AllowsList<rt::typed::DelegatedWork>
    for super::Granted<false, true, B2, B3> {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B1: bool,
        const B2: bool,
        const B3: bool,
    > AllowsList<rt::typed::DelegatedPersonal> for super::Granted<true, B1, B2, B3> {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B0: bool,
        const B2: bool,
        const B3: bool,
    > AllowsList<rt::typed::Application> for super::Granted<B0, true, B2, B3> {}

    /// The granted scopes that allow [`Get`](super::super::operations::document::Get), per permission type.
    #[cfg(feature = "typed-scopes")]
    #[diagnostic::on_unimplemented(
        message = "the scopes granted to this client do not allow `document.get` with `{P}` permissions",
        label = "`document.get` needs a scope this client was not granted",
        note = "to call `document.get`: Delegated (work or school account): grant Files.Read; Delegated (personal Microsoft account): grant Files.Read; Application: grant Files.ReadWrite.All"
    )]
    pub trait AllowsGet<P> {}

    #[cfg(feature = "typed-scopes")]
    impl<P, S: AllowsGet<P>> rt::typed::PermittedBy<P, S>
    for super::super::operations::document::Get {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B1: bool,
        const B2: bool,
        const B3: bool,
    > AllowsGet<rt::typed::DelegatedWork> for super::Granted<true, B1, B2, B3> {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B1: bool,
        const B2: bool,
        const B3: bool,
    > AllowsGet<rt::typed::DelegatedPersonal> for super::Granted<true, B1, B2, B3> {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B0: bool,
        const B2: bool,
        const B3: bool,
    > AllowsGet<rt::typed::Application> for super::Granted<B0, true, B2, B3> {}

    /// The granted scopes that allow [`Update`](super::super::operations::document::Update), per permission type.
    #[cfg(feature = "typed-scopes")]
    #[diagnostic::on_unimplemented(
        message = "the scopes granted to this client do not allow `document.update` with `{P}` permissions",
        label = "`document.update` needs a scope this client was not granted",
        note = "to call `document.update`: Delegated (work or school account): grant Files.ReadWrite.All (least privileged) or one of Sites.Manage.All; Delegated (personal Microsoft account): not supported at all; Application: grant Sites.Manage.All"
    )]
    pub trait AllowsUpdate<P> {}

    #[cfg(feature = "typed-scopes")]
    impl<P, S: AllowsUpdate<P>> rt::typed::PermittedBy<P, S>
    for super::super::operations::document::Update {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B0: bool,
        const B2: bool,
        const B3: bool,
    > AllowsUpdate<rt::typed::DelegatedWork> for super::Granted<B0, true, B2, B3> {}

    #[cfg(feature = "typed-scopes")]
    impl<const B0: bool, const B3: bool> AllowsUpdate<rt::typed::DelegatedWork>
    for super::Granted<B0, false, true, B3> {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B0: bool,
        const B1: bool,
        const B3: bool,
    > AllowsUpdate<rt::typed::Application> for super::Granted<B0, B1, true, B3> {}

    /// The granted scopes that allow [`Delete`](super::super::operations::document::Delete), per permission type.
    #[cfg(feature = "typed-scopes")]
    #[diagnostic::on_unimplemented(
        message = "the scopes granted to this client do not allow `document.delete` with `{P}` permissions",
        label = "`document.delete` needs a scope this client was not granted",
        note = "to call `document.delete`: Delegated (work or school account): grant Files.ReadWrite.All; Delegated (personal Microsoft account): grant Files.ReadWrite.All; Application: grant Files.ReadWrite.All"
    )]
    pub trait AllowsDelete<P> {}

    #[cfg(feature = "typed-scopes")]
    impl<P, S: AllowsDelete<P>> rt::typed::PermittedBy<P, S>
    for super::super::operations::document::Delete {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B0: bool,
        const B2: bool,
        const B3: bool,
    > AllowsDelete<rt::typed::DelegatedWork> for super::Granted<B0, true, B2, B3> {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B0: bool,
        const B2: bool,
        const B3: bool,
    > AllowsDelete<rt::typed::DelegatedPersonal> for super::Granted<B0, true, B2, B3> {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B0: bool,
        const B2: bool,
        const B3: bool,
    > AllowsDelete<rt::typed::Application> for super::Granted<B0, true, B2, B3> {}

    /// The granted scopes that allow [`Archive`](super::super::operations::document::Archive), per permission type.
    #[cfg(feature = "typed-scopes")]
    #[cfg(feature = "beta")]
    #[diagnostic::on_unimplemented(
        message = "the scopes granted to this client do not allow `document.archive` with `{P}` permissions",
        label = "`document.archive` needs a scope this client was not granted",
        note = "to call `document.archive`: Delegated (work or school account): grant Files.ReadWrite.All; Delegated (personal Microsoft account): not supported at all; Application: not supported at all"
    )]
    pub trait AllowsArchive<P> {}

    #[cfg(feature = "typed-scopes")]
    #[cfg(feature = "beta")]
    impl<P, S: AllowsArchive<P>> rt::typed::PermittedBy<P, S>
    for super::super::operations::document::Archive {}

    #[cfg(feature = "typed-scopes")]
    #[cfg(feature = "beta")]
    impl<
        const B0: bool,
        const B2: bool,
        const B3: bool,
    > AllowsArchive<rt::typed::DelegatedWork> for super::Granted<B0, true, B2, B3> {}

    /// The granted scopes that allow [`Create`](super::super::operations::document::Create), per permission type.
    #[cfg(feature = "typed-scopes")]
    #[diagnostic::on_unimplemented(
        message = "the scopes granted to this client do not allow `document.create` with `{P}` permissions",
        label = "`document.create` needs a scope this client was not granted",
        note = "to call `document.create`: Delegated (work or school account): not supported at all; Delegated (personal Microsoft account): not supported at all; Application: grant Files.ReadWrite.All (least privileged) or one of Sites.Selected"
    )]
    pub trait AllowsCreate<P> {}

    #[cfg(feature = "typed-scopes")]
    impl<P, S: AllowsCreate<P>> rt::typed::PermittedBy<P, S>
    for super::super::operations::document::Create {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B0: bool,
        const B2: bool,
        const B3: bool,
    > AllowsCreate<rt::typed::Application> for super::Granted<B0, true, B2, B3> {}

    #[cfg(feature = "typed-scopes")]
    impl<const B0: bool, const B2: bool> AllowsCreate<rt::typed::Application>
    for super::Granted<B0, false, B2, true> {}
}

#[cfg(feature = "typed-scopes")]
pub mod share {
    //! The compile-time scope checks of family `share`: per operation, the granted scopes that allow it.

    #[allow(unused_imports)]
    use super::rt;

    /// The granted scopes that allow [`Get`](super::super::operations::share::Get), per permission type.
    #[cfg(feature = "typed-scopes")]
    #[diagnostic::on_unimplemented(
        message = "the scopes granted to this client do not allow `share.get` with `{P}` permissions",
        label = "`share.get` needs a scope this client was not granted",
        note = "to call `share.get`: Delegated (work or school account): grant Files.Read; Delegated (personal Microsoft account): grant Files.Read; Application: grant Files.ReadWrite.All"
    )]
    pub trait AllowsGet<P> {}

    #[cfg(feature = "typed-scopes")]
    impl<P, S: AllowsGet<P>> rt::typed::PermittedBy<P, S>
    for super::super::operations::share::Get {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B1: bool,
        const B2: bool,
        const B3: bool,
    > AllowsGet<rt::typed::DelegatedWork> for super::Granted<true, B1, B2, B3> {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B1: bool,
        const B2: bool,
        const B3: bool,
    > AllowsGet<rt::typed::DelegatedPersonal> for super::Granted<true, B1, B2, B3> {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B0: bool,
        const B2: bool,
        const B3: bool,
    > AllowsGet<rt::typed::Application> for super::Granted<B0, true, B2, B3> {}
}
