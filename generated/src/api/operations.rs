// Generated from spec/permissions.yaml by graph-permissions-codegen. Do not edit: change the spec
// and run `cargo run -p graph-permissions-codegen -- generate`.

//! The operations of Microsoft Graph sharing permissions: a marker type each, with what the spec says about it.

use ::graph_permissions::rt as rt;

pub mod drive_item {
    //! The operations of family `driveItem`: a marker type each, with what the spec says about it, and the body struct of each that sends one.
    //!
    //! A file or folder in a OneDrive or SharePoint document library, and its sharing permissions.

    #[allow(unused_imports)]
    use super::rt;

    /// List sharing permissions on a driveItem
    ///
    /// List the effective sharing permissions on a driveItem.
    ///
    /// # Endpoints
    /// - `GET /drives/{drive-id}/items/{item-id}/permissions` (drive)
    /// - `GET /groups/{group-id}/drive/items/{item-id}/permissions` (group)
    /// - `GET /me/drive/items/{item-id}/permissions` (me)
    /// - `GET /me/drive/root:/{path}:/permissions` (me-by-path)
    /// - `GET /sites/{site-id}/drive/items/{item-id}/permissions` (site)
    /// - `GET /users/{user-id}/drive/items/{item-id}/permissions` (user)
    ///
    /// # Permissions
    /// | Permission type | Scopes, least privileged first |
    /// |---|---|
    /// | Delegated (work or school account) | `Files.Read`, `Files.Read.All`, `Files.ReadWrite`, `Files.ReadWrite.All`, `Sites.Read.All`, `Sites.ReadWrite.All` |
    /// | Delegated (personal Microsoft account) | `Files.Read`, `Files.Read.All`, `Files.ReadWrite`, `Files.ReadWrite.All` |
    /// | Application | `Files.Read.All`, `Files.ReadWrite.All`, `Sites.Read.All`, `Sites.ReadWrite.All` |
    pub enum List {}

