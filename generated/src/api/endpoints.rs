// Generated from spec/permissions.yaml by graph-permissions-codegen. Do not edit: change the spec
// and run `cargo run -p graph-permissions-codegen -- generate`.

//! The endpoint functions of Microsoft Graph sharing permissions: one per operation and path variant. Each returns a request value and does no I/O.

use ::graph_permissions::rt as rt;

pub mod drive_item {
    //! The endpoint functions of family `driveItem`: one per operation and path variant.
    //!
    //! A file or folder in a OneDrive or SharePoint document library, and its sharing permissions.
    //!
    //! Through the primary variant `drive`, a function is named after the operation alone (`list`); through another variant, after the operation and the variant (`list_group`).

    #[allow(unused_imports)]
    use super::rt;

    /// List sharing permissions on a driveItem (through `drive`).
    ///
    /// List the effective sharing permissions on a driveItem.
    ///
    /// `GET /drives/{drive-id}/items/{item-id}/permissions`
    ///
    /// Returns the request, no I/O: send it with `client.send(request)` for one page of `Permission`, or `client.collect_all(request)` for every page.
    ///
    /// # Arguments
    /// - `drive_id`: The unique identifier of the drive.
    /// - `item_id`: The unique identifier of the driveItem.
    ///
    /// # Permissions
    /// | Permission type | Scopes, least privileged first |
    /// |---|---|
    /// | Delegated (work or school account) | `Files.Read`, `Files.Read.All`, `Files.ReadWrite`, `Files.ReadWrite.All`, `Sites.Read.All`, `Sites.ReadWrite.All` |
    /// | Delegated (personal Microsoft account) | `Files.Read`, `Files.Read.All`, `Files.ReadWrite`, `Files.ReadWrite.All` |
    /// | Application | `Files.Read.All`, `Files.ReadWrite.All`, `Sites.Read.All`, `Sites.ReadWrite.All` |
    pub fn list(
        drive_id: &str,
        item_id: &str,
    ) -> rt::Request<super::super::operations::drive_item::List> {
        rt::Request::new(
            &rt::Endpoint {
                variant: "drive",
                template: "/drives/{drive-id}/items/{item-id}/permissions",
                signed_in_user: false,
            },
            rt::__private::path(
                &[
                    rt::__private::PathPart::Literal("/drives/"),
                    rt::__private::PathPart::Segment("drive-id", drive_id),
                    rt::__private::PathPart::Literal("/items/"),
                    rt::__private::PathPart::Segment("item-id", item_id),
                    rt::__private::PathPart::Literal("/permissions"),
                ],
            ),
            (),
        )
    }

    /// List sharing permissions on a driveItem (through `group`).
    ///
    /// List the effective sharing permissions on a driveItem.
    ///
    /// `GET /groups/{group-id}/drive/items/{item-id}/permissions`
    ///
    /// Returns the request, no I/O: send it with `client.send(request)` for one page of `Permission`, or `client.collect_all(request)` for every page.
    ///
    /// # Arguments
    /// - `group_id`: The unique identifier of the group.
    /// - `item_id`: The unique identifier of the driveItem.
    ///
    /// # Permissions
    /// | Permission type | Scopes, least privileged first |
    /// |---|---|
    /// | Delegated (work or school account) | `Files.Read`, `Files.Read.All`, `Files.ReadWrite`, `Files.ReadWrite.All`, `Sites.Read.All`, `Sites.ReadWrite.All` |
    /// | Delegated (personal Microsoft account) | `Files.Read`, `Files.Read.All`, `Files.ReadWrite`, `Files.ReadWrite.All` |
    /// | Application | `Files.Read.All`, `Files.ReadWrite.All`, `Sites.Read.All`, `Sites.ReadWrite.All` |
    pub fn list_group(
        group_id: &str,
        item_id: &str,
    ) -> rt::Request<super::super::operations::drive_item::List> {
        rt::Request::new(
            &rt::Endpoint {
                variant: "group",
                template: "/groups/{group-id}/drive/items/{item-id}/permissions",
                signed_in_user: false,
            },
            rt::__private::path(
                &[
                    rt::__private::PathPart::Literal("/groups/"),
                    rt::__private::PathPart::Segment("group-id", group_id),
                    rt::__private::PathPart::Literal("/drive/items/"),
                    rt::__private::PathPart::Segment("item-id", item_id),
                    rt::__private::PathPart::Literal("/permissions"),
                ],
            ),
            (),
        )
    }

    /// List sharing permissions on a driveItem (through `me`).
    ///
    /// List the effective sharing permissions on a driveItem.
    ///
    /// `GET /me/drive/items/{item-id}/permissions`
    ///
    /// Returns the request, no I/O: send it with `client.send(request)` for one page of `Permission`, or `client.collect_all(request)` for every page.
    ///
    /// # Arguments
    /// - `item_id`: The unique identifier of the driveItem.
    ///
    /// # Permissions
    /// | Permission type | Scopes, least privileged first |
    /// |---|---|
    /// | Delegated (work or school account) | `Files.Read`, `Files.Read.All`, `Files.ReadWrite`, `Files.ReadWrite.All`, `Sites.Read.All`, `Sites.ReadWrite.All` |
    /// | Delegated (personal Microsoft account) | `Files.Read`, `Files.Read.All`, `Files.ReadWrite`, `Files.ReadWrite.All` |
    /// | Application | Not supported through `me` (no signed-in user) |
    pub fn list_me(
        item_id: &str,
    ) -> rt::Request<super::super::operations::drive_item::List, rt::SignedInUser> {
        rt::Request::new(
            &rt::Endpoint {
                variant: "me",
                template: "/me/drive/items/{item-id}/permissions",
                signed_in_user: true,
            },
            rt::__private::path(
                &[
                    rt::__private::PathPart::Literal("/me/drive/items/"),
                    rt::__private::PathPart::Segment("item-id", item_id),
                    rt::__private::PathPart::Literal("/permissions"),
                ],
            ),
            (),
        )
    }

    /// List sharing permissions on a driveItem (through `me-by-path`).
    ///
    /// List the effective sharing permissions on a driveItem.
    ///
    /// `GET /me/drive/root:/{path}:/permissions`
    ///
    /// Returns the request, no I/O: send it with `client.send(request)` for one page of `Permission`, or `client.collect_all(request)` for every page.
    ///
    /// # Arguments
    /// - `path`: The item's path relative to the drive root, e.g. Documents/report.docx.
    ///
    /// # Permissions
    /// | Permission type | Scopes, least privileged first |
    /// |---|---|
    /// | Delegated (work or school account) | `Files.Read`, `Files.Read.All`, `Files.ReadWrite`, `Files.ReadWrite.All`, `Sites.Read.All`, `Sites.ReadWrite.All` |
    /// | Delegated (personal Microsoft account) | `Files.Read`, `Files.Read.All`, `Files.ReadWrite`, `Files.ReadWrite.All` |
    /// | Application | Not supported through `me-by-path` (no signed-in user) |
    pub fn list_me_by_path(
        path: &str,
    ) -> rt::Request<super::super::operations::drive_item::List, rt::SignedInUser> {
        rt::Request::new(
            &rt::Endpoint {
                variant: "me-by-path",
                template: "/me/drive/root:/{path}:/permissions",
                signed_in_user: true,
            },
            rt::__private::path(
                &[
                    rt::__private::PathPart::Literal("/me/drive/root:/"),
                    rt::__private::PathPart::Segments("path", path),
                    rt::__private::PathPart::Literal(":/permissions"),
                ],
            ),
            (),
        )
    }

    /// List sharing permissions on a driveItem (through `site`).
    ///
    /// List the effective sharing permissions on a driveItem.
    ///
    /// `GET /sites/{site-id}/drive/items/{item-id}/permissions`
    ///
    /// Returns the request, no I/O: send it with `client.send(request)` for one page of `Permission`, or `client.collect_all(request)` for every page.
    ///
    /// # Arguments
    /// - `site_id`: The unique identifier of the site.
    /// - `item_id`: The unique identifier of the driveItem.
    ///
    /// # Permissions
    /// | Permission type | Scopes, least privileged first |
    /// |---|---|
    /// | Delegated (work or school account) | `Files.Read`, `Files.Read.All`, `Files.ReadWrite`, `Files.ReadWrite.All`, `Sites.Read.All`, `Sites.ReadWrite.All` |
    /// | Delegated (personal Microsoft account) | `Files.Read`, `Files.Read.All`, `Files.ReadWrite`, `Files.ReadWrite.All` |
    /// | Application | `Files.Read.All`, `Files.ReadWrite.All`, `Sites.Read.All`, `Sites.ReadWrite.All` |
    pub fn list_site(
        site_id: &str,
        item_id: &str,
    ) -> rt::Request<super::super::operations::drive_item::List> {
        rt::Request::new(
            &rt::Endpoint {
                variant: "site",
                template: "/sites/{site-id}/drive/items/{item-id}/permissions",
                signed_in_user: false,
            },
            rt::__private::path(
                &[
                    rt::__private::PathPart::Literal("/sites/"),
                    rt::__private::PathPart::Segment("site-id", site_id),
                    rt::__private::PathPart::Literal("/drive/items/"),
                    rt::__private::PathPart::Segment("item-id", item_id),
                    rt::__private::PathPart::Literal("/permissions"),
                ],
            ),
            (),
        )
    }

    /// List sharing permissions on a driveItem (through `user`).
    ///
    /// List the effective sharing permissions on a driveItem.
    ///
    /// `GET /users/{user-id}/drive/items/{item-id}/permissions`
    ///
    /// Returns the request, no I/O: send it with `client.send(request)` for one page of `Permission`, or `client.collect_all(request)` for every page.
    ///
    /// # Arguments
    /// - `user_id`: The unique identifier of the user.
    /// - `item_id`: The unique identifier of the driveItem.
    ///
    /// # Permissions
    /// | Permission type | Scopes, least privileged first |
    /// |---|---|
    /// | Delegated (work or school account) | `Files.Read`, `Files.Read.All`, `Files.ReadWrite`, `Files.ReadWrite.All`, `Sites.Read.All`, `Sites.ReadWrite.All` |
    /// | Delegated (personal Microsoft account) | `Files.Read`, `Files.Read.All`, `Files.ReadWrite`, `Files.ReadWrite.All` |
    /// | Application | `Files.Read.All`, `Files.ReadWrite.All`, `Sites.Read.All`, `Sites.ReadWrite.All` |
    pub fn list_user(
        user_id: &str,
        item_id: &str,
    ) -> rt::Request<super::super::operations::drive_item::List> {
        rt::Request::new(
            &rt::Endpoint {
                variant: "user",
                template: "/users/{user-id}/drive/items/{item-id}/permissions",
                signed_in_user: false,
            },
            rt::__private::path(
                &[
                    rt::__private::PathPart::Literal("/users/"),
                    rt::__private::PathPart::Segment("user-id", user_id),
                    rt::__private::PathPart::Literal("/drive/items/"),
                    rt::__private::PathPart::Segment("item-id", item_id),
                    rt::__private::PathPart::Literal("/permissions"),
                ],
            ),
            (),
        )
    }

    /// Create permission on a driveItem (through `drive`).
    ///
    /// Create a new permission object on a driveItem.
    ///
    /// `POST /drives/{drive-id}/items/{item-id}/permissions`
    ///
    /// Returns the request, no I/O: send it with `client.send(request)`, which answers a `Permission`.
    ///
    /// # Arguments
    /// - `drive_id`: The unique identifier of the drive.
    /// - `item_id`: The unique identifier of the driveItem.
    /// - `body`: the request body, [`CreateBody`](super::super::operations::drive_item::CreateBody).
    ///
    /// # Permissions
    /// | Permission type | Scopes, least privileged first |
    /// |---|---|
    /// | Delegated (work or school account) | `Files.ReadWrite`, `Files.ReadWrite.All`, `Files.SelectedOperations.Selected`, `Sites.ReadWrite.All`, `Sites.FullControl.All`, `Sites.Manage.All`, `Sites.Selected`, `Lists.SelectedOperations.Selected`, `ListItems.SelectedOperations.Selected` |
    /// | Delegated (personal Microsoft account) | `Files.ReadWrite`, `Files.ReadWrite.All` |
    /// | Application | `Files.ReadWrite.All`, `Sites.FullControl.All`, `Sites.Manage.All`, `Sites.ReadWrite.All`, `Sites.Selected`, `Files.SelectedOperations.Selected`, `Lists.SelectedOperations.Selected`, `ListItems.SelectedOperations.Selected` |
    pub fn create(
        drive_id: &str,
        item_id: &str,
        body: super::super::operations::drive_item::CreateBody,
    ) -> rt::Request<super::super::operations::drive_item::Create> {
        rt::Request::new(
            &rt::Endpoint {
                variant: "drive",
                template: "/drives/{drive-id}/items/{item-id}/permissions",
                signed_in_user: false,
            },
            rt::__private::path(
                &[
                    rt::__private::PathPart::Literal("/drives/"),
                    rt::__private::PathPart::Segment("drive-id", drive_id),
                    rt::__private::PathPart::Literal("/items/"),
                    rt::__private::PathPart::Segment("item-id", item_id),
                    rt::__private::PathPart::Literal("/permissions"),
                ],
            ),
            body,
        )
    }

