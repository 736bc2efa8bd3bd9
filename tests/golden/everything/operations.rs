// Generated from tests/fixtures/specs/everything.yaml by graph-permissions-codegen. Do not edit: change the spec
// and run `cargo run -p graph-permissions-codegen -- generate`.

//! The operations of Everything fixture: a marker type each, with what the spec says about it.

use ::graph_permissions::rt as rt;

pub mod document {
    //! The operations of family `document`: a marker type each, with what the spec says about it, and the body struct of each that sends one.
    //!
    //! A document, reached through its drive.

    #[allow(unused_imports)]
    use super::rt;

    /// List documents
    ///
    /// List the documents under an item.
    ///
    /// # Endpoints
    /// - `GET /drives/{drive-id}/items/{item-id}/documents` (drive)
    /// - `GET /me/drive/root:/{path}:/documents` (by-path)
    /// - `GET /me/drive/items/{item-id}/documents` (me)
    ///
    /// # Permissions
    /// | Permission type | Scopes, least privileged first |
    /// |---|---|
    /// | Delegated (work or school account) | `Files.Read`, `Files.ReadWrite.All` |
    /// | Delegated (personal Microsoft account) | `Files.Read` |
    /// | Application | `Files.ReadWrite.All` |
    pub enum List {}

    impl rt::Operation for List {
        type Body = ();
        type Output = rt::Page<super::super::models::Document>;
        const META: &'static rt::OperationMeta = &rt::OperationMeta {
            name: "list",
            family: rt::Some("document"),
            qualified_name: "document.list",
            summary: "List documents",
            method: rt::Method::Get,
            versions: &[rt::ApiVersion::V1_0, rt::ApiVersion::Beta],
            endpoints: &[
                rt::Endpoint {
                    variant: "drive",
                    template: "/drives/{drive-id}/items/{item-id}/documents",
                    signed_in_user: false,
                },
                rt::Endpoint {
                    variant: "by-path",
                    template: "/me/drive/root:/{path}:/documents",
                    signed_in_user: true,
                },
                rt::Endpoint {
                    variant: "me",
                    template: "/me/drive/items/{item-id}/documents",
                    signed_in_user: true,
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
                delegated_work: rt::Some(&["Files.Read", "Files.ReadWrite.All"]),
                delegated_personal: rt::Some(&["Files.Read"]),
                application: rt::Some(&["Files.ReadWrite.All"]),
            },
        };
    }

    /// `$select`: Selects the properties of the returned documents.
    impl rt::Select for List {
        type Field = super::super::models::DocumentField;
    }

    /// `$filter`: Filters the documents by an OData expression.
    impl rt::Filter for List {}

    /// `$count`: Asks for the number of documents.
    impl rt::Count for List {}

    /// `$top`: The most documents per page.
    impl rt::Top for List {}

    /// `$skip`
    impl rt::Skip for List {}

    /// `$orderby`: The order of the documents.
    impl rt::OrderBy for List {
        type Field = super::super::models::DocumentField;
    }

    /// `$expand`: The related documents to send inline.
    impl rt::Expand for List {
        type Field = super::super::models::DocumentField;
    }

    /// `$search`: Search terms.
    impl rt::Search for List {}

    /// `if-none-match`: If the etag still matches, Graph answers 304 Not Modified.
    impl rt::IfNoneMatch for List {}

    /// `consistencylevel`: Eventual consistency, which `$count` and `$search` need.
    impl rt::ConsistencyLevel for List {
        type Value = rt::String;
    }

    /// Get a document
    ///
    /// Read one document.
    ///
    /// # Endpoints
    /// - `GET /drives/{drive-id}/items/{item-id}/documents/{document-id}` (drive)
    /// - `GET /me/drive/items/{item-id}/documents/{document-id}` (me)
    ///
    /// # Permissions
    /// | Permission type | Scopes, least privileged first |
    /// |---|---|
    /// | Delegated (work or school account) | `Files.Read` |
    /// | Delegated (personal Microsoft account) | `Files.Read` |
    /// | Application | `Files.ReadWrite.All` |
    pub enum Get {}

