//! A resource page: its properties and the option tables of their values.

use super::super::page::{space_header, Page};
use super::super::PageError;
use super::fields::{fields, is_field_header};
use super::{lower_first, EnumFact, EnumValueFact, ResourceFacts, Skipped};

pub(super) fn read(
    page: &Page,
    title: Option<&(usize, String)>,
    shown: &str,
    skipped: &mut Vec<Skipped>,
) -> std::result::Result<ResourceFacts, PageError> {
    let Some((title_line, title)) = title else {
        return Err(PageError::new(
            1,
            "a resource page without a title; expected a title such as \"permission resource type\"",
        ));
    };
    let Some(name) = resource_name(title) else {
        return Err(PageError::new(
            *title_line,
            format!(
                "the title \"{title}\" does not name a resource; expected \"NAME resource type\" or \"NAME resource\""
            ),
        ));
    };
    let Some((heading, range)) = page.section(&["properties"]) else {
        return Err(PageError::new(
            *title_line,
            "a resource page without a \"Properties\" section; expected a section \"Properties\" with a table Property | Type | Description",
        ));
    };
    let Some(table) = page.table(range, is_field_header) else {
        return Err(PageError::new(
            heading.index + 1,
            "the \"Properties\" section has no table; expected a table with the columns Property, Type and Description",
        ));
    };
    let (properties, bad) = fields(&table, true);
    skipped.extend(bad.into_iter().map(|e| Skipped {
        file: shown.to_owned(),
        line: e.line,
        message: e.message,
    }));
    let enums = option_tables(page, &properties, shown, skipped);
    Ok(ResourceFacts {
        name,
        title_line: *title_line,
        annotated: annotated_name(page),
        properties,
        enums,
    })
}

/// The resource the page's `"blockType": "resource"` annotation names by its `@odata.type`.
fn annotated_name(page: &Page) -> Option<(String, usize)> {
    page.annotations.iter().find_map(|a| {
        if a.get("blockType").as_deref() != Some("resource") {
            return None;
        }
        let ty = a.get("@odata.type")?;
        let name = ty.rsplit('.').next()?.to_owned();
        (!name.is_empty()).then(|| (lower_first(&name), a.line))
    })
}

/// "DriveRecipient resource", "identitySet resource type" → `driveRecipient`, `identitySet`:
/// Graph's type names start lower case whatever the title's capitals.
fn resource_name(title: &str) -> Option<String> {
    let lower = title.to_ascii_lowercase();
    let stem = lower
        .strip_suffix(" resource type")
        .or_else(|| lower.strip_suffix(" resource"))?;
    let name = title[..stem.len()].trim();
    let ok = !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '_');
    ok.then(|| lower_first(name))
}

/// A heading that introduces the values of one property: "Roles property values", "Type
/// options", "Roles enumeration", "sharingLinkType values".
fn is_option_heading(t: &str) -> bool {
    [
        " types",
        " enumeration",
        " enumeration values",
        " property values",
        " values",
        " options",
        " enum",
    ]
    .iter()
    .any(|end| t.ends_with(end))
}

/// The option tables of the page, each tied to the property whose values it lists: the
/// property its heading or its lead sentence ("values for the **type** property") names.
pub(super) fn option_tables(
    page: &Page,
    properties: &[super::FieldFact],
    shown: &str,
    skipped: &mut Vec<Skipped>,
) -> Vec<EnumFact> {
    let mut enums = Vec::new();
    for (heading, range) in page.sections(is_option_heading) {
        let first = heading.text.split_whitespace().next().unwrap_or_default();
        let named = page
            .prose(range.clone())
            .find_map(|(_, t)| lead_property(t))
            .unwrap_or_else(|| first.to_owned());
        let property = properties
            .iter()
            .find(|p| p.name.eq_ignore_ascii_case(&named))
            .map(|p| p.name.clone())
            .unwrap_or(named);
        let Some(table) = page.table(range, |h| {
            h.len() >= 2
                && (matches!(h[0].as_str(), "member" | "role" | "name" | "roles")
                    || h[0].ends_with("value")
                    || h[0].ends_with("values"))
                || space_header(h)
        }) else {
            continue;
        };
        let columns = table.columns();
        let desc_col = columns.iter().position(|c| c == "description");
        let mut values: Vec<EnumValueFact> = Vec::new();
        for row in &table.rows {
            let cells = table.cells(row);
            let value = cells
                .first()
                .map(|c| c.trim().trim_matches('`').to_owned())
                .unwrap_or_default();
            if value.is_empty() || value == "unknownFutureValue" {
                continue;
            }
            if value.contains(' ') {
                skipped.push(Skipped {
                    file: shown.to_owned(),
                    line: row.line,
                    message: format!("`{value}` is not an enumeration value; expected one value (such as `read` or `sp.owner`) in the first column; the row is left out"),
                });
                continue;
            }
            if values.iter().any(|v| v.value == value) {
                continue;
            }
            let description = match desc_col {
                Some(k) => cells.get(k).cloned().unwrap_or_default(),
                None => cells[1.min(cells.len())..].join(" "),
            };
            values.push(EnumValueFact {
                value,
                description: description.trim().to_owned(),
                line: row.line,
            });
        }
        enums.push(EnumFact {
            property,
            line: heading.index + 1,
            values,
        });
    }
    enums
}

/// "The following table defines the possible values for the **type** property." and "The
/// following values are allowed for the **scope** parameter." → `type`, `scope`.
fn lead_property(text: &str) -> Option<String> {
    let lower = text.to_ascii_lowercase();
    let at = ["values for the ", "allowed for the "]
        .iter()
        .find_map(|lead| lower.find(lead).map(|p| p + lead.len()))?;
    let rest = &text[at..];
    let word = rest.split_whitespace().next()?;
    let word = word.trim_matches(|c: char| !c.is_ascii_alphanumeric());
    let then = rest[rest.find(word)? + word.len()..].trim_start_matches(['*', '`']);
    let then = then.trim_start();
    let named = then.starts_with("property") || then.starts_with("parameter");
    (!word.is_empty() && named).then(|| word.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_title_forms_name_the_resource() {
        assert_eq!(
            resource_name("DriveRecipient resource").as_deref(),
            Some("driveRecipient")
        );
        assert_eq!(
            resource_name("identitySet resource type").as_deref(),
            Some("identitySet")
        );
        assert_eq!(resource_name("Permission"), None);
        assert_eq!(resource_name("Two words resource"), None);
    }

    #[test]
    fn lead_sentence_names_the_property() {
        let t = "The following table defines the possible values for the **type** property.";
        assert_eq!(lead_property(t).as_deref(), Some("type"));
        assert_eq!(lead_property("Values for the link."), None);
        let t = "The following values are allowed for the **scope** parameter.";
        assert_eq!(lead_property(t).as_deref(), Some("scope"));
    }
}