    /// Create permission on a driveItem (through `group`).
    ///
    /// Create a new permission object on a driveItem.
    ///
    /// `POST /groups/{group-id}/drive/items/{item-id}/permissions`
    ///
    /// Returns the request, no I/O: send it with `client.send(request)`, which answers a `Permission`.
    ///
    /// # Arguments
    /// - `group_id`: The unique identifier of the group.
    /// - `item_id`: The unique identifier of the driveItem.
    /// - `body`: the request body, [`CreateBody`](super::super::operations::drive_item::CreateBody).
    ///
    /// # Permissions
    /// | Permission type | Scopes, least privileged first |
    /// |---|---|
    /// | Delegated (work or school account) | `Files.ReadWrite`, `Files.ReadWrite.All`, `Files.SelectedOperations.Selected`, `Sites.ReadWrite.All`, `Sites.FullControl.All`, `Sites.Manage.All`, `Sites.Selected`, `Lists.SelectedOperations.Selected`, `ListItems.SelectedOperations.Selected` |
    /// | Delegated (personal Microsoft account) | `Files.ReadWrite`, `Files.ReadWrite.All` |
    /// | Application | `Files.ReadWrite.All`, `Sites.FullControl.All`, `Sites.Manage.All`, `Sites.ReadWrite.All`, `Sites.Selected`, `Files.SelectedOperations.Selected`, `Lists.SelectedOperations.Selected`, `ListItems.SelectedOperations.Selected` |
    pub fn create_group(
        group_id: &str,
        item_id: &str,
        body: super::super::operations::drive_item::CreateBody,
    ) -> rt::Request<super::super::operations::drive_item::Create> {
        rt::Request::new(
            &rt::Endpoint {
                variant: "group",
                template: "/groups/{group-id}/drive/items/{item-id}/permissions",
                signed_in_user: false,
            },
            rt::__private::path(
                &[
                    rt::__private::PathPart::Literal("/groups/"),
                    rt::__private::PathPart::Segment("group-id", group_id),
                    rt::__private::PathPart::Literal("/drive/items/"),
                    rt::__private::PathPart::Segment("item-id", item_id),
                    rt::__private::PathPart::Literal("/permissions"),
                ],
            ),
            body,
        )
    }

    /// Create permission on a driveItem (through `me`).
    ///
    /// Create a new permission object on a driveItem.
    ///
    /// `POST /me/drive/items/{item-id}/permissions`
    ///
    /// Returns the request, no I/O: send it with `client.send(request)`, which answers a `Permission`.
    ///
    /// # Arguments
    /// - `item_id`: The unique identifier of the driveItem.
    /// - `body`: the request body, [`CreateBody`](super::super::operations::drive_item::CreateBody).
    ///
    /// # Permissions
    /// | Permission type | Scopes, least privileged first |
    /// |---|---|
    /// | Delegated (work or school account) | `Files.ReadWrite`, `Files.ReadWrite.All`, `Files.SelectedOperations.Selected`, `Sites.ReadWrite.All`, `Sites.FullControl.All`, `Sites.Manage.All`, `Sites.Selected`, `Lists.SelectedOperations.Selected`, `ListItems.SelectedOperations.Selected` |
    /// | Delegated (personal Microsoft account) | `Files.ReadWrite`, `Files.ReadWrite.All` |
    /// | Application | Not supported through `me` (no signed-in user) |
    pub fn create_me(
        item_id: &str,
        body: super::super::operations::drive_item::CreateBody,
    ) -> rt::Request<super::super::operations::drive_item::Create, rt::SignedInUser> {
        rt::Request::new(
            &rt::Endpoint {
                variant: "me",
                template: "/me/drive/items/{item-id}/permissions",
                signed_in_user: true,
            },
            rt::__private::path(
                &[
                    rt::__private::PathPart::Literal("/me/drive/items/"),
                    rt::__private::PathPart::Segment("item-id", item_id),
                    rt::__private::PathPart::Literal("/permissions"),
                ],
            ),
            body,
        )
    }

    /// Create permission on a driveItem (through `site`).
    ///
    /// Create a new permission object on a driveItem.
    ///
    /// `POST /sites/{site-id}/drive/items/{item-id}/permissions`
    ///
    /// Returns the request, no I/O: send it with `client.send(request)`, which answers a `Permission`.
    ///
    /// # Arguments
    /// - `site_id`: The unique identifier of the site.
    /// - `item_id`: The unique identifier of the driveItem.
    /// - `body`: the request body, [`CreateBody`](super::super::operations::drive_item::CreateBody).
    ///
    /// # Permissions
    /// | Permission type | Scopes, least privileged first |
    /// |---|---|
    /// | Delegated (work or school account) | `Files.ReadWrite`, `Files.ReadWrite.All`, `Files.SelectedOperations.Selected`, `Sites.ReadWrite.All`, `Sites.FullControl.All`, `Sites.Manage.All`, `Sites.Selected`, `Lists.SelectedOperations.Selected`, `ListItems.SelectedOperations.Selected` |
    /// | Delegated (personal Microsoft account) | `Files.ReadWrite`, `Files.ReadWrite.All` |
    /// | Application | `Files.ReadWrite.All`, `Sites.FullControl.All`, `Sites.Manage.All`, `Sites.ReadWrite.All`, `Sites.Selected`, `Files.SelectedOperations.Selected`, `Lists.SelectedOperations.Selected`, `ListItems.SelectedOperations.Selected` |
    pub fn create_site(
        site_id: &str,
        item_id: &str,
        body: super::super::operations::drive_item::CreateBody,
    ) -> rt::Request<super::super::operations::drive_item::Create> {
        rt::Request::new(
            &rt::Endpoint {
                variant: "site",
                template: "/sites/{site-id}/drive/items/{item-id}/permissions",
                signed_in_user: false,
            },
            rt::__private::path(
                &[
                    rt::__private::PathPart::Literal("/sites/"),
                    rt::__private::PathPart::Segment("site-id", site_id),
                    rt::__private::PathPart::Literal("/drive/items/"),
                    rt::__private::PathPart::Segment("item-id", item_id),
                    rt::__private::PathPart::Literal("/permissions"),
                ],
            ),
            body,
        )
    }

    /// Create permission on a driveItem (through `user`).
    ///
    /// Create a new permission object on a driveItem.
    ///
    /// `POST /users/{user-id}/drive/items/{item-id}/permissions`
    ///
    /// Returns the request, no I/O: send it with `client.send(request)`, which answers a `Permission`.
    ///
    /// # Arguments
    /// - `user_id`: The unique identifier of the user.
    /// - `item_id`: The unique identifier of the driveItem.
    /// - `body`: the request body, [`CreateBody`](super::super::operations::drive_item::CreateBody).
    ///
    /// # Permissions
    /// | Permission type | Scopes, least privileged first |
    /// |---|---|
    /// | Delegated (work or school account) | `Files.ReadWrite`, `Files.ReadWrite.All`, `Files.SelectedOperations.Selected`, `Sites.ReadWrite.All`, `Sites.FullControl.All`, `Sites.Manage.All`, `Sites.Selected`, `Lists.SelectedOperations.Selected`, `ListItems.SelectedOperations.Selected` |
    /// | Delegated (personal Microsoft account) | `Files.ReadWrite`, `Files.ReadWrite.All` |
    /// | Application | `Files.ReadWrite.All`, `Sites.FullControl.All`, `Sites.Manage.All`, `Sites.ReadWrite.All`, `Sites.Selected`, `Files.SelectedOperations.Selected`, `Lists.SelectedOperations.Selected`, `ListItems.SelectedOperations.Selected` |
    pub fn create_user(
        user_id: &str,
        item_id: &str,
        body: super::super::operations::drive_item::CreateBody,
    ) -> rt::Request<super::super::operations::drive_item::Create> {
        rt::Request::new(
            &rt::Endpoint {
                variant: "user",
                template: "/users/{user-id}/drive/items/{item-id}/permissions",
                signed_in_user: false,
            },
            rt::__private::path(
                &[
                    rt::__private::PathPart::Literal("/users/"),
                    rt::__private::PathPart::Segment("user-id", user_id),
                    rt::__private::PathPart::Literal("/drive/items/"),
                    rt::__private::PathPart::Segment("item-id", item_id),
                    rt::__private::PathPart::Literal("/permissions"),
                ],
            ),
            body,
        )
    }

    /// Get sharing permission (through `drive`).
    ///
    /// Return the effective sharing permission for a particular permission resource, whether set on the item itself or inherited from an ancestor.
    ///
    /// `GET /drives/{drive-id}/items/{item-id}/permissions/{perm-id}`
    ///
    /// Returns the request, no I/O: send it with `client.send(request)`, which answers a `Permission`.
    ///
    /// # Arguments
    /// - `drive_id`: The unique identifier of the drive.
    /// - `item_id`: The unique identifier of the driveItem.
    /// - `perm_id`: The unique identifier of the permission.
    ///
    /// # Permissions
    /// | Permission type | Scopes, least privileged first |
    /// |---|---|
    /// | Delegated (work or school account) | `Files.Read`, `Files.ReadWrite`, `Files.Read.All`, `Files.ReadWrite.All`, `Sites.Read.All`, `Sites.ReadWrite.All` |
    /// | Delegated (personal Microsoft account) | `Files.Read`, `Files.ReadWrite`, `Files.Read.All`, `Files.ReadWrite.All` |
    /// | Application | `Files.Read.All`, `Files.ReadWrite.All`, `Sites.Read.All`, `Sites.ReadWrite.All` |
    pub fn get(
        drive_id: &str,
        item_id: &str,
        perm_id: &str,
    ) -> rt::Request<super::super::operations::drive_item::Get> {
        rt::Request::new(
            &rt::Endpoint {
                variant: "drive",
                template: "/drives/{drive-id}/items/{item-id}/permissions/{perm-id}",
                signed_in_user: false,
            },
            rt::__private::path(
                &[
                    rt::__private::PathPart::Literal("/drives/"),
                    rt::__private::PathPart::Segment("drive-id", drive_id),
                    rt::__private::PathPart::Literal("/items/"),
                    rt::__private::PathPart::Segment("item-id", item_id),
                    rt::__private::PathPart::Literal("/permissions/"),
                    rt::__private::PathPart::Segment("perm-id", perm_id),
                ],
            ),
            (),
        )
    }

    /// Get sharing permission (through `group`).
    ///
    /// Return the effective sharing permission for a particular permission resource, whether set on the item itself or inherited from an ancestor.
    ///
    /// `GET /groups/{group-id}/drive/items/{item-id}/permissions/{perm-id}`
    ///
    /// Returns the request, no I/O: send it with `client.send(request)`, which answers a `Permission`.
    ///
    /// # Arguments
    /// - `group_id`: The unique identifier of the group.
    /// - `item_id`: The unique identifier of the driveItem.
    /// - `perm_id`: The unique identifier of the permission.
    ///
    /// # Permissions
    /// | Permission type | Scopes, least privileged first |
    /// |---|---|
    /// | Delegated (work or school account) | `Files.Read`, `Files.ReadWrite`, `Files.Read.All`, `Files.ReadWrite.All`, `Sites.Read.All`, `Sites.ReadWrite.All` |
    /// | Delegated (personal Microsoft account) | `Files.Read`, `Files.ReadWrite`, `Files.Read.All`, `Files.ReadWrite.All` |
    /// | Application | `Files.Read.All`, `Files.ReadWrite.All`, `Sites.Read.All`, `Sites.ReadWrite.All` |
    pub fn get_group(
        group_id: &str,
        item_id: &str,
        perm_id: &str,
    ) -> rt::Request<super::super::operations::drive_item::Get> {
        rt::Request::new(
            &rt::Endpoint {
                variant: "group",
                template: "/groups/{group-id}/drive/items/{item-id}/permissions/{perm-id}",
                signed_in_user: false,
            },
            rt::__private::path(
                &[
                    rt::__private::PathPart::Literal("/groups/"),
                    rt::__private::PathPart::Segment("group-id", group_id),
                    rt::__private::PathPart::Literal("/drive/items/"),
                    rt::__private::PathPart::Segment("item-id", item_id),
                    rt::__private::PathPart::Literal("/permissions/"),
                    rt::__private::PathPart::Segment("perm-id", perm_id),
                ],
            ),
            (),
        )
    }

    /// Get sharing permission (through `me`).
    ///
    /// Return the effective sharing permission for a particular permission resource, whether set on the item itself or inherited from an ancestor.
    ///
    /// `GET /me/drive/items/{item-id}/permissions/{perm-id}`
    ///
    /// Returns the request, no I/O: send it with `client.send(request)`, which answers a `Permission`.
    ///
    /// # Arguments
    /// - `item_id`: The unique identifier of the driveItem.
    /// - `perm_id`: The unique identifier of the permission.
    ///
    /// # Permissions
    /// | Permission type | Scopes, least privileged first |
    /// |---|---|
    /// | Delegated (work or school account) | `Files.Read`, `Files.ReadWrite`, `Files.Read.All`, `Files.ReadWrite.All`, `Sites.Read.All`, `Sites.ReadWrite.All` |
    /// | Delegated (personal Microsoft account) | `Files.Read`, `Files.ReadWrite`, `Files.Read.All`, `Files.ReadWrite.All` |
    /// | Application | Not supported through `me` (no signed-in user) |
    pub fn get_me(
        item_id: &str,
        perm_id: &str,
    ) -> rt::Request<super::super::operations::drive_item::Get, rt::SignedInUser> {
        rt::Request::new(
            &rt::Endpoint {
                variant: "me",
                template: "/me/drive/items/{item-id}/permissions/{perm-id}",
                signed_in_user: true,
            },
            rt::__private::path(
                &[
                    rt::__private::PathPart::Literal("/me/drive/items/"),
                    rt::__private::PathPart::Segment("item-id", item_id),
                    rt::__private::PathPart::Literal("/permissions/"),
                    rt::__private::PathPart::Segment("perm-id", perm_id),
                ],
            ),
            (),
        )
    }

