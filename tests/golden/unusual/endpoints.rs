// Generated from tests/fixtures/specs/unusual.yaml by graph-permissions-codegen. Do not edit: change the spec
// and run `cargo run -p graph-permissions-codegen -- generate`.

//! The endpoint functions of Unusual fixture: "quotes", {braces} and `ticks`: one per operation and path variant. Each returns a request value and does no I/O.

use ::graph_permissions::rt as rt;

/// An operation named like a keyword (through `self`).
///
/// Reads a `Self_`; `$select` and `if-none-match`.
///
/// `GET /drives/{type}/items/{self}/x/{super}`
///
/// Returns the request, no I/O: send it with `client.send(request)`, which answers a `Self_`.
///
/// # Arguments
/// - `type`: A parameter named `type`.
/// - `self_`: A parameter named `self`.
/// - `super_`: A parameter named `super`.
///
/// # Permissions
/// | Permission type | Scopes, least privileged first |
/// |---|---|
/// | Delegated (work or school account) | `1Files.Read`, `self` |
/// | Delegated (personal Microsoft account) | `Größe.Ändern` |
/// | Application | Not supported |
pub fn crate_self(
    r#type: &str,
    self_: &str,
    super_: &str,
) -> rt::Request<super::operations::Crate> {
    rt::Request::new(
        &rt::Endpoint {
            variant: "self",
            template: "/drives/{type}/items/{self}/x/{super}",
            signed_in_user: false,
        },
        rt::__private::path(
            &[
                rt::__private::PathPart::Literal("/drives/"),
                rt::__private::PathPart::Segment("type", r#type),
                rt::__private::PathPart::Literal("/items/"),
                rt::__private::PathPart::Segment("self", self_),
                rt::__private::PathPart::Literal("/x/"),
                rt::__private::PathPart::Segment("super", super_),
            ],
        ),
        (),
    )
}

/// An operation named like a keyword (through `1drive`).
///
/// Reads a `Self_`; `$select` and `if-none-match`.
///
/// `GET /1drive/{crate}/{async}/x/{super}`
///
/// Returns the request, no I/O: send it with `client.send(request)`, which answers a `Self_`.
///
/// # Arguments
/// - `crate_`: A parameter named `crate`.
/// - `async`: A parameter named `async`, an item path.
/// - `super_`: A parameter named `super`.
///
/// # Permissions
/// | Permission type | Scopes, least privileged first |
/// |---|---|
/// | Delegated (work or school account) | `1Files.Read`, `self` |
/// | Delegated (personal Microsoft account) | `Größe.Ändern` |
/// | Application | Not supported |
pub fn crate_1drive(
    crate_: &str,
    r#async: &str,
    super_: &str,
) -> rt::Request<super::operations::Crate> {
    rt::Request::new(
        &rt::Endpoint {
            variant: "1drive",
            template: "/1drive/{crate}/{async}/x/{super}",
            signed_in_user: false,
        },
        rt::__private::path(
            &[
                rt::__private::PathPart::Literal("/1drive/"),
                rt::__private::PathPart::Segment("crate", crate_),
                rt::__private::PathPart::Literal("/"),
                rt::__private::PathPart::Segments("async", r#async),
                rt::__private::PathPart::Literal("/x/"),
                rt::__private::PathPart::Segment("super", super_),
            ],
        ),
        (),
    )
}

/// An operation named like a keyword (through `größe`).
///
/// Reads a `Self_`; `$select` and `if-none-match`.
///
/// `GET /groesse/{naïve-id}:/{rt}/x/{super}`
///
/// Returns the request, no I/O: send it with `client.send(request)`, which answers a `Self_`.
///
/// # Arguments
/// - `naïve_id`: A parameter that is not ASCII, a sharing URL.
/// - `rt`: A parameter named `rt`.
/// - `super_`: A parameter named `super`.
///
/// # Permissions
/// | Permission type | Scopes, least privileged first |
/// |---|---|
/// | Delegated (work or school account) | `1Files.Read`, `self` |
/// | Delegated (personal Microsoft account) | `Größe.Ändern` |
/// | Application | Not supported |
pub fn crate_größe(
    naïve_id: &rt::SharingUrl,
    rt: &str,
    super_: &str,
) -> rt::Request<super::operations::Crate> {
    rt::Request::new(
        &rt::Endpoint {
            variant: "größe",
            template: "/groesse/{naïve-id}:/{rt}/x/{super}",
            signed_in_user: false,
        },
        rt::__private::path(
            &[
                rt::__private::PathPart::Literal("/groesse/"),
                rt::__private::PathPart::Segment("naïve-id", naïve_id.as_str()),
                rt::__private::PathPart::Literal(":/"),
                rt::__private::PathPart::Segment("rt", rt),
                rt::__private::PathPart::Literal("/x/"),
                rt::__private::PathPart::Segment("super", super_),
            ],
        ),
        (),
    )
}

/// An operation named like `Result::Err` (through `self`).
///
/// Lists `Option`s.
///
/// `GET /drives/{type}/items/{self}/options`
///
/// Returns the request, no I/O: send it with `client.send(request)` for one page of `Option`, or `client.collect_all(request)` for every page.
///
/// # Arguments
/// - `type`: A parameter named `type`.
/// - `self_`: A parameter named `self`.
///
/// # Permissions
/// | Permission type | Scopes, least privileged first |
/// |---|---|
/// | Delegated (work or school account) | `Files.ReadWrite` |
/// | Delegated (personal Microsoft account) | `Files.ReadWrite` |
/// | Application | `Files.ReadWrite` |
pub fn err_self(r#type: &str, self_: &str) -> rt::Request<super::operations::Err> {
    rt::Request::new(
        &rt::Endpoint {
            variant: "self",
            template: "/drives/{type}/items/{self}/options",
            signed_in_user: false,
        },
        rt::__private::path(
            &[
                rt::__private::PathPart::Literal("/drives/"),
                rt::__private::PathPart::Segment("type", r#type),
                rt::__private::PathPart::Literal("/items/"),
                rt::__private::PathPart::Segment("self", self_),
                rt::__private::PathPart::Literal("/options"),
            ],
        ),
        (),
    )
}

/// An operation named like a keyword, with a body (through `self`).
///
/// Sends a body whose fields are named like keywords and locals.
///
/// `POST /drives/{type}/items/{self}/clients/{value}`
///
/// Returns the request, no I/O: send it with `client.send(request)`, which answers a `Error`.
///
/// # Arguments
/// - `type`: A parameter named `type`.
/// - `self_`: A parameter named `self`.
/// - `value`: A parameter named `value`.
/// - `body`: the request body, [`FnBody`](super::operations::FnBody).
///
/// # Permissions
/// | Permission type | Scopes, least privileged first |
/// |---|---|
/// | Delegated (work or school account) | `Files.ReadWrite` |
/// | Delegated (personal Microsoft account) | Not supported |
/// | Application | `Files.ReadWrite` |
pub fn fn_self(
    r#type: &str,
    self_: &str,
    value: &str,
    body: super::operations::FnBody,
) -> rt::Request<super::operations::Fn> {
    rt::Request::new(
        &rt::Endpoint {
            variant: "self",
            template: "/drives/{type}/items/{self}/clients/{value}",
            signed_in_user: false,
        },
        rt::__private::path(
            &[
                rt::__private::PathPart::Literal("/drives/"),
                rt::__private::PathPart::Segment("type", r#type),
                rt::__private::PathPart::Literal("/items/"),
                rt::__private::PathPart::Segment("self", self_),
                rt::__private::PathPart::Literal("/clients/"),
                rt::__private::PathPart::Segment("value", value),
            ],
        ),
        body,
    )
}

/// An operation named like a keyword, with a body (through `größe`).
///
/// Sends a body whose fields are named like keywords and locals.
///
/// `POST /groesse/{naïve-id}:/{rt}/clients/{value}`
///
/// Returns the request, no I/O: send it with `client.send(request)`, which answers a `Error`.
///
/// # Arguments
/// - `naïve_id`: A parameter that is not ASCII, a sharing URL.
/// - `rt`: A parameter named `rt`.
/// - `value`: A parameter named `value`.
/// - `body`: the request body, [`FnBody`](super::operations::FnBody).
///
/// # Permissions
/// | Permission type | Scopes, least privileged first |
/// |---|---|
/// | Delegated (work or school account) | `Files.ReadWrite` |
/// | Delegated (personal Microsoft account) | Not supported |
/// | Application | `Files.ReadWrite` |
pub fn fn_größe(
    naïve_id: &rt::SharingUrl,
    rt: &str,
    value: &str,
    body: super::operations::FnBody,
) -> rt::Request<super::operations::Fn> {
    rt::Request::new(
        &rt::Endpoint {
            variant: "größe",
            template: "/groesse/{naïve-id}:/{rt}/clients/{value}",
            signed_in_user: false,
        },
        rt::__private::path(
            &[
                rt::__private::PathPart::Literal("/groesse/"),
                rt::__private::PathPart::Segment("naïve-id", naïve_id.as_str()),
                rt::__private::PathPart::Literal(":/"),
                rt::__private::PathPart::Segment("rt", rt),
                rt::__private::PathPart::Literal("/clients/"),
                rt::__private::PathPart::Segment("value", value),
            ],
        ),
        body,
    )
}

/// An operation whose name starts with a digit (through `1drive`).
///
/// Deletes, beta only.
///
/// `DELETE /1drive/{crate}/{async}/2fa`
///
/// Returns the request, no I/O: send it with `client.send(request)`; a success has no body.
///
/// # Arguments
/// - `crate_`: A parameter named `crate`.
/// - `async`: A parameter named `async`, an item path.
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
pub fn _3d_1drive(crate_: &str, r#async: &str) -> rt::Request<super::operations::_3d> {
    rt::Request::new(
        &rt::Endpoint {
            variant: "1drive",
            template: "/1drive/{crate}/{async}/2fa",
            signed_in_user: false,
        },
        rt::__private::path(
            &[
                rt::__private::PathPart::Literal("/1drive/"),
                rt::__private::PathPart::Segment("crate", crate_),
                rt::__private::PathPart::Literal("/"),
                rt::__private::PathPart::Segments("async", r#async),
                rt::__private::PathPart::Literal("/2fa"),
            ],
        ),
        (),
    )
}

/// An operation that is not ASCII (through `größe`).
///
/// Puts a `Vec`.
///
/// `PUT /groesse/{naïve-id}:/{rt}/groesse`
///
/// Returns the request, no I/O: send it with `client.send(request)`, which answers a `Vec`.
///
/// # Arguments
/// - `naïve_id`: A parameter that is not ASCII, a sharing URL.
/// - `rt`: A parameter named `rt`.
/// - `body`: the request body, [`GrößeÄndernBody`](super::operations::GrößeÄndernBody).
///
/// # Permissions
/// | Permission type | Scopes, least privileged first |
/// |---|---|
/// | Delegated (work or school account) | `Größe.Ändern` |
/// | Delegated (personal Microsoft account) | `Größe.Ändern` |
/// | Application | `Größe.Ändern` |
pub fn größe_ändern_größe(
    naïve_id: &rt::SharingUrl,
    rt: &str,
    body: super::operations::GrößeÄndernBody,
) -> rt::Request<super::operations::GrößeÄndern> {
    rt::Request::new(
        &rt::Endpoint {
            variant: "größe",
            template: "/groesse/{naïve-id}:/{rt}/groesse",
            signed_in_user: false,
        },
        rt::__private::path(
            &[
                rt::__private::PathPart::Literal("/groesse/"),
                rt::__private::PathPart::Segment("naïve-id", naïve_id.as_str()),
                rt::__private::PathPart::Literal(":/"),
                rt::__private::PathPart::Segment("rt", rt),
                rt::__private::PathPart::Literal("/groesse"),
            ],
        ),
        body,
    )
}
