//! One mistake made in a small valid spec (`BASE`, the old form), refused by the runner with
//! the exact `line:column` and message expected (as the CLI prints them, `file:line:col:
//! message`, here without the file). Beside them, the odd texts `BASE` shows are accepted.
//!
//! Line numbers refer to `BASE` below (line 1 is `info:`), shifted by whatever an edit inserts
//! or removes above the mistake; each test says how it counted, and `base_landmarks` checks the
//! lines counted from.

use graph_permissions_codegen::{emit, parse, EmitOptions};

use crate::runner::refused;

/// A valid spec: two variants, two operations, one resource, one enum, three scope rows each.
/// The line numbers in the comments of the tests count from the `info:` line, which is line 1.
const BASE: &str = r#"info:
  title: Sharing permissions
  description: A tiny spec for the tests of bad specs.
  versions: [v1.0, beta]
scopes:
  Files.Read: Read the signed-in user's files.
  Files.ReadWrite: Have full access to the signed-in user's files.
enums:
  role:
    description: The type of access a permission grants.
    values:
      read: Read access.
      write: Write access.
resources:
  permission:
    description: A sharing permission.
    properties:
      id:
        type: String
        description: The identifier of the permission.
        read_only: true
      roles:
        type: Collection(role)
        description: The roles it grants.
      webUrl:
        type: String
        description: A URL of the item.
variants:
  drive:
    description: A driveItem in a drive.
    path: "/drives/{drive-id}/items/{item-id}"
    parameters:
      drive-id: The drive.
      item-id: The item.
  shares:
    description: A shared item.
    path: "/shares/{share-id}"
    parameters:
      share-id: The sharing token.
operations:
  get:
    summary: Get a permission
    description: Read one permission.
    method: GET
    path: "/permissions/{perm-id}"
    parameters:
      perm-id: The permission.
    variants: [drive]
    headers:
      if-none-match:
        description: Not modified.
        status: 304
    query:
      $select: The properties to return.
    response:
      type: permission
      shape: single
      statuses:
        200: The permission.
    scopes:
      delegated-work: [Files.Read, Files.ReadWrite]
      delegated-personal: [Files.Read]
      application: not supported
  grant:
    summary: Grant access
    description: Grant users access to a link.
    method: POST
    path: /permission/grant
    variants: [drive, shares]
    headers:
      Authorization:
        required: true
        description: Bearer token.
    body:
      description: The grant.
      fields:
        roles:
          type: Collection(role)
          required: true
          description: The roles to grant.
    response:
      type: permission
      shape: collection
      statuses:
        200: The permissions.
    scopes:
      delegated-work: [Files.ReadWrite]
      delegated-personal: not supported
      application: [Files.ReadWrite]
"#;

/// Lines of `BASE` the tests below count from (1-based), checked by `base_landmarks`.
const LANDMARKS: &[(usize, &str)] = &[
    (1, "info:"),
    (4, "  versions: [v1.0, beta]"),
    (9, "  role:"),
    (13, "      write: Write access."),
    (15, "  permission:"),
    (16, "    description: A sharing permission."),
    (18, "      id:"),
    (21, "        read_only: true"),
    (23, "        type: Collection(role)"),
    (25, "      webUrl:"),
    (26, "        type: String"),
    (27, "        description: A URL of the item."),
    (28, "variants:"),
    (29, "  drive:"),
    (31, "    path: \"/drives/{drive-id}/items/{item-id}\""),
    (33, "      drive-id: The drive."),
    (34, "      item-id: The item."),
    (35, "  shares:"),
    (39, "      share-id: The sharing token."),
    (41, "  get:"),
    (45, "    path: \"/permissions/{perm-id}\""),
    (48, "    variants: [drive]"),
    (50, "      if-none-match:"),
    (52, "        status: 304"),
    (54, "      $select: The properties to return."),
    (56, "      type: permission"),
    (64, "  grant:"),
    (65, "    summary: Grant access"),
    (66, "    description: Grant users access to a link."),
    (67, "    method: POST"),
    (68, "    path: /permission/grant"),
    (69, "    variants: [drive, shares]"),
    (71, "      Authorization:"),
    (73, "        description: Bearer token."),
    (78, "          type: Collection(role)"),
    (82, "      type: permission"),
    (83, "      shape: collection"),
    (84, "      statuses:"),
    (85, "        200: The permissions."),
    (87, "      delegated-work: [Files.ReadWrite]"),
    (89, "      application: [Files.ReadWrite]"),
];

/// `BASE` with each `from` (which must occur exactly once) replaced by its `to`.
fn edit(edits: &[(&str, &str)]) -> String {
    let mut text = BASE.to_owned();
    for (from, to) in edits {
        assert_eq!(
            text.matches(from).count(),
            1,
            "the edit target {from:?} must occur exactly once"
        );
        text = text.replacen(from, to, 1);
    }
    text
}

/// `BASE` with one replacement.
fn with(from: &str, to: &str) -> String {
    edit(&[(from, to)])
}

/// The problems `parse` finds in a spec, as the CLI prints them without the file name
/// (`line:col: message`): what an accepted spec shows when it is not.
fn diagnostics(text: &str) -> Vec<String> {
    match parse(text) {
        Ok(_) => Vec::new(),
        Err(diagnostics) => diagnostics
            .iter()
            .map(|d| format!("{}:{}: {}", d.span.line, d.span.column, d.message))
            .collect(),
    }
}

/// The spec is refused with exactly these diagnostics, in this order.
#[track_caller]
fn assert_diagnostics(text: &str, expected: &[&str]) {
    assert_eq!(refused(text), expected);
}

/// The spec is refused with exactly this diagnostic.
#[track_caller]
fn assert_only(text: &str, expected: &str) {
    assert_diagnostics(text, &[expected]);
}