    impl rt::Operation for List {
        type Body = ();
        type Output = rt::Page<super::super::models::Permission>;
        const META: &'static rt::OperationMeta = &rt::OperationMeta {
            name: "list",
            family: rt::Some("driveItem"),
            qualified_name: "driveItem.list",
            summary: "List sharing permissions on a driveItem",
            method: rt::Method::Get,
            versions: &[rt::ApiVersion::V1_0, rt::ApiVersion::Beta],
            endpoints: &[
                rt::Endpoint {
                    variant: "drive",
                    template: "/drives/{drive-id}/items/{item-id}/permissions",
                    signed_in_user: false,
                },
                rt::Endpoint {
                    variant: "group",
                    template: "/groups/{group-id}/drive/items/{item-id}/permissions",
                    signed_in_user: false,
                },
                rt::Endpoint {
                    variant: "me",
                    template: "/me/drive/items/{item-id}/permissions",
                    signed_in_user: true,
                },
                rt::Endpoint {
                    variant: "me-by-path",
                    template: "/me/drive/root:/{path}:/permissions",
                    signed_in_user: true,
                },
                rt::Endpoint {
                    variant: "site",
                    template: "/sites/{site-id}/drive/items/{item-id}/permissions",
                    signed_in_user: false,
                },
                rt::Endpoint {
                    variant: "user",
                    template: "/users/{user-id}/drive/items/{item-id}/permissions",
                    signed_in_user: false,
                },
            ],
            response: rt::ResponseShape::Collection,
            statuses: &[
                rt::SuccessStatus {
                    code: 200,
                    versions: &[rt::ApiVersion::V1_0, rt::ApiVersion::Beta],
                },
            ],
            scopes: rt::ScopeTable {
                delegated_work: rt::Some(
                    &[
                        "Files.Read",
                        "Files.Read.All",
                        "Files.ReadWrite",
                        "Files.ReadWrite.All",
                        "Sites.Read.All",
                        "Sites.ReadWrite.All",
                    ],
                ),
                delegated_personal: rt::Some(
                    &[
                        "Files.Read",
                        "Files.Read.All",
                        "Files.ReadWrite",
                        "Files.ReadWrite.All",
                    ],
                ),
                application: rt::Some(
                    &[
                        "Files.Read.All",
                        "Files.ReadWrite.All",
                        "Sites.Read.All",
                        "Sites.ReadWrite.All",
                    ],
                ),
            },
        };
    }

    /// `$select`: Selects the properties of the returned permissions.
    impl rt::Select for List {
        type Field = super::super::models::PermissionField;
    }

    /// `if-none-match`: String. If this request header is included and the etag provided matches the current etag on the item, an HTTP 304 Not Modified response is returned.
    impl rt::IfNoneMatch for List {}

    /// Create permission on a driveItem
    ///
    /// Create a new permission object on a driveItem.
    ///
    /// # Endpoints
    /// - `POST /drives/{drive-id}/items/{item-id}/permissions` (drive)
    /// - `POST /groups/{group-id}/drive/items/{item-id}/permissions` (group)
    /// - `POST /me/drive/items/{item-id}/permissions` (me)
    /// - `POST /sites/{site-id}/drive/items/{item-id}/permissions` (site)
    /// - `POST /users/{user-id}/drive/items/{item-id}/permissions` (user)
    ///
    /// # Permissions
    /// | Permission type | Scopes, least privileged first |
    /// |---|---|
    /// | Delegated (work or school account) | `Files.ReadWrite`, `Files.ReadWrite.All`, `Files.SelectedOperations.Selected`, `Sites.ReadWrite.All`, `Sites.FullControl.All`, `Sites.Manage.All`, `Sites.Selected`, `Lists.SelectedOperations.Selected`, `ListItems.SelectedOperations.Selected` |
    /// | Delegated (personal Microsoft account) | `Files.ReadWrite`, `Files.ReadWrite.All` |
    /// | Application | `Files.ReadWrite.All`, `Sites.FullControl.All`, `Sites.Manage.All`, `Sites.ReadWrite.All`, `Sites.Selected`, `Files.SelectedOperations.Selected`, `Lists.SelectedOperations.Selected`, `ListItems.SelectedOperations.Selected` |
    pub enum Create {}

    impl rt::Operation for Create {
        type Body = CreateBody;
        type Output = super::super::models::Permission;
        const META: &'static rt::OperationMeta = &rt::OperationMeta {
            name: "create",
            family: rt::Some("driveItem"),
            qualified_name: "driveItem.create",
            summary: "Create permission on a driveItem",
            method: rt::Method::Post,
            versions: &[rt::ApiVersion::V1_0, rt::ApiVersion::Beta],
            endpoints: &[
                rt::Endpoint {
                    variant: "drive",
                    template: "/drives/{drive-id}/items/{item-id}/permissions",
                    signed_in_user: false,
                },
                rt::Endpoint {
                    variant: "group",
                    template: "/groups/{group-id}/drive/items/{item-id}/permissions",
                    signed_in_user: false,
                },
                rt::Endpoint {
                    variant: "me",
                    template: "/me/drive/items/{item-id}/permissions",
                    signed_in_user: true,
                },
                rt::Endpoint {
                    variant: "site",
                    template: "/sites/{site-id}/drive/items/{item-id}/permissions",
                    signed_in_user: false,
                },
                rt::Endpoint {
                    variant: "user",
                    template: "/users/{user-id}/drive/items/{item-id}/permissions",
                    signed_in_user: false,
                },
            ],
            response: rt::ResponseShape::Single,
            statuses: &[
                rt::SuccessStatus {
                    code: 201,
                    versions: &[rt::ApiVersion::V1_0, rt::ApiVersion::Beta],
                },
            ],
            scopes: rt::ScopeTable {
                delegated_work: rt::Some(
                    &[
                        "Files.ReadWrite",
                        "Files.ReadWrite.All",
                        "Files.SelectedOperations.Selected",
                        "Sites.ReadWrite.All",
                        "Sites.FullControl.All",
                        "Sites.Manage.All",
                        "Sites.Selected",
                        "Lists.SelectedOperations.Selected",
                        "ListItems.SelectedOperations.Selected",
                    ],
                ),
                delegated_personal: rt::Some(
                    &["Files.ReadWrite", "Files.ReadWrite.All"],
                ),
                application: rt::Some(
                    &[
                        "Files.ReadWrite.All",
                        "Sites.FullControl.All",
                        "Sites.Manage.All",
                        "Sites.ReadWrite.All",
                        "Sites.Selected",
                        "Files.SelectedOperations.Selected",
                        "Lists.SelectedOperations.Selected",
                        "ListItems.SelectedOperations.Selected",
                    ],
                ),
            },
        };
    }

    /// The body of [`Create`]. In the request body, supply a JSON representation of the permission object.
    ///
    /// The `permission` resource with the properties this call accepts, and no others: the compiler refuses what the call does not accept (the whole resource would let through properties Graph rejects or ignores), and the required ones are the arguments of `new`.
    #[derive(Clone, Debug, Default, PartialEq)]
    #[non_exhaustive]
    pub struct CreateBody {
        /// `grantedToV2`: For user type permissions, the details of the users & applications for this permission.
        pub granted_to_v2: rt::Option<super::super::models::SharePointIdentitySet>,
        /// `roles`: The type of permission, e.g. read. See below for the full list of roles.
        pub roles: rt::Option<rt::Vec<super::super::models::Role>>,
        /// JSON properties the spec does not know (`@odata.*` and `@deprecated.*` annotations
        /// among them) and known properties sent as `null`, kept so that nothing is lost.
        pub extra: rt::Map,
    }

    impl CreateBody {
        /// A body with every field unset.
        #[allow(deprecated)]
        pub fn new() -> Self {
            Self {
                granted_to_v2: rt::None,
                roles: rt::None,
                extra: rt::Map::new(),
            }
        }
    }

    #[allow(deprecated)]
    impl CreateBody {
        /// Sets `grantedToV2`.
        pub fn granted_to_v2(
            mut self,
            granted_to_v2: super::super::models::SharePointIdentitySet,
        ) -> Self {
            self.granted_to_v2 = rt::Some(granted_to_v2);
            self
        }
        /// Sets `roles`.
        pub fn roles(mut self, roles: rt::Vec<super::super::models::Role>) -> Self {
            self.roles = rt::Some(roles);
            self
        }
        /// Sets the JSON properties the spec does not know (`@odata.type` among them).
        pub fn extra(mut self, extra: rt::Map) -> Self {
            self.extra = extra;
            self
        }
    }

    #[allow(deprecated)]
    impl rt::__private::WriteFields for CreateBody {
        fn write_fields<S: rt::serde::ser::SerializeMap>(
            &self,
            map: &mut S,
        ) -> rt::Result<(), S::Error> {
            rt::__private::write_field(map, "grantedToV2", &self.granted_to_v2)?;
            rt::__private::write_field(map, "roles", &self.roles)?;
            rt::__private::write_extra(map, &self.extra)
        }
    }

    impl rt::serde::Serialize for CreateBody {
        fn serialize<S: rt::serde::Serializer>(
            &self,
            serializer: S,
        ) -> rt::Result<S::Ok, S::Error> {
            rt::__private::serialize_model(self, serializer)
        }
    }

    /// Get sharing permission
    ///
    /// Return the effective sharing permission for a particular permission resource, whether set on the item itself or inherited from an ancestor.
    ///
    /// # Endpoints
    /// - `GET /drives/{drive-id}/items/{item-id}/permissions/{perm-id}` (drive)
    /// - `GET /groups/{group-id}/drive/items/{item-id}/permissions/{perm-id}` (group)
    /// - `GET /me/drive/items/{item-id}/permissions/{perm-id}` (me)
    /// - `GET /sites/{site-id}/drive/items/{item-id}/permissions/{perm-id}` (site)
    /// - `GET /users/{user-id}/drive/items/{item-id}/permissions/{perm-id}` (user)
    ///
    /// # Permissions
    /// | Permission type | Scopes, least privileged first |
    /// |---|---|
    /// | Delegated (work or school account) | `Files.Read`, `Files.ReadWrite`, `Files.Read.All`, `Files.ReadWrite.All`, `Sites.Read.All`, `Sites.ReadWrite.All` |
    /// | Delegated (personal Microsoft account) | `Files.Read`, `Files.ReadWrite`, `Files.Read.All`, `Files.ReadWrite.All` |
    /// | Application | `Files.Read.All`, `Files.ReadWrite.All`, `Sites.Read.All`, `Sites.ReadWrite.All` |
    pub enum Get {}

    impl rt::Operation for Get {
        type Body = ();
        type Output = super::super::models::Permission;
        const META: &'static rt::OperationMeta = &rt::OperationMeta {
            name: "get",
            family: rt::Some("driveItem"),
            qualified_name: "driveItem.get",
            summary: "Get sharing permission",
            method: rt::Method::Get,
            versions: &[rt::ApiVersion::V1_0, rt::ApiVersion::Beta],
            endpoints: &[
                rt::Endpoint {
                    variant: "drive",
                    template: "/drives/{drive-id}/items/{item-id}/permissions/{perm-id}",
                    signed_in_user: false,
                },
                rt::Endpoint {
                    variant: "group",
                    template: "/groups/{group-id}/drive/items/{item-id}/permissions/{perm-id}",
                    signed_in_user: false,
                },
                rt::Endpoint {
                    variant: "me",
                    template: "/me/drive/items/{item-id}/permissions/{perm-id}",
                    signed_in_user: true,
                },
                rt::Endpoint {
                    variant: "site",
                    template: "/sites/{site-id}/drive/items/{item-id}/permissions/{perm-id}",
                    signed_in_user: false,
                },
                rt::Endpoint {
                    variant: "user",
                    template: "/users/{user-id}/drive/items/{item-id}/permissions/{perm-id}",
                    signed_in_user: false,
                },
            ],
            response: rt::ResponseShape::Single,
            statuses: &[
                rt::SuccessStatus {
                    code: 200,
                    versions: &[rt::ApiVersion::V1_0, rt::ApiVersion::Beta],
                },
            ],
            scopes: rt::ScopeTable {
                delegated_work: rt::Some(
                    &[
                        "Files.Read",
                        "Files.ReadWrite",
                        "Files.Read.All",
                        "Files.ReadWrite.All",
                        "Sites.Read.All",
                        "Sites.ReadWrite.All",
                    ],
                ),
                delegated_personal: rt::Some(
                    &[
                        "Files.Read",
                        "Files.ReadWrite",
                        "Files.Read.All",
                        "Files.ReadWrite.All",
                    ],
                ),
                application: rt::Some(
                    &[
                        "Files.Read.All",
                        "Files.ReadWrite.All",
                        "Sites.Read.All",
                        "Sites.ReadWrite.All",
                    ],
                ),
            },
        };
    }

    /// `$select`: Selects the properties of the returned permission.
    impl rt::Select for Get {
        type Field = super::super::models::PermissionField;
    }

    /// Update sharing permission
    ///
    /// Update the properties of a sharing permission by patching the permission resource.
    ///
    /// # Endpoints
    /// - `PATCH /drives/{drive-id}/items/{item-id}/permissions/{perm-id}` (drive)
    /// - `PATCH /groups/{group-id}/drive/items/{item-id}/permissions/{perm-id}` (group)
    /// - `PATCH /me/drive/items/{item-id}/permissions/{perm-id}` (me)
    /// - `PATCH /sites/{site-id}/drive/items/{item-id}/permissions/{perm-id}` (site)
    /// - `PATCH /users/{user-id}/drive/items/{item-id}/permissions/{perm-id}` (user)
    ///
    /// # Permissions
    /// | Permission type | Scopes, least privileged first |
    /// |---|---|
    /// | Delegated (work or school account) | `Files.ReadWrite`, `Files.ReadWrite.All`, `Sites.ReadWrite.All` |
    /// | Delegated (personal Microsoft account) | `Files.ReadWrite`, `Files.ReadWrite.All` |
    /// | Application | `Files.ReadWrite.All`, `Sites.ReadWrite.All` |
    pub enum Update {}

    impl rt::Operation for Update {
        type Body = UpdateBody;
        type Output = super::super::models::Permission;
        const META: &'static rt::OperationMeta = &rt::OperationMeta {
            name: "update",
            family: rt::Some("driveItem"),
            qualified_name: "driveItem.update",
            summary: "Update sharing permission",
            method: rt::Method::Patch,
            versions: &[rt::ApiVersion::V1_0, rt::ApiVersion::Beta],
            endpoints: &[
                rt::Endpoint {
                    variant: "drive",
                    template: "/drives/{drive-id}/items/{item-id}/permissions/{perm-id}",
                    signed_in_user: false,
                },
                rt::Endpoint {
                    variant: "group",
                    template: "/groups/{group-id}/drive/items/{item-id}/permissions/{perm-id}",
                    signed_in_user: false,
                },
                rt::Endpoint {
                    variant: "me",
                    template: "/me/drive/items/{item-id}/permissions/{perm-id}",
                    signed_in_user: true,
                },
                rt::Endpoint {
                    variant: "site",
                    template: "/sites/{site-id}/drive/items/{item-id}/permissions/{perm-id}",
                    signed_in_user: false,
                },
                rt::Endpoint {
                    variant: "user",
                    template: "/users/{user-id}/drive/items/{item-id}/permissions/{perm-id}",
                    signed_in_user: false,
                },
            ],
            response: rt::ResponseShape::Single,
            statuses: &[
                rt::SuccessStatus {
                    code: 200,
                    versions: &[rt::ApiVersion::V1_0, rt::ApiVersion::Beta],
                },
            ],
            scopes: rt::ScopeTable {
                delegated_work: rt::Some(
                    &["Files.ReadWrite", "Files.ReadWrite.All", "Sites.ReadWrite.All"],
                ),
                delegated_personal: rt::Some(
                    &["Files.ReadWrite", "Files.ReadWrite.All"],
                ),
                application: rt::Some(&["Files.ReadWrite.All", "Sites.ReadWrite.All"]),
            },
        };
    }

    /// `if-match`: If this request header is included and the eTag (or cTag) provided does not match the current tag on the item, a 412 Precondition Failed response is returned and the item will not be deleted.
    impl rt::IfMatch for Update {}

    /// The body of [`Update`]. In the request body, supply the values for relevant fields that should be updated.
    #[derive(Clone, Debug, Default, PartialEq)]
    #[non_exhaustive]
    pub struct UpdateBody {
        /// `roles`: An array of permission types.
        ///
        /// Required.
        pub roles: rt::Vec<super::super::models::Role>,
        /// `expirationDateTime`: The expiration date and time of the permission; current docs allow it for anonymous links only.
        pub expiration_date_time: rt::Option<rt::DateTimeOffset>,
        /// JSON properties the spec does not know (`@odata.*` and `@deprecated.*` annotations
        /// among them) and known properties sent as `null`, kept so that nothing is lost.
        pub extra: rt::Map,
    }

    impl UpdateBody {
        /// A body with its required fields (`roles`); set the optional ones on the result.
        #[allow(deprecated)]
        pub fn new(roles: rt::Vec<super::super::models::Role>) -> Self {
            Self {
                roles,
                expiration_date_time: rt::None,
                extra: rt::Map::new(),
            }
        }
    }

    #[allow(deprecated)]
    impl UpdateBody {
        /// Sets `roles`.
        pub fn roles(mut self, roles: rt::Vec<super::super::models::Role>) -> Self {
            self.roles = roles;
            self
        }
        /// Sets `expirationDateTime`.
        pub fn expiration_date_time(
            mut self,
            expiration_date_time: rt::DateTimeOffset,
        ) -> Self {
            self.expiration_date_time = rt::Some(expiration_date_time);
            self
        }
        /// Sets the JSON properties the spec does not know (`@odata.type` among them).
        pub fn extra(mut self, extra: rt::Map) -> Self {
            self.extra = extra;
            self
        }
    }

    #[allow(deprecated)]
    impl rt::__private::WriteFields for UpdateBody {
        fn write_fields<S: rt::serde::ser::SerializeMap>(
            &self,
            map: &mut S,
        ) -> rt::Result<(), S::Error> {
            rt::serde::ser::SerializeMap::serialize_entry(map, "roles", &self.roles)?;
            rt::__private::write_field(
                map,
                "expirationDateTime",
                &self.expiration_date_time,
            )?;
            rt::__private::write_extra(map, &self.extra)
        }
    }

    impl rt::serde::Serialize for UpdateBody {
        fn serialize<S: rt::serde::Serializer>(
            &self,
            serializer: S,
        ) -> rt::Result<S::Ok, S::Error> {
            rt::__private::serialize_model(self, serializer)
        }
    }

    /// Delete a sharing permission
    ///
    /// Remove access to a driveItem. Only sharing permissions that are not inherited can be deleted (inheritedFrom must be null).
    ///
    /// # Endpoints
    /// - `DELETE /drives/{drive-id}/items/{item-id}/permissions/{perm-id}` (drive)
    /// - `DELETE /groups/{group-id}/drive/items/{item-id}/permissions/{perm-id}` (group)
    /// - `DELETE /me/drive/items/{item-id}/permissions/{perm-id}` (me)
    /// - `DELETE /sites/{site-id}/drive/items/{item-id}/permissions/{perm-id}` (site)
    /// - `DELETE /users/{user-id}/drive/items/{item-id}/permissions/{perm-id}` (user)
    ///
    /// # Permissions
    /// | Permission type | Scopes, least privileged first |
    /// |---|---|
    /// | Delegated (work or school account) | `Files.ReadWrite`, `Files.ReadWrite.All`, `Sites.ReadWrite.All` |
    /// | Delegated (personal Microsoft account) | `Files.ReadWrite`, `Files.ReadWrite.All` |
    /// | Application | `Files.ReadWrite.All`, `Sites.ReadWrite.All` |
    pub enum Delete {}

    impl rt::Operation for Delete {
        type Body = ();
        type Output = ();
        const META: &'static rt::OperationMeta = &rt::OperationMeta {
            name: "delete",
            family: rt::Some("driveItem"),
            qualified_name: "driveItem.delete",
            summary: "Delete a sharing permission",
            method: rt::Method::Delete,
            versions: &[rt::ApiVersion::V1_0, rt::ApiVersion::Beta],
            endpoints: &[
                rt::Endpoint {
                    variant: "drive",
                    template: "/drives/{drive-id}/items/{item-id}/permissions/{perm-id}",
                    signed_in_user: false,
                },
                rt::Endpoint {
                    variant: "group",
                    template: "/groups/{group-id}/drive/items/{item-id}/permissions/{perm-id}",
                    signed_in_user: false,
                },
                rt::Endpoint {
                    variant: "me",
                    template: "/me/drive/items/{item-id}/permissions/{perm-id}",
                    signed_in_user: true,
                },
                rt::Endpoint {
                    variant: "site",
                    template: "/sites/{site-id}/drive/items/{item-id}/permissions/{perm-id}",
                    signed_in_user: false,
                },
                rt::Endpoint {
                    variant: "user",
                    template: "/users/{user-id}/drive/items/{item-id}/permissions/{perm-id}",
                    signed_in_user: false,
                },
            ],
            response: rt::ResponseShape::None,
            statuses: &[
                rt::SuccessStatus {
                    code: 204,
                    versions: &[rt::ApiVersion::V1_0, rt::ApiVersion::Beta],
                },
            ],
            scopes: rt::ScopeTable {
                delegated_work: rt::Some(
                    &["Files.ReadWrite", "Files.ReadWrite.All", "Sites.ReadWrite.All"],
                ),
                delegated_personal: rt::Some(
                    &["Files.ReadWrite", "Files.ReadWrite.All"],
                ),
                application: rt::Some(&["Files.ReadWrite.All", "Sites.ReadWrite.All"]),
            },
        };
    }

    /// `if-match`: If this request header is included and the eTag (or cTag) provided does not match the current tag on the item, a 412 Precondition Failed response is returned and the item will not be deleted.
    impl rt::IfMatch for Delete {}

    /// Create a sharing link for a driveItem
    ///
    /// Share a driveItem through a sharing link. A new link is created if the app has no link of the requested type on the item yet; otherwise the existing link is returned.
    ///
    /// # Endpoints
    /// - `POST /drives/{drive-id}/items/{item-id}/createLink` (drive)
    /// - `POST /groups/{group-id}/drive/items/{item-id}/createLink` (group)
    /// - `POST /me/drive/items/{item-id}/createLink` (me)
    /// - `POST /sites/{site-id}/drive/items/{item-id}/createLink` (site)
    /// - `POST /users/{user-id}/drive/items/{item-id}/createLink` (user)
    ///
    /// # Permissions
    /// | Permission type | Scopes, least privileged first |
    /// |---|---|
    /// | Delegated (work or school account) | `Files.ReadWrite`, `Files.ReadWrite.All`, `Sites.ReadWrite.All` |
    /// | Delegated (personal Microsoft account) | `Files.ReadWrite`, `Files.ReadWrite.All` |
    /// | Application | `Files.ReadWrite.All`, `Sites.ReadWrite.All` |
    pub enum CreateLink {}

    impl rt::Operation for CreateLink {
        type Body = CreateLinkBody;
        type Output = super::super::models::Permission;
        const META: &'static rt::OperationMeta = &rt::OperationMeta {
            name: "createLink",
            family: rt::Some("driveItem"),
            qualified_name: "driveItem.createLink",
            summary: "Create a sharing link for a driveItem",
            method: rt::Method::Post,
            versions: &[rt::ApiVersion::V1_0, rt::ApiVersion::Beta],
            endpoints: &[
                rt::Endpoint {
                    variant: "drive",
                    template: "/drives/{drive-id}/items/{item-id}/createLink",
                    signed_in_user: false,
                },
                rt::Endpoint {
                    variant: "group",
                    template: "/groups/{group-id}/drive/items/{item-id}/createLink",
                    signed_in_user: false,
                },
                rt::Endpoint {
                    variant: "me",
                    template: "/me/drive/items/{item-id}/createLink",
                    signed_in_user: true,
                },
                rt::Endpoint {
                    variant: "site",
                    template: "/sites/{site-id}/drive/items/{item-id}/createLink",
                    signed_in_user: false,
                },
                rt::Endpoint {
                    variant: "user",
                    template: "/users/{user-id}/drive/items/{item-id}/createLink",
                    signed_in_user: false,
                },
            ],
            response: rt::ResponseShape::Single,
            statuses: &[
                rt::SuccessStatus {
                    code: 201,
                    versions: &[rt::ApiVersion::V1_0, rt::ApiVersion::Beta],
                },
                rt::SuccessStatus {
                    code: 200,
                    versions: &[rt::ApiVersion::V1_0, rt::ApiVersion::Beta],
                },
            ],
            scopes: rt::ScopeTable {
                delegated_work: rt::Some(
                    &["Files.ReadWrite", "Files.ReadWrite.All", "Sites.ReadWrite.All"],
                ),
                delegated_personal: rt::Some(
                    &["Files.ReadWrite", "Files.ReadWrite.All"],
                ),
                application: rt::Some(&["Files.ReadWrite.All", "Sites.ReadWrite.All"]),
            },
        };
    }

    /// The body of [`CreateLink`]. The properties of the sharing link the application requests.
    #[derive(Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub struct CreateLinkBody {
        /// `type`: The type of sharing link to create.
        ///
        /// Required.
        pub r#type: super::super::models::SharingLinkType,
        /// `scope`: Optional. The scope of the link to create.
        pub scope: rt::Option<super::super::models::SharingLinkScope>,
        /// `expirationDateTime`: Optional. The expiration time of the permission.
        pub expiration_date_time: rt::Option<rt::DateTimeOffset>,
        /// `password`: Optional. The password of the sharing link, set by the creator; OneDrive Personal only.
        pub password: rt::Option<rt::String>,
        /// `recipients`: Optional. The recipients who will receive access to the sharing link.
        ///
        /// Published in: beta. Needs the `beta` feature.
        #[cfg(feature = "beta")]
        pub recipients: rt::Option<rt::Vec<super::super::models::DriveRecipient>>,
        /// `retainInheritedPermissions`: Optional. If true (the default), existing inherited permissions are kept when the item is shared for the first time; if false, they are all removed.
        pub retain_inherited_permissions: rt::Option<bool>,
        /// `sendNotification`: Optional. If true, the sharing link is sent by email to the recipients; OneDrive for Business and SharePoint only. Default false.
        ///
        /// Published in: beta. Needs the `beta` feature.
        #[cfg(feature = "beta")]
        pub send_notification: rt::Option<bool>,
        /// JSON properties the spec does not know (`@odata.*` and `@deprecated.*` annotations
        /// among them) and known properties sent as `null`, kept so that nothing is lost.
        pub extra: rt::Map,
    }

    impl CreateLinkBody {
        /// A body with its required fields (`type`); set the optional ones on the result.
        #[allow(deprecated)]
        pub fn new(r#type: super::super::models::SharingLinkType) -> Self {
            Self {
                r#type,
                scope: rt::None,
                expiration_date_time: rt::None,
                password: rt::None,
                #[cfg(feature = "beta")]
                recipients: rt::None,
                retain_inherited_permissions: rt::None,
                #[cfg(feature = "beta")]
                send_notification: rt::None,
                extra: rt::Map::new(),
            }
        }
    }

    #[allow(deprecated)]
    impl CreateLinkBody {
        /// Sets `type`.
        pub fn r#type(mut self, r#type: super::super::models::SharingLinkType) -> Self {
            self.r#type = r#type;
            self
        }
        /// Sets `scope`.
        pub fn scope(mut self, scope: super::super::models::SharingLinkScope) -> Self {
            self.scope = rt::Some(scope);
            self
        }
        /// Sets `expirationDateTime`.
        pub fn expiration_date_time(
            mut self,
            expiration_date_time: rt::DateTimeOffset,
        ) -> Self {
            self.expiration_date_time = rt::Some(expiration_date_time);
            self
        }
        /// Sets `password`.
        pub fn password(mut self, password: rt::String) -> Self {
            self.password = rt::Some(password);
            self
        }
        /// Sets `recipients`.
        #[cfg(feature = "beta")]
        pub fn recipients(
            mut self,
            recipients: rt::Vec<super::super::models::DriveRecipient>,
        ) -> Self {
            self.recipients = rt::Some(recipients);
            self
        }
        /// Sets `retainInheritedPermissions`.
        pub fn retain_inherited_permissions(
            mut self,
            retain_inherited_permissions: bool,
        ) -> Self {
            self.retain_inherited_permissions = rt::Some(retain_inherited_permissions);
            self
        }
        /// Sets `sendNotification`.
        #[cfg(feature = "beta")]
        pub fn send_notification(mut self, send_notification: bool) -> Self {
            self.send_notification = rt::Some(send_notification);
            self
        }
        /// Sets the JSON properties the spec does not know (`@odata.type` among them).
        pub fn extra(mut self, extra: rt::Map) -> Self {
            self.extra = extra;
            self
        }
    }

    #[allow(deprecated)]
    impl rt::__private::WriteFields for CreateLinkBody {
        fn write_fields<S: rt::serde::ser::SerializeMap>(
            &self,
            map: &mut S,
        ) -> rt::Result<(), S::Error> {
            rt::serde::ser::SerializeMap::serialize_entry(map, "type", &self.r#type)?;
            rt::__private::write_field(map, "scope", &self.scope)?;
            rt::__private::write_field(
                map,
                "expirationDateTime",
                &self.expiration_date_time,
            )?;
            rt::__private::write_field(map, "password", &self.password)?;
            #[cfg(feature = "beta")]
            rt::__private::write_field(map, "recipients", &self.recipients)?;
            rt::__private::write_field(
                map,
                "retainInheritedPermissions",
                &self.retain_inherited_permissions,
            )?;
            #[cfg(feature = "beta")]
            rt::__private::write_field(
                map,
                "sendNotification",
                &self.send_notification,
            )?;
            rt::__private::write_extra(map, &self.extra)
        }
    }

    impl rt::serde::Serialize for CreateLinkBody {
        fn serialize<S: rt::serde::Serializer>(
            &self,
            serializer: S,
        ) -> rt::Result<S::Ok, S::Error> {
            rt::__private::serialize_model(self, serializer)
        }
    }

    /// Send a sharing invitation
    ///
    /// Send a sharing invitation for a driveItem. The invitation grants permissions to the recipients and optionally sends them an email with a sharing link.
    ///
    /// # Endpoints
    /// - `POST /drives/{drive-id}/items/{item-id}/invite` (drive)
    /// - `POST /groups/{group-id}/drive/items/{item-id}/invite` (group)
    /// - `POST /me/drive/items/{item-id}/invite` (me)
    /// - `POST /sites/{site-id}/drive/items/{item-id}/invite` (site)
    /// - `POST /users/{user-id}/drive/items/{item-id}/invite` (user)
    ///
    /// # Permissions
    /// | Permission type | Scopes, least privileged first |
    /// |---|---|
    /// | Delegated (work or school account) | `Files.ReadWrite`, `Files.ReadWrite.All`, `Sites.ReadWrite.All` |
    /// | Delegated (personal Microsoft account) | `Files.ReadWrite`, `Files.ReadWrite.All` |
    /// | Application | `Files.ReadWrite.All`, `Sites.ReadWrite.All` |
    pub enum Invite {}

    impl rt::Operation for Invite {
        type Body = InviteBody;
        type Output = rt::Page<super::super::models::Permission>;
        const META: &'static rt::OperationMeta = &rt::OperationMeta {
            name: "invite",
            family: rt::Some("driveItem"),
            qualified_name: "driveItem.invite",
            summary: "Send a sharing invitation",
            method: rt::Method::Post,
            versions: &[rt::ApiVersion::V1_0, rt::ApiVersion::Beta],
            endpoints: &[
                rt::Endpoint {
                    variant: "drive",
                    template: "/drives/{drive-id}/items/{item-id}/invite",
                    signed_in_user: false,
                },
                rt::Endpoint {
                    variant: "group",
                    template: "/groups/{group-id}/drive/items/{item-id}/invite",
                    signed_in_user: false,
                },
                rt::Endpoint {
                    variant: "me",
                    template: "/me/drive/items/{item-id}/invite",
                    signed_in_user: true,
                },
                rt::Endpoint {
                    variant: "site",
                    template: "/sites/{site-id}/drive/items/{item-id}/invite",
                    signed_in_user: false,
                },
                rt::Endpoint {
                    variant: "user",
                    template: "/users/{user-id}/drive/items/{item-id}/invite",
                    signed_in_user: false,
                },
            ],
            response: rt::ResponseShape::Collection,
            statuses: &[
                rt::SuccessStatus {
                    code: 200,
                    versions: &[rt::ApiVersion::V1_0, rt::ApiVersion::Beta],
                },
                rt::SuccessStatus {
                    code: 207,
                    versions: &[rt::ApiVersion::Beta],
                },
            ],
            scopes: rt::ScopeTable {
                delegated_work: rt::Some(
                    &["Files.ReadWrite", "Files.ReadWrite.All", "Sites.ReadWrite.All"],
                ),
                delegated_personal: rt::Some(
                    &["Files.ReadWrite", "Files.ReadWrite.All"],
                ),
                application: rt::Some(&["Files.ReadWrite.All", "Sites.ReadWrite.All"]),
            },
        };
    }

    /// The body of [`Invite`]. In the request body, provide a JSON object with the following parameters.
    #[derive(Clone, Debug, Default, PartialEq)]
    #[non_exhaustive]
    pub struct InviteBody {
        /// `recipients`: The recipients who will receive access and the sharing invitation.
        ///
        /// Required.
        pub recipients: rt::Vec<super::super::models::DriveRecipient>,
        /// `message`: A plain-text message included in the sharing invitation, at most 2000 characters.
        pub message: rt::Option<rt::String>,
        /// `requireSignIn`: Whether the recipient of the invitation must sign in to view the shared item.
        pub require_sign_in: rt::Option<bool>,
        /// `sendInvitation`: If true, a sharing link is sent to the recipient; otherwise the permission is granted directly without a notification.
        pub send_invitation: rt::Option<bool>,
        /// `roles`: The roles to grant to the recipients of the sharing invitation.
        pub roles: rt::Option<rt::Vec<super::super::models::Role>>,
        /// `expirationDateTime`: The time after which the permission expires.
        pub expiration_date_time: rt::Option<rt::DateTimeOffset>,
        /// `password`: The password set on the invite by the creator; OneDrive Personal only.
        pub password: rt::Option<rt::String>,
        /// `retainInheritedPermissions`: Optional. If true (the default), existing inherited permissions are kept when the item is shared for the first time; if false, they are all removed.
        pub retain_inherited_permissions: rt::Option<bool>,
        /// JSON properties the spec does not know (`@odata.*` and `@deprecated.*` annotations
        /// among them) and known properties sent as `null`, kept so that nothing is lost.
        pub extra: rt::Map,
    }

    impl InviteBody {
        /// A body with its required fields (`recipients`); set the optional ones on the result.
        #[allow(deprecated)]
        pub fn new(recipients: rt::Vec<super::super::models::DriveRecipient>) -> Self {
            Self {
                recipients,
                message: rt::None,
                require_sign_in: rt::None,
                send_invitation: rt::None,
                roles: rt::None,
                expiration_date_time: rt::None,
                password: rt::None,
                retain_inherited_permissions: rt::None,
                extra: rt::Map::new(),
            }
        }
    }

    #[allow(deprecated)]
    impl InviteBody {
        /// Sets `recipients`.
        pub fn recipients(
            mut self,
            recipients: rt::Vec<super::super::models::DriveRecipient>,
        ) -> Self {
            self.recipients = recipients;
            self
        }
        /// Sets `message`.
        pub fn message(mut self, message: rt::String) -> Self {
            self.message = rt::Some(message);
            self
        }
        /// Sets `requireSignIn`.
        pub fn require_sign_in(mut self, require_sign_in: bool) -> Self {
            self.require_sign_in = rt::Some(require_sign_in);
            self
        }
        /// Sets `sendInvitation`.
        pub fn send_invitation(mut self, send_invitation: bool) -> Self {
            self.send_invitation = rt::Some(send_invitation);
            self
        }
        /// Sets `roles`.
        pub fn roles(mut self, roles: rt::Vec<super::super::models::Role>) -> Self {
            self.roles = rt::Some(roles);
            self
        }
        /// Sets `expirationDateTime`.
        pub fn expiration_date_time(
            mut self,
            expiration_date_time: rt::DateTimeOffset,
        ) -> Self {
            self.expiration_date_time = rt::Some(expiration_date_time);
            self
        }
        /// Sets `password`.
        pub fn password(mut self, password: rt::String) -> Self {
            self.password = rt::Some(password);
            self
        }
        /// Sets `retainInheritedPermissions`.
        pub fn retain_inherited_permissions(
            mut self,
            retain_inherited_permissions: bool,
        ) -> Self {
            self.retain_inherited_permissions = rt::Some(retain_inherited_permissions);
            self
        }
        /// Sets the JSON properties the spec does not know (`@odata.type` among them).
        pub fn extra(mut self, extra: rt::Map) -> Self {
            self.extra = extra;
            self
        }
    }

    #[allow(deprecated)]
    impl rt::__private::WriteFields for InviteBody {
        fn write_fields<S: rt::serde::ser::SerializeMap>(
            &self,
            map: &mut S,
        ) -> rt::Result<(), S::Error> {
            rt::serde::ser::SerializeMap::serialize_entry(
                map,
                "recipients",
                &self.recipients,
            )?;
            rt::__private::write_field(map, "message", &self.message)?;
            rt::__private::write_field(map, "requireSignIn", &self.require_sign_in)?;
            rt::__private::write_field(map, "sendInvitation", &self.send_invitation)?;
            rt::__private::write_field(map, "roles", &self.roles)?;
            rt::__private::write_field(
                map,
                "expirationDateTime",
                &self.expiration_date_time,
            )?;
            rt::__private::write_field(map, "password", &self.password)?;
            rt::__private::write_field(
                map,
                "retainInheritedPermissions",
                &self.retain_inherited_permissions,
            )?;
            rt::__private::write_extra(map, &self.extra)
        }
    }

    impl rt::serde::Serialize for InviteBody {
        fn serialize<S: rt::serde::Serializer>(
            &self,
            serializer: S,
        ) -> rt::Result<S::Ok, S::Error> {
            rt::__private::serialize_model(self, serializer)
        }
    }

    /// permission: revokeGrants
    ///
    /// Revoke access to a listItem or driveItem granted via a sharing link by removing the specified recipient from the link. Note: This functionality is only available for sharing links scoped to users.
    ///
    /// # Endpoints
    /// - `POST /drives/{drive-id}/items/{item-id}/permissions/{perm-id}/revokeGrants` (drive)
    /// - `POST /groups/{group-id}/drive/items/{item-id}/permissions/{perm-id}/revokeGrants` (group)
    /// - `POST /me/drive/items/{item-id}/permissions/{perm-id}/revokeGrants` (me)
    /// - `POST /sites/{site-id}/drive/items/{item-id}/permissions/{perm-id}/revokeGrants` (site)
    /// - `POST /sites/{site-id}/lists/{list-id}/items/{listItem-id}/driveItem/permissions/{perm-id}/revokeGrants` (site-list-item)
    /// - `POST /users/{user-id}/drive/items/{item-id}/permissions/{perm-id}/revokeGrants` (user)
    ///
    /// # Permissions
    /// | Permission type | Scopes, least privileged first |
    /// |---|---|
    /// | Delegated (work or school account) | `Files.ReadWrite`, `Files.ReadWrite.All`, `Sites.ReadWrite.All` |
    /// | Delegated (personal Microsoft account) | Not supported |
    /// | Application | `Files.ReadWrite.All`, `Sites.ReadWrite.All` |
    pub enum RevokeGrants {}

    impl rt::Operation for RevokeGrants {
        type Body = RevokeGrantsBody;
        type Output = super::super::models::Permission;
        const META: &'static rt::OperationMeta = &rt::OperationMeta {
            name: "revokeGrants",
            family: rt::Some("driveItem"),
            qualified_name: "driveItem.revokeGrants",
            summary: "permission: revokeGrants",
            method: rt::Method::Post,
            versions: &[rt::ApiVersion::V1_0, rt::ApiVersion::Beta],
            endpoints: &[
                rt::Endpoint {
                    variant: "drive",
                    template: "/drives/{drive-id}/items/{item-id}/permissions/{perm-id}/revokeGrants",
                    signed_in_user: false,
                },
                rt::Endpoint {
                    variant: "group",
                    template: "/groups/{group-id}/drive/items/{item-id}/permissions/{perm-id}/revokeGrants",
                    signed_in_user: false,
                },
                rt::Endpoint {
                    variant: "me",
                    template: "/me/drive/items/{item-id}/permissions/{perm-id}/revokeGrants",
                    signed_in_user: true,
                },
                rt::Endpoint {
                    variant: "site",
                    template: "/sites/{site-id}/drive/items/{item-id}/permissions/{perm-id}/revokeGrants",
                    signed_in_user: false,
                },
                rt::Endpoint {
                    variant: "site-list-item",
                    template: "/sites/{site-id}/lists/{list-id}/items/{listItem-id}/driveItem/permissions/{perm-id}/revokeGrants",
                    signed_in_user: false,
                },
                rt::Endpoint {
                    variant: "user",
                    template: "/users/{user-id}/drive/items/{item-id}/permissions/{perm-id}/revokeGrants",
                    signed_in_user: false,
                },
            ],
            response: rt::ResponseShape::Single,
            statuses: &[
                rt::SuccessStatus {
                    code: 200,
                    versions: &[rt::ApiVersion::V1_0, rt::ApiVersion::Beta],
                },
            ],
            scopes: rt::ScopeTable {
                delegated_work: rt::Some(
                    &["Files.ReadWrite", "Files.ReadWrite.All", "Sites.ReadWrite.All"],
                ),
                delegated_personal: rt::None,
                application: rt::Some(&["Files.ReadWrite.All", "Sites.ReadWrite.All"]),
            },
        };
    }

    /// The body of [`RevokeGrants`]. In the request body, supply JSON representation of the parameters.
    #[derive(Clone, Debug, Default, PartialEq)]
    #[non_exhaustive]
    pub struct RevokeGrantsBody {
        /// `grantees`: A collection of recipients who will be revoked access to the sharing link.
        ///
        /// Required.
        pub grantees: rt::Vec<super::super::models::DriveRecipient>,
        /// JSON properties the spec does not know (`@odata.*` and `@deprecated.*` annotations
        /// among them) and known properties sent as `null`, kept so that nothing is lost.
        pub extra: rt::Map,
    }

    impl RevokeGrantsBody {
        /// A body with its required fields (`grantees`); set the optional ones on the result.
        #[allow(deprecated)]
        pub fn new(grantees: rt::Vec<super::super::models::DriveRecipient>) -> Self {
            Self {
                grantees,
                extra: rt::Map::new(),
            }
        }
    }

    #[allow(deprecated)]
    impl RevokeGrantsBody {
        /// Sets `grantees`.
        pub fn grantees(
            mut self,
            grantees: rt::Vec<super::super::models::DriveRecipient>,
        ) -> Self {
            self.grantees = grantees;
            self
        }
        /// Sets the JSON properties the spec does not know (`@odata.type` among them).
        pub fn extra(mut self, extra: rt::Map) -> Self {
            self.extra = extra;
            self
        }
    }

    #[allow(deprecated)]
    impl rt::__private::WriteFields for RevokeGrantsBody {
        fn write_fields<S: rt::serde::ser::SerializeMap>(
            &self,
            map: &mut S,
        ) -> rt::Result<(), S::Error> {
            rt::serde::ser::SerializeMap::serialize_entry(
                map,
                "grantees",
                &self.grantees,
            )?;
            rt::__private::write_extra(map, &self.extra)
        }
    }

    impl rt::serde::Serialize for RevokeGrantsBody {
        fn serialize<S: rt::serde::Serializer>(
            &self,
            serializer: S,
        ) -> rt::Result<S::Ok, S::Error> {
            rt::__private::serialize_model(self, serializer)
        }
    }
}