    /// Get sharing permission (through `site`).
    ///
    /// Return the effective sharing permission for a particular permission resource, whether set on the item itself or inherited from an ancestor.
    ///
    /// `GET /sites/{site-id}/drive/items/{item-id}/permissions/{perm-id}`
    ///
    /// Returns the request, no I/O: send it with `client.send(request)`, which answers a `Permission`.
    ///
    /// # Arguments
    /// - `site_id`: The unique identifier of the site.
    /// - `item_id`: The unique identifier of the driveItem.
    /// - `perm_id`: The unique identifier of the permission.
    ///
    /// # Permissions
    /// | Permission type | Scopes, least privileged first |
    /// |---|---|
    /// | Delegated (work or school account) | `Files.Read`, `Files.ReadWrite`, `Files.Read.All`, `Files.ReadWrite.All`, `Sites.Read.All`, `Sites.ReadWrite.All` |
    /// | Delegated (personal Microsoft account) | `Files.Read`, `Files.ReadWrite`, `Files.Read.All`, `Files.ReadWrite.All` |
    /// | Application | `Files.Read.All`, `Files.ReadWrite.All`, `Sites.Read.All`, `Sites.ReadWrite.All` |
    pub fn get_site(
        site_id: &str,
        item_id: &str,
        perm_id: &str,
    ) -> rt::Request<super::super::operations::drive_item::Get> {
        rt::Request::new(
            &rt::Endpoint {
                variant: "site",
                template: "/sites/{site-id}/drive/items/{item-id}/permissions/{perm-id}",
                signed_in_user: false,
            },
            rt::__private::path(
                &[
                    rt::__private::PathPart::Literal("/sites/"),
                    rt::__private::PathPart::Segment("site-id", site_id),
                    rt::__private::PathPart::Literal("/drive/items/"),
                    rt::__private::PathPart::Segment("item-id", item_id),
                    rt::__private::PathPart::Literal("/permissions/"),
                    rt::__private::PathPart::Segment("perm-id", perm_id),
                ],
            ),
            (),
        )
    }

    /// Get sharing permission (through `user`).
    ///
    /// Return the effective sharing permission for a particular permission resource, whether set on the item itself or inherited from an ancestor.
    ///
    /// `GET /users/{user-id}/drive/items/{item-id}/permissions/{perm-id}`
    ///
    /// Returns the request, no I/O: send it with `client.send(request)`, which answers a `Permission`.
    ///
    /// # Arguments
    /// - `user_id`: The unique identifier of the user.
    /// - `item_id`: The unique identifier of the driveItem.
    /// - `perm_id`: The unique identifier of the permission.
    ///
    /// # Permissions
    /// | Permission type | Scopes, least privileged first |
    /// |---|---|
    /// | Delegated (work or school account) | `Files.Read`, `Files.ReadWrite`, `Files.Read.All`, `Files.ReadWrite.All`, `Sites.Read.All`, `Sites.ReadWrite.All` |
    /// | Delegated (personal Microsoft account) | `Files.Read`, `Files.ReadWrite`, `Files.Read.All`, `Files.ReadWrite.All` |
    /// | Application | `Files.Read.All`, `Files.ReadWrite.All`, `Sites.Read.All`, `Sites.ReadWrite.All` |
    pub fn get_user(
        user_id: &str,
        item_id: &str,
        perm_id: &str,
    ) -> rt::Request<super::super::operations::drive_item::Get> {
        rt::Request::new(
            &rt::Endpoint {
                variant: "user",
                template: "/users/{user-id}/drive/items/{item-id}/permissions/{perm-id}",
                signed_in_user: false,
            },
            rt::__private::path(
                &[
                    rt::__private::PathPart::Literal("/users/"),
                    rt::__private::PathPart::Segment("user-id", user_id),
                    rt::__private::PathPart::Literal("/drive/items/"),
                    rt::__private::PathPart::Segment("item-id", item_id),
                    rt::__private::PathPart::Literal("/permissions/"),
                    rt::__private::PathPart::Segment("perm-id", perm_id),
                ],
            ),
            (),
        )
    }

    /// Update sharing permission (through `drive`).
    ///
    /// Update the properties of a sharing permission by patching the permission resource.
    ///
    /// `PATCH /drives/{drive-id}/items/{item-id}/permissions/{perm-id}`
    ///
    /// Returns the request, no I/O: send it with `client.send(request)`, which answers a `Permission`.
    ///
    /// # Arguments
    /// - `drive_id`: The unique identifier of the drive.
    /// - `item_id`: The unique identifier of the driveItem.
    /// - `perm_id`: The unique identifier of the permission.
    /// - `body`: the request body, [`UpdateBody`](super::super::operations::drive_item::UpdateBody).
    ///
    /// # Permissions
    /// | Permission type | Scopes, least privileged first |
    /// |---|---|
    /// | Delegated (work or school account) | `Files.ReadWrite`, `Files.ReadWrite.All`, `Sites.ReadWrite.All` |
    /// | Delegated (personal Microsoft account) | `Files.ReadWrite`, `Files.ReadWrite.All` |
    /// | Application | `Files.ReadWrite.All`, `Sites.ReadWrite.All` |
    pub fn update(
        drive_id: &str,
        item_id: &str,
        perm_id: &str,
        body: super::super::operations::drive_item::UpdateBody,
    ) -> rt::Request<super::super::operations::drive_item::Update> {
        rt::Request::new(
            &rt::Endpoint {
                variant: "drive",
                template: "/drives/{drive-id}/items/{item-id}/permissions/{perm-id}",
                signed_in_user: false,
            },
            rt::__private::path(
                &[
                    rt::__private::PathPart::Literal("/drives/"),
                    rt::__private::PathPart::Segment("drive-id", drive_id),
                    rt::__private::PathPart::Literal("/items/"),
                    rt::__private::PathPart::Segment("item-id", item_id),
                    rt::__private::PathPart::Literal("/permissions/"),
                    rt::__private::PathPart::Segment("perm-id", perm_id),
                ],
            ),
            body,
        )
    }

    /// Update sharing permission (through `group`).
    ///
    /// Update the properties of a sharing permission by patching the permission resource.
    ///
    /// `PATCH /groups/{group-id}/drive/items/{item-id}/permissions/{perm-id}`
    ///
    /// Returns the request, no I/O: send it with `client.send(request)`, which answers a `Permission`.
    ///
    /// # Arguments
    /// - `group_id`: The unique identifier of the group.
    /// - `item_id`: The unique identifier of the driveItem.
    /// - `perm_id`: The unique identifier of the permission.
    /// - `body`: the request body, [`UpdateBody`](super::super::operations::drive_item::UpdateBody).
    ///
    /// # Permissions
    /// | Permission type | Scopes, least privileged first |
    /// |---|---|
    /// | Delegated (work or school account) | `Files.ReadWrite`, `Files.ReadWrite.All`, `Sites.ReadWrite.All` |
    /// | Delegated (personal Microsoft account) | `Files.ReadWrite`, `Files.ReadWrite.All` |
    /// | Application | `Files.ReadWrite.All`, `Sites.ReadWrite.All` |
    pub fn update_group(
        group_id: &str,
        item_id: &str,
        perm_id: &str,
        body: super::super::operations::drive_item::UpdateBody,
    ) -> rt::Request<super::super::operations::drive_item::Update> {
        rt::Request::new(
            &rt::Endpoint {
                variant: "group",
                template: "/groups/{group-id}/drive/items/{item-id}/permissions/{perm-id}",
                signed_in_user: false,
            },
            rt::__private::path(
                &[
                    rt::__private::PathPart::Literal("/groups/"),
                    rt::__private::PathPart::Segment("group-id", group_id),
                    rt::__private::PathPart::Literal("/drive/items/"),
                    rt::__private::PathPart::Segment("item-id", item_id),
                    rt::__private::PathPart::Literal("/permissions/"),
                    rt::__private::PathPart::Segment("perm-id", perm_id),
                ],
            ),
            body,
        )
    }

    /// Update sharing permission (through `me`).
    ///
    /// Update the properties of a sharing permission by patching the permission resource.
    ///
    /// `PATCH /me/drive/items/{item-id}/permissions/{perm-id}`
    ///
    /// Returns the request, no I/O: send it with `client.send(request)`, which answers a `Permission`.
    ///
    /// # Arguments
    /// - `item_id`: The unique identifier of the driveItem.
    /// - `perm_id`: The unique identifier of the permission.
    /// - `body`: the request body, [`UpdateBody`](super::super::operations::drive_item::UpdateBody).
    ///
    /// # Permissions
    /// | Permission type | Scopes, least privileged first |
    /// |---|---|
    /// | Delegated (work or school account) | `Files.ReadWrite`, `Files.ReadWrite.All`, `Sites.ReadWrite.All` |
    /// | Delegated (personal Microsoft account) | `Files.ReadWrite`, `Files.ReadWrite.All` |
    /// | Application | Not supported through `me` (no signed-in user) |
    pub fn update_me(
        item_id: &str,
        perm_id: &str,
        body: super::super::operations::drive_item::UpdateBody,
    ) -> rt::Request<super::super::operations::drive_item::Update, rt::SignedInUser> {
        rt::Request::new(
            &rt::Endpoint {
                variant: "me",
                template: "/me/drive/items/{item-id}/permissions/{perm-id}",
                signed_in_user: true,
            },
            rt::__private::path(
                &[
                    rt::__private::PathPart::Literal("/me/drive/items/"),
                    rt::__private::PathPart::Segment("item-id", item_id),
                    rt::__private::PathPart::Literal("/permissions/"),
                    rt::__private::PathPart::Segment("perm-id", perm_id),
                ],
            ),
            body,
        )
    }

    /// Update sharing permission (through `site`).
    ///
    /// Update the properties of a sharing permission by patching the permission resource.
    ///
    /// `PATCH /sites/{site-id}/drive/items/{item-id}/permissions/{perm-id}`
    ///
    /// Returns the request, no I/O: send it with `client.send(request)`, which answers a `Permission`.
    ///
    /// # Arguments
    /// - `site_id`: The unique identifier of the site.
    /// - `item_id`: The unique identifier of the driveItem.
    /// - `perm_id`: The unique identifier of the permission.
    /// - `body`: the request body, [`UpdateBody`](super::super::operations::drive_item::UpdateBody).
    ///
    /// # Permissions
    /// | Permission type | Scopes, least privileged first |
    /// |---|---|
    /// | Delegated (work or school account) | `Files.ReadWrite`, `Files.ReadWrite.All`, `Sites.ReadWrite.All` |
    /// | Delegated (personal Microsoft account) | `Files.ReadWrite`, `Files.ReadWrite.All` |
    /// | Application | `Files.ReadWrite.All`, `Sites.ReadWrite.All` |
    pub fn update_site(
        site_id: &str,
        item_id: &str,
        perm_id: &str,
        body: super::super::operations::drive_item::UpdateBody,
    ) -> rt::Request<super::super::operations::drive_item::Update> {
        rt::Request::new(
            &rt::Endpoint {
                variant: "site",
                template: "/sites/{site-id}/drive/items/{item-id}/permissions/{perm-id}",
                signed_in_user: false,
            },
            rt::__private::path(
                &[
                    rt::__private::PathPart::Literal("/sites/"),
                    rt::__private::PathPart::Segment("site-id", site_id),
                    rt::__private::PathPart::Literal("/drive/items/"),
                    rt::__private::PathPart::Segment("item-id", item_id),
                    rt::__private::PathPart::Literal("/permissions/"),
                    rt::__private::PathPart::Segment("perm-id", perm_id),
                ],
            ),
            body,
        )
    }

    /// Update sharing permission (through `user`).
    ///
    /// Update the properties of a sharing permission by patching the permission resource.
    ///
    /// `PATCH /users/{user-id}/drive/items/{item-id}/permissions/{perm-id}`
    ///
    /// Returns the request, no I/O: send it with `client.send(request)`, which answers a `Permission`.
    ///
    /// # Arguments
    /// - `user_id`: The unique identifier of the user.
    /// - `item_id`: The unique identifier of the driveItem.
    /// - `perm_id`: The unique identifier of the permission.
    /// - `body`: the request body, [`UpdateBody`](super::super::operations::drive_item::UpdateBody).
    ///
    /// # Permissions
    /// | Permission type | Scopes, least privileged first |
    /// |---|---|
    /// | Delegated (work or school account) | `Files.ReadWrite`, `Files.ReadWrite.All`, `Sites.ReadWrite.All` |
    /// | Delegated (personal Microsoft account) | `Files.ReadWrite`, `Files.ReadWrite.All` |
    /// | Application | `Files.ReadWrite.All`, `Sites.ReadWrite.All` |
    pub fn update_user(
        user_id: &str,
        item_id: &str,
        perm_id: &str,
        body: super::super::operations::drive_item::UpdateBody,
    ) -> rt::Request<super::super::operations::drive_item::Update> {
        rt::Request::new(
            &rt::Endpoint {
                variant: "user",
                template: "/users/{user-id}/drive/items/{item-id}/permissions/{perm-id}",
                signed_in_user: false,
            },
            rt::__private::path(
                &[
                    rt::__private::PathPart::Literal("/users/"),
                    rt::__private::PathPart::Segment("user-id", user_id),
                    rt::__private::PathPart::Literal("/drive/items/"),
                    rt::__private::PathPart::Segment("item-id", item_id),
                    rt::__private::PathPart::Literal("/permissions/"),
                    rt::__private::PathPart::Segment("perm-id", perm_id),
                ],
            ),
            body,
        )
    }

