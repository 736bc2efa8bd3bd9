// Generated from tests/fixtures/specs/unusual.yaml by graph-permissions-codegen. Do not edit: change the spec
// and run `cargo run -p graph-permissions-codegen -- generate`.

//! The operations of Unusual fixture: "quotes", {braces} and `ticks`: a marker type each, with what the spec says about it.

use ::graph_permissions::rt as rt;

/// An operation named like a keyword
///
/// Reads a `Self_`; `$select` and `if-none-match`.
///
/// # Endpoints
/// - `GET /drives/{type}/items/{self}/x/{super}` (self)
/// - `GET /1drive/{crate}/{async}/x/{super}` (1drive)
/// - `GET /groesse/{naïve-id}:/{rt}/x/{super}` (größe)
///
/// # Permissions
/// | Permission type | Scopes, least privileged first |
/// |---|---|
/// | Delegated (work or school account) | `1Files.Read`, `self` |
/// | Delegated (personal Microsoft account) | `Größe.Ändern` |
/// | Application | Not supported |
pub enum Crate {}

impl rt::Operation for Crate {
    type Body = ();
    type Output = super::models::Self_;
    const META: &'static rt::OperationMeta = &rt::OperationMeta {
        name: "crate",
        family: rt::None,
        qualified_name: "crate",
        summary: "An operation named like a keyword",
        method: rt::Method::Get,
        versions: &[rt::ApiVersion::V1_0, rt::ApiVersion::Beta],
        endpoints: &[
            rt::Endpoint {
                variant: "self",
                template: "/drives/{type}/items/{self}/x/{super}",
                signed_in_user: false,
            },
            rt::Endpoint {
                variant: "1drive",
                template: "/1drive/{crate}/{async}/x/{super}",
                signed_in_user: false,
            },
            rt::Endpoint {
                variant: "größe",
                template: "/groesse/{naïve-id}:/{rt}/x/{super}",
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
            delegated_work: rt::Some(&["1Files.Read", "self"]),
            delegated_personal: rt::Some(&["Größe.Ändern"]),
            application: rt::None,
        },
    };
}

/// `$select`: The properties to return.
impl rt::Select for Crate {
    type Field = super::models::SelfField;
}

/// `if-none-match`: Not modified.
impl rt::IfNoneMatch for Crate {}

/// An operation named like `Result::Err`
///
/// Lists `Option`s.
///
/// # Endpoints
/// - `GET /drives/{type}/items/{self}/options` (self)
///
/// # Permissions
/// | Permission type | Scopes, least privileged first |
/// |---|---|
/// | Delegated (work or school account) | `Files.ReadWrite` |
/// | Delegated (personal Microsoft account) | `Files.ReadWrite` |
/// | Application | `Files.ReadWrite` |
pub enum Err {}

impl rt::Operation for Err {
    type Body = ();
    type Output = rt::Page<super::models::Option>;
    const META: &'static rt::OperationMeta = &rt::OperationMeta {
        name: "Err",
        family: rt::None,
        qualified_name: "Err",
        summary: "An operation named like `Result::Err`",
        method: rt::Method::Get,
        versions: &[rt::ApiVersion::V1_0, rt::ApiVersion::Beta],
        endpoints: &[
            rt::Endpoint {
                variant: "self",
                template: "/drives/{type}/items/{self}/options",
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
            delegated_work: rt::Some(&["Files.ReadWrite"]),
            delegated_personal: rt::Some(&["Files.ReadWrite"]),
            application: rt::Some(&["Files.ReadWrite"]),
        },
    };
}

/// `$select`: The properties to return.
impl rt::Select for Err {
    type Field = super::models::OptionField;
}

/// An operation named like a keyword, with a body
///
/// Sends a body whose fields are named like keywords and locals.
///
/// # Endpoints
/// - `POST /drives/{type}/items/{self}/clients/{value}` (self)
/// - `POST /groesse/{naïve-id}:/{rt}/clients/{value}` (größe)
///
/// # Permissions
/// | Permission type | Scopes, least privileged first |
/// |---|---|
/// | Delegated (work or school account) | `Files.ReadWrite` |
/// | Delegated (personal Microsoft account) | Not supported |
/// | Application | `Files.ReadWrite` |
pub enum Fn {}

