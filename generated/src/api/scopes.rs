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
    /// `Files.SelectedOperations.Selected`: Allow the application to access files explicitly permissioned to the application on behalf of the signed in user. The specific files and the permissions granted will be configured in SharePoint Online or OneDrive.
    FilesSelectedOperationsSelected,
    /// `ListItems.SelectedOperations.Selected`: Allow the application to access a subset of listitems on behalf of the signed in user. The specific listitems and the permissions granted will be configured in SharePoint Online.
    ListItemsSelectedOperationsSelected,
    /// `Sites.Read.All`: Read items in all site collections.
    SitesReadAll,
    /// `Sites.ReadWrite.All`: Edit or delete items in all site collections.
    SitesReadWriteAll,
    /// `Sites.Selected`: Allow the application to access a subset of site collections on behalf of the signed-in user. The specific site collections and the permissions granted will be configured in SharePoint Online.
    SitesSelected,
    /// `Lists.SelectedOperations.Selected`: Allow the application to access a subset of lists on behalf of the signed in user. The specific lists and the permissions granted will be configured in SharePoint Online.
    ListsSelectedOperationsSelected,
    /// `Sites.FullControl.All`: Allows the application to have full control of all site collections on behalf of the signed-in user.
    SitesFullControlAll,
    /// `Sites.Manage.All`: Allows the application to create or delete document libraries and lists in all site collections on behalf of the signed-in user.
    SitesManageAll,
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
            Self::FilesSelectedOperationsSelected => "Files.SelectedOperations.Selected",
            Self::ListItemsSelectedOperationsSelected => {
                "ListItems.SelectedOperations.Selected"
            }
            Self::SitesReadAll => "Sites.Read.All",
            Self::SitesReadWriteAll => "Sites.ReadWrite.All",
            Self::SitesSelected => "Sites.Selected",
            Self::ListsSelectedOperationsSelected => "Lists.SelectedOperations.Selected",
            Self::SitesFullControlAll => "Sites.FullControl.All",
            Self::SitesManageAll => "Sites.Manage.All",
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
            "Files.SelectedOperations.Selected" => Self::FilesSelectedOperationsSelected,
            "ListItems.SelectedOperations.Selected" => {
                Self::ListItemsSelectedOperationsSelected
            }
            "Sites.Read.All" => Self::SitesReadAll,
            "Sites.ReadWrite.All" => Self::SitesReadWriteAll,
            "Sites.Selected" => Self::SitesSelected,
            "Lists.SelectedOperations.Selected" => Self::ListsSelectedOperationsSelected,
            "Sites.FullControl.All" => Self::SitesFullControlAll,
            "Sites.Manage.All" => Self::SitesManageAll,
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
    "Files.ReadWrite",
    "Files.Read.All",
    "Files.ReadWrite.All",
    "Files.SelectedOperations.Selected",
    "ListItems.SelectedOperations.Selected",
    "Sites.Read.All",
    "Sites.ReadWrite.All",
    "Sites.Selected",
    "Lists.SelectedOperations.Selected",
    "Sites.FullControl.All",
    "Sites.Manage.All",
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
    <super::operations::drive_item::List as rt::Operation>::META,
    <super::operations::drive_item::Create as rt::Operation>::META,
    <super::operations::drive_item::Get as rt::Operation>::META,
    <super::operations::drive_item::Update as rt::Operation>::META,
    <super::operations::drive_item::Delete as rt::Operation>::META,
    <super::operations::drive_item::CreateLink as rt::Operation>::META,
    <super::operations::drive_item::Invite as rt::Operation>::META,
    <super::operations::drive_item::RevokeGrants as rt::Operation>::META,
    <super::operations::list::List as rt::Operation>::META,
    <super::operations::list::Create as rt::Operation>::META,
    #[cfg(feature = "beta")]
    <super::operations::list::Delete as rt::Operation>::META,
    #[cfg(feature = "beta")]
    <super::operations::list::Get as rt::Operation>::META,
    #[cfg(feature = "beta")]
    <super::operations::list::Update as rt::Operation>::META,
    <super::operations::list_item::List as rt::Operation>::META,
    <super::operations::list_item::Create as rt::Operation>::META,
    #[cfg(feature = "beta")]
    <super::operations::list_item::Delete as rt::Operation>::META,
    #[cfg(feature = "beta")]
    <super::operations::list_item::Get as rt::Operation>::META,
    #[cfg(feature = "beta")]
    <super::operations::list_item::Update as rt::Operation>::META,
    <super::operations::share::Grant as rt::Operation>::META,
    <super::operations::share::Get as rt::Operation>::META,
    <super::operations::site::Delete as rt::Operation>::META,
    <super::operations::site::Get as rt::Operation>::META,
    <super::operations::site::List as rt::Operation>::META,
    <super::operations::site::Create as rt::Operation>::META,
    <super::operations::site::Update as rt::Operation>::META,
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
    const FILES_READ_WRITE: bool,
    const FILES_READ_ALL: bool,
    const FILES_READ_WRITE_ALL: bool,
    const FILES_SELECTED_OPERATIONS_SELECTED: bool,
    const LIST_ITEMS_SELECTED_OPERATIONS_SELECTED: bool,
    const SITES_READ_ALL: bool,
    const SITES_READ_WRITE_ALL: bool,
    const SITES_SELECTED: bool,
    const LISTS_SELECTED_OPERATIONS_SELECTED: bool,
    const SITES_FULL_CONTROL_ALL: bool,
    const SITES_MANAGE_ALL: bool,
>;

#[cfg(feature = "typed-scopes")]
#[doc(hidden)]
#[allow(non_upper_case_globals)]
pub mod __bits {
    pub const FilesRead: u64 = 1;
    pub const FilesReadWrite: u64 = 2;
    pub const FilesReadAll: u64 = 4;
    pub const FilesReadWriteAll: u64 = 8;
    pub const FilesSelectedOperationsSelected: u64 = 16;
    pub const ListItemsSelectedOperationsSelected: u64 = 32;
    pub const SitesReadAll: u64 = 64;
    pub const SitesReadWriteAll: u64 = 128;
    pub const SitesSelected: u64 = 256;
    pub const ListsSelectedOperationsSelected: u64 = 512;
    pub const SitesFullControlAll: u64 = 1024;
    pub const SitesManageAll: u64 = 2048;
}

/// The [`Granted`](crate::scopes::Granted) type of a list of scopes, e.g. `granted![FilesRead, FilesReadWrite]`.
#[cfg(feature = "typed-scopes")]
#[macro_export]
macro_rules! granted {
    ($($scope:ident),* $(,)?) => {
        $crate::scopes::Granted < { (0 $(| $crate::scopes::__bits:: $scope)*) & 1 != 0 },
        { (0 $(| $crate::scopes::__bits:: $scope)*) & 2 != 0 }, { (0 $(|
        $crate::scopes::__bits:: $scope)*) & 4 != 0 }, { (0 $(| $crate::scopes::__bits::
        $scope)*) & 8 != 0 }, { (0 $(| $crate::scopes::__bits:: $scope)*) & 16 != 0 }, {
        (0 $(| $crate::scopes::__bits:: $scope)*) & 32 != 0 }, { (0 $(|
        $crate::scopes::__bits:: $scope)*) & 64 != 0 }, { (0 $(| $crate::scopes::__bits::
        $scope)*) & 128 != 0 }, { (0 $(| $crate::scopes::__bits:: $scope)*) & 256 != 0 },
        { (0 $(| $crate::scopes::__bits:: $scope)*) & 512 != 0 }, { (0 $(|
        $crate::scopes::__bits:: $scope)*) & 1024 != 0 }, { (0 $(|
        $crate::scopes::__bits:: $scope)*) & 2048 != 0 } >
    };
}

#[cfg(feature = "typed-scopes")]
pub mod drive_item {
    //! The compile-time scope checks of family `driveItem`: per operation, the granted scopes that allow it.

    #[allow(unused_imports)]
    use super::rt;