    /// Delete a sharing permission (through `drive`).
    ///
    /// Remove access to a driveItem. Only sharing permissions that are not inherited can be deleted (inheritedFrom must be null).
    ///
    /// `DELETE /drives/{drive-id}/items/{item-id}/permissions/{perm-id}`
    ///
    /// Returns the request, no I/O: send it with `client.send(request)`; a success has no body.
    ///
    /// # Arguments
    /// - `drive_id`: The unique identifier of the drive.
    /// - `item_id`: The unique identifier of the driveItem.
    /// - `perm_id`: The unique identifier of the permission.
    ///
    /// # Permissions
    /// | Permission type | Scopes, least privileged first |
    /// |---|---|
    /// | Delegated (work or school account) | `Files.ReadWrite`, `Files.ReadWrite.All`, `Sites.ReadWrite.All` |
    /// | Delegated (personal Microsoft account) | `Files.ReadWrite`, `Files.ReadWrite.All` |
    /// | Application | `Files.ReadWrite.All`, `Sites.ReadWrite.All` |
    pub fn delete(
        drive_id: &str,
        item_id: &str,
        perm_id: &str,
    ) -> rt::Request<super::super::operations::drive_item::Delete> {
        rt::Request::new(
            &rt::Endpoint {
                variant: "drive",
                template: "/drives/{drive-id}/items/{item-id}/permissions/{perm-id}",
                signed_in_user: false,
            },
            rt::__private::path(
                &[
                    rt::__private::PathPart::Literal("/drives/"),
                    rt::__private::PathPart::Segment("drive-id", drive_id),
                    rt::__private::PathPart::Literal("/items/"),
                    rt::__private::PathPart::Segment("item-id", item_id),
                    rt::__private::PathPart::Literal("/permissions/"),
                    rt::__private::PathPart::Segment("perm-id", perm_id),
                ],
            ),
            (),
        )
    }

    /// Delete a sharing permission (through `group`).
    ///
    /// Remove access to a driveItem. Only sharing permissions that are not inherited can be deleted (inheritedFrom must be null).
    ///
    /// `DELETE /groups/{group-id}/drive/items/{item-id}/permissions/{perm-id}`
    ///
    /// Returns the request, no I/O: send it with `client.send(request)`; a success has no body.
    ///
    /// # Arguments
    /// - `group_id`: The unique identifier of the group.
    /// - `item_id`: The unique identifier of the driveItem.
    /// - `perm_id`: The unique identifier of the permission.
    ///
    /// # Permissions
    /// | Permission type | Scopes, least privileged first |
    /// |---|---|
    /// | Delegated (work or school account) | `Files.ReadWrite`, `Files.ReadWrite.All`, `Sites.ReadWrite.All` |
    /// | Delegated (personal Microsoft account) | `Files.ReadWrite`, `Files.ReadWrite.All` |
    /// | Application | `Files.ReadWrite.All`, `Sites.ReadWrite.All` |
    pub fn delete_group(
        group_id: &str,
        item_id: &str,
        perm_id: &str,
    ) -> rt::Request<super::super::operations::drive_item::Delete> {
        rt::Request::new(
            &rt::Endpoint {
                variant: "group",
                template: "/groups/{group-id}/drive/items/{item-id}/permissions/{perm-id}",
                signed_in_user: false,
            },
            rt::__private::path(
                &[
                    rt::__private::PathPart::Literal("/groups/"),
                    rt::__private::PathPart::Segment("group-id", group_id),
                    rt::__private::PathPart::Literal("/drive/items/"),
                    rt::__private::PathPart::Segment("item-id", item_id),
                    rt::__private::PathPart::Literal("/permissions/"),
                    rt::__private::PathPart::Segment("perm-id", perm_id),
                ],
            ),
            (),
        )
    }

    /// Delete a sharing permission (through `me`).
    ///
    /// Remove access to a driveItem. Only sharing permissions that are not inherited can be deleted (inheritedFrom must be null).
    ///
    /// `DELETE /me/drive/items/{item-id}/permissions/{perm-id}`
    ///
    /// Returns the request, no I/O: send it with `client.send(request)`; a success has no body.
    ///
    /// # Arguments
    /// - `item_id`: The unique identifier of the driveItem.
    /// - `perm_id`: The unique identifier of the permission.
    ///
    /// # Permissions
    /// | Permission type | Scopes, least privileged first |
    /// |---|---|
    /// | Delegated (work or school account) | `Files.ReadWrite`, `Files.ReadWrite.All`, `Sites.ReadWrite.All` |
    /// | Delegated (personal Microsoft account) | `Files.ReadWrite`, `Files.ReadWrite.All` |
    /// | Application | Not supported through `me` (no signed-in user) |
    pub fn delete_me(
        item_id: &str,
        perm_id: &str,
    ) -> rt::Request<super::super::operations::drive_item::Delete, rt::SignedInUser> {
        rt::Request::new(
            &rt::Endpoint {
                variant: "me",
                template: "/me/drive/items/{item-id}/permissions/{perm-id}",
                signed_in_user: true,
            },
            rt::__private::path(
                &[
                    rt::__private::PathPart::Literal("/me/drive/items/"),
                    rt::__private::PathPart::Segment("item-id", item_id),
                    rt::__private::PathPart::Literal("/permissions/"),
                    rt::__private::PathPart::Segment("perm-id", perm_id),
                ],
            ),
            (),
        )
    }

    /// Delete a sharing permission (through `site`).
    ///
    /// Remove access to a driveItem. Only sharing permissions that are not inherited can be deleted (inheritedFrom must be null).
    ///
    /// `DELETE /sites/{site-id}/drive/items/{item-id}/permissions/{perm-id}`
    ///
    /// Returns the request, no I/O: send it with `client.send(request)`; a success has no body.
    ///
    /// # Arguments
    /// - `site_id`: The unique identifier of the site.
    /// - `item_id`: The unique identifier of the driveItem.
    /// - `perm_id`: The unique identifier of the permission.
    ///
    /// # Permissions
    /// | Permission type | Scopes, least privileged first |
    /// |---|---|
    /// | Delegated (work or school account) | `Files.ReadWrite`, `Files.ReadWrite.All`, `Sites.ReadWrite.All` |
    /// | Delegated (personal Microsoft account) | `Files.ReadWrite`, `Files.ReadWrite.All` |
    /// | Application | `Files.ReadWrite.All`, `Sites.ReadWrite.All` |
    pub fn delete_site(
        site_id: &str,
        item_id: &str,
        perm_id: &str,
    ) -> rt::Request<super::super::operations::drive_item::Delete> {
        rt::Request::new(
            &rt::Endpoint {
                variant: "site",
                template: "/sites/{site-id}/drive/items/{item-id}/permissions/{perm-id}",
                signed_in_user: false,
            },
            rt::__private::path(
                &[
                    rt::__private::PathPart::Literal("/sites/"),
                    rt::__private::PathPart::Segment("site-id", site_id),
                    rt::__private::PathPart::Literal("/drive/items/"),
                    rt::__private::PathPart::Segment("item-id", item_id),
                    rt::__private::PathPart::Literal("/permissions/"),
                    rt::__private::PathPart::Segment("perm-id", perm_id),
                ],
            ),
            (),
        )
    }

    /// Delete a sharing permission (through `user`).
    ///
    /// Remove access to a driveItem. Only sharing permissions that are not inherited can be deleted (inheritedFrom must be null).
    ///
    /// `DELETE /users/{user-id}/drive/items/{item-id}/permissions/{perm-id}`
    ///
    /// Returns the request, no I/O: send it with `client.send(request)`; a success has no body.
    ///
    /// # Arguments
    /// - `user_id`: The unique identifier of the user.
    /// - `item_id`: The unique identifier of the driveItem.
    /// - `perm_id`: The unique identifier of the permission.
    ///
    /// # Permissions
    /// | Permission type | Scopes, least privileged first |
    /// |---|---|
    /// | Delegated (work or school account) | `Files.ReadWrite`, `Files.ReadWrite.All`, `Sites.ReadWrite.All` |
    /// | Delegated (personal Microsoft account) | `Files.ReadWrite`, `Files.ReadWrite.All` |
    /// | Application | `Files.ReadWrite.All`, `Sites.ReadWrite.All` |
    pub fn delete_user(
        user_id: &str,
        item_id: &str,
        perm_id: &str,
    ) -> rt::Request<super::super::operations::drive_item::Delete> {
        rt::Request::new(
            &rt::Endpoint {
                variant: "user",
                template: "/users/{user-id}/drive/items/{item-id}/permissions/{perm-id}",
                signed_in_user: false,
            },
            rt::__private::path(
                &[
                    rt::__private::PathPart::Literal("/users/"),
                    rt::__private::PathPart::Segment("user-id", user_id),
                    rt::__private::PathPart::Literal("/drive/items/"),
                    rt::__private::PathPart::Segment("item-id", item_id),
                    rt::__private::PathPart::Literal("/permissions/"),
                    rt::__private::PathPart::Segment("perm-id", perm_id),
                ],
            ),
            (),
        )
    }

    /// Create a sharing link for a driveItem (through `drive`).
    ///
    /// Share a driveItem through a sharing link. A new link is created if the app has no link of the requested type on the item yet; otherwise the existing link is returned.
    ///
    /// `POST /drives/{drive-id}/items/{item-id}/createLink`
    ///
    /// Returns the request, no I/O: send it with `client.send(request)`, which answers a `Permission`.
    ///
    /// # Arguments
    /// - `drive_id`: The unique identifier of the drive.
    /// - `item_id`: The unique identifier of the driveItem.
    /// - `body`: the request body, [`CreateLinkBody`](super::super::operations::drive_item::CreateLinkBody).
    ///
    /// # Permissions
    /// | Permission type | Scopes, least privileged first |
    /// |---|---|
    /// | Delegated (work or school account) | `Files.ReadWrite`, `Files.ReadWrite.All`, `Sites.ReadWrite.All` |
    /// | Delegated (personal Microsoft account) | `Files.ReadWrite`, `Files.ReadWrite.All` |
    /// | Application | `Files.ReadWrite.All`, `Sites.ReadWrite.All` |
    pub fn create_link(
        drive_id: &str,
        item_id: &str,
        body: super::super::operations::drive_item::CreateLinkBody,
    ) -> rt::Request<super::super::operations::drive_item::CreateLink> {
        rt::Request::new(
            &rt::Endpoint {
                variant: "drive",
                template: "/drives/{drive-id}/items/{item-id}/createLink",
                signed_in_user: false,
            },
            rt::__private::path(
                &[
                    rt::__private::PathPart::Literal("/drives/"),
                    rt::__private::PathPart::Segment("drive-id", drive_id),
                    rt::__private::PathPart::Literal("/items/"),
                    rt::__private::PathPart::Segment("item-id", item_id),
                    rt::__private::PathPart::Literal("/createLink"),
                ],
            ),
            body,
        )
    }

    /// Create a sharing link for a driveItem (through `group`).
    ///
    /// Share a driveItem through a sharing link. A new link is created if the app has no link of the requested type on the item yet; otherwise the existing link is returned.
    ///
    /// `POST /groups/{group-id}/drive/items/{item-id}/createLink`
    ///
    /// Returns the request, no I/O: send it with `client.send(request)`, which answers a `Permission`.
    ///
    /// # Arguments
    /// - `group_id`: The unique identifier of the group.
    /// - `item_id`: The unique identifier of the driveItem.
    /// - `body`: the request body, [`CreateLinkBody`](super::super::operations::drive_item::CreateLinkBody).
    ///
    /// # Permissions
    /// | Permission type | Scopes, least privileged first |
    /// |---|---|
    /// | Delegated (work or school account) | `Files.ReadWrite`, `Files.ReadWrite.All`, `Sites.ReadWrite.All` |
    /// | Delegated (personal Microsoft account) | `Files.ReadWrite`, `Files.ReadWrite.All` |
    /// | Application | `Files.ReadWrite.All`, `Sites.ReadWrite.All` |
    pub fn create_link_group(
        group_id: &str,
        item_id: &str,
        body: super::super::operations::drive_item::CreateLinkBody,
    ) -> rt::Request<super::super::operations::drive_item::CreateLink> {
        rt::Request::new(
            &rt::Endpoint {
                variant: "group",
                template: "/groups/{group-id}/drive/items/{item-id}/createLink",
                signed_in_user: false,
            },
            rt::__private::path(
                &[
                    rt::__private::PathPart::Literal("/groups/"),
                    rt::__private::PathPart::Segment("group-id", group_id),
                    rt::__private::PathPart::Literal("/drive/items/"),
                    rt::__private::PathPart::Segment("item-id", item_id),
                    rt::__private::PathPart::Literal("/createLink"),
                ],
            ),
            body,
        )
    }

    /// Create a sharing link for a driveItem (through `me`).
    ///
    /// Share a driveItem through a sharing link. A new link is created if the app has no link of the requested type on the item yet; otherwise the existing link is returned.
    ///
    /// `POST /me/drive/items/{item-id}/createLink`
    ///
    /// Returns the request, no I/O: send it with `client.send(request)`, which answers a `Permission`.
    ///
    /// # Arguments
    /// - `item_id`: The unique identifier of the driveItem.
    /// - `body`: the request body, [`CreateLinkBody`](super::super::operations::drive_item::CreateLinkBody).
    ///
    /// # Permissions
    /// | Permission type | Scopes, least privileged first |
    /// |---|---|
    /// | Delegated (work or school account) | `Files.ReadWrite`, `Files.ReadWrite.All`, `Sites.ReadWrite.All` |
    /// | Delegated (personal Microsoft account) | `Files.ReadWrite`, `Files.ReadWrite.All` |
    /// | Application | Not supported through `me` (no signed-in user) |
    pub fn create_link_me(
        item_id: &str,
        body: super::super::operations::drive_item::CreateLinkBody,
    ) -> rt::Request<
        super::super::operations::drive_item::CreateLink,
        rt::SignedInUser,
    > {
        rt::Request::new(
            &rt::Endpoint {
                variant: "me",
                template: "/me/drive/items/{item-id}/createLink",
                signed_in_user: true,
            },
            rt::__private::path(
                &[
                    rt::__private::PathPart::Literal("/me/drive/items/"),
                    rt::__private::PathPart::Segment("item-id", item_id),
                    rt::__private::PathPart::Literal("/createLink"),
                ],
            ),
            body,
        )
    }

