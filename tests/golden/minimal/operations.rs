// Generated from tests/fixtures/specs/minimal.yaml by graph-permissions-codegen. Do not edit: change the spec
// and run `cargo run -p graph-permissions-codegen -- generate`.

//! The operations of Minimal fixture: a marker type each, with what the spec says about it.

use ::graph_permissions::rt as rt;

/// List widgets
///
/// List every widget.
///
/// # Endpoints
/// - `GET /widgets/all` (root)
///
/// # Permissions
/// | Permission type | Scopes, least privileged first |
/// |---|---|
/// | Delegated (work or school account) | `Files.Read` |
/// | Delegated (personal Microsoft account) | `Files.Read` |
/// | Application | `Files.Read` |
pub enum List {}

impl rt::Operation for List {
    type Body = ();
    type Output = rt::Page<super::models::Widget>;
    const META: &'static rt::OperationMeta = &rt::OperationMeta {
        name: "list",
        family: rt::None,
        qualified_name: "list",
        summary: "List widgets",
        method: rt::Method::Get,
        versions: &[rt::ApiVersion::V1_0],
        endpoints: &[
            rt::Endpoint {
                variant: "root",
                template: "/widgets/all",
                signed_in_user: false,
            },
        ],
        response: rt::ResponseShape::Collection,
        statuses: &[
            rt::SuccessStatus {
                code: 200,
                versions: &[rt::ApiVersion::V1_0],
            },
        ],
        scopes: rt::ScopeTable {
            delegated_work: rt::Some(&["Files.Read"]),
            delegated_personal: rt::Some(&["Files.Read"]),
            application: rt::Some(&["Files.Read"]),
        },
    };
}