impl rt::Operation for Fn {
    type Body = FnBody;
    type Output = super::models::Error;
    const META: &'static rt::OperationMeta = &rt::OperationMeta {
        name: "fn",
        family: rt::None,
        qualified_name: "fn",
        summary: "An operation named like a keyword, with a body",
        method: rt::Method::Post,
        versions: &[rt::ApiVersion::V1_0, rt::ApiVersion::Beta],
        endpoints: &[
            rt::Endpoint {
                variant: "self",
                template: "/drives/{type}/items/{self}/clients/{value}",
                signed_in_user: false,
            },
            rt::Endpoint {
                variant: "größe",
                template: "/groesse/{naïve-id}:/{rt}/clients/{value}",
                signed_in_user: false,
            },
        ],
        response: rt::ResponseShape::Single,
        statuses: &[
            rt::SuccessStatus {
                code: 200,
                versions: &[rt::ApiVersion::V1_0, rt::ApiVersion::Beta],
            },
            rt::SuccessStatus {
                code: 201,
                versions: &[rt::ApiVersion::Beta],
            },
        ],
        scopes: rt::ScopeTable {
            delegated_work: rt::Some(&["Files.ReadWrite"]),
            delegated_personal: rt::None,
            application: rt::Some(&["Files.ReadWrite"]),
        },
    };
}

/// `if-match`: Changed meanwhile.
impl rt::IfMatch for Fn {}

/// The body of [`Fn`]. A body named `FnBody`.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct FnBody {
    /// `self`: A required field named `self`.
    ///
    /// Required.
    pub self_: super::models::Self_,
    /// `type`: A required field named `type`.
    ///
    /// Required.
    pub r#type: super::models::Result,
    /// `rt`: A required field named `rt`.
    ///
    /// Required.
    pub rt: super::models::Rt,
    /// `key`: A field named `key`.
    pub key: rt::Option<rt::Vec<super::models::Box>>,
    /// `größe`: A field that is not ASCII.
    pub größe: rt::Option<i32>,
    /// `1st`: A field that starts with a digit.
    pub _1st: rt::Option<rt::String>,
    /// JSON properties the spec does not know (`@odata.*` and `@deprecated.*` annotations
    /// among them) and known properties sent as `null`, kept so that nothing is lost.
    pub extra: rt::Map,
}

impl FnBody {
    /// A body with its required fields (`self`, `type`, `rt`); set the optional ones on the result.
    #[allow(deprecated)]
    pub fn new(
        self_: super::models::Self_,
        r#type: super::models::Result,
        rt: super::models::Rt,
    ) -> Self {
        Self {
            self_,
            r#type,
            rt,
            key: rt::None,
            größe: rt::None,
            _1st: rt::None,
            extra: rt::Map::new(),
        }
    }
}

#[allow(deprecated)]
impl FnBody {
    /// Sets `self`.
    pub fn self_(mut self, self_: super::models::Self_) -> Self {
        self.self_ = self_;
        self
    }
    /// Sets `type`.
    pub fn r#type(mut self, r#type: super::models::Result) -> Self {
        self.r#type = r#type;
        self
    }
    /// Sets `rt`.
    pub fn rt(mut self, rt: super::models::Rt) -> Self {
        self.rt = rt;
        self
    }
    /// Sets `key`.
    pub fn key(mut self, key: rt::Vec<super::models::Box>) -> Self {
        self.key = rt::Some(key);
        self
    }
    /// Sets `größe`.
    pub fn größe(mut self, größe: i32) -> Self {
        self.größe = rt::Some(größe);
        self
    }
    /// Sets `1st`.
    pub fn _1st(mut self, _1st: rt::String) -> Self {
        self._1st = rt::Some(_1st);
        self
    }
    /// Sets the JSON properties the spec does not know (`@odata.type` among them).
    pub fn extra(mut self, extra: rt::Map) -> Self {
        self.extra = extra;
        self
    }
}

#[allow(deprecated)]
impl rt::__private::WriteFields for FnBody {
    fn write_fields<S: rt::serde::ser::SerializeMap>(
        &self,
        map: &mut S,
    ) -> rt::Result<(), S::Error> {
        rt::serde::ser::SerializeMap::serialize_entry(map, "self", &self.self_)?;
        rt::serde::ser::SerializeMap::serialize_entry(map, "type", &self.r#type)?;
        rt::serde::ser::SerializeMap::serialize_entry(map, "rt", &self.rt)?;
        rt::__private::write_field(map, "key", &self.key)?;
        rt::__private::write_field(map, "größe", &self.größe)?;
        rt::__private::write_field(map, "1st", &self._1st)?;
        rt::__private::write_extra(map, &self.extra)
    }
}

impl rt::serde::Serialize for FnBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> rt::Result<S::Ok, S::Error> {
        rt::__private::serialize_model(self, serializer)
    }
}

