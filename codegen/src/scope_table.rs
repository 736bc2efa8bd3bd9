//! The scopes every operation needs, as a Markdown table: printed by `codegen scopes`, and
//! kept in the README between two markers by `codegen generate` (and checked by `check`).

use crate::model::{Model, OperationId, PermissionType, ScopeRow};

/// The line before the table in the README.
pub const START: &str =
    "<!-- scope-table: written by `codegen generate` from the spec; do not edit -->";
/// The line after it.
pub const END: &str = "<!-- /scope-table -->";

/// Operations × permission types, scopes least privileged first (the least in bold). An
/// operation is named `family.operation` (`driveItem.list`), or by its name alone in the old
/// form. `ops` (qualified names, or a name alone that one family has) and `types`
/// (`delegated-work`, `delegated-personal`, `application`) narrow the table.
pub fn markdown(
    model: &Model,
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
    let rows: Vec<OperationId> = match ops {
        None => model.operations.ids().collect(),
        Some(ops) => ops
            .iter()
            .map(|name| model.find_operation(name))
            .collect::<Result<_, _>>()?,
    };
    let mut out = String::from("| Operation |");
    for &c in &columns {
        out.push_str(&format!(" {} |", c.label()));
    }
    out.push_str("\n|---|");
    out.push_str(&"---|".repeat(columns.len()));
    out.push('\n');
    for &r in &rows {
        let op = &model.operations[r];
        out.push_str(&format!("| `{}` |", cell(&model.qualified_name(op))));
        for &c in &columns {
            let mut cell = match &op.scopes[c.index()] {
                ScopeRow::NotSupported => "Not supported".to_owned(),
                ScopeRow::Scopes(list) => list
                    .iter()
                    .enumerate()
                    .map(|(i, &s)| {
                        let wire = cell(&model.scopes[s].wire);
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
                cell.push_str(&not_through_signed_in_user(model, r));
            }
            out.push_str(&format!(" {cell} |"));
        }
        out.push('\n');
    }
    Ok(out)
}

/// ` (not through `me`, `me-by-path`)`: the variants of an operation whose path names the
/// signed-in user, which application permissions cannot reach; empty when there are none.
fn not_through_signed_in_user(model: &Model, op: OperationId) -> String {
    let variants: Vec<String> = model.operations[op]
        .endpoints
        .iter()
        .map(|e| &model.variants[e.variant])
        .filter(|v| v.signed_in_user)
        .map(|v| format!("`{}`", cell(&v.wire)))
        .collect();
    if variants.is_empty() {
        String::new()
    } else {
        format!(" (not through {}: no signed-in user)", variants.join(", "))
    }
}

/// Text for a Markdown table cell: a `|`, even inside a code span, would end the cell.
pub(crate) fn cell(text: &str) -> String {
    text.replace('|', "\\|")
}

/// The README with the table between the markers replaced; `None` when it has no markers.
pub fn splice(readme: &str, table: &str) -> Option<String> {
    let start = readme.find(START)?;
    let after_start = start + START.len();
    let end = after_start + readme[after_start..].find(END)?;
    Some(format!(
        "{}\n\n{table}\n{}",
        &readme[..after_start],
        &readme[end..]
    ))
}
