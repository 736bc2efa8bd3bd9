// Generated from tests/fixtures/specs/everything.yaml by graph-permissions-codegen. Do not edit: change the spec
// and run `cargo run -p graph-permissions-codegen -- generate`.

//! The endpoint functions of Everything fixture: one per operation and path variant. Each returns a request value and does no I/O.

use ::graph_permissions::rt as rt;

pub mod document {
    //! The endpoint functions of family `document`: one per operation and path variant.
    //!
    //! A document, reached through its drive.
    //!
    //! Through the primary variant `drive`, a function is named after the operation alone (`list`); through another variant, after the operation and the variant (`list_by_path`).

    #[allow(unused_imports)]
    use super::rt;

    /// List documents (through `drive`).
    ///
    /// List the documents under an item.
    ///
    /// `GET /drives/{drive-id}/items/{item-id}/documents`
    ///
    /// Returns the request, no I/O: send it with `client.send(request)` for one page of `Document`, or `client.collect_all(request)` for every page.
    ///
    /// # Arguments
    /// - `drive_id`: The unique identifier of the drive.
    /// - `item_id`: The unique identifier of the item.
    ///
    /// # Permissions
    /// | Permission type | Scopes, least privileged first |
    /// |---|---|
    /// | Delegated (work or school account) | `Files.Read`, `Files.ReadWrite.All` |
    /// | Delegated (personal Microsoft account) | `Files.Read` |
    /// | Application | `Files.ReadWrite.All` |
    pub fn list(
        drive_id: &str,
        item_id: &str,
    ) -> rt::Request<super::super::operations::document::List> {
        rt::Request::new(
            &rt::Endpoint {
                variant: "drive",
                template: "/drives/{drive-id}/items/{item-id}/documents",
                signed_in_user: false,
            },
            rt::__private::path(
                &[
                    rt::__private::PathPart::Literal("/drives/"),
                    rt::__private::PathPart::Segment("drive-id", drive_id),
                    rt::__private::PathPart::Literal("/items/"),
                    rt::__private::PathPart::Segment("item-id", item_id),
                    rt::__private::PathPart::Literal("/documents"),
                ],
            ),
            (),
        )
    }

    /// List documents (through `by-path`).
    ///
    /// List the documents under an item.
    ///
    /// `GET /me/drive/root:/{path}:/documents`
    ///
    /// Returns the request, no I/O: send it with `client.send(request)` for one page of `Document`, or `client.collect_all(request)` for every page.
    ///
    /// # Arguments
    /// - `path`: The item's path relative to the drive root, e.g. Documents/report.docx.
    ///
    /// # Permissions
    /// | Permission type | Scopes, least privileged first |
    /// |---|---|
    /// | Delegated (work or school account) | `Files.Read`, `Files.ReadWrite.All` |
    /// | Delegated (personal Microsoft account) | `Files.Read` |
    /// | Application | Not supported through `by-path` (no signed-in user) |
    pub fn list_by_path(
        path: &str,
    ) -> rt::Request<super::super::operations::document::List, rt::SignedInUser> {
        rt::Request::new(
            &rt::Endpoint {
                variant: "by-path",
                template: "/me/drive/root:/{path}:/documents",
                signed_in_user: true,
            },
            rt::__private::path(
                &[
                    rt::__private::PathPart::Literal("/me/drive/root:/"),
                    rt::__private::PathPart::Segments("path", path),
                    rt::__private::PathPart::Literal(":/documents"),
                ],
            ),
            (),
        )
    }

    /// List documents (through `me`).
    ///
    /// List the documents under an item.
    ///
    /// `GET /me/drive/items/{item-id}/documents`
    ///
    /// Returns the request, no I/O: send it with `client.send(request)` for one page of `Document`, or `client.collect_all(request)` for every page.
    ///
    /// # Arguments
    /// - `item_id`: The unique identifier of the item.
    ///
    /// # Permissions
    /// | Permission type | Scopes, least privileged first |
    /// |---|---|
    /// | Delegated (work or school account) | `Files.Read`, `Files.ReadWrite.All` |
    /// | Delegated (personal Microsoft account) | `Files.Read` |
    /// | Application | Not supported through `me` (no signed-in user) |
    pub fn list_me(
        item_id: &str,
    ) -> rt::Request<super::super::operations::document::List, rt::SignedInUser> {
        rt::Request::new(
            &rt::Endpoint {
                variant: "me",
                template: "/me/drive/items/{item-id}/documents",
                signed_in_user: true,
            },
            rt::__private::path(
                &[
                    rt::__private::PathPart::Literal("/me/drive/items/"),
                    rt::__private::PathPart::Segment("item-id", item_id),
                    rt::__private::PathPart::Literal("/documents"),
                ],
            ),
            (),
        )
    }