/// An operation whose name starts with a digit
///
/// Deletes, beta only.
///
/// # Endpoints
/// - `DELETE /1drive/{crate}/{async}/2fa` (1drive)
///
/// # Permissions
/// | Permission type | Scopes, least privileged first |
/// |---|---|
/// | Delegated (work or school account) | `Filler.61`, `Files.ReadWrite` |
/// | Delegated (personal Microsoft account) | `Files.ReadWrite` |
/// | Application | `Files.ReadWrite` |
///
/// Published in: beta. Needs the `beta` feature.
#[cfg(feature = "beta")]
pub enum _3d {}

#[cfg(feature = "beta")]
impl rt::Operation for _3d {
    type Body = ();
    type Output = ();
    const META: &'static rt::OperationMeta = &rt::OperationMeta {
        name: "3d",
        family: rt::None,
        qualified_name: "3d",
        summary: "An operation whose name starts with a digit",
        method: rt::Method::Delete,
        versions: &[rt::ApiVersion::Beta],
        endpoints: &[
            rt::Endpoint {
                variant: "1drive",
                template: "/1drive/{crate}/{async}/2fa",
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
            delegated_work: rt::Some(&["Filler.61", "Files.ReadWrite"]),
            delegated_personal: rt::Some(&["Files.ReadWrite"]),
            application: rt::Some(&["Files.ReadWrite"]),
        },
    };
}

/// An operation that is not ASCII
///
/// Puts a `Vec`.
///
/// # Endpoints
/// - `PUT /groesse/{naïve-id}:/{rt}/groesse` (größe)
///
/// # Permissions
/// | Permission type | Scopes, least privileged first |
/// |---|---|
/// | Delegated (work or school account) | `Größe.Ändern` |
/// | Delegated (personal Microsoft account) | `Größe.Ändern` |
/// | Application | `Größe.Ändern` |
pub enum GrößeÄndern {}

impl rt::Operation for GrößeÄndern {
    type Body = GrößeÄndernBody;
    type Output = super::models::Vec;
    const META: &'static rt::OperationMeta = &rt::OperationMeta {
        name: "größeÄndern",
        family: rt::None,
        qualified_name: "größeÄndern",
        summary: "An operation that is not ASCII",
        method: rt::Method::Put,
        versions: &[rt::ApiVersion::V1_0, rt::ApiVersion::Beta],
        endpoints: &[
            rt::Endpoint {
                variant: "größe",
                template: "/groesse/{naïve-id}:/{rt}/groesse",
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
            delegated_work: rt::Some(&["Größe.Ändern"]),
            delegated_personal: rt::Some(&["Größe.Ändern"]),
            application: rt::Some(&["Größe.Ändern"]),
        },
    };
}

/// The body of [`GrößeÄndern`]. The new `Vec`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GrößeÄndernBody {
    /// `vec`: The `Vec` resource.
    ///
    /// Required.
    pub vec: super::models::Vec,
    /// JSON properties the spec does not know (`@odata.*` and `@deprecated.*` annotations
    /// among them) and known properties sent as `null`, kept so that nothing is lost.
    pub extra: rt::Map,
}

impl GrößeÄndernBody {
    /// A body with its required fields (`vec`); set the optional ones on the result.
    #[allow(deprecated)]
    pub fn new(vec: super::models::Vec) -> Self {
        Self { vec, extra: rt::Map::new() }
    }
}

#[allow(deprecated)]
impl GrößeÄndernBody {
    /// Sets `vec`.
    pub fn vec(mut self, vec: super::models::Vec) -> Self {
        self.vec = vec;
        self
    }
    /// Sets the JSON properties the spec does not know (`@odata.type` among them).
    pub fn extra(mut self, extra: rt::Map) -> Self {
        self.extra = extra;
        self
    }
}

#[allow(deprecated)]
impl rt::__private::WriteFields for GrößeÄndernBody {
    fn write_fields<S: rt::serde::ser::SerializeMap>(
        &self,
        map: &mut S,
    ) -> rt::Result<(), S::Error> {
        rt::serde::ser::SerializeMap::serialize_entry(map, "vec", &self.vec)?;
        rt::__private::write_extra(map, &self.extra)
    }
}

impl rt::serde::Serialize for GrößeÄndernBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> rt::Result<S::Ok, S::Error> {
        rt::__private::serialize_model(self, serializer)
    }
}