    /// The granted scopes that allow [`List`](super::super::operations::drive_item::List), per permission type.
    #[cfg(feature = "typed-scopes")]
    #[diagnostic::on_unimplemented(
        message = "the scopes granted to this client do not allow `driveItem.list` with `{P}` permissions",
        label = "`driveItem.list` needs a scope this client was not granted",
        note = "to call `driveItem.list`: Delegated (work or school account): grant Files.Read (least privileged) or one of Files.Read.All, Files.ReadWrite, Files.ReadWrite.All, Sites.Read.All, Sites.ReadWrite.All; Delegated (personal Microsoft account): grant Files.Read (least privileged) or one of Files.Read.All, Files.ReadWrite, Files.ReadWrite.All; Application: grant Files.Read.All (least privileged) or one of Files.ReadWrite.All, Sites.Read.All, Sites.ReadWrite.All"
    )]
    pub trait AllowsList<P> {}

    #[cfg(feature = "typed-scopes")]
    impl<P, S: AllowsList<P>> rt::typed::PermittedBy<P, S>
    for super::super::operations::drive_item::List {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B1: bool,
        const B2: bool,
        const B3: bool,
        const B4: bool,
        const B5: bool,
        const B6: bool,
        const B7: bool,
        const B8: bool,
        const B9: bool,
        const B10: bool,
        const B11: bool,
    > AllowsList<rt::typed::DelegatedWork>
    for super::Granted<true, B1, B2, B3, B4, B5, B6, B7, B8, B9, B10, B11> {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B1: bool,
        const B3: bool,
        const B4: bool,
        const B5: bool,
        const B6: bool,
        const B7: bool,
        const B8: bool,
        const B9: bool,
        const B10: bool,
        const B11: bool,
    > AllowsList<rt::typed::DelegatedWork>
    for super::Granted<false, B1, true, B3, B4, B5, B6, B7, B8, B9, B10, B11> {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B3: bool,
        const B4: bool,
        const B5: bool,
        const B6: bool,
        const B7: bool,
        const B8: bool,
        const B9: bool,
        const B10: bool,
        const B11: bool,
    > AllowsList<rt::typed::DelegatedWork>
    for super::Granted<false, true, false, B3, B4, B5, B6, B7, B8, B9, B10, B11> {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B4: bool,
        const B5: bool,
        const B6: bool,
        const B7: bool,
        const B8: bool,
        const B9: bool,
        const B10: bool,
        const B11: bool,
    > AllowsList<rt::typed::DelegatedWork>
    for super::Granted<false, false, false, true, B4, B5, B6, B7, B8, B9, B10, B11> {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B4: bool,
        const B5: bool,
        const B7: bool,
        const B8: bool,
        const B9: bool,
        const B10: bool,
        const B11: bool,
    > AllowsList<rt::typed::DelegatedWork>
    for super::Granted<false, false, false, false, B4, B5, true, B7, B8, B9, B10, B11> {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B4: bool,
        const B5: bool,
        const B8: bool,
        const B9: bool,
        const B10: bool,
        const B11: bool,
    > AllowsList<rt::typed::DelegatedWork>
    for super::Granted<
        false,
        false,
        false,
        false,
        B4,
        B5,
        false,
        true,
        B8,
        B9,
        B10,
        B11,
    > {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B1: bool,
        const B2: bool,
        const B3: bool,
        const B4: bool,
        const B5: bool,
        const B6: bool,
        const B7: bool,
        const B8: bool,
        const B9: bool,
        const B10: bool,
        const B11: bool,
    > AllowsList<rt::typed::DelegatedPersonal>
    for super::Granted<true, B1, B2, B3, B4, B5, B6, B7, B8, B9, B10, B11> {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B1: bool,
        const B3: bool,
        const B4: bool,
        const B5: bool,
        const B6: bool,
        const B7: bool,
        const B8: bool,
        const B9: bool,
        const B10: bool,
        const B11: bool,
    > AllowsList<rt::typed::DelegatedPersonal>
    for super::Granted<false, B1, true, B3, B4, B5, B6, B7, B8, B9, B10, B11> {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B3: bool,
        const B4: bool,
        const B5: bool,
        const B6: bool,
        const B7: bool,
        const B8: bool,
        const B9: bool,
        const B10: bool,
        const B11: bool,
    > AllowsList<rt::typed::DelegatedPersonal>
    for super::Granted<false, true, false, B3, B4, B5, B6, B7, B8, B9, B10, B11> {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B4: bool,
        const B5: bool,
        const B6: bool,
        const B7: bool,
        const B8: bool,
        const B9: bool,
        const B10: bool,
        const B11: bool,
    > AllowsList<rt::typed::DelegatedPersonal>
    for super::Granted<false, false, false, true, B4, B5, B6, B7, B8, B9, B10, B11> {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B0: bool,
        const B1: bool,
        const B3: bool,
        const B4: bool,
        const B5: bool,
        const B6: bool,
        const B7: bool,
        const B8: bool,
        const B9: bool,
        const B10: bool,
        const B11: bool,
    > AllowsList<rt::typed::Application>
    for super::Granted<B0, B1, true, B3, B4, B5, B6, B7, B8, B9, B10, B11> {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B0: bool,
        const B1: bool,
        const B4: bool,
        const B5: bool,
        const B6: bool,
        const B7: bool,
        const B8: bool,
        const B9: bool,
        const B10: bool,
        const B11: bool,
    > AllowsList<rt::typed::Application>
    for super::Granted<B0, B1, false, true, B4, B5, B6, B7, B8, B9, B10, B11> {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B0: bool,
        const B1: bool,
        const B4: bool,
        const B5: bool,
        const B7: bool,
        const B8: bool,
        const B9: bool,
        const B10: bool,
        const B11: bool,
    > AllowsList<rt::typed::Application>
    for super::Granted<B0, B1, false, false, B4, B5, true, B7, B8, B9, B10, B11> {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B0: bool,
        const B1: bool,
        const B4: bool,
        const B5: bool,
        const B8: bool,
        const B9: bool,
        const B10: bool,
        const B11: bool,
    > AllowsList<rt::typed::Application>
    for super::Granted<B0, B1, false, false, B4, B5, false, true, B8, B9, B10, B11> {}

    /// The granted scopes that allow [`Create`](super::super::operations::drive_item::Create), per permission type.
    #[cfg(feature = "typed-scopes")]
    #[diagnostic::on_unimplemented(
        message = "the scopes granted to this client do not allow `driveItem.create` with `{P}` permissions",
        label = "`driveItem.create` needs a scope this client was not granted",
        note = "to call `driveItem.create`: Delegated (work or school account): grant Files.ReadWrite (least privileged) or one of Files.ReadWrite.All, Files.SelectedOperations.Selected, Sites.ReadWrite.All, Sites.FullControl.All, Sites.Manage.All, Sites.Selected, Lists.SelectedOperations.Selected, ListItems.SelectedOperations.Selected; Delegated (personal Microsoft account): grant Files.ReadWrite (least privileged) or one of Files.ReadWrite.All; Application: grant Files.ReadWrite.All (least privileged) or one of Sites.FullControl.All, Sites.Manage.All, Sites.ReadWrite.All, Sites.Selected, Files.SelectedOperations.Selected, Lists.SelectedOperations.Selected, ListItems.SelectedOperations.Selected"
    )]
    pub trait AllowsCreate<P> {}

    #[cfg(feature = "typed-scopes")]
    impl<P, S: AllowsCreate<P>> rt::typed::PermittedBy<P, S>
    for super::super::operations::drive_item::Create {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B0: bool,
        const B2: bool,
        const B3: bool,
        const B4: bool,
        const B5: bool,
        const B6: bool,
        const B7: bool,
        const B8: bool,
        const B9: bool,
        const B10: bool,
        const B11: bool,
    > AllowsCreate<rt::typed::DelegatedWork>
    for super::Granted<B0, true, B2, B3, B4, B5, B6, B7, B8, B9, B10, B11> {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B0: bool,
        const B2: bool,
        const B4: bool,
        const B5: bool,
        const B6: bool,
        const B7: bool,
        const B8: bool,
        const B9: bool,
        const B10: bool,
        const B11: bool,
    > AllowsCreate<rt::typed::DelegatedWork>
    for super::Granted<B0, false, B2, true, B4, B5, B6, B7, B8, B9, B10, B11> {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B0: bool,
        const B2: bool,
        const B5: bool,
        const B6: bool,
        const B7: bool,
        const B8: bool,
        const B9: bool,
        const B10: bool,
        const B11: bool,
    > AllowsCreate<rt::typed::DelegatedWork>
    for super::Granted<B0, false, B2, false, true, B5, B6, B7, B8, B9, B10, B11> {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B0: bool,
        const B2: bool,
        const B5: bool,
        const B6: bool,
        const B8: bool,
        const B9: bool,
        const B10: bool,
        const B11: bool,
    > AllowsCreate<rt::typed::DelegatedWork>
    for super::Granted<B0, false, B2, false, false, B5, B6, true, B8, B9, B10, B11> {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B0: bool,
        const B2: bool,
        const B5: bool,
        const B6: bool,
        const B8: bool,
        const B9: bool,
        const B11: bool,
    > AllowsCreate<rt::typed::DelegatedWork>
    for super::Granted<B0, false, B2, false, false, B5, B6, false, B8, B9, true, B11> {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B0: bool,
        const B2: bool,
        const B5: bool,
        const B6: bool,
        const B8: bool,
        const B9: bool,
    > AllowsCreate<rt::typed::DelegatedWork>
    for super::Granted<B0, false, B2, false, false, B5, B6, false, B8, B9, false, true> {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B0: bool,
        const B2: bool,
        const B5: bool,
        const B6: bool,
        const B9: bool,
    > AllowsCreate<rt::typed::DelegatedWork>
    for super::Granted<
        B0,
        false,
        B2,
        false,
        false,
        B5,
        B6,
        false,
        true,
        B9,
        false,
        false,
    > {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B0: bool,
        const B2: bool,
        const B5: bool,
        const B6: bool,
    > AllowsCreate<rt::typed::DelegatedWork>
    for super::Granted<
        B0,
        false,
        B2,
        false,
        false,
        B5,
        B6,
        false,
        false,
        true,
        false,
        false,
    > {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B0: bool,
        const B2: bool,
        const B6: bool,
    > AllowsCreate<rt::typed::DelegatedWork>
    for super::Granted<
        B0,
        false,
        B2,
        false,
        false,
        true,
        B6,
        false,
        false,
        false,
        false,
        false,
    > {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B0: bool,
        const B2: bool,
        const B3: bool,
        const B4: bool,
        const B5: bool,
        const B6: bool,
        const B7: bool,
        const B8: bool,
        const B9: bool,
        const B10: bool,
        const B11: bool,
    > AllowsCreate<rt::typed::DelegatedPersonal>
    for super::Granted<B0, true, B2, B3, B4, B5, B6, B7, B8, B9, B10, B11> {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B0: bool,
        const B2: bool,
        const B4: bool,
        const B5: bool,
        const B6: bool,
        const B7: bool,
        const B8: bool,
        const B9: bool,
        const B10: bool,
        const B11: bool,
    > AllowsCreate<rt::typed::DelegatedPersonal>
    for super::Granted<B0, false, B2, true, B4, B5, B6, B7, B8, B9, B10, B11> {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B0: bool,
        const B1: bool,
        const B2: bool,
        const B4: bool,
        const B5: bool,
        const B6: bool,
        const B7: bool,
        const B8: bool,
        const B9: bool,
        const B10: bool,
        const B11: bool,
    > AllowsCreate<rt::typed::Application>
    for super::Granted<B0, B1, B2, true, B4, B5, B6, B7, B8, B9, B10, B11> {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B0: bool,
        const B1: bool,
        const B2: bool,
        const B4: bool,
        const B5: bool,
        const B6: bool,
        const B7: bool,
        const B8: bool,
        const B9: bool,
        const B11: bool,
    > AllowsCreate<rt::typed::Application>
    for super::Granted<B0, B1, B2, false, B4, B5, B6, B7, B8, B9, true, B11> {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B0: bool,
        const B1: bool,
        const B2: bool,
        const B4: bool,
        const B5: bool,
        const B6: bool,
        const B7: bool,
        const B8: bool,
        const B9: bool,
    > AllowsCreate<rt::typed::Application>
    for super::Granted<B0, B1, B2, false, B4, B5, B6, B7, B8, B9, false, true> {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B0: bool,
        const B1: bool,
        const B2: bool,
        const B4: bool,
        const B5: bool,
        const B6: bool,
        const B8: bool,
        const B9: bool,
    > AllowsCreate<rt::typed::Application>
    for super::Granted<B0, B1, B2, false, B4, B5, B6, true, B8, B9, false, false> {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B0: bool,
        const B1: bool,
        const B2: bool,
        const B4: bool,
        const B5: bool,
        const B6: bool,
        const B9: bool,
    > AllowsCreate<rt::typed::Application>
    for super::Granted<B0, B1, B2, false, B4, B5, B6, false, true, B9, false, false> {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B0: bool,
        const B1: bool,
        const B2: bool,
        const B5: bool,
        const B6: bool,
        const B9: bool,
    > AllowsCreate<rt::typed::Application>
    for super::Granted<B0, B1, B2, false, true, B5, B6, false, false, B9, false, false> {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B0: bool,
        const B1: bool,
        const B2: bool,
        const B5: bool,
        const B6: bool,
    > AllowsCreate<rt::typed::Application>
    for super::Granted<
        B0,
        B1,
        B2,
        false,
        false,
        B5,
        B6,
        false,
        false,
        true,
        false,
        false,
    > {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B0: bool,
        const B1: bool,
        const B2: bool,
        const B6: bool,
    > AllowsCreate<rt::typed::Application>
    for super::Granted<
        B0,
        B1,
        B2,
        false,
        false,
        true,
        B6,
        false,
        false,
        false,
        false,
        false,
    > {}

    /// The granted scopes that allow [`Get`](super::super::operations::drive_item::Get), per permission type.
    #[cfg(feature = "typed-scopes")]
    #[diagnostic::on_unimplemented(
        message = "the scopes granted to this client do not allow `driveItem.get` with `{P}` permissions",
        label = "`driveItem.get` needs a scope this client was not granted",
        note = "to call `driveItem.get`: Delegated (work or school account): grant Files.Read (least privileged) or one of Files.ReadWrite, Files.Read.All, Files.ReadWrite.All, Sites.Read.All, Sites.ReadWrite.All; Delegated (personal Microsoft account): grant Files.Read (least privileged) or one of Files.ReadWrite, Files.Read.All, Files.ReadWrite.All; Application: grant Files.Read.All (least privileged) or one of Files.ReadWrite.All, Sites.Read.All, Sites.ReadWrite.All"
    )]
    pub trait AllowsGet<P> {}

    #[cfg(feature = "typed-scopes")]
    impl<P, S: AllowsGet<P>> rt::typed::PermittedBy<P, S>
    for super::super::operations::drive_item::Get {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B1: bool,
        const B2: bool,
        const B3: bool,
        const B4: bool,
        const B5: bool,
        const B6: bool,
        const B7: bool,
        const B8: bool,
        const B9: bool,
        const B10: bool,
        const B11: bool,
    > AllowsGet<rt::typed::DelegatedWork>
    for super::Granted<true, B1, B2, B3, B4, B5, B6, B7, B8, B9, B10, B11> {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B2: bool,
        const B3: bool,
        const B4: bool,
        const B5: bool,
        const B6: bool,
        const B7: bool,
        const B8: bool,
        const B9: bool,
        const B10: bool,
        const B11: bool,
    > AllowsGet<rt::typed::DelegatedWork>
    for super::Granted<false, true, B2, B3, B4, B5, B6, B7, B8, B9, B10, B11> {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B3: bool,
        const B4: bool,
        const B5: bool,
        const B6: bool,
        const B7: bool,
        const B8: bool,
        const B9: bool,
        const B10: bool,
        const B11: bool,
    > AllowsGet<rt::typed::DelegatedWork>
    for super::Granted<false, false, true, B3, B4, B5, B6, B7, B8, B9, B10, B11> {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B4: bool,
        const B5: bool,
        const B6: bool,
        const B7: bool,
        const B8: bool,
        const B9: bool,
        const B10: bool,
        const B11: bool,
    > AllowsGet<rt::typed::DelegatedWork>
    for super::Granted<false, false, false, true, B4, B5, B6, B7, B8, B9, B10, B11> {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B4: bool,
        const B5: bool,
        const B7: bool,
        const B8: bool,
        const B9: bool,
        const B10: bool,
        const B11: bool,
    > AllowsGet<rt::typed::DelegatedWork>
    for super::Granted<false, false, false, false, B4, B5, true, B7, B8, B9, B10, B11> {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B4: bool,
        const B5: bool,
        const B8: bool,
        const B9: bool,
        const B10: bool,
        const B11: bool,
    > AllowsGet<rt::typed::DelegatedWork>
    for super::Granted<
        false,
        false,
        false,
        false,
        B4,
        B5,
        false,
        true,
        B8,
        B9,
        B10,
        B11,
    > {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B1: bool,
        const B2: bool,
        const B3: bool,
        const B4: bool,
        const B5: bool,
        const B6: bool,
        const B7: bool,
        const B8: bool,
        const B9: bool,
        const B10: bool,
        const B11: bool,
    > AllowsGet<rt::typed::DelegatedPersonal>
    for super::Granted<true, B1, B2, B3, B4, B5, B6, B7, B8, B9, B10, B11> {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B2: bool,
        const B3: bool,
        const B4: bool,
        const B5: bool,
        const B6: bool,
        const B7: bool,
        const B8: bool,
        const B9: bool,
        const B10: bool,
        const B11: bool,
    > AllowsGet<rt::typed::DelegatedPersonal>
    for super::Granted<false, true, B2, B3, B4, B5, B6, B7, B8, B9, B10, B11> {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B3: bool,
        const B4: bool,
        const B5: bool,
        const B6: bool,
        const B7: bool,
        const B8: bool,
        const B9: bool,
        const B10: bool,
        const B11: bool,
    > AllowsGet<rt::typed::DelegatedPersonal>
    for super::Granted<false, false, true, B3, B4, B5, B6, B7, B8, B9, B10, B11> {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B4: bool,
        const B5: bool,
        const B6: bool,
        const B7: bool,
        const B8: bool,
        const B9: bool,
        const B10: bool,
        const B11: bool,
    > AllowsGet<rt::typed::DelegatedPersonal>
    for super::Granted<false, false, false, true, B4, B5, B6, B7, B8, B9, B10, B11> {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B0: bool,
        const B1: bool,
        const B3: bool,
        const B4: bool,
        const B5: bool,
        const B6: bool,
        const B7: bool,
        const B8: bool,
        const B9: bool,
        const B10: bool,
        const B11: bool,
    > AllowsGet<rt::typed::Application>
    for super::Granted<B0, B1, true, B3, B4, B5, B6, B7, B8, B9, B10, B11> {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B0: bool,
        const B1: bool,
        const B4: bool,
        const B5: bool,
        const B6: bool,
        const B7: bool,
        const B8: bool,
        const B9: bool,
        const B10: bool,
        const B11: bool,
    > AllowsGet<rt::typed::Application>
    for super::Granted<B0, B1, false, true, B4, B5, B6, B7, B8, B9, B10, B11> {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B0: bool,
        const B1: bool,
        const B4: bool,
        const B5: bool,
        const B7: bool,
        const B8: bool,
        const B9: bool,
        const B10: bool,
        const B11: bool,
    > AllowsGet<rt::typed::Application>
    for super::Granted<B0, B1, false, false, B4, B5, true, B7, B8, B9, B10, B11> {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B0: bool,
        const B1: bool,
        const B4: bool,
        const B5: bool,
        const B8: bool,
        const B9: bool,
        const B10: bool,
        const B11: bool,
    > AllowsGet<rt::typed::Application>
    for super::Granted<B0, B1, false, false, B4, B5, false, true, B8, B9, B10, B11> {}

    /// The granted scopes that allow [`Update`](super::super::operations::drive_item::Update), per permission type.
    #[cfg(feature = "typed-scopes")]
    #[diagnostic::on_unimplemented(
        message = "the scopes granted to this client do not allow `driveItem.update` with `{P}` permissions",
        label = "`driveItem.update` needs a scope this client was not granted",
        note = "to call `driveItem.update`: Delegated (work or school account): grant Files.ReadWrite (least privileged) or one of Files.ReadWrite.All, Sites.ReadWrite.All; Delegated (personal Microsoft account): grant Files.ReadWrite (least privileged) or one of Files.ReadWrite.All; Application: grant Files.ReadWrite.All (least privileged) or one of Sites.ReadWrite.All"
    )]
    pub trait AllowsUpdate<P> {}

    #[cfg(feature = "typed-scopes")]
    impl<P, S: AllowsUpdate<P>> rt::typed::PermittedBy<P, S>
    for super::super::operations::drive_item::Update {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B0: bool,
        const B2: bool,
        const B3: bool,
        const B4: bool,
        const B5: bool,
        const B6: bool,
        const B7: bool,
        const B8: bool,
        const B9: bool,
        const B10: bool,
        const B11: bool,
    > AllowsUpdate<rt::typed::DelegatedWork>
    for super::Granted<B0, true, B2, B3, B4, B5, B6, B7, B8, B9, B10, B11> {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B0: bool,
        const B2: bool,
        const B4: bool,
        const B5: bool,
        const B6: bool,
        const B7: bool,
        const B8: bool,
        const B9: bool,
        const B10: bool,
        const B11: bool,
    > AllowsUpdate<rt::typed::DelegatedWork>
    for super::Granted<B0, false, B2, true, B4, B5, B6, B7, B8, B9, B10, B11> {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B0: bool,
        const B2: bool,
        const B4: bool,
        const B5: bool,
        const B6: bool,
        const B8: bool,
        const B9: bool,
        const B10: bool,
        const B11: bool,
    > AllowsUpdate<rt::typed::DelegatedWork>
    for super::Granted<B0, false, B2, false, B4, B5, B6, true, B8, B9, B10, B11> {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B0: bool,
        const B2: bool,
        const B3: bool,
        const B4: bool,
        const B5: bool,
        const B6: bool,
        const B7: bool,
        const B8: bool,
        const B9: bool,
        const B10: bool,
        const B11: bool,
    > AllowsUpdate<rt::typed::DelegatedPersonal>
    for super::Granted<B0, true, B2, B3, B4, B5, B6, B7, B8, B9, B10, B11> {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B0: bool,
        const B2: bool,
        const B4: bool,
        const B5: bool,
        const B6: bool,
        const B7: bool,
        const B8: bool,
        const B9: bool,
        const B10: bool,
        const B11: bool,
    > AllowsUpdate<rt::typed::DelegatedPersonal>
    for super::Granted<B0, false, B2, true, B4, B5, B6, B7, B8, B9, B10, B11> {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B0: bool,
        const B1: bool,
        const B2: bool,
        const B4: bool,
        const B5: bool,
        const B6: bool,
        const B7: bool,
        const B8: bool,
        const B9: bool,
        const B10: bool,
        const B11: bool,
    > AllowsUpdate<rt::typed::Application>
    for super::Granted<B0, B1, B2, true, B4, B5, B6, B7, B8, B9, B10, B11> {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B0: bool,
        const B1: bool,
        const B2: bool,
        const B4: bool,
        const B5: bool,
        const B6: bool,
        const B8: bool,
        const B9: bool,
        const B10: bool,
        const B11: bool,
    > AllowsUpdate<rt::typed::Application>
    for super::Granted<B0, B1, B2, false, B4, B5, B6, true, B8, B9, B10, B11> {}

    /// The granted scopes that allow [`Delete`](super::super::operations::drive_item::Delete), per permission type.
    #[cfg(feature = "typed-scopes")]
    #[diagnostic::on_unimplemented(
        message = "the scopes granted to this client do not allow `driveItem.delete` with `{P}` permissions",
        label = "`driveItem.delete` needs a scope this client was not granted",
        note = "to call `driveItem.delete`: Delegated (work or school account): grant Files.ReadWrite (least privileged) or one of Files.ReadWrite.All, Sites.ReadWrite.All; Delegated (personal Microsoft account): grant Files.ReadWrite (least privileged) or one of Files.ReadWrite.All; Application: grant Files.ReadWrite.All (least privileged) or one of Sites.ReadWrite.All"
    )]
    pub trait AllowsDelete<P> {}

    #[cfg(feature = "typed-scopes")]
    impl<P, S: AllowsDelete<P>> rt::typed::PermittedBy<P, S>
    for super::super::operations::drive_item::Delete {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B0: bool,
        const B2: bool,
        const B3: bool,
        const B4: bool,
        const B5: bool,
        const B6: bool,
        const B7: bool,
        const B8: bool,
        const B9: bool,
        const B10: bool,
        const B11: bool,
    > AllowsDelete<rt::typed::DelegatedWork>
    for super::Granted<B0, true, B2, B3, B4, B5, B6, B7, B8, B9, B10, B11> {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B0: bool,
        const B2: bool,
        const B4: bool,
        const B5: bool,
        const B6: bool,
        const B7: bool,
        const B8: bool,
        const B9: bool,
        const B10: bool,
        const B11: bool,
    > AllowsDelete<rt::typed::DelegatedWork>
    for super::Granted<B0, false, B2, true, B4, B5, B6, B7, B8, B9, B10, B11> {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B0: bool,
        const B2: bool,
        const B4: bool,
        const B5: bool,
        const B6: bool,
        const B8: bool,
        const B9: bool,
        const B10: bool,
        const B11: bool,
    > AllowsDelete<rt::typed::DelegatedWork>
    for super::Granted<B0, false, B2, false, B4, B5, B6, true, B8, B9, B10, B11> {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B0: bool,
        const B2: bool,
        const B3: bool,
        const B4: bool,
        const B5: bool,
        const B6: bool,
        const B7: bool,
        const B8: bool,
        const B9: bool,
        const B10: bool,
        const B11: bool,
    > AllowsDelete<rt::typed::DelegatedPersonal>
    for super::Granted<B0, true, B2, B3, B4, B5, B6, B7, B8, B9, B10, B11> {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B0: bool,
        const B2: bool,
        const B4: bool,
        const B5: bool,
        const B6: bool,
        const B7: bool,
        const B8: bool,
        const B9: bool,
        const B10: bool,
        const B11: bool,
    > AllowsDelete<rt::typed::DelegatedPersonal>
    for super::Granted<B0, false, B2, true, B4, B5, B6, B7, B8, B9, B10, B11> {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B0: bool,
        const B1: bool,
        const B2: bool,
        const B4: bool,
        const B5: bool,
        const B6: bool,
        const B7: bool,
        const B8: bool,
        const B9: bool,
        const B10: bool,
        const B11: bool,
    > AllowsDelete<rt::typed::Application>
    for super::Granted<B0, B1, B2, true, B4, B5, B6, B7, B8, B9, B10, B11> {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B0: bool,
        const B1: bool,
        const B2: bool,
        const B4: bool,
        const B5: bool,
        const B6: bool,
        const B8: bool,
        const B9: bool,
        const B10: bool,
        const B11: bool,
    > AllowsDelete<rt::typed::Application>
    for super::Granted<B0, B1, B2, false, B4, B5, B6, true, B8, B9, B10, B11> {}

    /// The granted scopes that allow [`CreateLink`](super::super::operations::drive_item::CreateLink), per permission type.
    #[cfg(feature = "typed-scopes")]
    #[diagnostic::on_unimplemented(
        message = "the scopes granted to this client do not allow `driveItem.createLink` with `{P}` permissions",
        label = "`driveItem.createLink` needs a scope this client was not granted",
        note = "to call `driveItem.createLink`: Delegated (work or school account): grant Files.ReadWrite (least privileged) or one of Files.ReadWrite.All, Sites.ReadWrite.All; Delegated (personal Microsoft account): grant Files.ReadWrite (least privileged) or one of Files.ReadWrite.All; Application: grant Files.ReadWrite.All (least privileged) or one of Sites.ReadWrite.All"
    )]
    pub trait AllowsCreateLink<P> {}

    #[cfg(feature = "typed-scopes")]
    impl<P, S: AllowsCreateLink<P>> rt::typed::PermittedBy<P, S>
    for super::super::operations::drive_item::CreateLink {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B0: bool,
        const B2: bool,
        const B3: bool,
        const B4: bool,
        const B5: bool,
        const B6: bool,
        const B7: bool,
        const B8: bool,
        const B9: bool,
        const B10: bool,
        const B11: bool,
    > AllowsCreateLink<rt::typed::DelegatedWork>
    for super::Granted<B0, true, B2, B3, B4, B5, B6, B7, B8, B9, B10, B11> {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B0: bool,
        const B2: bool,
        const B4: bool,
        const B5: bool,
        const B6: bool,
        const B7: bool,
        const B8: bool,
        const B9: bool,
        const B10: bool,
        const B11: bool,
    > AllowsCreateLink<rt::typed::DelegatedWork>
    for super::Granted<B0, false, B2, true, B4, B5, B6, B7, B8, B9, B10, B11> {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B0: bool,
        const B2: bool,
        const B4: bool,
        const B5: bool,
        const B6: bool,
        const B8: bool,
        const B9: bool,
        const B10: bool,
        const B11: bool,
    > AllowsCreateLink<rt::typed::DelegatedWork>
    for super::Granted<B0, false, B2, false, B4, B5, B6, true, B8, B9, B10, B11> {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B0: bool,
        const B2: bool,
        const B3: bool,
        const B4: bool,
        const B5: bool,
        const B6: bool,
        const B7: bool,
        const B8: bool,
        const B9: bool,
        const B10: bool,
        const B11: bool,
    > AllowsCreateLink<rt::typed::DelegatedPersonal>
    for super::Granted<B0, true, B2, B3, B4, B5, B6, B7, B8, B9, B10, B11> {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B0: bool,
        const B2: bool,
        const B4: bool,
        const B5: bool,
        const B6: bool,
        const B7: bool,
        const B8: bool,
        const B9: bool,
        const B10: bool,
        const B11: bool,
    > AllowsCreateLink<rt::typed::DelegatedPersonal>
    for super::Granted<B0, false, B2, true, B4, B5, B6, B7, B8, B9, B10, B11> {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B0: bool,
        const B1: bool,
        const B2: bool,
        const B4: bool,
        const B5: bool,
        const B6: bool,
        const B7: bool,
        const B8: bool,
        const B9: bool,
        const B10: bool,
        const B11: bool,
    > AllowsCreateLink<rt::typed::Application>
    for super::Granted<B0, B1, B2, true, B4, B5, B6, B7, B8, B9, B10, B11> {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B0: bool,
        const B1: bool,
        const B2: bool,
        const B4: bool,
        const B5: bool,
        const B6: bool,
        const B8: bool,
        const B9: bool,
        const B10: bool,
        const B11: bool,
    > AllowsCreateLink<rt::typed::Application>
    for super::Granted<B0, B1, B2, false, B4, B5, B6, true, B8, B9, B10, B11> {}

    /// The granted scopes that allow [`Invite`](super::super::operations::drive_item::Invite), per permission type.
    #[cfg(feature = "typed-scopes")]
    #[diagnostic::on_unimplemented(
        message = "the scopes granted to this client do not allow `driveItem.invite` with `{P}` permissions",
        label = "`driveItem.invite` needs a scope this client was not granted",
        note = "to call `driveItem.invite`: Delegated (work or school account): grant Files.ReadWrite (least privileged) or one of Files.ReadWrite.All, Sites.ReadWrite.All; Delegated (personal Microsoft account): grant Files.ReadWrite (least privileged) or one of Files.ReadWrite.All; Application: grant Files.ReadWrite.All (least privileged) or one of Sites.ReadWrite.All"
    )]
    pub trait AllowsInvite<P> {}

    #[cfg(feature = "typed-scopes")]
    impl<P, S: AllowsInvite<P>> rt::typed::PermittedBy<P, S>
    for super::super::operations::drive_item::Invite {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B0: bool,
        const B2: bool,
        const B3: bool,
        const B4: bool,
        const B5: bool,
        const B6: bool,
        const B7: bool,
        const B8: bool,
        const B9: bool,
        const B10: bool,
        const B11: bool,
    > AllowsInvite<rt::typed::DelegatedWork>
    for super::Granted<B0, true, B2, B3, B4, B5, B6, B7, B8, B9, B10, B11> {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B0: bool,
        const B2: bool,
        const B4: bool,
        const B5: bool,
        const B6: bool,
        const B7: bool,
        const B8: bool,
        const B9: bool,
        const B10: bool,
        const B11: bool,
    > AllowsInvite<rt::typed::DelegatedWork>
    for super::Granted<B0, false, B2, true, B4, B5, B6, B7, B8, B9, B10, B11> {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B0: bool,
        const B2: bool,
        const B4: bool,
        const B5: bool,
        const B6: bool,
        const B8: bool,
        const B9: bool,
        const B10: bool,
        const B11: bool,
    > AllowsInvite<rt::typed::DelegatedWork>
    for super::Granted<B0, false, B2, false, B4, B5, B6, true, B8, B9, B10, B11> {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B0: bool,
        const B2: bool,
        const B3: bool,
        const B4: bool,
        const B5: bool,
        const B6: bool,
        const B7: bool,
        const B8: bool,
        const B9: bool,
        const B10: bool,
        const B11: bool,
    > AllowsInvite<rt::typed::DelegatedPersonal>
    for super::Granted<B0, true, B2, B3, B4, B5, B6, B7, B8, B9, B10, B11> {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B0: bool,
        const B2: bool,
        const B4: bool,
        const B5: bool,
        const B6: bool,
        const B7: bool,
        const B8: bool,
        const B9: bool,
        const B10: bool,
        const B11: bool,
    > AllowsInvite<rt::typed::DelegatedPersonal>
    for super::Granted<B0, false, B2, true, B4, B5, B6, B7, B8, B9, B10, B11> {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B0: bool,
        const B1: bool,
        const B2: bool,
        const B4: bool,
        const B5: bool,
        const B6: bool,
        const B7: bool,
        const B8: bool,
        const B9: bool,
        const B10: bool,
        const B11: bool,
    > AllowsInvite<rt::typed::Application>
    for super::Granted<B0, B1, B2, true, B4, B5, B6, B7, B8, B9, B10, B11> {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B0: bool,
        const B1: bool,
        const B2: bool,
        const B4: bool,
        const B5: bool,
        const B6: bool,
        const B8: bool,
        const B9: bool,
        const B10: bool,
        const B11: bool,
    > AllowsInvite<rt::typed::Application>
    for super::Granted<B0, B1, B2, false, B4, B5, B6, true, B8, B9, B10, B11> {}

    /// The granted scopes that allow [`RevokeGrants`](super::super::operations::drive_item::RevokeGrants), per permission type.
    #[cfg(feature = "typed-scopes")]
    #[diagnostic::on_unimplemented(
        message = "the scopes granted to this client do not allow `driveItem.revokeGrants` with `{P}` permissions",
        label = "`driveItem.revokeGrants` needs a scope this client was not granted",
        note = "to call `driveItem.revokeGrants`: Delegated (work or school account): grant Files.ReadWrite (least privileged) or one of Files.ReadWrite.All, Sites.ReadWrite.All; Delegated (personal Microsoft account): not supported at all; Application: grant Files.ReadWrite.All (least privileged) or one of Sites.ReadWrite.All"
    )]
    pub trait AllowsRevokeGrants<P> {}

    #[cfg(feature = "typed-scopes")]
    impl<P, S: AllowsRevokeGrants<P>> rt::typed::PermittedBy<P, S>
    for super::super::operations::drive_item::RevokeGrants {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B0: bool,
        const B2: bool,
        const B3: bool,
        const B4: bool,
        const B5: bool,
        const B6: bool,
        const B7: bool,
        const B8: bool,
        const B9: bool,
        const B10: bool,
        const B11: bool,
    > AllowsRevokeGrants<rt::typed::DelegatedWork>
    for super::Granted<B0, true, B2, B3, B4, B5, B6, B7, B8, B9, B10, B11> {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B0: bool,
        const B2: bool,
        const B4: bool,
        const B5: bool,
        const B6: bool,
        const B7: bool,
        const B8: bool,
        const B9: bool,
        const B10: bool,
        const B11: bool,
    > AllowsRevokeGrants<rt::typed::DelegatedWork>
    for super::Granted<B0, false, B2, true, B4, B5, B6, B7, B8, B9, B10, B11> {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B0: bool,
        const B2: bool,
        const B4: bool,
        const B5: bool,
        const B6: bool,
        const B8: bool,
        const B9: bool,
        const B10: bool,
        const B11: bool,
    > AllowsRevokeGrants<rt::typed::DelegatedWork>
    for super::Granted<B0, false, B2, false, B4, B5, B6, true, B8, B9, B10, B11> {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B0: bool,
        const B1: bool,
        const B2: bool,
        const B4: bool,
        const B5: bool,
        const B6: bool,
        const B7: bool,
        const B8: bool,
        const B9: bool,
        const B10: bool,
        const B11: bool,
    > AllowsRevokeGrants<rt::typed::Application>
    for super::Granted<B0, B1, B2, true, B4, B5, B6, B7, B8, B9, B10, B11> {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B0: bool,
        const B1: bool,
        const B2: bool,
        const B4: bool,
        const B5: bool,
        const B6: bool,
        const B8: bool,
        const B9: bool,
        const B10: bool,
        const B11: bool,
    > AllowsRevokeGrants<rt::typed::Application>
    for super::Granted<B0, B1, B2, false, B4, B5, B6, true, B8, B9, B10, B11> {}
}

#[cfg(feature = "typed-scopes")]
pub mod list {
    //! The compile-time scope checks of family `list`: per operation, the granted scopes that allow it.

    #[allow(unused_imports)]
    use super::rt;

    /// The granted scopes that allow [`List`](super::super::operations::list::List), per permission type.
    #[cfg(feature = "typed-scopes")]
    #[diagnostic::on_unimplemented(
        message = "the scopes granted to this client do not allow `list.list` with `{P}` permissions",
        label = "`list.list` needs a scope this client was not granted",
        note = "to call `list.list`: Delegated (work or school account): grant Sites.Read.All (least privileged) or one of Sites.FullControl.All, Sites.Manage.All, Sites.ReadWrite.All; Delegated (personal Microsoft account): not supported at all; Application: grant Sites.Read.All (least privileged) or one of Sites.FullControl.All, Sites.Manage.All, Sites.ReadWrite.All"
    )]
    pub trait AllowsList<P> {}

    #[cfg(feature = "typed-scopes")]
    impl<P, S: AllowsList<P>> rt::typed::PermittedBy<P, S>
    for super::super::operations::list::List {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B0: bool,
        const B1: bool,
        const B2: bool,
        const B3: bool,
        const B4: bool,
        const B5: bool,
        const B7: bool,
        const B8: bool,
        const B9: bool,
        const B10: bool,
        const B11: bool,
    > AllowsList<rt::typed::DelegatedWork>
    for super::Granted<B0, B1, B2, B3, B4, B5, true, B7, B8, B9, B10, B11> {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B0: bool,
        const B1: bool,
        const B2: bool,
        const B3: bool,
        const B4: bool,
        const B5: bool,
        const B7: bool,
        const B8: bool,
        const B9: bool,
        const B11: bool,
    > AllowsList<rt::typed::DelegatedWork>
    for super::Granted<B0, B1, B2, B3, B4, B5, false, B7, B8, B9, true, B11> {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B0: bool,
        const B1: bool,
        const B2: bool,
        const B3: bool,
        const B4: bool,
        const B5: bool,
        const B7: bool,
        const B8: bool,
        const B9: bool,
    > AllowsList<rt::typed::DelegatedWork>
    for super::Granted<B0, B1, B2, B3, B4, B5, false, B7, B8, B9, false, true> {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B0: bool,
        const B1: bool,
        const B2: bool,
        const B3: bool,
        const B4: bool,
        const B5: bool,
        const B8: bool,
        const B9: bool,
    > AllowsList<rt::typed::DelegatedWork>
    for super::Granted<B0, B1, B2, B3, B4, B5, false, true, B8, B9, false, false> {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B0: bool,
        const B1: bool,
        const B2: bool,
        const B3: bool,
        const B4: bool,
        const B5: bool,
        const B7: bool,
        const B8: bool,
        const B9: bool,
        const B10: bool,
        const B11: bool,
    > AllowsList<rt::typed::Application>
    for super::Granted<B0, B1, B2, B3, B4, B5, true, B7, B8, B9, B10, B11> {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B0: bool,
        const B1: bool,
        const B2: bool,
        const B3: bool,
        const B4: bool,
        const B5: bool,
        const B7: bool,
        const B8: bool,
        const B9: bool,
        const B11: bool,
    > AllowsList<rt::typed::Application>
    for super::Granted<B0, B1, B2, B3, B4, B5, false, B7, B8, B9, true, B11> {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B0: bool,
        const B1: bool,
        const B2: bool,
        const B3: bool,
        const B4: bool,
        const B5: bool,
        const B7: bool,
        const B8: bool,
        const B9: bool,
    > AllowsList<rt::typed::Application>
    for super::Granted<B0, B1, B2, B3, B4, B5, false, B7, B8, B9, false, true> {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B0: bool,
        const B1: bool,
        const B2: bool,
        const B3: bool,
        const B4: bool,
        const B5: bool,
        const B8: bool,
        const B9: bool,
    > AllowsList<rt::typed::Application>
    for super::Granted<B0, B1, B2, B3, B4, B5, false, true, B8, B9, false, false> {}

    /// The granted scopes that allow [`Create`](super::super::operations::list::Create), per permission type.
    #[cfg(feature = "typed-scopes")]
    #[diagnostic::on_unimplemented(
        message = "the scopes granted to this client do not allow `list.create` with `{P}` permissions",
        label = "`list.create` needs a scope this client was not granted",
        note = "to call `list.create`: Delegated (work or school account): grant Sites.ReadWrite.All (least privileged) or one of Sites.FullControl.All, Sites.Manage.All; Delegated (personal Microsoft account): not supported at all; Application: grant Sites.ReadWrite.All (least privileged) or one of Sites.FullControl.All, Sites.Manage.All"
    )]
    pub trait AllowsCreate<P> {}

    #[cfg(feature = "typed-scopes")]
    impl<P, S: AllowsCreate<P>> rt::typed::PermittedBy<P, S>
    for super::super::operations::list::Create {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B0: bool,
        const B1: bool,
        const B2: bool,
        const B3: bool,
        const B4: bool,
        const B5: bool,
        const B6: bool,
        const B8: bool,
        const B9: bool,
        const B10: bool,
        const B11: bool,
    > AllowsCreate<rt::typed::DelegatedWork>
    for super::Granted<B0, B1, B2, B3, B4, B5, B6, true, B8, B9, B10, B11> {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B0: bool,
        const B1: bool,
        const B2: bool,
        const B3: bool,
        const B4: bool,
        const B5: bool,
        const B6: bool,
        const B8: bool,
        const B9: bool,
        const B11: bool,
    > AllowsCreate<rt::typed::DelegatedWork>
    for super::Granted<B0, B1, B2, B3, B4, B5, B6, false, B8, B9, true, B11> {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B0: bool,
        const B1: bool,
        const B2: bool,
        const B3: bool,
        const B4: bool,
        const B5: bool,
        const B6: bool,
        const B8: bool,
        const B9: bool,
    > AllowsCreate<rt::typed::DelegatedWork>
    for super::Granted<B0, B1, B2, B3, B4, B5, B6, false, B8, B9, false, true> {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B0: bool,
        const B1: bool,
        const B2: bool,
        const B3: bool,
        const B4: bool,
        const B5: bool,
        const B6: bool,
        const B8: bool,
        const B9: bool,
        const B10: bool,
        const B11: bool,
    > AllowsCreate<rt::typed::Application>
    for super::Granted<B0, B1, B2, B3, B4, B5, B6, true, B8, B9, B10, B11> {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B0: bool,
        const B1: bool,
        const B2: bool,
        const B3: bool,
        const B4: bool,
        const B5: bool,
        const B6: bool,
        const B8: bool,
        const B9: bool,
        const B11: bool,
    > AllowsCreate<rt::typed::Application>
    for super::Granted<B0, B1, B2, B3, B4, B5, B6, false, B8, B9, true, B11> {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B0: bool,
        const B1: bool,
        const B2: bool,
        const B3: bool,
        const B4: bool,
        const B5: bool,
        const B6: bool,
        const B8: bool,
        const B9: bool,
    > AllowsCreate<rt::typed::Application>
    for super::Granted<B0, B1, B2, B3, B4, B5, B6, false, B8, B9, false, true> {}

    /// The granted scopes that allow [`Delete`](super::super::operations::list::Delete), per permission type.
    #[cfg(feature = "typed-scopes")]
    #[cfg(feature = "beta")]
    #[diagnostic::on_unimplemented(
        message = "the scopes granted to this client do not allow `list.delete` with `{P}` permissions",
        label = "`list.delete` needs a scope this client was not granted",
        note = "to call `list.delete`: Delegated (work or school account): grant Sites.ReadWrite.All (least privileged) or one of Sites.FullControl.All, Sites.Manage.All; Delegated (personal Microsoft account): not supported at all; Application: grant Sites.ReadWrite.All (least privileged) or one of Sites.FullControl.All, Sites.Manage.All"
    )]
    pub trait AllowsDelete<P> {}

    #[cfg(feature = "typed-scopes")]
    #[cfg(feature = "beta")]
    impl<P, S: AllowsDelete<P>> rt::typed::PermittedBy<P, S>
    for super::super::operations::list::Delete {}

    #[cfg(feature = "typed-scopes")]
    #[cfg(feature = "beta")]
    impl<
        const B0: bool,
        const B1: bool,
        const B2: bool,
        const B3: bool,
        const B4: bool,
        const B5: bool,
        const B6: bool,
        const B8: bool,
        const B9: bool,
        const B10: bool,
        const B11: bool,
    > AllowsDelete<rt::typed::DelegatedWork>
    for super::Granted<B0, B1, B2, B3, B4, B5, B6, true, B8, B9, B10, B11> {}

    #[cfg(feature = "typed-scopes")]
    #[cfg(feature = "beta")]
    impl<
        const B0: bool,
        const B1: bool,
        const B2: bool,
        const B3: bool,
        const B4: bool,
        const B5: bool,
        const B6: bool,
        const B8: bool,
        const B9: bool,
        const B11: bool,
    > AllowsDelete<rt::typed::DelegatedWork>
    for super::Granted<B0, B1, B2, B3, B4, B5, B6, false, B8, B9, true, B11> {}

    #[cfg(feature = "typed-scopes")]
    #[cfg(feature = "beta")]
    impl<
        const B0: bool,
        const B1: bool,
        const B2: bool,
        const B3: bool,
        const B4: bool,
        const B5: bool,
        const B6: bool,
        const B8: bool,
        const B9: bool,
    > AllowsDelete<rt::typed::DelegatedWork>
    for super::Granted<B0, B1, B2, B3, B4, B5, B6, false, B8, B9, false, true> {}

    #[cfg(feature = "typed-scopes")]
    #[cfg(feature = "beta")]
    impl<
        const B0: bool,
        const B1: bool,
        const B2: bool,
        const B3: bool,
        const B4: bool,
        const B5: bool,
        const B6: bool,
        const B8: bool,
        const B9: bool,
        const B10: bool,
        const B11: bool,
    > AllowsDelete<rt::typed::Application>
    for super::Granted<B0, B1, B2, B3, B4, B5, B6, true, B8, B9, B10, B11> {}

    #[cfg(feature = "typed-scopes")]
    #[cfg(feature = "beta")]
    impl<
        const B0: bool,
        const B1: bool,
        const B2: bool,
        const B3: bool,
        const B4: bool,
        const B5: bool,
        const B6: bool,
        const B8: bool,
        const B9: bool,
        const B11: bool,
    > AllowsDelete<rt::typed::Application>
    for super::Granted<B0, B1, B2, B3, B4, B5, B6, false, B8, B9, true, B11> {}

    #[cfg(feature = "typed-scopes")]
    #[cfg(feature = "beta")]
    impl<
        const B0: bool,
        const B1: bool,
        const B2: bool,
        const B3: bool,
        const B4: bool,
        const B5: bool,
        const B6: bool,
        const B8: bool,
        const B9: bool,
    > AllowsDelete<rt::typed::Application>
    for super::Granted<B0, B1, B2, B3, B4, B5, B6, false, B8, B9, false, true> {}

    /// The granted scopes that allow [`Get`](super::super::operations::list::Get), per permission type.
    #[cfg(feature = "typed-scopes")]
    #[cfg(feature = "beta")]
    #[diagnostic::on_unimplemented(
        message = "the scopes granted to this client do not allow `list.get` with `{P}` permissions",
        label = "`list.get` needs a scope this client was not granted",
        note = "to call `list.get`: Delegated (work or school account): grant Sites.Read.All (least privileged) or one of Sites.FullControl.All, Sites.Manage.All, Sites.ReadWrite.All; Delegated (personal Microsoft account): not supported at all; Application: grant Sites.Read.All (least privileged) or one of Sites.FullControl.All, Sites.Manage.All, Sites.ReadWrite.All"
    )]
    pub trait AllowsGet<P> {}

    #[cfg(feature = "typed-scopes")]
    #[cfg(feature = "beta")]
    impl<P, S: AllowsGet<P>> rt::typed::PermittedBy<P, S>
    for super::super::operations::list::Get {}

    #[cfg(feature = "typed-scopes")]
    #[cfg(feature = "beta")]
    impl<
        const B0: bool,
        const B1: bool,
        const B2: bool,
        const B3: bool,
        const B4: bool,
        const B5: bool,
        const B7: bool,
        const B8: bool,
        const B9: bool,
        const B10: bool,
        const B11: bool,
    > AllowsGet<rt::typed::DelegatedWork>
    for super::Granted<B0, B1, B2, B3, B4, B5, true, B7, B8, B9, B10, B11> {}

    #[cfg(feature = "typed-scopes")]
    #[cfg(feature = "beta")]
    impl<
        const B0: bool,
        const B1: bool,
        const B2: bool,
        const B3: bool,
        const B4: bool,
        const B5: bool,
        const B7: bool,
        const B8: bool,
        const B9: bool,
        const B11: bool,
    > AllowsGet<rt::typed::DelegatedWork>
    for super::Granted<B0, B1, B2, B3, B4, B5, false, B7, B8, B9, true, B11> {}

    #[cfg(feature = "typed-scopes")]
    #[cfg(feature = "beta")]
    impl<
        const B0: bool,
        const B1: bool,
        const B2: bool,
        const B3: bool,
        const B4: bool,
        const B5: bool,
        const B7: bool,
        const B8: bool,
        const B9: bool,
    > AllowsGet<rt::typed::DelegatedWork>
    for super::Granted<B0, B1, B2, B3, B4, B5, false, B7, B8, B9, false, true> {}

    #[cfg(feature = "typed-scopes")]
    #[cfg(feature = "beta")]
    impl<
        const B0: bool,
        const B1: bool,
        const B2: bool,
        const B3: bool,
        const B4: bool,
        const B5: bool,
        const B8: bool,
        const B9: bool,
    > AllowsGet<rt::typed::DelegatedWork>
    for super::Granted<B0, B1, B2, B3, B4, B5, false, true, B8, B9, false, false> {}

    #[cfg(feature = "typed-scopes")]
    #[cfg(feature = "beta")]
    impl<
        const B0: bool,
        const B1: bool,
        const B2: bool,
        const B3: bool,
        const B4: bool,
        const B5: bool,
        const B7: bool,
        const B8: bool,
        const B9: bool,
        const B10: bool,
        const B11: bool,
    > AllowsGet<rt::typed::Application>
    for super::Granted<B0, B1, B2, B3, B4, B5, true, B7, B8, B9, B10, B11> {}

    #[cfg(feature = "typed-scopes")]
    #[cfg(feature = "beta")]
    impl<
        const B0: bool,
        const B1: bool,
        const B2: bool,
        const B3: bool,
        const B4: bool,
        const B5: bool,
        const B7: bool,
        const B8: bool,
        const B9: bool,
        const B11: bool,
    > AllowsGet<rt::typed::Application>
    for super::Granted<B0, B1, B2, B3, B4, B5, false, B7, B8, B9, true, B11> {}

    #[cfg(feature = "typed-scopes")]
    #[cfg(feature = "beta")]
    impl<
        const B0: bool,
        const B1: bool,
        const B2: bool,
        const B3: bool,
        const B4: bool,
        const B5: bool,
        const B7: bool,
        const B8: bool,
        const B9: bool,
    > AllowsGet<rt::typed::Application>
    for super::Granted<B0, B1, B2, B3, B4, B5, false, B7, B8, B9, false, true> {}

    #[cfg(feature = "typed-scopes")]
    #[cfg(feature = "beta")]
    impl<
        const B0: bool,
        const B1: bool,
        const B2: bool,
        const B3: bool,
        const B4: bool,
        const B5: bool,
        const B8: bool,
        const B9: bool,
    > AllowsGet<rt::typed::Application>
    for super::Granted<B0, B1, B2, B3, B4, B5, false, true, B8, B9, false, false> {}

    /// The granted scopes that allow [`Update`](super::super::operations::list::Update), per permission type.
    #[cfg(feature = "typed-scopes")]
    #[cfg(feature = "beta")]
    #[diagnostic::on_unimplemented(
        message = "the scopes granted to this client do not allow `list.update` with `{P}` permissions",
        label = "`list.update` needs a scope this client was not granted",
        note = "to call `list.update`: Delegated (work or school account): grant Sites.ReadWrite.All (least privileged) or one of Sites.FullControl.All, Sites.Manage.All, Sites.Selected, Lists.SelectedOperations.Selected; Delegated (personal Microsoft account): not supported at all; Application: grant Sites.ReadWrite.All (least privileged) or one of Sites.FullControl.All, Sites.Manage.All, Sites.Selected, Lists.SelectedOperations.Selected"
    )]
    pub trait AllowsUpdate<P> {}

    #[cfg(feature = "typed-scopes")]
    #[cfg(feature = "beta")]
    impl<P, S: AllowsUpdate<P>> rt::typed::PermittedBy<P, S>
    for super::super::operations::list::Update {}

    #[cfg(feature = "typed-scopes")]
    #[cfg(feature = "beta")]
    impl<
        const B0: bool,
        const B1: bool,
        const B2: bool,
        const B3: bool,
        const B4: bool,
        const B5: bool,
        const B6: bool,
        const B8: bool,
        const B9: bool,
        const B10: bool,
        const B11: bool,
    > AllowsUpdate<rt::typed::DelegatedWork>
    for super::Granted<B0, B1, B2, B3, B4, B5, B6, true, B8, B9, B10, B11> {}

    #[cfg(feature = "typed-scopes")]
    #[cfg(feature = "beta")]
    impl<
        const B0: bool,
        const B1: bool,
        const B2: bool,
        const B3: bool,
        const B4: bool,
        const B5: bool,
        const B6: bool,
        const B8: bool,
        const B9: bool,
        const B11: bool,
    > AllowsUpdate<rt::typed::DelegatedWork>
    for super::Granted<B0, B1, B2, B3, B4, B5, B6, false, B8, B9, true, B11> {}

    #[cfg(feature = "typed-scopes")]
    #[cfg(feature = "beta")]
    impl<
        const B0: bool,
        const B1: bool,
        const B2: bool,
        const B3: bool,
        const B4: bool,
        const B5: bool,
        const B6: bool,
        const B8: bool,
        const B9: bool,
    > AllowsUpdate<rt::typed::DelegatedWork>
    for super::Granted<B0, B1, B2, B3, B4, B5, B6, false, B8, B9, false, true> {}

    #[cfg(feature = "typed-scopes")]
    #[cfg(feature = "beta")]
    impl<
        const B0: bool,
        const B1: bool,
        const B2: bool,
        const B3: bool,
        const B4: bool,
        const B5: bool,
        const B6: bool,
        const B9: bool,
    > AllowsUpdate<rt::typed::DelegatedWork>
    for super::Granted<B0, B1, B2, B3, B4, B5, B6, false, true, B9, false, false> {}

    #[cfg(feature = "typed-scopes")]
    #[cfg(feature = "beta")]
    impl<
        const B0: bool,
        const B1: bool,
        const B2: bool,
        const B3: bool,
        const B4: bool,
        const B5: bool,
        const B6: bool,
    > AllowsUpdate<rt::typed::DelegatedWork>
    for super::Granted<B0, B1, B2, B3, B4, B5, B6, false, false, true, false, false> {}

    #[cfg(feature = "typed-scopes")]
    #[cfg(feature = "beta")]
    impl<
        const B0: bool,
        const B1: bool,
        const B2: bool,
        const B3: bool,
        const B4: bool,
        const B5: bool,
        const B6: bool,
        const B8: bool,
        const B9: bool,
        const B10: bool,
        const B11: bool,
    > AllowsUpdate<rt::typed::Application>
    for super::Granted<B0, B1, B2, B3, B4, B5, B6, true, B8, B9, B10, B11> {}

    #[cfg(feature = "typed-scopes")]
    #[cfg(feature = "beta")]
    impl<
        const B0: bool,
        const B1: bool,
        const B2: bool,
        const B3: bool,
        const B4: bool,
        const B5: bool,
        const B6: bool,
        const B8: bool,
        const B9: bool,
        const B11: bool,
    > AllowsUpdate<rt::typed::Application>
    for super::Granted<B0, B1, B2, B3, B4, B5, B6, false, B8, B9, true, B11> {}

    #[cfg(feature = "typed-scopes")]
    #[cfg(feature = "beta")]
    impl<
        const B0: bool,
        const B1: bool,
        const B2: bool,
        const B3: bool,
        const B4: bool,
        const B5: bool,
        const B6: bool,
        const B8: bool,
        const B9: bool,
    > AllowsUpdate<rt::typed::Application>
    for super::Granted<B0, B1, B2, B3, B4, B5, B6, false, B8, B9, false, true> {}

    #[cfg(feature = "typed-scopes")]
    #[cfg(feature = "beta")]
    impl<
        const B0: bool,
        const B1: bool,
        const B2: bool,
        const B3: bool,
        const B4: bool,
        const B5: bool,
        const B6: bool,
        const B9: bool,
    > AllowsUpdate<rt::typed::Application>
    for super::Granted<B0, B1, B2, B3, B4, B5, B6, false, true, B9, false, false> {}

    #[cfg(feature = "typed-scopes")]
    #[cfg(feature = "beta")]
    impl<
        const B0: bool,
        const B1: bool,
        const B2: bool,
        const B3: bool,
        const B4: bool,
        const B5: bool,
        const B6: bool,
    > AllowsUpdate<rt::typed::Application>
    for super::Granted<B0, B1, B2, B3, B4, B5, B6, false, false, true, false, false> {}
}

#[cfg(feature = "typed-scopes")]
pub mod list_item {
    //! The compile-time scope checks of family `listItem`: per operation, the granted scopes that allow it.

    #[allow(unused_imports)]
    use super::rt;

    /// The granted scopes that allow [`List`](super::super::operations::list_item::List), per permission type.
    #[cfg(feature = "typed-scopes")]
    #[diagnostic::on_unimplemented(
        message = "the scopes granted to this client do not allow `listItem.list` with `{P}` permissions",
        label = "`listItem.list` needs a scope this client was not granted",
        note = "to call `listItem.list`: Delegated (work or school account): grant Sites.Read.All (least privileged) or one of Sites.FullControl.All, Sites.Manage.All, Sites.ReadWrite.All; Delegated (personal Microsoft account): not supported at all; Application: grant Sites.Read.All (least privileged) or one of Sites.FullControl.All, Sites.Manage.All, Sites.ReadWrite.All"
    )]
    pub trait AllowsList<P> {}

    #[cfg(feature = "typed-scopes")]
    impl<P, S: AllowsList<P>> rt::typed::PermittedBy<P, S>
    for super::super::operations::list_item::List {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B0: bool,
        const B1: bool,
        const B2: bool,
        const B3: bool,
        const B4: bool,
        const B5: bool,
        const B7: bool,
        const B8: bool,
        const B9: bool,
        const B10: bool,
        const B11: bool,
    > AllowsList<rt::typed::DelegatedWork>
    for super::Granted<B0, B1, B2, B3, B4, B5, true, B7, B8, B9, B10, B11> {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B0: bool,
        const B1: bool,
        const B2: bool,
        const B3: bool,
        const B4: bool,
        const B5: bool,
        const B7: bool,
        const B8: bool,
        const B9: bool,
        const B11: bool,
    > AllowsList<rt::typed::DelegatedWork>
    for super::Granted<B0, B1, B2, B3, B4, B5, false, B7, B8, B9, true, B11> {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B0: bool,
        const B1: bool,
        const B2: bool,
        const B3: bool,
        const B4: bool,
        const B5: bool,
        const B7: bool,
        const B8: bool,
        const B9: bool,
    > AllowsList<rt::typed::DelegatedWork>
    for super::Granted<B0, B1, B2, B3, B4, B5, false, B7, B8, B9, false, true> {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B0: bool,
        const B1: bool,
        const B2: bool,
        const B3: bool,
        const B4: bool,
        const B5: bool,
        const B8: bool,
        const B9: bool,
    > AllowsList<rt::typed::DelegatedWork>
    for super::Granted<B0, B1, B2, B3, B4, B5, false, true, B8, B9, false, false> {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B0: bool,
        const B1: bool,
        const B2: bool,
        const B3: bool,
        const B4: bool,
        const B5: bool,
        const B7: bool,
        const B8: bool,
        const B9: bool,
        const B10: bool,
        const B11: bool,
    > AllowsList<rt::typed::Application>
    for super::Granted<B0, B1, B2, B3, B4, B5, true, B7, B8, B9, B10, B11> {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B0: bool,
        const B1: bool,
        const B2: bool,
        const B3: bool,
        const B4: bool,
        const B5: bool,
        const B7: bool,
        const B8: bool,
        const B9: bool,
        const B11: bool,
    > AllowsList<rt::typed::Application>
    for super::Granted<B0, B1, B2, B3, B4, B5, false, B7, B8, B9, true, B11> {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B0: bool,
        const B1: bool,
        const B2: bool,
        const B3: bool,
        const B4: bool,
        const B5: bool,
        const B7: bool,
        const B8: bool,
        const B9: bool,
    > AllowsList<rt::typed::Application>
    for super::Granted<B0, B1, B2, B3, B4, B5, false, B7, B8, B9, false, true> {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B0: bool,
        const B1: bool,
        const B2: bool,
        const B3: bool,
        const B4: bool,
        const B5: bool,
        const B8: bool,
        const B9: bool,
    > AllowsList<rt::typed::Application>
    for super::Granted<B0, B1, B2, B3, B4, B5, false, true, B8, B9, false, false> {}

    /// The granted scopes that allow [`Create`](super::super::operations::list_item::Create), per permission type.
    #[cfg(feature = "typed-scopes")]
    #[diagnostic::on_unimplemented(
        message = "the scopes granted to this client do not allow `listItem.create` with `{P}` permissions",
        label = "`listItem.create` needs a scope this client was not granted",
        note = "to call `listItem.create`: Delegated (work or school account): grant Sites.ReadWrite.All (least privileged) or one of Sites.FullControl.All, Sites.Manage.All; Delegated (personal Microsoft account): not supported at all; Application: grant Sites.ReadWrite.All (least privileged) or one of Sites.FullControl.All, Sites.Manage.All"
    )]
    pub trait AllowsCreate<P> {}

    #[cfg(feature = "typed-scopes")]
    impl<P, S: AllowsCreate<P>> rt::typed::PermittedBy<P, S>
    for super::super::operations::list_item::Create {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B0: bool,
        const B1: bool,
        const B2: bool,
        const B3: bool,
        const B4: bool,
        const B5: bool,
        const B6: bool,
        const B8: bool,
        const B9: bool,
        const B10: bool,
        const B11: bool,
    > AllowsCreate<rt::typed::DelegatedWork>
    for super::Granted<B0, B1, B2, B3, B4, B5, B6, true, B8, B9, B10, B11> {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B0: bool,
        const B1: bool,
        const B2: bool,
        const B3: bool,
        const B4: bool,
        const B5: bool,
        const B6: bool,
        const B8: bool,
        const B9: bool,
        const B11: bool,
    > AllowsCreate<rt::typed::DelegatedWork>
    for super::Granted<B0, B1, B2, B3, B4, B5, B6, false, B8, B9, true, B11> {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B0: bool,
        const B1: bool,
        const B2: bool,
        const B3: bool,
        const B4: bool,
        const B5: bool,
        const B6: bool,
        const B8: bool,
        const B9: bool,
    > AllowsCreate<rt::typed::DelegatedWork>
    for super::Granted<B0, B1, B2, B3, B4, B5, B6, false, B8, B9, false, true> {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B0: bool,
        const B1: bool,
        const B2: bool,
        const B3: bool,
        const B4: bool,
        const B5: bool,
        const B6: bool,
        const B8: bool,
        const B9: bool,
        const B10: bool,
        const B11: bool,
    > AllowsCreate<rt::typed::Application>
    for super::Granted<B0, B1, B2, B3, B4, B5, B6, true, B8, B9, B10, B11> {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B0: bool,
        const B1: bool,
        const B2: bool,
        const B3: bool,
        const B4: bool,
        const B5: bool,
        const B6: bool,
        const B8: bool,
        const B9: bool,
        const B11: bool,
    > AllowsCreate<rt::typed::Application>
    for super::Granted<B0, B1, B2, B3, B4, B5, B6, false, B8, B9, true, B11> {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B0: bool,
        const B1: bool,
        const B2: bool,
        const B3: bool,
        const B4: bool,
        const B5: bool,
        const B6: bool,
        const B8: bool,
        const B9: bool,
    > AllowsCreate<rt::typed::Application>
    for super::Granted<B0, B1, B2, B3, B4, B5, B6, false, B8, B9, false, true> {}

    /// The granted scopes that allow [`Delete`](super::super::operations::list_item::Delete), per permission type.
    #[cfg(feature = "typed-scopes")]
    #[cfg(feature = "beta")]
    #[diagnostic::on_unimplemented(
        message = "the scopes granted to this client do not allow `listItem.delete` with `{P}` permissions",
        label = "`listItem.delete` needs a scope this client was not granted",
        note = "to call `listItem.delete`: Delegated (work or school account): grant Sites.ReadWrite.All (least privileged) or one of Sites.FullControl.All, Sites.Manage.All; Delegated (personal Microsoft account): not supported at all; Application: grant Sites.ReadWrite.All (least privileged) or one of Sites.FullControl.All, Sites.Manage.All"
    )]
    pub trait AllowsDelete<P> {}

    #[cfg(feature = "typed-scopes")]
    #[cfg(feature = "beta")]
    impl<P, S: AllowsDelete<P>> rt::typed::PermittedBy<P, S>
    for super::super::operations::list_item::Delete {}

    #[cfg(feature = "typed-scopes")]
    #[cfg(feature = "beta")]
    impl<
        const B0: bool,
        const B1: bool,
        const B2: bool,
        const B3: bool,
        const B4: bool,
        const B5: bool,
        const B6: bool,
        const B8: bool,
        const B9: bool,
        const B10: bool,
        const B11: bool,
    > AllowsDelete<rt::typed::DelegatedWork>
    for super::Granted<B0, B1, B2, B3, B4, B5, B6, true, B8, B9, B10, B11> {}

    #[cfg(feature = "typed-scopes")]
    #[cfg(feature = "beta")]
    impl<
        const B0: bool,
        const B1: bool,
        const B2: bool,
        const B3: bool,
        const B4: bool,
        const B5: bool,
        const B6: bool,
        const B8: bool,
        const B9: bool,
        const B11: bool,
    > AllowsDelete<rt::typed::DelegatedWork>
    for super::Granted<B0, B1, B2, B3, B4, B5, B6, false, B8, B9, true, B11> {}

    #[cfg(feature = "typed-scopes")]
    #[cfg(feature = "beta")]
    impl<
        const B0: bool,
        const B1: bool,
        const B2: bool,
        const B3: bool,
        const B4: bool,
        const B5: bool,
        const B6: bool,
        const B8: bool,
        const B9: bool,
    > AllowsDelete<rt::typed::DelegatedWork>
    for super::Granted<B0, B1, B2, B3, B4, B5, B6, false, B8, B9, false, true> {}

    #[cfg(feature = "typed-scopes")]
    #[cfg(feature = "beta")]
    impl<
        const B0: bool,
        const B1: bool,
        const B2: bool,
        const B3: bool,
        const B4: bool,
        const B5: bool,
        const B6: bool,
        const B8: bool,
        const B9: bool,
        const B10: bool,
        const B11: bool,
    > AllowsDelete<rt::typed::Application>
    for super::Granted<B0, B1, B2, B3, B4, B5, B6, true, B8, B9, B10, B11> {}

    #[cfg(feature = "typed-scopes")]
    #[cfg(feature = "beta")]
    impl<
        const B0: bool,
        const B1: bool,
        const B2: bool,
        const B3: bool,
        const B4: bool,
        const B5: bool,
        const B6: bool,
        const B8: bool,
        const B9: bool,
        const B11: bool,
    > AllowsDelete<rt::typed::Application>
    for super::Granted<B0, B1, B2, B3, B4, B5, B6, false, B8, B9, true, B11> {}

    #[cfg(feature = "typed-scopes")]
    #[cfg(feature = "beta")]
    impl<
        const B0: bool,
        const B1: bool,
        const B2: bool,
        const B3: bool,
        const B4: bool,
        const B5: bool,
        const B6: bool,
        const B8: bool,
        const B9: bool,
    > AllowsDelete<rt::typed::Application>
    for super::Granted<B0, B1, B2, B3, B4, B5, B6, false, B8, B9, false, true> {}

    /// The granted scopes that allow [`Get`](super::super::operations::list_item::Get), per permission type.
    #[cfg(feature = "typed-scopes")]
    #[cfg(feature = "beta")]
    #[diagnostic::on_unimplemented(
        message = "the scopes granted to this client do not allow `listItem.get` with `{P}` permissions",
        label = "`listItem.get` needs a scope this client was not granted",
        note = "to call `listItem.get`: Delegated (work or school account): grant Sites.Read.All (least privileged) or one of Sites.FullControl.All, Sites.Manage.All, Sites.ReadWrite.All; Delegated (personal Microsoft account): not supported at all; Application: grant Sites.Read.All (least privileged) or one of Sites.FullControl.All, Sites.Manage.All, Sites.ReadWrite.All"
    )]
    pub trait AllowsGet<P> {}

    #[cfg(feature = "typed-scopes")]
    #[cfg(feature = "beta")]
    impl<P, S: AllowsGet<P>> rt::typed::PermittedBy<P, S>
    for super::super::operations::list_item::Get {}

    #[cfg(feature = "typed-scopes")]
    #[cfg(feature = "beta")]
    impl<
        const B0: bool,
        const B1: bool,
        const B2: bool,
        const B3: bool,
        const B4: bool,
        const B5: bool,
        const B7: bool,
        const B8: bool,
        const B9: bool,
        const B10: bool,
        const B11: bool,
    > AllowsGet<rt::typed::DelegatedWork>
    for super::Granted<B0, B1, B2, B3, B4, B5, true, B7, B8, B9, B10, B11> {}

    #[cfg(feature = "typed-scopes")]
    #[cfg(feature = "beta")]
    impl<
        const B0: bool,
        const B1: bool,
        const B2: bool,
        const B3: bool,
        const B4: bool,
        const B5: bool,
        const B7: bool,
        const B8: bool,
        const B9: bool,
        const B11: bool,
    > AllowsGet<rt::typed::DelegatedWork>
    for super::Granted<B0, B1, B2, B3, B4, B5, false, B7, B8, B9, true, B11> {}

    #[cfg(feature = "typed-scopes")]
    #[cfg(feature = "beta")]
    impl<
        const B0: bool,
        const B1: bool,
        const B2: bool,
        const B3: bool,
        const B4: bool,
        const B5: bool,
        const B7: bool,
        const B8: bool,
        const B9: bool,
    > AllowsGet<rt::typed::DelegatedWork>
    for super::Granted<B0, B1, B2, B3, B4, B5, false, B7, B8, B9, false, true> {}

    #[cfg(feature = "typed-scopes")]
    #[cfg(feature = "beta")]
    impl<
        const B0: bool,
        const B1: bool,
        const B2: bool,
        const B3: bool,
        const B4: bool,
        const B5: bool,
        const B8: bool,
        const B9: bool,
    > AllowsGet<rt::typed::DelegatedWork>
    for super::Granted<B0, B1, B2, B3, B4, B5, false, true, B8, B9, false, false> {}

    #[cfg(feature = "typed-scopes")]
    #[cfg(feature = "beta")]
    impl<
        const B0: bool,
        const B1: bool,
        const B2: bool,
        const B3: bool,
        const B4: bool,
        const B5: bool,
        const B7: bool,
        const B8: bool,
        const B9: bool,
        const B10: bool,
        const B11: bool,
    > AllowsGet<rt::typed::Application>
    for super::Granted<B0, B1, B2, B3, B4, B5, true, B7, B8, B9, B10, B11> {}

    #[cfg(feature = "typed-scopes")]
    #[cfg(feature = "beta")]
    impl<
        const B0: bool,
        const B1: bool,
        const B2: bool,
        const B3: bool,
        const B4: bool,
        const B5: bool,
        const B7: bool,
        const B8: bool,
        const B9: bool,
        const B11: bool,
    > AllowsGet<rt::typed::Application>
    for super::Granted<B0, B1, B2, B3, B4, B5, false, B7, B8, B9, true, B11> {}

    #[cfg(feature = "typed-scopes")]
    #[cfg(feature = "beta")]
    impl<
        const B0: bool,
        const B1: bool,
        const B2: bool,
        const B3: bool,
        const B4: bool,
        const B5: bool,
        const B7: bool,
        const B8: bool,
        const B9: bool,
    > AllowsGet<rt::typed::Application>
    for super::Granted<B0, B1, B2, B3, B4, B5, false, B7, B8, B9, false, true> {}

    #[cfg(feature = "typed-scopes")]
    #[cfg(feature = "beta")]
    impl<
        const B0: bool,
        const B1: bool,
        const B2: bool,
        const B3: bool,
        const B4: bool,
        const B5: bool,
        const B8: bool,
        const B9: bool,
    > AllowsGet<rt::typed::Application>
    for super::Granted<B0, B1, B2, B3, B4, B5, false, true, B8, B9, false, false> {}

    /// The granted scopes that allow [`Update`](super::super::operations::list_item::Update), per permission type.
    #[cfg(feature = "typed-scopes")]
    #[cfg(feature = "beta")]
    #[diagnostic::on_unimplemented(
        message = "the scopes granted to this client do not allow `listItem.update` with `{P}` permissions",
        label = "`listItem.update` needs a scope this client was not granted",
        note = "to call `listItem.update`: Delegated (work or school account): grant Sites.ReadWrite.All (least privileged) or one of Sites.FullControl.All, Sites.Manage.All; Delegated (personal Microsoft account): not supported at all; Application: grant Sites.ReadWrite.All (least privileged) or one of Sites.FullControl.All, Sites.Manage.All"
    )]
    pub trait AllowsUpdate<P> {}

    #[cfg(feature = "typed-scopes")]
    #[cfg(feature = "beta")]
    impl<P, S: AllowsUpdate<P>> rt::typed::PermittedBy<P, S>
    for super::super::operations::list_item::Update {}

    #[cfg(feature = "typed-scopes")]
    #[cfg(feature = "beta")]
    impl<
        const B0: bool,
        const B1: bool,
        const B2: bool,
        const B3: bool,
        const B4: bool,
        const B5: bool,
        const B6: bool,
        const B8: bool,
        const B9: bool,
        const B10: bool,
        const B11: bool,
    > AllowsUpdate<rt::typed::DelegatedWork>
    for super::Granted<B0, B1, B2, B3, B4, B5, B6, true, B8, B9, B10, B11> {}

    #[cfg(feature = "typed-scopes")]
    #[cfg(feature = "beta")]
    impl<
        const B0: bool,
        const B1: bool,
        const B2: bool,
        const B3: bool,
        const B4: bool,
        const B5: bool,
        const B6: bool,
        const B8: bool,
        const B9: bool,
        const B11: bool,
    > AllowsUpdate<rt::typed::DelegatedWork>
    for super::Granted<B0, B1, B2, B3, B4, B5, B6, false, B8, B9, true, B11> {}

    #[cfg(feature = "typed-scopes")]
    #[cfg(feature = "beta")]
    impl<
        const B0: bool,
        const B1: bool,
        const B2: bool,
        const B3: bool,
        const B4: bool,
        const B5: bool,
        const B6: bool,
        const B8: bool,
        const B9: bool,
    > AllowsUpdate<rt::typed::DelegatedWork>
    for super::Granted<B0, B1, B2, B3, B4, B5, B6, false, B8, B9, false, true> {}

    #[cfg(feature = "typed-scopes")]
    #[cfg(feature = "beta")]
    impl<
        const B0: bool,
        const B1: bool,
        const B2: bool,
        const B3: bool,
        const B4: bool,
        const B5: bool,
        const B6: bool,
        const B8: bool,
        const B9: bool,
        const B10: bool,
        const B11: bool,
    > AllowsUpdate<rt::typed::Application>
    for super::Granted<B0, B1, B2, B3, B4, B5, B6, true, B8, B9, B10, B11> {}

    #[cfg(feature = "typed-scopes")]
    #[cfg(feature = "beta")]
    impl<
        const B0: bool,
        const B1: bool,
        const B2: bool,
        const B3: bool,
        const B4: bool,
        const B5: bool,
        const B6: bool,
        const B8: bool,
        const B9: bool,
        const B11: bool,
    > AllowsUpdate<rt::typed::Application>
    for super::Granted<B0, B1, B2, B3, B4, B5, B6, false, B8, B9, true, B11> {}

    #[cfg(feature = "typed-scopes")]
    #[cfg(feature = "beta")]
    impl<
        const B0: bool,
        const B1: bool,
        const B2: bool,
        const B3: bool,
        const B4: bool,
        const B5: bool,
        const B6: bool,
        const B8: bool,
        const B9: bool,
    > AllowsUpdate<rt::typed::Application>
    for super::Granted<B0, B1, B2, B3, B4, B5, B6, false, B8, B9, false, true> {}
}

#[cfg(feature = "typed-scopes")]
pub mod share {
    //! The compile-time scope checks of family `share`: per operation, the granted scopes that allow it.

    #[allow(unused_imports)]
    use super::rt;

    /// The granted scopes that allow [`Grant`](super::super::operations::share::Grant), per permission type.
    #[cfg(feature = "typed-scopes")]
    #[diagnostic::on_unimplemented(
        message = "the scopes granted to this client do not allow `share.grant` with `{P}` permissions",
        label = "`share.grant` needs a scope this client was not granted",
        note = "to call `share.grant`: Delegated (work or school account): grant Files.ReadWrite (least privileged) or one of Files.ReadWrite.All, Sites.ReadWrite.All; Delegated (personal Microsoft account): not supported at all; Application: grant Files.ReadWrite.All (least privileged) or one of Sites.ReadWrite.All"
    )]
    pub trait AllowsGrant<P> {}

    #[cfg(feature = "typed-scopes")]
    impl<P, S: AllowsGrant<P>> rt::typed::PermittedBy<P, S>
    for super::super::operations::share::Grant {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B0: bool,
        const B2: bool,
        const B3: bool,
        const B4: bool,
        const B5: bool,
        const B6: bool,
        const B7: bool,
        const B8: bool,
        const B9: bool,
        const B10: bool,
        const B11: bool,
    > AllowsGrant<rt::typed::DelegatedWork>
    for super::Granted<B0, true, B2, B3, B4, B5, B6, B7, B8, B9, B10, B11> {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B0: bool,
        const B2: bool,
        const B4: bool,
        const B5: bool,
        const B6: bool,
        const B7: bool,
        const B8: bool,
        const B9: bool,
        const B10: bool,
        const B11: bool,
    > AllowsGrant<rt::typed::DelegatedWork>
    for super::Granted<B0, false, B2, true, B4, B5, B6, B7, B8, B9, B10, B11> {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B0: bool,
        const B2: bool,
        const B4: bool,
        const B5: bool,
        const B6: bool,
        const B8: bool,
        const B9: bool,
        const B10: bool,
        const B11: bool,
    > AllowsGrant<rt::typed::DelegatedWork>
    for super::Granted<B0, false, B2, false, B4, B5, B6, true, B8, B9, B10, B11> {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B0: bool,
        const B1: bool,
        const B2: bool,
        const B4: bool,
        const B5: bool,
        const B6: bool,
        const B7: bool,
        const B8: bool,
        const B9: bool,
        const B10: bool,
        const B11: bool,
    > AllowsGrant<rt::typed::Application>
    for super::Granted<B0, B1, B2, true, B4, B5, B6, B7, B8, B9, B10, B11> {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B0: bool,
        const B1: bool,
        const B2: bool,
        const B4: bool,
        const B5: bool,
        const B6: bool,
        const B8: bool,
        const B9: bool,
        const B10: bool,
        const B11: bool,
    > AllowsGrant<rt::typed::Application>
    for super::Granted<B0, B1, B2, false, B4, B5, B6, true, B8, B9, B10, B11> {}

    /// The granted scopes that allow [`Get`](super::super::operations::share::Get), per permission type.
    #[cfg(feature = "typed-scopes")]
    #[diagnostic::on_unimplemented(
        message = "the scopes granted to this client do not allow `share.get` with `{P}` permissions",
        label = "`share.get` needs a scope this client was not granted",
        note = "to call `share.get`: Delegated (work or school account): grant Files.ReadWrite (least privileged) or one of Files.ReadWrite.All, Sites.ReadWrite.All; Delegated (personal Microsoft account): grant Files.ReadWrite (least privileged) or one of Files.ReadWrite.All; Application: grant Files.ReadWrite.All (least privileged) or one of Sites.ReadWrite.All"
    )]
    pub trait AllowsGet<P> {}

    #[cfg(feature = "typed-scopes")]
    impl<P, S: AllowsGet<P>> rt::typed::PermittedBy<P, S>
    for super::super::operations::share::Get {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B0: bool,
        const B2: bool,
        const B3: bool,
        const B4: bool,
        const B5: bool,
        const B6: bool,
        const B7: bool,
        const B8: bool,
        const B9: bool,
        const B10: bool,
        const B11: bool,
    > AllowsGet<rt::typed::DelegatedWork>
    for super::Granted<B0, true, B2, B3, B4, B5, B6, B7, B8, B9, B10, B11> {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B0: bool,
        const B2: bool,
        const B4: bool,
        const B5: bool,
        const B6: bool,
        const B7: bool,
        const B8: bool,
        const B9: bool,
        const B10: bool,
        const B11: bool,
    > AllowsGet<rt::typed::DelegatedWork>
    for super::Granted<B0, false, B2, true, B4, B5, B6, B7, B8, B9, B10, B11> {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B0: bool,
        const B2: bool,
        const B4: bool,
        const B5: bool,
        const B6: bool,
        const B8: bool,
        const B9: bool,
        const B10: bool,
        const B11: bool,
    > AllowsGet<rt::typed::DelegatedWork>
    for super::Granted<B0, false, B2, false, B4, B5, B6, true, B8, B9, B10, B11> {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B0: bool,
        const B2: bool,
        const B3: bool,
        const B4: bool,
        const B5: bool,
        const B6: bool,
        const B7: bool,
        const B8: bool,
        const B9: bool,
        const B10: bool,
        const B11: bool,
    > AllowsGet<rt::typed::DelegatedPersonal>
    for super::Granted<B0, true, B2, B3, B4, B5, B6, B7, B8, B9, B10, B11> {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B0: bool,
        const B2: bool,
        const B4: bool,
        const B5: bool,
        const B6: bool,
        const B7: bool,
        const B8: bool,
        const B9: bool,
        const B10: bool,
        const B11: bool,
    > AllowsGet<rt::typed::DelegatedPersonal>
    for super::Granted<B0, false, B2, true, B4, B5, B6, B7, B8, B9, B10, B11> {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B0: bool,
        const B1: bool,
        const B2: bool,
        const B4: bool,
        const B5: bool,
        const B6: bool,
        const B7: bool,
        const B8: bool,
        const B9: bool,
        const B10: bool,
        const B11: bool,
    > AllowsGet<rt::typed::Application>
    for super::Granted<B0, B1, B2, true, B4, B5, B6, B7, B8, B9, B10, B11> {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B0: bool,
        const B1: bool,
        const B2: bool,
        const B4: bool,
        const B5: bool,
        const B6: bool,
        const B8: bool,
        const B9: bool,
        const B10: bool,
        const B11: bool,
    > AllowsGet<rt::typed::Application>
    for super::Granted<B0, B1, B2, false, B4, B5, B6, true, B8, B9, B10, B11> {}
}

#[cfg(feature = "typed-scopes")]
pub mod site {
    //! The compile-time scope checks of family `site`: per operation, the granted scopes that allow it.

    #[allow(unused_imports)]
    use super::rt;

    /// The granted scopes that allow [`Delete`](super::super::operations::site::Delete), per permission type.
    #[cfg(feature = "typed-scopes")]
    #[diagnostic::on_unimplemented(
        message = "the scopes granted to this client do not allow `site.delete` with `{P}` permissions",
        label = "`site.delete` needs a scope this client was not granted",
        note = "to call `site.delete`: Delegated (work or school account): not supported at all; Delegated (personal Microsoft account): not supported at all; Application: grant Sites.FullControl.All"
    )]
    pub trait AllowsDelete<P> {}

    #[cfg(feature = "typed-scopes")]
    impl<P, S: AllowsDelete<P>> rt::typed::PermittedBy<P, S>
    for super::super::operations::site::Delete {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B0: bool,
        const B1: bool,
        const B2: bool,
        const B3: bool,
        const B4: bool,
        const B5: bool,
        const B6: bool,
        const B7: bool,
        const B8: bool,
        const B9: bool,
        const B11: bool,
    > AllowsDelete<rt::typed::Application>
    for super::Granted<B0, B1, B2, B3, B4, B5, B6, B7, B8, B9, true, B11> {}

    /// The granted scopes that allow [`Get`](super::super::operations::site::Get), per permission type.
    #[cfg(feature = "typed-scopes")]
    #[diagnostic::on_unimplemented(
        message = "the scopes granted to this client do not allow `site.get` with `{P}` permissions",
        label = "`site.get` needs a scope this client was not granted",
        note = "to call `site.get`: Delegated (work or school account): not supported at all; Delegated (personal Microsoft account): not supported at all; Application: grant Sites.FullControl.All"
    )]
    pub trait AllowsGet<P> {}

    #[cfg(feature = "typed-scopes")]
    impl<P, S: AllowsGet<P>> rt::typed::PermittedBy<P, S>
    for super::super::operations::site::Get {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B0: bool,
        const B1: bool,
        const B2: bool,
        const B3: bool,
        const B4: bool,
        const B5: bool,
        const B6: bool,
        const B7: bool,
        const B8: bool,
        const B9: bool,
        const B11: bool,
    > AllowsGet<rt::typed::Application>
    for super::Granted<B0, B1, B2, B3, B4, B5, B6, B7, B8, B9, true, B11> {}

    /// The granted scopes that allow [`List`](super::super::operations::site::List), per permission type.
    #[cfg(feature = "typed-scopes")]
    #[diagnostic::on_unimplemented(
        message = "the scopes granted to this client do not allow `site.list` with `{P}` permissions",
        label = "`site.list` needs a scope this client was not granted",
        note = "to call `site.list`: Delegated (work or school account): grant Sites.FullControl.All; Delegated (personal Microsoft account): not supported at all; Application: grant Sites.FullControl.All"
    )]
    pub trait AllowsList<P> {}

    #[cfg(feature = "typed-scopes")]
    impl<P, S: AllowsList<P>> rt::typed::PermittedBy<P, S>
    for super::super::operations::site::List {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B0: bool,
        const B1: bool,
        const B2: bool,
        const B3: bool,
        const B4: bool,
        const B5: bool,
        const B6: bool,
        const B7: bool,
        const B8: bool,
        const B9: bool,
        const B11: bool,
    > AllowsList<rt::typed::DelegatedWork>
    for super::Granted<B0, B1, B2, B3, B4, B5, B6, B7, B8, B9, true, B11> {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B0: bool,
        const B1: bool,
        const B2: bool,
        const B3: bool,
        const B4: bool,
        const B5: bool,
        const B6: bool,
        const B7: bool,
        const B8: bool,
        const B9: bool,
        const B11: bool,
    > AllowsList<rt::typed::Application>
    for super::Granted<B0, B1, B2, B3, B4, B5, B6, B7, B8, B9, true, B11> {}

    /// The granted scopes that allow [`Create`](super::super::operations::site::Create), per permission type.
    #[cfg(feature = "typed-scopes")]
    #[diagnostic::on_unimplemented(
        message = "the scopes granted to this client do not allow `site.create` with `{P}` permissions",
        label = "`site.create` needs a scope this client was not granted",
        note = "to call `site.create`: Delegated (work or school account): not supported at all; Delegated (personal Microsoft account): not supported at all; Application: grant Sites.FullControl.All"
    )]
    pub trait AllowsCreate<P> {}

    #[cfg(feature = "typed-scopes")]
    impl<P, S: AllowsCreate<P>> rt::typed::PermittedBy<P, S>
    for super::super::operations::site::Create {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B0: bool,
        const B1: bool,
        const B2: bool,
        const B3: bool,
        const B4: bool,
        const B5: bool,
        const B6: bool,
        const B7: bool,
        const B8: bool,
        const B9: bool,
        const B11: bool,
    > AllowsCreate<rt::typed::Application>
    for super::Granted<B0, B1, B2, B3, B4, B5, B6, B7, B8, B9, true, B11> {}

    /// The granted scopes that allow [`Update`](super::super::operations::site::Update), per permission type.
    #[cfg(feature = "typed-scopes")]
    #[diagnostic::on_unimplemented(
        message = "the scopes granted to this client do not allow `site.update` with `{P}` permissions",
        label = "`site.update` needs a scope this client was not granted",
        note = "to call `site.update`: Delegated (work or school account): not supported at all; Delegated (personal Microsoft account): not supported at all; Application: grant Sites.FullControl.All"
    )]
    pub trait AllowsUpdate<P> {}

    #[cfg(feature = "typed-scopes")]
    impl<P, S: AllowsUpdate<P>> rt::typed::PermittedBy<P, S>
    for super::super::operations::site::Update {}

    #[cfg(feature = "typed-scopes")]
    impl<
        const B0: bool,
        const B1: bool,
        const B2: bool,
        const B3: bool,
        const B4: bool,
        const B5: bool,
        const B6: bool,
        const B7: bool,
        const B8: bool,
        const B9: bool,
        const B11: bool,
    > AllowsUpdate<rt::typed::Application>
    for super::Granted<B0, B1, B2, B3, B4, B5, B6, B7, B8, B9, true, B11> {}
}