/// The spec is refused, and this is the first diagnostic (others may follow from it).
#[track_caller]
fn assert_first(text: &str, expected: &str) {
    let all = refused(text);
    assert!(!all.is_empty(), "the spec was accepted");
    assert_eq!(all[0], expected, "all diagnostics: {all:#?}");
}

const KNOWN_TYPES: &str =
    "String, Boolean, Int32, Int64, Double, DateTimeOffset, permission, role, Collection(T)";

#[test]
fn base_spec_is_valid() {
    let model = parse(BASE).unwrap_or_else(|d| panic!("BASE must be valid: {d:#?}"));
    assert_eq!(model.operations.len(), 2);
    assert_eq!(model.variants.len(), 2);
    assert_eq!(model.resources.len(), 1);
    assert_eq!(model.enums.len(), 1);
}

#[test]
fn base_landmarks() {
    let lines: Vec<&str> = BASE.lines().collect();
    assert_eq!(lines.len(), 89);
    for &(number, text) in LANDMARKS {
        assert_eq!(lines[number - 1], text, "line {number} of BASE");
    }
}

// ---------------------------------------------------------------------------------------------
// Unresolved references
// ---------------------------------------------------------------------------------------------

#[test]
fn unknown_type_in_property() {
    // Line 26, `        type: ` is 14 characters: the type starts at column 15.
    let text = with(
        "        type: String\n        description: A URL of the item.",
        "        type: identitySett\n        description: A URL of the item.",
    );
    assert_only(
        &text,
        &format!("26:15: property `webUrl` of resource `permission` has type `identitySett`, which is not defined (known types: {KNOWN_TYPES})"),
    );
}

#[test]
fn unknown_enum_in_body_field() {
    // Line 78, `          type: ` is 16 characters.
    let text = with(
        "          type: Collection(role)",
        "          type: roleKind",
    );
    assert_only(
        &text,
        &format!("78:17: body field `roles` of operation `grant` has type `roleKind`, which is not defined (known types: {KNOWN_TYPES})"),
    );
}

#[test]
fn unknown_type_in_collection() {
    // Line 23: the whole `Collection(…)` is pointed at, the message names the inner type.
    let text = with(
        "type: Collection(role)\n        description: The roles it grants.",
        "type: Collection(unknownThing)\n        description: The roles it grants.",
    );
    assert_only(
        &text,
        &format!("23:15: property `roles` of resource `permission` has type `unknownThing`, which is not defined (known types: {KNOWN_TYPES})"),
    );
}

#[test]
fn unknown_path_variant() {
    // Line 69, `    variants: [drive, ` is 22 characters.
    let text = with("variants: [drive, shares]", "variants: [drive, shares2]");
    assert_only(
        &text,
        "69:23: operation `grant` uses path variant `shares2`, which is not defined (defined: drive, shares)",
    );
}

#[test]
fn unknown_response_type() {
    // Line 82, `      type: ` is 12 characters.
    let text = with(
        "      type: permission\n      shape: collection",
        "      type: permissions\n      shape: collection",
    );
    assert_only(
        &text,
        "82:13: the response of operation `grant` has type `permissions`, which is not a resource (resources: permission)",
    );
}

// ---------------------------------------------------------------------------------------------
// Path templates and their parameters
// ---------------------------------------------------------------------------------------------

#[test]
fn placeholder_without_parameter_in_variant() {
    // The parameter line below the path (34) is removed; the path stays on line 31.
    let text = with("      item-id: The item.\n", "");
    assert_only(
        &text,
        "31:11: the path `/drives/{drive-id}/items/{item-id}` of path variant `drive` has the placeholder `{item-id}`, but path variant `drive` has no parameter `item-id` (parameters: drive-id)",
    );
}

#[test]
fn placeholder_without_parameter_in_operation() {
    // Lines 46-47 are removed; the path stays on line 45.
    let text = with("    parameters:\n      perm-id: The permission.\n", "");
    assert_only(
        &text,
        "45:11: the path `/permissions/{perm-id}` of operation `get` has the placeholder `{perm-id}`, but operation `get` has no parameter `perm-id` (parameters: none)",
    );
}

#[test]
fn parameter_without_placeholder_in_variant() {
    // Inserted after line 39, so on line 40.
    let text = with(
        "      share-id: The sharing token.\n",
        "      share-id: The sharing token.\n      site-id: The site.\n",
    );
    assert_only(
        &text,
        "40:7: parameter `site-id` of path variant `shares` has no placeholder `{site-id}` in the path `/shares/{share-id}`",
    );
}

#[test]
fn parameter_without_placeholder_in_operation() {
    // `parameters:` inserted after line 68 (line 69), the parameter on line 70.
    let text = with(
        "    path: /permission/grant\n",
        "    path: /permission/grant\n    parameters:\n      perm-id: The permission.\n",
    );
    assert_only(
        &text,
        "70:7: parameter `perm-id` of operation `grant` has no placeholder `{perm-id}` in the path `/permission/grant`",
    );
}

#[test]
fn path_with_unclosed_brace() {
    let text = with(
        "    path: \"/permissions/{perm-id}\"",
        "    path: \"/permissions/{perm-id\"",
    );
    assert_only(
        &text,
        "45:11: the path `/permissions/{perm-id` of operation `get` has a `{` that is never closed",
    );
}

#[test]
fn path_with_unopened_brace() {
    let text = with(
        "    path: \"/permissions/{perm-id}\"",
        "    path: \"/permissions/perm-id}\"",
    );
    assert_only(
        &text,
        "45:11: the path `/permissions/perm-id}` of operation `get` has a `}` that was never opened",
    );
}

#[test]
fn path_with_empty_segment() {
    let text = with("path: /permission/grant", "path: /permission//grant");
    assert_only(
        &text,
        "68:11: the path `/permission//grant` of operation `grant` has an empty segment (`//` or a trailing `/`)",
    );
}

