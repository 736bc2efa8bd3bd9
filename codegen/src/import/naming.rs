//! The names the pages do not give, by rules (documented in the README, "When the docs
//! change"), when the spec has no name for the thing yet:
//!
//! - **Operation**: a POST to a path ending in a literal segment is that action
//!   (`…/createLink` → `createLink`); otherwise by method and the last segment: GET of a
//!   collection → `list`, GET of `{id}` → `get`, PATCH → `update`, PUT → `replace`,
//!   DELETE → `delete`, POST to a collection → `create`.
//! - **Item address** (a variant's path): the request path up to its last item segment —
//!   `items/{id}`, `root:/{path}:` or `driveItem`; a path without one is addressed by its
//!   first placeholder (`/shares/{encoded-sharing-url}`). The rest is the operation's path.
//! - **Variant**: the address's first segment, singular when an id follows it (`drives/{drive-id}`
//!   → `drive`; `shares/{encoded-sharing-url}` stays `shares`; `me`), with `-by-path` for a
//!   `root:/{path}:` address and `-list-item` for one through `lists/{…}/items/{…}`.
//! - **Placeholders**: `{siteId}` → `{site-id}` (a camel-case `Id` becomes `-id`); the one in
//!   `root:/{path}:` takes `/`-separated segments; the one after `/shares/` is a sharing token.
//! - **Enumeration** of an option table: the property's name in singular for a collection
//!   (`roles` → `role`), else the resource and the property (`sharingLink` + `type` →
//!   `sharingLinkType`).

use heck::ToUpperCamelCase;

/// Segments of a path: `/me/drive/root:/{path}:/x` → `me`, `drive`, `root:`, `{path}:`, `x`.
pub(crate) fn segments(path: &str) -> Vec<&str> {
    path.split('/').filter(|s| !s.is_empty()).collect()
}

fn is_placeholder(segment: &str) -> bool {
    segment.starts_with('{') && segment.trim_end_matches(':').ends_with('}')
}

/// The index of the segment that ends the item address.
fn address_end(segs: &[&str]) -> Option<usize> {
    let item = |k: usize| {
        let s = segs[k];
        (is_placeholder(s) && k > 0 && segs[k - 1] == "items" && !s.ends_with(':'))
            || s == "driveItem"
            || (s.ends_with(':') && is_placeholder(s))
    };
    (0..segs.len())
        .rev()
        .find(|&k| item(k) && k + 1 < segs.len())
        .or_else(|| (0..segs.len()).find(|&k| is_placeholder(segs[k]) && k + 1 < segs.len()))
}

/// A request path split into its item address and the operation's path, or `None` when
/// it has no address to split at.
pub(crate) fn split_address(path: &str) -> Option<(String, String)> {
    let segs = segments(path);
    let end = address_end(&segs)?;
    let address = format!("/{}", segs[..=end].join("/"));
    let rest = format!("/{}", segs[end + 1..].join("/"));
    Some((address, rest))
}

/// `{siteId}` → `{site-id}`; other spellings as they are.
pub(crate) fn placeholder(name: &str) -> String {
    match name.strip_suffix("Id") {
        Some(stem) if !stem.is_empty() && !stem.ends_with('-') => format!("{stem}-id"),
        _ => name.to_owned(),
    }
}

/// A path with every placeholder spelled by [`placeholder`].
pub(crate) fn canonical_path(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    let mut rest = path;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}').map(|c| c + open) else {
            break;
        };
        out.push_str(&rest[..=open]);
        out.push_str(&placeholder(&rest[open + 1..close]));
        out.push('}');
        rest = &rest[close + 1..];
    }
    out.push_str(rest);
    out
}

/// The placeholders of a path, in order.
pub(crate) fn placeholders(path: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = path;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}').map(|c| c + open) else {
            break;
        };
        out.push(rest[open + 1..close].to_owned());
        rest = &rest[close + 1..];
    }
    out
}

/// A path for matching: placeholders without names, case ignored (`/drives/{}/items/{}`).
pub(crate) fn shape(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    let mut depth = 0usize;
    for c in path.chars() {
        match c {
            '{' => {
                depth += 1;
                if depth == 1 {
                    out.push_str("{}");
                }
            }
            '}' => depth = depth.saturating_sub(1),
            _ if depth > 0 => {}
            _ => out.extend(c.to_lowercase()),
        }
    }
    out.trim_end_matches('/').to_owned()
}

/// The name of a new variant for an address.
pub(crate) fn variant(address: &str) -> String {
    let segs = segments(address);
    let first = segs.first().copied().unwrap_or("item");
    let id_follows = segs.get(1).is_some_and(|s| {
        let inner = s.trim_matches(|c| c == '{' || c == '}' || c == ':');
        is_placeholder(s) && (inner.ends_with("-id") || inner.ends_with("Id"))
    });
    let mut name = match first.strip_suffix('s') {
        Some(stem) if id_follows && !stem.is_empty() => stem.to_owned(),
        _ => first.to_owned(),
    };
    if segs.contains(&"root:") {
        name.push_str("-by-path");
    }
    if segs.contains(&"lists") {
        name.push_str("-list-item");
    }
    name
}