    /// Create a sharing link for a driveItem (through `site`).
    ///
    /// Share a driveItem through a sharing link. A new link is created if the app has no link of the requested type on the item yet; otherwise the existing link is returned.
    ///
    /// `POST /sites/{site-id}/drive/items/{item-id}/createLink`
    ///
    /// Returns the request, no I/O: send it with `client.send(request)`, which answers a `Permission`.
    ///
    /// # Arguments
    /// - `site_id`: The unique identifier of the site.
    /// - `item_id`: The unique identifier of the driveItem.
    /// - `body`: the request body, [`CreateLinkBody`](super::super::operations::drive_item::CreateLinkBody).
    ///
    /// # Permissions
    /// | Permission type | Scopes, least privileged first |
    /// |---|---|
    /// | Delegated (work or school account) | `Files.ReadWrite`, `Files.ReadWrite.All`, `Sites.ReadWrite.All` |
    /// | Delegated (personal Microsoft account) | `Files.ReadWrite`, `Files.ReadWrite.All` |
    /// | Application | `Files.ReadWrite.All`, `Sites.ReadWrite.All` |
    pub fn create_link_site(
        site_id: &str,
        item_id: &str,
        body: super::super::operations::drive_item::CreateLinkBody,
    ) -> rt::Request<super::super::operations::drive_item::CreateLink> {
        rt::Request::new(
            &rt::Endpoint {
                variant: "site",
                template: "/sites/{site-id}/drive/items/{item-id}/createLink",
                signed_in_user: false,
            },
            rt::__private::path(
                &[
                    rt::__private::PathPart::Literal("/sites/"),
                    rt::__private::PathPart::Segment("site-id", site_id),
                    rt::__private::PathPart::Literal("/drive/items/"),
                    rt::__private::PathPart::Segment("item-id", item_id),
                    rt::__private::PathPart::Literal("/createLink"),
                ],
            ),
            body,
        )
    }

    /// Create a sharing link for a driveItem (through `user`).
    ///
    /// Share a driveItem through a sharing link. A new link is created if the app has no link of the requested type on the item yet; otherwise the existing link is returned.
    ///
    /// `POST /users/{user-id}/drive/items/{item-id}/createLink`
    ///
    /// Returns the request, no I/O: send it with `client.send(request)`, which answers a `Permission`.
    ///
    /// # Arguments
    /// - `user_id`: The unique identifier of the user.
    /// - `item_id`: The unique identifier of the driveItem.
    /// - `body`: the request body, [`CreateLinkBody`](super::super::operations::drive_item::CreateLinkBody).
    ///
    /// # Permissions
    /// | Permission type | Scopes, least privileged first |
    /// |---|---|
    /// | Delegated (work or school account) | `Files.ReadWrite`, `Files.ReadWrite.All`, `Sites.ReadWrite.All` |
    /// | Delegated (personal Microsoft account) | `Files.ReadWrite`, `Files.ReadWrite.All` |
    /// | Application | `Files.ReadWrite.All`, `Sites.ReadWrite.All` |
    pub fn create_link_user(
        user_id: &str,
        item_id: &str,
        body: super::super::operations::drive_item::CreateLinkBody,
    ) -> rt::Request<super::super::operations::drive_item::CreateLink> {
        rt::Request::new(
            &rt::Endpoint {
                variant: "user",
                template: "/users/{user-id}/drive/items/{item-id}/createLink",
                signed_in_user: false,
            },
            rt::__private::path(
                &[
                    rt::__private::PathPart::Literal("/users/"),
                    rt::__private::PathPart::Segment("user-id", user_id),
                    rt::__private::PathPart::Literal("/drive/items/"),
                    rt::__private::PathPart::Segment("item-id", item_id),
                    rt::__private::PathPart::Literal("/createLink"),
                ],
            ),
            body,
        )
    }

    /// Send a sharing invitation (through `drive`).
    ///
    /// Send a sharing invitation for a driveItem. The invitation grants permissions to the recipients and optionally sends them an email with a sharing link.
    ///
    /// `POST /drives/{drive-id}/items/{item-id}/invite`
    ///
    /// Returns the request, no I/O: send it with `client.send(request)` for one page of `Permission`, or `client.collect_all(request)` for every page.
    ///
    /// # Arguments
    /// - `drive_id`: The unique identifier of the drive.
    /// - `item_id`: The unique identifier of the driveItem.
    /// - `body`: the request body, [`InviteBody`](super::super::operations::drive_item::InviteBody).
    ///
    /// # Permissions
    /// | Permission type | Scopes, least privileged first |
    /// |---|---|
    /// | Delegated (work or school account) | `Files.ReadWrite`, `Files.ReadWrite.All`, `Sites.ReadWrite.All` |
    /// | Delegated (personal Microsoft account) | `Files.ReadWrite`, `Files.ReadWrite.All` |
    /// | Application | `Files.ReadWrite.All`, `Sites.ReadWrite.All` |
    pub fn invite(
        drive_id: &str,
        item_id: &str,
        body: super::super::operations::drive_item::InviteBody,
    ) -> rt::Request<super::super::operations::drive_item::Invite> {
        rt::Request::new(
            &rt::Endpoint {
                variant: "drive",
                template: "/drives/{drive-id}/items/{item-id}/invite",
                signed_in_user: false,
            },
            rt::__private::path(
                &[
                    rt::__private::PathPart::Literal("/drives/"),
                    rt::__private::PathPart::Segment("drive-id", drive_id),
                    rt::__private::PathPart::Literal("/items/"),
                    rt::__private::PathPart::Segment("item-id", item_id),
                    rt::__private::PathPart::Literal("/invite"),
                ],
            ),
            body,
        )
    }

    /// Send a sharing invitation (through `group`).
    ///
    /// Send a sharing invitation for a driveItem. The invitation grants permissions to the recipients and optionally sends them an email with a sharing link.
    ///
    /// `POST /groups/{group-id}/drive/items/{item-id}/invite`
    ///
    /// Returns the request, no I/O: send it with `client.send(request)` for one page of `Permission`, or `client.collect_all(request)` for every page.
    ///
    /// # Arguments
    /// - `group_id`: The unique identifier of the group.
    /// - `item_id`: The unique identifier of the driveItem.
    /// - `body`: the request body, [`InviteBody`](super::super::operations::drive_item::InviteBody).
    ///
    /// # Permissions
    /// | Permission type | Scopes, least privileged first |
    /// |---|---|
    /// | Delegated (work or school account) | `Files.ReadWrite`, `Files.ReadWrite.All`, `Sites.ReadWrite.All` |
    /// | Delegated (personal Microsoft account) | `Files.ReadWrite`, `Files.ReadWrite.All` |
    /// | Application | `Files.ReadWrite.All`, `Sites.ReadWrite.All` |
    pub fn invite_group(
        group_id: &str,
        item_id: &str,
        body: super::super::operations::drive_item::InviteBody,
    ) -> rt::Request<super::super::operations::drive_item::Invite> {
        rt::Request::new(
            &rt::Endpoint {
                variant: "group",
                template: "/groups/{group-id}/drive/items/{item-id}/invite",
                signed_in_user: false,
            },
            rt::__private::path(
                &[
                    rt::__private::PathPart::Literal("/groups/"),
                    rt::__private::PathPart::Segment("group-id", group_id),
                    rt::__private::PathPart::Literal("/drive/items/"),
                    rt::__private::PathPart::Segment("item-id", item_id),
                    rt::__private::PathPart::Literal("/invite"),
                ],
            ),
            body,
        )
    }

    /// Send a sharing invitation (through `me`).
    ///
    /// Send a sharing invitation for a driveItem. The invitation grants permissions to the recipients and optionally sends them an email with a sharing link.
    ///
    /// `POST /me/drive/items/{item-id}/invite`
    ///
    /// Returns the request, no I/O: send it with `client.send(request)` for one page of `Permission`, or `client.collect_all(request)` for every page.
    ///
    /// # Arguments
    /// - `item_id`: The unique identifier of the driveItem.
    /// - `body`: the request body, [`InviteBody`](super::super::operations::drive_item::InviteBody).
    ///
    /// # Permissions
    /// | Permission type | Scopes, least privileged first |
    /// |---|---|
    /// | Delegated (work or school account) | `Files.ReadWrite`, `Files.ReadWrite.All`, `Sites.ReadWrite.All` |
    /// | Delegated (personal Microsoft account) | `Files.ReadWrite`, `Files.ReadWrite.All` |
    /// | Application | Not supported through `me` (no signed-in user) |
    pub fn invite_me(
        item_id: &str,
        body: super::super::operations::drive_item::InviteBody,
    ) -> rt::Request<super::super::operations::drive_item::Invite, rt::SignedInUser> {
        rt::Request::new(
            &rt::Endpoint {
                variant: "me",
                template: "/me/drive/items/{item-id}/invite",
                signed_in_user: true,
            },
            rt::__private::path(
                &[
                    rt::__private::PathPart::Literal("/me/drive/items/"),
                    rt::__private::PathPart::Segment("item-id", item_id),
                    rt::__private::PathPart::Literal("/invite"),
                ],
            ),
            body,
        )
    }

    /// Send a sharing invitation (through `site`).
    ///
    /// Send a sharing invitation for a driveItem. The invitation grants permissions to the recipients and optionally sends them an email with a sharing link.
    ///
    /// `POST /sites/{site-id}/drive/items/{item-id}/invite`
    ///
    /// Returns the request, no I/O: send it with `client.send(request)` for one page of `Permission`, or `client.collect_all(request)` for every page.
    ///
    /// # Arguments
    /// - `site_id`: The unique identifier of the site.
    /// - `item_id`: The unique identifier of the driveItem.
    /// - `body`: the request body, [`InviteBody`](super::super::operations::drive_item::InviteBody).
    ///
    /// # Permissions
    /// | Permission type | Scopes, least privileged first |
    /// |---|---|
    /// | Delegated (work or school account) | `Files.ReadWrite`, `Files.ReadWrite.All`, `Sites.ReadWrite.All` |
    /// | Delegated (personal Microsoft account) | `Files.ReadWrite`, `Files.ReadWrite.All` |
    /// | Application | `Files.ReadWrite.All`, `Sites.ReadWrite.All` |
    pub fn invite_site(
        site_id: &str,
        item_id: &str,
        body: super::super::operations::drive_item::InviteBody,
    ) -> rt::Request<super::super::operations::drive_item::Invite> {
        rt::Request::new(
            &rt::Endpoint {
                variant: "site",
                template: "/sites/{site-id}/drive/items/{item-id}/invite",
                signed_in_user: false,
            },
            rt::__private::path(
                &[
                    rt::__private::PathPart::Literal("/sites/"),
                    rt::__private::PathPart::Segment("site-id", site_id),
                    rt::__private::PathPart::Literal("/drive/items/"),
                    rt::__private::PathPart::Segment("item-id", item_id),
                    rt::__private::PathPart::Literal("/invite"),
                ],
            ),
            body,
        )
    }

    /// Send a sharing invitation (through `user`).
    ///
    /// Send a sharing invitation for a driveItem. The invitation grants permissions to the recipients and optionally sends them an email with a sharing link.
    ///
    /// `POST /users/{user-id}/drive/items/{item-id}/invite`
    ///
    /// Returns the request, no I/O: send it with `client.send(request)` for one page of `Permission`, or `client.collect_all(request)` for every page.
    ///
    /// # Arguments
    /// - `user_id`: The unique identifier of the user.
    /// - `item_id`: The unique identifier of the driveItem.
    /// - `body`: the request body, [`InviteBody`](super::super::operations::drive_item::InviteBody).
    ///
    /// # Permissions
    /// | Permission type | Scopes, least privileged first |
    /// |---|---|
    /// | Delegated (work or school account) | `Files.ReadWrite`, `Files.ReadWrite.All`, `Sites.ReadWrite.All` |
    /// | Delegated (personal Microsoft account) | `Files.ReadWrite`, `Files.ReadWrite.All` |
    /// | Application | `Files.ReadWrite.All`, `Sites.ReadWrite.All` |
    pub fn invite_user(
        user_id: &str,
        item_id: &str,
        body: super::super::operations::drive_item::InviteBody,
    ) -> rt::Request<super::super::operations::drive_item::Invite> {
        rt::Request::new(
            &rt::Endpoint {
                variant: "user",
                template: "/users/{user-id}/drive/items/{item-id}/invite",
                signed_in_user: false,
            },
            rt::__private::path(
                &[
                    rt::__private::PathPart::Literal("/users/"),
                    rt::__private::PathPart::Segment("user-id", user_id),
                    rt::__private::PathPart::Literal("/drive/items/"),
                    rt::__private::PathPart::Segment("item-id", item_id),
                    rt::__private::PathPart::Literal("/invite"),
                ],
            ),
            body,
        )
    }