pub mod list {
    //! The operations of family `list`: a marker type each, with what the spec says about it, and the body struct of each that sends one.

    #[allow(unused_imports)]
    use super::rt;

    /// List permissions on a list
    ///
    /// Get a list of the permission objects associated with a list.
    ///
    /// # Endpoints
    /// - `GET /sites/{site-id}/lists/{list-id}/permissions` (site)
    ///
    /// # Permissions
    /// | Permission type | Scopes, least privileged first |
    /// |---|---|
    /// | Delegated (work or school account) | `Sites.Read.All`, `Sites.FullControl.All`, `Sites.Manage.All`, `Sites.ReadWrite.All` |
    /// | Delegated (personal Microsoft account) | Not supported |
    /// | Application | `Sites.Read.All`, `Sites.FullControl.All`, `Sites.Manage.All`, `Sites.ReadWrite.All` |
    pub enum List {}

    impl rt::Operation for List {
        type Body = ();
        type Output = rt::Page<super::super::models::Permission>;
        const META: &'static rt::OperationMeta = &rt::OperationMeta {
            name: "list",
            family: rt::Some("list"),
            qualified_name: "list.list",
            summary: "List permissions on a list",
            method: rt::Method::Get,
            versions: &[rt::ApiVersion::V1_0, rt::ApiVersion::Beta],
            endpoints: &[
                rt::Endpoint {
                    variant: "site",
                    template: "/sites/{site-id}/lists/{list-id}/permissions",
                    signed_in_user: false,
                },
            ],
            response: rt::ResponseShape::Collection,
            statuses: &[
                rt::SuccessStatus {
                    code: 200,
                    versions: &[rt::ApiVersion::V1_0, rt::ApiVersion::Beta],
                },
            ],
            scopes: rt::ScopeTable {
                delegated_work: rt::Some(
                    &[
                        "Sites.Read.All",
                        "Sites.FullControl.All",
                        "Sites.Manage.All",
                        "Sites.ReadWrite.All",
                    ],
                ),
                delegated_personal: rt::None,
                application: rt::Some(
                    &[
                        "Sites.Read.All",
                        "Sites.FullControl.All",
                        "Sites.Manage.All",
                        "Sites.ReadWrite.All",
                    ],
                ),
            },
        };
    }

    /// `$select`: This method supports the $select, $filter, $count, and $top OData query parameters to help customize the response.
    impl rt::Select for List {
        type Field = super::super::models::PermissionField;
    }

    /// `$filter`: This method supports the $select, $filter, $count, and $top OData query parameters to help customize the response.
    impl rt::Filter for List {}

    /// `$count`: This method supports the $select, $filter, $count, and $top OData query parameters to help customize the response.
    impl rt::Count for List {}

    /// `$top`: This method supports the $select, $filter, $count, and $top OData query parameters to help customize the response.
    impl rt::Top for List {}

    /// Create permission on a list
    ///
    /// Create a new permission object on a list.
    ///
    /// # Endpoints
    /// - `POST /sites/{site-id}/lists/{list-id}/permissions` (site)
    ///
    /// # Permissions
    /// | Permission type | Scopes, least privileged first |
    /// |---|---|
    /// | Delegated (work or school account) | `Sites.ReadWrite.All`, `Sites.FullControl.All`, `Sites.Manage.All` |
    /// | Delegated (personal Microsoft account) | Not supported |
    /// | Application | `Sites.ReadWrite.All`, `Sites.FullControl.All`, `Sites.Manage.All` |
    pub enum Create {}

    impl rt::Operation for Create {
        type Body = CreateBody;
        type Output = super::super::models::Permission;
        const META: &'static rt::OperationMeta = &rt::OperationMeta {
            name: "create",
            family: rt::Some("list"),
            qualified_name: "list.create",
            summary: "Create permission on a list",
            method: rt::Method::Post,
            versions: &[rt::ApiVersion::V1_0, rt::ApiVersion::Beta],
            endpoints: &[
                rt::Endpoint {
                    variant: "site",
                    template: "/sites/{site-id}/lists/{list-id}/permissions",
                    signed_in_user: false,
                },
            ],
            response: rt::ResponseShape::Single,
            statuses: &[
                rt::SuccessStatus {
                    code: 201,
                    versions: &[rt::ApiVersion::V1_0, rt::ApiVersion::Beta],
                },
            ],
            scopes: rt::ScopeTable {
                delegated_work: rt::Some(
                    &["Sites.ReadWrite.All", "Sites.FullControl.All", "Sites.Manage.All"],
                ),
                delegated_personal: rt::None,
                application: rt::Some(
                    &["Sites.ReadWrite.All", "Sites.FullControl.All", "Sites.Manage.All"],
                ),
            },
        };
    }

    /// The body of [`Create`]. In the request body, supply a JSON representation of the permission object.
    ///
    /// The `permission` resource with the properties this call accepts, and no others: the compiler refuses what the call does not accept (the whole resource would let through properties Graph rejects or ignores), and the required ones are the arguments of `new`.
    #[derive(Clone, Debug, Default, PartialEq)]
    #[non_exhaustive]
    pub struct CreateBody {
        /// `grantedToV2`: For user type permissions, the details of the users & applications for this permission.
        pub granted_to_v2: rt::Option<super::super::models::SharePointIdentitySet>,
        /// `roles`: The type of permission, e.g. read. See below for the full list of roles.
        pub roles: rt::Option<rt::Vec<super::super::models::Role>>,
        /// JSON properties the spec does not know (`@odata.*` and `@deprecated.*` annotations
        /// among them) and known properties sent as `null`, kept so that nothing is lost.
        pub extra: rt::Map,
    }

    impl CreateBody {
        /// A body with every field unset.
        #[allow(deprecated)]
        pub fn new() -> Self {
            Self {
                granted_to_v2: rt::None,
                roles: rt::None,
                extra: rt::Map::new(),
            }
        }
    }

    #[allow(deprecated)]
    impl CreateBody {
        /// Sets `grantedToV2`.
        pub fn granted_to_v2(
            mut self,
            granted_to_v2: super::super::models::SharePointIdentitySet,
        ) -> Self {
            self.granted_to_v2 = rt::Some(granted_to_v2);
            self
        }
        /// Sets `roles`.
        pub fn roles(mut self, roles: rt::Vec<super::super::models::Role>) -> Self {
            self.roles = rt::Some(roles);
            self
        }
        /// Sets the JSON properties the spec does not know (`@odata.type` among them).
        pub fn extra(mut self, extra: rt::Map) -> Self {
            self.extra = extra;
            self
        }
    }

    #[allow(deprecated)]
    impl rt::__private::WriteFields for CreateBody {
        fn write_fields<S: rt::serde::ser::SerializeMap>(
            &self,
            map: &mut S,
        ) -> rt::Result<(), S::Error> {
            rt::__private::write_field(map, "grantedToV2", &self.granted_to_v2)?;
            rt::__private::write_field(map, "roles", &self.roles)?;
            rt::__private::write_extra(map, &self.extra)
        }
    }

    impl rt::serde::Serialize for CreateBody {
        fn serialize<S: rt::serde::Serializer>(
            &self,
            serializer: S,
        ) -> rt::Result<S::Ok, S::Error> {
            rt::__private::serialize_model(self, serializer)
        }
    }

    /// Delete permission on a list
    ///
    /// Delete a permission object on a list.
    ///
    /// # Endpoints
    /// - `DELETE /sites/{site-id}/lists/{list-id}/permissions/{permission-id}` (site)
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
    pub enum Delete {}

    #[cfg(feature = "beta")]
    impl rt::Operation for Delete {
        type Body = ();
        type Output = ();
        const META: &'static rt::OperationMeta = &rt::OperationMeta {
            name: "delete",
            family: rt::Some("list"),
            qualified_name: "list.delete",
            summary: "Delete permission on a list",
            method: rt::Method::Delete,
            versions: &[rt::ApiVersion::Beta],
            endpoints: &[
                rt::Endpoint {
                    variant: "site",
                    template: "/sites/{site-id}/lists/{list-id}/permissions/{permission-id}",
                    signed_in_user: false,
                },
            ],
            response: rt::ResponseShape::None,
            statuses: &[
                rt::SuccessStatus {
                    code: 204,
                    versions: &[rt::ApiVersion::Beta],
                },
            ],
            scopes: rt::ScopeTable {
                delegated_work: rt::Some(
                    &["Sites.ReadWrite.All", "Sites.FullControl.All", "Sites.Manage.All"],
                ),
                delegated_personal: rt::None,
                application: rt::Some(
                    &["Sites.ReadWrite.All", "Sites.FullControl.All", "Sites.Manage.All"],
                ),
            },
        };
    }

    /// Get permission on a list
    ///
    /// Retrieve the properties and relationships of a permission object on a list.
    ///
    /// # Endpoints
    /// - `GET /sites/{site-id}/lists/{list-id}/permissions/{permission-id}` (site)
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
    pub enum Get {}

    #[cfg(feature = "beta")]
    impl rt::Operation for Get {
        type Body = ();
        type Output = super::super::models::Permission;
        const META: &'static rt::OperationMeta = &rt::OperationMeta {
            name: "get",
            family: rt::Some("list"),
            qualified_name: "list.get",
            summary: "Get permission on a list",
            method: rt::Method::Get,
            versions: &[rt::ApiVersion::Beta],
            endpoints: &[
                rt::Endpoint {
                    variant: "site",
                    template: "/sites/{site-id}/lists/{list-id}/permissions/{permission-id}",
                    signed_in_user: false,
                },
            ],
            response: rt::ResponseShape::Single,
            statuses: &[
                rt::SuccessStatus {
                    code: 200,
                    versions: &[rt::ApiVersion::Beta],
                },
            ],
            scopes: rt::ScopeTable {
                delegated_work: rt::Some(
                    &[
                        "Sites.Read.All",
                        "Sites.FullControl.All",
                        "Sites.Manage.All",
                        "Sites.ReadWrite.All",
                    ],
                ),
                delegated_personal: rt::None,
                application: rt::Some(
                    &[
                        "Sites.Read.All",
                        "Sites.FullControl.All",
                        "Sites.Manage.All",
                        "Sites.ReadWrite.All",
                    ],
                ),
            },
        };
    }

    /// Update permission on a list
    ///
    /// Update the permission object on a list.
    ///
    /// # Endpoints
    /// - `PATCH /sites/{site-id}/lists/{list-id}/permissions/{permission-id}` (site)
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
    pub enum Update {}

    #[cfg(feature = "beta")]
    impl rt::Operation for Update {
        type Body = UpdateBody;
        type Output = super::super::models::Permission;
        const META: &'static rt::OperationMeta = &rt::OperationMeta {
            name: "update",
            family: rt::Some("list"),
            qualified_name: "list.update",
            summary: "Update permission on a list",
            method: rt::Method::Patch,
            versions: &[rt::ApiVersion::Beta],
            endpoints: &[
                rt::Endpoint {
                    variant: "site",
                    template: "/sites/{site-id}/lists/{list-id}/permissions/{permission-id}",
                    signed_in_user: false,
                },
            ],
            response: rt::ResponseShape::Single,
            statuses: &[
                rt::SuccessStatus {
                    code: 200,
                    versions: &[rt::ApiVersion::Beta],
                },
            ],
            scopes: rt::ScopeTable {
                delegated_work: rt::Some(
                    &[
                        "Sites.ReadWrite.All",
                        "Sites.FullControl.All",
                        "Sites.Manage.All",
                        "Sites.Selected",
                        "Lists.SelectedOperations.Selected",
                    ],
                ),
                delegated_personal: rt::None,
                application: rt::Some(
                    &[
                        "Sites.ReadWrite.All",
                        "Sites.FullControl.All",
                        "Sites.Manage.All",
                        "Sites.Selected",
                        "Lists.SelectedOperations.Selected",
                    ],
                ),
            },
        };
    }

    /// The body of [`Update`]. In the request body, supply a JSON representation of the permission object.
    ///
    /// The `permission` resource with the properties this call accepts, and no others: the compiler refuses what the call does not accept (the whole resource would let through properties Graph rejects or ignores), and the required ones are the arguments of `new`.
    #[cfg(feature = "beta")]
    #[derive(Clone, Debug, Default, PartialEq)]
    #[non_exhaustive]
    pub struct UpdateBody {
        /// `roles`: The type of permission, e.g. read. See below for the full list of roles.
        pub roles: rt::Option<rt::Vec<super::super::models::Role>>,
        /// JSON properties the spec does not know (`@odata.*` and `@deprecated.*` annotations
        /// among them) and known properties sent as `null`, kept so that nothing is lost.
        pub extra: rt::Map,
    }

    #[cfg(feature = "beta")]
    impl UpdateBody {
        /// A body with every field unset.
        #[allow(deprecated)]
        pub fn new() -> Self {
            Self {
                roles: rt::None,
                extra: rt::Map::new(),
            }
        }
    }

    #[cfg(feature = "beta")]
    #[allow(deprecated)]
    impl UpdateBody {
        /// Sets `roles`.
        pub fn roles(mut self, roles: rt::Vec<super::super::models::Role>) -> Self {
            self.roles = rt::Some(roles);
            self
        }
        /// Sets the JSON properties the spec does not know (`@odata.type` among them).
        pub fn extra(mut self, extra: rt::Map) -> Self {
            self.extra = extra;
            self
        }
    }

    #[cfg(feature = "beta")]
    #[allow(deprecated)]
    impl rt::__private::WriteFields for UpdateBody {
        fn write_fields<S: rt::serde::ser::SerializeMap>(
            &self,
            map: &mut S,
        ) -> rt::Result<(), S::Error> {
            rt::__private::write_field(map, "roles", &self.roles)?;
            rt::__private::write_extra(map, &self.extra)
        }
    }

    #[cfg(feature = "beta")]
    impl rt::serde::Serialize for UpdateBody {
        fn serialize<S: rt::serde::Serializer>(
            &self,
            serializer: S,
        ) -> rt::Result<S::Ok, S::Error> {
            rt::__private::serialize_model(self, serializer)
        }
    }
}

