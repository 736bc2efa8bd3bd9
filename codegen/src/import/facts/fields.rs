//! Rows of Property/Parameter tables: names, types, required-ness, read-only, deprecation.

use super::super::page::Table;
use super::super::PageError;
use super::api::says_required;
use super::{DeprecationFact, FieldFact, TypeFact};
use crate::vocab::Primitive;

/// The column of a field table that names the field: Property, Parameter or Name (not always
/// the first: "Permission Type | Property | Type | Description").
pub(super) fn name_column(h: &[String]) -> Option<usize> {
    h.iter().position(|c| {
        matches!(
            c.as_str(),
            "property" | "parameter" | "name" | "property name" | "parameter name"
        )
    })
}

pub(super) fn is_field_header(h: &[String]) -> bool {
    name_column(h).is_some() && h.iter().any(|c| c == "type")
}

/// The rows of a Property/Parameter table; a row that cannot be read is left out, and said.
pub(super) fn fields(table: &Table, resource: bool) -> (Vec<FieldFact>, Vec<PageError>) {
    let mut bad = Vec::new();
    let columns = table.columns();
    let name_col = name_column(&columns).unwrap_or(0);
    let type_col = columns.iter().position(|c| c == "type").unwrap_or(1);
    let desc_col = columns
        .iter()
        .position(|c| c == "description" || c == "details")
        .unwrap_or(columns.len().saturating_sub(1));
    let required_col = columns.iter().position(|c| c == "required");
    let mut out: Vec<FieldFact> = Vec::new();
    for row in &table.rows {
        let cells = table.cells(row);
        let raw_name = cells.get(name_col).cloned().unwrap_or_default();
        let mut name = raw_name.clone();
        let mut deprecated_name = false;
        if let Some(p) = name.to_ascii_lowercase().find("(deprecated)") {
            name = name[..p].trim().to_owned();
            deprecated_name = true;
        }
        let name = name.trim().trim_matches('`').to_owned();
        if name.is_empty() {
            continue;
        }
        if !name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '@' | '.' | '_' | '-'))
        {
            bad.push(PageError::new(
                row.line,
                format!("`{raw_name}` is not a property name; expected a name such as `grantedToV2` in the first column; the row is left out"),
            ));
            continue;
        }
        let ty_text = cells.get(type_col).cloned().unwrap_or_default();
        let Some(ty) = parse_type(&ty_text) else {
            bad.push(PageError::new(
                row.line,
                format!("`{ty_text}` is not a type; expected a type such as `String`, `identitySet`, `Collection(identitySet)` or `String collection` in the Type column; the row is left out"),
            ));
            continue;
        };
        let description = cells.get(desc_col).cloned().unwrap_or_default();
        let required = match required_col.and_then(|k| cells.get(k)) {
            Some(c) => {
                let c = c.to_lowercase();
                Some(c.starts_with('y') || c.starts_with("true") || c.starts_with("required"))
            }
            None if resource => None,
            None => says_required(&description),
        };
        let read_only = description.to_lowercase().contains("read-only")
            || description.to_lowercase().contains("read only");
        let deprecated = deprecation(&description, deprecated_name);
        if out.iter().any(|f| f.name == name) {
            bad.push(PageError::new(
                row.line,
                format!(
                    "a second row for `{name}`; expected each property once; the first row is used"
                ),
            ));
            continue;
        }
        out.push(FieldFact {
            name,
            ty,
            description: strip_notes(&description),
            required,
            read_only,
            deprecated,
            line: row.line,
        });
    }
    (out, bad)
}

/// `Collection(IdentitySet)`, `String collection`, `identitySet` → a type. A format in
/// parentheses after a primitive (`string (url)`, `String (identifier)`) is the primitive.
fn parse_type(text: &str) -> Option<TypeFact> {
    let mut t = text.trim();
    if let Some(open) = t.find(" (").filter(|_| t.ends_with(')')) {
        let base = t[..open].trim();
        if Primitive::spellings().any(|p| p.eq_ignore_ascii_case(base)) {
            t = base;
        }
    }
    let (open, close) = crate::vocab::COLLECTION;
    let lower_open = open.to_lowercase();
    let (base, collection) = if let Some(inner) = t
        .strip_prefix(open)
        .or_else(|| t.strip_prefix(lower_open.as_str()))
    {
        (inner.strip_suffix(close)?.trim(), true)
    } else if let Some(base) = t
        .strip_suffix(" collection")
        .or_else(|| t.strip_suffix(" Collection"))
        .or_else(|| t.strip_prefix("Collection of "))
        .or_else(|| t.strip_prefix("collection of "))
    {
        (base.trim(), true)
    } else {
        (t, false)
    };
    let base = base.trim_start_matches("microsoft.graph.");
    let ok = !base.is_empty()
        && base.starts_with(|c: char| c.is_ascii_alphabetic())
        && base
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '_');
    ok.then(|| TypeFact {
        base: type_name(base),
        collection,
    })
}