#[test]
fn path_with_dot_dot_segment() {
    let text = with("path: /permission/grant", "path: /permission/../grant");
    assert_only(
        &text,
        "68:11: the path `/permission/../grant` of operation `grant` has a `..` segment",
    );
}

#[test]
fn path_without_leading_slash() {
    let text = with("path: /permission/grant", "path: permission/grant");
    assert_only(
        &text,
        "68:11: the path `permission/grant` of operation `grant` must start with `/`",
    );
}

// ---------------------------------------------------------------------------------------------
// Duplicate names
// ---------------------------------------------------------------------------------------------

#[test]
fn duplicate_yaml_key() {
    // The second `drive-id` is inserted after line 34, so on line 35.
    let text = with(
        "      item-id: The item.\n",
        "      item-id: The item.\n      drive-id: The drive, again.\n",
    );
    assert_only(
        &text,
        "35:7: duplicate key `drive-id` (first written at 33:7)",
    );
}

#[test]
fn variant_parameters_colliding_after_case_conversion() {
    // `driveId` is inserted after line 33, so on line 34.
    let text = edit(&[
        (
            "\"/drives/{drive-id}/items/{item-id}\"",
            "\"/drives/{drive-id}/items/{item-id}/{driveId}\"",
        ),
        (
            "      drive-id: The drive.\n",
            "      drive-id: The drive.\n      driveId: The drive, again.\n",
        ),
    ]);
    assert_only(
        &text,
        "34:7: parameter `driveId` of path variant `drive` and parameter `drive-id` of path variant `drive` (at 33:7) both become the Rust name `drive_id`; rename one of them",
    );
}

/// An operation parameter that takes the Rust name of a parameter of one of its variants: the
/// endpoint function would have two arguments of one name.
fn operation_parameter_like_variant_parameter() -> String {
    with(
        "    path: \"/permissions/{perm-id}\"\n    parameters:\n      perm-id: The permission.\n",
        "    path: \"/permissions/{driveId}\"\n    parameters:\n      driveId: The permission.\n",
    )
}

#[test]
fn operation_parameter_colliding_with_variant_parameter_is_found() {
    // Reported where the operation names the variant: line 48, `    variants: [` is 15
    // characters.
    let all = refused(&operation_parameter_like_variant_parameter());
    assert_eq!(all.len(), 1, "{all:#?}");
    assert!(
        all[0].starts_with("48:16: parameter `driveId` of operation `get` and parameter `drive-id` of path variant `drive` (at "),
        "{all:#?}"
    );
    assert!(
        all[0].ends_with(") both become the Rust name `drive_id`; rename one of them"),
        "{all:#?}"
    );
}

#[test]
fn operation_parameter_colliding_with_variant_parameter_names_its_place() {
    assert_only(
        &operation_parameter_like_variant_parameter(),
        "48:16: parameter `driveId` of operation `get` and parameter `drive-id` of path variant `drive` (at 33:7) both become the Rust name `drive_id`; rename one of them",
    );
}

#[test]
fn properties_colliding_after_case_conversion() {
    // `web_url` is inserted after line 27, so on line 28.
    let text = with(
        "        description: A URL of the item.\n",
        "        description: A URL of the item.\n      web_url:\n        type: String\n        description: The same URL.\n",
    );
    assert_first(
        &text,
        "28:7: property `web_url` of resource `permission` and property `webUrl` of resource `permission` (at 25:7) both become the Rust name `web_url`; rename one of them",
    );
}

#[test]
fn properties_colliding_are_reported_once() {
    let text = with(
        "        description: A URL of the item.\n",
        "        description: A URL of the item.\n      web_url:\n        type: String\n        description: The same URL.\n",
    );
    assert_only(
        &text,
        "28:7: property `web_url` of resource `permission` and property `webUrl` of resource `permission` (at 25:7) both become the Rust name `web_url`; rename one of them",
    );
}

#[test]
fn resources_colliding_after_case_conversion() {
    // Two resources inserted after line 27: `itemReference` on line 28, `ItemReference` on 34.
    let text = with(
        "variants:\n",
        r#"  itemReference:
    description: A reference to an item.
    properties:
      id:
        type: String
        description: The identifier of the item.
  ItemReference:
    description: The same reference, capitalised.
    properties:
      id:
        type: String
        description: The identifier of the item.
variants:
"#,
    );
    assert_only(
        &text,
        "34:3: resource `ItemReference` and resource `itemReference` (at 28:3) both become the Rust name `ItemReference`; rename one of them",
    );
}

#[test]
fn enum_values_colliding_after_case_conversion() {
    // Inserted after line 13: `sp.owner` on line 14, `spOwner` on line 15.
    let text = with(
        "      write: Write access.\n",
        "      write: Write access.\n      sp.owner: Owner.\n      spOwner: Owner, again.\n",
    );
    assert_only(
        &text,
        "15:7: value `spOwner` of enum `role` and value `sp.owner` of enum `role` (at 14:7) both become the Rust name `SpOwner`; rename one of them",
    );
}

#[test]
fn enum_value_colliding_with_the_unknown_variant() {
    // Inserted after line 13, so on line 14; the enum itself is on line 9.
    let text = with(
        "      write: Write access.\n",
        "      write: Write access.\n      unknown: A value called unknown.\n",
    );
    assert_only(
        &text,
        "14:7: value `unknown` of enum `role` and the variant of enum `role` that keeps values the spec does not know (at 9:3) both become the Rust name `Unknown`; rename one of them",
    );
}

#[test]
fn endpoint_functions_colliding_through_variants() {
    // A variant `Drive` (5 lines) is inserted after line 34, so `get`'s variants move from
    // line 48 to 53: `    variants: [drive, ` is 22 characters.
    let text = edit(&[
        (
            "  shares:\n",
            "  Drive:\n    description: The same drive, capitalised.\n    path: \"/drive/items/{item-id}\"\n    parameters:\n      item-id: The item.\n  shares:\n",
        ),
        ("    variants: [drive]\n", "    variants: [drive, Drive]\n"),
    ]);
    assert_only(
        &text,
        "53:23: operation `get` through path variant `Drive` and operation `get` through path variant `drive` (at 53:16) both become the Rust name `get_drive`; rename one of them",
    );
}