    /// permission: revokeGrants (through `drive`).
    ///
    /// Revoke access to a listItem or driveItem granted via a sharing link by removing the specified recipient from the link. Note: This functionality is only available for sharing links scoped to users.
    ///
    /// `POST /drives/{drive-id}/items/{item-id}/permissions/{perm-id}/revokeGrants`
    ///
    /// Returns the request, no I/O: send it with `client.send(request)`, which answers a `Permission`.
    ///
    /// # Arguments
    /// - `drive_id`: The unique identifier of the drive.
    /// - `item_id`: The unique identifier of the driveItem.
    /// - `perm_id`: The unique identifier of the permission.
    /// - `body`: the request body, [`RevokeGrantsBody`](super::super::operations::drive_item::RevokeGrantsBody).
    ///
    /// # Permissions
    /// | Permission type | Scopes, least privileged first |
    /// |---|---|
    /// | Delegated (work or school account) | `Files.ReadWrite`, `Files.ReadWrite.All`, `Sites.ReadWrite.All` |
    /// | Delegated (personal Microsoft account) | Not supported |
    /// | Application | `Files.ReadWrite.All`, `Sites.ReadWrite.All` |
    pub fn revoke_grants(
        drive_id: &str,
        item_id: &str,
        perm_id: &str,
        body: super::super::operations::drive_item::RevokeGrantsBody,
    ) -> rt::Request<super::super::operations::drive_item::RevokeGrants> {
        rt::Request::new(
            &rt::Endpoint {
                variant: "drive",
                template: "/drives/{drive-id}/items/{item-id}/permissions/{perm-id}/revokeGrants",
                signed_in_user: false,
            },
            rt::__private::path(
                &[
                    rt::__private::PathPart::Literal("/drives/"),
                    rt::__private::PathPart::Segment("drive-id", drive_id),
                    rt::__private::PathPart::Literal("/items/"),
                    rt::__private::PathPart::Segment("item-id", item_id),
                    rt::__private::PathPart::Literal("/permissions/"),
                    rt::__private::PathPart::Segment("perm-id", perm_id),
                    rt::__private::PathPart::Literal("/revokeGrants"),
                ],
            ),
            body,
        )
    }

    /// permission: revokeGrants (through `group`).
    ///
    /// Revoke access to a listItem or driveItem granted via a sharing link by removing the specified recipient from the link. Note: This functionality is only available for sharing links scoped to users.
    ///
    /// `POST /groups/{group-id}/drive/items/{item-id}/permissions/{perm-id}/revokeGrants`
    ///
    /// Returns the request, no I/O: send it with `client.send(request)`, which answers a `Permission`.
    ///
    /// # Arguments
    /// - `group_id`: The unique identifier of the group.
    /// - `item_id`: The unique identifier of the driveItem.
    /// - `perm_id`: The unique identifier of the permission.
    /// - `body`: the request body, [`RevokeGrantsBody`](super::super::operations::drive_item::RevokeGrantsBody).
    ///
    /// # Permissions
    /// | Permission type | Scopes, least privileged first |
    /// |---|---|
    /// | Delegated (work or school account) | `Files.ReadWrite`, `Files.ReadWrite.All`, `Sites.ReadWrite.All` |
    /// | Delegated (personal Microsoft account) | Not supported |
    /// | Application | `Files.ReadWrite.All`, `Sites.ReadWrite.All` |
    pub fn revoke_grants_group(
        group_id: &str,
        item_id: &str,
        perm_id: &str,
        body: super::super::operations::drive_item::RevokeGrantsBody,
    ) -> rt::Request<super::super::operations::drive_item::RevokeGrants> {
        rt::Request::new(
            &rt::Endpoint {
                variant: "group",
                template: "/groups/{group-id}/drive/items/{item-id}/permissions/{perm-id}/revokeGrants",
                signed_in_user: false,
            },
            rt::__private::path(
                &[
                    rt::__private::PathPart::Literal("/groups/"),
                    rt::__private::PathPart::Segment("group-id", group_id),
                    rt::__private::PathPart::Literal("/drive/items/"),
                    rt::__private::PathPart::Segment("item-id", item_id),
                    rt::__private::PathPart::Literal("/permissions/"),
                    rt::__private::PathPart::Segment("perm-id", perm_id),
                    rt::__private::PathPart::Literal("/revokeGrants"),
                ],
            ),
            body,
        )
    }

    /// permission: revokeGrants (through `me`).
    ///
    /// Revoke access to a listItem or driveItem granted via a sharing link by removing the specified recipient from the link. Note: This functionality is only available for sharing links scoped to users.
    ///
    /// `POST /me/drive/items/{item-id}/permissions/{perm-id}/revokeGrants`
    ///
    /// Returns the request, no I/O: send it with `client.send(request)`, which answers a `Permission`.
    ///
    /// # Arguments
    /// - `item_id`: The unique identifier of the driveItem.
    /// - `perm_id`: The unique identifier of the permission.
    /// - `body`: the request body, [`RevokeGrantsBody`](super::super::operations::drive_item::RevokeGrantsBody).
    ///
    /// # Permissions
    /// | Permission type | Scopes, least privileged first |
    /// |---|---|
    /// | Delegated (work or school account) | `Files.ReadWrite`, `Files.ReadWrite.All`, `Sites.ReadWrite.All` |
    /// | Delegated (personal Microsoft account) | Not supported |
    /// | Application | Not supported through `me` (no signed-in user) |
    pub fn revoke_grants_me(
        item_id: &str,
        perm_id: &str,
        body: super::super::operations::drive_item::RevokeGrantsBody,
    ) -> rt::Request<
        super::super::operations::drive_item::RevokeGrants,
        rt::SignedInUser,
    > {
        rt::Request::new(
            &rt::Endpoint {
                variant: "me",
                template: "/me/drive/items/{item-id}/permissions/{perm-id}/revokeGrants",
                signed_in_user: true,
            },
            rt::__private::path(
                &[
                    rt::__private::PathPart::Literal("/me/drive/items/"),
                    rt::__private::PathPart::Segment("item-id", item_id),
                    rt::__private::PathPart::Literal("/permissions/"),
                    rt::__private::PathPart::Segment("perm-id", perm_id),
                    rt::__private::PathPart::Literal("/revokeGrants"),
                ],
            ),
            body,
        )
    }

    /// permission: revokeGrants (through `site`).
    ///
    /// Revoke access to a listItem or driveItem granted via a sharing link by removing the specified recipient from the link. Note: This functionality is only available for sharing links scoped to users.
    ///
    /// `POST /sites/{site-id}/drive/items/{item-id}/permissions/{perm-id}/revokeGrants`
    ///
    /// Returns the request, no I/O: send it with `client.send(request)`, which answers a `Permission`.
    ///
    /// # Arguments
    /// - `site_id`: The unique identifier of the site.
    /// - `item_id`: The unique identifier of the driveItem.
    /// - `perm_id`: The unique identifier of the permission.
    /// - `body`: the request body, [`RevokeGrantsBody`](super::super::operations::drive_item::RevokeGrantsBody).
    ///
    /// # Permissions
    /// | Permission type | Scopes, least privileged first |
    /// |---|---|
    /// | Delegated (work or school account) | `Files.ReadWrite`, `Files.ReadWrite.All`, `Sites.ReadWrite.All` |
    /// | Delegated (personal Microsoft account) | Not supported |
    /// | Application | `Files.ReadWrite.All`, `Sites.ReadWrite.All` |
    pub fn revoke_grants_site(
        site_id: &str,
        item_id: &str,
        perm_id: &str,
        body: super::super::operations::drive_item::RevokeGrantsBody,
    ) -> rt::Request<super::super::operations::drive_item::RevokeGrants> {
        rt::Request::new(
            &rt::Endpoint {
                variant: "site",
                template: "/sites/{site-id}/drive/items/{item-id}/permissions/{perm-id}/revokeGrants",
                signed_in_user: false,
            },
            rt::__private::path(
                &[
                    rt::__private::PathPart::Literal("/sites/"),
                    rt::__private::PathPart::Segment("site-id", site_id),
                    rt::__private::PathPart::Literal("/drive/items/"),
                    rt::__private::PathPart::Segment("item-id", item_id),
                    rt::__private::PathPart::Literal("/permissions/"),
                    rt::__private::PathPart::Segment("perm-id", perm_id),
                    rt::__private::PathPart::Literal("/revokeGrants"),
                ],
            ),
            body,
        )
    }

    /// permission: revokeGrants (through `site-list-item`).
    ///
    /// Revoke access to a listItem or driveItem granted via a sharing link by removing the specified recipient from the link. Note: This functionality is only available for sharing links scoped to users.
    ///
    /// `POST /sites/{site-id}/lists/{list-id}/items/{listItem-id}/driveItem/permissions/{perm-id}/revokeGrants`
    ///
    /// Returns the request, no I/O: send it with `client.send(request)`, which answers a `Permission`.
    ///
    /// # Arguments
    /// - `site_id`: The unique identifier of the site.
    /// - `list_id`: The unique identifier of the list.
    /// - `list_item_id`: The unique identifier of the listItem.
    /// - `perm_id`: The unique identifier of the permission.
    /// - `body`: the request body, [`RevokeGrantsBody`](super::super::operations::drive_item::RevokeGrantsBody).
    ///
    /// # Permissions
    /// | Permission type | Scopes, least privileged first |
    /// |---|---|
    /// | Delegated (work or school account) | `Files.ReadWrite`, `Files.ReadWrite.All`, `Sites.ReadWrite.All` |
    /// | Delegated (personal Microsoft account) | Not supported |
    /// | Application | `Files.ReadWrite.All`, `Sites.ReadWrite.All` |
    pub fn revoke_grants_site_list_item(
        site_id: &str,
        list_id: &str,
        list_item_id: &str,
        perm_id: &str,
        body: super::super::operations::drive_item::RevokeGrantsBody,
    ) -> rt::Request<super::super::operations::drive_item::RevokeGrants> {
        rt::Request::new(
            &rt::Endpoint {
                variant: "site-list-item",
                template: "/sites/{site-id}/lists/{list-id}/items/{listItem-id}/driveItem/permissions/{perm-id}/revokeGrants",
                signed_in_user: false,
            },
            rt::__private::path(
                &[
                    rt::__private::PathPart::Literal("/sites/"),
                    rt::__private::PathPart::Segment("site-id", site_id),
                    rt::__private::PathPart::Literal("/lists/"),
                    rt::__private::PathPart::Segment("list-id", list_id),
                    rt::__private::PathPart::Literal("/items/"),
                    rt::__private::PathPart::Segment("listItem-id", list_item_id),
                    rt::__private::PathPart::Literal("/driveItem/permissions/"),
                    rt::__private::PathPart::Segment("perm-id", perm_id),
                    rt::__private::PathPart::Literal("/revokeGrants"),
                ],
            ),
            body,
        )
    }

    /// permission: revokeGrants (through `user`).
    ///
    /// Revoke access to a listItem or driveItem granted via a sharing link by removing the specified recipient from the link. Note: This functionality is only available for sharing links scoped to users.
    ///
    /// `POST /users/{user-id}/drive/items/{item-id}/permissions/{perm-id}/revokeGrants`
    ///
    /// Returns the request, no I/O: send it with `client.send(request)`, which answers a `Permission`.
    ///
    /// # Arguments
    /// - `user_id`: The unique identifier of the user.
    /// - `item_id`: The unique identifier of the driveItem.
    /// - `perm_id`: The unique identifier of the permission.
    /// - `body`: the request body, [`RevokeGrantsBody`](super::super::operations::drive_item::RevokeGrantsBody).
    ///
    /// # Permissions
    /// | Permission type | Scopes, least privileged first |
    /// |---|---|
    /// | Delegated (work or school account) | `Files.ReadWrite`, `Files.ReadWrite.All`, `Sites.ReadWrite.All` |
    /// | Delegated (personal Microsoft account) | Not supported |
    /// | Application | `Files.ReadWrite.All`, `Sites.ReadWrite.All` |
    pub fn revoke_grants_user(
        user_id: &str,
        item_id: &str,
        perm_id: &str,
        body: super::super::operations::drive_item::RevokeGrantsBody,
    ) -> rt::Request<super::super::operations::drive_item::RevokeGrants> {
        rt::Request::new(
            &rt::Endpoint {
                variant: "user",
                template: "/users/{user-id}/drive/items/{item-id}/permissions/{perm-id}/revokeGrants",
                signed_in_user: false,
            },
            rt::__private::path(
                &[
                    rt::__private::PathPart::Literal("/users/"),
                    rt::__private::PathPart::Segment("user-id", user_id),
                    rt::__private::PathPart::Literal("/drive/items/"),
                    rt::__private::PathPart::Segment("item-id", item_id),
                    rt::__private::PathPart::Literal("/permissions/"),
                    rt::__private::PathPart::Segment("perm-id", perm_id),
                    rt::__private::PathPart::Literal("/revokeGrants"),
                ],
            ),
            body,
        )
    }
}

pub mod list {
    //! The endpoint functions of family `list`: one per operation and path variant.
    //!
    //! Through the primary variant `site`, a function is named after the operation alone (`list`); through another variant, after the operation and the variant.

    #[allow(unused_imports)]
    use super::rt;

    /// List permissions on a list (through `site`).
    ///
    /// Get a list of the permission objects associated with a list.
    ///
    /// `GET /sites/{site-id}/lists/{list-id}/permissions`
    ///
    /// Returns the request, no I/O: send it with `client.send(request)` for one page of `Permission`, or `client.collect_all(request)` for every page.
    ///
    /// # Arguments
    /// - `site_id`
    /// - `list_id`
    ///
    /// # Permissions
    /// | Permission type | Scopes, least privileged first |
    /// |---|---|
    /// | Delegated (work or school account) | `Sites.Read.All`, `Sites.FullControl.All`, `Sites.Manage.All`, `Sites.ReadWrite.All` |
    /// | Delegated (personal Microsoft account) | Not supported |
    /// | Application | `Sites.Read.All`, `Sites.FullControl.All`, `Sites.Manage.All`, `Sites.ReadWrite.All` |
    pub fn list(
        site_id: &str,
        list_id: &str,
    ) -> rt::Request<super::super::operations::list::List> {
        rt::Request::new(
            &rt::Endpoint {
                variant: "site",
                template: "/sites/{site-id}/lists/{list-id}/permissions",
                signed_in_user: false,
            },
            rt::__private::path(
                &[
                    rt::__private::PathPart::Literal("/sites/"),
                    rt::__private::PathPart::Segment("site-id", site_id),
                    rt::__private::PathPart::Literal("/lists/"),
                    rt::__private::PathPart::Segment("list-id", list_id),
                    rt::__private::PathPart::Literal("/permissions"),
                ],
            ),
            (),
        )
    }

