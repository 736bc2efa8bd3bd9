//! Permission tables: on the page, or in the file an `[!INCLUDE]` names, resolved relative
//! to the page. An include whose file is not there is a fact of its own, never guessed.

use std::path::{Path, PathBuf};

use super::super::page::{Page, Table};
use super::super::PageError;
use super::{ScopeRowFact, ScopesFact, Skipped};
use crate::vocab::PermissionType;

/// The three rows of a table in `PermissionType::ALL` order, and the line of each.
pub(crate) type ScopeRows = ([ScopeRowFact; 3], [usize; 3]);

/// "Permission type | Permissions (from least to most privileged)", or "… | Least privileged
/// permissions | Higher privileged permissions"; not "Permission Type | Property | Type" (a
/// body table of some update pages).
fn is_permission_header(cells: &[String]) -> bool {
    let (first, rest): (String, Vec<String>) = match cells {
        [one, two, rest @ ..] if one == "permission" && two == "type" => {
            ("permission type".to_owned(), rest.to_vec())
        }
        [one, rest @ ..] => (one.clone(), rest.to_vec()),
        [] => return false,
    };
    first.starts_with("permission type")
        && rest
            .iter()
            .any(|c| c.contains("permission") || c.contains("privileged"))
}

/// The first permission table of the page.
pub(super) fn permission_table(page: &Page) -> Option<Table> {
    page.table(0..page.lines.len(), is_permission_header)
}

/// `[!INCLUDE [permissions-table](target)]`: the line and the target.
fn include_line(page: &Page) -> Option<(usize, String)> {
    page.includes()
        .into_iter()
        .find(|(_, label, target)| {
            label.eq_ignore_ascii_case("permissions-table") || target.contains("permissions/")
        })
        .map(|(line, _, target)| (line, target))
}

/// The page has a permission table or includes one: an API page without an HTTP request
/// section is still told apart from a resource page.
pub(super) fn on_page(page: &Page) -> bool {
    permission_table(page).is_some() || include_line(page).is_some()
}

/// A path with its `.` and `a/..` taken out, `/`-separated: how messages show it.
fn lexical(path: &Path) -> String {
    use std::path::Component;
    let mut parts: Vec<String> = Vec::new();
    let mut root = String::new();
    for c in path.components() {
        match c {
            Component::Prefix(p) => root = p.as_os_str().to_string_lossy().into_owned(),
            Component::RootDir => root.push('/'),
            Component::CurDir => {}
            Component::ParentDir => {
                if parts.last().is_some_and(|p| p != "..") {
                    parts.pop();
                } else {
                    parts.push("..".to_owned());
                }
            }
            Component::Normal(n) => parts.push(n.to_string_lossy().into_owned()),
        }
    }
    format!("{root}{}", parts.join("/"))
}

/// The page's permission table, or the one its include names; what cannot be read is said
/// in the fact, never an error of the page.
pub(super) fn read(page: &Page, path: &Path, shown: &str) -> ScopesFact {
    if let Some((line, target)) = include_line(page) {
        let dir = path.parent().unwrap_or(Path::new(""));
        let file: PathBuf = dir.join(&target);
        let shown_dir = Path::new(shown).parent().unwrap_or(Path::new(""));
        let shown_file = lexical(&shown_dir.join(&target));
        if !file.is_file() {
            return ScopesFact::MissingInclude {
                target,
                looked_at: shown_file,
                line,
            };
        }
        let unreadable = |at: usize, message: String| {
            ScopesFact::Unreadable(Skipped {
                file: shown_file.clone(),
                line: at,
                message,
            })
        };
        let bytes = match std::fs::read(&file) {
            Ok(b) => b,
            Err(e) => {
                return unreadable(1, format!("cannot read the included permission table: {e}"))
            }
        };
        let included = match Page::new(&bytes) {
            Ok(p) => p,
            Err(e) => return unreadable(e.line, e.message),
        };
        let Some(table) = permission_table(&included) else {
            return unreadable(
                1,
                "no permission table in this included file; expected a table whose first column is \"Permission type\", with one row per permission type".to_owned(),
            );
        };
        return match scope_rows(&table) {
            Ok((rows, lines)) => ScopesFact::Table {
                rows,
                file: shown_file,
                lines,
            },
            Err(e) => unreadable(e.line, e.message),
        };
    }
    let Some(table) = permission_table(page) else {
        let line = page
            .section(&["permissions"])
            .map(|(h, _)| h.index + 1)
            .unwrap_or(1);
        return ScopesFact::Absent { line };
    };
    match scope_rows(&table) {
        Ok((rows, lines)) => ScopesFact::Table {
            rows,
            file: shown.to_owned(),
            lines,
        },
        Err(e) => ScopesFact::Unreadable(Skipped {
            file: shown.to_owned(),
            line: e.line,
            message: e.message,
        }),
    }
}