#[test]
fn endpoint_functions_colliding_through_operations() {
    // `get` through `drive-shares` and `getDrive` through `shares` are both
    // `get_drive_shares`. The variant `drive-shares` (5 lines) is inserted after line 39:
    // `get`'s variants move to line 53, the former `grant`'s to line 74.
    let text = edit(&[
        (
            "      share-id: The sharing token.\n",
            "      share-id: The sharing token.\n  drive-shares:\n    description: A shared item, again.\n    path: \"/drive-shares/{share-id}\"\n    parameters:\n      share-id: The sharing token.\n",
        ),
        ("    variants: [drive]\n", "    variants: [drive, drive-shares]\n"),
        ("  grant:\n", "  getDrive:\n"),
        ("    variants: [drive, shares]\n", "    variants: [shares]\n"),
    ]);
    assert_only(
        &text,
        "74:16: operation `getDrive` through path variant `shares` and operation `get` through path variant `drive-shares` (at 53:23) both become the Rust name `get_drive_shares`; rename one of them",
    );
}

#[test]
fn variant_name_without_letters() {
    // The variant `shares` (line 35) is renamed `--`.
    let text = edit(&[
        ("  shares:\n", "  \"--\":\n"),
        ("[drive, shares]", "[drive, \"--\"]"),
    ]);
    assert_only(
        &text,
        "35:3: path variant `--` has no letter or digit to make a Rust name from",
    );
}

#[test]
fn property_name_without_letters() {
    // `webUrl` (line 25) is renamed `...`.
    let text = with("      webUrl:\n", "      \"...\":\n");
    assert_only(
        &text,
        "25:7: property `...` has no letter or digit to make a Rust name from",
    );
}

#[test]
fn operation_named_like_the_scope_enum() {
    // `grant` (line 64) is renamed `scope`. The generated enum of scopes comes from the
    // `scopes:` key (5:1).
    let text = with("  grant:\n", "  scope:\n");
    assert_only(
        &text,
        "64:3: operation `scope` and the enum of scopes (at 5:1) both become the Rust name `Scope`; rename one of them",
    );
}

#[test]
fn resource_named_like_select_enum() {
    // A resource `permissionField` inserted after line 27 (on line 28, 6 lines) takes the
    // name of the `$select` enum of `permission`, claimed at `get`'s `$select` (54 + 6 = 60).
    let text = with(
        "variants:\n",
        "  permissionField:\n    description: A field.\n    properties:\n      id:\n        type: String\n        description: The id.\nvariants:\n",
    );
    assert_only(
        &text,
        "60:7: the `$select` fields of resource `permission` and resource `permissionField` (at 28:3) both become the Rust name `PermissionField`; rename one of them",
    );
}

#[test]
fn variant_listed_twice() {
    let text = with("variants: [drive, shares]", "variants: [drive, drive]");
    assert_only(
        &text,
        "69:23: operation `grant` lists path variant `drive` twice",
    );
}

#[test]
fn header_listed_twice_in_another_case() {
    // Inserted after line 73, so on line 74.
    let text = with(
        "        description: Bearer token.\n",
        "        description: Bearer token.\n      authorization:\n        description: The same header.\n",
    );
    assert_only(
        &text,
        "74:7: operation `grant` lists header `authorization` twice (header names ignore case)",
    );
}

// ---------------------------------------------------------------------------------------------
// Scopes
// ---------------------------------------------------------------------------------------------

#[test]
fn missing_permission_type_row() {
    // The `application` row (line 89) is removed; a missing row is reported at the
    // `scopes:` key that owns the table (86:5).
    let text = with("      application: [Files.ReadWrite]\n", "");
    assert_only(
        &text,
        "86:5: the scopes of operation `grant` have no row for `application`; give every permission type its scopes, or `not supported`",
    );
}

#[test]
fn unknown_permission_type() {
    // A typo both names an unknown type (line 89) and leaves `application` without a row,
    // reported at the place of the scopes mapping (87:21, as in `missing_permission_type_row`).
    let text = with(
        "      application: [Files.ReadWrite]",
        "      app-only: [Files.ReadWrite]",
    );
    assert_diagnostics(
        &text,
        &[
            "86:5: the scopes of operation `grant` have no row for `application`; give every permission type its scopes, or `not supported`",
            "89:7: the scopes of operation `grant` name permission type `app-only`; expected `delegated-work`, `delegated-personal`, `application`",
        ],
    );
}

#[test]
fn empty_scope_list() {
    let text = with(
        "      application: [Files.ReadWrite]",
        "      application: []",
    );
    assert_only(
        &text,
        "89:7: the `application` scopes of operation `grant` are an empty list; write `not supported` if this permission type cannot call it",
    );
}

#[test]
fn unknown_scope() {
    // Line 89, `      application: [` is 20 characters.
    let text = with(
        "      application: [Files.ReadWrite]",
        "      application: [Files.ReadWrite.All]",
    );
    assert_only(
        &text,
        "89:21: operation `grant` requires scope `Files.ReadWrite.All`, which `scopes` does not define (defined: Files.Read, Files.ReadWrite)",
    );
}

#[test]
fn scope_listed_twice() {
    // Line 87, `      delegated-work: [Files.ReadWrite, ` is 40 characters.
    let text = with(
        "      delegated-work: [Files.ReadWrite]",
        "      delegated-work: [Files.ReadWrite, Files.ReadWrite]",
    );
    assert_only(
        &text,
        "87:41: the `delegated-work` scopes of operation `grant` list `Files.ReadWrite` twice",
    );
}