pub mod list_item {
    //! The operations of family `listItem`: a marker type each, with what the spec says about it, and the body struct of each that sends one.

    #[allow(unused_imports)]
    use super::rt;

    /// List permissions on a listItem
    ///
    /// Get a list of the permission objects associated with a listItem.
    ///
    /// # Endpoints
    /// - `GET /sites/{site-id}/lists/{list-id}/items/{item-id}/permissions` (site)
    ///
    /// # Permissions
    /// | Permission type | Scopes, least privileged first |
    /// |---|---|
    /// | Delegated (work or school account) | `Sites.Read.All`, `Sites.FullControl.All`, `Sites.Manage.All`, `Sites.ReadWrite.All` |
    /// | Delegated (personal Microsoft account) | Not supported |
    /// | Application | `Sites.Read.All`, `Sites.FullControl.All`, `Sites.Manage.All`, `Sites.ReadWrite.All` |
    pub enum List {}

    impl rt::Operation for List {
        type Body = ();
        type Output = rt::Page<super::super::models::Permission>;
        const META: &'static rt::OperationMeta = &rt::OperationMeta {
            name: "list",
            family: rt::Some("listItem"),
            qualified_name: "listItem.list",
            summary: "List permissions on a listItem",
            method: rt::Method::Get,
            versions: &[rt::ApiVersion::V1_0, rt::ApiVersion::Beta],
            endpoints: &[
                rt::Endpoint {
                    variant: "site",
                    template: "/sites/{site-id}/lists/{list-id}/items/{item-id}/permissions",
                    signed_in_user: false,
                },
            ],
            response: rt::ResponseShape::Collection,
            statuses: &[
                rt::SuccessStatus {
                    code: 200,
                    versions: &[rt::ApiVersion::V1_0, rt::ApiVersion::Beta],
                },
            ],
            scopes: rt::ScopeTable {
                delegated_work: rt::Some(
                    &[
                        "Sites.Read.All",
                        "Sites.FullControl.All",
                        "Sites.Manage.All",
                        "Sites.ReadWrite.All",
                    ],
                ),
                delegated_personal: rt::None,
                application: rt::Some(
                    &[
                        "Sites.Read.All",
                        "Sites.FullControl.All",
                        "Sites.Manage.All",
                        "Sites.ReadWrite.All",
                    ],
                ),
            },
        };
    }

    /// `$select`: This method supports $select, $filter, $count, and $top OData query parameters to help customize the response.
    impl rt::Select for List {
        type Field = super::super::models::PermissionField;
    }

    /// `$filter`: This method supports $select, $filter, $count, and $top OData query parameters to help customize the response.
    impl rt::Filter for List {}

    /// `$count`: This method supports $select, $filter, $count, and $top OData query parameters to help customize the response.
    impl rt::Count for List {}

    /// `$top`: This method supports $select, $filter, $count, and $top OData query parameters to help customize the response.
    impl rt::Top for List {}

    /// Create permission on a listItem
    ///
    /// Create a new permission object on a listItem.
    ///
    /// # Endpoints
    /// - `POST /sites/{site-id}/lists/{list-id}/items/{item-id}/permissions` (site)
    ///
    /// # Permissions
    /// | Permission type | Scopes, least privileged first |
    /// |---|---|
    /// | Delegated (work or school account) | `Sites.ReadWrite.All`, `Sites.FullControl.All`, `Sites.Manage.All` |
    /// | Delegated (personal Microsoft account) | Not supported |
    /// | Application | `Sites.ReadWrite.All`, `Sites.FullControl.All`, `Sites.Manage.All` |
    pub enum Create {}

    impl rt::Operation for Create {
        type Body = CreateBody;
        type Output = super::super::models::Permission;
        const META: &'static rt::OperationMeta = &rt::OperationMeta {
            name: "create",
            family: rt::Some("listItem"),
            qualified_name: "listItem.create",
            summary: "Create permission on a listItem",
            method: rt::Method::Post,
            versions: &[rt::ApiVersion::V1_0, rt::ApiVersion::Beta],
            endpoints: &[
                rt::Endpoint {
                    variant: "site",
                    template: "/sites/{site-id}/lists/{list-id}/items/{item-id}/permissions",
                    signed_in_user: false,
                },
            ],
            response: rt::ResponseShape::Single,
            statuses: &[
                rt::SuccessStatus {
                    code: 201,
                    versions: &[rt::ApiVersion::V1_0, rt::ApiVersion::Beta],
                },
            ],
            scopes: rt::ScopeTable {
                delegated_work: rt::Some(
                    &["Sites.ReadWrite.All", "Sites.FullControl.All", "Sites.Manage.All"],
                ),
                delegated_personal: rt::None,
                application: rt::Some(
                    &["Sites.ReadWrite.All", "Sites.FullControl.All", "Sites.Manage.All"],
                ),
            },
        };
    }

    /// The body of [`Create`]. In the request body, supply a JSON representation of the permission object.
    ///
    /// The `permission` resource with the properties this call accepts, and no others: the compiler refuses what the call does not accept (the whole resource would let through properties Graph rejects or ignores), and the required ones are the arguments of `new`.
    #[derive(Clone, Debug, Default, PartialEq)]
    #[non_exhaustive]
    pub struct CreateBody {
        /// `grantedToV2`: For user type permissions, the details of the users & applications for this permission.
        pub granted_to_v2: rt::Option<super::super::models::SharePointIdentitySet>,
        /// `roles`: The type of permission, e.g. read. See below for the full list of roles.
        pub roles: rt::Option<rt::Vec<super::super::models::Role>>,
        /// JSON properties the spec does not know (`@odata.*` and `@deprecated.*` annotations
        /// among them) and known properties sent as `null`, kept so that nothing is lost.
        pub extra: rt::Map,
    }

    impl CreateBody {
        /// A body with every field unset.
        #[allow(deprecated)]
        pub fn new() -> Self {
            Self {
                granted_to_v2: rt::None,
                roles: rt::None,
                extra: rt::Map::new(),
            }
        }
    }

    #[allow(deprecated)]
    impl CreateBody {
        /// Sets `grantedToV2`.
        pub fn granted_to_v2(
            mut self,
            granted_to_v2: super::super::models::SharePointIdentitySet,
        ) -> Self {
            self.granted_to_v2 = rt::Some(granted_to_v2);
            self
        }
        /// Sets `roles`.
        pub fn roles(mut self, roles: rt::Vec<super::super::models::Role>) -> Self {
            self.roles = rt::Some(roles);
            self
        }
        /// Sets the JSON properties the spec does not know (`@odata.type` among them).
        pub fn extra(mut self, extra: rt::Map) -> Self {
            self.extra = extra;
            self
        }
    }

    #[allow(deprecated)]
    impl rt::__private::WriteFields for CreateBody {
        fn write_fields<S: rt::serde::ser::SerializeMap>(
            &self,
            map: &mut S,
        ) -> rt::Result<(), S::Error> {
            rt::__private::write_field(map, "grantedToV2", &self.granted_to_v2)?;
            rt::__private::write_field(map, "roles", &self.roles)?;
            rt::__private::write_extra(map, &self.extra)
        }
    }

    impl rt::serde::Serialize for CreateBody {
        fn serialize<S: rt::serde::Serializer>(
            &self,
            serializer: S,
        ) -> rt::Result<S::Ok, S::Error> {
            rt::__private::serialize_model(self, serializer)
        }
    }

    /// Delete permission on a listItem
    ///
    /// Delete a permission object on a list item.
    ///
    /// # Endpoints
    /// - `DELETE /sites/{site-id}/lists/{list-id}/items/{item-id}/permissions/{permission-id}` (site)
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
    pub enum Delete {}

    #[cfg(feature = "beta")]
    impl rt::Operation for Delete {
        type Body = ();
        type Output = ();
        const META: &'static rt::OperationMeta = &rt::OperationMeta {
            name: "delete",
            family: rt::Some("listItem"),
            qualified_name: "listItem.delete",
            summary: "Delete permission on a listItem",
            method: rt::Method::Delete,
            versions: &[rt::ApiVersion::Beta],
            endpoints: &[
                rt::Endpoint {
                    variant: "site",
                    template: "/sites/{site-id}/lists/{list-id}/items/{item-id}/permissions/{permission-id}",
                    signed_in_user: false,
                },
            ],
            response: rt::ResponseShape::None,
            statuses: &[
                rt::SuccessStatus {
                    code: 204,
                    versions: &[rt::ApiVersion::Beta],
                },
            ],
            scopes: rt::ScopeTable {
                delegated_work: rt::Some(
                    &["Sites.ReadWrite.All", "Sites.FullControl.All", "Sites.Manage.All"],
                ),
                delegated_personal: rt::None,
                application: rt::Some(
                    &["Sites.ReadWrite.All", "Sites.FullControl.All", "Sites.Manage.All"],
                ),
            },
        };
    }

    /// Get permission on a listItem
    ///
    /// Retrieve the properties and relationships of a permission object on a list item.
    ///
    /// # Endpoints
    /// - `GET /sites/{site-id}/lists/{list-id}/items/{item-id}/permissions/{permission-id}` (site)
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
    pub enum Get {}

    #[cfg(feature = "beta")]
    impl rt::Operation for Get {
        type Body = ();
        type Output = super::super::models::Permission;
        const META: &'static rt::OperationMeta = &rt::OperationMeta {
            name: "get",
            family: rt::Some("listItem"),
            qualified_name: "listItem.get",
            summary: "Get permission on a listItem",
            method: rt::Method::Get,
            versions: &[rt::ApiVersion::Beta],
            endpoints: &[
                rt::Endpoint {
                    variant: "site",
                    template: "/sites/{site-id}/lists/{list-id}/items/{item-id}/permissions/{permission-id}",
                    signed_in_user: false,
                },
            ],
            response: rt::ResponseShape::Single,
            statuses: &[
                rt::SuccessStatus {
                    code: 200,
                    versions: &[rt::ApiVersion::Beta],
                },
            ],
            scopes: rt::ScopeTable {
                delegated_work: rt::Some(
                    &[
                        "Sites.Read.All",
                        "Sites.FullControl.All",
                        "Sites.Manage.All",
                        "Sites.ReadWrite.All",
                    ],
                ),
                delegated_personal: rt::None,
                application: rt::Some(
                    &[
                        "Sites.Read.All",
                        "Sites.FullControl.All",
                        "Sites.Manage.All",
                        "Sites.ReadWrite.All",
                    ],
                ),
            },
        };
    }

    /// Update permission on a listItem
    ///
    /// Update the permission object on a list item.
    ///
    /// # Endpoints
    /// - `PATCH /sites/{site-id}/lists/{list-id}/items/{item-id}/permissions/{permission-id}` (site)
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
    pub enum Update {}

    #[cfg(feature = "beta")]
    impl rt::Operation for Update {
        type Body = UpdateBody;
        type Output = super::super::models::Permission;
        const META: &'static rt::OperationMeta = &rt::OperationMeta {
            name: "update",
            family: rt::Some("listItem"),
            qualified_name: "listItem.update",
            summary: "Update permission on a listItem",
            method: rt::Method::Patch,
            versions: &[rt::ApiVersion::Beta],
            endpoints: &[
                rt::Endpoint {
                    variant: "site",
                    template: "/sites/{site-id}/lists/{list-id}/items/{item-id}/permissions/{permission-id}",
                    signed_in_user: false,
                },
            ],
            response: rt::ResponseShape::Single,
            statuses: &[
                rt::SuccessStatus {
                    code: 200,
                    versions: &[rt::ApiVersion::Beta],
                },
            ],
            scopes: rt::ScopeTable {
                delegated_work: rt::Some(
                    &["Sites.ReadWrite.All", "Sites.FullControl.All", "Sites.Manage.All"],
                ),
                delegated_personal: rt::None,
                application: rt::Some(
                    &["Sites.ReadWrite.All", "Sites.FullControl.All", "Sites.Manage.All"],
                ),
            },
        };
    }

    /// The body of [`Update`]. In the request body, supply a JSON representation of the permission object.
    ///
    /// The `permission` resource with the properties this call accepts, and no others: the compiler refuses what the call does not accept (the whole resource would let through properties Graph rejects or ignores), and the required ones are the arguments of `new`.
    #[cfg(feature = "beta")]
    #[derive(Clone, Debug, Default, PartialEq)]
    #[non_exhaustive]
    pub struct UpdateBody {
        /// `roles`: The type of permission, e.g. read. See below for the full list of roles.
        pub roles: rt::Option<rt::Vec<super::super::models::Role>>,
        /// JSON properties the spec does not know (`@odata.*` and `@deprecated.*` annotations
        /// among them) and known properties sent as `null`, kept so that nothing is lost.
        pub extra: rt::Map,
    }

    #[cfg(feature = "beta")]
    impl UpdateBody {
        /// A body with every field unset.
        #[allow(deprecated)]
        pub fn new() -> Self {
            Self {
                roles: rt::None,
                extra: rt::Map::new(),
            }
        }
    }

    #[cfg(feature = "beta")]
    #[allow(deprecated)]
    impl UpdateBody {
        /// Sets `roles`.
        pub fn roles(mut self, roles: rt::Vec<super::super::models::Role>) -> Self {
            self.roles = rt::Some(roles);
            self
        }
        /// Sets the JSON properties the spec does not know (`@odata.type` among them).
        pub fn extra(mut self, extra: rt::Map) -> Self {
            self.extra = extra;
            self
        }
    }

    #[cfg(feature = "beta")]
    #[allow(deprecated)]
    impl rt::__private::WriteFields for UpdateBody {
        fn write_fields<S: rt::serde::ser::SerializeMap>(
            &self,
            map: &mut S,
        ) -> rt::Result<(), S::Error> {
            rt::__private::write_field(map, "roles", &self.roles)?;
            rt::__private::write_extra(map, &self.extra)
        }
    }

    #[cfg(feature = "beta")]
    impl rt::serde::Serialize for UpdateBody {
        fn serialize<S: rt::serde::Serializer>(
            &self,
            serializer: S,
        ) -> rt::Result<S::Ok, S::Error> {
            rt::__private::serialize_model(self, serializer)
        }
    }
}

