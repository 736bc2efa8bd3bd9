//! The names the pages do not give, by rules over the request path (documented in
//! `docs/importing.md`, "Names"), used where the spec has no name for the thing yet:
//!
//! - **Address and the operation's own path**: the operation's path is the part of the request
//!   path after the address, starting at its subject. A path that ends in `C/{id}` is an item of
//!   the collection `C` (`/permissions/{perm-id}`), unless `C/{id}` is the whole path
//!   (`/shares/{id}`: the address itself, own path empty). A path that ends in literal segments
//!   after its last placeholder has those as its own path (`/permissions`, `/createLink`,
//!   `/permission/grant`), together with the `C/{id}` before them when `C` is the page's subject
//!   (`/permissions/{perm-id}/revokeGrants` on a page that returns a permission); `root` and
//!   `driveItem` after the placeholder belong to the address.
//! - **Family** (what the address reaches): `…/items/{id}` under `lists/{id}` → `listItem`,
//!   under a drive → `driveItem`; an address ending in `root`, `root:/{path}:` or `driveItem` →
//!   `driveItem`; otherwise the singular of the last collection before the id (`sites/{id}` →
//!   `site`, `lists/{id}` → `list`, `shares/{id}` → `share`), or the resource the page's lead
//!   links whose name ends in it (`containers/{id}` + `[fileStorageContainer](…)` →
//!   `fileStorageContainer`).
//! - **Variant** (within its family): the address's first segment, singular when an id follows
//!   it (`drives/{drive-id}` → `drive`, `me`, `shares/{encoded-sharing-url}` → `shares`), with
//!   `-by-path` for a `root:/{path}:` address and `-list-item` for one that goes on past a list
//!   item (`…/items/{listItem-id}/driveItem`). The first path of a family on its first page is
//!   the family's `primary` variant.
//! - **Operation** (within its family): a POST to a literal segment is that action
//!   (`/createLink` → `createLink`, `/permission/grant` → `grant`); otherwise by method and the
//!   last segment: GET of a collection → `list`, GET of `{id}` or of the address itself →
//!   `get`, PATCH → `update`, PUT → `replace`, DELETE → `delete`, POST to a collection →
//!   `create`.
//! - **Placeholders**: `{siteId}` → `{site-id}`; an id named after its collection or just `id`
//!   takes the collection's singular (`sites/{sitesId}` → `{site-id}`); the one in
//!   `root:/{path}:` takes `/`-separated segments; the one after `/shares/` is a sharing token.
//! - **Enumeration** of an option table: the property's name in singular for a collection
//!   (`roles` → `role`), else the resource and the property (`sharingLink` + `type` →
//!   `sharingLinkType`); a header's values: the header's name (`Prefer` → `prefer`).

use heck::ToUpperCamelCase;

use crate::vocab::Method;

/// Segments of a path: `/me/drive/root:/{path}:/x` → `me`, `drive`, `root:`, `{path}:`, `x`.
pub(crate) fn segments(path: &str) -> Vec<&str> {
    path.split('/').filter(|s| !s.is_empty()).collect()
}

/// `{id}` or `{path}:`.
pub(crate) fn is_placeholder(segment: &str) -> bool {
    segment.starts_with('{') && segment.trim_end_matches(':').ends_with('}')
}

/// Segments that end an address when they follow its last placeholder.
const ADDRESS_ENDS: [&str; 2] = ["root", "driveItem"];

/// `permissions` → `permission`, `policies` → `policy`.
pub(crate) fn singular(word: &str) -> String {
    if let Some(stem) = word.strip_suffix("ies") {
        return format!("{stem}y");
    }
    match word.strip_suffix('s') {
        Some(stem) if !stem.is_empty() && !stem.ends_with('s') => stem.to_owned(),
        _ => word.to_owned(),
    }
}

/// `permission` → `permissions`.
pub(crate) fn plural(word: &str) -> String {
    match word.strip_suffix('y') {
        Some(stem) if !stem.ends_with(['a', 'e', 'o', 'u']) => format!("{stem}ies"),
        _ => format!("{word}s"),
    }
}

/// A request path as the address of a resource and the operation's own path after it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Split {
    /// `/drives/{drive-id}/items/{item-id}`.
    pub address: String,
    /// `/permissions/{perm-id}`, or empty for the address itself.
    pub own: String,
}