#[test]
fn scope_row_neither_list_nor_not_supported() {
    let text = with(
        "      application: [Files.ReadWrite]",
        "      application: none",
    );
    assert_only(
        &text,
        "89:20: expected a list of scopes (least privileged first) or `not supported` for the `application` scopes of operation `grant`, found `none`",
    );
}

// ---------------------------------------------------------------------------------------------
// Operations
// ---------------------------------------------------------------------------------------------

#[test]
fn empty_variant_list() {
    let text = with("variants: [drive, shares]", "variants: []");
    assert_only(
        &text,
        "69:5: operation `grant` has no path variants; list at least one",
    );
}

#[test]
fn invalid_http_method() {
    // Line 67, `    method: ` is 12 characters.
    let text = with("method: POST", "method: FETCH");
    assert_only(
        &text,
        "67:13: operation `grant` has the HTTP method `FETCH`; expected one of: GET, POST, PUT, PATCH, DELETE",
    );
}

#[test]
fn unknown_response_shape_without_type() {
    // Without a `type`, only the shape is reported. `type` (line 82) is removed: the shape
    // moves to line 82.
    let text = with(
        "      type: permission\n      shape: collection",
        "      shape: collections",
    );
    assert_only(
        &text,
        "82:14: the response of operation `grant` has shape `collections`; expected `single`, `collection` or `none`",
    );
}

#[test]
fn single_response_without_type() {
    // `get`'s `type` (line 56) is removed: its `$select` (line 54) has nothing to select from
    // either. The response's mapping now starts with `      shape` (11 characters) on line 56.
    let text = with(
        "      type: permission\n      shape: single\n",
        "      shape: single\n",
    );
    assert_diagnostics(
        &text,
        &[
            "54:7: operation `get` offers `$select` but returns no resource to select from",
            "55:5: the response of operation `get` has no `type`; a `single` response needs one",
        ],
    );
}

#[test]
fn select_without_response_resource() {
    // `get`'s response loses its type (line 56 removed) and becomes `none`; `$select` stays on
    // line 54.
    let text = with(
        "      type: permission\n      shape: single\n      statuses:\n        200: The permission.\n",
        "      shape: none\n      statuses:\n        204: Nothing.\n",
    );
    assert_only(
        &text,
        "54:7: operation `get` offers `$select` but returns no resource to select from",
    );
}

#[test]
fn unknown_query_option() {
    let text = with(
        "      $select: The properties to return.",
        "      $format: The properties to return.",
    );
    assert_only(
        &text,
        "54:7: query option `$format` of operation `get` is not one the client supports (supported: $select, $filter, $count, $top, $skip, $orderby, $expand, $search)",
    );
}

#[test]
fn unknown_header() {
    let text = with("      Authorization:\n", "      X-Request-Id:\n");
    assert_only(
        &text,
        "71:7: header `X-Request-Id` of operation `grant` is not one the client knows how to send (known: Authorization, Content-Type, if-match, if-none-match, Prefer, ConsistencyLevel)",
    );
}

#[test]
fn conditional_header_with_wrong_status() {
    // Line 52, `        status: ` is 16 characters.
    let text = with("        status: 304", "        status: 412");
    assert_only(
        &text,
        "52:17: header `if-none-match` of operation `get` makes Graph answer 304, not 412",
    );
}

#[test]
fn status_on_a_header_that_is_not_conditional() {
    // Inserted after line 73, so on line 74.
    let text = with(
        "        description: Bearer token.\n",
        "        description: Bearer token.\n        status: 401\n",
    );
    assert_only(
        &text,
        "74:17: header `Authorization` of operation `grant` is not conditional; remove its `status`",
    );
}

#[test]
fn conditional_header_required() {
    // Inserted after line 50, so `if-none-match` stays on line 50.
    let text = with(
        "      if-none-match:\n",
        "      if-none-match:\n        required: true\n",
    );
    assert_only(
        &text,
        "50:7: header `if-none-match` of operation `get` is conditional, so it cannot be required",
    );
}

#[test]
fn response_status_not_a_success() {
    // Line 85, `        ` is 8 characters.
    let text = with(
        "        200: The permissions.",
        "        404: The permissions.",
    );
    assert_only(
        &text,
        "85:9: status 404 of operation `grant` is not a success status (200 to 299)",
    );
}

#[test]
fn unknown_response_shape() {
    // Line 83, `      shape: ` is 13 characters.
    let text = with("shape: collection", "shape: collections");
    assert_only(
        &text,
        "83:14: the response of operation `grant` has shape `collections`; expected `single`, `collection` or `none`",
    );
}

// ---------------------------------------------------------------------------------------------
// YAML and the shape of the spec
// ---------------------------------------------------------------------------------------------

#[test]
fn yaml_syntax_error() {
    // `: ` inside a plain value. Line 66, `    description: Grant users access` is 35
    // characters: the second colon is at column 36.
    let text = with(
        "    description: Grant users access to a link.",
        "    description: Grant users access: to a link.",
    );
    assert_only(
        &text,
        "66:36: YAML syntax error: mapping values are not allowed in this context",
    );
}

#[test]
fn unknown_key() {
    // Line 21, `        ` is 8 characters.
    let text = with("        read_only: true", "        readonly: true");
    assert_only(
        &text,
        "21:9: unknown key `readonly` in property `id` of resource `permission`; expected one of: type, description, read_only, deprecated, versions",
    );
}

#[test]
fn unknown_key_typo_of_a_required_key() {
    // Line 67, `    ` is 4 characters.
    let text = with("    method: POST", "    methd: POST");
    assert_only(
        &text,
        "67:5: unknown key `methd` in operation `grant`; expected one of: summary, description, method, path, parameters, variants, versions, headers, query, body, response, scopes",
    );
}