pub mod share {
    //! The operations of family `share`: a marker type each, with what the spec says about it, and the body struct of each that sends one.
    //!
    //! A shared item, reached through its sharing token rather than its drive.

    #[allow(unused_imports)]
    use super::rt;

    /// permission: grant
    ///
    /// Grant users access to a link represented by a permission.
    ///
    /// # Endpoints
    /// - `POST /shares/{encoded-sharing-url}/permission/grant` (shares)
    ///
    /// # Permissions
    /// | Permission type | Scopes, least privileged first |
    /// |---|---|
    /// | Delegated (work or school account) | `Files.ReadWrite`, `Files.ReadWrite.All`, `Sites.ReadWrite.All` |
    /// | Delegated (personal Microsoft account) | Not supported |
    /// | Application | `Files.ReadWrite.All`, `Sites.ReadWrite.All` |
    pub enum Grant {}

    impl rt::Operation for Grant {
        type Body = GrantBody;
        type Output = rt::Page<super::super::models::Permission>;
        const META: &'static rt::OperationMeta = &rt::OperationMeta {
            name: "grant",
            family: rt::Some("share"),
            qualified_name: "share.grant",
            summary: "permission: grant",
            method: rt::Method::Post,
            versions: &[rt::ApiVersion::V1_0, rt::ApiVersion::Beta],
            endpoints: &[
                rt::Endpoint {
                    variant: "shares",
                    template: "/shares/{encoded-sharing-url}/permission/grant",
                    signed_in_user: false,
                },
            ],
            response: rt::ResponseShape::Collection,
            statuses: &[
                rt::SuccessStatus {
                    code: 200,
                    versions: &[rt::ApiVersion::V1_0, rt::ApiVersion::Beta],
                },
            ],
            scopes: rt::ScopeTable {
                delegated_work: rt::Some(
                    &["Files.ReadWrite", "Files.ReadWrite.All", "Sites.ReadWrite.All"],
                ),
                delegated_personal: rt::None,
                application: rt::Some(&["Files.ReadWrite.All", "Sites.ReadWrite.All"]),
            },
        };
    }

    /// The body of [`Grant`]. In the request body, provide a JSON object with the following parameters.
    #[derive(Clone, Debug, Default, PartialEq)]
    #[non_exhaustive]
    pub struct GrantBody {
        /// `recipients`: A collection of recipients who will receive access.
        ///
        /// Required.
        pub recipients: rt::Vec<super::super::models::DriveRecipient>,
        /// `roles`: If the link is an "existing access" link, specifies roles to be granted to the users. Otherwise must match the role of the link.
        ///
        /// Required.
        pub roles: rt::Vec<super::super::models::Role>,
        /// JSON properties the spec does not know (`@odata.*` and `@deprecated.*` annotations
        /// among them) and known properties sent as `null`, kept so that nothing is lost.
        pub extra: rt::Map,
    }

    impl GrantBody {
        /// A body with its required fields (`recipients`, `roles`); set the optional ones on the result.
        #[allow(deprecated)]
        pub fn new(
            recipients: rt::Vec<super::super::models::DriveRecipient>,
            roles: rt::Vec<super::super::models::Role>,
        ) -> Self {
            Self {
                recipients,
                roles,
                extra: rt::Map::new(),
            }
        }
    }

    #[allow(deprecated)]
    impl GrantBody {
        /// Sets `recipients`.
        pub fn recipients(
            mut self,
            recipients: rt::Vec<super::super::models::DriveRecipient>,
        ) -> Self {
            self.recipients = recipients;
            self
        }
        /// Sets `roles`.
        pub fn roles(mut self, roles: rt::Vec<super::super::models::Role>) -> Self {
            self.roles = roles;
            self
        }
        /// Sets the JSON properties the spec does not know (`@odata.type` among them).
        pub fn extra(mut self, extra: rt::Map) -> Self {
            self.extra = extra;
            self
        }
    }

    #[allow(deprecated)]
    impl rt::__private::WriteFields for GrantBody {
        fn write_fields<S: rt::serde::ser::SerializeMap>(
            &self,
            map: &mut S,
        ) -> rt::Result<(), S::Error> {
            rt::serde::ser::SerializeMap::serialize_entry(
                map,
                "recipients",
                &self.recipients,
            )?;
            rt::serde::ser::SerializeMap::serialize_entry(map, "roles", &self.roles)?;
            rt::__private::write_extra(map, &self.extra)
        }
    }

    impl rt::serde::Serialize for GrantBody {
        fn serialize<S: rt::serde::Serializer>(
            &self,
            serializer: S,
        ) -> rt::Result<S::Ok, S::Error> {
            rt::__private::serialize_model(self, serializer)
        }
    }

    /// Accessing shared DriveItems
    ///
    /// Access a shared DriveItem or a collection of shared items by using a shareId or sharing URL.
    ///
    /// # Endpoints
    /// - `GET /shares/{encoded-sharing-url}` (shares)
    ///
    /// # Permissions
    /// | Permission type | Scopes, least privileged first |
    /// |---|---|
    /// | Delegated (work or school account) | `Files.ReadWrite`, `Files.ReadWrite.All`, `Sites.ReadWrite.All` |
    /// | Delegated (personal Microsoft account) | `Files.ReadWrite`, `Files.ReadWrite.All` |
    /// | Application | `Files.ReadWrite.All`, `Sites.ReadWrite.All` |
    pub enum Get {}

    impl rt::Operation for Get {
        type Body = ();
        type Output = super::super::models::SharedDriveItem;
        const META: &'static rt::OperationMeta = &rt::OperationMeta {
            name: "get",
            family: rt::Some("share"),
            qualified_name: "share.get",
            summary: "Accessing shared DriveItems",
            method: rt::Method::Get,
            versions: &[rt::ApiVersion::V1_0, rt::ApiVersion::Beta],
            endpoints: &[
                rt::Endpoint {
                    variant: "shares",
                    template: "/shares/{encoded-sharing-url}",
                    signed_in_user: false,
                },
            ],
            response: rt::ResponseShape::Single,
            statuses: &[
                rt::SuccessStatus {
                    code: 200,
                    versions: &[rt::ApiVersion::V1_0, rt::ApiVersion::Beta],
                },
            ],
            scopes: rt::ScopeTable {
                delegated_work: rt::Some(
                    &["Files.ReadWrite", "Files.ReadWrite.All", "Sites.ReadWrite.All"],
                ),
                delegated_personal: rt::Some(
                    &["Files.ReadWrite", "Files.ReadWrite.All"],
                ),
                application: rt::Some(&["Files.ReadWrite.All", "Sites.ReadWrite.All"]),
            },
        };
    }

    /// `Prefer`: Optional. Set to one of the prefer values documented below.
    impl rt::Prefer for Get {
        type Value = super::super::models::Prefer;
    }
}

