// Generated from tests/fixtures/specs/minimal.yaml by graph-permissions-codegen. Do not edit: change the spec
// and run `cargo run -p graph-permissions-codegen -- generate`.

//! The endpoint functions of Minimal fixture: one per operation and path variant. Each returns a request value and does no I/O.

use ::graph_permissions::rt as rt;

/// List widgets (through `root`).
///
/// List every widget.
///
/// `GET /widgets/all`
///
/// Returns the request, no I/O: send it with `client.send(request)` for one page of `Widget`, or `client.collect_all(request)` for every page.
///
/// # Permissions
/// | Permission type | Scopes, least privileged first |
/// |---|---|
/// | Delegated (work or school account) | `Files.Read` |
/// | Delegated (personal Microsoft account) | `Files.Read` |
/// | Application | `Files.Read` |
pub fn list_root() -> rt::Request<super::operations::List> {
    rt::Request::new(
        &rt::Endpoint {
            variant: "root",
            template: "/widgets/all",
            signed_in_user: false,
        },
        rt::__private::path(&[rt::__private::PathPart::Literal("/widgets/all")]),
        (),
    )
}