    impl rt::Operation for Get {
        type Body = ();
        type Output = super::super::models::Document;
        const META: &'static rt::OperationMeta = &rt::OperationMeta {
            name: "get",
            family: rt::Some("document"),
            qualified_name: "document.get",
            summary: "Get a document",
            method: rt::Method::Get,
            versions: &[rt::ApiVersion::V1_0, rt::ApiVersion::Beta],
            endpoints: &[
                rt::Endpoint {
                    variant: "drive",
                    template: "/drives/{drive-id}/items/{item-id}/documents/{document-id}",
                    signed_in_user: false,
                },
                rt::Endpoint {
                    variant: "me",
                    template: "/me/drive/items/{item-id}/documents/{document-id}",
                    signed_in_user: true,
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
                delegated_work: rt::Some(&["Files.Read"]),
                delegated_personal: rt::Some(&["Files.Read"]),
                application: rt::Some(&["Files.ReadWrite.All"]),
            },
        };
    }

    /// `$select`: Selects the properties of the returned document.
    impl rt::Select for Get {
        type Field = super::super::models::DocumentField;
    }

    /// Update a document
    ///
    /// Change the properties of a document.
    ///
    /// # Endpoints
    /// - `PATCH /drives/{drive-id}/items/{item-id}/documents/{document-id}` (drive)
    /// - `PATCH /me/drive/root:/{path}:/documents/{document-id}` (by-path)
    ///
    /// # Permissions
    /// | Permission type | Scopes, least privileged first |
    /// |---|---|
    /// | Delegated (work or school account) | `Files.ReadWrite.All`, `Sites.Manage.All` |
    /// | Delegated (personal Microsoft account) | Not supported |
    /// | Application | `Sites.Manage.All` |
    pub enum Update {}