pub mod site {
    //! The operations of family `site`: a marker type each, with what the spec says about it, and the body struct of each that sends one.

    #[allow(unused_imports)]
    use super::rt;

    /// Delete permission
    ///
    /// Delete a permission object on a site.
    ///
    /// # Endpoints
    /// - `DELETE /sites/{site-id}/permissions/{permission-id}` (site)
    ///
    /// # Permissions
    /// | Permission type | Scopes, least privileged first |
    /// |---|---|
    /// | Delegated (work or school account) | Not supported |
    /// | Delegated (personal Microsoft account) | Not supported |
    /// | Application | `Sites.FullControl.All` |
    pub enum Delete {}

    impl rt::Operation for Delete {
        type Body = ();
        type Output = ();
        const META: &'static rt::OperationMeta = &rt::OperationMeta {
            name: "delete",
            family: rt::Some("site"),
            qualified_name: "site.delete",
            summary: "Delete permission",
            method: rt::Method::Delete,
            versions: &[rt::ApiVersion::V1_0, rt::ApiVersion::Beta],
            endpoints: &[
                rt::Endpoint {
                    variant: "site",
                    template: "/sites/{site-id}/permissions/{permission-id}",
                    signed_in_user: false,
                },
            ],
            response: rt::ResponseShape::None,
            statuses: &[
                rt::SuccessStatus {
                    code: 204,
                    versions: &[rt::ApiVersion::V1_0, rt::ApiVersion::Beta],
                },
            ],
            scopes: rt::ScopeTable {
                delegated_work: rt::None,
                delegated_personal: rt::None,
                application: rt::Some(&["Sites.FullControl.All"]),
            },
        };
    }

    /// Get permission
    ///
    /// Retrieve the properties and relationships of a permission object on a site.
    ///
    /// # Endpoints
    /// - `GET /sites/{site-id}/permissions/{permission-id}` (site)
    ///
    /// # Permissions
    /// | Permission type | Scopes, least privileged first |
    /// |---|---|
    /// | Delegated (work or school account) | Not supported |
    /// | Delegated (personal Microsoft account) | Not supported |
    /// | Application | `Sites.FullControl.All` |
    pub enum Get {}

    impl rt::Operation for Get {
        type Body = ();
        type Output = super::super::models::Permission;
        const META: &'static rt::OperationMeta = &rt::OperationMeta {
            name: "get",
            family: rt::Some("site"),
            qualified_name: "site.get",
            summary: "Get permission",
            method: rt::Method::Get,
            versions: &[rt::ApiVersion::V1_0, rt::ApiVersion::Beta],
            endpoints: &[
                rt::Endpoint {
                    variant: "site",
                    template: "/sites/{site-id}/permissions/{permission-id}",
                    signed_in_user: false,
                },
            ],
            response: rt::ResponseShape::Single,
            statuses: &[
                rt::SuccessStatus {
                    code: 200,
                    versions: &[rt::ApiVersion::V1_0, rt::ApiVersion::Beta],
                },
            ],
            scopes: rt::ScopeTable {
                delegated_work: rt::None,
                delegated_personal: rt::None,
                application: rt::Some(&["Sites.FullControl.All"]),
            },
        };
    }

    /// List permissions
    ///
    /// Get the permission resources from the permissions navigation property on a site.
    ///
    /// # Endpoints
    /// - `GET /sites/{site-id}/permissions` (site)
    ///
    /// # Permissions
    /// | Permission type | Scopes, least privileged first |
    /// |---|---|
    /// | Delegated (work or school account) | `Sites.FullControl.All` |
    /// | Delegated (personal Microsoft account) | Not supported |
    /// | Application | `Sites.FullControl.All` |
    pub enum List {}

    impl rt::Operation for List {
        type Body = ();
        type Output = rt::Page<super::super::models::Permission>;
        const META: &'static rt::OperationMeta = &rt::OperationMeta {
            name: "list",
            family: rt::Some("site"),
            qualified_name: "site.list",
            summary: "List permissions",
            method: rt::Method::Get,
            versions: &[rt::ApiVersion::V1_0, rt::ApiVersion::Beta],
            endpoints: &[
                rt::Endpoint {
                    variant: "site",
                    template: "/sites/{site-id}/permissions",
                    signed_in_user: false,
                },
            ],
            response: rt::ResponseShape::Collection,
            statuses: &[
                rt::SuccessStatus {
                    code: 200,
                    versions: &[rt::ApiVersion::V1_0, rt::ApiVersion::Beta],
                },
            ],
            scopes: rt::ScopeTable {
                delegated_work: rt::Some(&["Sites.FullControl.All"]),
                delegated_personal: rt::None,
                application: rt::Some(&["Sites.FullControl.All"]),
            },
        };
    }

    /// Create permission
    ///
    /// Create a new permission object on a site.
    ///
    /// # Endpoints
    /// - `POST /sites/{site-id}/permissions` (site)
    ///
    /// # Permissions
    /// | Permission type | Scopes, least privileged first |
    /// |---|---|
    /// | Delegated (work or school account) | Not supported |
    /// | Delegated (personal Microsoft account) | Not supported |
    /// | Application | `Sites.FullControl.All` |
    pub enum Create {}

    impl rt::Operation for Create {
        type Body = CreateBody;
        type Output = super::super::models::Permission;
        const META: &'static rt::OperationMeta = &rt::OperationMeta {
            name: "create",
            family: rt::Some("site"),
            qualified_name: "site.create",
            summary: "Create permission",
            method: rt::Method::Post,
            versions: &[rt::ApiVersion::V1_0, rt::ApiVersion::Beta],
            endpoints: &[
                rt::Endpoint {
                    variant: "site",
                    template: "/sites/{site-id}/permissions",
                    signed_in_user: false,
                },
            ],
            response: rt::ResponseShape::Single,
            statuses: &[
                rt::SuccessStatus {
                    code: 201,
                    versions: &[rt::ApiVersion::V1_0, rt::ApiVersion::Beta],
                },
            ],
            scopes: rt::ScopeTable {
                delegated_work: rt::None,
                delegated_personal: rt::None,
                application: rt::Some(&["Sites.FullControl.All"]),
            },
        };
    }

    /// The body of [`Create`]. In the request body, supply a JSON representation of the permission object.
    ///
    /// The `permission` resource with the properties this call accepts, and no others: the compiler refuses what the call does not accept (the whole resource would let through properties Graph rejects or ignores), and the required ones are the arguments of `new`.
    #[derive(Clone, Debug, Default, PartialEq)]
    #[non_exhaustive]
    pub struct CreateBody {
        /// `roles`: The type of permission, e.g. read. See below for the full list of roles.
        pub roles: rt::Option<rt::Vec<super::super::models::Role>>,
        /// `grantedToIdentities`: For link type permissions, the details of the users to whom permission was granted.
        ///
        /// Deprecated: use `granted_to_identities_v2`.
        #[deprecated(
            note = "GrantedToIdentities has been deprecated. Refer to GrantedToIdentitiesV2 (use `granted_to_identities_v2`)"
        )]
        pub granted_to_identities: rt::Option<
            rt::Vec<super::super::models::IdentitySet>,
        >,
        /// JSON properties the spec does not know (`@odata.*` and `@deprecated.*` annotations
        /// among them) and known properties sent as `null`, kept so that nothing is lost.
        pub extra: rt::Map,
    }

    impl CreateBody {
        /// A body with every field unset.
        #[allow(deprecated)]
        pub fn new() -> Self {
            Self {
                roles: rt::None,
                granted_to_identities: rt::None,
                extra: rt::Map::new(),
            }
        }
    }

    #[allow(deprecated)]
    impl CreateBody {
        /// Sets `roles`.
        pub fn roles(mut self, roles: rt::Vec<super::super::models::Role>) -> Self {
            self.roles = rt::Some(roles);
            self
        }
        /// Sets `grantedToIdentities`.
        #[deprecated(
            note = "GrantedToIdentities has been deprecated. Refer to GrantedToIdentitiesV2 (use `granted_to_identities_v2`)"
        )]
        pub fn granted_to_identities(
            mut self,
            granted_to_identities: rt::Vec<super::super::models::IdentitySet>,
        ) -> Self {
            self.granted_to_identities = rt::Some(granted_to_identities);
            self
        }
        /// Sets the JSON properties the spec does not know (`@odata.type` among them).
        pub fn extra(mut self, extra: rt::Map) -> Self {
            self.extra = extra;
            self
        }
    }

    #[allow(deprecated)]
    impl rt::__private::WriteFields for CreateBody {
        fn write_fields<S: rt::serde::ser::SerializeMap>(
            &self,
            map: &mut S,
        ) -> rt::Result<(), S::Error> {
            rt::__private::write_field(map, "roles", &self.roles)?;
            rt::__private::write_field(
                map,
                "grantedToIdentities",
                &self.granted_to_identities,
            )?;
            rt::__private::write_extra(map, &self.extra)
        }
    }

    impl rt::serde::Serialize for CreateBody {
        fn serialize<S: rt::serde::Serializer>(
            &self,
            serializer: S,
        ) -> rt::Result<S::Ok, S::Error> {
            rt::__private::serialize_model(self, serializer)
        }
    }

    /// Update permission
    ///
    /// Update an application permission object on a site.
    ///
    /// # Endpoints
    /// - `PATCH /sites/{site-id}/permissions/{permission-id}` (site)
    ///
    /// # Permissions
    /// | Permission type | Scopes, least privileged first |
    /// |---|---|
    /// | Delegated (work or school account) | Not supported |
    /// | Delegated (personal Microsoft account) | Not supported |
    /// | Application | `Sites.FullControl.All` |
    pub enum Update {}

    impl rt::Operation for Update {
        type Body = UpdateBody;
        type Output = super::super::models::Permission;
        const META: &'static rt::OperationMeta = &rt::OperationMeta {
            name: "update",
            family: rt::Some("site"),
            qualified_name: "site.update",
            summary: "Update permission",
            method: rt::Method::Patch,
            versions: &[rt::ApiVersion::V1_0, rt::ApiVersion::Beta],
            endpoints: &[
                rt::Endpoint {
                    variant: "site",
                    template: "/sites/{site-id}/permissions/{permission-id}",
                    signed_in_user: false,
                },
            ],
            response: rt::ResponseShape::Single,
            statuses: &[
                rt::SuccessStatus {
                    code: 200,
                    versions: &[rt::ApiVersion::V1_0, rt::ApiVersion::Beta],
                },
            ],
            scopes: rt::ScopeTable {
                delegated_work: rt::None,
                delegated_personal: rt::None,
                application: rt::Some(&["Sites.FullControl.All"]),
            },
        };
    }

    /// The body of [`Update`]. In the request body, supply a JSON representation of the permission object.
    ///
    /// The `permission` resource with the properties this call accepts, and no others: the compiler refuses what the call does not accept (the whole resource would let through properties Graph rejects or ignores), and the required ones are the arguments of `new`.
    #[derive(Clone, Debug, Default, PartialEq)]
    #[non_exhaustive]
    pub struct UpdateBody {
        /// `roles`: The type of permission, e.g. read. See below for the full list of roles.
        pub roles: rt::Option<rt::Vec<super::super::models::Role>>,
        /// JSON properties the spec does not know (`@odata.*` and `@deprecated.*` annotations
        /// among them) and known properties sent as `null`, kept so that nothing is lost.
        pub extra: rt::Map,
    }

    impl UpdateBody {
        /// A body with every field unset.
        #[allow(deprecated)]
        pub fn new() -> Self {
            Self {
                roles: rt::None,
                extra: rt::Map::new(),
            }
        }
    }

    #[allow(deprecated)]
    impl UpdateBody {
        /// Sets `roles`.
        pub fn roles(mut self, roles: rt::Vec<super::super::models::Role>) -> Self {
            self.roles = rt::Some(roles);
            self
        }
        /// Sets the JSON properties the spec does not know (`@odata.type` among them).
        pub fn extra(mut self, extra: rt::Map) -> Self {
            self.extra = extra;
            self
        }
    }

    #[allow(deprecated)]
    impl rt::__private::WriteFields for UpdateBody {
        fn write_fields<S: rt::serde::ser::SerializeMap>(
            &self,
            map: &mut S,
        ) -> rt::Result<(), S::Error> {
            rt::__private::write_field(map, "roles", &self.roles)?;
            rt::__private::write_extra(map, &self.extra)
        }
    }

    impl rt::serde::Serialize for UpdateBody {
        fn serialize<S: rt::serde::Serializer>(
            &self,
            serializer: S,
        ) -> rt::Result<S::Ok, S::Error> {
            rt::__private::serialize_model(self, serializer)
        }
    }
}