    /// Get a document (through `drive`).
    ///
    /// Read one document.
    ///
    /// `GET /drives/{drive-id}/items/{item-id}/documents/{document-id}`
    ///
    /// Returns the request, no I/O: send it with `client.send(request)`, which answers a `Document`.
    ///
    /// # Arguments
    /// - `drive_id`: The unique identifier of the drive.
    /// - `item_id`: The unique identifier of the item.
    /// - `document_id`: The unique identifier of the document.
    ///
    /// # Permissions
    /// | Permission type | Scopes, least privileged first |
    /// |---|---|
    /// | Delegated (work or school account) | `Files.Read` |
    /// | Delegated (personal Microsoft account) | `Files.Read` |
    /// | Application | `Files.ReadWrite.All` |
    pub fn get(
        drive_id: &str,
        item_id: &str,
        document_id: &str,
    ) -> rt::Request<super::super::operations::document::Get> {
        rt::Request::new(
            &rt::Endpoint {
                variant: "drive",
                template: "/drives/{drive-id}/items/{item-id}/documents/{document-id}",
                signed_in_user: false,
            },
            rt::__private::path(
                &[
                    rt::__private::PathPart::Literal("/drives/"),
                    rt::__private::PathPart::Segment("drive-id", drive_id),
                    rt::__private::PathPart::Literal("/items/"),
                    rt::__private::PathPart::Segment("item-id", item_id),
                    rt::__private::PathPart::Literal("/documents/"),
                    rt::__private::PathPart::Segment("document-id", document_id),
                ],
            ),
            (),
        )
    }

    /// Get a document (through `me`).
    ///
    /// Read one document.
    ///
    /// `GET /me/drive/items/{item-id}/documents/{document-id}`
    ///
    /// Returns the request, no I/O: send it with `client.send(request)`, which answers a `Document`.
    ///
    /// # Arguments
    /// - `item_id`: The unique identifier of the item.
    /// - `document_id`: The unique identifier of the document.
    ///
    /// # Permissions
    /// | Permission type | Scopes, least privileged first |
    /// |---|---|
    /// | Delegated (work or school account) | `Files.Read` |
    /// | Delegated (personal Microsoft account) | `Files.Read` |
    /// | Application | Not supported through `me` (no signed-in user) |
    pub fn get_me(
        item_id: &str,
        document_id: &str,
    ) -> rt::Request<super::super::operations::document::Get, rt::SignedInUser> {
        rt::Request::new(
            &rt::Endpoint {
                variant: "me",
                template: "/me/drive/items/{item-id}/documents/{document-id}",
                signed_in_user: true,
            },
            rt::__private::path(
                &[
                    rt::__private::PathPart::Literal("/me/drive/items/"),
                    rt::__private::PathPart::Segment("item-id", item_id),
                    rt::__private::PathPart::Literal("/documents/"),
                    rt::__private::PathPart::Segment("document-id", document_id),
                ],
            ),
            (),
        )
    }

    /// Update a document (through `drive`).
    ///
    /// Change the properties of a document.
    ///
    /// `PATCH /drives/{drive-id}/items/{item-id}/documents/{document-id}`
    ///
    /// Returns the request, no I/O: send it with `client.send(request)`, which answers a `Document`.
    ///
    /// # Arguments
    /// - `drive_id`: The unique identifier of the drive.
    /// - `item_id`: The unique identifier of the item.
    /// - `document_id`: The unique identifier of the document.
    /// - `body`: the request body, [`UpdateBody`](super::super::operations::document::UpdateBody).
    ///
    /// # Permissions
    /// | Permission type | Scopes, least privileged first |
    /// |---|---|
    /// | Delegated (work or school account) | `Files.ReadWrite.All`, `Sites.Manage.All` |
    /// | Delegated (personal Microsoft account) | Not supported |
    /// | Application | `Sites.Manage.All` |
    pub fn update(
        drive_id: &str,
        item_id: &str,
        document_id: &str,
        body: super::super::operations::document::UpdateBody,
    ) -> rt::Request<super::super::operations::document::Update> {
        rt::Request::new(
            &rt::Endpoint {
                variant: "drive",
                template: "/drives/{drive-id}/items/{item-id}/documents/{document-id}",
                signed_in_user: false,
            },
            rt::__private::path(
                &[
                    rt::__private::PathPart::Literal("/drives/"),
                    rt::__private::PathPart::Segment("drive-id", drive_id),
                    rt::__private::PathPart::Literal("/items/"),
                    rt::__private::PathPart::Segment("item-id", item_id),
                    rt::__private::PathPart::Literal("/documents/"),
                    rt::__private::PathPart::Segment("document-id", document_id),
                ],
            ),
            body,
        )
    }