/// The spec's spelling of a type the page names: primitives as the spec writes them
/// (`string` → `String`), Graph types lower camel case (`IdentitySet` → `identitySet`).
fn type_name(base: &str) -> String {
    if let Some(p) = Primitive::spellings().find(|p| p.eq_ignore_ascii_case(base)) {
        return p.to_owned();
    }
    let mut chars = base.chars();
    match chars.next() {
        Some(first) => first.to_ascii_lowercase().to_string() + chars.as_str(),
        None => String::new(),
    }
}

/// The description without the notes the spec keeps as flags.
fn strip_notes(description: &str) -> String {
    let mut d = description.trim().to_owned();
    for note in [
        "Read-only.",
        "Read only.",
        "Read-write.",
        "Required.",
        "Optional.",
    ] {
        if let Some(rest) = d.strip_suffix(note) {
            d = rest.trim().to_owned();
        }
        if let Some(rest) = d.strip_prefix(note) {
            d = rest.trim().to_owned();
        }
    }
    d
}

/// A deprecation the description (or `(deprecated)` after the name) states, and what it names
/// instead: "Refer to X", "Use X instead", "replaced by X", "in favor of X".
fn deprecation(description: &str, by_name: bool) -> Option<DeprecationFact> {
    let lower = description.to_lowercase();
    if !by_name && !lower.contains("deprecated") {
        return None;
    }
    let sentence = description
        .split_inclusive(". ")
        .find(|s| s.to_lowercase().contains("deprecated"))
        .map(|s| s.trim().to_owned());
    let mut replacement = None;
    let words: Vec<&str> = description.split_whitespace().collect();
    for (k, w) in words.iter().enumerate() {
        let lw = w.to_lowercase();
        let next = |n: usize| words.get(k + n).copied();
        let candidate = match lw.as_str() {
            "use" => next(1),
            "refer" if next(1).is_some_and(|n| n.eq_ignore_ascii_case("to")) => next(2),
            "replaced" if next(1).is_some_and(|n| n.eq_ignore_ascii_case("by")) => next(2),
            "favor" | "favour"
                if words
                    .get(k.wrapping_sub(1))
                    .is_some_and(|p| p.eq_ignore_ascii_case("in")) =>
            {
                next(1)
                    .filter(|n| n.eq_ignore_ascii_case("of"))
                    .and(next(2))
            }
            _ => None,
        };
        if let Some(c) = candidate {
            let c = c.trim_matches(|c: char| !c.is_ascii_alphanumeric());
            if !c.is_empty()
                && c.starts_with(|ch: char| ch.is_ascii_alphabetic())
                && c.chars().all(|ch| ch.is_ascii_alphanumeric())
                && !matches!(
                    c.to_lowercase().as_str(),
                    "the" | "a" | "an" | "this" | "instead"
                )
            {
                replacement = Some(c.to_owned());
                break;
            }
        }
    }
    Some(DeprecationFact {
        replacement,
        note: sentence,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn types() {
        let t = |s| parse_type(s).map(|t| t.render());
        assert_eq!(
            t("Collection(IdentitySet)").as_deref(),
            Some("Collection(identitySet)")
        );
        assert_eq!(
            t("String collection").as_deref(),
            Some("Collection(String)")
        );
        assert_eq!(
            t("driveRecipient collection").as_deref(),
            Some("Collection(driveRecipient)")
        );
        assert_eq!(t("Collection(x").as_deref(), None);
        assert_eq!(t("string (url)").as_deref(), Some("String"));
        assert_eq!(t("identitySet (x)").as_deref(), None);
        assert_eq!(t("").as_deref(), None);
    }

    #[test]
    fn deprecations() {
        let d = deprecation(
            "Read-only. GrantedTo has been deprecated. Refer to GrantedToV2",
            false,
        )
        .unwrap();
        assert_eq!(d.replacement.as_deref(), Some("GrantedToV2"));
        let d = deprecation("Deprecated: use link instead.", false).unwrap();
        assert_eq!(d.replacement.as_deref(), Some("link"));
        assert!(deprecation("Nothing here.", false).is_none());
    }
}
