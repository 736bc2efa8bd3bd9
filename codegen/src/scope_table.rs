//! The permission table: the scopes that allow each operation, per permission type, least
//! privileged first. It is read from the [`Api`] and written here only, in its two shapes:
//!
//! - the spec's table, operations × permission types ([`markdown`]): printed by
//!   `codegen scopes`, and kept between two markers of a Markdown file (the project's
//!   `docs/least-privilege.md`) by `codegen generate` (and checked by `check`);
//! - an operation's table, permission types × scopes (`operation_doc`): in the docs of its
//!   marker type and of each endpoint function.

use crate::model::{PermissionType, ScopeRow};
use crate::surface::api::{Api, OperationItem};

/// The line before the table in the Markdown file that shows it.
pub const START: &str =
    "<!-- scope-table: written by `codegen generate` from the spec; do not edit -->";
/// The line after it.
pub const END: &str = "<!-- /scope-table -->";

/// What a cell says when the permission type cannot call the operation.
const NOT_SUPPORTED: &str = "Not supported";

/// The scopes of one row, least privileged first; `None` when the permission type cannot
/// call the operation.
pub(crate) fn scopes<'a>(api: &'a Api, row: &ScopeRow) -> Option<Vec<&'a str>> {
    match row {
        ScopeRow::NotSupported => None,
        ScopeRow::Scopes(list) => Some(list.iter().map(|&s| api.scopes[s].wire.as_str()).collect()),
    }
}

/// Operations × permission types, scopes least privileged first (the least in bold). An
/// operation is named `family.operation` (`driveItem.list`), or by its name alone in the old
/// form. `ops` (qualified names, or a name alone that one family has) and `types`
/// (`delegated-work`, `delegated-personal`, `application`) narrow the table.
pub fn markdown(
    api: &Api,
    ops: Option<&[String]>,
    types: Option<&[String]>,
) -> Result<String, String> {
    let columns: Vec<PermissionType> = match types {
        None => PermissionType::ALL.to_vec(),
        Some(types) => types
            .iter()
            .map(|t| {
                PermissionType::parse(t).ok_or_else(|| {
                    format!(
                        "unknown permission type `{t}`; expected {}",
                        PermissionType::spellings().collect::<Vec<_>>().join(", ")
                    )
                })
            })
            .collect::<Result<_, _>>()?,
    };
    let rows: Vec<&OperationItem> = match ops {
        None => api.operations.iter().collect(),
        Some(ops) => ops
            .iter()
            .map(|name| api.find_operation(name).map(|at| &api.operations[at]))
            .collect::<Result<_, _>>()?,
    };
    let mut out = String::from("| Operation |");
    for &c in &columns {
        out.push_str(&format!(" {} |", c.label()));
    }
    out.push_str("\n|---|");
    out.push_str(&"---|".repeat(columns.len()));
    out.push('\n');
    for op in rows {
        out.push_str(&format!("| `{}` |", cell(&op.qualified_name())));
        for &c in &columns {
            let mut text = match scopes(api, &op.scopes[c.index()]) {
                None => NOT_SUPPORTED.to_owned(),
                Some(list) => list
                    .iter()
                    .enumerate()
                    .map(|(i, wire)| {
                        let wire = cell(wire);
                        if i == 0 {
                            format!("**{wire}**")
                        } else {
                            wire
                        }
                    })
                    .collect::<Vec<_>>()
                    .join(", "),
            };
            // An operation without application permissions needs no reason per variant.
            if c == PermissionType::Application && op.scopes[c.index()] != ScopeRow::NotSupported {
                text.push_str(&not_through_signed_in_user(op));
            }
            out.push_str(&format!(" {text} |"));
        }
        out.push('\n');
    }
    Ok(out)
}

/// ` (not through `me`, `me-by-path`)`: the variants of an operation whose path names the
/// signed-in user, which application permissions cannot reach; empty when there are none.
fn not_through_signed_in_user(op: &OperationItem) -> String {
    let variants: Vec<String> = op
        .endpoints
        .iter()
        .filter(|e| e.signed_in_user)
        .map(|e| format!("`{}`", cell(&e.variant)))
        .collect();
    if variants.is_empty() {
        String::new()
    } else {
        format!(" (not through {}: no signed-in user)", variants.join(", "))
    }
}

/// An operation's table, as Markdown for a doc comment. Through `signed_in_user`, a variant
/// whose path names the signed-in user, an application row that lists scopes says instead
/// why they cannot be used there.
pub(crate) fn operation_doc(api: &Api, op: &OperationItem, signed_in_user: Option<&str>) -> String {
    let mut out = String::from("| Permission type | Scopes, least privileged first |\n|---|---|\n");
    for (permission_type, row) in PermissionType::ALL.iter().zip(&op.scopes) {
        let label = permission_type.label();
        let text = match (scopes(api, row), signed_in_user) {
            (None, _) => NOT_SUPPORTED.to_owned(),
            (_, Some(variant)) if *permission_type == PermissionType::Application => {
                format!(
                    "{NOT_SUPPORTED} through `{}` (no signed-in user)",
                    cell(variant)
                )
            }
            (Some(list), _) => list
                .iter()
                .map(|wire| format!("`{}`", cell(wire)))
                .collect::<Vec<_>>()
                .join(", "),
        };
        out.push_str(&format!("| {label} | {text} |\n"));
    }
    out
}

/// Text for a Markdown table cell: a `|`, even inside a code span, would end the cell.
pub(crate) fn cell(text: &str) -> String {
    text.replace('|', "\\|")
}

/// The Markdown text with the table between the markers replaced; `None` when it has no
/// markers.
pub fn splice(text: &str, table: &str) -> Option<String> {
    let start = text.find(START)?;
    let after_start = start + START.len();
    let end = after_start + text[after_start..].find(END)?;
    Some(format!(
        "{}\n\n{table}\n{}",
        &text[..after_start],
        &text[end..]
    ))
}