#[test]
fn missing_required_key() {
    // Line 65 (`summary`) is removed; a missing key is reported at the key that owns the
    // mapping, `grant:` (64:3).
    let text = with("    summary: Grant access\n", "");
    assert_only(
        &text,
        "64:3: operation `grant` is missing the key `summary`",
    );
}

#[test]
fn problems_with_a_whole_mapping_point_at_its_key() {
    // An enum without values is reported at `values:` (line 11), empty `info.versions` at
    // `versions:` (line 4).
    let text = edit(&[
        ("      read: Read access.\n      write: Write access.\n", ""),
        ("  versions: [v1.0, beta]", "  versions: []"),
    ]);
    let all = refused(&text);
    assert!(
        all.contains(&"11:5: enum `role` has no values".to_owned()),
        "{all:#?}"
    );
    assert!(
        all.contains(
            &"4:3: `versions` of `info` is empty; list the API versions, the stable one first"
                .to_owned()
        ),
        "{all:#?}"
    );
}

#[test]
fn empty_summary() {
    let text = with("    summary: Grant access\n", "    summary:\n");
    assert_only(&text, "65:5: `summary` of operation `grant` is empty");
}

#[test]
fn empty_method() {
    // `method:` on line 67 has no value: reported at its key, not at the next token, where
    // the YAML parser places an empty value.
    let text = with("    method: POST\n", "    method:\n");
    assert_only(
        &text,
        "67:5: `method` of operation `grant` is empty; expected a name",
    );
}

#[test]
fn empty_value_on_the_last_line_points_at_its_key() {
    // `application:` on line 89, the last, has no value; the parser would place it past the end.
    let text = with(
        "      application: [Files.ReadWrite]\n",
        "      application:\n",
    );
    assert_only(
        &text,
        "89:7: expected a list of scopes (least privileged first) or `not supported` for the `application` scopes of operation `grant`, found nothing",
    );
}

#[test]
fn empty_statuses() {
    // The only status (line 85) is removed, leaving `statuses:` empty on line 84.
    let text = with("        200: The permissions.\n", "");
    assert_only(
        &text,
        "84:7: the response of operation `grant` has no statuses; list the success statuses",
    );
}

#[test]
fn empty_statuses_mapping() {
    // `statuses: {}` replaces lines 84-85; reported at the `statuses` key (84:7).
    let text = with(
        "      statuses:\n        200: The permissions.\n",
        "      statuses: {}\n",
    );
    assert_only(
        &text,
        "84:7: the response of operation `grant` has no statuses; list the success statuses",
    );
}

#[test]
fn list_where_a_string_is_expected() {
    // Line 65, `    summary: ` is 13 characters.
    let text = with("    summary: Grant access", "    summary: [Grant, access]");
    assert_only(
        &text,
        "65:14: expected a single value for `summary` of operation `grant`, found a list",
    );
}

#[test]
fn not_a_boolean() {
    // Line 21, `        read_only: ` is 19 characters.
    let text = with("        read_only: true", "        read_only: maybe");
    assert_only(
        &text,
        "21:20: expected `true` or `false` for `read_only` of property `id` of resource `permission`, found `maybe`",
    );
}

#[test]
fn anchor_refused() {
    // Line 16, `    description: &text ` is 23 characters: the YAML parser marks the anchored
    // value (column 24), not the `&` (column 18). Same line, so good enough.
    let text = with(
        "    description: A sharing permission.",
        "    description: &text A sharing permission.",
    );
    assert_only(
        &text,
        "16:24: YAML anchors and aliases are not allowed in a spec; write the value out",
    );
}

#[test]
fn anchor_and_alias_refused_at_the_anchor() {
    // The anchor (line 16) is refused before its alias (line 37) is read.
    let text = edit(&[
        (
            "    description: A sharing permission.",
            "    description: &text A sharing permission.",
        ),
        ("    description: A shared item.", "    description: *text"),
    ]);
    assert_only(
        &text,
        "16:24: YAML anchors and aliases are not allowed in a spec; write the value out",
    );
}

#[test]
fn alias_without_anchor() {
    // Line 16, `    description: ` is 17 characters: the alias starts at column 18.
    let text = with(
        "    description: A sharing permission.",
        "    description: *text",
    );
    assert_only(
        &text,
        "16:18: YAML syntax error: while parsing node, found unknown anchor",
    );
}

#[test]
fn yaml_tag_refused() {
    // Line 65, `    summary: !str ` is 18 characters: the tagged value starts at column 19.
    let text = with(
        "    summary: Grant access",
        "    summary: !str Grant access",
    );
    assert_only(
        &text,
        "65:19: YAML tags (`!name`) are not allowed in a spec",
    );
}

#[test]
fn tab_indentation() {
    let text = with("    summary: Grant access", "\tsummary: Grant access");
    assert_only(
        &text,
        "65:1: YAML syntax error: a tab in the indentation; YAML indents with spaces only",
    );
}

#[test]
fn top_level_not_a_mapping() {
    assert_only(
        "- info\n- scopes\n",
        "1:1: the spec must be a YAML mapping with the keys `info`, `scopes`, `enums`, `resources` and `families` (or, in the old form, `variants` and `operations`)",
    );
}

#[test]
fn empty_spec() {
    assert_only("", "1:1: the spec is empty; expected a YAML mapping with the keys `info`, `scopes`, `enums`, `resources` and `families` (or, in the old form, `variants` and `operations`)");
}

#[test]
fn unknown_top_level_key() {
    // Appended after line 89, so on line 90.
    let text = format!("{BASE}servers: []\n");
    assert_only(
        &text,
        "90:1: unknown key `servers` in the spec; expected one of: info, sources, scopes, enums, resources, families, variants, operations",
    );
}

#[test]
fn second_yaml_document() {
    // Appended after line 89: `---` on line 90.
    let text = format!("{BASE}---\nservers: [\n");
    assert_only(
        &text,
        "90:1: a spec is one YAML document, but a second one starts here",
    );
}