/// The three rows of a permission table, in `PermissionType::ALL` order.
fn scope_rows(table: &Table) -> std::result::Result<ScopeRows, PageError> {
    let labels: Vec<String> = PermissionType::ALL
        .iter()
        .map(|t| t.label().to_lowercase())
        .collect();
    let expected = PermissionType::ALL
        .iter()
        .map(|t| format!("\"{}\"", t.label()))
        .collect::<Vec<_>>()
        .join(", ");
    let mut rows: [Option<(ScopeRowFact, usize)>; 3] = [None, None, None];
    for row in &table.rows {
        let (label, rest) = if table.piped {
            let label = row.cells.first().cloned().unwrap_or_default();
            (label, row.cells[1.min(row.cells.len())..].join(", "))
        } else {
            let text = row.cells.first().cloned().unwrap_or_default();
            // ASCII case only: the byte offsets of `text` and `lower` must agree.
            let lower = text.to_ascii_lowercase();
            match labels.iter().find(|l| lower.starts_with(l.as_str())) {
                Some(l) => (text[..l.len()].to_owned(), text[l.len()..].to_owned()),
                None => (text.clone(), String::new()),
            }
        };
        let Some(k) = labels
            .iter()
            .position(|l| *l == label.trim().to_lowercase())
        else {
            return Err(PageError::new(
                row.line,
                format!(
                    "`{}` is not a permission type; expected a row for each of {expected}",
                    label.trim()
                ),
            ));
        };
        if rows[k].is_some() {
            return Err(PageError::new(
                row.line,
                format!(
                    "a second row for \"{}\"; expected one row for each of {expected}",
                    PermissionType::ALL[k].label()
                ),
            ));
        }
        let scopes = scope_names(&rest);
        let lower = rest.to_lowercase();
        let fact = if !scopes.is_empty() {
            ScopeRowFact::Scopes(scopes)
        } else if lower.contains("not supported") || lower.contains("not available") {
            ScopeRowFact::NotSupported
        } else {
            return Err(PageError::new(
                row.line,
                format!(
                    "no scopes for \"{}\"; expected scope names such as `Files.Read`, least privileged first, or \"Not supported\"",
                    PermissionType::ALL[k].label()
                ),
            ));
        };
        rows[k] = Some((fact, row.line));
    }
    let missing: Vec<String> = rows
        .iter()
        .zip(PermissionType::ALL)
        .filter(|(r, _)| r.is_none())
        .map(|(_, t)| format!("\"{}\"", t.label()))
        .collect();
    if !missing.is_empty() {
        return Err(PageError::new(
            table.line,
            format!(
                "the permission table has no row for {}; expected one row for each of {expected}",
                missing.join(" and ")
            ),
        ));
    }
    let [a, b, c] = rows.map(|r| r.unwrap_or((ScopeRowFact::NotSupported, table.line)));
    Ok(([a.0, b.0, c.0], [a.1, b.1, c.1]))
}

/// Scope names in order of appearance: words with a dot, such as `Files.ReadWrite.All`.
fn scope_names(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for word in text.split(|c: char| c == ',' || c.is_whitespace() || c == '|') {
        let w = word.trim_matches(|c: char| matches!(c, '.' | ',' | ';' | ':' | '(' | ')' | '*'));
        let is_scope = w.contains('.')
            && w.starts_with(|c: char| c.is_ascii_alphabetic())
            && w.chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '_' || c == '-');
        if is_scope && !out.iter().any(|s| s == w) {
            out.push(w.to_owned());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scope_words() {
        assert_eq!(
            scope_names("Files.Read Files.Read.All, Files.ReadWrite"),
            vec!["Files.Read", "Files.Read.All", "Files.ReadWrite"]
        );
        assert!(scope_names("Not supported.").is_empty());
    }
}