    /// Update a document (through `by-path`).
    ///
    /// Change the properties of a document.
    ///
    /// `PATCH /me/drive/root:/{path}:/documents/{document-id}`
    ///
    /// Returns the request, no I/O: send it with `client.send(request)`, which answers a `Document`.
    ///
    /// # Arguments
    /// - `path`: The item's path relative to the drive root, e.g. Documents/report.docx.
    /// - `document_id`: The unique identifier of the document.
    /// - `body`: the request body, [`UpdateBody`](super::super::operations::document::UpdateBody).
    ///
    /// # Permissions
    /// | Permission type | Scopes, least privileged first |
    /// |---|---|
    /// | Delegated (work or school account) | `Files.ReadWrite.All`, `Sites.Manage.All` |
    /// | Delegated (personal Microsoft account) | Not supported |
    /// | Application | Not supported through `by-path` (no signed-in user) |
    pub fn update_by_path(
        path: &str,
        document_id: &str,
        body: super::super::operations::document::UpdateBody,
    ) -> rt::Request<super::super::operations::document::Update, rt::SignedInUser> {
        rt::Request::new(
            &rt::Endpoint {
                variant: "by-path",
                template: "/me/drive/root:/{path}:/documents/{document-id}",
                signed_in_user: true,
            },
            rt::__private::path(
                &[
                    rt::__private::PathPart::Literal("/me/drive/root:/"),
                    rt::__private::PathPart::Segments("path", path),
                    rt::__private::PathPart::Literal(":/documents/"),
                    rt::__private::PathPart::Segment("document-id", document_id),
                ],
            ),
            body,
        )
    }

    /// Delete a document (through `drive`).
    ///
    /// Remove a document.
    ///
    /// `DELETE /drives/{drive-id}/items/{item-id}/documents/{document-id}`
    ///
    /// Returns the request, no I/O: send it with `client.send(request)`; a success has no body.
    ///
    /// # Arguments
    /// - `drive_id`: The unique identifier of the drive.
    /// - `item_id`: The unique identifier of the item.
    /// - `document_id`: The unique identifier of the document.
    ///
    /// # Permissions
    /// | Permission type | Scopes, least privileged first |
    /// |---|---|
    /// | Delegated (work or school account) | `Files.ReadWrite.All` |
    /// | Delegated (personal Microsoft account) | `Files.ReadWrite.All` |
    /// | Application | `Files.ReadWrite.All` |
    pub fn delete(
        drive_id: &str,
        item_id: &str,
        document_id: &str,
    ) -> rt::Request<super::super::operations::document::Delete> {
        rt::Request::new(
            &rt::Endpoint {
                variant: "drive",
                template: "/drives/{drive-id}/items/{item-id}/documents/{document-id}",
                signed_in_user: false,
            },
            rt::__private::path(
                &[
                    rt::__private::PathPart::Literal("/drives/"),
                    rt::__private::PathPart::Segment("drive-id", drive_id),
                    rt::__private::PathPart::Literal("/items/"),
                    rt::__private::PathPart::Segment("item-id", item_id),
                    rt::__private::PathPart::Literal("/documents/"),
                    rt::__private::PathPart::Segment("document-id", document_id),
                ],
            ),
            (),
        )
    }

    /// Archive a document (through `drive`).
    ///
    /// Move a document to the archive; published only in beta.
    ///
    /// `POST /drives/{drive-id}/items/{item-id}/documents/{document-id}/archive`
    ///
    /// Returns the request, no I/O: send it with `client.send(request)`, which answers a `Document`.
    ///
    /// # Arguments
    /// - `drive_id`: The unique identifier of the drive.
    /// - `item_id`: The unique identifier of the item.
    /// - `document_id`: The unique identifier of the document.
    /// - `body`: the request body, [`ArchiveBody`](super::super::operations::document::ArchiveBody).
    ///
    /// # Permissions
    /// | Permission type | Scopes, least privileged first |
    /// |---|---|
    /// | Delegated (work or school account) | `Files.ReadWrite.All` |
    /// | Delegated (personal Microsoft account) | Not supported |
    /// | Application | Not supported |
    ///
    /// Published in: beta. Needs the `beta` feature.
    #[cfg(feature = "beta")]
    pub fn archive(
        drive_id: &str,
        item_id: &str,
        document_id: &str,
        body: super::super::operations::document::ArchiveBody,
    ) -> rt::Request<super::super::operations::document::Archive> {
        rt::Request::new(
            &rt::Endpoint {
                variant: "drive",
                template: "/drives/{drive-id}/items/{item-id}/documents/{document-id}/archive",
                signed_in_user: false,
            },
            rt::__private::path(
                &[
                    rt::__private::PathPart::Literal("/drives/"),
                    rt::__private::PathPart::Segment("drive-id", drive_id),
                    rt::__private::PathPart::Literal("/items/"),
                    rt::__private::PathPart::Segment("item-id", item_id),
                    rt::__private::PathPart::Literal("/documents/"),
                    rt::__private::PathPart::Segment("document-id", document_id),
                    rt::__private::PathPart::Literal("/archive"),
                ],
            ),
            body,
        )
    }