#[test]
fn unknown_api_version() {
    // Line 4, `  versions: [v1.0, ` is 19 characters.
    let text = with("versions: [v1.0, beta]", "versions: [v1.0, v2]");
    assert_only(
        &text,
        "4:20: unknown API version `v2`; Microsoft Graph has: v1.0, beta",
    );
}

// ---------------------------------------------------------------------------------------------
// Rust keywords are names like any other
// ---------------------------------------------------------------------------------------------

#[test]
fn rust_keywords_as_names_are_fine() {
    // A resource `self` with a property `type`, and a property `type` of type `self`.
    let text = edit(&[
        (
            "        description: A URL of the item.\n",
            "        description: A URL of the item.\n      type:\n        type: self\n        description: A property named like a keyword.\n",
        ),
        (
            "variants:\n",
            "  self:\n    description: A resource named like a keyword.\n    properties:\n      type:\n        type: String\n        description: A property named like a keyword.\nvariants:\n",
        ),
    ]);
    let model = parse(&text).unwrap_or_else(|d| panic!("refused: {d:#?}"));
    let api = graph_permissions_codegen::api(&model);
    let permission = &api.structs[0];
    let keyword = permission.fields.last().unwrap();
    assert_eq!(
        (keyword.wire.as_str(), keyword.ident.as_str()),
        ("type", "r#type")
    );
    let self_ = &api.structs[1];
    assert_eq!(
        (self_.wire.as_str(), self_.ident.as_str()),
        ("self", "Self_")
    );
    assert_eq!(self_.fields.first().unwrap().ident, "r#type");
    // And the generated code parses.
    for module in emit(&api, &EmitOptions::default()) {
        if let Err(e) = syn::parse2::<syn::File>(module.tokens.clone()) {
            panic!("module `{}` does not parse: {e}", module.name);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Resources: deprecation, facets, inheritance
// ---------------------------------------------------------------------------------------------

#[test]
fn deprecated_in_favour_of_a_missing_property() {
    // Inserted after line 27: `deprecated:` on line 28, `replacement:` on line 29;
    // `          replacement: ` is 23 characters.
    let text = with(
        "        description: A URL of the item.\n",
        "        description: A URL of the item.\n        deprecated:\n          replacement: webLink\n",
    );
    assert_only(
        &text,
        "29:24: property `webUrl` of resource `permission` is deprecated in favour of `webLink`, which resource `permission` does not have",
    );
}

#[test]
fn facet_naming_a_missing_property() {
    // Inserted after line 27: `facets:` on line 28, `- property: link` on line 29;
    // `      - property: ` is 18 characters.
    let text = with(
        "variants:\n",
        "    facets:\n      - property: link\n        kind: link\n        description: A sharing link.\nvariants:\n",
    );
    assert_only(
        &text,
        "29:19: a facet of resource `permission` names property `link`, which resource `permission` does not have (it has: id, roles, webUrl)",
    );
}

#[test]
fn one_of_naming_a_missing_property() {
    // Inserted after line 16, so on line 17; `    one_of: [id, ` is 17 characters.
    let text = with(
        "    description: A sharing permission.\n",
        "    description: A sharing permission.\n    one_of: [id, email]\n",
    );
    assert_only(
        &text,
        "17:18: `one_of` of resource `permission` names property `email`, which resource `permission` does not have (it has: id, roles, webUrl)",
    );
}

#[test]
fn extends_a_missing_resource() {
    // Inserted after line 16, so on line 17; `    extends: ` is 13 characters.
    let text = with(
        "    description: A sharing permission.\n",
        "    description: A sharing permission.\n    extends: identitySet\n",
    );
    assert_only(
        &text,
        "17:14: resource `permission` extends `identitySet`, which is not a resource (resources: permission)",
    );
}

#[test]
fn extends_itself() {
    let text = with(
        "    description: A sharing permission.\n",
        "    description: A sharing permission.\n    extends: permission\n",
    );
    assert_only(
        &text,
        "17:14: resource `permission` extends itself through `permission`",
    );
}

#[test]
fn extends_cycle() {
    // `permission` extends `identity` (inserted as line 17), `identity` (inserted after the
    // former line 27, now 28: on lines 29 to 35) extends `permission` on line 31. Each
    // resource's cycle is reported where it closes.
    let text = edit(&[
        (
            "    description: A sharing permission.\n",
            "    description: A sharing permission.\n    extends: identity\n",
        ),
        (
            "variants:\n",
            "  identity:\n    description: An identity.\n    extends: permission\n    properties:\n      displayName:\n        type: String\n        description: The display name.\nvariants:\n",
        ),
    ]);
    assert_diagnostics(
        &text,
        &[
            "17:14: resource `identity` extends itself through `identity` → `permission`",
            "31:14: resource `permission` extends itself through `permission` → `identity`",
        ],
    );
}

#[test]
fn property_named_extra() {
    // Inserted after line 27, so on line 28.
    let text = with(
        "        description: A URL of the item.\n",
        "        description: A URL of the item.\n      extra:\n        type: String\n        description: More.\n",
    );
    assert_only(
        &text,
        "28:7: property `extra` of resource `permission` becomes the Rust field `extra`, which every generated struct uses for the JSON properties the spec does not know; rename it",
    );
}

// ---------------------------------------------------------------------------------------------
// Several mistakes
// ---------------------------------------------------------------------------------------------

#[test]
fn two_independent_mistakes_are_both_reported_in_file_order() {
    // A body field type on line 78 and the response type on line 82 of the same operation:
    // the validator reads the response before the body, the report is in file order.
    let text = edit(&[
        (
            "          type: Collection(role)",
            "          type: Collection(rol)",
        ),
        (
            "      type: permission\n      shape: collection",
            "      type: permision\n      shape: collection",
        ),
    ]);
    assert_diagnostics(
        &text,
        &[
            &format!("78:17: body field `roles` of operation `grant` has type `rol`, which is not defined (known types: {KNOWN_TYPES})"),
            "82:13: the response of operation `grant` has type `permision`, which is not a resource (resources: permission)",
        ],
    );
}

#[test]
fn mistakes_in_different_sections_are_all_reported_in_file_order() {
    let text = edit(&[
        ("method: POST", "method: FETCH"),
        (
            "        type: String\n        description: A URL of the item.",
            "        type: identitySett\n        description: A URL of the item.",
        ),
        ("variants: [drive]\n", "variants: [drives]\n"),
    ]);
    assert_diagnostics(
        &text,
        &[
            &format!("26:15: property `webUrl` of resource `permission` has type `identitySett`, which is not defined (known types: {KNOWN_TYPES})"),
            "48:16: operation `get` uses path variant `drives`, which is not defined (defined: drive, shares)",
            "67:13: operation `grant` has the HTTP method `FETCH`; expected one of: GET, POST, PUT, PATCH, DELETE",
        ],
    );
}

// ---------------------------------------------------------------------------------------------
// Text as YAML writes it: what is accepted, and what each becomes
// ---------------------------------------------------------------------------------------------

/// The doc lines of the files the generator writes for a spec (`///` and `//!`, without them).
fn docs(text: &str) -> Vec<String> {
    let generated = graph_permissions_codegen::Generator::new()
        .render_text(text)
        .unwrap_or_else(|e| panic!("the spec is refused: {e}"));
    let mut out = Vec::new();
    for file in &generated.files {
        // A CR alone is a line break to rustc's lexer too: split there, and say so below.
        for line in file.contents.split('\n') {
            let line = line.trim_start();
            if let Some(doc) = line
                .strip_prefix("///")
                .or_else(|| line.strip_prefix("//!"))
            {
                out.push(doc.to_owned());
            }
        }
    }
    out
}

#[test]
fn a_byte_order_mark_is_accepted_and_places_stay_where_an_editor_shows_them() {
    let text = format!("\u{feff}{BASE}");
    assert_eq!(parse(&text).map(|m| m.operations.len()).ok(), Some(2));
    // A mistake on line 1 is at the column an editor shows, the mark not counted.
    let mistake = format!("\u{feff}{}", with("info:", "infos:"));
    assert_first(&mistake, "1:1: unknown key `infos` in the spec; expected one of: info, sources, scopes, enums, resources, families, variants, operations");
}

#[test]
fn a_tab_after_a_key_is_a_separator_and_a_tab_in_a_text_stays() {
    let text = edit(&[
        (
            "  title: Sharing permissions",
            "  title:\tSharing permissions",
        ),
        ("    method: GET", "    method:\t\tGET"),
        (
            "        description: A URL of the item.",
            "        description:\t\"A URL:\tof the item.\"",
        ),
    ]);
    let docs = docs(&text);
    assert!(
        docs.iter().any(|d| d.contains("A URL:\tof the item.")),
        "{docs:#?}"
    );
    assert!(
        docs.iter().any(|d| d.contains("Sharing permissions")),
        "{docs:#?}"
    );
}

#[test]
fn a_cr_in_a_text_is_a_line_break_and_no_doc_line_holds_one() {
    let text = with(
        "        description: A URL of the item.",
        "        description: \"A URL\\rof the\\r\\nitem\\x85here.\"",
    );
    let docs = docs(&text);
    assert!(
        docs.iter()
            .all(|d| !d.contains('\r') && !d.contains('\u{85}')),
        "{docs:#?}"
    );
    for line in [" A URL", " of the", " item", " here."] {
        assert!(
            docs.iter().any(|d| d.ends_with(line)),
            "no doc line `{line}`: {docs:#?}"
        );
    }
}

#[test]
fn null_is_nothing_and_a_quoted_tilde_is_text() {
    // `headers: ~` is no headers, as `headers:` is.
    let text = with(
        "    query:\n      $select: The properties to return.\n",
        "    query: ~\n",
    );
    assert!(parse(&text).is_ok(), "{:?}", diagnostics(&text));
    let text = with(
        "        description: A URL of the item.",
        "        description: \"~\"",
    );
    assert!(
        docs(&text).iter().any(|d| d.ends_with(": ~")),
        "{:?}",
        docs(&text)
    );
    // A description written `NULL` is no description (descriptions may be left out); a
    // summary must be written.
    let text = with("description: Read one permission.", "description: NULL");
    assert!(parse(&text).is_ok(), "{:?}", diagnostics(&text));
    assert!(
        docs(&text).iter().all(|d| !d.contains("NULL")),
        "{:?}",
        docs(&text)
    );
    assert_only(
        &with("summary: Get a permission", "summary: NULL"),
        "42:14: `summary` of operation `get` is `NULL`, which YAML reads as null (nothing); expected a value (write `\"NULL\"`, quoted, if `NULL` is meant)",
    );
}

#[test]
fn rustc_s_bidirectional_controls_are_refused_and_the_marks_it_allows_are_kept() {
    for c in [
        '\u{202a}', '\u{202b}', '\u{202c}', '\u{202d}', '\u{202e}', '\u{2066}', '\u{2067}',
        '\u{2068}', '\u{2069}',
    ] {
        let text = with(
            "      read: Read access.",
            &format!("      read: Read {c}access."),
        );
        assert_only(
            &text,
            &format!("12:18: U+{:04X} here is a bidirectional text control, which rustc refuses in the comments and strings of generated code (it can make code read in another order than it runs); remove it", c as u32),
        );
    }
    let text = with(
        "      read: Read access.",
        "      read: Read \u{200e}\u{200f}\u{61c}access.",
    );
    assert!(docs(&text)
        .iter()
        .any(|d| d.contains("Read \u{200e}\u{200f}\u{61c}access.")));
}