    /// Create permission on a list (through `site`).
    ///
    /// Create a new permission object on a list.
    ///
    /// `POST /sites/{site-id}/lists/{list-id}/permissions`
    ///
    /// Returns the request, no I/O: send it with `client.send(request)`, which answers a `Permission`.
    ///
    /// # Arguments
    /// - `site_id`
    /// - `list_id`
    /// - `body`: the request body, [`CreateBody`](super::super::operations::list::CreateBody).
    ///
    /// # Permissions
    /// | Permission type | Scopes, least privileged first |
    /// |---|---|
    /// | Delegated (work or school account) | `Sites.ReadWrite.All`, `Sites.FullControl.All`, `Sites.Manage.All` |
    /// | Delegated (personal Microsoft account) | Not supported |
    /// | Application | `Sites.ReadWrite.All`, `Sites.FullControl.All`, `Sites.Manage.All` |
    pub fn create(
        site_id: &str,
        list_id: &str,
        body: super::super::operations::list::CreateBody,
    ) -> rt::Request<super::super::operations::list::Create> {
        rt::Request::new(
            &rt::Endpoint {
                variant: "site",
                template: "/sites/{site-id}/lists/{list-id}/permissions",
                signed_in_user: false,
            },
            rt::__private::path(
                &[
                    rt::__private::PathPart::Literal("/sites/"),
                    rt::__private::PathPart::Segment("site-id", site_id),
                    rt::__private::PathPart::Literal("/lists/"),
                    rt::__private::PathPart::Segment("list-id", list_id),
                    rt::__private::PathPart::Literal("/permissions"),
                ],
            ),
            body,
        )
    }

    /// Delete permission on a list (through `site`).
    ///
    /// Delete a permission object on a list.
    ///
    /// `DELETE /sites/{site-id}/lists/{list-id}/permissions/{permission-id}`
    ///
    /// Returns the request, no I/O: send it with `client.send(request)`; a success has no body.
    ///
    /// # Arguments
    /// - `site_id`
    /// - `list_id`
    /// - `permission_id`
    ///
    /// # Permissions
    /// | Permission type | Scopes, least privileged first |
    /// |---|---|
    /// | Delegated (work or school account) | `Sites.ReadWrite.All`, `Sites.FullControl.All`, `Sites.Manage.All` |
    /// | Delegated (personal Microsoft account) | Not supported |
    /// | Application | `Sites.ReadWrite.All`, `Sites.FullControl.All`, `Sites.Manage.All` |
    ///
    /// Published in: beta. Needs the `beta` feature.
    #[cfg(feature = "beta")]
    pub fn delete(
        site_id: &str,
        list_id: &str,
        permission_id: &str,
    ) -> rt::Request<super::super::operations::list::Delete> {
        rt::Request::new(
            &rt::Endpoint {
                variant: "site",
                template: "/sites/{site-id}/lists/{list-id}/permissions/{permission-id}",
                signed_in_user: false,
            },
            rt::__private::path(
                &[
                    rt::__private::PathPart::Literal("/sites/"),
                    rt::__private::PathPart::Segment("site-id", site_id),
                    rt::__private::PathPart::Literal("/lists/"),
                    rt::__private::PathPart::Segment("list-id", list_id),
                    rt::__private::PathPart::Literal("/permissions/"),
                    rt::__private::PathPart::Segment("permission-id", permission_id),
                ],
            ),
            (),
        )
    }

    /// Get permission on a list (through `site`).
    ///
    /// Retrieve the properties and relationships of a permission object on a list.
    ///
    /// `GET /sites/{site-id}/lists/{list-id}/permissions/{permission-id}`
    ///
    /// Returns the request, no I/O: send it with `client.send(request)`, which answers a `Permission`.
    ///
    /// # Arguments
    /// - `site_id`
    /// - `list_id`
    /// - `permission_id`
    ///
    /// # Permissions
    /// | Permission type | Scopes, least privileged first |
    /// |---|---|
    /// | Delegated (work or school account) | `Sites.Read.All`, `Sites.FullControl.All`, `Sites.Manage.All`, `Sites.ReadWrite.All` |
    /// | Delegated (personal Microsoft account) | Not supported |
    /// | Application | `Sites.Read.All`, `Sites.FullControl.All`, `Sites.Manage.All`, `Sites.ReadWrite.All` |
    ///
    /// Published in: beta. Needs the `beta` feature.
    #[cfg(feature = "beta")]
    pub fn get(
        site_id: &str,
        list_id: &str,
        permission_id: &str,
    ) -> rt::Request<super::super::operations::list::Get> {
        rt::Request::new(
            &rt::Endpoint {
                variant: "site",
                template: "/sites/{site-id}/lists/{list-id}/permissions/{permission-id}",
                signed_in_user: false,
            },
            rt::__private::path(
                &[
                    rt::__private::PathPart::Literal("/sites/"),
                    rt::__private::PathPart::Segment("site-id", site_id),
                    rt::__private::PathPart::Literal("/lists/"),
                    rt::__private::PathPart::Segment("list-id", list_id),
                    rt::__private::PathPart::Literal("/permissions/"),
                    rt::__private::PathPart::Segment("permission-id", permission_id),
                ],
            ),
            (),
        )
    }

    /// Update permission on a list (through `site`).
    ///
    /// Update the permission object on a list.
    ///
    /// `PATCH /sites/{site-id}/lists/{list-id}/permissions/{permission-id}`
    ///
    /// Returns the request, no I/O: send it with `client.send(request)`, which answers a `Permission`.
    ///
    /// # Arguments
    /// - `site_id`
    /// - `list_id`
    /// - `permission_id`
    /// - `body`: the request body, [`UpdateBody`](super::super::operations::list::UpdateBody).
    ///
    /// # Permissions
    /// | Permission type | Scopes, least privileged first |
    /// |---|---|
    /// | Delegated (work or school account) | `Sites.ReadWrite.All`, `Sites.FullControl.All`, `Sites.Manage.All`, `Sites.Selected`, `Lists.SelectedOperations.Selected` |
    /// | Delegated (personal Microsoft account) | Not supported |
    /// | Application | `Sites.ReadWrite.All`, `Sites.FullControl.All`, `Sites.Manage.All`, `Sites.Selected`, `Lists.SelectedOperations.Selected` |
    ///
    /// Published in: beta. Needs the `beta` feature.
    #[cfg(feature = "beta")]
    pub fn update(
        site_id: &str,
        list_id: &str,
        permission_id: &str,
        body: super::super::operations::list::UpdateBody,
    ) -> rt::Request<super::super::operations::list::Update> {
        rt::Request::new(
            &rt::Endpoint {
                variant: "site",
                template: "/sites/{site-id}/lists/{list-id}/permissions/{permission-id}",
                signed_in_user: false,
            },
            rt::__private::path(
                &[
                    rt::__private::PathPart::Literal("/sites/"),
                    rt::__private::PathPart::Segment("site-id", site_id),
                    rt::__private::PathPart::Literal("/lists/"),
                    rt::__private::PathPart::Segment("list-id", list_id),
                    rt::__private::PathPart::Literal("/permissions/"),
                    rt::__private::PathPart::Segment("permission-id", permission_id),
                ],
            ),
            body,
        )
    }
}

pub mod list_item {
    //! The endpoint functions of family `listItem`: one per operation and path variant.
    //!
    //! Through the primary variant `site`, a function is named after the operation alone (`list`); through another variant, after the operation and the variant.

    #[allow(unused_imports)]
    use super::rt;

    /// List permissions on a listItem (through `site`).
    ///
    /// Get a list of the permission objects associated with a listItem.
    ///
    /// `GET /sites/{site-id}/lists/{list-id}/items/{item-id}/permissions`
    ///
    /// Returns the request, no I/O: send it with `client.send(request)` for one page of `Permission`, or `client.collect_all(request)` for every page.
    ///
    /// # Arguments
    /// - `site_id`
    /// - `list_id`
    /// - `item_id`
    ///
    /// # Permissions
    /// | Permission type | Scopes, least privileged first |
    /// |---|---|
    /// | Delegated (work or school account) | `Sites.Read.All`, `Sites.FullControl.All`, `Sites.Manage.All`, `Sites.ReadWrite.All` |
    /// | Delegated (personal Microsoft account) | Not supported |
    /// | Application | `Sites.Read.All`, `Sites.FullControl.All`, `Sites.Manage.All`, `Sites.ReadWrite.All` |
    pub fn list(
        site_id: &str,
        list_id: &str,
        item_id: &str,
    ) -> rt::Request<super::super::operations::list_item::List> {
        rt::Request::new(
            &rt::Endpoint {
                variant: "site",
                template: "/sites/{site-id}/lists/{list-id}/items/{item-id}/permissions",
                signed_in_user: false,
            },
            rt::__private::path(
                &[
                    rt::__private::PathPart::Literal("/sites/"),
                    rt::__private::PathPart::Segment("site-id", site_id),
                    rt::__private::PathPart::Literal("/lists/"),
                    rt::__private::PathPart::Segment("list-id", list_id),
                    rt::__private::PathPart::Literal("/items/"),
                    rt::__private::PathPart::Segment("item-id", item_id),
                    rt::__private::PathPart::Literal("/permissions"),
                ],
            ),
            (),
        )
    }

    /// Create permission on a listItem (through `site`).
    ///
    /// Create a new permission object on a listItem.
    ///
    /// `POST /sites/{site-id}/lists/{list-id}/items/{item-id}/permissions`
    ///
    /// Returns the request, no I/O: send it with `client.send(request)`, which answers a `Permission`.
    ///
    /// # Arguments
    /// - `site_id`
    /// - `list_id`
    /// - `item_id`
    /// - `body`: the request body, [`CreateBody`](super::super::operations::list_item::CreateBody).
    ///
    /// # Permissions
    /// | Permission type | Scopes, least privileged first |
    /// |---|---|
    /// | Delegated (work or school account) | `Sites.ReadWrite.All`, `Sites.FullControl.All`, `Sites.Manage.All` |
    /// | Delegated (personal Microsoft account) | Not supported |
    /// | Application | `Sites.ReadWrite.All`, `Sites.FullControl.All`, `Sites.Manage.All` |
    pub fn create(
        site_id: &str,
        list_id: &str,
        item_id: &str,
        body: super::super::operations::list_item::CreateBody,
    ) -> rt::Request<super::super::operations::list_item::Create> {
        rt::Request::new(
            &rt::Endpoint {
                variant: "site",
                template: "/sites/{site-id}/lists/{list-id}/items/{item-id}/permissions",
                signed_in_user: false,
            },
            rt::__private::path(
                &[
                    rt::__private::PathPart::Literal("/sites/"),
                    rt::__private::PathPart::Segment("site-id", site_id),
                    rt::__private::PathPart::Literal("/lists/"),
                    rt::__private::PathPart::Segment("list-id", list_id),
                    rt::__private::PathPart::Literal("/items/"),
                    rt::__private::PathPart::Segment("item-id", item_id),
                    rt::__private::PathPart::Literal("/permissions"),
                ],
            ),
            body,
        )
    }

    /// Delete permission on a listItem (through `site`).
    ///
    /// Delete a permission object on a list item.
    ///
    /// `DELETE /sites/{site-id}/lists/{list-id}/items/{item-id}/permissions/{permission-id}`
    ///
    /// Returns the request, no I/O: send it with `client.send(request)`; a success has no body.
    ///
    /// # Arguments
    /// - `site_id`
    /// - `list_id`
    /// - `item_id`
    /// - `permission_id`
    ///
    /// # Permissions
    /// | Permission type | Scopes, least privileged first |
    /// |---|---|
    /// | Delegated (work or school account) | `Sites.ReadWrite.All`, `Sites.FullControl.All`, `Sites.Manage.All` |
    /// | Delegated (personal Microsoft account) | Not supported |
    /// | Application | `Sites.ReadWrite.All`, `Sites.FullControl.All`, `Sites.Manage.All` |
    ///
    /// Published in: beta. Needs the `beta` feature.
    #[cfg(feature = "beta")]
    pub fn delete(
        site_id: &str,
        list_id: &str,
        item_id: &str,
        permission_id: &str,
    ) -> rt::Request<super::super::operations::list_item::Delete> {
        rt::Request::new(
            &rt::Endpoint {
                variant: "site",
                template: "/sites/{site-id}/lists/{list-id}/items/{item-id}/permissions/{permission-id}",
                signed_in_user: false,
            },
            rt::__private::path(
                &[
                    rt::__private::PathPart::Literal("/sites/"),
                    rt::__private::PathPart::Segment("site-id", site_id),
                    rt::__private::PathPart::Literal("/lists/"),
                    rt::__private::PathPart::Segment("list-id", list_id),
                    rt::__private::PathPart::Literal("/items/"),
                    rt::__private::PathPart::Segment("item-id", item_id),
                    rt::__private::PathPart::Literal("/permissions/"),
                    rt::__private::PathPart::Segment("permission-id", permission_id),
                ],
            ),
            (),
        )
    }