fn join(segs: &[&str]) -> String {
    if segs.is_empty() {
        String::new()
    } else {
        format!("/{}", segs.join("/"))
    }
}

/// Splits a request path at its address; `subject` is the resource the operation is about
/// (the response's, else the one the page's lead links first). `None` for a path without a
/// placeholder or whose address would be empty.
pub(crate) fn split(path: &str, subject: Option<&str>) -> Option<Split> {
    let segs = segments(path);
    let last = segs.iter().rposition(|s| is_placeholder(s))?;
    let of_subject =
        |collection: &str| subject.is_some_and(|s| singular(collection).eq_ignore_ascii_case(s));
    let at = |address_end: usize| {
        Some(Split {
            address: join(&segs[..address_end]),
            own: join(&segs[address_end..]),
        })
    };
    if last + 1 == segs.len() {
        // The path ends in an id: an item of its collection, or the address itself.
        let root_path = segs[last].ends_with(':');
        let collection = last.checked_sub(1).map(|k| segs[k]);
        return match collection {
            Some(c) if last >= 2 && !root_path && !is_placeholder(c) => at(last - 1),
            _ => at(segs.len()),
        };
    }
    let tail = &segs[last + 1..];
    if let Some(k) = tail.iter().rposition(|s| ADDRESS_ENDS.contains(s)) {
        return at(last + 1 + k + 1);
    }
    let collection = last.checked_sub(1).map(|k| segs[k]);
    match collection {
        Some(c) if last >= 2 && !segs[last].ends_with(':') && of_subject(c) => at(last - 1),
        _ => at(last + 1),
    }
}

/// The family an address reaches. `links` are the resources the page's lead links to.
pub(crate) fn family(address: &str, links: &[String]) -> String {
    let segs = segments(address);
    let Some(&last) = segs.last() else {
        return String::new();
    };
    if ADDRESS_ENDS.contains(&last) || (is_placeholder(last) && last.ends_with(':')) {
        return "driveItem".to_owned();
    }
    if !is_placeholder(last) {
        return last.to_owned();
    }
    let collection = segs.len().checked_sub(2).map(|k| segs[k]).unwrap_or(last);
    if collection == "items" {
        let under_list = segs[..segs.len() - 2].contains(&"lists");
        return if under_list { "listItem" } else { "driveItem" }.to_owned();
    }
    let one = singular(collection);
    links
        .iter()
        .find(|l| l.len() > one.len() && l.to_lowercase().ends_with(&one.to_lowercase()))
        .cloned()
        .unwrap_or(one)
}

/// The name of a new variant for an address.
pub(crate) fn variant(address: &str) -> String {
    let segs = segments(address);
    let first = segs.first().copied().unwrap_or("item");
    let id_follows = segs.get(1).is_some_and(|s| {
        let inner = s.trim_matches(|c| c == '{' || c == '}' || c == ':');
        is_placeholder(s) && (inner.ends_with("-id") || inner.ends_with("Id"))
    });
    let mut name = if id_follows {
        singular(first)
    } else {
        first.to_owned()
    };
    if segs.contains(&"root:") {
        name.push_str("-by-path");
    }
    let past_list_item = segs.windows(2).enumerate().any(|(k, w)| {
        w[0] == "items"
            && is_placeholder(w[1])
            && segs[..k].contains(&"lists")
            && k + 2 < segs.len()
    });
    if past_list_item {
        name.push_str("-list-item");
    }
    name
}

/// The name of an operation by its method and its own path.
pub(crate) fn operation(method: Method, own: &str) -> String {
    let segs = segments(own);
    let Some(&last) = segs.last() else {
        return match method {
            Method::Get => "get",
            Method::Patch => "update",
            Method::Put => "replace",
            Method::Delete => "delete",
            Method::Post => "create",
        }
        .to_owned();
    };
    let by_id = is_placeholder(last);
    match method {
        Method::Post if !by_id && segs.len() > 1 => last.to_owned(),
        Method::Post if !by_id && singular(last) == last => last.to_owned(),
        Method::Post => "create".to_owned(),
        Method::Get if by_id => "get".to_owned(),
        Method::Get => "list".to_owned(),
        Method::Patch => "update".to_owned(),
        Method::Put => "replace".to_owned(),
        Method::Delete => "delete".to_owned(),
    }
}