    /// Archive a document (through `me`).
    ///
    /// Move a document to the archive; published only in beta.
    ///
    /// `POST /me/drive/items/{item-id}/documents/{document-id}/archive`
    ///
    /// Returns the request, no I/O: send it with `client.send(request)`, which answers a `Document`.
    ///
    /// # Arguments
    /// - `item_id`: The unique identifier of the item.
    /// - `document_id`: The unique identifier of the document.
    /// - `body`: the request body, [`ArchiveBody`](super::super::operations::document::ArchiveBody).
    ///
    /// # Permissions
    /// | Permission type | Scopes, least privileged first |
    /// |---|---|
    /// | Delegated (work or school account) | `Files.ReadWrite.All` |
    /// | Delegated (personal Microsoft account) | Not supported |
    /// | Application | Not supported |
    ///
    /// Published in: beta. Needs the `beta` feature.
    #[cfg(feature = "beta")]
    pub fn archive_me(
        item_id: &str,
        document_id: &str,
        body: super::super::operations::document::ArchiveBody,
    ) -> rt::Request<super::super::operations::document::Archive, rt::SignedInUser> {
        rt::Request::new(
            &rt::Endpoint {
                variant: "me",
                template: "/me/drive/items/{item-id}/documents/{document-id}/archive",
                signed_in_user: true,
            },
            rt::__private::path(
                &[
                    rt::__private::PathPart::Literal("/me/drive/items/"),
                    rt::__private::PathPart::Segment("item-id", item_id),
                    rt::__private::PathPart::Literal("/documents/"),
                    rt::__private::PathPart::Segment("document-id", document_id),
                    rt::__private::PathPart::Literal("/archive"),
                ],
            ),
            body,
        )
    }

    /// Create a document (through `drive`).
    ///
    /// `POST /drives/{drive-id}/items/{item-id}/documents`
    ///
    /// Returns the request, no I/O: send it with `client.send(request)`, which answers a `Document`.
    ///
    /// # Arguments
    /// - `drive_id`: The unique identifier of the drive.
    /// - `item_id`: The unique identifier of the item.
    /// - `body`: the request body, [`CreateBody`](super::super::operations::document::CreateBody).
    ///
    /// # Permissions
    /// | Permission type | Scopes, least privileged first |
    /// |---|---|
    /// | Delegated (work or school account) | Not supported |
    /// | Delegated (personal Microsoft account) | Not supported |
    /// | Application | `Files.ReadWrite.All`, `Sites.Selected` |
    pub fn create(
        drive_id: &str,
        item_id: &str,
        body: super::super::operations::document::CreateBody,
    ) -> rt::Request<super::super::operations::document::Create> {
        rt::Request::new(
            &rt::Endpoint {
                variant: "drive",
                template: "/drives/{drive-id}/items/{item-id}/documents",
                signed_in_user: false,
            },
            rt::__private::path(
                &[
                    rt::__private::PathPart::Literal("/drives/"),
                    rt::__private::PathPart::Segment("drive-id", drive_id),
                    rt::__private::PathPart::Literal("/items/"),
                    rt::__private::PathPart::Segment("item-id", item_id),
                    rt::__private::PathPart::Literal("/documents"),
                ],
            ),
            body,
        )
    }
}

pub mod share {
    //! The endpoint functions of family `share`: one per operation and path variant.
    //!
    //! Through the primary variant `shares`, a function is named after the operation alone (`get`); through another variant, after the operation and the variant.

    #[allow(unused_imports)]
    use super::rt;

    /// Get a shared document (through `shares`).
    ///
    /// Read the document behind a sharing link.
    ///
    /// `GET /shares/{encoded-sharing-url}`
    ///
    /// Returns the request, no I/O: send it with `client.send(request)`, which answers a `Document`.
    ///
    /// # Arguments
    /// - `encoded_sharing_url`: The sharing URL encoded as a sharing token, or a share id.
    ///
    /// # Permissions
    /// | Permission type | Scopes, least privileged first |
    /// |---|---|
    /// | Delegated (work or school account) | `Files.Read` |
    /// | Delegated (personal Microsoft account) | `Files.Read` |
    /// | Application | `Files.ReadWrite.All` |
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