/// The name of an operation by its method and the path after the address.
pub(crate) fn operation(method: &str, op_path: &str) -> String {
    let segs = segments(op_path);
    let last = segs.last().copied().unwrap_or("");
    let by_id = is_placeholder(last);
    match method {
        "POST" if !by_id && segs.len() > 1 => last.to_owned(),
        "POST" if !by_id && !last.ends_with('s') => last.to_owned(),
        "POST" => "create".to_owned(),
        "GET" if by_id => "get".to_owned(),
        "GET" => "list".to_owned(),
        "PATCH" => "update".to_owned(),
        "PUT" => "replace".to_owned(),
        "DELETE" => "delete".to_owned(),
        other => other.to_lowercase(),
    }
}

/// The enumeration an option table makes, by the property it is for.
pub(crate) fn enumeration(resource: &str, property: &str, collection: bool) -> String {
    if collection {
        if let Some(stem) = property.strip_suffix('s').filter(|s| !s.is_empty()) {
            return stem.to_owned();
        }
    }
    format!("{resource}{}", property.to_upper_camel_case())
}

/// The description of a path parameter the pages do not describe.
pub(crate) fn parameter_description(name: &str) -> String {
    match name.strip_suffix("-id") {
        Some("perm") => "The unique identifier of the permission.".to_owned(),
        Some("item") => "The unique identifier of the driveItem.".to_owned(),
        Some(stem) => format!("The unique identifier of the {stem}."),
        None if name == "path" => "The item's path relative to the drive root.".to_owned(),
        None => format!("The `{name}` of the request path."),
    }
}

/// What a scope grants, from its name (`Files.ReadWrite.All` → "Read and write all files."):
/// the pages' tables name scopes without describing them.
pub(crate) fn scope_description(scope: &str) -> String {
    let parts: Vec<&str> = scope.split('.').collect();
    let area = parts.first().map(|a| a.to_lowercase()).unwrap_or_default();
    let access = match parts.get(1).copied() {
        Some("Read") => "Read",
        Some("ReadWrite") => "Read and write",
        Some("Write") => "Write",
        Some(other) => other,
        None => "Use",
    };
    let all = if parts.get(2) == Some(&"All") {
        "all "
    } else {
        "the signed-in user's "
    };
    format!("{access} {all}{area}.")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_end_at_the_item() {
        let split = |p| split_address(p).unwrap();
        assert_eq!(
            split("/drives/{drive-id}/items/{item-id}/permissions/{perm-id}"),
            (
                "/drives/{drive-id}/items/{item-id}".into(),
                "/permissions/{perm-id}".into()
            )
        );
        assert_eq!(
            split("/me/drive/root:/{path}:/permissions"),
            ("/me/drive/root:/{path}:".into(), "/permissions".into())
        );
        assert_eq!(
            split("/sites/{s}/lists/{l}/items/{i}/driveItem/permissions/{p}/revokeGrants").0,
            "/sites/{s}/lists/{l}/items/{i}/driveItem"
        );
        assert_eq!(
            split("/shares/{encoded-sharing-url}/permission/grant"),
            (
                "/shares/{encoded-sharing-url}".into(),
                "/permission/grant".into()
            )
        );
        assert_eq!(split_address("/me/permissions"), None);
    }

    #[test]
    fn variant_names() {
        assert_eq!(variant("/drives/{drive-id}/items/{item-id}"), "drive");
        assert_eq!(variant("/sites/{siteId}/drive/items/{itemId}"), "site");
        assert_eq!(variant("/me/drive/items/{item-id}"), "me");
        assert_eq!(variant("/me/drive/root:/{path}:"), "me-by-path");
        assert_eq!(
            variant("/sites/{site-id}/lists/{list-id}/items/{listItem-id}/driveItem"),
            "site-list-item"
        );
        assert_eq!(variant("/shares/{encoded-sharing-url}"), "shares");
    }

    #[test]
    fn operation_names() {
        assert_eq!(operation("GET", "/permissions"), "list");
        assert_eq!(operation("GET", "/permissions/{perm-id}"), "get");
        assert_eq!(operation("PATCH", "/permissions/{perm-id}"), "update");
        assert_eq!(operation("DELETE", "/permissions/{perm-id}"), "delete");
        assert_eq!(operation("POST", "/createLink"), "createLink");
        assert_eq!(operation("POST", "/permission/grant"), "grant");
        assert_eq!(
            operation("POST", "/permissions/{perm-id}/revokeGrants"),
            "revokeGrants"
        );
        assert_eq!(operation("POST", "/permissions"), "create");
    }

    #[test]
    fn placeholders_and_enums() {
        assert_eq!(
            canonical_path("/sites/{siteId}/x/{listItem-id}/{id}"),
            "/sites/{site-id}/x/{listItem-id}/{id}"
        );
        assert_eq!(
            shape("/Drives/{drive-id}/items/{itemId}/"),
            "/drives/{}/items/{}"
        );
        assert_eq!(enumeration("permission", "roles", true), "role");
        assert_eq!(enumeration("sharingLink", "type", false), "sharingLinkType");
        assert_eq!(
            scope_description("Files.ReadWrite.All"),
            "Read and write all files."
        );
    }
}