/// `{siteId}` → `site-id` (a camel-case `Id` becomes `-id`); an id named after the collection
/// before it (`sites` + `sitesId`), or just `id`, takes the collection's singular.
pub(crate) fn placeholder(name: &str, collection: Option<&str>) -> String {
    let kebab = match name.strip_suffix("Id") {
        Some(stem) if !stem.is_empty() && !stem.ends_with('-') => format!("{stem}-id"),
        _ => name.to_owned(),
    };
    match collection.filter(|c| !is_placeholder(c)) {
        Some(c) if kebab == "id" || kebab == format!("{c}-id") => {
            format!("{}-id", singular(c))
        }
        _ => kebab,
    }
}

/// A path with every placeholder spelled by [`placeholder`].
pub(crate) fn canonical_path(path: &str) -> String {
    let segs: Vec<&str> = path.split('/').collect();
    let mut out: Vec<String> = Vec::with_capacity(segs.len());
    for (k, s) in segs.iter().enumerate() {
        if is_placeholder(s) {
            let colon = if s.ends_with(':') { ":" } else { "" };
            let inner = s
                .trim_end_matches(':')
                .trim_start_matches('{')
                .trim_end_matches('}');
            let collection = k.checked_sub(1).map(|p| segs[p]);
            out.push(format!("{{{}}}{colon}", placeholder(inner, collection)));
        } else {
            out.push((*s).to_owned());
        }
    }
    out.join("/")
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

/// Whether a literal path segment is an example's value where a placeholder belongs: a GUID,
/// a drive or item id, a site id `host,guid,guid`, a number.
pub(crate) fn looks_like_id(segment: &str) -> bool {
    if is_placeholder(segment) || segment.is_empty() {
        return false;
    }
    let digits = segment.chars().filter(|c| c.is_ascii_digit()).count();
    let all_digits = digits == segment.len();
    let long_with_digits = segment.len() >= 8 && digits >= 2;
    let odd = segment.contains([',', '!']);
    all_digits || long_with_digits || (odd && digits > 0)
}

/// The placeholder a literal id stands for, by the collection before it: `sites/…` →
/// `{site-id}`.
pub(crate) fn id_placeholder(collection: Option<&str>) -> String {
    match collection {
        Some(c) if !is_placeholder(c) => format!("{{{}-id}}", singular(c)),
        _ => "{id}".to_owned(),
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

/// The enumeration of a header's values: `Prefer` → `prefer`.
pub(crate) fn header_enumeration(header: &str) -> String {
    heck::ToLowerCamelCase::to_lower_camel_case(header)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(path: &str, subject: Option<&str>) -> (String, String) {
        let s = split(path, subject).unwrap();
        (s.address, s.own)
    }

    #[test]
    fn addresses_end_before_the_subject() {
        let p = Some("permission");
        assert_eq!(
            parts(
                "/drives/{drive-id}/items/{item-id}/permissions/{perm-id}",
                p
            ),
            (
                "/drives/{drive-id}/items/{item-id}".into(),
                "/permissions/{perm-id}".into()
            )
        );
        assert_eq!(
            parts("/me/drive/root:/{path}:/permissions", p),
            ("/me/drive/root:/{path}:".into(), "/permissions".into())
        );
        assert_eq!(
            parts(
                "/sites/{s}/lists/{l}/items/{i}/driveItem/permissions/{p}/revokeGrants",
                p
            ),
            (
                "/sites/{s}/lists/{l}/items/{i}/driveItem".into(),
                "/permissions/{p}/revokeGrants".into()
            )
        );
        assert_eq!(
            parts("/drives/{d}/items/{i}/createLink", p),
            ("/drives/{d}/items/{i}".into(), "/createLink".into())
        );
        assert_eq!(
            parts("/shares/{encoded-sharing-url}/permission/grant", p),
            (
                "/shares/{encoded-sharing-url}".into(),
                "/permission/grant".into()
            )
        );
        assert_eq!(
            parts("/shares/{token}", Some("sharedDriveItem")),
            ("/shares/{token}".into(), "".into())
        );
        assert_eq!(
            parts("/sites/{site-id}/permissions/{p}", None),
            ("/sites/{site-id}".into(), "/permissions/{p}".into())
        );
        assert_eq!(
            parts("/sites/{s}/lists/{l}/permissions", p),
            ("/sites/{s}/lists/{l}".into(), "/permissions".into())
        );
        assert_eq!(
            parts("/drives/{d}/root/permissions", p),
            ("/drives/{d}/root".into(), "/permissions".into())
        );
        assert_eq!(split("/me/permissions", p), None);
    }

    #[test]
    fn families_are_what_the_address_reaches() {
        let f = |a: &str| family(a, &[]);
        assert_eq!(f("/drives/{d}/items/{i}"), "driveItem");
        assert_eq!(f("/me/drive/root:/{path}:"), "driveItem");
        assert_eq!(f("/sites/{s}/lists/{l}/items/{i}/driveItem"), "driveItem");
        assert_eq!(f("/sites/{s}/lists/{l}/items/{i}"), "listItem");
        assert_eq!(f("/sites/{s}/lists/{l}"), "list");
        assert_eq!(f("/sites/{s}"), "site");
        assert_eq!(f("/shares/{x}"), "share");
        assert_eq!(f("/drives/{d}/root"), "driveItem");
        assert_eq!(
            family(
                "/storage/fileStorage/containers/{c}",
                &["permission".into(), "fileStorageContainer".into()]
            ),
            "fileStorageContainer"
        );
        assert_eq!(f("/storage/fileStorage/containers/{c}"), "container");
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
        assert_eq!(
            variant("/sites/{site-id}/lists/{list-id}/items/{item-id}"),
            "site"
        );
        assert_eq!(variant("/sites/{site-id}/lists/{list-id}"), "site");
        assert_eq!(variant("/shares/{encoded-sharing-url}"), "shares");
    }

    #[test]
    fn operation_names() {
        assert_eq!(operation(Method::Get, "/permissions"), "list");
        assert_eq!(operation(Method::Get, "/permissions/{perm-id}"), "get");
        assert_eq!(operation(Method::Get, ""), "get");
        assert_eq!(operation(Method::Patch, "/permissions/{perm-id}"), "update");
        assert_eq!(
            operation(Method::Delete, "/permissions/{perm-id}"),
            "delete"
        );
        assert_eq!(operation(Method::Post, "/createLink"), "createLink");
        assert_eq!(operation(Method::Post, "/invite"), "invite");
        assert_eq!(operation(Method::Post, "/permission/grant"), "grant");
        assert_eq!(
            operation(Method::Post, "/permissions/{perm-id}/revokeGrants"),
            "revokeGrants"
        );
        assert_eq!(operation(Method::Post, "/permissions"), "create");
    }

    #[test]
    fn placeholders_ids_and_enums() {
        assert_eq!(
            canonical_path("/sites/{siteId}/x/{listItem-id}/{id}"),
            "/sites/{site-id}/x/{listItem-id}/{id}"
        );
        assert_eq!(
            canonical_path("/sites/{sitesId}/permissions/{permissionId}"),
            "/sites/{site-id}/permissions/{permission-id}"
        );
        assert_eq!(
            canonical_path("/me/drive/root:/{path}:/permissions"),
            "/me/drive/root:/{path}:/permissions"
        );
        assert_eq!(
            shape("/Drives/{drive-id}/items/{itemId}/"),
            "/drives/{}/items/{}"
        );
        assert!(looks_like_id("f2d90359-865b-4b6c-8848-d2722dd630e5"));
        assert!(looks_like_id(
            "contoso.sharepoint.com,48f1898f-77d9,7206fc09"
        ));
        assert!(looks_like_id("3"));
        assert!(looks_like_id("b!s8RqPCGh0ESQS2EYnKM0IKS3lM7GxjdA"));
        assert!(!looks_like_id("permissions"));
        assert!(!looks_like_id("revokeGrants"));
        assert!(!looks_like_id("{item-id}"));
        assert_eq!(id_placeholder(Some("lists")), "{list-id}");
        assert_eq!(enumeration("permission", "roles", true), "role");
        assert_eq!(enumeration("sharingLink", "type", false), "sharingLinkType");
        assert_eq!(header_enumeration("Prefer"), "prefer");
        assert_eq!(singular("policies"), "policy");
        assert_eq!(plural("permission"), "permissions");
    }
}