    impl rt::Operation for Update {
        type Body = UpdateBody;
        type Output = super::super::models::Document;
        const META: &'static rt::OperationMeta = &rt::OperationMeta {
            name: "update",
            family: rt::Some("document"),
            qualified_name: "document.update",
            summary: "Update a document",
            method: rt::Method::Patch,
            versions: &[rt::ApiVersion::V1_0, rt::ApiVersion::Beta],
            endpoints: &[
                rt::Endpoint {
                    variant: "drive",
                    template: "/drives/{drive-id}/items/{item-id}/documents/{document-id}",
                    signed_in_user: false,
                },
                rt::Endpoint {
                    variant: "by-path",
                    template: "/me/drive/root:/{path}:/documents/{document-id}",
                    signed_in_user: true,
                },
            ],
            response: rt::ResponseShape::Single,
            statuses: &[
                rt::SuccessStatus {
                    code: 200,
                    versions: &[rt::ApiVersion::V1_0, rt::ApiVersion::Beta],
                },
                rt::SuccessStatus {
                    code: 202,
                    versions: &[rt::ApiVersion::Beta],
                },
            ],
            scopes: rt::ScopeTable {
                delegated_work: rt::Some(&["Files.ReadWrite.All", "Sites.Manage.All"]),
                delegated_personal: rt::None,
                application: rt::Some(&["Sites.Manage.All"]),
            },
        };
    }

    /// `if-match`: If the etag no longer matches, Graph answers 412 Precondition Failed.
    impl rt::IfMatch for Update {}

    /// The body of [`Update`]. The properties to change.
    #[derive(Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub struct UpdateBody {
        /// `name`: The new name.
        ///
        /// Required.
        pub name: rt::String,
        /// `type`: The new sharing mode.
        ///
        /// Required.
        pub r#type: super::super::models::Mode,
        /// `tags`: The new tags.
        ///
        /// Required.
        pub tags: rt::Vec<rt::String>,
        /// `async`: Whether to update in the background.
        pub r#async: rt::Option<bool>,
        /// `pageCount`: The new number of pages.
        pub page_count: rt::Option<i32>,
        /// `size`: The new size in bytes.
        pub size: rt::Option<i64>,
        /// `score`: The new relevance score.
        pub score: rt::Option<f64>,
        /// `expirationDateTime`: When the document expires.
        pub expiration_date_time: rt::Option<rt::DateTimeOffset>,
        /// `owner`: The new owner.
        pub owner: rt::Option<super::super::models::Recipient>,
        /// `levels`: The new confidentiality levels.
        pub levels: rt::Option<rt::Vec<super::super::models::Level>>,
        /// `reviewers`: The new reviewers.
        ///
        /// Published in: beta. Needs the `beta` feature.
        #[cfg(feature = "beta")]
        pub reviewers: rt::Option<rt::Vec<super::super::models::Recipient>>,
        /// `oldTitle`: The old name, as older clients sent it.
        ///
        /// Deprecated: use `name`.
        #[deprecated(note = "Send name instead (use `name`)")]
        pub old_title: rt::Option<rt::String>,
        /// JSON properties the spec does not know (`@odata.*` and `@deprecated.*` annotations
        /// among them) and known properties sent as `null`, kept so that nothing is lost.
        pub extra: rt::Map,
    }

    impl UpdateBody {
        /// A body with its required fields (`name`, `type`, `tags`); set the optional ones on the result.
        #[allow(deprecated)]
        pub fn new(
            name: rt::String,
            r#type: super::super::models::Mode,
            tags: rt::Vec<rt::String>,
        ) -> Self {
            Self {
                name,
                r#type,
                tags,
                r#async: rt::None,
                page_count: rt::None,
                size: rt::None,
                score: rt::None,
                expiration_date_time: rt::None,
                owner: rt::None,
                levels: rt::None,
                #[cfg(feature = "beta")]
                reviewers: rt::None,
                old_title: rt::None,
                extra: rt::Map::new(),
            }
        }
    }

    #[allow(deprecated)]
    impl UpdateBody {
        /// Sets `name`.
        pub fn name(mut self, name: rt::String) -> Self {
            self.name = name;
            self
        }
        /// Sets `type`.
        pub fn r#type(mut self, r#type: super::super::models::Mode) -> Self {
            self.r#type = r#type;
            self
        }
        /// Sets `tags`.
        pub fn tags(mut self, tags: rt::Vec<rt::String>) -> Self {
            self.tags = tags;
            self
        }
        /// Sets `async`.
        pub fn r#async(mut self, r#async: bool) -> Self {
            self.r#async = rt::Some(r#async);
            self
        }
        /// Sets `pageCount`.
        pub fn page_count(mut self, page_count: i32) -> Self {
            self.page_count = rt::Some(page_count);
            self
        }
        /// Sets `size`.
        pub fn size(mut self, size: i64) -> Self {
            self.size = rt::Some(size);
            self
        }
        /// Sets `score`.
        pub fn score(mut self, score: f64) -> Self {
            self.score = rt::Some(score);
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
        /// Sets `owner`.
        pub fn owner(mut self, owner: super::super::models::Recipient) -> Self {
            self.owner = rt::Some(owner);
            self
        }
        /// Sets `levels`.
        pub fn levels(mut self, levels: rt::Vec<super::super::models::Level>) -> Self {
            self.levels = rt::Some(levels);
            self
        }
        /// Sets `reviewers`.
        #[cfg(feature = "beta")]
        pub fn reviewers(
            mut self,
            reviewers: rt::Vec<super::super::models::Recipient>,
        ) -> Self {
            self.reviewers = rt::Some(reviewers);
            self
        }
        /// Sets `oldTitle`.
        #[deprecated(note = "Send name instead (use `name`)")]
        pub fn old_title(mut self, old_title: rt::String) -> Self {
            self.old_title = rt::Some(old_title);
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
            rt::serde::ser::SerializeMap::serialize_entry(map, "name", &self.name)?;
            rt::serde::ser::SerializeMap::serialize_entry(map, "type", &self.r#type)?;
            rt::serde::ser::SerializeMap::serialize_entry(map, "tags", &self.tags)?;
            rt::__private::write_field(map, "async", &self.r#async)?;
            rt::__private::write_field(map, "pageCount", &self.page_count)?;
            rt::__private::write_field(map, "size", &self.size)?;
            rt::__private::write_field(map, "score", &self.score)?;
            rt::__private::write_field(
                map,
                "expirationDateTime",
                &self.expiration_date_time,
            )?;
            rt::__private::write_field(map, "owner", &self.owner)?;
            rt::__private::write_field(map, "levels", &self.levels)?;
            #[cfg(feature = "beta")]
            rt::__private::write_field(map, "reviewers", &self.reviewers)?;
            rt::__private::write_field(map, "oldTitle", &self.old_title)?;
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

    /// Delete a document
    ///
    /// Remove a document.
    ///
    /// # Endpoints
    /// - `DELETE /drives/{drive-id}/items/{item-id}/documents/{document-id}` (drive)
    ///
    /// # Permissions
    /// | Permission type | Scopes, least privileged first |
    /// |---|---|
    /// | Delegated (work or school account) | `Files.ReadWrite.All` |
    /// | Delegated (personal Microsoft account) | `Files.ReadWrite.All` |
    /// | Application | `Files.ReadWrite.All` |
    pub enum Delete {}

    impl rt::Operation for Delete {
        type Body = ();
        type Output = ();
        const META: &'static rt::OperationMeta = &rt::OperationMeta {
            name: "delete",
            family: rt::Some("document"),
            qualified_name: "document.delete",
            summary: "Delete a document",
            method: rt::Method::Delete,
            versions: &[rt::ApiVersion::V1_0, rt::ApiVersion::Beta],
            endpoints: &[
                rt::Endpoint {
                    variant: "drive",
                    template: "/drives/{drive-id}/items/{item-id}/documents/{document-id}",
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
                delegated_work: rt::Some(&["Files.ReadWrite.All"]),
                delegated_personal: rt::Some(&["Files.ReadWrite.All"]),
                application: rt::Some(&["Files.ReadWrite.All"]),
            },
        };
    }

    /// `if-match`: If the etag no longer matches, Graph answers 412 and nothing is deleted.
    impl rt::IfMatch for Delete {}

    /// Archive a document
    ///
    /// Move a document to the archive; published only in beta.
    ///
    /// # Endpoints
    /// - `POST /drives/{drive-id}/items/{item-id}/documents/{document-id}/archive` (drive)
    /// - `POST /me/drive/items/{item-id}/documents/{document-id}/archive` (me)
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
    pub enum Archive {}

    #[cfg(feature = "beta")]
    impl rt::Operation for Archive {
        type Body = ArchiveBody;
        type Output = super::super::models::Document;
        const META: &'static rt::OperationMeta = &rt::OperationMeta {
            name: "archive",
            family: rt::Some("document"),
            qualified_name: "document.archive",
            summary: "Archive a document",
            method: rt::Method::Post,
            versions: &[rt::ApiVersion::Beta],
            endpoints: &[
                rt::Endpoint {
                    variant: "drive",
                    template: "/drives/{drive-id}/items/{item-id}/documents/{document-id}/archive",
                    signed_in_user: false,
                },
                rt::Endpoint {
                    variant: "me",
                    template: "/me/drive/items/{item-id}/documents/{document-id}/archive",
                    signed_in_user: true,
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
                delegated_work: rt::Some(&["Files.ReadWrite.All"]),
                delegated_personal: rt::None,
                application: rt::None,
            },
        };
    }

    /// `$select`: Selects the properties of the archived document.
    #[cfg(feature = "beta")]
    impl rt::Select for Archive {
        type Field = super::super::models::DocumentField;
    }

    /// `if-match`: If the etag no longer matches, Graph answers 412 and nothing is archived.
    #[cfg(feature = "beta")]
    impl rt::IfMatch for Archive {}

    /// The body of [`Archive`]. Where to archive the document.
    #[cfg(feature = "beta")]
    #[derive(Clone, Debug, Default, PartialEq)]
    #[non_exhaustive]
    pub struct ArchiveBody {
        /// `reason`: Why the document is archived.
        ///
        /// Required.
        pub reason: rt::String,
        /// `notify`: Who to tell.
        pub notify: rt::Option<rt::Vec<super::super::models::Recipient>>,
        /// JSON properties the spec does not know (`@odata.*` and `@deprecated.*` annotations
        /// among them) and known properties sent as `null`, kept so that nothing is lost.
        pub extra: rt::Map,
    }

    #[cfg(feature = "beta")]
    impl ArchiveBody {
        /// A body with its required fields (`reason`); set the optional ones on the result.
        #[allow(deprecated)]
        pub fn new(reason: rt::String) -> Self {
            Self {
                reason,
                notify: rt::None,
                extra: rt::Map::new(),
            }
        }
    }

    #[cfg(feature = "beta")]
    #[allow(deprecated)]
    impl ArchiveBody {
        /// Sets `reason`.
        pub fn reason(mut self, reason: rt::String) -> Self {
            self.reason = reason;
            self
        }
        /// Sets `notify`.
        pub fn notify(
            mut self,
            notify: rt::Vec<super::super::models::Recipient>,
        ) -> Self {
            self.notify = rt::Some(notify);
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
    impl rt::__private::WriteFields for ArchiveBody {
        fn write_fields<S: rt::serde::ser::SerializeMap>(
            &self,
            map: &mut S,
        ) -> rt::Result<(), S::Error> {
            rt::serde::ser::SerializeMap::serialize_entry(map, "reason", &self.reason)?;
            rt::__private::write_field(map, "notify", &self.notify)?;
            rt::__private::write_extra(map, &self.extra)
        }
    }

    #[cfg(feature = "beta")]
    impl rt::serde::Serialize for ArchiveBody {
        fn serialize<S: rt::serde::Serializer>(
            &self,
            serializer: S,
        ) -> rt::Result<S::Ok, S::Error> {
            rt::__private::serialize_model(self, serializer)
        }
    }

    /// Create a document
    ///
    /// # Endpoints
    /// - `POST /drives/{drive-id}/items/{item-id}/documents` (drive)
    ///
    /// # Permissions
    /// | Permission type | Scopes, least privileged first |
    /// |---|---|
    /// | Delegated (work or school account) | Not supported |
    /// | Delegated (personal Microsoft account) | Not supported |
    /// | Application | `Files.ReadWrite.All`, `Sites.Selected` |
    pub enum Create {}

    impl rt::Operation for Create {
        type Body = CreateBody;
        type Output = super::super::models::Document;
        const META: &'static rt::OperationMeta = &rt::OperationMeta {
            name: "create",
            family: rt::Some("document"),
            qualified_name: "document.create",
            summary: "Create a document",
            method: rt::Method::Post,
            versions: &[rt::ApiVersion::V1_0, rt::ApiVersion::Beta],
            endpoints: &[
                rt::Endpoint {
                    variant: "drive",
                    template: "/drives/{drive-id}/items/{item-id}/documents",
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
                application: rt::Some(&["Files.ReadWrite.All", "Sites.Selected"]),
            },
        };
    }

    /// The body of [`Create`]. In the request body, supply a JSON representation of the document.
    ///
    /// The `document` resource with the properties this call accepts, and no others: the compiler refuses what the call does not accept (the whole resource would let through properties Graph rejects or ignores), and the required ones are the arguments of `new`.
    #[derive(Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub struct CreateBody {
        /// `name`: The name of the item.
        ///
        /// Required.
        pub name: rt::String,
        /// `type`: How the document is shared.
        ///
        /// Required.
        pub r#type: super::super::models::Mode,
        /// `tags`: Free-form tags.
        pub tags: rt::Option<rt::Vec<rt::String>>,
        /// `parent`: The document this one was copied from.
        pub parent: rt::Option<super::super::models::Document>,
        /// `createdDateTime`: When the document was created.
        pub created_date_time: rt::Option<rt::DateTimeOffset>,
        /// JSON properties the spec does not know (`@odata.*` and `@deprecated.*` annotations
        /// among them) and known properties sent as `null`, kept so that nothing is lost.
        pub extra: rt::Map,
    }

    impl CreateBody {
        /// A body with its required fields (`name`, `type`); set the optional ones on the result.
        #[allow(deprecated)]
        pub fn new(name: rt::String, r#type: super::super::models::Mode) -> Self {
            Self {
                name,
                r#type,
                tags: rt::None,
                parent: rt::None,
                created_date_time: rt::None,
                extra: rt::Map::new(),
            }
        }
    }

    #[allow(deprecated)]
    impl CreateBody {
        /// Sets `name`.
        pub fn name(mut self, name: rt::String) -> Self {
            self.name = name;
            self
        }
        /// Sets `type`.
        pub fn r#type(mut self, r#type: super::super::models::Mode) -> Self {
            self.r#type = r#type;
            self
        }
        /// Sets `tags`.
        pub fn tags(mut self, tags: rt::Vec<rt::String>) -> Self {
            self.tags = rt::Some(tags);
            self
        }
        /// Sets `parent`.
        pub fn parent(mut self, parent: super::super::models::Document) -> Self {
            self.parent = rt::Some(parent);
            self
        }
        /// Sets `createdDateTime`.
        pub fn created_date_time(
            mut self,
            created_date_time: rt::DateTimeOffset,
        ) -> Self {
            self.created_date_time = rt::Some(created_date_time);
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
            rt::serde::ser::SerializeMap::serialize_entry(map, "name", &self.name)?;
            rt::serde::ser::SerializeMap::serialize_entry(map, "type", &self.r#type)?;
            rt::__private::write_field(map, "tags", &self.tags)?;
            rt::__private::write_field(map, "parent", &self.parent)?;
            rt::__private::write_field(map, "createdDateTime", &self.created_date_time)?;
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
}

pub mod share {
    //! The operations of family `share`: a marker type each, with what the spec says about it, and the body struct of each that sends one.

    #[allow(unused_imports)]
    use super::rt;

    /// Get a shared document
    ///
    /// Read the document behind a sharing link.
    ///
    /// # Endpoints
    /// - `GET /shares/{encoded-sharing-url}` (shares)
    ///
    /// # Permissions
    /// | Permission type | Scopes, least privileged first |
    /// |---|---|
    /// | Delegated (work or school account) | `Files.Read` |
    /// | Delegated (personal Microsoft account) | `Files.Read` |
    /// | Application | `Files.ReadWrite.All` |
    pub enum Get {}

    impl rt::Operation for Get {
        type Body = ();
        type Output = super::super::models::Document;
        const META: &'static rt::OperationMeta = &rt::OperationMeta {
            name: "get",
            family: rt::Some("share"),
            qualified_name: "share.get",
            summary: "Get a shared document",
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
                delegated_work: rt::Some(&["Files.Read"]),
                delegated_personal: rt::Some(&["Files.Read"]),
                application: rt::Some(&["Files.ReadWrite.All"]),
            },
        };
    }

    /// `prefer`
    impl rt::Prefer for Get {
        type Value = super::super::models::Preference;
    }
}