    /// Get permission on a listItem (through `site`).
    ///
    /// Retrieve the properties and relationships of a permission object on a list item.
    ///
    /// `GET /sites/{site-id}/lists/{list-id}/items/{item-id}/permissions/{permission-id}`
    ///
    /// Returns the request, no I/O: send it with `client.send(request)`, which answers a `Permission`.
    ///
    /// # Arguments
    /// - `site_id`
    /// - `list_id`
    /// - `item_id`
    /// - `permission_id`
    ///
    /// # Permissions
    /// | Permission type | Scopes, least privileged first |
    /// |---|---|
    /// | Delegated (work or school account) | `Sites.Read.All`, `Sites.FullControl.All`, `Sites.Manage.All`, `Sites.ReadWrite.All` |
    /// | Delegated (personal Microsoft account) | Not supported |
    /// | Application | `Sites.Read.All`, `Sites.FullControl.All`, `Sites.Manage.All`, `Sites.ReadWrite.All` |
    ///
    /// Published in: beta. Needs the `beta` feature.
    #[cfg(feature = "beta")]
    pub fn get(
        site_id: &str,
        list_id: &str,
        item_id: &str,
        permission_id: &str,
    ) -> rt::Request<super::super::operations::list_item::Get> {
        rt::Request::new(
            &rt::Endpoint {
                variant: "site",
                template: "/sites/{site-id}/lists/{list-id}/items/{item-id}/permissions/{permission-id}",
                signed_in_user: false,
            },
            rt::__private::path(
                &[
                    rt::__private::PathPart::Literal("/sites/"),
                    rt::__private::PathPart::Segment("site-id", site_id),
                    rt::__private::PathPart::Literal("/lists/"),
                    rt::__private::PathPart::Segment("list-id", list_id),
                    rt::__private::PathPart::Literal("/items/"),
                    rt::__private::PathPart::Segment("item-id", item_id),
                    rt::__private::PathPart::Literal("/permissions/"),
                    rt::__private::PathPart::Segment("permission-id", permission_id),
                ],
            ),
            (),
        )
    }

    /// Update permission on a listItem (through `site`).
    ///
    /// Update the permission object on a list item.
    ///
    /// `PATCH /sites/{site-id}/lists/{list-id}/items/{item-id}/permissions/{permission-id}`
    ///
    /// Returns the request, no I/O: send it with `client.send(request)`, which answers a `Permission`.
    ///
    /// # Arguments
    /// - `site_id`
    /// - `list_id`
    /// - `item_id`
    /// - `permission_id`
    /// - `body`: the request body, [`UpdateBody`](super::super::operations::list_item::UpdateBody).
    ///
    /// # Permissions
    /// | Permission type | Scopes, least privileged first |
    /// |---|---|
    /// | Delegated (work or school account) | `Sites.ReadWrite.All`, `Sites.FullControl.All`, `Sites.Manage.All` |
    /// | Delegated (personal Microsoft account) | Not supported |
    /// | Application | `Sites.ReadWrite.All`, `Sites.FullControl.All`, `Sites.Manage.All` |
    ///
    /// Published in: beta. Needs the `beta` feature.
    #[cfg(feature = "beta")]
    pub fn update(
        site_id: &str,
        list_id: &str,
        item_id: &str,
        permission_id: &str,
        body: super::super::operations::list_item::UpdateBody,
    ) -> rt::Request<super::super::operations::list_item::Update> {
        rt::Request::new(
            &rt::Endpoint {
                variant: "site",
                template: "/sites/{site-id}/lists/{list-id}/items/{item-id}/permissions/{permission-id}",
                signed_in_user: false,
            },
            rt::__private::path(
                &[
                    rt::__private::PathPart::Literal("/sites/"),
                    rt::__private::PathPart::Segment("site-id", site_id),
                    rt::__private::PathPart::Literal("/lists/"),
                    rt::__private::PathPart::Segment("list-id", list_id),
                    rt::__private::PathPart::Literal("/items/"),
                    rt::__private::PathPart::Segment("item-id", item_id),
                    rt::__private::PathPart::Literal("/permissions/"),
                    rt::__private::PathPart::Segment("permission-id", permission_id),
                ],
            ),
            body,
        )
    }
}

pub mod share {
    //! The endpoint functions of family `share`: one per operation and path variant.
    //!
    //! A shared item, reached through its sharing token rather than its drive.
    //!
    //! Through the primary variant `shares`, a function is named after the operation alone (`grant`); through another variant, after the operation and the variant.

    #[allow(unused_imports)]
    use super::rt;

    /// permission: grant (through `shares`).
    ///
    /// Grant users access to a link represented by a permission.
    ///
    /// `POST /shares/{encoded-sharing-url}/permission/grant`
    ///
    /// Returns the request, no I/O: send it with `client.send(request)` for one page of `Permission`, or `client.collect_all(request)` for every page.
    ///
    /// # Arguments
    /// - `encoded_sharing_url`: The sharing URL encoded as a sharing token (u! followed by the unpadded base64url form of the URL), or a share id.
    /// - `body`: the request body, [`GrantBody`](super::super::operations::share::GrantBody).
    ///
    /// # Permissions
    /// | Permission type | Scopes, least privileged first |
    /// |---|---|
    /// | Delegated (work or school account) | `Files.ReadWrite`, `Files.ReadWrite.All`, `Sites.ReadWrite.All` |
    /// | Delegated (personal Microsoft account) | Not supported |
    /// | Application | `Files.ReadWrite.All`, `Sites.ReadWrite.All` |
    pub fn grant(
        encoded_sharing_url: &rt::SharingUrl,
        body: super::super::operations::share::GrantBody,
    ) -> rt::Request<super::super::operations::share::Grant> {
        rt::Request::new(
            &rt::Endpoint {
                variant: "shares",
                template: "/shares/{encoded-sharing-url}/permission/grant",
                signed_in_user: false,
            },
            rt::__private::path(
                &[
                    rt::__private::PathPart::Literal("/shares/"),
                    rt::__private::PathPart::Segment(
                        "encoded-sharing-url",
                        encoded_sharing_url.as_str(),
                    ),
                    rt::__private::PathPart::Literal("/permission/grant"),
                ],
            ),
            body,
        )
    }

    /// Accessing shared DriveItems (through `shares`).
    ///
    /// Access a shared DriveItem or a collection of shared items by using a shareId or sharing URL.
    ///
    /// `GET /shares/{encoded-sharing-url}`
    ///
    /// Returns the request, no I/O: send it with `client.send(request)`, which answers a `SharedDriveItem`.
    ///
    /// # Arguments
    /// - `encoded_sharing_url`: The sharing URL encoded as a sharing token (u! followed by the unpadded base64url form of the URL), or a share id.
    ///
    /// # Permissions
    /// | Permission type | Scopes, least privileged first |
    /// |---|---|
    /// | Delegated (work or school account) | `Files.ReadWrite`, `Files.ReadWrite.All`, `Sites.ReadWrite.All` |
    /// | Delegated (personal Microsoft account) | `Files.ReadWrite`, `Files.ReadWrite.All` |
    /// | Application | `Files.ReadWrite.All`, `Sites.ReadWrite.All` |
    pub fn get(
        encoded_sharing_url: &rt::SharingUrl,
    ) -> rt::Request<super::super::operations::share::Get> {
        rt::Request::new(
            &rt::Endpoint {
                variant: "shares",
                template: "/shares/{encoded-sharing-url}",
                signed_in_user: false,
            },
            rt::__private::path(
                &[
                    rt::__private::PathPart::Literal("/shares/"),
                    rt::__private::PathPart::Segment(
                        "encoded-sharing-url",
                        encoded_sharing_url.as_str(),
                    ),
                ],
            ),
            (),
        )
    }
}

pub mod site {
    //! The endpoint functions of family `site`: one per operation and path variant.
    //!
    //! Through the primary variant `site`, a function is named after the operation alone (`delete`); through another variant, after the operation and the variant.

    #[allow(unused_imports)]
    use super::rt;

    /// Delete permission (through `site`).
    ///
    /// Delete a permission object on a site.
    ///
    /// `DELETE /sites/{site-id}/permissions/{permission-id}`
    ///
    /// Returns the request, no I/O: send it with `client.send(request)`; a success has no body.
    ///
    /// # Arguments
    /// - `site_id`
    /// - `permission_id`
    ///
    /// # Permissions
    /// | Permission type | Scopes, least privileged first |
    /// |---|---|
    /// | Delegated (work or school account) | Not supported |
    /// | Delegated (personal Microsoft account) | Not supported |
    /// | Application | `Sites.FullControl.All` |
    pub fn delete(
        site_id: &str,
        permission_id: &str,
    ) -> rt::Request<super::super::operations::site::Delete> {
        rt::Request::new(
            &rt::Endpoint {
                variant: "site",
                template: "/sites/{site-id}/permissions/{permission-id}",
                signed_in_user: false,
            },
            rt::__private::path(
                &[
                    rt::__private::PathPart::Literal("/sites/"),
                    rt::__private::PathPart::Segment("site-id", site_id),
                    rt::__private::PathPart::Literal("/permissions/"),
                    rt::__private::PathPart::Segment("permission-id", permission_id),
                ],
            ),
            (),
        )
    }

    /// Get permission (through `site`).
    ///
    /// Retrieve the properties and relationships of a permission object on a site.
    ///
    /// `GET /sites/{site-id}/permissions/{permission-id}`
    ///
    /// Returns the request, no I/O: send it with `client.send(request)`, which answers a `Permission`.
    ///
    /// # Arguments
    /// - `site_id`
    /// - `permission_id`
    ///
    /// # Permissions
    /// | Permission type | Scopes, least privileged first |
    /// |---|---|
    /// | Delegated (work or school account) | Not supported |
    /// | Delegated (personal Microsoft account) | Not supported |
    /// | Application | `Sites.FullControl.All` |
    pub fn get(
        site_id: &str,
        permission_id: &str,
    ) -> rt::Request<super::super::operations::site::Get> {
        rt::Request::new(
            &rt::Endpoint {
                variant: "site",
                template: "/sites/{site-id}/permissions/{permission-id}",
                signed_in_user: false,
            },
            rt::__private::path(
                &[
                    rt::__private::PathPart::Literal("/sites/"),
                    rt::__private::PathPart::Segment("site-id", site_id),
                    rt::__private::PathPart::Literal("/permissions/"),
                    rt::__private::PathPart::Segment("permission-id", permission_id),
                ],
            ),
            (),
        )
    }

    /// List permissions (through `site`).
    ///
    /// Get the permission resources from the permissions navigation property on a site.
    ///
    /// `GET /sites/{site-id}/permissions`
    ///
    /// Returns the request, no I/O: send it with `client.send(request)` for one page of `Permission`, or `client.collect_all(request)` for every page.
    ///
    /// # Arguments
    /// - `site_id`
    ///
    /// # Permissions
    /// | Permission type | Scopes, least privileged first |
    /// |---|---|
    /// | Delegated (work or school account) | `Sites.FullControl.All` |
    /// | Delegated (personal Microsoft account) | Not supported |
    /// | Application | `Sites.FullControl.All` |
    pub fn list(site_id: &str) -> rt::Request<super::super::operations::site::List> {
        rt::Request::new(
            &rt::Endpoint {
                variant: "site",
                template: "/sites/{site-id}/permissions",
                signed_in_user: false,
            },
            rt::__private::path(
                &[
                    rt::__private::PathPart::Literal("/sites/"),
                    rt::__private::PathPart::Segment("site-id", site_id),
                    rt::__private::PathPart::Literal("/permissions"),
                ],
            ),
            (),
        )
    }

    /// Create permission (through `site`).
    ///
    /// Create a new permission object on a site.
    ///
    /// `POST /sites/{site-id}/permissions`
    ///
    /// Returns the request, no I/O: send it with `client.send(request)`, which answers a `Permission`.
    ///
    /// # Arguments
    /// - `site_id`
    /// - `body`: the request body, [`CreateBody`](super::super::operations::site::CreateBody).
    ///
    /// # Permissions
    /// | Permission type | Scopes, least privileged first |
    /// |---|---|
    /// | Delegated (work or school account) | Not supported |
    /// | Delegated (personal Microsoft account) | Not supported |
    /// | Application | `Sites.FullControl.All` |
    pub fn create(
        site_id: &str,
        body: super::super::operations::site::CreateBody,
    ) -> rt::Request<super::super::operations::site::Create> {
        rt::Request::new(
            &rt::Endpoint {
                variant: "site",
                template: "/sites/{site-id}/permissions",
                signed_in_user: false,
            },
            rt::__private::path(
                &[
                    rt::__private::PathPart::Literal("/sites/"),
                    rt::__private::PathPart::Segment("site-id", site_id),
                    rt::__private::PathPart::Literal("/permissions"),
                ],
            ),
            body,
        )
    }

    /// Update permission (through `site`).
    ///
    /// Update an application permission object on a site.
    ///
    /// `PATCH /sites/{site-id}/permissions/{permission-id}`
    ///
    /// Returns the request, no I/O: send it with `client.send(request)`, which answers a `Permission`.
    ///
    /// # Arguments
    /// - `site_id`
    /// - `permission_id`
    /// - `body`: the request body, [`UpdateBody`](super::super::operations::site::UpdateBody).
    ///
    /// # Permissions
    /// | Permission type | Scopes, least privileged first |
    /// |---|---|
    /// | Delegated (work or school account) | Not supported |
    /// | Delegated (personal Microsoft account) | Not supported |
    /// | Application | `Sites.FullControl.All` |
    pub fn update(
        site_id: &str,
        permission_id: &str,
        body: super::super::operations::site::UpdateBody,
    ) -> rt::Request<super::super::operations::site::Update> {
        rt::Request::new(
            &rt::Endpoint {
                variant: "site",
                template: "/sites/{site-id}/permissions/{permission-id}",
                signed_in_user: false,
            },
            rt::__private::path(
                &[
                    rt::__private::PathPart::Literal("/sites/"),
                    rt::__private::PathPart::Segment("site-id", site_id),
                    rt::__private::PathPart::Literal("/permissions/"),
                    rt::__private::PathPart::Segment("permission-id", permission_id),
                ],
            ),
            body,
        )
    }
}
